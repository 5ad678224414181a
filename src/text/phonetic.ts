/**
 * Phonetic keys that let spelling variants (পেজেশকিয়ান / পেজেকশিয়ান) and Latin or romanised
 * names (Pezeshkian, "moscow") meet Bengali words.
 *
 * Both key functions produce a CONSONANT SKELETON in one small Latin alphabet:
 *   k g c j t d n p f b m r l s h, plus "ng" (ং/ঙ) and "a" for a word-initial vowel.
 * Vowels are dropped except word-initially (one "a" for any initial vowel, which keeps ইরান "arn"
 * apart from রান "rn"); aspiration and dental/retroflex distinctions are folded; glides
 * (য়, য-ফলা, Latin w/y) are dropped; doubled symbols collapse.
 *
 * Because vowels are gone, short keys collide (পুতিন and পাতন are both "ptn"): treat a key match
 * as a candidate, not proof — see `keysMeet` for the rule the tests use. Keeping the initial vowel
 * was measured on the seed vocabulary: exact-key collision pairs 146 with it, 205 without.
 */
import { isIndependentVowelCode } from './stem.js';

// ---------------------------------------------------------------- Bengali → key

const BENGALI_CONSONANT_KEY: ReadonlyMap<number, string> = new Map<number, string>([
  [0x0995, 'k'], [0x0996, 'k'], [0x0997, 'g'], [0x0998, 'g'], [0x0999, 'ng'],
  [0x099a, 'c'], [0x099b, 'c'], [0x099c, 'j'], [0x099d, 'j'], [0x099e, 'n'],
  [0x099f, 't'], [0x09a0, 't'], [0x09a1, 'd'], [0x09a2, 'd'], [0x09a3, 'n'],
  [0x09a4, 't'], [0x09a5, 't'], [0x09a6, 'd'], [0x09a7, 'd'], [0x09a8, 'n'],
  [0x09aa, 'p'], [0x09ab, 'f'], [0x09ac, 'b'], [0x09ad, 'b'], [0x09ae, 'm'],
  [0x09af, 'j'], [0x09b0, 'r'], [0x09b2, 'l'], [0x09b6, 's'], [0x09b7, 's'],
  [0x09b8, 's'], [0x09b9, 'h'], [0x09ce, 't'], [0x09f0, 'r'], [0x09f1, 'b'],
  [0x09dc, 'r'], [0x09dd, 'r'], // precomposed ড় ঢ় (normalize() decomposes them, but be total)
]);
const NUKTA = 0x09bc;
const VOCALIC_R = 0x098b;
const VOCALIC_R_SIGN = 0x09c3;
const VIRAMA = 0x09cd;
const YA = 0x09af;
const DDA = 0x09a1;
const DDHA = 0x09a2;
const ANUSVARA = 0x0982;
const BA = 0x09ac;
const KA = 0x0995;
const SSA = 0x09b7;
/** Consonants after which ব-ফলা still sounds b: ম, র, দ. */
const SOUNDED_BA_AFTER = new Set([0x09ae, 0x09b0, 0x09a6]);

/** Merges runs of the same character: "mkklm" → "mklm". */
function collapseRepeats(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[i - 1]) out += s[i];
  return out;
}

/**
 * Consonant skeleton of a normalised Bengali word (see module doc). Non-Bengali input is keyed
 * with `latinKey`, so the function is total.
 */
export function bengaliKey(normWord: string): string {
  let out = '';
  let sawBengali = false;
  for (let i = 0; i < normWord.length; i++) {
    const c = normWord.charCodeAt(i);
    if (c < 0x0980 || c > 0x09ff) continue;
    sawBengali = true;
    const next = normWord.charCodeAt(i + 1);
    // ঋ and its sign ৃ sound ri (ঋষি Rishi, কৃষ্ণ Krishna, মৃণাল Mrinal, হৃদয় Hridoy): an r, as Latin spellings write it.
    if (c === VOCALIC_R || c === VOCALIC_R_SIGN) {
      out += 'r';
      continue;
    }
    if (isIndependentVowelCode(c)) {
      if (out === '') out = 'a';
      continue;
    }
    if (c === ANUSVARA) {
      out += 'ng';
      continue;
    }
    if (next === NUKTA) {
      // য় is a glide (dropped); ড় ঢ় sound as r.
      if (c === DDA || c === DDHA) out += 'r';
      i++;
      continue;
    }
    if (c === YA && normWord.charCodeAt(i - 1) === VIRAMA) continue; // য-ফলা: a glide
    // A word-initial ক্ষ sounds kh (ক্ষতি khoti, ক্ষমতা khomota, ক্ষেপণাস্ত্র khepanastro), as romanized Bengali writes it.
    // Inside a word it stays k-s: English spellings of names write it ksh (লক্ষ্মীপুর Lakshmipur).
    if (c === KA && out === '' && next === VIRAMA && normWord.charCodeAt(i + 2) === SSA) {
      out += 'k';
      i += 2;
      continue;
    }
    // ব-ফলা doubles the consonant it follows instead of sounding b (বিশ্বাস Biswas, বিশ্বজিৎ Biswajit, স্বাধীন), except
    // after ম, র and দ (লম্বা, পূর্ব Purbo, উদ্বোধন), where it is a b.
    if (c === BA && normWord.charCodeAt(i - 1) === VIRAMA && !SOUNDED_BA_AFTER.has(normWord.charCodeAt(i - 2))) continue;
    const key = BENGALI_CONSONANT_KEY.get(c);
    if (key !== undefined) out += key;
    // vowel signs, virama, chandrabindu, visarga, digits: nothing
  }
  if (!sawBengali) return latinKey(normWord);
  return collapseRepeats(out);
}

// ---------------------------------------------------------------- Latin → key

const NON_LETTERS = /[^a-z]/g;
const DIGRAPHS: ReadonlyArray<readonly [RegExp, string]> = [
  // English letters Bengali does not sound: the gh of -ough (Scarborough স্কারবরো).
  [/ough(?![aeiou])/g, 'o'],
  // A final -aon is a nasal vowel, written ঁও (Tejgaon তেজগাঁও, Agargaon আগারগাঁও, Naogaon নওগাঁ): no n.
  [/aon$/g, 'ao'],
  [/tch/g, 'C'], // Saskatchewan সাসকাচুয়ান: ট্চ is written চ
  [/chh/g, 'C'], // Paikgachha পাইকগাছা: the aspirated ছ
  // Bengali writes the n of -nk- as ং/ঙ (link লিংক, Blinken ব্লিংকেন, Sri Lanka শ্রীলঙ্কা), whose key is "ng"; an n before kh
  // is mostly where two words of a place name meet (Kirtankhola কীর্তনখোলা, Dhankhali ধানখালী) and stays ন.
  [/nk(?!h)/g, 'ngk'],
  [/sh/g, 'S'],
  [/ch/g, 'C'],
  [/kh/g, 'k'],
  [/gh/g, 'g'],
  [/th/g, 't'],
  [/ph/g, 'f'],
  [/zh/g, 'j'],
  [/ck/g, 'k'],
  [/qu/g, 'k'],
  [/dh/g, 'd'],
  [/bh/g, 'b'],
  [/jh/g, 'j'],
];
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const LATIN_LETTER_KEY: Readonly<Record<string, string>> = {
  b: 'b', d: 'd', f: 'f', g: 'g', h: 'h', j: 'j', k: 'k', l: 'l', m: 'm', n: 'n', p: 'p',
  q: 'k', r: 'r', s: 's', t: 't', v: 'b', x: 'ks', z: 'j', S: 's', C: 'c',
};

/**
 * The same skeleton from an English or romanised spelling: digraphs first (sh ch kh gh th ph zh
 * ck qu dh bh jh), then z→j, v→b, x→ks, q→k, c→s before e/i/y else k; w and y are glides and
 * dropped, except that a word-initial vowel — or w/y followed by a vowel — becomes "a"
 * (Washington "asngtn" = ওয়াশিংটন, Yemen "amn" = ইয়েমেন).
 */
export function latinKey(word: string): string {
  let w = word.toLowerCase().replace(NON_LETTERS, '');
  if (w === '') return '';
  for (const [re, to] of DIGRAPHS) w = w.replace(re, to);
  let out = '';
  let i = 0;
  const first = w[0];
  if (VOWELS.has(first) || ((first === 'w' || first === 'y') && VOWELS.has(w[1] ?? ''))) {
    out = 'a';
    i = first === 'w' || first === 'y' ? 1 : 0;
    while (i < w.length && VOWELS.has(w[i])) i++;
  }
  for (; i < w.length; i++) {
    const ch = w[i];
    if (ch === 'c') {
      const n = w[i + 1];
      out += n === 'e' || n === 'i' || n === 'y' ? 's' : 'k';
      continue;
    }
    const key = LATIN_LETTER_KEY[ch];
    if (key !== undefined) out += key;
    // vowels, w, y: nothing
  }
  return collapseRepeats(out);
}

// ---------------------------------------------------------------- distance

let rowPrev2 = new Int32Array(64);
let rowPrev = new Int32Array(64);
let rowCur = new Int32Array(64);

/**
 * Optimal string alignment distance (Damerau–Levenshtein where a transposed pair is not edited
 * again): insertions, deletions, substitutions and adjacent transpositions cost 1.
 */
export function damerau(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  if (rowCur.length < m + 1) {
    rowPrev2 = new Int32Array(m + 1);
    rowPrev = new Int32Array(m + 1);
    rowCur = new Int32Array(m + 1);
  }
  for (let j = 0; j <= m; j++) rowPrev[j] = j;
  for (let i = 1; i <= n; i++) {
    rowCur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rowPrev[j] + 1, rowCur[j - 1] + 1, rowPrev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rowPrev2[j - 2] + 1);
      rowCur[j] = v;
    }
    const t = rowPrev2;
    rowPrev2 = rowPrev;
    rowPrev = rowCur;
    rowCur = t;
  }
  return rowPrev[m];
}

/** Shortest keys for which one swapped adjacent pair still counts as a match (পেজেশকিয়ান/পেজেকশিয়ান). */
const TRANSPOSITION_MIN_LENGTH = 4;
/**
 * Shortest keys for which any single edit still counts. Measured on the seed vocabulary (594
 * stems): allowing any edit from 4 symbols made 111 false pairs (ইউক্রেন~আক্রমণ, মিনস্ক~মানবিক);
 * transpositions from 4 plus edits from 6 make 7 (one of them কাজাখাস্তান~তাজিকিস্তান), edits
 * from 7 make fewer still.
 */
const EDIT_MIN_LENGTH = 7;

/** True when b is a with exactly one pair of adjacent symbols swapped. */
function isAdjacentTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i >= a.length - 1) return false;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * Whether two phonetic keys should be treated as the same name: equal; or one adjacent
 * transposition apart with at least TRANSPOSITION_MIN_LENGTH symbols; or within one edit
 * (damerau ≤ 1) with both at least EDIT_MIN_LENGTH symbols. Empty keys never meet. Keys of 1–3
 * symbols only meet when equal, and even then often collide (পুতিন/পতন "ptn"): use as a candidate.
 */
export function keysMeet(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  if (a === b) return true;
  if (a.length >= TRANSPOSITION_MIN_LENGTH && isAdjacentTransposition(a, b)) return true;
  if (a.length < EDIT_MIN_LENGTH || b.length < EDIT_MIN_LENGTH) return false;
  return Math.abs(a.length - b.length) <= 1 && damerau(a, b) <= 1;
}

// ---------------------------------------------------------------- gentle fold

const SIMPLE_FOLDS: Readonly<Record<string, string>> = {
  'ী': 'ি', 'ূ': 'ু', 'ঈ': 'ই', 'ঊ': 'উ', 'ণ': 'ন', 'শ': 'স', 'ষ': 'স',
  'ে': 'ি', 'এ': 'ই', 'ঁ': '',
  // the visarga inside a word, which writers often leave out (আন্তঃনগর / আন্তনগর, পুনঃখনন / পুনখনন)
  'ঃ': '',
};
/** Vowel sign → the independent vowel it becomes after য় has been dropped (folded values). */
const SIGN_TO_INDEPENDENT: Readonly<Record<string, string>> = {
  'া': 'আ', 'ি': 'ই', 'ী': 'ই', 'ু': 'উ', 'ূ': 'উ', 'ে': 'ই', 'ৈ': 'ঐ', 'ো': 'ও', 'ৌ': 'ঔ',
};
const Y_NUKTA = 'য়';

function endsWithVowelSound(s: string): boolean {
  if (s === '') return false;
  const c = s.charCodeAt(s.length - 1);
  return (c >= 0x09be && c <= 0x09cc && c !== VIRAMA) || isIndependentVowelCode(c);
}

/** Letters romanized Bengali cannot tell apart (t is ত or ট, d দ or ড, r র or ড়), as the dental, র (see romanFold). */
const ROMAN_MERGES: Readonly<Record<string, string>> = {
  '\u099F': '\u09A4', '\u09A0': '\u09A5', '\u09A1': '\u09A6', '\u09A2': '\u09A7', // ট ঠ ড ঢ → ত থ দ ধ
  '\u09A1\u09BC': '\u09B0', '\u09A2\u09BC': '\u09B0', // ড় ঢ় (as normalize writes them) → র
};

/**
 * The spelling fold (foldVariant) further merged as a romanized word's transliteration cannot tell: dental and retroflex
 * (pati: পাতি or পাটি), র and ড় (bari: বারি or বাড়ি), and consonants joined or not (murta: মুরতা for মুর্তা).
 */
export function romanFold(normWord: string): string {
  return romanMerge(foldVariant(normWord));
}

/** romanFold of a word already spelling-folded (a key of foldVariant's), so an index's folds need not be recomputed. */
export function romanMerge(folded: string): string {
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i]!;
    if (ch.charCodeAt(0) === VIRAMA) continue;
    const withNukta = folded.charCodeAt(i + 1) === NUKTA ? ch + folded[i + 1] : undefined;
    if (withNukta && ROMAN_MERGES[withNukta]) {
      out += ROMAN_MERGES[withNukta];
      i++;
      continue;
    }
    out += ROMAN_MERGES[ch] ?? ch;
  }
  return out;
}

/**
 * A gentler fold than the skeleton: keeps vowels but merges the spellings Bengali writers
 * alternate between — long/short vowels (ী→ি, ূ→ু, ঈ→ই, ঊ→উ), ণ→ন, শ/ষ→স, ে/এ→ি/ই,
 * chandrabindu and visarga dropped, and an intervocalic য়+vowel written as a plain vowel (ইসরায়েল →
 * ইসরাইল). The ে/ি merge is a measured call: over the 594 seed stems the whole fold merges five
 * pairs — four true variants (ধরন/ধরণ, ইসরায়েল/ইসরাইল, হিজবুল্লাহ/হেজবুল্লাহ, কীভাব/কিভাব) and
 * one false pair caused by ে/ি (কেন/কিন, "why"/"buy"); without ে/ি হিজবুল্লাহ/হেজবুল্লাহ would not meet.
 */
export function foldVariant(normWord: string): string {
  let out = '';
  for (let i = 0; i < normWord.length; i++) {
    const ch = normWord[i];
    if (ch === 'য' && normWord[i + 1] === '\u09BC') {
      const sign = normWord[i + 2];
      const independent = sign === undefined ? undefined : SIGN_TO_INDEPENDENT[sign];
      if (independent !== undefined && endsWithVowelSound(out)) {
        out += SIMPLE_FOLDS[independent] ?? independent;
        i += 2;
        continue;
      }
      out += Y_NUKTA;
      i += 1;
      continue;
    }
    out += SIMPLE_FOLDS[ch] ?? ch;
  }
  return out;
}

// ---------------------------------------------------------------- vowel shapes

/**
 * Bengali vowels (signs and independent letters) → one of five vowel classes. The sign ৃ is the i of ri (কৃষ্ণ Krishna);
 * a word-initial ঋ has none, so that the key's r and the vowels do not both vouch for it (Roni must not meet ঋণ, a loan).
 */
const BENGALI_VOWEL_CLASS: Readonly<Record<string, string>> = {
  'া': 'a', 'আ': 'a', 'অ': '',
  'ি': 'i', 'ী': 'i', 'ই': 'i', 'ঈ': 'i', 'ৃ': 'i',
  'ু': 'u', 'ূ': 'u', 'উ': 'u', 'ঊ': 'u',
  'ে': 'e', 'এ': 'e', 'ৈ': 'e', 'ঐ': 'e',
  'ো': 'o', 'ও': 'o', 'ৌ': 'o', 'ঔ': 'o',
};

/**
 * The vowels of a Bengali word in order, as classes a/i/u/e/o (the inherent vowel is silent here: it is not written).
 * Used to tell apart names whose consonant skeletons collide: পুতিন "ui" vs পতন "" for Putin "ui".
 */
export function bengaliVowels(normWord: string): string {
  let out = '';
  for (const ch of normWord) out += BENGALI_VOWEL_CLASS[ch] ?? '';
  return out;
}

/** Second readings of Latin vowel spellings, as Bengali writes names: each is read with and without the others. */
const NAME_VOWEL_SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  // Bengali names write "oi" as ঐ or ৈ (Oishi ঐশী, Boishakhi বৈশাখী), read like the English ai and ei. (First, so that
  // the ou rule below does not make an "oi" of Louis.)
  [/oi/gi, 'ei'],
  // English and French "ou" is u (group গ্রুপ, Louis লুই), but Bengali names spell it ও or ৌ (Roushan রওশন, Sourav সৌরভ).
  [/ou/gi, 'o'],
  // English "ai" is e (rain, Ukraine), but Bengali names write it াই (Gorai গড়াই, Bahrain বাহরাইন). (h: a consonant that
  // keeps the a and the i apart, so that latinVowels does not read them as e.)
  [/ai/gi, 'ahi'],
  // "au" and French "eau" sound o or the inherent vowel (Paul পল, Claudia ক্লদিয়া, Trudeau ট্রুডো).
  [/e?au/gi, 'o'],
  // A final e after a consonant is silent in English (Steve স্টিভ, Pete পিট, Mike মাইক), sounded in others (Kagame কাগামে).
  [/(?<=[^aeiouy])e$/gi, ''],
  // y before a vowel is written ি or ই with য় (Maryam মরিয়ম, Yahya ইয়াহিয়া, Yoav ইয়োভ).
  [/(?<![aeiou])y(?=[aeiou])/gi, 'i'],
  // A final -ay of South Asian names is অয় (Ajay অজয়, Sanjay সঞ্জয়, Pranay প্রণয়): the y is the glide য়.
  [/ay$/gi, 'a'],
];

/**
 * The vowel readings of a Latin word: latinVowels, and the readings Bengali spellings of names add to it (see
 * NAME_VOWEL_SPELLINGS). Every combination is read.
 */
export function latinVowelReadings(word: string): string[] {
  let spellings = [word];
  for (const [pattern, reading] of NAME_VOWEL_SPELLINGS) {
    spellings = spellings.flatMap((w) => {
      const read = w.replace(pattern, reading);
      return read === w ? [w] : [w, read];
    });
  }
  return [...new Set(spellings.map(latinVowels))];
}

/** The vowels of a Latin word as the same classes (y between consonants counts as i; a final "a" of a name too). */
export function latinVowels(word: string): string {
  return word
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    // the u of qu is no vowel, nor the ue of a final -que (Quader কাদের, Siddique সিদ্দিকী, Hoque হক)
    .replace(/que$/, 'q')
    .replace(/qu(?=[aeiou])/g, 'q')
    // English -er before a consonant or at the end is written -ার (order অর্ডার, Berlin বার্লিন, service সার্ভিস)
    .replace(/er(?=[^aeiouy]|$)/g, 'ar')
    .replace(/(?<=[^aeiou])y(?=[^aeiou]|$)/g, 'i')
    .replace(/ou|oo/g, 'u')
    .replace(/ee|ie|ea/g, 'i')
    .replace(/ai|ay|ei/g, 'e')
    .replace(/[^aeiou]/g, '');
}
