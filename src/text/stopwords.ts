/**
 * A deliberately SHORT list of Bengali function words, in normalised form (য় decomposed).
 *
 * Published Bengali stopword lists contain content words that matter here — উত্তর ("North", as in
 * উত্তর কোরিয়া) and কেন (the name Ken) among them — so we curate our own. Question words
 * (কবে, কে, কী, কি, কোথায়, কত, কেন, কখন, কোন, কীভাবে …) are NOT stopwords: the query layer
 * interprets them. The check runs on the UNSTEMMED normalised token (stemming would turn
 * e.g. নিজেদের into নিজ and could collide with content words).
 */
import { normalize } from './normalize.js';

const WORDS = [
  // conjunctions, particles
  'ও', 'এবং', 'আর', 'বা', 'কিন্তু', 'তবে', 'যে', 'যদি', 'তাই', 'তো', 'না', 'নয়', 'নি', 'ই', 'আরও', 'এমনকি',
  // demonstratives, determiners
  'এ', 'এই', 'ওই', 'সেই', 'এটি', 'এটা', 'সেটি', 'সেটা', 'এর', 'একটি', 'একটা', 'এসব', 'সেসব', 'যেসব',
  // demonstrative adverbs of place: "যেসব স্কুলে রান্নাঘর নাই সেখানে …" asks about the schools, not about "there"
  'সেখানে', 'এখানে', 'যেখানে',
  // pronouns
  'তিনি', 'তাঁর', 'তার', 'তাঁকে', 'তাকে', 'তারা', 'তাঁরা', 'তাদের', 'তাঁদের', 'সে', 'তা', 'যা', 'যার', 'যিনি', 'যারা',
  'আমি', 'আমরা', 'আমাদের', 'আমার', 'আপনি', 'আপনার', 'আপনাদের', 'নিজে', 'নিজের', 'নিজেদের',
  // postpositions
  'জন্য', 'থেকে', 'সঙ্গে', 'সাথে', 'মধ্যে', 'দিয়ে', 'নিয়ে', 'কাছে', 'প্রতি', 'উপর', 'ওপর', 'পর্যন্ত', 'হিসেবে', 'হিসাবে',
  'অনুযায়ী', 'অনুসারে',
  // … and as phones type them (ভাতা নিয়া কী বলছেন = ভাতা নিয়ে; থাইকা = থেকে, লগে = সঙ্গে, লাইগা = জন্য)
  'নিয়া', 'থাইকা', 'লগে', 'লাইগা',
  // copulas and light verbs
  'হয়', 'হয়েছে', 'হয়েছিল', 'হয়ে', 'হচ্ছে', 'হবে', 'হলে', 'হলো', 'হল', 'ছিল', 'ছিলেন', 'ছিলো', 'আছে', 'আছেন', 'রয়েছে', 'রয়েছেন',
  'হন', 'হননি', 'হয়নি', 'হয়েছেন', 'হয়েছিলেন', 'হতে', 'হচ্ছেন', 'হবেন', 'হলেন',
  // the same copula in its colloquial spelling, common in typed questions (হইছে = হয়েছে)
  'হইছে', 'হইছিল', 'হইছিলো', 'হইবে', 'হইবো', 'হইল', 'হইলো',
  'করে', 'করা', 'করেন', 'করেছে', 'করেছেন', 'করতে', 'করবে', 'করবেন',
  'করছে', 'করছেন', 'করেছিল', 'করেছিলেন', 'করলেন', 'করল', 'করলো',
  // modal "can / may" (হতে পারে): says how sure the asker is, not what the question is about
  'পারে', 'পারেন', 'পারবে', 'পারবেন',
  'বলে', 'বলেন', 'বলেছে', 'বলেছেন', 'জানান',
  // adverbs of degree / approximation
  'প্রায়', 'বেশ', 'খুব', 'এত', 'এতো',
] as const;

/** Normalised Bengali function words. Never contains content words or question words. */
export const BENGALI_STOPWORDS: ReadonlySet<string> = new Set(WORDS.map((w) => normalize(w)));

/** True when the UNSTEMMED normalised token is a function word to leave out of the index. */
export function isStopword(norm: string): boolean {
  return BENGALI_STOPWORDS.has(norm);
}
