import type { Vocabulary } from '../search/vocabulary.js';
import { bengaliView } from './bengali-lexicon.js';
import type { Lexicon } from './lexicon.js';

/**
 * How many times more passages must name the most-named country than the next one for it to be the coverage's home
 * country. (A Bangladeshi archive names বাংলাদেশ in 334 passages, the next country in 93; the five seed articles, on
 * Russia and Iran, name রাশিয়া 49 times and ইরান 39: a subject, not a home.)
 */
const HOME_DOMINANCE = 3;

const cache = new WeakMap<Vocabulary, string | null>();

/**
 * The index term of the coverage's home country — the country its outlets report from, which a domestic report leaves
 * unsaid (দেশে, "in the country", or only a district's name) — or undefined when no country dominates the index.
 * Read once per index from the lexicon's country rows and the index's document frequencies.
 */
export function homeCountryOf(vocabulary: Vocabulary, lexicon: Lexicon): string | undefined {
  let home = cache.get(vocabulary);
  if (home === undefined) {
    // (a country of two words, উত্তর কোরিয়া, shares its words with other names: only one-word forms count; the
    // lexicon's Bengali view has them analysed, read from the start-up cache)
    const terms = new Set(bengaliView(lexicon).countries);
    const ranked = [...terms].map((t) => [t, vocabulary.docFreq(t)] as const).sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    home = first && first[1] > 0 && first[1] >= HOME_DOMINANCE * (second?.[1] ?? 0) ? first[0] : null;
    cache.set(vocabulary, home);
  }
  return home ?? undefined;
}
