/**
 * Deterministic synthetic Bengali news corpora of any size, for the scaling benchmark.
 *
 * Copying the five seed articles N times would be useless: every term would have the same document frequency, the
 * vocabulary would stop growing after the first copy, and posting lists would be N identical entries — nothing like a
 * year of news. Instead the generator recombines the seeds' REAL Bengali sentences at the clause and word level and
 * mixes in fresh names, places, numbers and words, so term statistics behave like a growing news archive:
 *
 * 1. Clauses. Every seed passage (as `buildCorpus` cuts it) is split at commas, semicolons and sentence marks into
 *    clauses of ≥ 3 words (quotation marks removed so no quote spans sentences). A synthetic sentence joins 1–3 random
 *    clauses with ", " and ends with "।", so grammar, function words and phrase shapes are those of real Bengali news.
 * 2. Word substitution with Zipf/Heaps statistics. Each clause word is replaced with probability WORD_SWAP by a draw from a
 *    Pitman–Yor process (discount 0.65, concentration 500) primed with the seeds' own word counts: a draw reuses a known
 *    word with probability ∝ (count − discount) — frequent words stay frequent, a Zipf-like rank/frequency curve — or
 *    coins a new pseudo-word (2–4 Bengali consonant+vowel-sign syllables plus an inflection such as -এর, -কে, -তে) with
 *    probability ∝ (500 + 0.65·types). The vocabulary therefore keeps growing like n^0.65 (Heaps' law), as real corpora do:
 *    measured, 1k passages → 3.5k distinct words, 10k → 16k, 100k → 77k (2.7M tokens), two thirds of them hapaxes.
 * 3. Names and places. Each article has a small "cast": 2–4 people (title + given name + surname) and 1–3 places, drawn by
 *    Zipf rank (s = 1.1) from all given-name × surname pairs and the place list, so a few names dominate the archive and
 *    thousands appear rarely. Sentences start with a cast member (60 %), name a place (30 %) and carry a number — a
 *    year, a count, a date — in Bengali digits (35 %); digits inside seed clauses are redrawn too.
 * 4. Articles. 10–40 sentences in paragraphs of 1–4 sentences, under a headline made from 4–8 words of one of its
 *    sentences (no final mark, so it reads as a title line), ids `syn-000001`, … in order.
 *
 * The same (seed sentences, passage target, PRNG seed) always yields the same corpus (mulberry32). The passage target
 * is met approximately: the corpus loader cuts sentences itself, so callers report `corpus.passages.length`.
 */
import type { RawArticle } from '../corpus/read.js';
import { mulberry32, Sampler, ZipfTable } from './prng.js';

/** Probability that a clause word is replaced by a Pitman–Yor draw. */
const WORD_SWAP = 0.35;
const PY_DISCOUNT = 0.65;
const PY_CONCENTRATION = 500;

const TITLES = ['প্রেসিডেন্ট', 'প্রধানমন্ত্রী', 'পররাষ্ট্রমন্ত্রী', 'মুখপাত্র', 'রাষ্ট্রদূত', 'মন্ত্রী', 'সেনাপ্রধান', 'উপদেষ্টা', 'গভর্নর', 'বিশ্লেষক'];
const GIVEN_NAMES = [
  'আহমদ', 'আলী', 'হাসান', 'মাহমুদ', 'রহিম', 'করিম', 'সেলিম', 'জামাল', 'ফরিদ', 'নাসির', 'ইমরান', 'তারিক', 'রশিদ', 'সাঈদ',
  'মোহাম্মদ', 'আব্বাস', 'জাভেদ', 'মেহদি', 'হোসেইন', 'রেজা', 'আলেক্সেই', 'সের্গেই', 'দিমিত্রি', 'ইভান', 'নিকোলাই', 'মিখাইল',
  'ভ্লাদিমির', 'আন্দ্রেই', 'ইউরি', 'বরিস', 'জন', 'ডেভিড', 'মাইকেল', 'রবার্ট', 'উইলিয়াম', 'জেমস', 'অ্যান্থনি', 'মারিয়া',
  'এলেনা', 'ফাতেমা', 'আয়েশা', 'নাজনীন', 'শিরিন', 'লায়লা', 'সোফিয়া', 'আনা', 'ওলগা', 'জারা', 'নূর', 'সামিরা',
];
const SURNAMES = [
  'চৌধুরী', 'রহমান', 'হোসেন', 'খান', 'আহমেদ', 'ইসলাম', 'সিদ্দিকী', 'তালুকদার', 'মজুমদার', 'ভট্টাচার্য', 'রেজায়ি',
  'মোহাম্মদি', 'হোসেইনি', 'জাফারি', 'কারিমি', 'মুসাভি', 'রাহিমি', 'নাজাফি', 'ইভানভ', 'পেত্রভ', 'স্মিরনভ', 'কুজনেৎসভ',
  'পোপভ', 'সোকোলভ', 'লেবেদেভ', 'কোজলভ', 'নোভিকভ', 'মোরোজভ', 'ভলকভ', 'স্মিথ', 'জনসন', 'উইলিয়ামস', 'ব্রাউন', 'জোন্স',
  'মিলার', 'ডেভিস', 'উইলসন', 'টেলর', 'আনোয়ার', 'কাজমি',
];
const PLACES = [
  'তেহরান', 'মস্কো', 'ঢাকা', 'দিল্লি', 'বেইজিং', 'ওয়াশিংটন', 'লন্ডন', 'প্যারিস', 'বার্লিন', 'আঙ্কারা', 'দোহা', 'রিয়াদ',
  'দামেস্ক', 'বাগদাদ', 'কাবুল', 'ইসলামাবাদ', 'কিয়েভ', 'মিনস্ক', 'পিয়ংইয়ং', 'কায়রো', 'জেনেভা', 'ভিয়েনা', 'কাজান',
  'ইস্পাহান', 'মাশহাদ', 'তাবরিজ', 'সেন্ট পিটার্সবার্গ', 'সোচি', 'আস্তানা', 'বাকু', 'ইয়েরেভান', 'তিবিলিসি', 'আশগাবাত',
  'তাসখন্দ', 'দুশানবে', 'বিশকেক', 'মাস্কাট', 'আবুধাবি', 'বৈরুত', 'আম্মান',
];
const NUMBER_UNITS = ['সালে', 'জন', 'কোটি ডলার', 'শতাংশ', 'দিন', 'কিলোমিটার', 'টি', 'মিলিয়ন'];
const MONTHS = ['জানুয়ারি', 'ফেব্রুয়ারি', 'মার্চ', 'এপ্রিল', 'মে', 'জুন', 'জুলাই', 'আগস্ট', 'সেপ্টেম্বর', 'অক্টোবর', 'নভেম্বর', 'ডিসেম্বর'];
const CONSONANTS = [...'কখগঘচছজঝটঠডঢতথদধনপফবভমযরলশষসহ'];
const VOWEL_SIGNS = ['', '', 'া', 'ি', 'ী', 'ু', 'ে', 'ো'];
const INFLECTIONS = ['', '', '', 'ের', 'কে', 'তে', 'রা', 'গুলো', 'ে'];
const BENGALI_DIGITS = '০১২৩৪৫৬৭৮৯';

/** Writes a non-negative integer in Bengali digits. */
export function bengaliNumber(n: number): string {
  return String(n).replace(/\d/g, (d) => BENGALI_DIGITS[Number(d)]!);
}

/** Splits seed sentences into clauses of at least three words, quotation marks removed. */
export function clausesOf(sentences: readonly string[]): string[][] {
  const clauses: string[][] = [];
  for (const s of sentences) {
    for (const part of s.replace(/[“”‘’"'«»]/g, ' ').split(/\s*[,;:।!?|]+\s*/u)) {
      const words = part.split(/\s+/).filter((w) => /\p{L}/u.test(w));
      if (words.length >= 3) clauses.push(words);
    }
  }
  return clauses;
}

/**
 * A Pitman–Yor word source primed with the seed vocabulary. Existing words are drawn exactly ∝ (count − discount) by
 * picking a uniform past token (∝ count) and accepting it with probability (count − discount)/count.
 */
class PitmanYorWords {
  private readonly counts = new Map<string, number>();
  private readonly history: string[] = [];

  constructor(
    private readonly rng: Sampler,
    prime: Iterable<string>,
  ) {
    for (const w of prime) this.add(w);
  }

  private add(word: string): void {
    this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
    this.history.push(word);
  }

  draw(): string {
    const n = this.history.length;
    const pNew = (PY_CONCENTRATION + PY_DISCOUNT * this.counts.size) / (n + PY_CONCENTRATION);
    let word: string | undefined;
    if (this.rng.chance(pNew)) {
      do word = this.coin();
      while (this.counts.has(word));
    } else {
      for (;;) {
        const candidate = this.history[Math.floor(this.rng.next() * n)]!;
        const c = this.counts.get(candidate)!;
        if (this.rng.chance((c - PY_DISCOUNT) / c)) {
          word = candidate;
          break;
        }
      }
    }
    this.add(word);
    return word;
  }

  /** A new pseudo-word: 2–4 Bengali syllables and an optional inflection. */
  private coin(): string {
    let w = '';
    for (let i = this.rng.int(2, 4); i > 0; i--) w += this.rng.pick(CONSONANTS) + this.rng.pick(VOWEL_SIGNS);
    return w + this.rng.pick(INFLECTIONS);
  }
}

export interface SyntheticOptions {
  /** Approximate number of sentences (passages) to generate. */
  passages: number;
  /** PRNG seed; the same seed gives the same corpus. */
  seed?: number;
}

/**
 * Generates synthetic articles from real seed sentences (see the file header for the method). `seedSentences` should be
 * the seed corpus's passage texts.
 */
export function generateSyntheticArticles(seedSentences: readonly string[], options: SyntheticOptions): RawArticle[] {
  const rng = new Sampler(mulberry32(options.seed ?? 20250117));
  const clauses = clausesOf(seedSentences);
  if (clauses.length === 0) throw new Error('synthetic corpus: no clauses in the seed sentences');
  const words = new PitmanYorWords(rng, clauses.flat());
  const people = GIVEN_NAMES.flatMap((g) => SURNAMES.map((s) => `${g} ${s}`));
  // Shuffle once so Zipf rank is not alphabetical (deterministic: same seed, same order).
  for (let i = people.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [people[i], people[j]] = [people[j]!, people[i]!];
  }
  const personRank = new ZipfTable(people.length, 1.1);
  const placeRank = new ZipfTable(PLACES.length, 1.1);

  const number = (): string => {
    const kind = rng.int(0, 2);
    if (kind === 0) return `${bengaliNumber(rng.int(1990, 2025))} সালে`;
    if (kind === 1) return `${bengaliNumber(rng.int(1, 28))} ${rng.pick(MONTHS)}`;
    return `${bengaliNumber(Math.floor(10 ** (rng.next() * 5)))} ${rng.pick(NUMBER_UNITS)}`;
  };
  const clause = (): string =>
    rng
      .pick(clauses)
      .map((w) => (/[০-৯0-9]/.test(w) && rng.chance(0.5) ? bengaliNumber(rng.int(1, 2030)) : rng.chance(WORD_SWAP) ? words.draw() : w))
      .join(' ');

  const articles: RawArticle[] = [];
  let made = 0;
  while (made < options.passages) {
    const cast = Array.from({ length: rng.int(2, 4) }, () => `${rng.pick(TITLES)} ${people[personRank.rank(rng.next())]}`);
    const places = Array.from({ length: rng.int(1, 3) }, () => PLACES[placeRank.rank(rng.next())]!);
    const count = Math.min(rng.int(10, 40), Math.max(1, options.passages - made));
    const sentences: string[] = [];
    for (let i = 0; i < count; i++) {
      const parts: string[] = [];
      if (rng.chance(0.6)) parts.push(rng.pick(cast));
      if (rng.chance(0.3)) parts.push(`${rng.pick(places)}-এ`);
      if (rng.chance(0.35)) parts.push(number());
      const body = Array.from({ length: rng.int(1, 3) }, clause).join(', ');
      sentences.push(`${[...parts, body].join(' ')}।`);
    }
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; ) {
      const n = rng.int(1, 4);
      paragraphs.push(sentences.slice(i, i + n).join(' '));
      i += n;
    }
    const headWords = rng.pick(sentences).replace(/[।,]/g, '').split(' ');
    const title = headWords.slice(0, rng.int(4, 8)).join(' ');
    articles.push({ id: `syn-${String(articles.length + 1).padStart(6, '0')}`, source: `${title}\n\n${paragraphs.join('\n\n')}\n` });
    made += count;
  }
  return articles;
}
