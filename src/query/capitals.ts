import { analyzeTerms } from '../text/analyze.js';
import { memoizeByObject } from '../text/memo.js';
import type { Vocabulary, Alternative } from '../search/vocabulary.js';
import type { Concept } from './understand.js';
import type { Lexicon } from './lexicon.js';

/**
 * News names a government by its capital: "মস্কো ও তেহরান বলছে …", "Washington imposed sanctions", "বেইজিংয়ের সঙ্গে
 * চুক্তি". A question about the country (Russia's deal with China) is answered by such a sentence, so a country asked
 * about is also looked for as its capital, with less weight (the capital may be the city itself: a flight to Moscow).
 * The other way round only where the capital is not the question's setting: "What did Washington accuse Tehran of?" is
 * answered by "যুক্তরাষ্ট্র … অভিযোগ করেছে", while "What happened in Moscow?" is not about all of Russia. English lexicon
 * keys: country, capitals (the city first: the Kremlin and the White House are not said for the whole country).
 */
const CAPITALS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['afghanistan', ['kabul']], ['bangladesh', ['dhaka']], ['bhutan', ['thimphu']], ['china', ['beijing']],
  ['egypt', ['cairo']], ['france', ['paris']], ['germany', ['berlin']], ['india', ['new delhi', 'delhi']],
  ['indonesia', ['jakarta']], ['iran', ['tehran']], ['iraq', ['baghdad']], ['italy', ['rome']], ['japan', ['tokyo']],
  ['jordan', ['amman']], ['lebanon', ['beirut']], ['malaysia', ['kuala lumpur']], ['myanmar', ['naypyidaw']],
  ['nepal', ['kathmandu']], ['north korea', ['pyongyang']], ['pakistan', ['islamabad']], ['qatar', ['doha']],
  ['russia', ['moscow', 'kremlin']], ['saudi arabia', ['riyadh']], ['south korea', ['seoul']], ['sri lanka', ['colombo']],
  ['syria', ['damascus']], ['thailand', ['bangkok']], ['turkey', ['ankara']], ['ukraine', ['kyiv', 'kiev']],
  ['united kingdom', ['london']], ['united states', ['washington', 'white house']], ['vietnam', ['hanoi']],
  ['belarus', ['minsk']], ['united arab emirates', ['abu dhabi']], ['yemen', ['sanaa']], ['kenya', ['nairobi']],
  ['ethiopia', ['addis ababa']], ['nigeria', ['abuja']], ['brazil', ['brasilia']], ['argentina', ['buenos aires']],
  ['canada', ['ottawa']], ['australia', ['canberra']], ['spain', ['madrid']], ['poland', ['warsaw']],
  ['sweden', ['stockholm']], ['norway', ['oslo']], ['cuba', ['havana']], ['venezuela', ['caracas']],
  ['kazakhstan', ['astana']], ['uzbekistan', ['tashkent']], ['azerbaijan', ['baku']], ['armenia', ['yerevan']],
  ['libya', ['tripoli']], ['sudan', ['khartoum']], ['tunisia', ['tunis']], ['algeria', ['algiers']],
  ['morocco', ['rabat']], ['philippines', ['manila']], ['taiwan', ['taipei']], ['oman', ['muscat']],
  ['bahrain', ['manama']],
];

/**
 * A capital's weight against its country's (see CAPITALS). (0.4, 0.5, 0.6 and 0.7 measured alike on dev: what moves
 * outcomes is which sentences state the country at all.)
 */
export const CAPITAL_WEIGHT = 0.6;
/**
 * A country's weight against its capital's, when the capital is asked about as a government (see CAPITALS). (Measured
 * at 0.5 in session 20: dev +1 hit@3 / +1 answered / 1 more off-topic answered, holdout +2 / +4 / +1; with the Kremlin
 * too, the seeds' Kremlin questions lost places to every sentence naming Russia. Raised to 0.7, a synonym's weight, in
 * session 23: dev 0 / +1 — কিয়েভ … কী কূটনৈতিক ব্যবস্থা নিল reaches ইউক্রেন's sentence —, holdout 0 / +1, no other change.)
 */
export const COUNTRY_WEIGHT = 0.7;

/** The least weight of a country's reading of its adjective (রুশ → রাশিয়া, a synonym; Russian → রাশিয়া, a nationality). */
const ADJECTIVE_COUNTRY_WEIGHT = 0.7;

/** Forms (analysed terms, space-joined) → the analysed terms of each form of what they also stand for. */
type FormMap = ReadonlyMap<string, readonly string[][]>;

/** Countries → their capitals, and capital cities → their countries. */
export interface CapitalMap {
  capitals: FormMap;
  countries: FormMap;
  /** The word for a capital city the question does not name (রাজধানী), as analysed terms joined by a space. */
  capitalWords: ReadonlySet<string>;
}

/** The capitals of the lexicon's countries, read once per lexicon (a capital's primary Bengali form only). */
export const capitalsOf: (lexicon: Lexicon) => CapitalMap = memoizeByObject((lexicon: Lexicon) => {
  const capitalMap = new Map<string, string[][]>();
  const countryMap = new Map<string, string[][]>();
  for (const [country, capitals] of CAPITALS) {
    const entry = lexicon.get(country);
    // (the primary form only: ঢাকা's row lists রাজধানী too, "the capital", which is every capital)
    const forms = capitals.flatMap((c) => lexicon.get(c)?.bengali.slice(0, 1) ?? []).map((f) => analyzeTerms(f)).filter((t) => t.length > 0);
    if (!entry || forms.length === 0) continue;
    const countryForms = entry.bengali.map((f) => analyzeTerms(f)).filter((t) => t.length > 0);
    for (const form of countryForms) capitalMap.set(form.join(' '), forms);
    // (forms[0] is the first capital's, the city, when the lexicon lists it)
    if (lexicon.get(capitals[0]!)) countryMap.set(forms[0]!.join(' '), countryForms);
  }
  const capitalWords = new Set((lexicon.get('capital')?.bengali ?? []).map((f) => analyzeTerms(f).join(' ')));
  return { capitals: capitalMap, countries: countryMap, capitalWords };
});

/**
 * Adds to each concept that asks about a country its capitals, as the index spells them, at CAPITAL_WEIGHT of the
 * country's own form; and to a capital that is not the question's setting its country, at COUNTRY_WEIGHT — except for
 * the coverage's home country (`home`), whose capital is where its domestic news happens (a report from Dhaka is not
 * about Bangladesh's government).
 */
export function addCapitals(concepts: Concept[], { capitals, countries }: CapitalMap, vocab: Vocabulary, home: string | undefined): void {
  for (const concept of concepts) {
    const added: Alternative[] = [];
    const held = new Set(concept.alternatives.map((a) => a.terms.join(' ')));
    const readings: Array<[FormMap, number]> = [[capitals, CAPITAL_WEIGHT]];
    if (!concept.setting) readings.push([countries, COUNTRY_WEIGHT]);
    for (const alt of concept.alternatives) {
      const key = alt.terms.join(' ');
      if (key === home) continue;
      for (const [map, weight] of readings) {
        for (const terms of map.get(key) ?? []) {
          const form = terms.join(' ');
          if (held.has(form) || form === home || !terms.every((t) => vocab.has(t))) continue;
          held.add(form);
          // (it proposes no candidates: মস্কো in every report on Russia would widen the concept's reach and crowd
          // the question's rarer terms out of the query — measured, dev −2 hit@1 that way, −1 this way)
          added.push({ terms, weight: weight * alt.weight, scoreOnly: true });
        }
      }
    }
    concept.alternatives.push(...added);
  }
}

/**
 * "রাশিয়ার রাজধানীতে", "the Russian capital", "Russia's capital", "the capital of Russia": the capital asked about is
 * that country's, which reports name (মস্কো), not the coverage's home capital, which the bare word stands for (রাজধানী
 * in a Bangladeshi report is Dhaka). The capital concept then holds the country's capital city at full weight beside the
 * word itself. The country is the concept just before the word (a Bengali genitive, an English adjective or possessive)
 * or, after an English "capital of", the one just after it (`ofFollows`). Runs after addCapitals.
 */
export function readCapitalsOf(
  concepts: Concept[],
  { capitals, capitalWords }: CapitalMap,
  vocab: Vocabulary,
  ofFollows: (concept: Concept) => boolean,
): void {
  concepts.forEach((concept, i) => {
    const word = concept.alternatives.find((a) => a.weight === 1 && capitalWords.has(a.terms.join(' ')));
    if (!word) return;
    const country = ofFollows(concept) ? concepts[i + 1] : concepts[i - 1];
    // ("What is the capital of France?" asks which city it is: a sentence naming Paris does not say so)
    if (!concepts.some((c) => c !== concept && c !== country && !c.weak)) return;
    // (the city alone, the first of a country's capitals: the Kremlin is its government, not its capital)
    const cities = new Map<string, string[]>();
    // (the country as named; or, named by its adjective — রুশ রাজধানী — the country that adjective reads as)
    for (const least of [1, ADJECTIVE_COUNTRY_WEIGHT]) {
      for (const alt of country?.alternatives ?? []) {
        const city = alt.weight >= least ? capitals.get(alt.terms.join(' '))?.[0] : undefined;
        if (city && city.every((t) => vocab.has(t))) cities.set(city.join(' '), city);
      }
      if (cities.size > 0) break;
    }
    if (cities.size === 0) return;
    concept.alternatives = [word, ...[...cities.values()].map((terms) => ({ terms, weight: 1 }))];
    // … and the country is no longer read as that city too (see addCapitals): the city states the capital asked about.
    country!.alternatives = country!.alternatives.filter((a) => !cities.has(a.terms.join(' ')));
  });
}
