/**
 * The Answer contract between the engine (corpus → index → retrieval) and its readers
 * (CLI, Telegram bot, evaluation). Held-out evaluations read `npm run ask -- --json`, so the
 * fields of Answer and Citation are an interface: add, never rename.
 */

/** Language of the interface text around quotes. */
export type UiLang = 'bn' | 'en';

/** What the question was written in, decided from the text itself. */
export type QuestionLang = 'bn' | 'en' | 'romanized' | 'mixed';

/** One English gloss of a Bengali term found in a snippet (for readers who read no Bengali). */
export interface Gloss {
  /** The Bengali surface form as it stands in the snippet. */
  bn: string;
  /** Its English rendering. */
  en: string;
}

export interface Citation {
  /** Article id: the corpus file name without extension. */
  source: string;
  /** Headline, where the article states one. */
  title?: string;
  /** Outlet, where the article states one. */
  outlet?: string;
  /** Publication date as the article states it (verbatim). */
  date?: string;
  /** Passage id: `${source}#${ordinal}`. */
  passage: string;
  /** The quote: a verbatim substring of the source file, cut at sentence boundaries. */
  text: string;
  /** Rerank score (higher is better); comparable within one Answer only. */
  score: number;
  /** Character offsets of `text` in the source file (source.slice(start, end) === text). */
  start: number;
  end: number;
  /** Offsets within `text` of the words that matched the question, for bold highlighting. */
  highlights: Array<[number, number]>;
  /** English glosses of key matched terms (filled for English questions). */
  gloss?: Gloss[];
  /** Other articles that report a near-identical sentence. */
  alsoReportedBy?: string[];
}

export interface Answer {
  question: string;
  lang: QuestionLang;
  /** Language for the text around the quotes: English for English questions, Bengali otherwise. */
  uiLang: UiLang;
  /** False when the coverage does not answer the question; then citations is empty. */
  answered: boolean;
  citations: Citation[];
}

export interface ArticleInfo {
  id: string;
  title?: string;
  outlet?: string;
  date?: string;
}

export interface AskOptions {
  /** How many citations at most (default 5). */
  limit?: number;
}

/** What the bot and the CLI need from the engine. */
export interface AnswerEngine {
  ask(question: string, options?: AskOptions): Answer;
  /** Every article in the corpus, in id order. */
  articles(): ArticleInfo[];
  /** The cleaned article: its info and body paragraphs (verbatim source text). */
  article(id: string): { info: ArticleInfo; paragraphs: string[] } | undefined;
  /** The whole paragraph around a passage (verbatim), for the "Context" button. */
  context(passageId: string): string | undefined;
}
