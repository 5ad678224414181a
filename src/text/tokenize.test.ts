import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hyphenCompounds, tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('splits on danda, quotes, commas and other punctuation', () => {
    const s = 'তাঁর এ সফরে তিনি ‘কৌশলগত অংশীদারত্ব’ চুক্তি সই করবেন। বাণিজ্য, বিনিয়োগ? হ্যাঁ! (রুশ)';
    expect(tokenize(s).map((t) => t.text)).toEqual([
      'তাঁর', 'এ', 'সফরে', 'তিনি', 'কৌশলগত', 'অংশীদারত্ব', 'চুক্তি', 'সই', 'করবেন', 'বাণিজ্য', 'বিনিয়োগ', 'হ্যাঁ', 'রুশ',
    ]);
  });

  it('splits hyphenated and dash-joined words', () => {
    expect(tokenize('ইরান-রাশিয়া ইরান–সমর্থিত').map((t) => t.norm)).toEqual(['ইরান', 'রাশিয়া', 'ইরান', 'সমর্থিত']);
  });

  it('reports offsets into the original string, even around invisible characters', () => {
    const s = '“রা\u200Cশি\u09DFা”, ক্রেমলিনের।';
    for (const t of tokenize(s)) expect(s.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(s).map((t) => t.norm)).toEqual(['রাশিয়া', 'ক্রেমলিনের']);
  });

  it('normalizes each token and keeps Latin words and numbers', () => {
    expect(tokenize('Pezeshkian ১৭০ ড্রোন, S-400 G20').map((t) => t.norm)).toEqual(['pezeshkian', '170', 'ড্রোন', 's', '400', 'g20']);
  });

  it('separates Bengali letters from digits and from Latin letters', () => {
    expect(tokenize('১৭০টি BRICSএর').map((t) => t.norm)).toEqual(['170', 'টি', 'brics', 'এর']);
  });

  it('does not start a word with a stray vowel sign', () => {
    const [t] = tokenize('েএই');
    expect(t.text).toBe('এই');
    expect(t.start).toBe(1);
  });

  it('always slices the original verbatim (property)', () => {
    const text = fc.string({ unit: fc.constantFrom(...'কাি্য়\u09BC\u200Cা।, -–aZ1১ ‘’'.split('')), maxLength: 40 });
    fc.assert(
      fc.property(text, (s) =>
        tokenize(s).every((t) => s.slice(t.start, t.end) === t.text && t.norm.length > 0 && t.start < t.end),
      ),
    );
  });
});

describe('hyphenCompounds', () => {
  it('returns hyphen- and dash-joined compounds whole', () => {
    const s = 'ইরান-রাশিয়া সম্পর্ক; আল-আসাদের পতন, ইরান–সমর্থিত গোষ্ঠী ও শ্যালক-দুলাভাই-চক্র।';
    const got = hyphenCompounds(s);
    expect(got.map((t) => t.text)).toEqual(['ইরান-রাশিয়া', 'আল-আসাদের', 'ইরান–সমর্থিত', 'শ্যালক-দুলাভাই-চক্র']);
    expect(got[2].norm).toBe('ইরান-সমর্থিত');
    for (const t of got) expect(s.slice(t.start, t.end)).toBe(t.text);
  });

  it('ignores dashes with spaces around them and lone words', () => {
    expect(hyphenCompounds('ইরান - রাশিয়া — চুক্তি। শুধু শব্দ')).toEqual([]);
  });
});
