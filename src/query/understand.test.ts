import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../search/vocabulary.js';
import { analyzeTerms } from '../text/analyze.js';
import { loadLexicon } from './lexicon.js';
import { understand, type Query } from './understand.js';

/** A vocabulary from a few sentences, as an index would hold it. */
const vocab = Vocabulary.fromPassageTerms(
  [
    'ইরানের প্রেসিডেন্ট মাসুদ পেজেশকিয়ান শুক্রবার মস্কো সফর শুরু করেছেন।',
    'ইরান শাহেদ ড্রোন রাশিয়াকে সরবরাহ করেছে।',
    'ক্রেমলিন মুখপাত্র দিমিত্রি পেসকভ বলেন।',
    'রাষ্ট্রপতি দুই দেশের চুক্তিতে সই করেন।',
    'এ সপ্তাহে এমআই ফাইভের প্রধান কেন ম্যাককেলাম অভিযোগ করেন।',
  ].map(analyzeTerms),
);
const lexicon = loadLexicon();
const q = (text: string): Query => understand(text, vocab, lexicon);
/** The labels of the concepts a question is read into. */
const labels = (text: string): string[] => q(text).concepts.map((c) => c.label);
/** Every index term a query may reach, per concept label. */
const reach = (query: Query) => Object.fromEntries(query.concepts.map((c) => [c.label, c.alternatives.flatMap((a) => a.terms)]));

describe('understand', () => {
  it('looks for a noun inside the solid compounds that keep what it names (যাত্রীবাহী, ঢাকাগামী), below the noun itself', () => {
    const ferries = Vocabulary.fromPassageTerms(['চারটি যাত্রীবাহী ফেরি নির্মাণ করবে।', 'যাত্রী কম ছিল।', 'ঢাকাগামী বাস উল্টে যায়।', 'ভারতবিরোধী স্লোগান।', 'ভারত ও চীন।'].map(analyzeTerms));
    const termsOf = (question: string) => understand(question, ferries, lexicon).concepts.flatMap((c) => c.alternatives.map((a) => [a.terms.join(' '), a.weight] as const));
    const passengers = new Map(termsOf('How many passengers can the ferries carry?'));
    expect(passengers.get(analyzeTerms('যাত্রীবাহী')[0]!)).toBeLessThan(passengers.get(analyzeTerms('যাত্রী')[0]!)!);
    expect(new Map(termsOf('ঢাকার বাস কোথায় উল্টে যায়?')).has(analyzeTerms('ঢাকাগামী')[0]!)).toBe(true);
    // (-বিরোধী, "anti-", turns the noun round: not looked for)
    expect(new Map(termsOf('ভারতের সঙ্গে কী হলো?')).has(analyzeTerms('ভারতবিরোধী')[0]!)).toBe(false);
  });

  it('reads a spelling of a name the lexicon knows by another (হেজবুল্লাহ for হিজবুল্লাহ) as a name', () => {
    const lebanon = Vocabulary.fromPassageTerms(['ইসরাইল লেবাননে হিজবুল্লাহর ক্ষতি করেছে।', 'হেজবুল্লাহ নেতারা বলেন।'].map(analyzeTerms));
    const hezbollah = understand('হেজবুল্লাহর কী অবস্থা?', lebanon, lexicon).concepts.find((c) => c.label === 'হেজবুল্লাহর')!;
    expect(hezbollah.kind).toBe('entity');
  });

  it('asks about a Bengali nationality word as its country too (ব্রিটিশ → ব্রিটেন), below the word itself', () => {
    const uk = Vocabulary.fromPassageTerms(['ব্রিটেনের গোয়েন্দা সংস্থার প্রধান অভিযোগ করেন।', 'ব্রিটিশ পার্লামেন্ট।'].map(analyzeTerms));
    const british = understand('ব্রিটিশ গোয়েন্দা সংস্থার প্রধান কে?', uk, lexicon).concepts.find((c) => c.label === 'ব্রিটিশ')!;
    const weightOf = (t: string) => british.alternatives.find((a) => a.terms.length === 1 && a.terms[0] === t)?.weight ?? 0;
    expect(weightOf(analyzeTerms('ব্রিটেন')[0]!)).toBeGreaterThan(0);
    expect(weightOf(analyzeTerms('ব্রিটেন')[0]!)).toBeLessThan(weightOf(analyzeTerms('ব্রিটিশ')[0]!));
  });

  it('joins an abbreviation spelt out letter by letter when the index holds it solid (এম আই ৫ → এমআই)', () => {
    expect(reach(q('এম আই ৫ প্রধান কী অভিযোগ করেছেন?'))).toHaveProperty('এমআই', ['এমআই']);
    // … but not a letter and the question word after it: এম কে is "who is M", whatever the index holds
    const withM = Vocabulary.fromPassageTerms(['দলের নেতা এম রহমান বলেন।'].map(analyzeTerms));
    expect(understand('দলের নেতা এম কে?', withM, lexicon).type).toBe('who');
  });

  it('tells a question that asks what someone said, and who the speaker is', () => {
    const speakers = (query: Query) => query.concepts.filter((c) => c.speaker).map((c) => c.label);
    const en = q('What did the Kremlin spokesman Peskov say about the treaty?');
    expect(en.asksSpeech).toBe(true);
    expect(speakers(en)).toEqual(expect.arrayContaining(['Peskov']));
    expect(speakers(en)).not.toContain('treaty');
    const bn = q('চুক্তি নিয়ে পেসকভ কী বলেছেন?');
    expect(bn.asksSpeech).toBe(true);
    expect(speakers(bn)).toEqual(['পেসকভ']);
    expect(speakers(q('বৈঠকে পেজেশকিয়ান পুতিনকে কী বলেছিলেন?'))).toEqual(['পেজেশকিয়ান']); // not the one spoken to
    // the verb of saying frames the question, it is not asked about (the answer's বলেন is a stopword)
    expect(bn.concepts.map((c) => c.label)).not.toContain('বলেছেন');
    expect(en.concepts.map((c) => c.label)).not.toContain('say');
    expect(q('What did the treaty change?').asksSpeech).toBeUndefined();
    expect(q('Tell me when Pezeshkian visited Moscow').asksSpeech).toBeUndefined(); // asks the bot
    expect(q('Can you tell us about the treaty?').asksSpeech).toBeUndefined();
    const tell = q('What did Pezeshkian tell Putin at the start of their talks?');
    expect(tell.asksSpeech).toBe(true);
    expect(speakers(tell)).toEqual(['Pezeshkian']); // not the one told
    expect(q("Why don't drone prices fall?").concepts.map((c) => c.label)).not.toContain('don');
  });

  it('reaches a Bengali acronym and its name from an English acronym in capitals (JUST → যবিপ্রবি)', () => {
    const v = Vocabulary.fromPassageTerms(
      ['যশোর বিজ্ঞান ও প্রযুক্তি বিশ্ববিদ্যালয়ের (যবিপ্রবি) ভর্তি পরীক্ষার ফল প্রকাশ হয়েছে।', 'উভয় ভবন ও আবাসিক হল।'].map(analyzeTerms),
    );
    const terms = (question: string, label: string) =>
      understand(question, v, lexicon).concepts.find((c) => c.label === label)?.alternatives.map((a) => a.terms.join(' ')) ?? [];
    expect(terms('JUST admission test pass rate', 'JUST')).toEqual(
      expect.arrayContaining(['যবিপ্রবি', analyzeTerms('যশোর বিজ্ঞান প্রযুক্তি বিশ্ববিদ্যালয়').join(' ')]),
    );
    // the letters must be the name's initials, and a lowercase word is a word
    expect(terms('JUSB admission test', 'JUSB')).not.toContain('যবিপ্রবি');
    expect(terms('uva tea price', 'uva')).not.toContain('যবিপ্রবি');
  });

  it('spells an acronym by its letters\' names beside the lexicon\'s row, and one written with a capital inside (MoP)', () => {
    const v = Vocabulary.fromPassageTerms(['প্রত্যেক কৃষক ১০ কেজি ডিএপি ও ১০ কেজি এমওপি সার পাবেন।', 'ড্যাপ সংশোধন হবে।'].map(analyzeTerms));
    const r = reach(understand('How much DAP and MoP fertilizer does each farmer get?', v, lexicon));
    expect(r.DAP).toEqual(expect.arrayContaining(['ড্যাপ', 'ডিএপি']));
    expect(r.MoP).toContain('এমওপি');
  });

  it('reads the verb of a "who" question as its doer too (who supervised → তত্ত্বাবধায়ক)', () => {
    const v = Vocabulary.fromPassageTerms(['দলটির তত্ত্বাবধায়ক ছিলেন অধ্যাপক মঈনুল হক।', 'কাজের তত্ত্বাবধান করেন প্রকৌশলীরা।'].map(analyzeTerms));
    expect(reach(understand('Who supervised the team?', v, lexicon)).supervised).toContain('তত্ত্বাবধায়ক');
    expect(reach(understand('When was the work supervised?', v, lexicon)).supervised).not.toContain('তত্ত্বাবধায়ক');
  });

  it('reads the language and the question type from the text', () => {
    expect(q('When did Pezeshkian visit Moscow?')).toMatchObject({ lang: 'en', uiLang: 'en', type: 'when' });
    expect(q('পেজেশকিয়ান কবে মস্কো সফর করেন?')).toMatchObject({ lang: 'bn', uiLang: 'bn', type: 'when' });
    expect(q('pezeshkian kobe moscow gesen?')).toMatchObject({ lang: 'romanized', uiLang: 'bn', type: 'when' });
    expect(q('Pezeshkian এর মস্কো সফর কবে?')).toMatchObject({ lang: 'mixed', uiLang: 'bn' });
    expect(q('How many drones did Iran supply?').type).toBe('how_many');
  });

  it('asks about a nationality as its country too (Ugandan police → উগান্ডার পুলিশ)', () => {
    const nations = Vocabulary.fromPassageTerms(['উগান্ডার নৌ-পুলিশ কেনিয়ার ১৭ জন জেলেকে আটক করে।'].map(analyzeTerms));
    const r = Object.fromEntries(understand('How many Kenyan fishermen did Ugandan police detain?', nations, lexicon).concepts.map((c) => [c.label, c.alternatives.flatMap((a) => a.terms)]));
    expect(r.Kenyan).toContain('কেনিয়া');
    expect(r.Ugandan).toContain('উগান্ডা');
  });

  it('turns English words and names into the index terms of the Bengali text', () => {
    const r = reach(q('When did Pezeshkian visit Moscow?'));
    expect(r.Pezeshkian).toContain('পেজেশকিয়ান');
    expect(r.visit).toContain('সফর');
    expect(r.Moscow).toContain('মস্কো');
    expect(reach(q('Did Iran supply drones to Russia?')).supply).toContain('সরবরাহ');
    expect(reach(q('Who is the Kremlin spokesman?')).spokesman).toContain('মুখপাত্র');
    expect(reach(q('What did Peskov say?')).Peskov).toContain('পেসকভ');
  });

  it('widens Bengali words to spelling variants and lexicon synonyms the index holds', () => {
    expect(reach(q('পেজেকশিয়ান কোথায় গেছেন?'))['পেজেকশিয়ান']).toContain('পেজেশকিয়ান');
    expect(reach(q('প্রেসিডেন্ট কোথায়?'))['প্রেসিডেন্ট']).toContain('রাষ্ট্রপতি');
    // Phone keyboards type য় as one code point; the index stores য + nukta.
    expect(reach(q('রাশি\u09DFাকে কী দিয়েছে?'))['রাশি\u09DFাকে']).toContain('রাশিয়া');
  });

  it('keeps content words that published stopword lists drop (কেন as in Ken McCallum)', () => {
    const labels = q('কেন ম্যাককেলাম কী অভিযোগ করেন?').concepts.map((c) => c.label);
    expect(labels).toContain('কেন');
    expect(labels).toContain('ম্যাককেলাম');
    // English lists drop "most" too, yet "which country sent the most" asks for the sentence that says সবচেয়ে বেশি
    expect(q('Which country sent the most remittances?').concepts.map((c) => c.label)).toContain('most');
  });

  it('marks names and subjects the coverage never mentions, which is what makes the engine decline', () => {
    const france = q('What is the capital of France?').concepts.find((c) => c.label === 'France')!;
    expect(france.kind).toBe('entity');
    expect(france.alternatives.every((a) => a.terms.every((t) => !vocab.has(t)))).toBe(true);
    expect(q('What is the weather?').concepts.map((c) => c.kind)).toContain('topic');
  });

  it('leaves light verbs out and does not widen dictionary words by sound', () => {
    const labels = q('পেজেশকিয়ান কবে প্রেসিডেন্ট নির্বাচিত হন? তিনি কী করছেন?').concepts.map((c) => c.label);
    expect(labels).not.toContain('হন');
    expect(labels).not.toContain('করছেন');
    const v = Vocabulary.fromPassageTerms([['মন্ত্রী', 'মন্থর']]);
    expect(reach(understand('মন্ত্রী কোথায়?', v, lexicon))['মন্ত্রী']).toEqual(['মন্ত্রী']);
  });

  it('drops "off" as a lone preposition (off Mannar), and keeps it inside a phrase (laid off)', () => {
    expect(q('Where were the fishermen arrested off Mannar from?').concepts.map((c) => c.label)).not.toContain('off');
    expect(q('How many workers were laid off?').concepts.map((c) => c.label)).toContain('laid off');
  });

  it('drops a title before a name (Dr, Mr, Ms): Bengali writes it otherwise or not at all', () => {
    const labels = q('Why did stunting fall, according to Dr Tanzila Ferdous?').concepts.map((c) => c.label);
    expect(labels.some((l) => /\bDr\b/.test(l))).toBe(false);
    expect(q('What did Mr Peskov say?').concepts.map((c) => c.label)).toEqual(expect.arrayContaining(['Peskov']));
    const dhoni = q('What did MS Dhoni say about the final?').concepts.map((c) => c.label);
    expect(dhoni.some((l) => /\bMS\b/.test(l))).toBe(true); // in capitals an acronym, no title
  });

  it('reads the "ou" of a Latin name as ও or ৌ too (Roushan রওশন, Sourav সৌরভ), not only as u', () => {
    const v = Vocabulary.fromPassageTerms([analyzeTerms('বাউলশিল্পী রওশন ফকির ও সৌরভ গান করেন। রসুন আর রসায়ন।')]);
    const names = reach(understand('When did Roushan Fakir and Sourav sing?', v, lexicon));
    expect(names['Roushan Fakir'] ?? names.Roushan).toContain('রওশন');
    expect(names.Sourav).toContain('সৌরভ');
  });

  it('reaches a lexicon phrase as the index also spells its words (আন্তনগর ট্রেন / আন্তঃনগর ট্রেন), and "run" as চলা', () => {
    const v = Vocabulary.fromPassageTerms(
      ['১ জুন থেকে চলবে নতুন আন্তঃনগর ট্রেন।', 'আন্তনগর বাস সার্ভিস চালু হয়েছে।', 'ঢাকা-যশোর রুটে ট্রেন।'].map(analyzeTerms),
    );
    const query = understand('When will the new intercity train start running?', v, lexicon);
    const phrase = query.concepts.find((c) => c.label === 'intercity train')!;
    expect(phrase.alternatives.map((a) => a.terms.join(' '))).toContain('আন্তঃনগর ট্রেন');
    expect(reach(query).running).toContain(analyzeTerms('চলবে')[0]);
  });

  it('reads a Romance spelling as Bengali news writes it when it meets nothing as written (Bologna বোলোনিয়া)', () => {
    const v = Vocabulary.fromPassageTerms([analyzeTerms('ইতালির বোলোনিয়া শহরে বাড়িভাড়ার প্রতিবাদে মিছিল হয়েছে।')]);
    expect(reach(understand('How many marched in Bologna?', v, lexicon)).Bologna).toContain('বোলোনিয়া');
  });

  it('reads an English ordinal as its number, as the index holds ৪৭তম (47 and তম)', () => {
    const c = q('how many candidates passed the 47th bcs written exam').concepts.find((x) => x.label === '47th')!;
    expect(c.numeric).toBe(true);
    expect(c.alternatives.flatMap((a) => a.terms)).toEqual(['47']);
  });

  it('reaches a two-word lexicon form written solid in the source (নীল নদ / নীলনদ)', () => {
    const v = Vocabulary.fromPassageTerms([analyzeTerms('নীলনদের পানি ভাগাভাগির চুক্তি সই হয়েছে।')]);
    expect(reach(understand('Who signed the Nile water deal?', v, lexicon)).Nile).toContain('নীলনদ');
  });

  it('reaches a lexicon verb in the tense the source writes it (took part → অংশ নেয়, leave → ছাড়বে), not a noun that looks like a verb', () => {
    const v = Vocabulary.fromPassageTerms(
      ['প্রতিযোগিতায় ৩৮টি দল অংশ নেয়।', 'দলটি ১৮ জুন ঢাকা ছাড়বে।', 'সাপ্তাহিক নিলামে কফির দাম বেড়েছে।'].map(analyzeTerms),
    );
    const phrases = (text: string, label: string) =>
      understand(text, v, lexicon).concepts.find((c) => c.label === label)!.alternatives.map((a) => a.terms.join(' '));
    expect(phrases('How many teams took part?', 'took part')).toContain('অংশ নেয়');
    expect(phrases('When does the team leave Dhaka?', 'leave')).toContain('ছাড়ব');
    // নিলাম "auction" is also a form of নেওয়া ("I took"): a noun row is not widened as a verb
    expect(phrases('coffee auction price', 'auction')).toEqual(['নিলাম']);
  });

  it('reaches the loanword of a lexicon word from its English plural too (cabinets → কেবিনেট)', () => {
    const v = Vocabulary.fromPassageTerms([analyzeTerms('ডেটা সেন্টারে ৩২০টি সার্ভার কেবিনেট রাখা যাবে।'), analyzeTerms('মন্ত্রিসভার বৈঠক হয়েছে।')]);
    expect(reach(understand('How many server cabinets can the data center hold?', v, lexicon)).cabinets).toContain(analyzeTerms('কেবিনেট')[0]);
  });

  it('reaches a loanword from its English plural (binoculars → বাইনোকুলার)', () => {
    const v = Vocabulary.fromPassageTerms([analyzeTerms('ধূমকেতুটি এপ্রিলে বাইনোকুলার দিয়ে দেখা যাবে।')]);
    expect(reach(understand('When can the comet be seen with binoculars?', v, lexicon)).binoculars).toContain(analyzeTerms('বাইনোকুলার')[0]);
  });

  it('reaches an English word pair the source writes as a loanword pair, when the two stand in one sentence (study permits → স্টাডি পারমিট)', () => {
    const wrote = (...sentences: string[]) => reach(understand('How many study permits will Canada issue?', Vocabulary.fromPassageTerms(sentences.map(analyzeTerms)), lexicon));
    // "study" sounds like স্টাডি and like সাত-দুই equally: alone, neither is kept
    const together = wrote('কানাডা ৪ লাখ স্টাডি পারমিট দেবে।', 'ফল সাত-দুই গোলে।');
    expect(together.study).toEqual(expect.arrayContaining(['স্টাডি', 'পারমিট']));
    expect(together.permits).toEqual(expect.arrayContaining(['স্টাডি', 'পারমিট']));
    // apart, the sound-alikes are chance: neither word reaches them
    const apart = wrote('কানাডা স্টাডি সফর করবে।', 'পারমিট দেওয়া হবে।', 'ফল সাত-দুই গোলে।');
    expect(apart.study).not.toContain('পারমিট');
    expect(apart.permits).not.toContain('স্টাডি');
    // words the lexicon lacks too, written in lowercase in a question that uses case (rasgulla sandesh → রসগোল্লা সন্দেশ)
    const sweets = Vocabulary.fromPassageTerms(['সৌদি আরবে রসগোল্লা সন্দেশ রপ্তানি হয়।', 'আঠারো জন।', 'আতাউর রহমান।'].map(analyzeTerms));
    const reached = reach(understand("Which countries buy Bangladesh's rasgulla sandesh?", sweets, lexicon));
    expect(reached.rasgulla).toEqual(expect.arrayContaining(['রসগোল্লা', 'সন্দেশ']));
  });

  it('reaches two English words the source writes as one solid loanword (hand bag → হ্যান্ডব্যাগ)', () => {
    const vocab = Vocabulary.fromPassageTerms(['তাঁর হ্যান্ডব্যাগ ছিনতাই হয়েছে।', 'ব্যাগ হাতে ছিল।'].map(analyzeTerms));
    const reached = reach(understand('Where was her hand bag snatched?', vocab, lexicon));
    expect(reached.hand).toContain('হ্যান্ডব্যাগ');
    expect(reached.bag).toContain('হ্যান্ডব্যাগ');
  });

  it('reads an English word typed in Bengali letters as that word, when the reports do not write it so (এক্সিডেন্ট → দুর্ঘটনা)', () => {
    const terms = (question: string, sentences: string[]) =>
      understand(question, Vocabulary.fromPassageTerms(sentences.map(analyzeTerms)), lexicon).concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms));
    expect(terms('মহাসড়কে এক্সিডেন্টে কতজন মারা গেছে?', ['মহাসড়কে দুর্ঘটনায় ২৮৬ জন নিহত হয়েছেন।'])).toContain('দুর্ঘটনা');
    // (the source's own loanword is the word asked)
    expect(terms('মহাসড়কে এক্সিডেন্টে কতজন মারা গেছে?', ['মহাসড়কে এক্সিডেন্টে ২৮৬ জন নিহত।', 'দুর্ঘটনা ঘটেছে।'])).not.toContain('দুর্ঘটনা');
  });

  it('reads "কবে নাগাদ" (kobe nagad, by when) as one question cue, not the wallet Nagad', () => {
    for (const text of ['মেট্রোরেল কবে নাগাদ চালু হবে?', 'metro rail kobe nagad chalu hobe?']) {
      const query = q(text);
      expect(query.type, text).toBe('when');
      expect(query.concepts.map((c) => c.label.toLowerCase()), text).not.toEqual(expect.arrayContaining([expect.stringMatching(/nagad|নাগাদ/u)]));
    }
    expect(q('nagad er notun service kobe chalu hobe?').concepts.map((c) => c.label)).toContain('nagad');
  });

  it('reads a chandrabindu as the n a Latin spelling writes for it (Panchbibi পাঁচবিবি, Chandpur চাঁদপুর)', () => {
    const v = Vocabulary.fromPassageTerms([analyzeTerms('জয়পুরহাটের পাঁচবিবি উপজেলা ও চাঁদপুর জেলা।')]);
    const r = reach(understand('Where are Panchbibi and Chandpur?', v, lexicon));
    expect(r.Panchbibi).toContain('পাঁচবিবি');
    expect(r.Chandpur).toContain(analyzeTerms('চাঁদপুর')[0]);
  });

  it('reads the "ai" of a Latin name as written too (Gorai গড়াই), not only as the English e', () => {
    const v = Vocabulary.fromPassageTerms([analyzeTerms('গড়াই নদীর ওপর হরিপুর সেতু বন্ধ থাকবে।')]);
    expect(reach(understand('How long will the bridge over the Gorai be closed?', v, lexicon)).Gorai).toContain('গড়াই');
  });

  it('looks for a noun whose Bengali form is also a function word (hall হল, also "is") by its inflected forms', () => {
    const halls = Vocabulary.fromPassageTerms(['ছাত্রীদের জন্য নির্মাণাধীন হলের কাজ পিছিয়েছে।', 'এটি ভালো হল।'].map(analyzeTerms));
    expect(reach(understand('Why was the construction of the hall delayed?', halls, lexicon)).hall).toContain(analyzeTerms('হলের')[0]);
    // (a function word asked in English is still nothing to look for: "since" → থেকে)
    expect(understand('Since when is the hall closed?', halls, lexicon).concepts.map((c) => c.label)).not.toContain('Since');
  });

  it('reads a word in capitals in a romanized question as the acronym the index holds, not as a romanized word', () => {
    const mra = Vocabulary.fromPassageTerms(['মাইক্রোক্রেডিট রেগুলেটরি অথরিটি (এমআরএ) নতুন হার ঘোষণা করেছে।', 'তিনি মারা যান। মেয়র বলেন।'].map(analyzeTerms));
    const reached = reach(understand('MRA er notun rate kobe theke kajkor hobe?', mra, lexicon));
    expect(reached.MRA).toEqual([analyzeTerms('এমআরএ')[0]]);
  });

  it('takes the kind of a romanized word from the Bengali word it reached (a place is a place)', () => {
    const v = Vocabulary.fromPassageTerms([['পুতিন', 'সফর', 'ভারত']]);
    const bharot = understand('putin kobe bharot sofor korechilen', v, lexicon).concepts.find((c) => c.label === 'bharot')!;
    expect(bharot.kind).toBe('entity');
  });

  it('widens a verb to the tenses the source uses, and lets it weigh less than what the question is about', () => {
    const v = Vocabulary.fromPassageTerms([analyzeTerms('উত্তর কোরিয়া রাশিয়াকে অস্ত্র দিয়েছে এবং আরও দেবে।')]);
    const query = understand('উত্তর কোরিয়া রাশিয়াকে কী দিচ্ছে?', v, lexicon);
    const verb = query.concepts.find((c) => c.label === 'দিচ্ছে')!;
    expect(verb.alternatives.flatMap((a) => a.terms)).toEqual(expect.arrayContaining(analyzeTerms('দিয়েছে দেবে')));
    expect(verb.weak).toBe(true);
    expect(query.concepts.find((c) => c.label === 'রাশিয়াকে')!.weak).toBeFalsy();
  });

  it('reads two Bengali words the sources write as one (ভুট্টা খেতে / ভুট্টাখেতে) as that word too, for both, below each', () => {
    const v = Vocabulary.fromPassageTerms(['দুই হাজার হেক্টর ভুট্টাখেতে পোকার আক্রমণ।', 'ভুট্টা ও খেত।'].map(analyzeTerms));
    const concepts = understand('ভুট্টা খেতে কোন পোকা?', v, lexicon).concepts;
    const solid = analyzeTerms('ভুট্টাখেতে')[0]!;
    for (const label of ['ভুট্টা', 'খেতে']) {
      const alts = concepts.find((c) => c.label === label)!.alternatives;
      const weightOf = (t: string) => alts.find((a) => a.terms.length === 1 && a.terms[0] === t)?.weight ?? 0;
      expect(weightOf(solid), label).toBeGreaterThan(0);
      expect(weightOf(solid), label).toBeLessThan(weightOf(analyzeTerms(label)[0]!));
    }
  });

  it('reads an unknown word before a generic place noun (কলাপাড়া উপজেলায়) as a place\'s name, which the coverage must state', () => {
    const v = Vocabulary.fromPassageTerms(['রাঙ্গাবালী উপজেলায় তরমুজের আবাদ হয়েছে।', 'কলাপাড়া বন্দর।'].map(analyzeTerms));
    const kindOf = (question: string, label: string) => understand(question, v, lexicon).concepts.find((c) => c.label === label)!.kind;
    expect(kindOf('কলাপাড়া উপজেলায় কত হেক্টরে তরমুজ?', 'কলাপাড়া')).toBe('entity');
    expect(kindOf('কলাপাড়া থেকে কত তরমুজ?', 'কলাপাড়া')).toBe('unknown');
    expect(kindOf('নিঝুম দ্বীপে কী পাওয়া গেছে?', 'নিঝুম')).toBe('entity');
    // a genitive says whose or which: "the next village" names no place
    expect(kindOf('পাশের গ্রামে কী হলো?', 'পাশের')).not.toBe('entity');
    // romanized Bengali names its places so too
    expect(kindOf('kolapara upojela te koto tormuj?', 'kolapara')).toBe('entity');
  });

  it('narrows a full name to the readings some passage states together, dropping sound-alike common words', () => {
    // রসুন "garlic" and ফাঁকা "empty" share the sounds of Roushan and Fakir; only রওশন and ফকির stand together.
    const v = Vocabulary.fromPassageTerms(
      ['বাউলশিল্পী রওশন ফকির দেশে ফিরবেন।', 'রসুনের দাম বেড়েছে।', 'মাঠ ফাঁকা পড়ে আছে।'].map(analyzeTerms),
    );
    const name = understand('When will Roushan Fakir return?', v, lexicon).concepts.find((c) => c.label === 'Roushan Fakir')!;
    const terms = name.alternatives.flatMap((a) => a.terms);
    expect(terms).toEqual(expect.arrayContaining(['রওশন', 'ফকির']));
    expect(terms).not.toContain(analyzeTerms('ফাঁকা')[0]);
    // with no passage naming both, each part keeps its readings
    const apart = Vocabulary.fromPassageTerms(['রওশন এলেন।', 'ফকির গান গাইলেন।', 'মাঠ ফাঁকা।'].map(analyzeTerms));
    const loose = understand('When will Roushan Fakir return?', apart, lexicon).concepts.find((c) => c.label === 'Roushan Fakir')!;
    expect(loose.alternatives.flatMap((a) => a.terms)).toEqual(expect.arrayContaining(['রওশন', 'ফকির']));
  });

  it("reads a person's full name as one concept, but two known names as two people", () => {
    const v = Vocabulary.fromPassageTerms([analyzeTerms('বদলি ফরোয়ার্ড সাজ্জাদ হোসেন রনি গোল করেন। পুতিন ও রাইসি কথা বলেন।')]);
    const roni = understand('Which club does Sajjad Hossain Roni play for?', v, lexicon).concepts;
    expect(roni.map((c) => c.label)).toContain('Sajjad Hossain Roni');
    expect(roni.find((c) => c.label === 'Sajjad Hossain Roni')!.alternatives.flatMap((a) => a.terms)).toEqual(
      expect.arrayContaining(['সাজ্জাদ', 'হোসেন', 'রনি']),
    );
    const call = understand('Which outlet reported the Putin Raisi call?', v, lexicon).concepts.map((c) => c.label);
    expect(call).toEqual(expect.arrayContaining(['Putin', 'Raisi']));
  });

  it('reaches a short name in a question typed without case, as it does a capitalised one (raju → রাজু)', () => {
    const v = Vocabulary.fromPassageTerms([analyzeTerms('রাজু হত্যা মামলায় আদালত রায় দেন। তিনি রোজা রাখেন।')]);
    const terms = (text: string) => understand(text, v, lexicon).concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms));
    expect(terms('Raju murder case verdict')).toContain('রাজু');
    expect(terms('raju murder case verdict')).toContain('রাজু');
    // a two-symbol skeleton keeps only sound-alikes whose vowels agree (one slip allowed): রোজা is not raju
    expect(terms('raju murder case verdict')).not.toContain('রোজা');
  });

  it('reads "how long does it last" as asking for a duration: "last" is the question\'s verb, not গত', () => {
    expect(labels('How long will the drone ban last?')).not.toContain('last');
    expect(labels('how long did the Moscow visit take')).not.toContain('take');
    expect(labels('How long was the last Moscow visit?')).toContain('last');
  });

  it('reaches the words a source spells out for what a Bengali question abbreviates (ডিসি → জেলা প্রশাসক)', () => {
    const v = Vocabulary.fromPassageTerms([analyzeTerms('জেলা প্রশাসকের কার্যালয়ে সভা হবে।')]);
    const dc = understand('ডিসি অফিসে সভা কবে?', v, lexicon).concepts.find((c) => c.label === 'ডিসি')!;
    expect(dc.alternatives).toContainEqual(expect.objectContaining({ terms: analyzeTerms('জেলা প্রশাসক'), whole: true }));
  });

  it('reaches the abbreviation a source writes for what a Bengali question names in full (জেলা প্রশাসক → ডিসি)', () => {
    const v = Vocabulary.fromPassageTerms([analyzeTerms('ডিসি বুধবার সভা ডেকেছেন।'), analyzeTerms('জেলা শহরে প্রশাসক এলেন।')]);
    const concepts = understand('জেলা প্রশাসক কবে সভা ডাকেন?', v, lexicon).concepts;
    for (const label of ['জেলা', 'প্রশাসক']) {
      expect(concepts.find((c) => c.label === label)!.alternatives.flatMap((a) => a.terms)).toContain(analyzeTerms('ডিসি')[0]);
    }
    // only where the words stand together
    const apart = understand('জেলা সদরে প্রশাসক কবে সভা ডাকেন?', v, lexicon).concepts;
    expect(apart.find((c) => c.label === 'জেলা')!.alternatives.flatMap((a) => a.terms)).not.toContain(analyzeTerms('ডিসি')[0]);
  });

  it('reads a word as the one another wording of the same phrase puts in its place, only in that phrase (আগের মৌসুমে → গত)', () => {
    const v = Vocabulary.fromPassageTerms([analyzeTerms('গত মৌসুমে এই সংখ্যা ছিল ৫২টি।'), analyzeTerms('আগের সিদ্ধান্ত বাতিল হয়েছে।')]);
    const altsOf = (q: string, label: string) => understand(q, v, lexicon).concepts.find((c) => c.label === label)!.alternatives.flatMap((a) => a.terms);
    const last = analyzeTerms('গত')[0]!;
    expect(altsOf('আগের মৌসুমে কয়টি বাসা মিলেছিল?', 'আগের')).toContain(last);
    // আগের before another word is not গত (আগের সিদ্ধান্ত: "the earlier decision")
    expect(altsOf('আগের সিদ্ধান্ত কী ছিল?', 'আগের')).not.toContain(last);
  });

  it('reads a phrase ending in a verb in any form of the verb (আগুন দিয়েছে → অগ্নিসংযোগ; যোগ দিয়েছেন → অংশ নেওয়া)', () => {
    const v = Vocabulary.fromPassageTerms([
      analyzeTerms('দুর্বৃত্তরা দোকানে অগ্নিসংযোগ করে।'),
      analyzeTerms('সম্মেলনে আঞ্চলিক নেতারা অংশ নিচ্ছেন।'),
    ]);
    const altsOf = (q: string, label: string) => understand(q, v, lexicon).concepts.find((c) => c.label === label)!.alternatives.flatMap((a) => a.terms);
    // the phrase is listed as আগুন দেওয়া; asked as আগুন দিয়েছে
    expect(altsOf('দোকানে কারা আগুন দিয়েছে?', 'আগুন')).toContain(analyzeTerms('অগ্নিসংযোগ')[0]);
    // যোগ দেওয়া beside অংশ নেওয়া (each with its own light verb): যোগ stands for অংশ
    expect(altsOf('সম্মেলনে কারা যোগ দিয়েছেন?', 'যোগ')).toContain(analyzeTerms('অংশ')[0]);
    // not যোগ on its own (যোগ করা: "to add")
    expect(altsOf('তালিকায় কী যোগ হলো?', 'যোগ')).not.toContain(analyzeTerms('অংশ')[0]);
  });

  it('asks "how long" something takes as a number of units of time, and how long a thing is as no time', () => {
    const v = Vocabulary.fromPassageTerms([analyzeTerms('সেতুটি মেরামতে তিন মাস লাগবে, দৈর্ঘ্য ৪০০ মিটার।'), analyzeTerms('২০ বছরের চুক্তি।')]);
    const duration = (q: string) => understand(q, v, lexicon).concepts.find((c) => c.label === 'how long');
    const asked = duration('How long will it take to repair the bridge?')!;
    expect(asked).toMatchObject({ weak: true, counted: true });
    expect(asked.alternatives.flatMap((a) => a.terms)).toEqual(expect.arrayContaining([analyzeTerms('মাস')[0], analyzeTerms('বছর')[0]]));
    expect(duration('How long is the treaty supposed to last?')).toBeDefined();
    expect(duration('How long is the bridge?')).toBeUndefined();
  });

  it('also looks for an English phrase written in Bengali letters, all of it in one sentence', () => {
    const v = Vocabulary.fromPassageTerms([analyzeTerms('পুতিন নিউ ওয়ার্ল্ড অর্ডার গড়তে চান। বিশ্ব নতুন।')]);
    const order = understand('world order putin', v, lexicon).concepts.find((c) => c.label === 'world order')!;
    const phrase = order.alternatives.find((a) => a.terms.length === 2 && a.terms.every((t) => v.has(t)));
    expect(phrase?.terms).toEqual(analyzeTerms('ওয়ার্ল্ড অর্ডার'));
    expect(phrase?.whole).toBe(true);
  });

  it('marks the setting of the question (in …, at a place, a Bengali name in the locative), not what is asked', () => {
    const setting = (text: string) => q(text).concepts.filter((c) => c.setting).map((c) => c.label);
    expect(setting('What did Peskov say about the drones in Moscow?')).toEqual(['Moscow']);
    expect(setting('মস্কোতে পেসকভ কী বলেন?')).toEqual(['মস্কোতে']);
    expect(setting('সিলেটে কত মানুষ পানিবন্দী?')).toEqual(['সিলেটে']); // the vowel sign ে, not only -তে
    expect(setting('ইরান রাশিয়াকে কোন ড্রোন দিয়েছে?')).toEqual([]); // -কে ends in ে too, but is the dative
    // a name in the genitive before a noun in the locative, not before a postposition
    expect(setting('মস্কোর বৈঠকে পেসকভ কী বলেন?')).toEqual(['মস্কোর']);
    expect(setting('মস্কোর সঙ্গে তেহরানের চুক্তি কবে?')).toEqual([]);
    // Latin words before a locative ending written apart (mixed and romanized questions)
    expect(setting('Ashgabat forum এ কোন কোন দেশের নেতারা ছিলেন')).toEqual(['Ashgabat', 'forum']);
    expect(setting('What did Pezeshkian say at the start of the visit?')).toEqual([]); // "at" sets only a place
    // … or a name in capitals, though the lexicon knows its words
    expect(setting('How many seats does the new hall at Dhaka Medical College have?')).toEqual(['Dhaka', 'Medical College']);
    expect(setting('What happened on Monday at the port?')).toEqual([]); // a weekday after "on" is a date
    expect(setting('Which town is overwhelmed by refugees from Darfur?')).toEqual(['Darfur']);
    // the place a visit goes to (not all of the country of a capital visited: the capital is no government there)
    expect(setting('When did the minister visit Moscow?')).toEqual(['Moscow']);
    expect(setting('পুতিন কবে মস্কো সফরে যাবেন?')).toEqual(['মস্কো']);
    expect(setting('What did the minister visit?')).toEqual([]);
    expect(setting('How many drones did Iran supply in 2022?')).toEqual([]); // a year is a constraint …
    expect(q('How many drones did Iran supply in 2022?').concepts.find((c) => c.label === '2022')?.kind).toBe('entity');
    expect(q('২০২২ সালে ইরান কী দিয়েছে?').concepts.find((c) => c.label === '২০২২')?.kind).toBe('entity'); // … as firm as a name
    expect(setting('Who signed the treaty?')).toEqual([]);
    // a name modifying a noun places it; a possessive does not (an article naming Iran and a prime minister apart)
    expect(setting('Who is the Sylhet deputy commissioner?')).toEqual(['Sylhet']);
    expect(setting('When was the Purba Gotamari school building declared risky?')).toEqual(['Purba Gotamari']); // a name of two words
    expect(setting("Who is Iran's prime minister?")).toEqual([]);
    expect(setting('What did Indian spokesperson Vikram Sahay say?')).toEqual(['Indian']); // a nationality modifies too
    expect(setting('How many drones did Iran supply?')).toEqual([]); // a subject before its verb does not
    expect(setting('who is the sylhet deputy commissioner')).toEqual(['sylhet']); // without case, the name's kind tells
  });

  it('marks the source the question names ("according to the IAEA", Al Jazeera অনুযায়ী) and lets "according to" only frame it', () => {
    const source = (text: string) => q(text).concepts.filter((c) => c.source).map((c) => c.label);
    expect(source('according to the IAEA how much uranium does Iran have')).toEqual(['IAEA']);
    expect(source('Al Jazeera অনুযায়ী পুতিন কার সঙ্গে ফোনে কথা বলেন?')).toEqual(['Al Jazeera']);
    expect(source('How much uranium does Iran have?')).toEqual([]);
    const who = q('Why are dengue cases more severe this year according to WHO?');
    expect(who.type).toBe('why'); // WHO, in capitals, is the organisation, not the question word
    expect(who.concepts.filter((c) => c.source).map((c) => c.label)).toEqual(['WHO']);
    expect(q('according to the IAEA how much uranium does Iran have').concepts.find((c) => c.label === 'according to')?.weak).toBe(true);
  });

  it('marks what a "how many" question counts: the words after the cue, past a generic "people", or in Bengali before it', () => {
    const counted = (text: string) => q(text).concepts.filter((c) => c.counted).map((c) => c.label);
    expect(counted('How many colleges had a zero pass rate?')).toEqual(['colleges']);
    expect(counted('how many people were injured in the crash')).toEqual(['injured']);
    expect(counted('মেট্রোরেলে কয়টি স্টেশন থাকছে?')).toEqual(['স্টেশন', 'থাকছে']); // the verb too: বেড়েছে ৭ শতাংশ
    expect(counted('How much did the bridge cost?')).toEqual([]); // "did": nothing named
    expect(counted('দেশি পেঁয়াজের দাম কত এখন')).toEqual(['দাম']); // the price (named before the cue), not a number of nows
    expect(counted('ssc te pass er har koto ebar')).toEqual(['har']); // romanized too: the rate, not a number of "this time"s
    expect(counted('সেতু বানাতে খরচ কত হলো')).toEqual(['খরচ']);
    expect(counted('Who signed the treaty?')).toEqual([]); // not a "how many" question
    // "How many" apart from its classifier is the one cue (কত জন = কতজন): the classifier is no noun counted, which a
    // report's চারজন, written solid, would never state; what follows is (মারা গেছে).
    expect(counted('মঠবাড়িয়ায় ডেঙ্গুতে কত জন মারা গেছে')).toEqual(['মারা', 'গেছে']);
    expect(counted('mathbaria te dengue e koto jon mara geche')).toEqual(['mara', 'geche']);
    expect(q('proti seat e koto jon').type).toBe('how_many');
  });

  it('reads two parts of a name as the one word Bengali may write them in (Shah Rukh → শাহরুখ)', () => {
    const v = Vocabulary.fromPassageTerms([analyzeTerms('অভিনেতা শাহরুখ খান নতুন ছবির ঘোষণা দিয়েছেন।')]);
    const terms = understand('What did Shah Rukh Khan announce?', v, lexicon).concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms));
    expect(terms).toContain('শাহরুখ');
  });

  it('reads a capitalised word the lexicon lists as a name too (Mark Carney), not a lowercase one', () => {
    // মার্কো sounds like "mark" as much as মার্ক does: a lowercase word keeps only a sound-alike that stands alone
    const v = Vocabulary.fromPassageTerms([analyzeTerms('কানাডার প্রধানমন্ত্রী মার্ক কার্নি বলেন। দাগ চিহ্নিত করা হয়। মার্কো এলেন।')]);
    const terms = (text: string) => understand(text, v, lexicon).concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms));
    expect(terms('What did Mark Carney say?')).toContain('মার্ক');
    expect(terms('what did they mark on the map?')).not.toContain('মার্ক');
    // a short name the lexicon lists as a word the reports never use: read as the name (jeweller জুয়েলার্স is not here)
    const named = Vocabulary.fromPassageTerms([analyzeTerms('অপহরণের পরিকল্পনা করেন জুয়েল প্রামানিক।')]);
    const reached = (text: string) => understand(text, named, lexicon).concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms));
    expect(reached('Why did Jewel Pramanik plan the kidnapping?')).toContain('জুয়েল');
    // … and by the same short key when the index holds its translation too (City: শহর is here, and so is সিটি)
    const city = Vocabulary.fromPassageTerms([analyzeTerms('গাজা সিটিতে হামলা হয়েছে। শহরের বাজার বন্ধ।')]);
    expect(understand('What happened in Gaza City?', city, lexicon).concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms))).toContain('সিটি');
  });

  it('reads an abbreviation the index writes by its letters\' names (AIMS → এআইএমএস, bpm6 → বিপিএম৬)', () => {
    const v = Vocabulary.fromPassageTerms([analyzeTerms('এআইএমএস জরিপ করেছে। বিপিএম৬ হিসাবে রিজার্ভ কমেছে।')]);
    const alternatives = (text: string, label: string) =>
      understand(text, v, lexicon).concepts.find((c) => c.label === label)?.alternatives.map((a) => a.terms.join('+'));
    expect(alternatives('How many reefs did AIMS survey?', 'AIMS')).toContain('এআইএমএস');
    expect(alternatives('reserves under bpm6', 'bpm6')).toContain('বিপিএম+6');
    // in a question that uses case, only a word in capitals is read by its letters (Te Moana is a name, not T-E)
    const letters = Vocabulary.fromPassageTerms([analyzeTerms('টিই নামের সংস্থা এবং তে মোয়ানা ফাউন্ডেশন চুক্তির সমালোচনা করেছে।')]);
    const terms = understand('What does the Te Moana Foundation say about the deal?', letters, lexicon).concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms));
    expect(terms).not.toContain('টিই');
    expect(understand('What did TE say?', letters, lexicon).concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms))).toContain('টিই');
  });

  it('reads a capital letter alone as its Bengali name (the B unit → বি ইউনিট), not the s of a possessive', () => {
    const v = Vocabulary.fromPassageTerms([analyzeTerms("৫ মার্চ 'বি' ইউনিটের পরীক্ষা। রাশিয়ার এস-৪০০।")]);
    const terms = (text: string) => understand(text, v, lexicon).concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms));
    expect(terms('When is the B unit test?')).toContain('বি');
    expect(terms("What is Russia's S-400?")).toContain('এস'); // S-400 is spelt এস-৪০০
    expect(terms("What are Russia's plans?")).not.toContain('এস'); // the s of a possessive is no letter's name
  });

  it('tells a question that asks for several things (a list answers it)', () => {
    expect(q('In which sectors is trade growing?').asksList).toBe(true);
    expect(q('Which Central Asian leaders joined the forum?').asksList).toBe(true);
    expect(q('সম্মেলনে কোন কোন দেশের নেতারা আছেন?').asksList).toBe(true);
    // কোন with a plural noun, Bengali or romanized
    expect(q('রাশিয়া কোন দেশগুলোর সঙ্গে সম্পর্ক গড়ছে?').asksList).toBe(true);
    expect(q('rashia kon desh gulor sathe somporko barasse').asksList).toBe(true);
    expect(q('রাশিয়া কোন দেশের সঙ্গে চুক্তি করেছে?').asksList).toBeUndefined();
    expect(q('Which news outlet reported the call?').asksList).toBeUndefined(); // "news" is no plural
    expect(q('Which country hosted the summit?').asksList).toBeUndefined();
    expect(q('সম্মেলন কোন শহরে হয়েছে?').asksList).toBeUndefined();
  });

  it('finds an English phrase written in Bengali letters among near-misses of its words', () => {
    // অর্ধে: an index term that sounds like "order" too, with less sure vowels
    const v = Vocabulary.fromPassageTerms([analyzeTerms('পুতিন নিউ ওয়ার্ল্ড অর্ডার গড়তে চান।'), ['অর্ধে']]);
    const order = understand('world order putin', v, lexicon).concepts.find((c) => c.label === 'world order')!;
    expect(order.alternatives.find((a) => a.whole)?.terms).toEqual(analyzeTerms('ওয়ার্ল্ড অর্ডার'));
  });

  it('does not take a Bengali word the lexicon lists for another meaning as an English word in Bengali letters', () => {
    const v = Vocabulary.fromPassageTerms([analyzeTerms('তাঁকে পারিবারিক কবরস্থানে দাফন করা হয়। তিনি যুদ্ধের বিরুদ্ধে ছিলেন।')]);
    const buried = understand('Where was he buried?', v, lexicon).concepts.find((c) => c.label === 'buried')!;
    const terms = buried.alternatives.flatMap((a) => a.terms);
    expect(terms).toContain(analyzeTerms('দাফন')[0]);
    expect(terms).not.toContain(analyzeTerms('বিরুদ্ধে')[0]); // "against", not "buried"
  });

  it('reads a romanized past tense as a verb even when the verb table does not know it', () => {
    const laglo = q('islampur e agun kivabe laglo').concepts.find((c) => c.label === 'laglo');
    expect(laglo?.weak).toBe(true);
    expect(q('islampur e agun kivabe laglo').concepts.find((c) => c.label === 'agun')?.weak).toBeFalsy();
  });

  it('reads romanized Bengali as Bangladeshis type it: korse, a detached "te", ক্ষ as kkh, a synonym\'s spelling', () => {
    const v = Vocabulary.fromPassageTerms(
      [
        'নিপাহ ভাইরাসে একই পরিবারের তিনজনের মৃত্যু হয়েছে।',
        'ফল পুনর্নিরীক্ষণের আবেদন চলবে ১৭ মে পর্যন্ত।',
        'পুলিশ তিনজনকে গ্রেপ্তার করেছে।',
        'নাটকে নয়নতারার ভূমিকায় অভিনয় করেছেন রিয়া।',
      ].map(analyzeTerms),
    );
    const ask = (text: string) => understand(text, v, lexicon);
    // a case ending typed as a word of its own asks nothing
    expect(ask('nipah te koto jon mara gese').concepts.map((c) => c.label)).not.toContain('te');
    // the colloquial perfect (gese গেছে, korse করছে) is a verb: how the asker phrased it, not what is asked
    expect(ask('nipah te koto jon mara gese').concepts.find((c) => c.label === 'gese')?.weak).toBe(true);
    expect(ask('riya ki obhinoy korse').concepts.find((c) => c.label === 'korse')?.weak ?? true).toBe(true);
    // kkh is ক্ষ (punornirikkhon পুনর্নিরীক্ষণ), and porjonto the function word পর্যন্ত
    const review = reach(ask('khata punornirikkhon er abedon kobe porjonto'));
    expect(review.punornirikkhon).toContain(analyzeTerms('পুনর্নিরীক্ষণের')[0]);
    expect(Object.keys(review)).not.toContain('porjonto');
    // greftar spells গ্রেফতার, which the reports write গ্রেপ্তার
    expect(reach(ask('chandinay koyjon greftar holo')).greftar).toContain(analyzeTerms('গ্রেপ্তার')[0]);
    // a transliteration's ending is a guess: nayontara is নয়নতারা, looked up whole too
    expect(reach(ask('nayontara r role e ke obhinoy korse')).nayontara).toContain(analyzeTerms('নয়নতারার')[0]);
  });

  it('lets the skeleton-only matches of a romanized word count but propose nothing once its spelling meets a word', () => {
    // nodi নদি meets নদী but for a fold, and the name নাদিয়া by its skeleton only
    const v = Vocabulary.fromPassageTerms(['নদীর পানি বেড়েছে।', 'নাদিয়া বক্তব্য দেন।'].map(analyzeTerms));
    const nodi = understand('nodi te pani koto barlo', v, lexicon).concepts.find((c) => c.label === 'nodi')!;
    const terms = (scoreOnly: boolean) => nodi.alternatives.filter((a) => !!a.scoreOnly === scoreOnly).flatMap((a) => a.terms);
    expect(terms(false)).toEqual(analyzeTerms('নদী'));
    expect(terms(true)).toEqual(analyzeTerms('নাদিয়া'));
  });

  it('reads "how many" written solid with its unit as the cue and the unit counted (কয়দিন, koydin)', () => {
    for (const text of ['কারখানা কয়দিন বন্ধ থাকবে', 'karkhana koydin bondho thakbe', 'কারখানা কত দিন বন্ধ থাকবে']) {
      const query = q(text);
      expect(query.type).toBe('how_many');
      expect(query.concepts.find((c) => c.counted)?.label).toMatch(/^(দিন|din)$/u);
    }
    // … but কতদিন পর্যন্ত asks until when, which a date answers
    expect(q('শুল্ক হার কতদিন পর্যন্ত থাকবে').type).not.toBe('how_many');
  });

  it('does not read a romanized word as an English one the stemmer alone reaches (shunte is no form of "shunt")', () => {
    const v = Vocabulary.fromPassageTerms(['রোগীদের অন্যত্র সরানো হয়েছে।', 'শিশুরা আবার শুনতে পাচ্ছে।', 'পুকুরে কই মাছ।'].map(analyzeTerms));
    const reached = reach(understand('trial e koyta bachha abar shunte paise', v, lexicon));
    expect(reached.shunte ?? []).not.toContain(analyzeTerms('সরানো')[0]);
    // an English word inflected as English still is one (bridges, opened)
    expect(reach(understand('notun bridges kobe opened hobe', v, lexicon)).bridges).toEqual(expect.arrayContaining(analyzeTerms('সেতু')));
  });

  it('reads a unit of sale before "how much" as asking its price, "now" as no subject (মরিচের কেজি কত এখন), and days or percent counted as no price', () => {
    for (const text of ['বগুড়ায় কাঁচা মরিচের কেজি কত এখন', 'bogura te kacha morich er kg koto ekhon', 'price of green chilli per kg now']) {
      const query = q(text);
      expect(query.asksPrice, text).toBe(true);
      const now = query.concepts.find((c) => /^(এখন|ekhon|now)$/u.test(c.label));
      expect(now?.weak ?? true, text).toBe(true);
    }
    expect(q('বগুড়ায় কত কেজি মরিচ বিক্রি হয়েছে').asksPrice).toBeUndefined(); // a weight
    // a count of people, whatever money the question names
    expect(q('বিকাশ এজেন্টের টাকা ছিনতাই, কয়জন গ্রেপ্তার').asksPrice).toBeUndefined();
    expect(q('chandina te agent er taka chintai, koyjon greftar').asksPrice).toBeUndefined();
    expect(q('ছিনতাই হওয়া টাকার পরিমাণ কত').asksPrice).toBe(true);
    // days, percent or kilometres counted, whatever rent or price the question names
    expect(q('গলওয়েতে একটা বাড়ি বছরে কত দিন পর্যটকদের ভাড়া দেওয়া যাবে').asksPrice).toBeUndefined();
    expect(q('কোকোর দাম কত শতাংশ বাড়ল').asksPrice).toBeUndefined();
    expect(q('How many days a year can a flat be rented to tourists?').asksPrice).toBeUndefined();
    expect(q('বাড়ি ভাড়া কত বেড়েছে').asksPrice).toBe(true);
  });

  it('reads কতক্ষণ (how long) as asking for a number, a duration, with nothing after it counted', () => {
    const query = q('নতুন মেট্রোতে ওর্তিগাস থেকে তাইতাই যেতে কতক্ষণ লাগবে');
    expect(query.type).toBe('how_many');
    expect(query.concepts.filter((c) => c.counted)).toEqual([]);
    const inCase = q('অনুরোধ পাঠানোর কতক্ষণের মধ্যে রক্তদাতারা হাসপাতালে আসেন'); // within how long
    expect(inCase.type).toBe('how_many');
    expect(inCase.concepts.map((c) => c.label)).not.toContain('কতক্ষণের');
  });

  it('tells a "when" asked in the future (কবে আসবে, when will, kobe dibe) from one asked in the past', () => {
    expect(q('পুষ্টি জরিপের পূর্ণাঙ্গ রিপোর্ট কবে আসবে').asksFuture).toBe(true);
    expect(q('When will the toll collection start?').asksFuture).toBe(true);
    expect(q('admission er result kobe dibe').asksFuture).toBe(true);
    expect(q('সেতুটি কবে চালু হয়েছিল').asksFuture).toBeUndefined();
    expect(q('When did the bridge open?').asksFuture).toBeUndefined();
    expect(q('সেতুর নির্মাণকাজ কত দিনে শেষ হবে').asksFuture).toBeUndefined(); // a number, not a date
  });

  it('reads a case ending the other way when the stem it leaves is no index term (সিরিয়াতে: সিরিয়া + -তে)', () => {
    const v = Vocabulary.fromPassageTerms([analyzeTerms('সিরিয়ায় রাশিয়ার দুটি ঘাঁটি আছে।'), analyzeTerms('রাতে হামলা হয়।')]);
    expect(reach(understand('সিরিয়াতে রাশিয়ার ঘাঁটি কয়টা', v, lexicon))['সিরিয়াতে']).toContain(analyzeTerms('সিরিয়া')[0]);
    // a stem the index holds is kept: রাতে is রাত + -এ
    expect(reach(understand('রাতে কী হয়েছে', v, lexicon))['রাতে']).toContain(analyzeTerms('রাত')[0]);
  });

  it('reads two romanized words the source writes as one word as that word (prodhan montri → প্রধানমন্ত্রী)', () => {
    const v = Vocabulary.fromPassageTerms([analyzeTerms('নতুন প্রধানমন্ত্রী হয়েছেন দ্রাগান।'), analyzeTerms('শিক্ষামন্ত্রী বলেন।')]);
    const r = reach(understand('montenegro er notun prodhan montri ke hoilo', v, lexicon));
    expect(r['prodhan montri']).toEqual(analyzeTerms('প্রধানমন্ত্রী'));
    expect(reach(understand('shikkha montri ki bollen', v, lexicon))['shikkha montri']).toEqual(analyzeTerms('শিক্ষামন্ত্রী'));
    // never with a question word or a one-letter word (kobe r = কবে আর, though the index holds কবের's stem from কবে)
    const w = Vocabulary.fromPassageTerms([analyzeTerms('ধস নামে কবে, কবের কথা।'), analyzeTerms('রাত ২টা বাজে।')]);
    const labels = understand('dhos ta kobe r koto ta baje', w, lexicon).concepts.map((c) => c.label);
    expect(labels).not.toContain('kobe r');
    // nor with a case ending or conjunction first (tournament er por: the tournament's "after", not এরপর "then"),
    // while other function words still may (proti bochor প্রতিবছর)
    const x = Vocabulary.fromPassageTerms([analyzeTerms('এরপর টুর্নামেন্টের পর রেটিং বাড়বে।'), analyzeTerms('প্রতিবছর বন্যা হয়।')]);
    expect(understand('tournament er por rating koto', x, lexicon).concepts.map((c) => c.label)).not.toContain('er por');
    expect(reach(understand('proti bochor bonna hoy keno', x, lexicon))['proti bochor']).toEqual(analyzeTerms('প্রতিবছর'));
    // the solid word, and its two words as other reports write them apart (নোনাজল, নোনা জল); a plural typed apart is
    // the word's ending (boi gula)
    const y = Vocabulary.fromPassageTerms([analyzeTerms('ছবি নোনাজল মুক্তি পাবে।'), analyzeTerms('নোনা জল ছবিটি।'), analyzeTerms('বই এসেছে।')]);
    expect(understand('nona jol kobe mukti pabe', y, lexicon).concepts.find((c) => c.label === 'nona jol')?.alternatives.map((a) => a.terms)).toEqual([
      analyzeTerms('নোনাজল'),
      analyzeTerms('নোনা জল'),
    ]);
    expect(understand('boi gula kobe eseche', y, lexicon).concepts.map((c) => c.label)).not.toContain('gula');
  });

  it('drops a Bengali case ending a mixed question writes apart after a Latin word (SSC তে, ICU র)', () => {
    expect(labels('SSC তে GPA 5 কতজন পেয়েছে')).not.toContain('তে');
    expect(labels('ICU র বেড কয়টি')).not.toContain('র');
    expect(labels('Putin কে?')).toEqual(['Putin']); // কে after a name is "who"
    expect(labels('Sensor গুলো কত কম temperature এও কাজ করে')).not.toContain('এও'); // with the clitic ও, "even at"
    expect(labels('ওদের robot টার নাম কী?')).toEqual(['robot', 'নাম']); // the classifier in the genitive, "the robot's"
  });

  it('reads কয়দিন with a case ending (কয়দিনের জন্য, koydiner) as "how many days", not as a word', () => {
    const forDays = q('সেতুটি কয়দিনের জন্য বন্ধ থাকবে');
    expect(forDays.type).toBe('how_many');
    expect(forDays.concepts.map((c) => c.label)).not.toContain('কয়দিনের');
    expect(labels('setu ta koydiner jonno bondho thakbe')).not.toContain('koydiner');
  });

  it('drops the pronouns a question uses for what it named (uni, উনি; সেগুলো; ওরা)', () => {
    expect(labels('putin pezeshkian ke amontron dilo, uni ki raji hoise')).not.toContain('uni');
    expect(labels('উনি কবে মস্কো যাবেন')).not.toContain('উনি');
    // … and the plural demonstrative for what it has named
    expect(labels('দলটি কতগুলো যন্ত্র বানাতে চায়, আর সেগুলো কোথায় যাবে')).not.toContain('সেগুলো');
    // … and the colloquial plural "they" (ওরা, ওদের; ora in Latin letters)
    expect(labels('ওদের রোবটের নাম কী')).not.toContain('ওদের');
    expect(labels('olympiad jite ora koto taka pailo')).not.toContain('ora');
  });

  it('reads kisher ("in what", কিসের) as a question word, not as a word by its sound (কিশোর, খসড়া)', () => {
    expect(labels('mudra gulo kisher moddhe pawa geche')).not.toContain('kisher');
    expect(labels('mudra gulo kise rakha chilo')).not.toContain('kise');
  });

  it('reads an English-looking word of a romanized question as the Bengali word it spells too (dam দাম)', () => {
    const v = Vocabulary.fromPassageTerms([analyzeTerms('হিমাগারে আলুর দাম কেজিপ্রতি ১২ টাকা।'), analyzeTerms('নদীতে বাঁধ ভেঙেছে।')]);
    const dam = (text: string) => reach(understand(text, v, lexicon)).dam ?? [];
    expect(dam('munshiganje alur dam koto')).toEqual(expect.arrayContaining(['দাম', 'বাঁধ']));
    expect(dam('When did the dam break?')).not.toContain('দাম'); // an English question means the dam
  });

  it('reads একেকটি ("each one") as a common word, not an unknown one that must be stated like a name', () => {
    const kind = (text: string, label: string) => q(text).concepts.find((c) => c.label === label)?.kind;
    expect(kind('একেকটি কেন্দ্র চালাতে বছরে কত খরচ', 'একেকটি')).toBe('general');
    expect(kind('প্রতিটি কেন্দ্র চালাতে বছরে কত খরচ', 'প্রতিটি')).toBe('general');
  });

  it('survives empty and odd input', () => {
    expect(q('').concepts).toEqual([]);
    expect(q('🙂🙂 ??? <b>&</b>').concepts.length).toBeLessThanOrEqual(1);
  });
});
