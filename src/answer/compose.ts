/** Retrieval hits → Answer citations: the verbatim quote, its article, the words to bold and English glosses. */
import { statedMeta } from '../corpus/metadata.js';
import type { Article } from '../corpus/types.js';
import { glossBengali, glossText } from '../query/gloss.js';
import type { Query } from '../query/understand.js';
import type { Hit } from '../search/retrieve.js';
import { analyze } from '../text/analyze.js';
import { memoize } from '../text/memo.js';
import type { Citation, Gloss } from './types.js';

/** Most glosses shown under one quote. */
const MAX_GLOSSES = 8;

/**
 * Per-passage results that depend only on the passage's text (its analysis with offsets, its date/name glosses), kept
 * for the passages answered most recently: a popular sentence is quoted again and again. Bounded by a plain reset.
 */
const PASSAGE_MEMO_SIZE = 5_000;
const analyzed = memoize(analyze, PASSAGE_MEMO_SIZE);
/** Beyond the matched words, only what a reader cannot guess and needs to place the quote: names, dates, numbers. */
const namesAndDates = memoize(
  (text: string) => glossText(text).filter((g) => /^[A-Z0-9]/.test(g.en)),
  PASSAGE_MEMO_SIZE,
);

/** Offsets (within the quote) of the words whose analysed terms matched the question. */
function highlightsOf(text: string, matchedTerms: Set<string>): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const t of analyzed(text)) {
    if (t.compound || !matchedTerms.has(t.term)) continue;
    const last = spans[spans.length - 1];
    if (last && last[1] >= t.start) last[1] = Math.max(last[1], t.end);
    else spans.push([t.start, t.end]);
  }
  return spans;
}

/** English for the quote's key words: the asker's own English words for what matched, then dates and lexicon words. */
function glossesOf(text: string, hit: Hit, query: Query): Gloss[] {
  const glosses: Gloss[] = [];
  const add = (bn: string, en: string) => {
    // (nor a word glossed already, nor a name again inside a longer one: পেজেশকিয়ান, then মাসুদ পেজেশকিয়ান)
    if (glosses.length >= MAX_GLOSSES || glosses.some((g) => bn.includes(g.bn) || g.bn.includes(bn))) return;
    glosses.push({ bn, en });
  };
  const analysed = analyzed(text);
  for (const [ci, terms] of hit.matched) {
    const concept = query.concepts[ci];
    if (!concept?.english) continue;
    // (a word that only stands in for the one asked — a capital for its country, a member for its region — is not
    // what the asker's word means: মস্কো is not "Russia", কাজাখস্তান not "Central Asian"; the lexicon glosses it below)
    const asked = new Set(concept.alternatives.filter((a) => !a.scoreOnly).flatMap((a) => a.terms));
    const at = analysed.findIndex((t) => !t.compound && terms.has(t.term) && asked.has(t.term));
    if (at < 0) continue;
    // A phrase asked stands in the quote as the words that matched it, together (গত বছর — last year); one word of it
    // alone is that word (বছর in "পাঁচ থেকে সাত বছর" is "year", not "this year").
    let last = at;
    while (last + 1 < analysed.length && terms.has(analysed[last + 1]!.term) && /^\s*$/u.test(text.slice(analysed[last]!.end, analysed[last + 1]!.start))) last++;
    const surface = text.slice(analysed[at]!.start, analysed[last]!.end);
    const words = concept.english.toLowerCase().split(' ');
    const own = last === at && words.length > 1 ? glossBengali(surface) : undefined;
    add(surface, own && words.includes(own.toLowerCase()) ? own : concept.english);
  }
  for (const g of namesAndDates(text)) add(g.bn, g.en);
  return glosses;
}

/** Builds one citation per hit; `source.slice(start, end) === text` always holds. */
export function composeCitations(hits: Hit[], query: Query, articles: Map<string, Article>): Citation[] {
  return hits.map((hit) => {
    const p = hit.passage;
    const article = articles.get(p.articleId)!;
    const end = hit.continuation?.end ?? p.end;
    // With a continuation the quote runs on to the end of the next sentence, still verbatim and cut at sentence ends.
    const text = hit.continuation ? article.source.slice(p.start, end) : p.text;
    const matchedTerms = new Set([...hit.matched.values()].flatMap((s) => [...s]));
    const citation: Citation = {
      source: article.id,
      ...statedMeta(article),
      passage: p.id,
      text,
      score: Math.round(hit.score * 1000) / 1000,
      start: p.start,
      end,
      highlights: highlightsOf(text, matchedTerms),
    };
    if (query.uiLang === 'en') citation.gloss = glossesOf(text, hit, query);
    if (hit.alsoReportedBy.length) citation.alsoReportedBy = [...hit.alsoReportedBy];
    return citation;
  });
}
