/** Data shapes of the corpus layer: files → articles → paragraphs → passages (sentences). */

/** A [start, end) character range into an article's source text. */
export interface Span {
  start: number;
  end: number;
}

/** One sentence (or a quotation-bound run of sentences) — the unit that is indexed and quoted. */
export interface Passage extends Span {
  /** Stable id: `${articleId}#${ordinal}`. */
  id: string;
  articleId: string;
  /** 0-based position of the passage in its article. */
  ordinal: number;
  /** Index into Article.paragraphs of the paragraph holding this passage. */
  paragraph: number;
  /** source.slice(start, end): the verbatim quote. */
  text: string;
}

/** What the article's own text states about itself; nothing is inferred beyond that. */
export interface ArticleMeta {
  title?: string;
  outlet?: string;
  date?: string;
}

export interface Article extends ArticleMeta {
  /** File name without extension. */
  id: string;
  /** The decoded file text (BOM removed); every offset points into it. */
  source: string;
  /** Body paragraphs kept after stripping page furniture. */
  paragraphs: Span[];
  passages: Passage[];
}

export interface Corpus {
  articles: Article[];
  passages: Passage[];
}
