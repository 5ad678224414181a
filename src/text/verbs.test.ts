import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.js';
import { ambiguousVerbForms, isCitationForm, verbForms, verbLemma, verbTable, verbTableSource } from './verbs.js';

const n = normalize;
const lemma = (w: string): string | undefined => verbLemma(n(w));
const forms = (w: string): readonly string[] | undefined => verbForms(n(w));

describe('verbLemma: question tense vs. text tense', () => {
  it.each([
    // question form, text form, citation form
    ['দিচ্ছে', 'দিয়েছে', 'দেওয়া'], // উত্তর কোরিয়া রাশিয়াকে কী দিচ্ছে? / … দিয়েছে
    ['দেবে', 'দিয়েছিল', 'দেওয়া'],
    ['দেয়নি', 'দিলেন', 'দেওয়া'],
    ['নিচ্ছেন', 'নিয়েছেন', 'নেওয়া'],
    ['নেবেন', 'নিলো', 'নেওয়া'],
    ['পৌঁছান', 'পৌঁছেছেন', 'পৌঁছানো'], // কবে পৌঁছান / মস্কোতে পৌঁছেছেন
    ['পৌঁছায়', 'পৌঁছাবেন', 'পৌঁছানো'],
    ['পৌঁছল', 'পৌঁছানোর', 'পৌঁছানো'],
    ['গেছেন', 'যাবেন', 'যাওয়া'],
    ['যাচ্ছে', 'গিয়েছিল', 'যাওয়া'],
    ['গেল', 'যেত', 'যাওয়া'],
    ['এসেছে', 'আসবে', 'আসা'],
    ['এল', 'আসছিল', 'আসা'],
    ['এলেন', 'এসেছিলেন', 'আসা'],
    ['পাচ্ছে', 'পেয়েছে', 'পাওয়া'],
    ['পেল', 'পাবে', 'পাওয়া'],
    ['চান', 'চেয়েছেন', 'চাওয়া'],
    ['চায়', 'চাইলেন', 'চাওয়া'],
    ['করবেন', 'করেছিলেন', 'করা'],
    ['করছে', 'করলো', 'করা'],
    ['বলছে', 'বলেছেন', 'বলা'],
    ['জানান', 'জানিয়েছে', 'জানানো'],
    ['জানাল', 'জানিয়েছিল', 'জানানো'],
    ['পাঠাচ্ছে', 'পাঠিয়েছে', 'পাঠানো'],
    ['বাড়ছে', 'বেড়েছে', 'বাড়া'],
    ['বাড়াবে', 'বাড়িয়েছে', 'বাড়ানো'],
    ['কমবে', 'কমেছে', 'কমা'],
    ['হারাল', 'হারিয়েছে', 'হারানো'],
    ['হারবে', 'হেরেছে', 'হারা'],
    ['জিতল', 'জিতেছিল', 'জেতা'],
    ['খুলবে', 'খোলা', 'খোলা'],
    ['লিখছেন', 'লেখেন', 'লেখা'],
    ['উঠছে', 'ওঠে', 'ওঠা'],
    ['ফিরছে', 'ফেরেনি', 'ফেরা'],
    ['তুলছি', 'তুলেছে', 'তোলা'],
    ['থাকছে', 'থাকবেন', 'থাকা'],
    ['রাখবে', 'রেখেছে', 'রাখা'],
    ['মারছে', 'মেরেছে', 'মারা'],
    ['ছাড়বে', 'ছেড়েছে', 'ছাড়া'],
    ['ঘটছে', 'ঘটেছে', 'ঘটা'],
    ['ঘটাবে', 'ঘটিয়েছে', 'ঘটানো'],
    ['চালাচ্ছে', 'চালিয়েছে', 'চালানো'],
    ['দাঁড়াবে', 'দাঁড়িয়েছে', 'দাঁড়ানো'],
    ['সরাবে', 'সরিয়ে', 'সরানো'],
    ['সারাতে', 'সারিয়েছে', 'সারানো'],
    ['বিকিয়েছিল', 'বিকোচ্ছে', 'বিকানো'],
    ['দেখাতে', 'দেখিয়েছেন', 'দেখানো'],
    ['দেখছে', 'দেখেছে', 'দেখা'],
    ['কিনছে', 'কিনে', 'কেনা'],
    ['নামবে', 'নেমে', 'নামা'],
    ['এগোচ্ছে', 'এগিয়ে', 'এগোনো'],
    ['পেছাবে', 'পিছিয়ে', 'পেছানো'],
    ['লড়ছে', 'লড়েছে', 'লড়া'],
    ['ছড়াচ্ছে', 'ছড়িয়েছে', 'ছড়ানো'],
    ['হানবে', 'হেনেছে', 'হানা'],
    ['ছাড়াল', 'ছাড়িয়েছে', 'ছাড়ানো'],
  ])('%s ~ %s → %s', (q, t, l) => {
    expect(lemma(q)).toBe(n(l));
    expect(lemma(t)).toBe(n(l));
  });
});

describe('verbTableSource', () => {
  it('names every verb of the table, so a saved analysis keyed by it is rebuilt when a verb is added', () => {
    const source = normalize(verbTableSource());
    expect([...verbTable().keys()].filter((lemma) => !source.includes(lemma))).toEqual([]);
    expect(source).toContain(normalize('বিকানো'));
  });
});

describe('isCitationForm', () => {
  it("tells a verb's citation form from its other forms and from words that are no verb", () => {
    expect(isCitationForm(normalize('দেওয়া'))).toBe(true);
    expect(isCitationForm(normalize('নেওয়া'))).toBe(true);
    expect(isCitationForm(normalize('দিয়েছেন'))).toBe(false);
    expect(isCitationForm(normalize('অংশ'))).toBe(false);
  });
});

describe('verbForms', () => {
  it('widens পৌঁছেছেন to the present and future forms', () => {
    const f = forms('পৌঁছেছেন');
    expect(f).toBeDefined();
    expect(f).toContain(n('পৌঁছান'));
    expect(f).toContain(n('পৌঁছাবেন'));
    expect(f).toContain(n('পৌঁছেছেন'));
    expect(f).toContain(n('পৌঁছে'));
  });

  it('includes the input itself and the paradigm of দেওয়া', () => {
    const f = forms('দিচ্ছে')!;
    for (const w of ['দিচ্ছে', 'দেয়', 'দেন', 'দিয়েছে', 'দিয়েছেন', 'দিল', 'দিলো', 'দিলেন', 'দিত', 'দেবে', 'দিবে', 'দেবেন',
      'দেয়নি', 'দেননি', 'দিতে', 'দিয়ে', 'দিলে', 'দেওয়া', 'দেয়া', 'দিচ্ছিল', 'দিয়েছিলেন']) {
      expect(f).toContain(n(w));
    }
  });

  it('reads the colloquial perfect as phones type it (পাইছে, দিছে, নিছে, খাইছে)', () => {
    expect(lemma('পাইছে')).toBe('পাওয়া');
    expect(lemma('দিছে')).toBe('দেওয়া');
    expect(lemma('নিছেন')).toBe('নেওয়া');
    expect(lemma('খাইছে')).toBe(lemma('খেয়েছে'));
    expect(forms('পাইছে')).toContain(n('পেয়েছে'));
  });

  it('knows the irregular forms of যাওয়া and আসা', () => {
    const go = forms('যাবে')!;
    for (const w of ['গেছে', 'গিয়েছে', 'গেল', 'যাচ্ছে', 'গিয়েছিল', 'যেত', 'যায়নি', 'যেতে']) expect(go).toContain(n(w));
    const come = forms('আসবে')!;
    for (const w of ['এসেছে', 'এল', 'এলো', 'আসছে', 'এসে', 'আসেনি']) expect(come).toContain(n(w));
  });

  it('generates the verbal noun of causative roots in -ানো', () => {
    expect(forms('পাঠিয়েছে')).toContain(n('পাঠানো'));
    expect(forms('জানিয়েছে')).toContain(n('জানানো'));
    expect(forms('জানিয়েছে')).toContain(n('জানানোর'));
  });

  it('knows the verbs of making, weaving, counting and mooring that reports use (বুনত, গুনেছেন, বানাতে, ভিড়েছে)', () => {
    expect(forms('বুনে')).toContain(n('বুনত'));
    expect(forms('বোনেন')).toContain(n('বুনছেন'));
    expect(forms('গুনতে')).toContain(n('গুনেছেন'));
    expect(forms('বানাল')).toContain(n('বানাতে'));
    expect(forms('ভিড়তে')).toContain(n('ভিড়েছে'));
    expect(forms('পড়ায়')).toContain(n('পড়াচ্ছেন'));
    expect(lemma('ঝুঁকছেন')).toBe(n('ঝোঁকা'));
  });

  it('returns the same array for every form of one verb', () => {
    expect(forms('গেছেন')).toBe(forms('যাবেন'));
  });

  it('accepts the spelling of পৌঁছা without chandrabindu', () => {
    expect(lemma('পৌছেছে')).toBe(n('পৌঁছানো'));
  });
});

describe('non-verbs and excluded readings', () => {
  it.each(['চুক্তি', 'রাশিয়া', 'রাশিয়াকে', 'ইরান', 'বৈঠক', 'সরবরাহ', 'ঘোষণা', 'শুরু', 'হয়েছে', 'রয়েছে', 'কবে', 'কী'])(
    '%s is not a known verb form',
    (w) => {
      expect(verbForms(n(w))).toBeUndefined();
      expect(verbLemma(n(w))).toBeUndefined();
    },
  );

  it.each([
    'নামে', // "named"
    'হারে', // "at a rate"
    'গড়ে', // "on average"
    'চেয়ে', // "than"
    'ধরে', // "for (a duration)"
    'দিন', // "day"
    'দিক', // "direction"
    'বাড়ি', // "house"
    'ছাড়া', // "except"
    'ছাড়াও', // "besides"
    'মানে', // "meaning"
    'চিনি', // "sugar"
    'নেই', // "there is not"
    'আসলে', // "actually"
    'হারুন', // the name Harun, not "lose!" (a "losing" question met হারুন মাঝি's quote)
    'বোনে', // a sister's, not "weaves"
    'ভেড়া', // "sheep"
    'ভিড়ে', // "in the crowd"
    'ভেড়ার', // a sheep's
    'ঝুঁকি', // "risk", not "I lean"
    'ফোটো', // "photo"
    'বানান', // "spelling"
    'চালান', // "a consignment" (টিকার প্রথম চালান), far more often than "(they) run"
  ])('%s keeps its non-verbal reading', (w) => {
    expect(verbLemma(n(w))).toBeUndefined();
  });

  it('reads খেলেন as "play", not the past of খাওয়া', () => {
    expect(lemma('খেলেন')).toBe(n('খেলা'));
    expect(lemma('খেয়েছেন')).toBe(n('খাওয়া'));
  });

  it('keeps stopword forms; the caller decides', () => {
    expect(lemma('থেকে')).toBe(n('থাকা'));
    expect(lemma('করে')).toBe(n('করা'));
  });
});

describe('table integrity', () => {
  const table = verbTable();

  it('covers roughly a hundred verbs', () => {
    expect(table.size).toBeGreaterThanOrEqual(100);
  });

  it('maps every form to exactly one lemma', () => {
    const owner = new Map<string, string>();
    for (const [l, fs] of table) {
      for (const f of fs) {
        expect(owner.get(f), `${f} in ${l} and ${owner.get(f)}`).toBeUndefined();
        owner.set(f, l);
        expect(verbLemma(f)).toBe(l);
        expect(verbForms(f)).toBe(fs);
      }
    }
  });

  it('drops ambiguous forms from every verb', () => {
    for (const f of ambiguousVerbForms()) expect(verbLemma(f)).toBeUndefined();
  });

  it('stores only normalised forms (decomposed য়, no precomposed U+09DF)', () => {
    for (const [l, fs] of table) {
      expect(normalize(l)).toBe(l);
      for (const f of fs) {
        expect(normalize(f)).toBe(f);
        expect(f).not.toMatch(/[\u09DC\u09DD\u09DF\s]/);
      }
    }
  });

  it('finds a precomposed য় input once it is normalised', () => {
    expect(verbLemma(normalize('দি\u09DFেছে'))).toBe(n('দেওয়া'));
  });
});
