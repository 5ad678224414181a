import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeTerms } from '../text/analyze.js';
import { asks, continues, CUE, holdsAnswerType, holdsList, LIST, listItemTerms, namedOnlyAsAddressee, readCues, refersBack, statesCount, statesMoney } from './cues.js';

/** Does a sentence, read alone, carry the cue `bit`? */
const carries = (bit: number) => (sentence: string) => (readCues(sentence, undefined) & bit) !== 0;

describe('cues', () => {
  it('tells a sentence that refers back to the one before', () => {
    expect(refersBack('তিনি বলেন, আলোচনা ভালো হয়েছে।')).toBe(true);
    expect(refersBack('প্রতিষ্ঠানটির প্রধান নির্বাহী বিবৃতি দেন।')).toBe(true);
    expect(refersBack('একটি চুক্তি সই হয়েছে।')).toBe(false);
    expect(refersBack('কয়েকটি অংশ ডুবে গেছে।')).toBe(false);
    expect(refersBack('৫টি জেলায় বন্যা।')).toBe(false);
  });

  it('tells a sentence that carries on from the one before, or a question the text goes on to answer', () => {
    expect(continues('মন্ত্রী সফরে গেছেন।', 'সেই সফরে তিনি বৈঠক করবেন।')).toBe(true);
    expect(continues('বাংলাদেশ জিতেছে।', 'এই জয়ে সিরিজ নিশ্চিত হলো।')).toBe(true);
    expect(continues('তবে কেন রপ্তানি কমল?', 'ব্যবসায়ীরা বলছেন, জট দায়ী।')).toBe(true);
    expect(continues('দুই প্রেসিডেন্ট ফোনে কথা বলেছেন।', 'বিবৃতিতে বলা হয়েছে, বাণিজ্য নিয়ে আলোচনা করেছেন তারা।')).toBe(true);
    expect(continues('বাংলাদেশ জিতেছে।', 'এরপর দল দেশে ফিরবে।')).toBe(false);
    expect(asks('কেন কমল?')).toBe(true);
    expect(asks('কমেছে।')).toBe(false);
  });

  it('tells whether a sentence holds the kind of answer asked for', () => {
    expect(holdsAnswerType('when', 'শুক্রবার তিনি পৌঁছান।')).toBe(true);
    expect(holdsAnswerType('how_many', '১৮ হাজার দর্শক ছিলেন।')).toBe(true);
    expect(holdsAnswerType('how_many', 'নৌকায় স্কুলে যেতে দেড় ঘণ্টা লাগে।')).toBe(true); // one and a half, without a digit
    expect(holdsAnswerType('how_many', 'মেলাটি আড়াই শ বছর ধরে হচ্ছে।')).toBe(true);
    expect(holdsAnswerType('when', 'তিনি পৌঁছান।')).toBe(false);
    expect(holdsAnswerType('source', 'সূত্র: আল জাজিরা')).toBe(true);
    expect(holdsAnswerType('source', 'খবর রয়টার্সের।')).toBe(true);
    expect(holdsAnswerType('source', 'রাষ্ট্রীয় বার্তা সংস্থা তাস জানিয়েছে, বৈঠক হয়েছে।')).toBe(true);
    expect(holdsAnswerType('source', 'খবর পেয়ে পুলিশ ঘটনাস্থলে যায়।')).toBe(false);
    expect(holdsAnswerType('source', 'কালবেলা ডেস্ক')).toBe(true); // a byline
    expect(holdsAnswerType('source', 'নিজস্ব প্রতিবেদক, কুষ্টিয়া')).toBe(true);
    expect(holdsAnswerType('source', 'জেলা প্রশাসনের একজন প্রতিনিধি সভায় বলেন, কাজ চলছে।')).toBe(false);
    expect(holdsAnswerType('published', 'প্রকাশ : ১৮ জানুয়ারি ২০২৫, ১০:০৮ এএম')).toBe(true);
    expect(holdsAnswerType('published', 'আপডেট: ১৮ জানুয়ারি ২০২৫')).toBe(true);
    expect(holdsAnswerType('published', 'ফল প্রকাশ করা হবে ২০ জানুয়ারি।')).toBe(false); // a date in the story
    // whole words only: মে inside মেট্রো or মেয়র is no month, তিন inside তিনি no number, আজ inside আজম no day
    expect(holdsAnswerType('when', 'মেয়র মেট্রোরেলে চড়লেন।')).toBe(false);
    expect(holdsAnswerType('when', 'আজম খান বললেন।')).toBe(false);
    expect(holdsAnswerType('when', 'মার্চে শুরু হয়ে গত সপ্তাহে শেষ হয়।')).toBe(true);
    expect(holdsAnswerType('when', 'চাহিদাপত্র গত জানুয়ারিতে পাঠানো হয়েছে।')).toBe(true); // a month in the locative -তে
    expect(holdsAnswerType('how_many', 'তিনি প্রচার শেষে আটক হন।')).toBe(false);
    expect(holdsAnswerType('how_many', 'দুজন নিহত, তিনজন আহত।')).toBe(true);
    expect(holdsAnswerType('how_many', 'আদালত চারজনকে মৃত্যুদণ্ড দিয়েছেন।')).toBe(true); // a count in the objective case
    expect(holdsAnswerType('how_many', 'এটা সত্য নয়।')).toBe(false); // নয় is "is not"
  });

  it('tells a list of three or more from a sentence with a comma', () => {
    const list = carries(CUE.LIST);
    expect(list('দুই নেতা বাণিজ্য, বিনিয়োগ, পরিবহন ও লজিস্টিকস নিয়ে কথা বলেছেন।')).toBe(true);
    expect(list('Leaders of Kazakhstan, Kyrgyzstan and Tajikistan attended.')).toBe(true);
    expect(list('তিনি বলেন, আলোচনা ভালো হয়েছে।')).toBe(false);
  });

  it('tells a sentence that gives a cause', () => {
    const cause = carries(CUE.CAUSE);
    expect(cause('ফায়ার সার্ভিস জানায়, বৈদ্যুতিক শর্টসার্কিট থেকে আগুনের সূত্রপাত।')).toBe(true);
    expect(cause('ভারতের রপ্তানি শুল্ককে দাম বাড়ার জন্য দায়ী করছেন ব্যবসায়ীরা।')).toBe(true);
    expect(cause('বৃষ্টি না হওয়ায় ফলন কমেছে।')).toBe(true);
    expect(cause('মার্কেটে আগুনে ২০০টি দোকান পুড়ে গেছে।')).toBe(false);
    // any verbal noun in the locative, not only the listed ones; a place in the locative is none
    expect(cause('ব্যাংকগুলো ঋণপত্র খুলতে না পারায় আর কোনো জাহাজ আসেনি।')).toBe(true);
    expect(cause('সড়ক খোলায় যানজট কমেছে।')).toBe(true);
    expect(cause('ঢাকায় বৈশাখী মেলায় ভিড় বেড়েছে।')).toBe(false);
    // in the wake of, the defence's argument, played a part
    expect(cause('টাকা নিয়ে বিরোধের জের ধরে এ হত্যাকাণ্ড ঘটে।')).toBe(true);
    expect(cause('আসামিপক্ষের যুক্তি, তিনি ১১ মাস ধরে কারাগারে আছেন।')).toBe(true);
    expect(cause('নিরাপদ পানির সুযোগ খর্বতা কমাতে ভূমিকা রেখেছে।')).toBe(true);
    // with the emphatic -ই, on the charge of, under the pressure of
    expect(cause('শেষ মুহূর্তে রক্ষণে মনোযোগ হারানোর কারণেই জয় হাতছাড়া হয়েছে।')).toBe(true);
    expect(cause('কানে ইলেকট্রনিক ডিভাইস ব্যবহারের দায়ে দুই পরীক্ষার্থীকে আটক করা হয়েছে।')).toBe(true);
    expect(cause('চ্যানেলগুলো বিজ্ঞাপনের চাপে নাটক টেনে লম্বা করে।')).toBe(true);
  });

  it('tells a sentence that names a person by a title or a common family name', () => {
    const person = carries(CUE.PERSON);
    expect(person('প্রথম হয়েছেন নটর ডেম কলেজের শিক্ষার্থী তাসনিম আহমেদ রাফি।')).toBe(true);
    expect(person('অভিযানের নেতৃত্ব দেন ম্যাজিস্ট্রেট ফারজানা ইয়াসমিন রুম্পা।')).toBe(true);
    expect(person('অধ্যাপক ড. হাফিজুর রহমানের নেতৃত্বে কমিটি গঠিত হয়।')).toBe(true);
    // a foreign name, known by the role it follows
    expect(person('গবেষণার নেতৃত্ব দেন জ্যোতির্বিদ নালেদি মোকোয়েনা।')).toBe(true);
    expect(person('প্রতিষ্ঠানটির ব্যবস্থাপনা পরিচালক সাবরিনা হলোওয়ে জানান, কাজ চলছে।')).toBe(true);
    // words that are also names elsewhere but not here: the government, a verdict
    expect(person('সরকারের সিদ্ধান্তে দাম বেড়েছে।')).toBe(false);
    expect(person('আদালত রায় দিয়েছেন।')).toBe(false);
  });

  it('tells a sentence that reports what someone said', () => {
    const speech = carries(CUE.SPEECH);
    expect(speech('পেজেশকিয়ান বলেন, দুই দেশের সম্পর্ক আরও দৃঢ় হবে।')).toBe(true);
    expect(speech('মন্ত্রী এ কথা বলেছেন।')).toBe(true);
    expect(speech('তাস জানিয়েছে, বৈঠক দুই ঘণ্টা চলে।')).toBe(true);
    expect(speech('আগামী সপ্তাহে সভা হবে বলে জানান তিনি।')).toBe(true);
    expect(speech('তিনি বলেন “এখন আমাদের অনেক সুযোগ আছে”।')).toBe(true);
    // জানান with an object is "invited", not "said"; বলে alone is "that" or "because"; a word inside another is none
    expect(speech('পুতিন ইরানি নেতাকে রাশিয়া সফরের আমন্ত্রণ জানান।')).toBe(false);
    expect(speech('বৃষ্টি হবে বলে আশঙ্কা করা হচ্ছে।')).toBe(false);
    expect(speech('বলেনসহ কয়েকজন খেলোয়াড় দলে ফিরেছেন।')).toBe(false);
  });
});

describe('statesMoney', () => {
  it('reads an amount in taka, dollars or any of the currencies reports from abroad state prices and fines in', () => {
    const money = (sentence: string) => statesMoney(analyzeTerms(sentence));
    expect(money('টিকিটের দাম ৫০০ টাকা।')).toBe(true);
    expect(money('প্রত্যেক জেলেকে ২০ লাখ উগান্ডান শিলিং জরিমানা দিয়ে ছাড়া পেতে হয়।')).toBe(true);
    expect(money('কোপরার দাম কেজিতে ৩৮ পেসো থেকে নেমে ২৯ পেসোতে দাঁড়িয়েছে।')).toBe(true);
    expect(money('প্রকল্পে খরচ হয়েছে ৮৫০ কোটি ক্রোনার।')).toBe(true);
    expect(money('বাড়িটি বছরে ৯০ দিনের বেশি ভাড়া দেওয়া যাবে না।')).toBe(false);
    expect(money('মার্কিন প্রতিনিধিদল ৩ দিন থাকবে।')).toBe(false); // the মার্কিন of মার্কিন ডলার
  });
});

describe('statesCount', () => {
  it('reads a number after what is counted across an approximator or "only" (শয্যা মাত্র ৪০টি, নিহত অন্তত ৯ জন)', () => {
    const beds = new Set(analyzeTerms('শয্যা'));
    expect(statesCount(analyzeTerms('ডেঙ্গু ওয়ার্ডে শয্যা মাত্র ৪০টি, কিন্তু রোগী বেশি।'), beds)).toBe(true);
    expect(statesCount(analyzeTerms('হাসপাতালে শয্যা সংকট তীব্র, রোগী ৪০ জন।'), beds)).toBe(false);
  });

  it('reads the member count of a body as counting it (১৫ সদস্যের দল, পাঁচ সদস্যবিশিষ্ট দল)', () => {
    const team = new Set(analyzeTerms('দল'));
    expect(statesCount(analyzeTerms('বিশ্বকাপের জন্য ১৫ সদস্যের দল ঘোষণা করেছে বিসিবি।'), team)).toBe(true);
    expect(statesCount(analyzeTerms('পাঁচ সদস্যবিশিষ্ট দল কাজ করছে।'), team)).toBe(true);
  });

  it('reads a number with its classifier as counting the noun a word or two on (২১টি বিপন্ন কালো গন্ডার)', () => {
    const rhinos = new Set(analyzeTerms('গন্ডার'));
    expect(statesCount(analyzeTerms('কর্তৃপক্ষ ২১টি বিপন্ন কালো গন্ডারকে সরিয়ে নিচ্ছে।'), rhinos)).toBe(true);
    // (a bare number three words before is not its count; nor is one without a classifier two words before)
    expect(statesCount(analyzeTerms('২১টি জেলার বিপন্ন কালো গন্ডার নিয়ে জরিপ।'), rhinos)).toBe(false);
    expect(statesCount(analyzeTerms('২০২৪ সালের কালো গন্ডার জরিপ।'), rhinos)).toBe(false);
  });

  it('reads the সংখ্যা, "number", of what is counted as its count (জিরাফের সংখ্যা দাঁড়াল ১১টিতে)', () => {
    const giraffes = new Set(analyzeTerms('জিরাফ'));
    expect(statesCount(analyzeTerms('নতুন শাবকটিসহ পার্কে জিরাফের সংখ্যা দাঁড়াল ১১টিতে।'), giraffes)).toBe(true);
    const jobless = new Set(analyzeTerms('বেকার'));
    expect(statesCount(analyzeTerms('দেশে বেকার মানুষের সংখ্যা বেড়ে ২৭ লাখ ৪০ হাজারে দাঁড়িয়েছে।'), jobless)).toBe(true);
    // (a number too far on, or a সংখ্যা with no number, counts nothing)
    expect(statesCount(analyzeTerms('জিরাফের সংখ্যা বাড়াতে আগামী অর্থবছরে দক্ষিণ আফ্রিকা থেকে আরও দুটি আনা হবে।'), giraffes)).toBe(false);
    expect(statesCount(analyzeTerms('জিরাফের সংখ্যা নিয়ে উদ্বেগ আছে।'), giraffes)).toBe(false);
  });

  it('tells a person spoken to from the speaker (পুতিন পেজেশকিয়ানকে বলেন)', () => {
    const [pezeshkian] = analyzeTerms('পেজেশকিয়ান');
    const namesOnlyAsAddressee = (text: string, term: string) => namedOnlyAsAddressee(text).has(term);
    expect(namesOnlyAsAddressee('পুতিন পেজেশকিয়ানকে বলেন যে অবস্থান কাছাকাছি।', pezeshkian!)).toBe(true);
    expect(namesOnlyAsAddressee('পেজেশকিয়ান বলেন, আমাদের অনেক সুযোগ আছে।', pezeshkian!)).toBe(false);
    expect(namesOnlyAsAddressee('পেজেশকিয়ানকে পুতিন বলেন, পেজেশকিয়ান পরে জবাব দেন।', pezeshkian!)).toBe(false);
    expect(namesOnlyAsAddressee('পুতিন বলেন, সম্পর্ক ভালো।', pezeshkian!)).toBe(false); // not named at all
  });

  it('reads a span of time as a date when it dates something, not when it describes a thing (২০ বছরের চুক্তি)', () => {
    const dated = carries(CUE.DATE);
    expect(dated('৩ দিন আগে তিনি ঢাকায় আসেন।')).toBe(true);
    expect(dated('১৫ দিনের মধ্যে প্রতিবেদন দিতে হবে।')).toBe(true);
    expect(dated('20 বছরের রাশিয়া-ইরান চুক্তিতে প্রতিরক্ষা ধারা নেই।')).toBe(false);
  });

  it('reads a clock time after a part of the day as a time (রাত ১০টা থেকে ভোর ৫টা), not a count with টা', () => {
    const dated = carries(CUE.DATE);
    expect(dated('স্বেচ্ছাসেবকেরা রাত ১০টা থেকে ভোর ৫টা পর্যন্ত সৈকতে টহল দেন।')).toBe(true);
    expect(dated('চৌকিটি সকাল সাড়ে ৮টা থেকে খোলা থাকবে।')).toBe(true);
    expect(dated('তিনি হাট থেকে ৫টা গরু কিনেছেন।')).toBe(false);
    expect(dated('খামারে ১০টা হাঁস আছে।')).toBe(false);
  });
});

describe('listItemTerms', () => {
  it('reads the items of a list, not its lead-in words, nor what follows its last item', () => {
    const items = listItemTerms('বিশেষ করে ইরান, উত্তর কোরিয়া ও চীনের সঙ্গে রাশিয়ার সামরিক সহযোগিতা বাড়ছে।');
    for (const t of analyzeTerms('ইরান উত্তর কোরিয়া চীন')) expect(items).toContain(t);
    for (const t of analyzeTerms('বিশেষ রাশিয়া সহযোগিতা')) expect(items).not.toContain(t);
    expect(listItemTerms('দুই দেশ খাদ্য ও ওষুধ নিয়ে কথা বলেছে।')).toEqual([]); // two things joined by ও: no list
  });
});


describe('holdsList', () => {
  const sameAsRegex = (s: string) => expect(holdsList(s), JSON.stringify(s)).toBe(LIST.test(s));

  it('says what the LIST regex says, on every sentence of the seeds and the archive', () => {
    const dirs = ['seeds', 'test/fixtures/archive-corpus'];
    let lists = 0;
    for (const dir of dirs) {
      for (const file of readdirSync(dir)) {
        for (const sentence of readFileSync(join(dir, file), 'utf8').normalize('NFC').split(/(?<=[।?!\n])/u)) {
          sameAsRegex(sentence);
          if (LIST.test(sentence)) lists++;
        }
      }
    }
    expect(lists).toBeGreaterThan(1_000); // the corpus holds lists, so both answers were checked
  });

  it('says what the LIST regex says on random strings of separators, spaces, conjunctions and letters', () => {
    const piece = fc.constantFrom(',', '،', '।', ' ', '  ', 'ও', ' ও ', ' এবং ', ' আর ', ' and ', 'ক', 'খগ', 'x', 'abcdefghij', 'কখগঘঙচছজঝঞ');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      sameAsRegex(parts.join(''));
    }), { numRuns: 3_000 });
    // fields of every length around the regex's bounds (2 and 40), with leading spaces and a tail or not
    const field = fc.record({
      separator: fc.constantFrom(',', '،', '।'),
      spaces: fc.integer({ min: 0, max: 3 }),
      letters: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 36, max: 44 })),
      tail: fc.constantFrom('', ' ও ক', ' and x', ' আর  খগ', ' ও', ' এবং ।'),
    });
    fc.assert(fc.property(fc.array(field, { minLength: 1, maxLength: 6 }), (fields) => {
      sameAsRegex(fields.map((f) => ' '.repeat(f.spaces) + 'ক'.repeat(f.letters) + f.tail + f.separator).join(''));
    }), { numRuns: 5_000 });
  });

  it('finds a list of three or more and nothing else', () => {
    expect(holdsList('দুই নেতা বাণিজ্য, বিনিয়োগ, পরিবহন ও লজিস্টিকস নিয়ে আলোচনা করবেন।')).toBe(true);
    expect(holdsList('Kazakhstan, Kyrgyzstan and Tajikistan')).toBe(true);
    expect(holdsList('তিনি বলেন, আলোচনা ভালো হয়েছে ও চুক্তি হবে।')).toBe(true); // as LIST reads it: two fields and a tail
    expect(holdsList('তিনি বলেন আলোচনা ভালো হয়েছে ও চুক্তি হবে।')).toBe(false);
    expect(holdsList('ঢাকা। খুলনা, বরিশাল।')).toBe(false);
  });
});
