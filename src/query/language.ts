/**
 * Decide the language of a question from the text itself (scripts and word lists), never from
 * Telegram's language_code: a Bengali speaker with an English phone UI still types Bengali, and
 * romanized Bengali is written with Latin letters but must be handled as Bengali.
 */
import { kindOf } from './bengali-lexicon.js';
import { ENGLISH_INFLECTION, ENGLISH_STOPWORDS, QUESTION_CUE_WORDS, englishLemma } from './english.js';
import { loadLexicon } from './lexicon.js';
import { COLLOQUIAL_VERB_ENDING, ROMANIZED_TABLE, colloquialVerb } from './romanized.js';

export type DetectedLanguage = 'bn' | 'en' | 'romanized' | 'mixed';

/**
 * Romanized Bengali function, question and verb words (several spellings each). These are strong
 * evidence: none of them is an English word a question would use.
 */
const ROMANIZED_MARKERS = new Set([
  'ki', 'kii', 'ke', 'kobe', 'kokhon', 'kakhon', 'keno', 'kano', 'kothay', 'kothai', 'kothae', 'koto', 'kato',
  'kototi', 'koyti', 'kotojon', 'koyjon', 'kotodin', 'kara', 'kar', 'kake', 'kader', 'kon', 'konti', 'kivabe',
  'kibhabe', 'kemon', 'naki', 'er', 'der', 'ebong', 'theke', 'sathe', 'shathe', 'songe', 'shonge', 'sange', 'jonno',
  'jonyo', 'niye', 'nie', 'moddhe', 'modhye', 'majhe', 'kache', 'dike', 'bishoye', 'somporke', 'na', 'nai', 'nei',
  'ei', 'eta', 'eti', 'ota', 'tini', 'tar', 'tara', 'tader', 'amra', 'ami', 'apni', 'tumi', 'keu', 'kichu', 'shob',
  'sob', 'onek', 'kono', 'jodi', 'tobe', 'kintu', 'abar', 'aro', 'ekhon', 'tokhon', 'ar', 'hoy', 'hoye', 'hobe',
  'ache', 'achhe', 'achen', 'chilo', 'chhilo', 'chilen', 'kore', 'koren', 'kora', 'korte', 'korbe', 'korche',
  'koreche', 'korechen', 'diyeche', 'diyechen', 'dieche', 'dicche', 'dey', 'deya', 'hoyeche', 'hoyechilo', 'holo',
  'gesen', 'gechen', 'geche', 'gelen', 'gelo', 'jaben', 'jabe', 'giyechilen', 'eshechen', 'esechen', 'boleche',
  'bolechen', 'bolen', 'bola', 'bole', 'janiyeche', 'janan', 'kineche', 'kine', 'shoi', 'soi', 'gotokal', 'ajke',
  'bochor', 'bochhor', 'tarikh', 'tarikhe', 'shal', 'mash', 'shoptah', 'deshe', 'desh', 'notun', 'prothom', 'dui',
  'ekti', 'duti', 'e', 'o', 'shofor', 'sofor', 'chukti', 'boithok', 'montri', 'sorkar', 'somporko', 'shomporko',
  'juddho', 'hamla', 'sena', 'rashia', 'rushia', 'bharot', 'cheen', 'juktorashtro', 'mukhopatro', 'sohojogita',
  'shohojogita', 'nishedhagga', 'banijjo', 'neta', 'hazar', 'hajar', 'koti', 'lakh',
  'te', 'porjonto', 'koy', 'koijon', 'kojon', 'somoy', 'shomoy', 'thakar',
]);

/** The romanized question words (kobe, koto, keno …): the question cues in Latin letters that are not English. */
const ROMANIZED_QUESTION_WORDS = new Set(QUESTION_CUE_WORDS.filter((w) => /^[a-z]+$/u.test(w) && !/^wh|^how$/u.test(w)));

/** Verb endings that only romanized Bengali has ("diyeche", "korechen", "giyechilen", "deshgulo"). */
const ROMANIZED_VERB_ENDING = /(?:[aeiou]chh?en?|chh?ilo|chh?ilen|iye|lam|ben|gulo|guli|gulor)$/u;
/**
 * Case endings ("rashiake", "kremliner", "moscowte"). English words end like this too ("make",
 * "water", "climate"), so they count only when what precedes them is a known name or table word.
 */
const ROMANIZED_CASE_ENDINGS = ['der', 'er', 'ke', 'te', 'ra', 'e', 'y', 'r'];

let englishContent: Map<string, boolean> | undefined;
/** Lemma keys of single-word lexicon entries → whether they are names. Built once. */
function englishWordIndex(): Map<string, boolean> {
  if (!englishContent) {
    const content = (englishContent = new Map<string, boolean>());
    const lexicon = loadLexicon();
    lexicon.entries.forEach((entry, e) => {
      if (/[\s]/u.test(entry.english)) return;
      const key = lexicon.lemmaOfEntry(e);
      // A name (an entity: "iran", "moscow") is no evidence for either language.
      const isName = kindOf(entry.category) === 'entity';
      // A key shared by a name and a common word counts as a common word.
      content.set(key, (content.get(key) ?? true) && isName);
      content.set(entry.english, (content.get(entry.english) ?? true) && isName);
    });
  }
  return englishContent;
}

/** "rashiake" = "rashia" + "ke": a romanized table word or lexicon name followed by a case ending. */
function hasNameWithCaseEnding(lower: string, index: Map<string, boolean>): boolean {
  return ROMANIZED_CASE_ENDINGS.some((ending) => {
    if (!lower.endsWith(ending) || lower.length - ending.length < 3) return false;
    const stem = lower.slice(0, -ending.length);
    return ROMANIZED_TABLE[stem] !== undefined || index.get(stem) === true;
  });
}

type WordClass = 'english-function' | 'english-content' | 'name' | 'romanized-marker' | 'romanized-ending' | 'unknown';

function classify(word: string): WordClass {
  const lower = word.toLowerCase();
  if (ROMANIZED_MARKERS.has(lower) || colloquialVerb(lower) !== undefined) return 'romanized-marker';
  if (ENGLISH_STOPWORDS.has(lower)) return 'english-function';
  const index = englishWordIndex();
  const exact = index.get(lower);
  const viaLemma = index.get(englishLemma(lower));
  const hasEnding =
    lower.length >= 5 && (ROMANIZED_VERB_ENDING.test(lower) || COLLOQUIAL_VERB_ENDING.test(lower) || hasNameWithCaseEnding(lower, index));
  // A word of both languages (taka, lakh, drone, gas) says nothing about which one the question is in.
  if (ROMANIZED_TABLE[lower] !== undefined && (exact === false || viaLemma === false)) return 'unknown';
  // A word that reaches an English entry only by the stemmer, without an English ending, is no English word (boi is not
  // "boy", koy not "koi"): an English form not listed itself is an inflection.
  const inflected = ENGLISH_INFLECTION.test(lower);
  if (exact === false || (exact === undefined && viaLemma === false && inflected)) return 'english-content';
  if (exact === true) return 'name';
  // "kremliner", "iraner": a name plus a Bengali case ending (Porter strips -er to the name).
  if (viaLemma === true) return hasEnding ? 'romanized-ending' : 'name';
  if (hasEnding) return 'romanized-ending';
  // A romanized table word that is not an English word ("rashia", "shofor").
  if (ROMANIZED_TABLE[lower] !== undefined) return 'romanized-marker';
  return 'unknown';
}

/**
 * True when a Latin-script word is a romanized Bengali word rather than English or a name:
 * a known function/question/verb word, or an unknown word with a Bengali verb/case ending.
 */
export function isRomanizedBengaliWord(word: string): boolean {
  const cls = classify(word);
  return cls === 'romanized-marker' || cls === 'romanized-ending';
}

const BENGALI_LETTER = /[\u0980-\u09FF]/u;
const LATIN_WORD = /[A-Za-z][A-Za-z'’-]*/gu;

/**
 * Language of a question: 'bn' (Bengali script only), 'mixed' (Bengali script and Latin words),
 * else 'romanized' or 'en' by weighing romanized-Bengali against English word evidence.
 * Text with only names or no words defaults to 'en'.
 */
export function detectLanguage(text: string): DetectedLanguage {
  const normalized = text.normalize('NFC');
  const hasBengali = BENGALI_LETTER.test(normalized);
  const latinWords = normalized.match(LATIN_WORD) ?? [];
  if (hasBengali) return latinWords.length > 0 ? 'mixed' : 'bn';
  let romanized = 0;
  let english = 0;
  let functionWords = 0;
  let asksInBengali = false;
  for (const word of latinWords) {
    switch (classify(word)) {
      case 'romanized-marker': romanized += 2; break;
      case 'romanized-ending': romanized += 1; break;
      case 'english-function': english += 2; functionWords++; break;
      case 'english-content': english += 1; break;
      default: break;
    }
    if (ROMANIZED_QUESTION_WORDS.has(word.toLowerCase())) asksInBengali = true;
  }
  // A Bengali question word with no English function word is romanized Bengali, however many English nouns it borrows
  // ("putin new world order keno banate chay"): an English question has its what, the or did.
  if (asksInBengali && functionWords === 0) return 'romanized';
  return romanized > english ? 'romanized' : 'en';
}
