import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleLines } from './furniture.js';
import { buildArticle, loadCorpus } from './load.js';
import { splitSentences } from './sentences.js';

const SEEDS = 'seeds';
const seed = (id: string) => readFileSync(join(SEEDS, `${id}.txt`), 'utf8');
const ids = ['000_72c27b26593a6a20', '001_c9ece1a6cb792bac', '002_10370b770130ce92', '003_039d2f2f7f64fd9a', '004_f4d81cd73fa4a865'];

/** Every passage text of an article, joined, as the index sees it. */
const indexedText = (id: string) => buildArticle({ id, source: seed(id) }).passages.map((p) => p.text).join('\n');

/** A lead sentence of running text. */
const BODY = 'জামালপুর জেনারেল হাসপাতালে কিডনি রোগীদের জন্য ১০ শয্যার একটি ডায়ালাইসিস ইউনিট রোববার চালু হয়েছে।';
/** A news page as a reader's copy or a scraper saves it: menu, breadcrumb, share buttons, other stories, footer. */
const PAGE = [
  'উত্তরের আলো নিউজ ২৪',
  'শনিবার, ২২ মার্চ ২০২৫',
  'প্রচ্ছদ', 'জাতীয়', 'সারাদেশ', 'আন্তর্জাতিক', 'খেলা',
  'প্রচ্ছদ › সারাদেশ › ময়মনসিংহ',
  'জামালপুর হাসপাতালে চালু হলো ১০ শয্যার ডায়ালাইসিস ইউনিট',
  'জেলা প্রতিনিধি | জামালপুর',
  'প্রকাশিত: ১২:৪৫ পিএম, ১৬ মার্চ ২০২৫',
  'Facebook', 'WhatsApp', 'Copy link',
  BODY,
  '',
  'আরও পড়ুন',
  'ময়মনসিংহে ট্রাকচাপায় অটোরিকশার ৩ যাত্রী নিহত',
  '',
  'হাসপাতালের তত্ত্বাবধায়ক বলেন, প্রথম ধাপে দুই শিফটে দিনে ২০ জন রোগীর ডায়ালাইসিস করা যাবে। "আমরা প্রস্তুত," বলেন তিনি।',
  'আরো পড়ুন: শেরপুরে বন্য হাতির আক্রমণে কৃষকের মৃত্যু',
  'ইউনিটের জন্য ঢাকা থেকে প্রশিক্ষণ নিয়ে এসেছেন দুজন চিকিৎসক ও ছয়জন নার্স।',
  'আরও পড়তে পারেন:',
  'তিস্তা চুক্তি নিয়ে দিল্লিতে নতুন করে আলোচনার সম্ভাবনা কতটা?',
  'সুন্দরবনে বাঘ গণনায় ক্যামেরা ফাঁদে ধরা পড়ল ১২৫টি বাঘ',
  'ছবির উৎস,',
  'বিশ্বকণ্ঠ',
  'নতুন ইউনিটে প্রথম দিনের রোগীরা। ছবি: উত্তরের আলো',
  'নতুন ইউনিটে সরকারি ফি অনুযায়ী প্রতিবার ডায়ালাইসিসে খরচ হবে ৫৩৫ টাকা।',
  'জেএন/এমআর/এএসএম',
  'ট্যাগ: জামালপুর, স্বাস্থ্যসেবা',
  'বিষয়:',
  'ডায়ালাইসিস',
  'সর্বশেষ',
  'পাকিস্তানকে ৬ উইকেটে হারাল বাংলাদেশের যুবারা',
  '২ ঘণ্টা আগে',
  'সম্পাদক: মাহমুদুল হাসান',
  'ফোন: ০২-৯৩৪৫৬৭৮',
  '© ২০২৫ সর্বস্বত্ব সংরক্ষিত | উত্তরের আলো নিউজ',
].join('\n');

/** A page with harder clutter: headlines listed above the report, a live box, related stories with teasers, a poll, comments. */
const LEAD = 'রাজবাড়ীর দৌলতদিয়া-পাটুরিয়া নৌপথে বাল্কহেডের ধাক্কায় একটি ফেরি কাত হয়ে দুজন নিহত হয়েছেন।';
const HARD_PAGE = [
  'দেশকাল নিউজ',
  'Home', 'National', 'Sports', 'Opinion',
  'শিরোনাম',
  'ঢাকা-মাওয়া এক্সপ্রেসওয়েতে টোল বাড়ছে ২০ শতাংশ',
  'সাবেক এমপির বিরুদ্ধে দুদকের মামলা, ৪২ কোটি টাকার সম্পদ',
  '৩ ঘণ্টা আগে',
  'বগুড়ায় কোল্ড স্টোরেজে আলুর দাম কেজিতে ৫ হাজার টাকা',
  'লাইভ আপডেট | বাংলাদেশ-ওয়েস্ট ইন্ডিজ দ্বিতীয় টেস্ট',
  '১১:৪০ — মধ্যাহ্নবিরতির আগে ৩ উইকেটে ১৮৭ রান তুলেছে বাংলাদেশ।',
  'সব আপডেট দেখুন',
  'পদ্মায় বাল্কহেডের ধাক্কায় ফেরি কাত, নিহত ২',
  'রাজবাড়ী প্রতিনিধি',
  LEAD,
  'শুক্রবার ভোর পৌনে ৬টার দিকে ঘন কুয়াশার মধ্যে দুর্ঘটনাটি ঘটে বলে জানিয়েছে পুলিশ।',
  'এই খবরটি শেয়ার করুন',
  'লঞ্চডুবির ২৫ দিন পরও মেলেনি দুই শিশুর খোঁজ',
  'ভোলার তেঁতুলিয়া নদীতে লঞ্চডুবির ঘটনায় নিখোঁজ দুই শিশুর সন্ধান এখনো মেলেনি।',
  'শরীয়তপুরে পদ্মার ভাঙনে বিলীন স্কুল ভবন',
  'নড়িয়া উপজেলার চরাত্রা ইউনিয়নে দোতলা একটি বিদ্যালয় ভবন নদীতে বিলীন হয়েছে।',
  'আরিচা-কাজিরহাট রুটে ফেরি চলাচল আবার শুরু',
  'নাব্যতা সংকটে ১১ দিন বন্ধ থাকার পর মঙ্গলবার থেকে ফেরি চলাচল শুরু হয়েছে।',
  'দেশকাল অ্যাপ ডাউনলোড করুন, সব খবর সবার আগে পেতে।',
  'অনলাইন জরিপ',
  'আপনি কি মনে করেন কুয়াশার মৌসুমে রাতে ফেরি চলাচল বন্ধ রাখা উচিত?',
  'হ্যাঁ', 'না', 'মন্তব্য নেই',
  'পাঠকের মন্তব্য (২)',
  'শাহীন রেজা • ৩ ঘণ্টা আগে',
  'প্রতি শীতে কুয়াশায় এমন দুর্ঘটনা ঘটে, কর্তৃপক্ষের কোনো প্রস্তুতি থাকে না।',
].join('\n');

describe('page furniture', () => {
  it('keeps only the report of a page with harder clutter: listed headlines, a live box, teasers, a poll, comments', () => {
    const kept = articleLines(HARD_PAGE).map((l) => l.text);
    // (the site's name stands in its menu here, and goes with it)
    expect(kept).toEqual([
      'পদ্মায় বাল্কহেডের ধাক্কায় ফেরি কাত, নিহত ২',
      'রাজবাড়ী প্রতিনিধি',
      LEAD,
      'শুক্রবার ভোর পৌনে ৬টার দিকে ঘন কুয়াশার মধ্যে দুর্ঘটনাটি ঘটে বলে জানিয়েছে পুলিশ।',
    ]);
    expect(buildArticle({ id: 'h', source: HARD_PAGE }).title).toBe('পদ্মায় বাল্কহেডের ধাক্কায় ফেরি কাত, নিহত ২');
  });

  it("keeps a page's own headline above the report even when other stories' headlines stand right above it", () => {
    const page = HARD_PAGE.replace(/লাইভ আপডেট[^\n]*\n[^\n]*\n[^\n]*\n/u, '');
    expect(articleLines(page).map((l) => l.text)).toContain('পদ্মায় বাল্কহেডের ধাক্কায় ফেরি কাত, নিহত ২');
    expect(articleLines(page).map((l) => l.text)).not.toContain('বগুড়ায় কোল্ড স্টোরেজে আলুর দাম কেজিতে ৫ হাজার টাকা');
  });

  it('keeps only the report of a cluttered page: its headline, byline, dateline and sentences', () => {
    const kept = articleLines(PAGE).map((l) => l.text);
    expect(kept).toEqual([
      'উত্তরের আলো নিউজ ২৪',
      'শনিবার, ২২ মার্চ ২০২৫',
      'জামালপুর হাসপাতালে চালু হলো ১০ শয্যার ডায়ালাইসিস ইউনিট',
      'জেলা প্রতিনিধি | জামালপুর',
      'প্রকাশিত: ১২:৪৫ পিএম, ১৬ মার্চ ২০২৫',
      BODY,
      'হাসপাতালের তত্ত্বাবধায়ক বলেন, প্রথম ধাপে দুই শিফটে দিনে ২০ জন রোগীর ডায়ালাইসিস করা যাবে। "আমরা প্রস্তুত," বলেন তিনি।',
      'ইউনিটের জন্য ঢাকা থেকে প্রশিক্ষণ নিয়ে এসেছেন দুজন চিকিৎসক ও ছয়জন নার্স।',
      'নতুন ইউনিটে প্রথম দিনের রোগীরা। ছবি: উত্তরের আলো',
      'নতুন ইউনিটে সরকারি ফি অনুযায়ী প্রতিবার ডায়ালাইসিসে খরচ হবে ৫৩৫ টাকা।',
    ]);
  });

  it("quotes a photo's caption but not the credit after it", () => {
    const texts = buildArticle({ id: 'z', source: PAGE }).passages.map((p) => p.text);
    expect(texts).toContain('নতুন ইউনিটে প্রথম দিনের রোগীরা।');
    expect(texts.some((t) => t.includes('ছবি:'))).toBe(false);
  });

  it("does not index the headlines of other stories that a page's read-more prompts and lists show", () => {
    const text = buildArticle({ id: 'z', source: PAGE }).passages.map((p) => p.text).join('\n');
    for (const other of ['ট্রাকচাপায়', 'হাতির আক্রমণে', 'হারাল বাংলাদেশের যুবারা', 'তিস্তা চুক্তি', 'বাঘ গণনায়', 'বিশ্বকণ্ঠ']) {
      expect(text).not.toContain(other);
    }
  });

  const furniture: Array<[string, string]> = [
    ['000_72c27b26593a6a20', 'Show More'],
    ['000_72c27b26593a6a20', 'Leave a Reply'],
    ['000_72c27b26593a6a20', 'Your email address will not be published'],
    ['000_72c27b26593a6a20', 'Related Articles'],
    ['000_72c27b26593a6a20', 'Back to top button'],
    ['004_f4d81cd73fa4a865', 'মন্তব্য করুন'],
    ['004_f4d81cd73fa4a865', 'ছবি : সংগৃহীত'],
    ['004_f4d81cd73fa4a865', 'Google News ফিডটি অনুসরণ করুন'],
    ['004_f4d81cd73fa4a865', 'গাজীপুরে মন্দিরে প্রতিমা ভাঙচুর'],
    ['004_f4d81cd73fa4a865', 'চ্যাম্পিয়ন্স লিগে ইতিহাস গড়লেন সালাহ'],
    ['004_f4d81cd73fa4a865', 'কেন্দ্রীয় বিশ্ববিদ্যালয়ের অধ্যাদেশ জারির দাবিতে'],
    ['004_f4d81cd73fa4a865', 'জনপ্রিয়'],
  ];
  it.each(furniture)('%s: "%s" is not searchable', (id, phrase) => {
    expect(seed(id)).toContain(phrase);
    expect(indexedText(id)).not.toContain(phrase);
  });

  it('keeps every body paragraph of every seed (each sentence-ending line of running text)', () => {
    for (const id of ids) {
      const text = indexedText(id);
      // The body is everything above the page's own end (comment form / follow prompt), when it has one.
      const page = seed(id);
      const endAt = Math.min(...['Show More', 'Google News'].map((m) => (page.includes(m) ? page.indexOf(m) : page.length)));
      const body = page
        .slice(0, endAt)
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => /[।?!]['"’”]*$/u.test(l) && l.split(/\s+/).length >= 6 && !l.includes('Google News'));
      expect(body.length).toBeGreaterThan(3);
      for (const para of body) {
        for (const sentence of para.split(/(?<=[।?!])\s+/u)) expect(text).toContain(sentence.trim());
      }
    }
  });

  it('strips a trailing numbered headline list even without an end-of-article marker', () => {
    const body = 'ইরানের প্রেসিডেন্ট মাসুদ পেজেশকিয়ান শুক্রবার মস্কো সফর শুরু করেছেন বলে জানা গেছে।';
    const sidebar = ['ঢাকায় তীব্র যানজট আজও', '১', 'বাজারে চালের দাম বাড়ল', '২', 'নতুন সিনেমার শুটিং শুরু', '৩'];
    const lines = articleLines([body, ...sidebar].join('\n')).map((l) => l.text);
    expect(lines).toEqual([body]);
  });

  it('drops a one-word Latin section label above a Bengali article but keeps the headline', () => {
    const a = buildArticle({ id: '000', source: seed('000_72c27b26593a6a20') });
    expect(a.passages[0]!.text).toBe('প্রতিরক্ষা সহযোগিতা চুক্তি করছে ইরান-রাশিয়া');
    expect(a.passages.some((p) => p.text === 'International')).toBe(false);
  });
});

describe('hard-wrapped sources', () => {
  /** Cuts every paragraph at `width` columns, as a PDF or e-paper copy does. */
  const wrap = (text: string, width: number) =>
    text
      .split('\n')
      .map((para) => {
        const out: string[] = [];
        let line = '';
        for (const word of para.split(' ')) {
          if (line && `${line} ${word}`.length > width) (out.push(line), (line = word));
          else line = line ? `${line} ${word}` : word;
        }
        return [...out, line].join('\n');
      })
      .join('\n');
  const fold = (s: string) => s.replace(/\s+/gu, ' ').trim();
  const sentences = (source: string) => buildArticle({ id: 'w', source }).passages.map((p) => fold(p.text));

  it('reads a wrapped article as the same sentences as its unwrapped source, every seed', () => {
    for (const id of ids) {
      const source = seed(id).split('Show More')[0]!.split('Google News')[0]!;
      expect(sentences(wrap(source, 70)), id).toEqual(sentences(source));
    }
  });

  it('does not join a headline to the byline under it, nor touch a source whose paragraphs stand on one line each', () => {
    const source = [
      'লালমনিরহাটে ধরলা নদী খননে ৩৮৭ কোটি টাকার প্রকল্প অনুমোদন দিয়েছে একনেক',
      'নিজস্ব প্রতিবেদক, লালমনিরহাট | প্রকাশ : ১০ মার্চ ২০২৬',
      '',
      'লালমনিরহাটের ধরলা নদীর ৪২ কিলোমিটার অংশ খনন ও তীর সংরক্ষণের জন্য ৩৮৭ কোটি টাকার একটি প্রকল্প অনুমোদন দিয়েছে জাতীয় অর্থনৈতিক পরিষদের নির্বাহী কমিটি। মঙ্গলবার রাজধানীর শেরেবাংলা নগরে একনেক সভায় প্রকল্পটি পাস হয় বলে জানিয়েছে পানি উন্নয়ন বোর্ড।',
      '',
      'পাউবো লালমনিরহাট কার্যালয়ের নির্বাহী প্রকৌশলী মো. শফিকুল আলম জানান, সদর উপজেলার মোগলহাট থেকে কুলাঘাট হয়ে আদিতমারী উপজেলার মহিষখোচা পর্যন্ত নদীর তলদেশ খনন করা হবে।',
    ].join('\n');
    const wrapped = sentences(wrap(source, 70));
    expect(wrapped).toEqual(sentences(source));
    expect(wrapped[0]).toBe('লালমনিরহাটে ধরলা নদী খননে ৩৮৭ কোটি টাকার প্রকল্প অনুমোদন দিয়েছে একনেক');
    // (the quote is the source's own characters, its line break too)
    expect(buildArticle({ id: 'w', source: wrap(source, 70) }).passages.some((p) => p.text.includes('\n'))).toBe(true);
    expect(sentences(source.replace(/\n\n/gu, '\n'))).toEqual(sentences(source));
  });
});

describe('metadata', () => {
  it('reads headline, outlet and date only where the text states them', () => {
    const a0 = buildArticle({ id: ids[0]!, source: seed(ids[0]!) });
    expect(a0.title).toBe('প্রতিরক্ষা সহযোগিতা চুক্তি করছে ইরান-রাশিয়া');
    expect(a0.outlet).toBeUndefined();
    expect(a0.date).toBeUndefined();

    const a4 = buildArticle({ id: ids[4]!, source: seed(ids[4]!) });
    expect(a4.title).toBe('যুক্তরাষ্ট্রের শত্রু দেশগুলোর সঙ্গে রাশিয়ার সম্পর্ক জোরদার');
    expect(a4.outlet).toBe('কালবেলা');
    expect(a4.date).toBe('১৮ জানুয়ারি ২০২৫');

    const a2 = buildArticle({ id: ids[2]!, source: seed(ids[2]!) });
    expect(a2.outlet).toBe('আল জাজিরা');
    expect(a2.title).toBeUndefined();
  });

  it('reads the date of a dateline without a label, and does not take it for the headline', () => {
    const page = (dateline: string) =>
      buildArticle({ id: 'x', source: `${dateline}\nরংপুরে ভুট্টার দাম কমেছে\n\nরংপুরে এবার ভুট্টার দাম মণপ্রতি ১০০ টাকা কমেছে বলে কৃষকেরা জানিয়েছেন।\n` });
    expect(page('১১ মার্চ ২০২৬, ১২:০৫ পিএম')).toMatchObject({ date: '১১ মার্চ ২০২৬', title: 'রংপুরে ভুট্টার দাম কমেছে' });
    expect(page('রংপুর প্রতিনিধি | মঙ্গলবার, ৭ এপ্রিল ২০২৬').date).toBe('৭ এপ্রিল ২০২৬');
    expect(page('নিজস্ব ক্রীড়া প্রতিবেদক, সিলেট | ১৩ মার্চ ২০২৬').date).toBe('১৩ মার্চ ২০২৬');
    expect(page('হিলি (দিনাজপুর) প্রতিনিধি | প্রকাশ : ১৬ মার্চ ২০২৬, ০৯:১০ এএম').date).toBe('১৬ মার্চ ২০২৬');
    // a headline that names a date is still a headline
    const metro = (headline: string) =>
      buildArticle({ id: 'y', source: `${headline}\n\nঢাকার প্রথম পাতাল মেট্রোর প্রথম অংশ ৯ ডিসেম্বর চালু হচ্ছে বলে জানানো হয়েছে।\n` });
    expect(metro('৯ ডিসেম্বর ২০২৬ থেকে চালু হচ্ছে পাতাল মেট্রোর প্রথম অংশ').title).toBe('৯ ডিসেম্বর ২০২৬ থেকে চালু হচ্ছে পাতাল মেট্রোর প্রথম অংশ');
    expect(metro('৯ ডিসেম্বর ২০২৬ থেকে চালু পাতাল মেট্রো').title).toBe('৯ ডিসেম্বর ২০২৬ থেকে চালু পাতাল মেট্রো');
  });

  it('takes for the headline the title-like line that restates the lead, not the site name above it', () => {
    const a = buildArticle({ id: 'z', source: PAGE });
    expect(a.title).toBe('জামালপুর হাসপাতালে চালু হলো ১০ শয্যার ডায়ালাইসিস ইউনিট');
    // nor a photo's caption under the dateline, which restates the lead too
    const caption = 'জামালপুর জেনারেল হাসপাতালে ১০ শয্যার ডায়ালাইসিস ইউনিটের রোগীরা। ছবি: উত্তরের আলো';
    const withCaption = PAGE.replace('প্রকাশিত: ১২:৪৫ পিএম, ১৬ মার্চ ২০২৫', `প্রকাশিত: ১২:৪৫ পিএম, ১৬ মার্চ ২০২৫\n${caption}`);
    expect(buildArticle({ id: 'z', source: withCaption }).title).toBe('জামালপুর হাসপাতালে চালু হলো ১০ শয্যার ডায়ালাইসিস ইউনিট');
  });

  it("reads the outlet from the page's copyright line", () => {
    expect(buildArticle({ id: 'z', source: PAGE }).outlet).toBe('উত্তরের আলো নিউজ');
    const page = (footer: string) => buildArticle({ id: 'w', source: `${BODY}\n${footer}\n` }).outlet;
    expect(page('© স্বত্ব প্রভাতী বার্তা ২০১৯-২০২৫')).toBe('প্রভাতী বার্তা');
    expect(page('স্বত্ব © ২০২৫ ঢাকা সংবাদ')).toBe('ঢাকা সংবাদ');
  });

  it('keeps the dateline searchable', () => {
    expect(indexedText(ids[4]!)).toContain('প্রকাশ : ১৮ জানুয়ারি ২০২৫');
  });
});

describe('sentence splitting', () => {
  const split = (text: string) => splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

  it('splits at danda, question and exclamation marks', () => {
    expect(split('প্রথম বাক্য। দ্বিতীয় বাক্য? তৃতীয়! শেষ')).toEqual(['প্রথম বাক্য।', 'দ্বিতীয় বাক্য?', 'তৃতীয়!', 'শেষ']);
  });

  it('keeps a quotation with its sentence, including sentences inside the quote', () => {
    const text = 'তিনি বলেন, “আমরা প্রস্তুত। আমরা যাব।” এরপর সভা শেষ হয়।';
    expect(split(text)).toEqual(['তিনি বলেন, “আমরা প্রস্তুত। আমরা যাব।”', 'এরপর সভা শেষ হয়।']);
    expect(split('পেসকভ বলেন, ‘ইরান গুরুত্বপূর্ণ অংশীদার।’ পরে আলোচনা হয়।')).toEqual([
      'পেসকভ বলেন, ‘ইরান গুরুত্বপূর্ণ অংশীদার।’',
      'পরে আলোচনা হয়।',
    ]);
  });

  it('does not split at abbreviations or decimals', () => {
    expect(split('ড. ইউনূস বলেন দাম 1.7 শতাংশ বেড়েছে। Mr. Smith agreed.')).toEqual([
      'ড. ইউনূস বলেন দাম 1.7 শতাংশ বেড়েছে।',
      'Mr. Smith agreed.',
    ]);
  });

  it('gives a straight quote that opens after a danda to the sentence it opens', () => {
    expect(split('দাম কম, খরচ ২২ হাজার টাকা। "এই দামে খরচ ওঠে না," বলেন তিনি। পরে সভা হয়।')).toEqual([
      'দাম কম, খরচ ২২ হাজার টাকা।',
      '"এই দামে খরচ ওঠে না," বলেন তিনি।',
      'পরে সভা হয়।',
    ]);
  });

  it('attaches a stray danda after a space to its sentence', () => {
    expect(split('অবস্থান খুব কাছাকাছি । পুতিন আমন্ত্রণ জানান।')).toEqual(['অবস্থান খুব কাছাকাছি ।', 'পুতিন আমন্ত্রণ জানান।']);
  });
});

describe('passages', () => {
  it('quote === source slice for every passage of every seed, with stable ids', async () => {
    const corpus = await loadCorpus(SEEDS);
    expect(corpus.articles.map((a) => a.id)).toEqual(ids);
    for (const a of corpus.articles) {
      a.passages.forEach((p, i) => {
        expect(p.id).toBe(`${a.id}#${i}`);
        expect(a.source.slice(p.start, p.end)).toBe(p.text);
        expect(p.text).toBe(p.text.trim());
        const para = a.paragraphs[p.paragraph]!;
        expect(p.start).toBeGreaterThanOrEqual(para.start);
        expect(p.end).toBeLessThanOrEqual(para.end);
      });
    }
  });

  it('skips non-UTF-8, empty and non-.txt files with one warning each, and serves the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sutra-corpus-'));
    await writeFile(join(dir, 'good.txt'), 'ইরান ও রাশিয়া একটি চুক্তি সই করেছে বলে জানা গেছে আজ।');
    await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff, 0xfe]));
    await writeFile(join(dir, 'empty.txt'), '  \n');
    await writeFile(join(dir, 'notes.md'), 'ignored');
    const warnings: string[] = [];
    const corpus = await loadCorpus(dir, (_m, d) => warnings.push(String(d.file)));
    expect(corpus.articles.map((a) => a.id)).toEqual(['good']);
    expect(warnings.sort()).toEqual([join(dir, 'empty.txt'), join(dir, 'latin1.txt')]);
  });

  it('reads articles kept in subfolders, named by their path, and leaves hidden folders out', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sutra-corpus-'));
    await mkdir(join(dir, '2024', 'jan'), { recursive: true });
    await mkdir(join(dir, '.cache'));
    await writeFile(join(dir, 'top.txt'), 'ইরান ও রাশিয়া একটি চুক্তি সই করেছে বলে জানা গেছে আজ।');
    await writeFile(join(dir, '2024', 'jan', 'top.txt'), 'ঢাকায় নতুন মেট্রো লাইন চালু হয়েছে বলে জানা গেছে আজ।');
    await writeFile(join(dir, '.cache', 'old.txt'), 'পুরোনো ফাইল যা পড়া হবে না বলে জানা গেছে আজ।');
    const corpus = await loadCorpus(dir);
    expect(corpus.articles.map((a) => a.id).sort()).toEqual(['2024/jan/top', 'top']);
  });

  it('keeps a report saved twice, as text and as a page of the same name, as two articles of distinct ids', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sutra-corpus-'));
    await writeFile(join(dir, 'story.txt'), 'ইরান ও রাশিয়া একটি চুক্তি সই করেছে বলে জানা গেছে আজ।');
    await writeFile(join(dir, 'story.html'), '<html><body><p>ইরান ও রাশিয়া একটি চুক্তি সই করেছে বলে জানা গেছে আজ।</p></body></html>');
    const corpus = await loadCorpus(dir);
    // (the index refuses a repeated id: the bot would not start)
    expect(corpus.articles.map((a) => a.id)).toEqual(['story', 'story.txt']);
    expect(new Set(corpus.passages.map((p) => p.id)).size).toBe(corpus.passages.length);
  });

  it('reads a saved web page as its text: its head, scripts and menu left out, the report quoted from its blocks', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sutra-corpus-'));
    const lead = 'জামালপুর জেনারেল হাসপাতালে কিডনি রোগীদের জন্য ১০ শয্যার একটি ডায়ালাইসিস ইউনিট রোববার চালু হয়েছে।';
    const html = [
      '<!doctype html><html><head><title>উত্তরের আলো</title><script>var headline = "ভুল";</script>',
      '<style>p { color: red }</style></head><body>',
      '<nav><ul><li><a href="/">প্রচ্ছদ</a></li><li><a href="/n">জাতীয়</a></li><li><a href="/s">সারাদেশ</a></li></ul></nav>',
      '<h1>জামালপুর হাসপাতালে চালু হলো ১০ শয্যার ডায়ালাইসিস ইউনিট</h1><p>প্রকাশিত: ১৬ মার্চ ২০২৫</p>',
      `<p>${lead}</p><p>আরও পড়ুন</p><p><a href="/x">ময়মনসিংহে ট্রাকচাপায় অটোরিকশার ৩ যাত্রী নিহত</a></p>`,
      '<p>হাসপাতালের তত্ত্বাবধায়ক বলেন, প্রথম ধাপে দুই শিফটে দিনে ২০&nbsp;জন রোগীর ডায়ালাইসিস করা যাবে।</p>',
      '</body></html>',
    ].join('\n');
    await writeFile(join(dir, 'page.html'), html);
    const [article] = (await loadCorpus(dir)).articles;
    expect(article!.id).toBe('page');
    expect(article!.title).toBe('জামালপুর হাসপাতালে চালু হলো ১০ শয্যার ডায়ালাইসিস ইউনিট');
    expect(article!.date).toBe('১৬ মার্চ ২০২৫');
    const texts = article!.passages.map((p) => p.text);
    expect(texts).toContain(lead);
    expect(texts.some((t) => t.includes('২০\u00a0জন') || t.includes('২০ জন'))).toBe(true);
    for (const gone of ['ভুল', 'color', 'প্রচ্ছদ', 'ট্রাকচাপায়', '<', '&nbsp;']) expect(texts.join('\n')).not.toContain(gone);
    for (const p of article!.passages) expect(article!.source.slice(p.start, p.end)).toBe(p.text);
    // the same markup saved in a .txt file by a scraper reads the same
    await writeFile(join(dir, 'scraped.txt'), html);
    const scraped = (await loadCorpus(dir)).articles.find((a) => a.id === 'scraped')!;
    expect(scraped.passages.map((p) => p.text)).toEqual(texts);
  });
});
