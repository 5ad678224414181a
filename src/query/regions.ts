import { analyzeTerms } from '../text/analyze.js';
import { memoizeByObject } from '../text/memo.js';
import type { Vocabulary, Alternative } from '../search/vocabulary.js';
import type { Concept } from './understand.js';
import type { Lexicon } from './lexicon.js';

/**
 * A question about a region ("which Central Asian leaders", মধ্য এশিয়ার কোন কোন দেশ, ইউরোপের কোন শহরে) is answered by a
 * sentence that names its countries and never the region ("কাজাখস্তান, কিরগিস্তান ও উজবেকিস্তানের নেতারা", "জার্মানির
 * ফ্রাঙ্কফুর্টে"). So a region asked about is also looked for as its member countries, with less weight. Only this way
 * round: a question about Kazakhstan is not about all of Central Asia. General geography, not the coverage's: English
 * lexicon keys, region → countries (see en-bn.tsv, categories region and country).
 */
const REGIONS: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [['central asia', 'central asian'], ['kazakhstan', 'kyrgyzstan', 'tajikistan', 'turkmenistan', 'uzbekistan']],
  [
    ['south asia', 'south asian'],
    ['afghanistan', 'bangladesh', 'bhutan', 'india', 'maldives', 'nepal', 'pakistan', 'sri lanka'],
  ],
  [
    ['southeast asia', 'southeast asian'],
    [
      'brunei', 'cambodia', 'indonesia', 'laos', 'malaysia', 'myanmar', 'philippines', 'singapore', 'thailand',
      'east timor', 'vietnam',
    ],
  ],
  [['east asia', 'east asian'], ['china', 'japan', 'mongolia', 'north korea', 'south korea', 'taiwan']],
  [
    ['middle east', 'middle eastern'],
    [
      'bahrain', 'egypt', 'iran', 'iraq', 'israel', 'jordan', 'kuwait', 'lebanon', 'oman', 'palestine', 'qatar',
      'saudi arabia', 'syria', 'turkey', 'united arab emirates', 'yemen',
    ],
  ],
  [['gulf states'], ['bahrain', 'kuwait', 'oman', 'qatar', 'saudi arabia', 'united arab emirates']],
  [['caucasus'], ['armenia', 'azerbaijan', 'georgia']],
  [
    ['balkans'],
    [
      'albania', 'bosnia and herzegovina', 'bulgaria', 'croatia', 'kosovo', 'montenegro', 'north macedonia', 'serbia',
      'slovenia',
    ],
  ],
  [['scandinavia', 'nordic'], ['denmark', 'finland', 'iceland', 'norway', 'sweden']],
  [
    ['europe', 'european'],
    [
      'austria', 'belgium', 'bulgaria', 'croatia', 'czech republic', 'denmark', 'finland', 'france', 'germany',
      'greece', 'hungary', 'ireland', 'italy', 'netherlands', 'norway', 'poland', 'portugal', 'romania', 'spain',
      'sweden', 'switzerland', 'united kingdom',
    ],
  ],
  [
    ['latin america', 'latin american'],
    [
      'argentina', 'bolivia', 'brazil', 'chile', 'colombia', 'cuba', 'ecuador', 'mexico', 'paraguay', 'peru',
      'uruguay', 'venezuela',
    ],
  ],
  [
    ['south america', 'south american'],
    ['argentina', 'bolivia', 'brazil', 'chile', 'colombia', 'ecuador', 'paraguay', 'peru', 'uruguay', 'venezuela'],
  ],
];

/**
 * A member country's weight against the region's own name. Lower than a capital's (CAPITAL_WEIGHT): a country is one
 * part of what was asked.
 */
export const MEMBER_WEIGHT = 0.5;

/** One region: its names as analysed terms (one list per Bengali form), and each member's forms as analysed terms. */
interface Region {
  names: string[][];
  members: string[][];
}

/** The regions as the lexicon spells them (each Bengali form of a region and its countries), read once per lexicon. */
export const regionsOf: (lexicon: Lexicon) => readonly Region[] = memoizeByObject((lexicon: Lexicon) => {
  const formsOf = (english: readonly string[]) =>
    english.flatMap((e) => lexicon.get(e)?.bengali ?? []).map((f) => analyzeTerms(f)).filter((t) => t.length > 0);
  return REGIONS.map(([names, countries]) => ({ names: formsOf(names), members: formsOf(countries) })).filter(
    (r) => r.names.length > 0 && r.members.length > 0,
  );
});

/**
 * Adds to the concepts that ask about a region its member countries as the index spells them (a name's variant spelling
 * too, by sound: কাজাখাস্তান for the lexicon's কাজাখস্তান), at MEMBER_WEIGHT, scoring only: a region's countries are in every
 * report on any of them, and would crowd the question's rarer words out of the candidates. A region is one concept
 * (an English phrase from the lexicon) or a run of concepts, one per word (a Bengali question: মধ্য, এশিয়া): each
 * concept of the run gets the members, since a sentence that names them states the whole region. The coverage's home
 * country (`home`) is left out: it is in every report (a Bangladeshi outlet's South Asian championship story).
 */
export function addRegionMembers(
  concepts: Concept[],
  regions: readonly Region[],
  vocab: Vocabulary,
  home: string | undefined,
): void {
  const keys = (c: Concept) => c.alternatives.map((a) => a.terms.join(' '));
  // (what each concept asks, read once: the members added below are countries, never a region's name)
  const asked = concepts.map((c) => new Set(keys(c)));
  for (const region of regions) {
    for (const name of region.names) {
      for (let i = 0; i < concepts.length; i++) {
        // the region as one concept (its alternatives hold the whole name), or as one concept per word of it
        const whole = asked[i]!.has(name.join(' '));
        const run = whole ? [i] : concepts.slice(i, i + name.length).map((_, k) => i + k);
        const perWord = name.length > 1 && run.length === name.length && run.every((ci, k) => asked[ci]!.has(name[k]!));
        if (!whole && !perWord) continue;
        const members = memberAlternatives(region, vocab, home);
        for (const ci of run) {
          const concept = concepts[ci]!;
          const held = new Set(keys(concept));
          concept.alternatives.push(...members.filter((m) => !held.has(m.terms.join(' '))));
        }
      }
    }
  }
}

/** The region's members as alternatives the index holds (a one-word name also by its spelling folds and sound). */
function memberAlternatives(region: Region, vocab: Vocabulary, home: string | undefined): Alternative[] {
  const out = new Map<string, Alternative>();
  for (const terms of region.members) {
    if (terms.join(' ') === home) continue;
    if (terms.length > 1) {
      if (terms.every((t) => vocab.has(t))) out.set(terms.join(' '), { terms, weight: MEMBER_WEIGHT, scoreOnly: true });
      continue;
    }
    for (const [term, weight] of vocab.expandBengali(terms[0]!, { sounds: true })) {
      const w = MEMBER_WEIGHT * weight;
      if ((out.get(term)?.weight ?? 0) < w) out.set(term, { terms: [term], weight: w, scoreOnly: true });
    }
  }
  return [...out.values()];
}
