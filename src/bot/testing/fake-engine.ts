/**
 * A small AnswerEngine over made-up test data (never the real corpus): enough to drive every bot path.
 * A question matches a passage when it shares a word with it; "huge" returns an oversized answer.
 */
import type { Answer, AnswerEngine, ArticleInfo, Citation } from '../../answer/types.js';

interface Passage {
  article: ArticleInfo;
  ordinal: number;
  text: string;
  paragraph: string;
  alsoReportedBy?: string[];
}

const ARTICLES: ArticleInfo[] = [
  { id: 'a1', title: 'Leaders <b>meet</b> & talk', outlet: 'Daily Test', date: '2025-01-17' },
  { id: 'a2', title: 'রাশিয়া ও ইরানের চুক্তি', outlet: 'টেস্ট বার্তা', date: '১৮ জানুয়ারি ২০২৫' },
  { id: 'a3' },
];

const PASSAGES: Passage[] = [
  { article: ARTICLES[0]!, ordinal: 0, text: 'The presidents met in Moscow on Friday.', paragraph: 'Opening line. The presidents met in Moscow on Friday. Closing line.', alsoReportedBy: ['a2'] },
  { article: ARTICLES[0]!, ordinal: 1, text: 'They signed a <partnership> treaty & more.', paragraph: 'They signed a <partnership> treaty & more.' },
  { article: ARTICLES[1]!, ordinal: 0, text: 'পেজেশকিয়ান শুক্রবার মস্কো সফর শুরু করেছেন।', paragraph: 'পেজেশকিয়ান শুক্রবার মস্কো সফর শুরু করেছেন। তিনি পুতিনের সঙ্গে বৈঠক করবেন।' },
  { article: ARTICLES[1]!, ordinal: 1, text: 'দুই দেশ চুক্তি সই করবে।', paragraph: 'দুই দেশ চুক্তি সই করবে।' },
  { article: ARTICLES[2]!, ordinal: 0, text: 'Moscow and Tehran discussed drones in Moscow.', paragraph: 'Moscow and Tehran discussed drones in Moscow.' },
  { article: ARTICLES[2]!, ordinal: 1, text: 'Officials said the treaty covers drones.', paragraph: 'Officials said the treaty covers drones.' },
];

function citationOf(p: Passage, words: string[], score: number, english: boolean): Citation {
  const highlights: Array<[number, number]> = [];
  const lower = p.text.toLowerCase();
  for (const word of words) {
    let at = lower.indexOf(word);
    while (at !== -1) {
      highlights.push([at, at + word.length]);
      at = lower.indexOf(word, at + word.length);
    }
  }
  return {
    source: p.article.id,
    title: p.article.title,
    outlet: p.article.outlet,
    date: p.article.date,
    passage: `${p.article.id}#${p.ordinal}`,
    text: p.text,
    score,
    start: 0,
    end: p.text.length,
    highlights,
    ...(english ? { gloss: [{ bn: 'মস্কো', en: 'Moscow' }] } : {}),
    ...(p.alsoReportedBy ? { alsoReportedBy: p.alsoReportedBy } : {}),
  };
}

/** Builds the fake engine; `calls` records every question asked. */
export function createFakeEngine(): AnswerEngine & { questions: string[] } {
  const questions: string[] = [];
  return {
    questions,
    ask(question, options) {
      questions.push(question);
      const uiLang = /[\u0980-\u09FF]/.test(question) ? 'bn' : 'en';
      const english = uiLang === 'en';
      if (/\bhuge\b/i.test(question)) return hugeAnswer(question);
      const words = question.toLowerCase().split(/[^\p{L}\p{M}]+/u).filter((w) => w.length >= 3);
      const hits = PASSAGES.filter((p) => words.some((w) => p.text.toLowerCase().includes(w)));
      const citations = hits.slice(0, options?.limit ?? 5).map((p, i) => citationOf(p, words, 10 - i, english));
      return { question, lang: english ? 'en' : 'bn', uiLang, answered: citations.length > 0, citations } satisfies Answer;
    },
    articles: () => ARTICLES,
    article(id) {
      const info = ARTICLES.find((a) => a.id === id);
      if (!info) return undefined;
      // a3 is long: 30 paragraphs of ~400 characters, so it needs several messages.
      const paragraphs =
        id === 'a3'
          ? Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1} <x> & ` + 'word '.repeat(80).trim())
          : PASSAGES.filter((p) => p.article.id === id).map((p) => p.paragraph);
      return { info, paragraphs };
    },
    context: (passageId) => PASSAGES.find((p) => `${p.article.id}#${p.ordinal}` === passageId)?.paragraph,
  };
}

/** An answer far over any message limit: 9 citations of 3,000 characters full of characters to escape. */
export function hugeAnswer(question = 'huge'): Answer {
  const text = '<tag> & "quoted" '.repeat(180);
  return {
    question,
    lang: 'en',
    uiLang: 'en',
    answered: true,
    citations: Array.from({ length: 9 }, (_, i) => ({
      source: `big${i}`,
      title: 'T&'.repeat(400),
      outlet: 'Outlet <x>',
      date: '2025',
      passage: `big${i}#0`,
      text,
      score: 9 - i,
      start: 0,
      end: text.length,
      highlights: [[0, 5], [6, 7], [2000, 2900]],
      gloss: Array.from({ length: 20 }, () => ({ bn: 'শব্দ<', en: 'word&' })),
      alsoReportedBy: Array.from({ length: 30 }, (_, j) => `other-${j}`),
    })),
  };
}
