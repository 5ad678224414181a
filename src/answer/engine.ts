/**
 * The answer engine: corpus folder → passages → index → (question → query → retrieval → Answer).
 * Built once at start-up; `ask` is synchronous and pure with respect to the loaded corpus.
 */
import type { Logger } from 'pino';
import { loadCorpus } from '../corpus/load.js';
import { statedMeta } from '../corpus/metadata.js';
import type { Article, Corpus } from '../corpus/types.js';
import { BENGALI_VIEW_FORMAT, bengaliView, bengaliViewToJSON, installBengaliView, type BengaliViewJSON } from '../query/bengali-lexicon.js';
import { loadBengaliSynonyms } from '../query/bn-synonyms.js';
import { defaultLexiconLoaded, defaultLexiconSource, installLexiconRows, lexiconRowsToJSON, LEXICON_ROWS_FORMAT, loadLexicon, type Lexicon, type LexiconRowsJSON } from '../query/lexicon.js';
import { ANALYSIS_VERSION } from '../text/analyze.js';
import { verbTableSource } from '../text/verbs.js';
import { understand } from '../query/understand.js';
import { cacheFilePath, readCacheFile, writeCacheFile } from '../search/cache-file.js';
import { loadOrBuildIndex, type PassageIndex } from '../search/passage-index.js';
import { DEFAULT_RETRIEVAL, Retriever, type RetrievalOptions } from '../search/retrieve.js';
import { composeCitations } from './compose.js';
import type { Answer, AnswerEngine, ArticleInfo, AskOptions } from './types.js';

/**
 * Longest question analysed; the bot refuses longer texts politely, and the engine (CLI, batch) ignores the rest — a
 * 10,000-character paste is not a question.
 */
export const MAX_QUESTION_CHARS = 1000;
const DEFAULT_LIMIT = 5;

export interface EngineOptions {
  /** Corpus folder, or several folders read in order. */
  corpusDir: string | string[];
  /** Where the built index is saved and reloaded; omit to build in memory only. */
  cacheDir?: string;
  logger?: Pick<Logger, 'warn' | 'info'>;
  retrieval?: Partial<RetrievalOptions>;
}

function infoOf(a: Article): ArticleInfo {
  return { id: a.id, ...statedMeta(a) };
}

/** An AnswerEngine over an already loaded corpus and index. */
export class SearchEngine implements AnswerEngine {
  private readonly articlesById: Map<string, Article>;
  private articleInfos?: ArticleInfo[];
  private readonly retriever: Retriever;

  constructor(
    readonly corpus: Corpus,
    readonly index: PassageIndex,
    private readonly lexicon: Lexicon,
    retrieval: Partial<RetrievalOptions> = {},
  ) {
    this.articlesById = new Map(corpus.articles.map((a) => [a.id, a]));
    this.retriever = new Retriever(corpus, index, { ...DEFAULT_RETRIEVAL, ...retrieval });
  }

  ask(question: string, options: AskOptions = {}): Answer {
    const text = String(question ?? '').slice(0, MAX_QUESTION_CHARS);
    const query = understand(text, this.index.vocabulary, this.lexicon);
    const { answered, hits } = this.retriever.retrieve(query, options.limit ?? DEFAULT_LIMIT);
    return {
      question: String(question ?? ''),
      lang: query.lang,
      uiLang: query.uiLang,
      answered,
      citations: answered ? composeCitations(hits, query, this.articlesById) : [],
    };
  }

  articles(): ArticleInfo[] {
    // The corpus never changes while the engine lives: its article list is built once.
    this.articleInfos ??= this.corpus.articles.map(infoOf);
    return this.articleInfos;
  }

  article(id: string): { info: ArticleInfo; paragraphs: string[] } | undefined {
    const a = this.articlesById.get(id);
    if (!a) return undefined;
    return { info: infoOf(a), paragraphs: a.paragraphs.map((p) => a.source.slice(p.start, p.end)) };
  }

  context(passageId: string): string | undefined {
    const [articleId, ordinal] = passageId.split('#');
    const a = this.articlesById.get(articleId ?? '');
    const p = a?.passages[Number(ordinal)];
    if (!a || !p) return undefined;
    const para = a.paragraphs[p.paragraph]!;
    return a.source.slice(para.start, para.end);
  }
}

/**
 * The lexicon, from the cache's saved rows when they were read from this lexicon text (reading and validating the TSV is
 * most of a warm start), otherwise read from the TSV and saved.
 */
async function loadLexiconCached(cacheDir: string | undefined): Promise<Lexicon> {
  // (a second engine in one process, as tests and reloads make, shares the lexicon the first one loaded)
  if (!cacheDir || defaultLexiconLoaded()) return loadLexicon();
  const text = defaultLexiconSource();
  const file = cacheFilePath(cacheDir, 'lexicon-rows', LEXICON_ROWS_FORMAT, text.source, text.more);
  try {
    return installLexiconRows(await readCacheFile<LexiconRowsJSON>(file), text);
  } catch {
    // missing, unreadable or of another format: read the TSV below
  }
  const lexicon = loadLexicon();
  try {
    await writeCacheFile(file, lexiconRowsToJSON(lexicon));
  } catch {
    // a cache that cannot be written only costs start-up time
  }
  return lexicon;
}

/**
 * Prepares what the lexicon says about Bengali words before the first question, from the cache when it holds this
 * lexicon's view (keyed by its content, the analysis chain and the verb table, which tells a phrase's light verb),
 * otherwise by analysing it and saving the result.
 */
async function primeLexicon(lexicon: Lexicon, cacheDir: string | undefined): Promise<void> {
  if (!cacheDir) return;
  const file = cacheFilePath(cacheDir, 'lexicon', ANALYSIS_VERSION, BENGALI_VIEW_FORMAT, lexicon.source, loadBengaliSynonyms().text, verbTableSource());
  try {
    installBengaliView(lexicon, await readCacheFile<BengaliViewJSON>(file));
    return;
  } catch {
    // missing or unreadable: build it below
  }
  const json = bengaliViewToJSON(bengaliView(lexicon));
  try {
    await writeCacheFile(file, json);
  } catch {
    // a cache that cannot be written only costs start-up time
  }
}

/** Loads the corpus folder, loads or builds the index, and returns a ready engine. */
export async function createEngine(options: EngineOptions): Promise<SearchEngine> {
  const warn = (message: string, details: Record<string, unknown>) => options.logger?.warn(details, message);
  const corpus = await loadCorpus(options.corpusDir, warn);
  if (corpus.articles.length === 0) warn('corpus is empty: every question will be declined', { dir: options.corpusDir });
  const index = await loadOrBuildIndex(corpus, options.cacheDir, options.logger);
  const lexicon = await loadLexiconCached(options.cacheDir);
  await primeLexicon(lexicon, options.cacheDir);
  return new SearchEngine(corpus, index, lexicon, options.retrieval);
}
