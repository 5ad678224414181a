import { describe, expect, it } from 'vitest';
import { detectLanguage, isRomanizedBengaliWord } from './language.js';

/** Labelled questions: [text, expected language]. */
const LABELLED: Array<[string, 'bn' | 'en' | 'romanized' | 'mixed']> = [
  ['iran rashiake ki drone diyeche', 'romanized'],
  ['kremliner mukhopatro ke', 'romanized'],
  ['pezeshkian kobe moscow gesen?', 'romanized'],
  ['chukti kobe shoi hoyeche', 'romanized'],
  ['iran o rashiar moddhe ki chukti hoyeche', 'romanized'],
  ['rashia iran theke koto drone kineche', 'romanized'],
  ['brics e iran kobe jog diyeche', 'romanized'],
  ['putin er sathe boithok', 'romanized'],
  ['uttor korea rashia somporko', 'romanized'],
  ['trump ki bolechen', 'romanized'],
  ['pezeshkian er shofor', 'romanized'],
  ['Iran-Russia chukti', 'romanized'],
  ['kothay boithok hoyeche', 'romanized'],
  ['iraner president ke', 'romanized'],
  ['kobe', 'romanized'],
  // taka is Bengali as much as English; "agenter" is English only by its lemma
  ['chandinay bikash agenter taka chintai, koyjon greftar', 'romanized'],
  ['nipah te ekoi poribarer kara mara gese', 'romanized'],
  ['machine nosto thakar somoy dine kojon er fingerprint nite parsilo', 'romanized'],
  // boi reaches "boy" only through the stemmer, with no English ending: no evidence of English
  ['ekushe boi mela kobe shuru', 'romanized'],
  ['rashia', 'romanized'],
  // a Bengali question word and no English function word: English nouns borrowed into romanized Bengali
  ['putin new world order keno banate chay', 'romanized'],
  ['metro rail fare koto', 'romanized'],
  ['Pezeshkian এর মস্কো সফর কবে?', 'mixed'],
  ['MI5 প্রধান কে?', 'mixed'],
  ['BRICS-এ ইরান কবে যোগ দেয়?', 'mixed'],
  ['ইরানের প্রেসিডেন্ট কবে মস্কো গেছেন?', 'bn'],
  ['কেন ম্যাককালাম কী বলেছেন?', 'bn'],
  ['২০২২ সালের ফেব্রুয়ারি', 'bn'],
  ['ইরান-রাশিয়া চুক্তি', 'bn'],
  ['চুক্তি', 'bn'],
  ['Putin Pezeshkian meeting', 'en'],
  ['When did Pezeshkian visit Moscow?', 'en'],
  ['What did Peskov say about Iran?', 'en'],
  ['Who is the Kremlin spokesman?', 'en'],
  ['Ken McCallum MI5 Iran plots', 'en'],
  ['How many drones did Iran supply to Russia?', 'en'],
  ['Iran Russia strategic partnership treaty signed', 'en'],
  ['BRICS summit Kazan', 'en'],
  ['shahed drone', 'en'],
  ['Is North Korea an ally of Russia?', 'en'],
  ['Why did Iran sign the deal', 'en'],
  ['Where was the meeting held?', 'en'],
  ['gas pipeline deal', 'en'],
  ['sanctions on Iran', 'en'],
  ['Moscow', 'en'],
  ['tehran', 'en'],
  ['drone', 'en'],
  ['treaty', 'en'],
  ['chocolate cake recipe', 'en'],
  ['climate change and water shortage', 'en'],
  ['moscowte boithok', 'romanized'],
];

describe('detectLanguage', () => {
  it.each(LABELLED)('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('classifies every labelled example correctly', () => {
    const correct = LABELLED.filter(([text, language]) => detectLanguage(text) === language).length;
    expect(correct / LABELLED.length).toBe(1);
  });

  it('defaults to English for text without words', () => {
    expect(detectLanguage('2022?')).toBe('en');
    expect(detectLanguage('')).toBe('en');
  });
});

describe('isRomanizedBengaliWord', () => {
  it('accepts romanized function, question and verb words and endings', () => {
    for (const word of ['ki', 'kobe', 'Keno', 'diyeche', 'gesen', 'kremliner', 'rashiake', 'shofor']) {
      expect(isRomanizedBengaliWord(word), word).toBe(true);
    }
  });
  it('rejects English words and names', () => {
    for (const word of ['meeting', 'the', 'treaty', 'signed', 'Moscow', 'Putin', 'Iran', 'leader', 'Friday', 'chocolate', 'kitchen', 'lake', 'Peter']) {
      expect(isRomanizedBengaliWord(word), word).toBe(false);
    }
  });
});
