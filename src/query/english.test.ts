import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ENGLISH_LEMMA_VERSION, ENGLISH_STOPWORDS, englishLemma, expandContractions, questionTypeOf, spellAgeGroups } from './english.js';

describe('englishLemma', () => {
  it('maps irregular forms to the same key as their lemma', () => {
    for (const [form, lemma] of [['went', 'go'], ['rode', 'ride'], ['spent', 'spend'], ['said', 'say'], ['met', 'meet'], ['signed', 'sign'], ['countries', 'country'], ['supplied', 'supply'], ['struck', 'strike']]) {
      expect(englishLemma(form)).toBe(englishLemma(lemma));
    }
  });
  it('maps regular inflections to the same key via the Porter stemmer', () => {
    for (const [form, lemma] of [['treaties', 'treaty'], ['visited', 'visit'], ['missiles', 'missile'], ['sanctions', 'sanction'], ['ratified', 'ratify'], ['ambassadors', 'ambassador']]) {
      expect(englishLemma(form)).toBe(englishLemma(lemma));
    }
  });
  it('lowercases, drops possessives and leaves codes alone', () => {
    expect(englishLemma("Iran's")).toBe('iran');
    expect(englishLemma('MI5')).toBe('mi5');
    expect(englishLemma('2022')).toBe('2022');
  });
  it('keeps distinct words distinct', () => {
    expect(englishLemma('meeting')).not.toBe(englishLemma('missile'));
  });
});

describe('ENGLISH_LEMMA_VERSION', () => {
  // Words through every part of englishLemma: the irregular table, -ies, possessives, codes and digits, Porter's steps.
  const WORDS = [
    'was', 'were', 'rode', 'spent', 'signed', 'supplies', 'countries', 'women', 'children', 'crises', 'better', 'worst', 'sank', 'frozen',
    'knives', 'halves', 'spies', 'allies', 'agencies', "iran's", 'russia’s', 'un', 'eu', 'mi5', 'g7', '2022', 'treaties',
    'agreement', 'agreements', 'visited', 'visiting', 'sanctions', 'sanctioned', 'ballistic', 'missiles', 'relational',
    'conditional', 'rational', 'valenci', 'digitizer', 'operator', 'feudalism', 'decisiveness', 'hopefulness',
    'callousness', 'formaliti', 'sensitiviti', 'sensibiliti', 'triplicate', 'formative', 'formalize', 'electriciti',
    'electrical', 'hopeful', 'goodness', 'revival', 'allowance', 'inference', 'airliner', 'gyroscopic', 'adjustable',
    'defensible', 'irritant', 'replacement', 'adjustment', 'dependent', 'adoption', 'homologou', 'communism', 'activate',
    'angulariti', 'homologous', 'effective', 'bowdlerize', 'probate', 'rate', 'cease', 'controll', 'roll', 'news',
    'international', 'publishing', 'hunters', 'travelling', 'qualified', 'operating', 'shipped', 'ponies', 'caresses',
    'sown', 'underwent', 'shrank', 'laid',
  ];

  it('is bumped whenever what englishLemma returns changes (the saved lexicon rows carry its keys)', () => {
    const fingerprint = createHash('sha256')
      .update(WORDS.map((w) => `${w}→${englishLemma(w)}`).join('\n'))
      .digest('hex')
      .slice(0, 16);
    // A change here: bump ENGLISH_LEMMA_VERSION, then write the new pair below.
    expect({ version: ENGLISH_LEMMA_VERSION, fingerprint }).toEqual({ version: 'en-lemma-4', fingerprint: 'ffb2682465d7ab26' });
  });
});

describe('expandContractions', () => {
  it("spells out n't and the other contractions, so no fragment is read as a word", () => {
    expect(expandContractions("Why don't prices fall?")).toBe('Why do not prices fall?');
    expect(expandContractions('It won’t open and we can’t go')).toBe('It will not open and we can not go');
    expect(expandContractions("They're late, I'd say; Russia's oil")).toBe("They late, I say; Russia's oil");
  });
});

describe('spellAgeGroups', () => {
  it('writes an age group as Bengali sports pages do, and leaves "under 20 minutes" alone', () => {
    expect(spellAgeGroups('the U-17 final and the u19 squad, under-23 team')).toBe('the অনূর্ধ্ব-17 final and the অনূর্ধ্ব-19 squad, অনূর্ধ্ব-23 team');
    expect(spellAgeGroups('done in under 20 minutes by a U2 fan')).toBe('done in under 20 minutes by a U2 fan');
    // one digit only with the hyphen: the under-8 group, not "u 2"
    expect(spellAgeGroups('won the under-8 and U-9 titles')).toBe('won the অনূর্ধ্ব-8 and অনূর্ধ্ব-9 titles');
    expect(spellAgeGroups('u 2 fans, under 8 people')).toBe('u 2 fans, under 8 people');
  });
});

describe('ENGLISH_STOPWORDS and adverbs of exactness', () => {
  it('leaves out exactly, actually, roughly: they say how exact, not what about', () => {
    for (const w of ['exactly', 'actually', 'really', 'roughly', 'approximately']) expect(ENGLISH_STOPWORDS.has(w), w).toBe(true);
  });
});

describe('ENGLISH_STOPWORDS', () => {
  it('contains function words but not content words or the country "us"', () => {
    expect(ENGLISH_STOPWORDS.has('the')).toBe(true);
    expect(ENGLISH_STOPWORDS.has('did')).toBe(true);
    expect(ENGLISH_STOPWORDS.has('treaty')).toBe(false);
    expect(ENGLISH_STOPWORDS.has('us')).toBe(false);
    // "before" and "after" order events, as the source's আগে and পরে do ("talks with Mishustin before meeting Putin")
    expect(ENGLISH_STOPWORDS.has('before')).toBe(false);
    expect(ENGLISH_STOPWORDS.has('after')).toBe(false);
  });
});

describe('questionTypeOf', () => {
  const cases: Array<[string, string]> = [
    ['when did pezeshkian visit moscow', 'when'],
    ['what date was the treaty signed', 'when'],
    ['on which day did he arrive', 'when'],
    ['during which months do the turtles come ashore', 'when'], // a plural time noun asks for a date too
    ['in which years was the fair held', 'when'],
    ['who is the kremlin spokesman', 'who'],
    ['what is the name of the arrested passenger', 'who'], // a name asked for
    ['আটক যাত্রীর নাম কী', 'who'],
    ['atok jatrir nam ki', 'who'],
    ['নাম প্রকাশ না করার শর্তে কে বলেছেন', 'who'],
    ['where was the treaty signed', 'where'],
    ['how many drones did iran supply', 'how_many'],
    ['বার্ন ইউনিটে কয় শয্যা', 'how_many'], // কয়, as phones type কয়টি
    ['how much oil', 'how_many'],
    ['ঝুঁকি কতটা কমে', 'how_many'], // "how far", an amount
    ['dame kototuku barse', 'how_many'],
    ['how old is the archer', 'how_many'], // an age is a number
    ['how deep was the earthquake', 'how_many'], // and so is any measure
    ['how fast is the water table falling', 'how_many'],
    ['how long will the bridge stay closed', 'how_many'], // a length of time is a number of days, not a date
    ['how long is the border', 'how_many'],
    ['why did russia buy drones', 'why'],
    ['what caused the fire at the market', 'why'],
    ['what led to the clash', 'why'],
    ['চালের দাম বাড়ার কারণ কী', 'why'],
    ['কূপটিতে কী পরিমাণ গ্যাস মজুত আছে', 'how_many'], // "what amount": how much
    ['ager mousume ki poriman modhu uthechilo', 'how_many'],
    ['সরকারের কী পরিকল্পনা আছে', 'what'],
    ['dam barar karon ki', 'why'],
    ['what did peskov say', 'what'],
    ['how did iran help russia', 'how'],
    ['which countries are allies', 'which'],
    ['which country hosted the summit', 'where'],
    ['Putin Pezeshkian meeting', 'none'],
    ['which news outlet reported the call', 'source'],
    ['which newspaper published the interview', 'source'],
    ['source of the putin raisi phone call report', 'source'], // a keyword query opening with the outlet asked for
    ['water source of the camp', 'none'],
    ['which agency issued the cyclone warning', 'which'],
    ['ফোনালাপের খবর কোন সংবাদমাধ্যমের', 'source'],
    ['কোন বার্তা সংস্থা এ খবর দিয়েছে', 'source'],
    // who wrote the report: its byline answers (not the writer of a letter in the story)
    ['Who wrote the report on the port cranes', 'source'],
    ['লেখাটি কার নামে প্রকাশিত', 'source'],
    ['kalbela r ei lekha ta ke likhse', 'source'],
    ['Who wrote the letter to Putin', 'who'],
    ['when was the kalbela report published', 'published'],
    ['কালবেলার প্রতিবেদনটি কবে প্রকাশিত হয়', 'published'],
    ['kalbela report kobe prokash hoyeche', 'published'],
    ['when will the hsc results be published', 'when'], // asked of the story, not of the report
    ['was the report published on 18 january 2025', 'published'], // a date to confirm: the dateline answers
    ['কালবেলার খবরটি কি 18 জানুয়ারি 2025 প্রকাশিত', 'published'],
    ['what did the report published on 18 january say about drones', 'what'], // asks what it says, not when
    ['who published the report on 5 may', 'who'], // a date beside another question word confirms nothing
    ['where was the president when the shooting began', 'where'], // a later "when" joins a clause
    ['what did putin say when he met pezeshkian', 'what'],
    ['who was in charge when the ferry sank', 'who'],
    ['পেজেশকিয়ান কবে মস্কো গেছেন', 'when'],
    ['বন্দরে একসাথে কয়টা জাহাজ ভিড়তে পারবে', 'how_many'], // the everyday কয়টা as কয়টি
    ['চুক্তি কখন সই হয়', 'when'],
    ['রাতে কয়টার সময় চিতাবিড়ালটি খামারে ঢোকে', 'when'], // at what o'clock, not how many
    ['ট্রেন কয়টায় ছাড়বে', 'when'],
    ['train koytay chharbe', 'when'],
    ['তামা উৎপাদনে পেরু বিশ্বে কততম', 'how_many'], // an ordinal is a number (৪৭তম)
    ['কোন দিন চুক্তি সই হয়েছে', 'when'],
    ['কোন তারিখে সফর', 'when'],
    ['পেজেশকিয়ান কত তারিখে মস্কো সফরে যান', 'when'], // on what date: কত before a date noun
    ['চুক্তিটি কত সালে সই হয়', 'when'],
    ['pezeshkian koto tarikhe moscow jan', 'when'],
    ['যুদ্ধ কত দিন চলেছে', 'how_many'], // a duration: a number answers
    ['কত বছর ধরে নিষেধাজ্ঞা', 'how_many'],
    ['how frequently do the city buses run', 'how_many'], // an interval: a number answers, as for "how often"
    ['ক্রেমলিনের মুখপাত্র কে', 'who'],
    ['কারা হামলা চালিয়েছে', 'who'],
    ['বৈঠক কোথায় হয়েছে', 'where'],
    ['গাড়িটি সপ্তাহের কোন দিনগুলোতে গ্রামে যায়', 'when'], // which days: weekdays answer
    ['on what days does the market open', 'when'],
    ['মেট্রোতে ওর্তিগাস থেকে তাইতাই যেতে কতক্ষণ লাগবে', 'how_many'], // how long: a duration in minutes
    ['dhaka theke kotokkhon lagbe', 'how_many'],
    ['কতটি ড্রোন দিয়েছে', 'how_many'],
    ['কয়টি দেশ', 'how_many'],
    ['রাজু হত্যা মামলায় কতজনের ফাঁসির রায় হয়েছে', 'how_many'], // the cue in a case
    ['অভ্যুত্থানচেষ্টার পর কতজনকে গ্রেপ্তার করা হয়েছে', 'how_many'],
    ['রাশিয়া কেন ড্রোন কিনেছে', 'why'],
    ['চুক্তিতে কী আছে', 'what'],
    ['ইরান কীভাবে সাহায্য করেছে', 'how'],
    ['charfasson doppler radar cost', 'how_many'], // a keyword query asks with its noun
    ['faridpur intern strike number of interns', 'how_many'],
    ['restoration deadline chandanpur', 'when'],
    ['padma bridge toll rise', 'how_many'],
    ['padma bridge opening ceremony', 'none'],
    ['padma bridge costs', 'how_many'], // the measure in the plural
    ['hsc exam dates', 'when'],
    ['what is the cost of the bridge', 'what'], // a question word says it first
    ['pezeshkian kobe moscow gesen', 'when'],
    ['kremliner mukhopatro ke', 'who'],
    ['boithok kothay hoyeche', 'where'],
    ['koto drone diyeche', 'how_many'],
    ['rashia keno drone kineche', 'why'],
    ['chuktite ki ache', 'what'],
    ['iran kivabe sahajjo koreche', 'how'],
  ];
  it.each(cases)('%s → %s', (question, type) => {
    expect(questionTypeOf(question.split(/\s+/u))).toBe(type);
  });
  it('does not remove কেন (also the name Ken) from the tokens', () => {
    const tokens = ['কেন', 'ম্যাককালাম', 'কী', 'বলেছেন'];
    questionTypeOf(tokens);
    expect(tokens).toEqual(['কেন', 'ম্যাককালাম', 'কী', 'বলেছেন']);
  });
});
