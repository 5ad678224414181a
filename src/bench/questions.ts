/**
 * The fixed question list the benchmark times: a mix of the languages and shapes real users send (Bengali, English,
 * romanized Bengali, mixed script, off-topic and junk). It is a speed workload, not a quality set — answers are not
 * checked here (that is `npm run eval`) — so it deliberately includes long, short, rare-term and no-answer questions,
 * which exercise different paths (abstention, many candidates, lexicon expansion, phonetic name matching).
 */

/** The language/shape group a benchmark question belongs to (for per-group figures). */
export type QuestionGroup = 'bn' | 'en' | 'romanized' | 'mixed' | 'off-topic';

export interface BenchQuestion {
  group: QuestionGroup;
  text: string;
}

const BY_GROUP: Record<QuestionGroup, string[]> = {
  bn: [
    'পেজেশকিয়ান কবে মস্কো সফর শুরু করেন?',
    'ইরান রাশিয়াকে কী সরবরাহ করেছে?',
    'রাশিয়া ও ইরানের মধ্যে কোন চুক্তি সই হবে?',
    'ক্রেমলিনের মুখপাত্র কে?',
    'পুতিন ও পেজেশকিয়ান কোথায় দেখা করেছিলেন?',
    'ইরানের কর্মকর্তাদের ওপর কারা নিষেধাজ্ঞা দিয়েছে?',
    'চুক্তির মেয়াদ কত বছরের?',
    'ব্রিকস শীর্ষ সম্মেলন কোথায় হয়েছিল?',
    'সিরিয়ায় রাশিয়ার সামরিক ঘাঁটির ভবিষ্যৎ কী?',
    'ইউক্রেন যুদ্ধে ইরানের ড্রোন ব্যবহারের অভিযোগ',
    'মাহসা আমিনির মৃত্যুর পর কী হয়েছিল',
    'উত্তর কোরিয়ার সঙ্গে রাশিয়ার চুক্তি',
  ],
  en: [
    'When did Pezeshkian visit Moscow?',
    'What did Iran supply to Russia?',
    'What kind of agreement will Russia and Iran sign?',
    'Who is the Kremlin spokesman?',
    'Did Iran send ballistic missiles to Russia for the war in Ukraine?',
    'Which countries has Russia signed strategic partnership treaties with?',
    'What happened to Bashar al-Assad in Syria?',
    'Where was the BRICS summit held?',
    'sanctions on Iranian officials over drones',
    'How long will the treaty between Moscow and Tehran last?',
  ],
  romanized: [
    'pezeshkian kobe moscow gesen?',
    'iran rashiake ki sorboraho koreche?',
    'putin er sathe boithok kothay hoyechilo',
    'kremlin er mukhpatro ke?',
    'rashia iran chukti koto bochorer?',
    'drone nishedhaggya keno',
    'brics sommelon kothay',
  ],
  mixed: [
    'Pezeshkian এর মস্কো সফর কবে?',
    'Putin আর পেজেশকিয়ান কী চুক্তি করবেন?',
    'Iran কি রাশিয়াকে drone দিয়েছে?',
    'Kremlin এর বিবৃতিতে কী বলা হয়েছে?',
    'Ukraine যুদ্ধে ক্ষেপণাস্ত্র',
    'BRICS summit কাজান',
  ],
  'off-topic': [
    'What is the capital of Australia?',
    'আজকের আবহাওয়া কেমন?',
    'Who won the football world cup in 2022?',
    'ভাত রান্না করার সহজ উপায় কী?',
    'bitcoin price today',
    '???',
  ],
};

/** All benchmark questions, grouped, in a fixed order (41 questions). */
export const BENCH_QUESTIONS: readonly BenchQuestion[] = Object.entries(BY_GROUP).flatMap(([group, texts]) =>
  texts.map((text) => ({ group: group as QuestionGroup, text })),
);
