import { describe, expect, it } from 'vitest';
import { glossBengali, glossText } from './gloss.js';

describe('glossBengali', () => {
  it.each([
    ['শুক্রবার', 'Friday'], ['রোববার', 'Sunday'], ['শুক্রবারে', 'Friday'],
    ['জানুয়ারি', 'January'], ['ফেব্রুয়ারিতে', 'February'],
    ['১৭ জানুয়ারি', '17 January'], ['১৮ জানুয়ারি ২০২৫', '18 January 2025'],
    ['২০২২ সালের ফেব্রুয়ারিতে', 'February 2022'], ['২০২২ সালের ফেব্রুয়ারি মাসে', 'February 2022'],
    ['জানুয়ারি ২০২৫', 'January 2025'], ['২০২২ সালে', '2022'], ['জুলাই মাসে', 'July'],
    ['১৭০ কোটি ডলার', '1.7 billion dollars'], ['৩ লাখ টাকা', '300,000 taka'], ['৫০ শতাংশ', '50 percent'],
    ['২ বিলিয়ন ডলার', '2 billion dollars'], ['১৭০', '170'],
    ['২০ লাখ শিলিং', '2 million shillings'], ['৩৮ পেসো', '38 pesos'], ['৪ হাজার আরিয়ারি', '4,000 ariary'], // money abroad
    // counts, which a reader without Bengali digits cannot read: with their classifier, in parts, as a range
    ['৪৮টি', '48'], ['১১টির', '11'], ['৩৫০ জন', '350 people'], ['৩০জনকে', '30 people'], ['৩ হাজার ১২০টি', '3,120'],
    ['১৮ হাজার ৫০০টি', '18,500'], ['২ লাখ ৩০ হাজার', '230,000'], ['১ কোটি ২০ লাখ টাকা', '12 million taka'],
    ['১৫০ থেকে ২০০টি', '150–200'], ['৫-৭ জন', '5–7 people'],
    // a count in words
    ['তিনজন', '3 people'], ['দুটি', '2'], ['পাঁচ জন', '5 people'], ['সাতজনকে', '7 people'], ['ছয়টি', '6'],
    // a duration
    ['২০ বছরের', '20 years'], ['20 বছরের', '20 years'], ['৩ মাস', '3 months'], ['১ দিনের', '1 day'], ['৪৮ ঘণ্টা', '48 hours'],
  ])('%s → %s', (bn, en) => {
    expect(glossBengali(bn)).toBe(en);
  });

  it('glosses lexicon words, stripping case endings', () => {
    expect(glossBengali('চুক্তি')).toBe('treaty');
    expect(glossBengali('চুক্তির')).toBe('treaty');
    expect(glossBengali('সফরে')).toBe('visit');
    expect(glossBengali('ইরানের')).toBe("Iran's");
    expect(glossBengali('রাশিয়ার')).toBe("Russia's");
    expect(glossBengali('ক্রেমলিনের')).toBe("Kremlin's");
    expect(glossBengali('উত্তর কোরিয়ার')).toBe("North Korea's");
    expect(glossBengali('দেশগুলোর')).toBe('country');
    expect(glossBengali('রুশ')).toBe('Russian');
    expect(glossBengali('ব্রিকস')).toBe('BRICS');
    // an abbreviation Bengali writes by its letters' names is in capitals, listed as one or not
    expect(glossBengali('বিজিবি')).toBe('BGB');
    // by a row that says what the word means, not by a translation-only row that puts an English word so
    expect(glossBengali('প্রকাশ')).toBe('publish'); // not "exposure"
    expect(glossBengali('সংগঠন')).toBe('organisation'); // not "org"
    expect(glossBengali('পণ্য')).toBe('goods'); // not "cargo"
    expect(glossBengali('ডিএসই')).toBe('DSE');
    expect(glossBengali('মধ্যপ্রাচ্যে')).toBe('Middle East');
    expect(glossBengali('বলেছেন')).toBe('say');
    expect(glossBengali('যুক্তরাষ্ট্রের')).toBe("United States'");
  });

  it('returns undefined for unknown words and empty input', () => {
    expect(glossBengali('ঝিকমিক')).toBeUndefined();
    expect(glossBengali('  ')).toBeUndefined();
  });
});

describe('glossText', () => {
  const snippet = 'ইরানের প্রেসিডেন্ট মাসুদ পেজেশকিয়ান ১৭ জানুয়ারি শুক্রবার মস্কো সফর শুরু করেন। ২০২২ সালের ফেব্রুয়ারিতে ইউক্রেনে রাশিয়ার অভিযান শুরুর পর ইরান ১৭০ কোটি ডলারের ড্রোন দিয়েছে।';

  it('finds dates and terms in order of appearance, at most 8', () => {
    const glosses = glossText(snippet);
    expect(glosses.length).toBeLessThanOrEqual(8);
    expect(glosses.slice(0, 4)).toEqual([
      { bn: 'ইরানের', en: "Iran's" },
      { bn: 'প্রেসিডেন্ট', en: 'president' },
      { bn: 'মাসুদ পেজেশকিয়ান', en: 'Masoud Pezeshkian' },
      { bn: '১৭ জানুয়ারি', en: '17 January' },
    ]);
    expect(glosses.map((g) => g.en)).toContain('Friday');
  });

  it('renders dates and amounts later in the snippet when the limit allows', () => {
    const en = glossText(snippet, 20).map((g) => g.en);
    expect(en).toContain('February 2022');
    expect(en).toContain('1.7 billion dollars');
    expect(en).toContain("Russia's");
    expect(en).toContain('drone');
  });

  it('glosses an acronym the lexicon keeps in capitals, not as the function word it spells', () => {
    expect(glossText('ডব্লিউএইচও বলেছে, আইটি খাতে রপ্তানি বেড়েছে।', 20).map((g) => g.en)).toEqual(expect.arrayContaining(['WHO', 'IT']));
  });

  it('reads a number written in parts as one figure, not its first part alone', () => {
    expect(glossText('শনাক্ত বাসা থেকে ৩ হাজার ১২০টি বাচ্চা ফুটেছে।', 20)).toContainEqual({ bn: '৩ হাজার ১২০টি', en: '3,120' });
    expect(glossText('শনাক্ত বাসা থেকে ৩ হাজার ১২০টি বাচ্চা ফুটেছে।', 20).map((g) => g.en)).not.toContain('3,000');
  });

  it('glosses no function word by a lexicon word it resembles, nor a word with a classifier-like end by what is left', () => {
    const en = glossText('তিনি বলে গেছেন, সিটি কর্তৃপক্ষ কাজ করে যাচ্ছে এবং জেলার হাসপাতাল খোলা থাকবে।', 20).map((g) => g.en);
    for (const wrong of ['ball', 'tax', 'Xi', 'jailer']) expect(en).not.toContain(wrong);
    expect(en).toContain('hospital');
  });

  it('deduplicates and skips function words', () => {
    const en = glossText('সফর সফরে সফর এবং ও কবে', 20).map((g) => g.en);
    expect(en).toEqual(['visit']);
  });
});
