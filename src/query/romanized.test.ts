import { describe, expect, it } from 'vitest';
import { romanizedToBengali } from './romanized.js';

describe('romanizedToBengali', () => {
  const pairs: Array<[string, string]> = [
    // table words
    ['ki', 'কী'], ['kobe', 'কবে'], ['ke', 'কে'], ['keno', 'কেন'], ['koto', 'কত'], ['kothay', 'কোথায়'],
    ['diyeche', 'দিয়েছে'], ['korche', 'করছে'], ['gesen', 'গেছেন'], ['gechen', 'গেছেন'], ['sathe', 'সাথে'],
    ['songe', 'সঙ্গে'], ['je', 'যে'], ['rashia', 'রাশিয়া'], ['iran', 'ইরান'], ['drone', 'ড্রোন'], ['moscow', 'মস্কো'],
    // phonetic scheme (not in the table)
    ['chukti', 'চুক্তি'], ['shanti', 'শান্তি'], ['kremlin', 'ক্রেমলিন'], ['bangladesh', 'বাংলাদেশ'], ['beijing', 'বেইজিং'],
    ['biman', 'বিমান'], ['ostro', 'অস্ত্র'], ['protirokkha', 'প্রতিরক্ষা'], ['uttor', 'উত্তর'], ['kshoti', 'ক্ষতি'],
    ['yemen', 'ইয়েমেন'], ['bolo', 'বলো'], ['mosko', 'মস্কো'], ['bishwo', 'বিশ্ব'], ['neta', 'নেতা'], ['onek', 'অনেক'],
    ['lebanon', 'লেবানন'], ['kathmandu', 'কাথমান্দু'], ['2022', '২০২২'], ['shikkha', 'শিক্ষা'], ['porikkha', 'পরিক্ষা'],
    // the colloquial s for ch of the perfect and progressive
    ['korse', 'করছে'], ['gese', 'গেছে'], ['hoise', 'হয়েছে'], ['bolsen', 'বলছেন'], ['korsilo', 'করছিল'],
    // everyday words whose o is ো, which the scheme would read as the inherent vowel
    ['lok', 'লোক'], ['dokan', 'দোকান'], ['bou', 'বউ'],
    // o after a vowel is ও, never অ (names and verbal nouns: shaon, khaoa, neoa)
    ['shaon', 'শাওন'], ['khaoa', 'খাওয়া'], ['neoa', 'নেওয়া'],
    // everyday words whose ch is ছ (chele: not চালু or চলা by sound)
    ['chele', 'ছেলে'], ['meye', 'মেয়ে'],
  ];
  it.each(pairs)('%s → %s', (latin, bengali) => {
    expect(romanizedToBengali(latin)).toBe(bengali.normalize('NFC'));
  });

  it('spells frequent domain words exactly', () => {
    expect(romanizedToBengali('shofor')).toBe('সফর');
    expect(romanizedToBengali('mukhopatro')).toBe('মুখপাত্র');
    expect(romanizedToBengali('pezeshkian')).toBe('পেজেশকিয়ান');
  });

  it('spells everyday words whose sound-alikes are many (sona is gold, not সেনা or শূন্য; hotat is হঠাৎ)', () => {
    expect(romanizedToBengali('sona')).toBe('সোনা');
    expect(romanizedToBengali('sonar')).toBe('সোনার');
    expect(romanizedToBengali('hotat')).toBe('হঠাৎ');
    expect(romanizedToBengali('jubo')).toBe('যুব'); // youth (jubo hockey), not জবাব or যাব
    expect(romanizedToBengali('kajkor')).toBe('কার্যকর'); // effective (kobe theke kajkor), not কোঝিকোড়
    expect(romanizedToBengali('atok')).toBe('আটক');
    expect(romanizedToBengali('komche')).toBe('কমছে'); // and so the colloquial komse
    expect(romanizedToBengali('mishil')).toBe('মিছিল'); // a procession, not মিশেল
    expect(romanizedToBengali('rogi')).toBe('রোগী');
    expect(romanizedToBengali('bebsha')).toBe('ব্যবসা'); // the sound match had বিষয়, বিশ্ব, বিশেষ, বেশি at half weight
    expect(romanizedToBengali('hotta')).toBe('হত্যা'); // murder, not হাত or হতো
    expect(romanizedToBengali('harse')).toBe('হেরেছে'); // lost, not হ্রাস
    expect(romanizedToBengali('shiropa')).toBe('শিরোপা'); // a title, not শেরপা
    expect(romanizedToBengali('porse')).toBe('পড়েছে'.normalize('NFC')); // fell, caught (dhora porse), not পরসে
    expect(romanizedToBengali('rakhse')).toBe('রেখেছে');
    expect(romanizedToBengali('gol')).toBe('গোল'); // a goal, not গল
    expect(romanizedToBengali('bisso')).toBe('বিশ্ব'); // world, not বিষয় or বিশেষ
    expect(romanizedToBengali('byabostha')).toBe('ব্যবস্থা');
    expect(romanizedToBengali('bacca')).toBe('বাচ্চা'); // not বাকি or বকেয়া
    expect(romanizedToBengali('paowa')).toBe('পাওয়া'.normalize('NFC'));
    expect(romanizedToBengali('korea')).toBe('কোরিয়া'.normalize('NFC')); // not করা
    expect(romanizedToBengali('dawat')).toBe('দাওয়াত'.normalize('NFC')); // an invitation, not দুটি
    expect(romanizedToBengali('sesh')).toBe('শেষ');
  });

  it('reads the colloquial perfect and past of a -ানো verb as its standard form (bosaise → বসিয়েছে, harailo → হারালো)', () => {
    expect(romanizedToBengali('bosaise')).toBe('বসিয়েছে'.normalize('NFC'));
    expect(romanizedToBengali('chalaisen')).toBe('চালিয়েছেন'.normalize('NFC'));
    expect(romanizedToBengali('harailo')).toBe('হারালো');
    // only a verb the table knows: other words keep their spelling by sound
    expect(romanizedToBengali('kaise')).toBe('কাইসে');
  });

  it('rebuilds table stems with Bengali case endings', () => {
    expect(romanizedToBengali('kremliner')).toBe('ক্রেমলিনের');
    expect(romanizedToBengali('rashiake')).toBe('রাশিয়াকে');
    expect(romanizedToBengali('rashiar')).toBe('রাশিয়ার');
    expect(romanizedToBengali('iraner')).toBe('ইরানের');
    expect(romanizedToBengali('irane')).toBe('ইরানে');
    expect(romanizedToBengali('chuktite')).toBe('চুক্তিতে');
  });

  it('ignores case and punctuation and leaves empty input alone', () => {
    expect(romanizedToBengali('Kobe?')).toBe('কবে');
    expect(romanizedToBengali('?')).toBe('?');
  });

  it('always produces Bengali script for Latin letters', () => {
    for (const word of ['xylophone', 'qatar', 'vladivostok', 'zaporizhzhia', 'wagner', 'hwang']) {
      expect(romanizedToBengali(word)).toMatch(/^[\u0980-\u09FF]+$/u);
    }
  });
});
