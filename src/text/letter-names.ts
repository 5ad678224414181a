/**
 * How Bengali writes the names of the Latin letters (B → বি, C → সি, M → এম), normalised (য় as য + ়). Abbreviations are
 * spelt with them (বিআরটিএ, এমএসএফ): one table for the stemmer, which must not take an acronym's last letter for an
 * ending, and for the query layer, which reads an English abbreviation letter by letter.
 */
export const SPELT_LETTERS: Readonly<Record<string, string>> = {
  a: 'এ', b: 'বি', c: 'সি', d: 'ডি', e: 'ই', f: 'এফ', g: 'জি', h: 'এইচ', i: 'আই', j: 'জে', k: 'কে', l: 'এল', m: 'এম', n: 'এন',
  o: 'ও', p: 'পি', q: 'কিউ', r: 'আর', s: 'এস', t: 'টি', u: 'ইউ', v: 'ভি', w: 'ডব্লিউ', x: 'এক্স', y: 'ও\u09AF\u09BCাই', z: 'জেড',
};

/** The letter names alone, as Bengali words. */
export const LETTER_NAMES: ReadonlySet<string> = new Set(Object.values(SPELT_LETTERS));
