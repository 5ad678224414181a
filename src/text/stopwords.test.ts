import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.js';
import { BENGALI_STOPWORDS, isStopword } from './stopwords.js';

describe('BENGALI_STOPWORDS', () => {
  it('contains common function words, checked on the normalised unstemmed token', () => {
    for (const w of ['ও', 'এবং', 'এ', 'এই', 'সেই', 'যে', 'করে', 'হয়', 'হয়েছে', 'জন্য', 'থেকে', 'সঙ্গে', 'সাথে', 'মধ্যে', 'তার', 'তাদের']) {
      expect(isStopword(normalize(w)), w).toBe(true);
    }
  });

  it('holds the postpositions and the article as phones type them (নিয়া = নিয়ে, থাইকা = থেকে, একটা = একটি)', () => {
    for (const w of ['নিয়া', 'থাইকা', 'লগে', 'লাইগা', 'একটা']) expect(isStopword(normalize(w)), w).toBe(true);
  });

  it('holds the colloquial copula (হইছে) and the demonstratives of place', () => {
    for (const w of ['হইছে', 'হইবে', 'যেসব', 'সেখানে', 'এখানে', 'আছেন']) expect(isStopword(normalize(w)), w).toBe(true);
  });

  it('holds the adverbs of degree (খুব, এত: "why so worried" asks about the worry)', () => {
    for (const w of ['প্রায়', 'খুব', 'বেশ', 'এত', 'এতো']) expect(isStopword(normalize(w)), w).toBe(true);
  });

  it('matches whichever way য় was typed', () => {
    expect(isStopword(normalize('হ\u09DFেছে'))).toBe(true);
  });

  it('never contains content words from published lists (উত্তর = North, কেন = Ken)', () => {
    for (const w of ['উত্তর', 'কেন', 'রাশিয়া', 'চুক্তি', 'প্রেসিডেন্ট', 'দেশ']) expect(isStopword(normalize(w)), w).toBe(false);
  });

  it('leaves question words to the query layer', () => {
    for (const w of ['কবে', 'কে', 'কী', 'কি', 'কোথায়', 'কত', 'কখন', 'কোন', 'কীভাবে', 'কিভাবে', 'কার']) {
      expect(isStopword(normalize(w)), w).toBe(false);
    }
  });

  it('is short and stored in normalised form', () => {
    expect(BENGALI_STOPWORDS.size).toBeLessThan(140);
    for (const w of BENGALI_STOPWORDS) expect(normalize(w)).toBe(w);
  });
});
