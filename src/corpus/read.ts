/**
 * Reads a corpus folder: every UTF-8 `.txt` file in it or in its subfolders is one article, and so is every saved web
 * page (`.html`, `.htm`: see html.ts); bad files are skipped with one warning each.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { htmlToText, isHtmlFile, looksLikeHtml } from './html.js';

export interface RawArticle {
  id: string;
  source: string;
}

export interface CorpusWarn {
  (message: string, details: Record<string, unknown>): void;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads every `.txt` file (and saved web page) of `dir` and of its subfolders (an archive is often kept by year or by outlet) in path order;
 * hidden files and folders are left out. An article's id is its path below `dir` without the extension (`ab12` for
 * `ab12.txt`, `2024/ab12` for `2024/ab12.txt`), so files of the same name in two subfolders stay two articles (and of
 * two files that differ only in their extension, the later keeps it: `ab12.html`). A file
 * that cannot be read, is not valid UTF-8 or has no text is skipped (one `warn` naming it) so the rest of the corpus
 * still serves. Throws only when the folder itself is unreadable.
 */
export async function readCorpusDir(dir: string, warn: CorpusWarn = () => {}): Promise<RawArticle[]> {
  const names = (await textFiles(dir, '')).sort();
  const articles: RawArticle[] = [];
  const ids = new Set<string>();
  for (const name of names) {
    const file = join(dir, name);
    let source: string;
    try {
      source = utf8.decode(await readFile(file));
    } catch (err) {
      const reason = err instanceof TypeError ? 'not valid UTF-8' : (err as Error).message;
      warn('skipping corpus file', { file, reason });
      continue;
    }
    if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
    // (a saved page is quoted from its text, as a reader's copy of it holds it; so is a text file a scraper filled
    // with the page's markup)
    if (isHtmlFile(name) || looksLikeHtml(source)) source = await htmlToText(source);
    if (source.trim() === '') {
      warn('skipping corpus file', { file, reason: 'empty' });
      continue;
    }
    const id = name.slice(0, -extname(name).length).split(sep).join('/');
    // A report kept twice, as text and as the saved page (story.txt, story.html), is two files of one name: the later
    // keeps its extension in its id, for ids must be unique (the index refuses a repeated one, and the bot would not start).
    articles.push({ id: ids.has(id) ? name.split(sep).join('/') : id, source });
    ids.add(id);
  }
  return articles;
}

/**
 * Paths (below `dir`, joined to `prefix`) of the `.txt` files and saved web pages in `dir` and its subfolders, never
 * entering hidden ones.
 */
async function textFiles(dir: string, prefix: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = prefix ? join(prefix, entry.name) : entry.name;
    // A folder named like a text file is listed too: reading it fails, and it is skipped with a warning like a bad file.
    if (extname(entry.name).toLowerCase() === '.txt' || isHtmlFile(entry.name)) out.push(path);
    if (entry.isDirectory()) out.push(...(await textFiles(dir, path)));
  }
  return out;
}
