/**
 * A saved web page (`.html`, `.htm`: what a browser's "Save page" keeps) read as the text a reader's copy of it holds:
 * one line per block (heading, paragraph, list item, table cell), the page's head, scripts, styles and images left out,
 * links as their text, entities decoded. The furniture rules then read it as any saved page (menus, lists of other
 * stories, footers). html-to-text does this conversion well — block layout, entities, forgiving parsing of real pages —
 * and is loaded only when a corpus holds an HTML file, so a corpus of text files pays nothing for it at start-up.
 */
import type { HtmlToTextOptions } from 'html-to-text';

/** Does a file name (any case) name a saved web page? */
export function isHtmlFile(name: string): boolean {
  return /\.html?$/iu.test(name);
}

/** Block tags a scraper leaves in the text it saved (<p>, <br>, <div> …). */
const BLOCK_TAG = /<\/?(?:p|div|br|h[1-6]|li|ul|ol|article|section|span|html|body|table|tr|td)\b[^>]*>/giu;
/** So many block tags make a text file a web page's markup: a Bengali report writes none. */
const MIN_BLOCK_TAGS = 3;

/** Is a text file's content a web page's markup that a scraper saved as it was? */
export function looksLikeHtml(source: string): boolean {
  return (source.match(BLOCK_TAG) ?? []).length >= MIN_BLOCK_TAGS;
}

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
/** Not text a reader sees. */
const SKIPPED = ['head', 'script', 'style', 'noscript', 'svg', 'img'];
/**
 * A line each, without the bullet or the table layout html-to-text would add: a menu is a run of labels, a list of
 * other stories a run of headlines.
 */
const BLOCKS = ['ul', 'ol', 'li', 'table', 'tr', 'td', 'th'];

const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    ...HEADINGS.map((selector) => ({ selector, options: { uppercase: false } })),
    ...SKIPPED.map((selector) => ({ selector, format: 'skip' })),
    ...BLOCKS.map((selector) => ({ selector, format: 'block' })),
    { selector: 'a', options: { ignoreHref: true } },
  ],
};

/** The text of a saved web page, a block per line (see above). */
export async function htmlToText(html: string): Promise<string> {
  const { convert } = await import('html-to-text');
  return convert(html, OPTIONS);
}
