/**
 * Canonical matching form for Bengali (and incidental Latin) text.
 *
 * Used identically at index time and at query time, so every choice here is about making
 * two spellings of the same word produce the same string — never about display.
 *
 * Canonical choices (documented because the index is keyed on them):
 * - য় ড় ঢ় are kept DECOMPOSED (য/ড/ঢ + U+09BC nukta). NFC already decomposes the precomposed
 *   code points (they are composition exclusions), and we map them explicitly as well so the
 *   function does not depend on the runtime's Unicode tables.
 * - Khanda ta: word-final "ত্" and the legacy "ত্ + ZWJ/ZWNJ" spelling both become "ৎ".
 * - Bengali digits become ASCII digits; curly quotes become ASCII quotes; every dash becomes "-".
 */

const ZWNJ = 0x200c;
const ZWJ = 0x200d;
const TA = 0x09a4;
const VIRAMA = 0x09cd;
const KHANDA_TA = '\u09CE';

/** Format characters (General Category Cf) that occur in text: ZWJ/ZWNJ/ZWSP, bidi marks, SHY, BOM … */
function isFormatChar(c: number): boolean {
  return (
    c === 0x00ad || c === 0x061c || c === 0x180e || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x206f) || c === 0xfeff || (c >= 0xfff9 && c <= 0xfffb)
  );
}

/** Dependent vowel signs and other marks that need a base letter. */
function isBengaliSign(c: number): boolean {
  return (c >= 0x0981 && c <= 0x0983) || c === 0x09bc || (c >= 0x09be && c <= 0x09cd) || c === 0x09d7 || c === 0x09e2 || c === 0x09e3;
}

function isBengaliLetterOrSign(c: number): boolean {
  return (c >= 0x0981 && c <= 0x09e3) || c === 0x09f0 || c === 0x09f1;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Whether a sign may attach to the character before it (i.e. it is part of a word). */
function canCarrySign(prev: number, prevCh: string): boolean {
  if (prev >= 0x0980 && prev <= 0x09ff) return isBengaliLetterOrSign(prev) || (prev >= 0x09e6 && prev <= 0x09ef);
  if (prev < 0x80) return (prev >= 0x30 && prev <= 0x39) || (prev >= 0x61 && prev <= 0x7a) || (prev >= 0x41 && prev <= 0x5a);
  return WORD_CHAR.test(prevCh);
}

/** Letters without a decomposition, spelt out as English writes them. */
const LATIN_SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't', ŋ: 'ng',
};

/** Latin-1 Supplement to Latin Extended-B, and Latin Extended Additional (Vietnamese: Nguyễn, Phạm). */
const LATIN_ACCENTED: ReadonlyArray<readonly [number, number]> = [[0xc0, 0x24f], [0x1e00, 0x1eff]];

/**
 * Accented Latin letters → their lowercase ASCII base: Vicuñas, Bogotá, São Paulo, Erdoğan, Łódź, Nguyễn are typed with
 * and without the marks, and the phonetic keys read ASCII only (ñ had vanished from "Vicuñas").
 */
const LATIN_FOLD: ReadonlyMap<number, string> = (() => {
  const map = new Map<number, string>();
  for (const [from, to] of LATIN_ACCENTED) {
    for (let c = from; c <= to; c++) {
      const lower = String.fromCharCode(c).toLowerCase();
      const base = LATIN_SPECIAL[lower] ?? lower.normalize('NFKD').replace(/\p{M}/gu, '');
      if (/^[a-z]+$/.test(base)) map.set(c, base);
    }
  }
  return map;
})();

/** Single characters mapped to a canonical replacement (quotes, dashes, precomposed nukta letters, accented Latin). */
const CHAR_MAP: ReadonlyMap<number, string> = new Map<number, string>([
  [0x09dc, '\u09A1\u09BC'], // ড় → ড + nukta
  [0x09dd, '\u09A2\u09BC'], // ঢ় → ঢ + nukta
  [0x09df, '\u09AF\u09BC'], // য় → য + nukta
  ...[0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x02bc].map((c): [number, string] => [c, "'"]),
  ...[0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x00ab, 0x00bb].map((c): [number, string] => [c, '"']),
  ...[0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d].map((c): [number, string] => [c, '-']),
  ...LATIN_FOLD,
]);

/** ত + virama not followed by another Bengali letter or sign: the word-final spelling of ৎ. */
const FINAL_TA_VIRAMA = /\u09A4\u09CD(?![\u0981-\u09E3\u09F0\u09F1])/g;
const WHITESPACE = /\s/;
const PLAIN_ASCII = /^[\x20-\x7E]*$/;
const ASCII_WHITESPACE_RUNS = /\s+/g;

/**
 * Returns the canonical matching form of `s`: NFC, nukta letters decomposed, format characters
 * removed, word-final ত্ → ৎ, Bengali digits → ASCII, quotes → ASCII, dashes → "-", Latin
 * lowercased and stripped of accents (ñ → n), orphan vowel signs at word start dropped, whitespace collapsed and trimmed.
 * Pure and idempotent: `normalize(normalize(s)) === normalize(s)`. One pass over the string
 * (this runs once per token when indexing, so it avoids chains of regex replacements).
 */
export function normalize(s: string): string {
  if (PLAIN_ASCII.test(s)) return s.toLowerCase().replace(ASCII_WHITESPACE_RUNS, ' ').trim();
  const t = s.normalize('NFC');
  let out = '';
  let stripped = false;
  let needsLowercase = false;
  let pendingSpace = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === TA && t.charCodeAt(i + 1) === VIRAMA && (t.charCodeAt(i + 2) === ZWJ || t.charCodeAt(i + 2) === ZWNJ)) {
      // ত্ + ZWJ/ZWNJ: the pre-Unicode-4.1 way of typing khanda ta.
      if (pendingSpace && out !== '') out += ' ';
      pendingSpace = false;
      out += KHANDA_TA;
      i += 2;
      continue;
    }
    if (isFormatChar(c)) {
      stripped = true;
      continue;
    }
    const ch = t[i];
    if (c < 0x80 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : WHITESPACE.test(ch)) {
      pendingSpace = true;
      continue;
    }
    if (isBengaliSign(c) && (pendingSpace || out === '' || !canCarrySign(out.charCodeAt(out.length - 1), out[out.length - 1]))) {
      continue; // orphan sign at the start of a word ("েএই")
    }
    if (pendingSpace) {
      if (out !== '') out += ' ';
      pendingSpace = false;
    }
    if (c >= 0x09e6 && c <= 0x09ef) {
      out += String.fromCharCode(c - 0x09e6 + 0x30);
      continue;
    }
    if (c >= 0x41 && c <= 0x5a) {
      out += String.fromCharCode(c + 32);
      continue;
    }
    const mapped = CHAR_MAP.get(c);
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    if (c >= 0x80 && (c < 0x0980 || c > 0x09ff)) needsLowercase = true;
    out += ch;
  }
  if (needsLowercase) out = out.toLowerCase();
  // Removing format characters can bring two halves of a vowel sign together (ে + া): recompose.
  if (stripped) out = out.normalize('NFC');
  if (out.includes('\u09A4\u09CD')) out = out.replace(FINAL_TA_VIRAMA, KHANDA_TA);
  return out;
}

/**
 * A word ending (ের, েছিল, লো) in normalize's form: normalised after a consonant and cut off again, since alone its
 * leading vowel sign would be dropped as an orphan.
 */
export function normalizeEnding(ending: string): string {
  return normalize(`ক${ending}`).slice(1);
}
