import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.js';

const YA_NUKTA = '\u09AF\u09BC';

describe('normalize', () => {
  it('maps precomposed and decomposed য় ড় ঢ় to one (decomposed) form', () => {
    expect(normalize('রাশি\u09DFা')).toBe(`রাশি${YA_NUKTA}া`);
    expect(normalize(`রাশি${YA_NUKTA}া`)).toBe(`রাশি${YA_NUKTA}া`);
    expect(normalize('\u09DC')).toBe('\u09A1\u09BC');
    expect(normalize('\u09DD')).toBe('\u09A2\u09BC');
    expect(normalize('ঝগ\u09DCা')).toBe(normalize('ঝগ\u09A1\u09BCা'));
  });

  it('strips ZWJ, ZWNJ, ZWSP, soft hyphen, BOM and other format characters', () => {
    expect(normalize('\uFEFFরা\u200Cশি\u200Dয়া\u200B\u00AD\u2060')).toBe(normalize('রাশিয়া'));
    expect(normalize('ক্\u200Cষ')).toBe(normalize('ক্ষ'));
  });

  it('writes word-final ত্ (and legacy ত্+ZWJ) as ৎ, but keeps ত্ inside conjuncts', () => {
    expect(normalize('নসাত্')).toBe('নসাৎ');
    expect(normalize('উচিত্ কাজ')).toBe('উচিৎ কাজ');
    expect(normalize('উচিত্।')).toBe('উচিৎ।');
    expect(normalize('বিদ্যুত্\u200D')).toBe('বিদ্যুৎ');
    expect(normalize('উত্\u200Cসব')).toBe('উৎসব');
    expect(normalize('পাত্রুসেভ')).toBe('পাত্রুসেভ');
    expect(normalize('সম্পত্তি')).toBe('সম্পত্তি');
  });

  it('turns Bengali digits into ASCII digits', () => {
    expect(normalize('১৭০')).toBe('170');
    expect(normalize('২০২২ সালের')).toBe('2022 সালের');
  });

  it('makes quotes ASCII and every dash a hyphen-minus', () => {
    expect(normalize('‘কৌশলগত’ “চুক্তি”')).toBe(`'কৌশলগত' "চুক্তি"`);
    for (const d of ['\u2010', '\u2011', '\u2013', '\u2014', '\u2212']) expect(normalize(`ইরান${d}সমর্থিত`)).toBe('ইরান-সমর্থিত');
  });

  it('lowercases Latin and collapses whitespace', () => {
    expect(normalize('  Pezeshkian \t in   MOSCOW\n')).toBe('pezeshkian in moscow');
  });

  it('strips accents from Latin letters, as names are typed both ways (Vicuñas, Bogotá, Erdoğan, Łódź)', () => {
    expect(normalize('Vicuñas São Paulo Bogotá')).toBe('vicunas sao paulo bogota');
    expect(normalize('Erdoğan Łódź Straße')).toBe('erdogan lodz strasse');
    expect(normalize('Nguyễn Phạm')).toBe('nguyen pham');
    expect(normalize('ইরানের café')).toBe('ইরানের cafe'); // Bengali signs are marks too, and stay
  });

  it('drops a dependent vowel sign standing at the start of a word', () => {
    expect(normalize('েএই')).toBe('এই');
    expect(normalize('কথা েএই দিন')).toBe('কথা এই দিন');
    expect(normalize('কেন')).toBe('কেন');
  });

  it('composes split vowel signs (ে + া = ো)', () => {
    expect(normalize('মস্কে\u09BE')).toBe('মস্কো');
  });

  it('agrees with the straightforward regex pipeline it replaces (property)', () => {
    const reference = (x: string): string =>
      x
        .normalize('NFC')
        .replace(/\u09A4\u09CD[\u200C\u200D]/g, '\u09CE')
        .replace(/\p{Cf}/gu, '')
        .normalize('NFC')
        .replace(/\u09DF/g, '\u09AF\u09BC')
        .replace(/\u09DC/g, '\u09A1\u09BC')
        .replace(/\u09DD/g, '\u09A2\u09BC')
        .replace(/\u09A4\u09CD(?![\u0981-\u09E3\u09F0\u09F1])/g, '\u09CE')
        .replace(/[\u09E6-\u09EF]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x09e6 + 0x30))
        .replace(/[\u2018\u2019]/g, "'")
        .replace(/[\u201C\u201D]/g, '"')
        .replace(/[\u2010-\u2015\u2212]/g, '-')
        .toLowerCase()
        .replace(/[ßæøł]/g, (ch) => ({ ß: 'ss', æ: 'ae', ø: 'o', ł: 'l' })[ch]!)
        .replace(/[\u00C0-\u024F\u1E00-\u1EFF]/g, (ch) => ch.normalize('NFKD').replace(/\p{M}/gu, ''))
        .replace(/(?<![\p{L}\p{M}\p{N}])[\u0981-\u0983\u09BC\u09BE-\u09CD\u09D7]+/gu, '')
        .replace(/\s+/g, ' ')
        .trim();
    const text = fc.string({
      unit: fc.constantFrom(...'কতত্্ৎযয়ড়ঢ\u09DF\u09DC\u09DDাি েোৗংঁ ১৯\n\t-–—‘’“”\u200B\u200C\u200D\u00AD\uFEFFAzÉßÆŁøÑễ.।'.split('')),
      maxLength: 24,
    });
    fc.assert(fc.property(text, (x) => normalize(x) === reference(x)), { numRuns: 3000 });
  });

  it('is idempotent', () => {
    const bengaliish = fc.string({
      unit: fc.constantFrom(...'কখগতত্্ৎয়ড়\u09DF\u09DC াি ে ো ং ঁ  ১২- – ‘’\u200C\u200D\u00ADAbZ'.split('')),
      maxLength: 30,
    });
    fc.assert(fc.property(bengaliish, (s) => normalize(normalize(s)) === normalize(s)), { numRuns: 2000 });
  });
});
