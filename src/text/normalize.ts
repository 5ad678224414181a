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

/** ত + virama + ZWJ/ZWNJ: the pre-Unicode-4.1 way of typing khanda ta. Must run before format chars go. */
const LEGACY_KHANDA_TA = /\u09A4\u09CD[\u200C\u200D]/g;
/** ZWJ, ZWNJ, ZWSP, soft hyphen, BOM, bidi marks, word joiner … (all of General Category Cf). */
const FORMAT_CHARS = /\p{Cf}/gu;
const PRECOMPOSED_NUKTA = /[\u09DC\u09DD\u09DF]/g;
const NUKTA_DECOMPOSITION: Readonly<Record<string, string>> = {
  '\u09DC': '\u09A1\u09BC', // ড়
  '\u09DD': '\u09A2\u09BC', // ঢ়
  '\u09DF': '\u09AF\u09BC', // য়
};
/** ত + virama not followed by another Bengali letter or sign: the word-final spelling of ৎ. */
const FINAL_TA_VIRAMA = /\u09A4\u09CD(?![\u0981-\u09E3\u09F0\u09F1])/g;
const BENGALI_DIGITS = /[\u09E6-\u09EF]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/**
 * Dependent vowel signs / marks that begin a word (no base letter before them), e.g. the stray
 * "ে" in "েএই": they cannot be typed deliberately, so they are dropped.
 */
const ORPHAN_SIGNS = /(?<![\p{L}\p{M}\p{N}])[\u0981-\u0983\u09BC\u09BE-\u09CD\u09D7\u09E2\u09E3]+/gu;
const WHITESPACE = /\s+/g;
const PLAIN_ASCII = /^[\x20-\x7E]*$/;

function decomposeNukta(ch: string): string {
  return NUKTA_DECOMPOSITION[ch] ?? ch;
}

function asciiDigit(ch: string): string {
  return String.fromCharCode(ch.charCodeAt(0) - 0x09e6 + 0x30);
}

/**
 * Returns the canonical matching form of `s`: NFC, nukta letters decomposed, format characters
 * removed, word-final ত্ → ৎ, Bengali digits → ASCII, quotes → ASCII, dashes → "-", Latin
 * lowercased, orphan vowel signs at word start dropped, whitespace collapsed and trimmed.
 * Pure and idempotent: `normalize(normalize(s)) === normalize(s)`.
 */
export function normalize(s: string): string {
  if (PLAIN_ASCII.test(s)) return s.toLowerCase().replace(WHITESPACE, ' ').trim();
  let t = s.normalize('NFC');
  t = t.replace(LEGACY_KHANDA_TA, '\u09CE');
  t = t.replace(FORMAT_CHARS, '');
  t = t.replace(PRECOMPOSED_NUKTA, decomposeNukta);
  t = t.replace(FINAL_TA_VIRAMA, '\u09CE');
  t = t.replace(BENGALI_DIGITS, asciiDigit);
  t = t.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-');
  t = t.toLowerCase();
  t = t.replace(ORPHAN_SIGNS, '');
  return t.replace(WHITESPACE, ' ').trim();
}
