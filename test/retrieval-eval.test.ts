/**
 * Retrieval floors: the dev and holdout question sets (test/fixtures) run through the real engine over the seeds plus the
 * extra, distractor and archive fixture articles. Floors sit a little under the figures measured when they were set (README, Retrieval), so a
 * regression fails CI while ordinary tuning noise does not. Raise them when the engine gets better; never lower them to
 * make a change pass.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type SearchEngine } from '../src/answer/engine.js';
import { EVAL_CORPUS, evaluate, questionsOf } from '../src/eval/run.js';
import type { GroupMetrics, Outcome } from '../src/eval/metrics.js';

/** group → minimum hit@1, hit@3, answered rate (answerable groups) or abstention rate (offtopic). */
const FLOORS: Record<string, Partial<Record<'hit1' | 'hit3' | 'answeredRate' | 'abstentionRate', number>>> = {
  // measured 2026-11-24 (session 16) over seeds + 13 extra + 66 distractor + 790 archive articles (about 12,140
  // passages; 4,924 questions: session 16 added 24 articles and 464 questions, most of them romanized Bengali or mixed
  // script about articles other than the seeds — the new groups extra-romanized and extra-mixed; dev after a blind
  // measurement, holdout unseen), hit@1 / hit@3: bn 0.935 / 0.987, variant 0.958 / 0.958, en 0.873 / 0.952, romanized
  // 0.920 / 0.960, mixed 0.941 / 1.000, extra-bn 0.804 / 0.925, extra-en 0.721 / 0.878, extra-romanized 0.701 / 0.878,
  // extra-mixed 0.764 / 0.873, all answerable 0.758 / 0.898, answered 0.973. Off-topic declined 0.483 (432 of 895).
  // The session-start code measures extra-romanized 0.642 / 0.795 and all answerable 0.753 / 0.892 on these fixtures:
  // the 24 new articles, more near-misses for every older question, took extra-en from 0.725 to 0.720 for both codes,
  // so its hit@1 floor went from 0.72 to 0.71, and the new groups the all-answerable one from 0.76 to 0.75.
  // Raised in session 18 (same fixtures), measured: bn 0.948 / 1.000, en 0.889 / 0.968, extra-bn 0.807 / 0.929,
  // extra-en 0.727 / 0.887, extra-romanized 0.705 / 0.902, extra-mixed 0.773 / 0.873, all answerable 0.763 / 0.906,
  // answered 0.975; off-topic declined 0.487 (436 of 895); variant, romanized and mixed as in session 16.
  // Session 19 added 252 new questions on the seeds, written blind and paraphrased (test/fixtures/README.md): the
  // session-start code measures bn 0.840 / 0.927, variant 0.857 / 0.911, en 0.793 / 0.919, romanized 0.821 / 0.875,
  // mixed 0.903 / 0.968 on them with the older ones — the older seeds questions had been fitted, so these floors were
  // reset under the new fixtures' figures, not lowered to let a change pass.
  // Raised at the session's end (same fixtures), measured: bn 0.853 / 0.940, variant 0.857 / 0.929, en 0.815 / 0.933,
  // romanized 0.857 / 0.911, mixed 0.935 / 0.968, extra-bn 0.809 / 0.930, extra-en 0.729 / 0.892, extra-romanized
  // 0.701 / 0.906, extra-mixed 0.791 / 0.873, all answerable 0.765 / 0.908, answered 0.976; off-topic declined 0.492.
  // Session 20 added 128 questions written blind (3 new articles, 1096_–1098_, with 36 of them): the session-start code
  // measures extra-romanized 0.695 / 0.893 and off-topic declined 0.489 (454 of 929) on the new fixtures — the new
  // articles answer two older off-topic questions' near-misses — so those floors were reset under them, not lowered to
  // let a change pass. Measured at the session's end: bn 0.861 / 0.956, variant 0.879 / 0.939, en 0.848 / 0.964,
  // romanized 0.879 / 0.924, mixed 0.949 / 0.974, extra-bn 0.807 / 0.928, extra-en 0.731 / 0.894, extra-romanized
  // 0.695 / 0.893, extra-mixed 0.798 / 0.877, all answerable 0.769 / 0.911, answered 0.979; off-topic declined 0.489.
  // Then 90 more seeds questions written blind (blind set 4: half in dev, inspected; half in holdout, never inspected):
  // the session-start code measures bn 0.810 / 0.910, variant 0.868 / 0.934, en 0.805 / 0.908, romanized 0.872 / 0.910,
  // mixed 0.936 / 0.979 on the fixtures with them, so the seeds floors were reset under those figures and raised again
  // to just under the final code's: bn 0.833 / 0.938, variant 0.882 / 0.934, en 0.856 / 0.964, romanized 0.885 / 0.910,
  // mixed 0.936 / 0.979, extra-bn 0.807 / 0.927, extra-en 0.732 / 0.894, extra-romanized 0.702 / 0.893, extra-mixed
  // 0.798 / 0.877, all answerable 0.771 / 0.910, answered 0.979; off-topic declined 0.489 (454 of 929).
  // Session 21 added 167 questions written blind (blind set 5, in dev: 79 on the seeds, 88 on 6 new articles, 1099_–
  // 1104_): the session-start code measures bn 0.825 / 0.925, variant 0.866 / 0.927, en 0.848 / 0.951, romanized
  // 0.862 / 0.920, mixed 0.923 / 0.962, extra-mixed 0.783 / 0.867 on the fixtures with them, so those floors were reset
  // under these figures, not lowered to let a change pass. Then 112 more (blind set 6, 4 new articles 1105_–1108_; half
  // in dev, inspected, half in holdout, never inspected): the session-start code measures bn 0.808 / 0.906, romanized
  // 0.857 / 0.912 on the final fixtures, so those two were reset again. Raised at the session's end to just under the
  // final code's figures: bn 0.820 / 0.914, variant 0.872 / 0.942, en 0.851 / 0.960, romanized 0.857 / 0.912, mixed
  // 0.926 / 0.963, extra-bn 0.807 / 0.927, extra-en 0.737 / 0.897, extra-romanized 0.723 / 0.897, extra-mixed 0.792 /
  // 0.875, all answerable 0.775 / 0.911, answered 0.979; off-topic declined 0.482 (461 of 957).
  // Session 22 added 151 questions written blind (blind set 7, in dev: 64 on the seeds, 87 on 6 new articles, 1109_–
  // 1114_): the session-start code measures bn 0.815 / 0.904, variant 0.870 / 0.935, en 0.842 / 0.951, mixed 0.881 /
  // 0.966, extra-bn 0.799 / 0.924, extra-mixed 0.770 / 0.873, all answerable 0.772 / 0.909; off-topic declined 0.477
  // (464 of 972) on the fixtures with them, so those floors were reset under these figures, not lowered to let a
  // change pass. Then 101 more (blind set 8, 4 new articles 1115_–1118_; half in dev, inspected, half in holdout,
  // never inspected): the session-start code measures bn 0.812 / 0.899, en 0.839 / 0.950, romanized 0.840 / 0.906,
  // extra-romanized 0.713 / 0.897 on the final fixtures, so those were reset again. Raised at the session's end to just
  // under the final code's figures: bn 0.821 / 0.922, variant 0.875 / 0.938, en 0.864 / 0.964, romanized 0.849 /
  // 0.906, mixed 0.921 / 0.984, extra-bn 0.798 / 0.922, extra-en 0.738 / 0.895, extra-romanized 0.713 / 0.897,
  // extra-mixed 0.773 / 0.871, all answerable 0.774 / 0.910, answered 0.979; off-topic declined 0.474 (465 of 981).
  // Session 23 added 145 questions written blind (blind set 9: 58 on the seeds, 90 on 6 new articles 1119_–1124_, 3
  // repeats dropped; half in dev, inspected, half in holdout, never inspected): the session-start code measures bn
  // 0.815 / 0.920, extra-bn 0.791 / 0.916, extra-romanized 0.708 / 0.891, extra-mixed 0.757 / 0.868; off-topic declined
  // 0.469 (472 of 1,007) on the fixtures with them, so those floors were reset under these figures, not lowered to let a
  // change pass. Raised at the session's end to just under the final code's figures: bn 0.821 / 0.929, variant 0.870 /
  // 0.940, en 0.869 / 0.969, romanized 0.866 / 0.920, mixed 0.925 / 1.000, extra-bn 0.791 / 0.918, extra-en 0.740 /
  // 0.897, extra-romanized 0.708 / 0.891, extra-mixed 0.764 / 0.875, all answerable 0.773 / 0.910, answered 0.980;
  // off-topic declined 0.467 (470 of 1,007).
  // Session 24 added 143 questions written blind (blind set 10: 57 on the seeds, 86 on 6 new articles 1125_–1130_;
  // half in dev, inspected, half in holdout, never inspected): the session-start code measures bn 0.809 / 0.918,
  // variant 0.865 / 0.933, extra-bn 0.787 / 0.914, extra-en 0.736 / 0.891, extra-romanized 0.698 / 0.880, extra-mixed
  // 0.744 / 0.846, all answerable 0.769 / 0.905 on the fixtures with them, so those floors were reset under these
  // figures, not lowered to let a change pass. Raised at the session's end to just under the final code's figures: bn
  // 0.812 / 0.921, variant 0.865 / 0.933, en 0.869 / 0.964, romanized 0.864 / 0.924, mixed 0.930 / 1.000, extra-bn
  // 0.788 / 0.915, extra-en 0.737 / 0.893, extra-romanized 0.701 / 0.880, extra-mixed 0.744 / 0.846, all answerable
  // 0.770 / 0.906, answered 0.980; off-topic declined 0.462 (475 of 1,028).
  // Session 25 added 144 questions written blind (blind set 11: 56 on the seeds, 88 on 6 new articles 1131_–1136_;
  // half in dev, inspected, half in holdout, never inspected): the session-start code measures bn 0.809 / 0.919, en
  // 0.852 / 0.959, extra-romanized 0.705 / 0.878, extra-mixed 0.732 / 0.839, all answerable 0.768 / 0.904 on the
  // fixtures with them, so those floors were reset under these figures, not lowered to let a change pass. Raised at the
  // session's end to just under the final code's figures: en 0.861 / 0.959 (the others stood under them already: bn
  // 0.809 / 0.919, extra-bn 0.790 / 0.915, extra-en 0.737 / 0.894, all answerable 0.770 / 0.905, answered 0.980).
  // Session 26 added 145 questions written blind (blind set 12: 55 on the seeds, 90 on 6 new articles 1137_–1142_;
  // half in dev, inspected, half in holdout, never inspected): the session-start code measures bn 0.798 / 0.917, en
  // 0.854 / 0.957, extra-bn 0.784 / 0.909, extra-mixed 0.728 / 0.839, all answerable 0.767 / 0.903 on the fixtures with them, so those floors
  // were reset under these figures, not lowered to let a change pass. Raised at the session's end to just under the
  // final code's figures: extra-bn 0.784 / 0.911, extra-mixed 0.739 / 0.850 (the others stood under them already: bn
  // 0.798 / 0.919, en 0.857 / 0.957, extra-en 0.741 / 0.894, all answerable 0.770 / 0.905, answered 0.980; off-topic
  // declined 0.464).
  // Session 27 added 166 questions written blind (blind set 13: 57 on the seeds, 109 on 6 new articles 1143_–1148_;
  // half in dev, inspected, half in holdout, never inspected): the session-start code measures extra-bn 0.781 / 0.907,
  // mixed 0.916 / 0.988, extra-mixed 0.729 / 0.844 and off-topic declined 0.456 (511 of 1,120) on the fixtures with
  // them, so those floors were reset under these figures, not lowered to let a change pass. Raised at the session's end
  // to just under the final code's figures: extra-mixed hit@3 0.85 (0.859), off-topic 0.46 (0.467, 523 of 1,120).
  // Session 28 added 158 questions written blind (blind set 14: 38 on the seeds — seven more repeated older questions
  // word for word and were dropped —, 120 on 6 new articles 1149_–1154_; half in dev, inspected, half in holdout, never
  // inspected): the session-start code measures mixed 0.907 / 0.977 and extra-bn 0.779 / 0.906 on the fixtures with
  // them, so those floors were reset under these figures, not lowered to let a change pass. Raised at the session's end
  // to just under the final code's figures: bn hit@1 0.80 (0.805), variant 0.87 (0.875), extra-bn 0.78 (0.781), extra-en
  // 0.74 (0.741), extra-romanized 0.71 / 0.88 (0.720 / 0.887), extra-mixed 0.73 / 0.86 (0.735 / 0.868), all answerable
  // 0.77 (0.770); off-topic declined 0.461 (535 of 1,160) stands over its floor.
  // Session 29 added 159 questions written blind (blind set 15: 46 on the seeds — seven more repeated older questions
  // word for word and five in other words, and were dropped —, 113 on 6 new articles 1155_–1160_; half in dev,
  // inspected, half in holdout, never inspected) and made two dev off-topic questions answerable (an archive tiger census
  // answers them): the session-start code measures romanized 0.857 / 0.925, extra-bn 0.777 / 0.905, all answerable
  // 0.768 / 0.904 and off-topic declined 0.454 (543 of 1,197) on the fixtures with them, so those floors were reset under
  // these figures, not lowered to let a change pass. Then blind set 15b (114 questions on 6 more new articles
  // 1161_–1166_, measured with the session-start code and the final code, never inspected: holdout, but for the 12
  // extra-mixed ones, put in dev to keep the group's split near 70/30): the session-start code measures extra-en 0.735 /
  // 0.890, extra-mixed 0.734 / 0.852 and off-topic declined 0.449 (553 of 1,233) on the fixtures with them, so those
  // floors were reset under these figures too. Raised at the session's end to just under the final code's figures:
  // romanized 0.87 / 0.93 (0.871 / 0.932), extra-en hit@3 0.89 (0.893); extra-romanized measures 0.710 / 0.889 (0.712 /
  // 0.884 with the session-start code) and keeps its floors; off-topic declined 0.447 (551 of 1,233).
  // Session 30 added 148 questions written blind (blind set 16: 23 on the seeds — eight more repeated older questions
  // word for word and thirteen in other words, and were dropped —, 125 on 6 new articles 1167_–1172_ and five the
  // archive answers; half in dev, inspected, half in holdout, never inspected): the session-start code measures extra-en
  // 0.734 / 0.889, extra-mixed 0.739 / 0.846 and off-topic declined 0.444 (566 of 1,275) on the fixtures with them, so the
  // extra-en and extra-mixed hit@3 floors were reset under those figures, not lowered to let a change pass. Raised at the
  // session's end to just under the final code's figures: en 0.86 / 0.96 (0.864 / 0.962), extra-bn hit@1 0.78 (0.783);
  // all answerable measures 0.770 / 0.902, off-topic declined 0.445 (567 of 1,275).
  // Session 31 added 149 questions written blind (blind set 17: 35 on the seeds — six more repeated older questions
  // word for word and twenty in other words, and were dropped —, 113 on 6 new articles 1173_–1178_ and one the
  // archive answers; half in dev, inspected, half in holdout, never inspected): the session-start code measures romanized
  // 0.865 / 0.929, extra-bn 0.779 / 0.904, extra-romanized 0.710 / 0.888 (298 of 420 at hit@1: 0.7095) and off-topic
  // declined 0.442 (584 of 1,320) on the fixtures with them, so the romanized floors and the extra-bn and
  // extra-romanized hit@1 floors were reset under those figures, not lowered to let a change pass. Raised at the
  // session's end to just under the final code's figures: romanized hit@1 0.87 (0.871), extra-bn hit@1 0.78 (0.782),
  // extra-en 0.74 / 0.89 (0.744 / 0.892), extra-romanized 0.71 / 0.89 (0.712 / 0.890), extra-mixed hit@1 0.74 (0.743),
  // all answerable hit@1 0.77 (0.773); off-topic declined 0.443 (585 of 1,320).
  // Session 32 added 153 questions written blind (blind set 18: 39 on the seeds — the helper read the older questions
  // to ask what they had not, and six more, on page furniture the loader strips, were dropped —, 114 on 6 new articles
  // 1179_–1184_; half in dev, inspected, half in holdout, never inspected): the session-start code measures en 0.849 /
  // 0.948, romanized 0.867 / 0.924, extra-bn 0.776 / 0.901, extra-romanized 0.711 / 0.887, all answerable 0.769 / 0.899
  // on the fixtures with them, so those floors were reset under these figures, not lowered to let a change pass.
  // Raised at the session's end to just under the final code's figures: en 0.85 / 0.95 (0.854 / 0.953), extra-bn hit@1
  // 0.78 (0.783), all answerable 0.77 / 0.90 (0.774 / 0.902); off-topic declined 0.441 (602 of 1,366).
  // Session 33 added 157 questions written blind (blind set 19: 45 on the seeds — the helper read the older questions
  // to ask about the sentences asked least —, 112 on 6 new articles 1185_–1190_; half in dev, inspected, half in
  // holdout, never inspected): the session-start code measures bn 0.799 / 0.907, en 0.848 / 0.944, romanized 0.859 /
  // 0.920, mixed 0.894 / 0.952, extra-bn 0.777 / 0.900, extra-romanized 0.707 / 0.876, all answerable 0.769 / 0.898;
  // off-topic declined 0.430 (607 of 1,410) on the fixtures with them, so those floors were reset under these figures,
  // not lowered to let a change pass. Raised at the session's end to just under the final code's figures: bn hit@1 0.80
  // (0.801); the others' final figures do not clear the next hundredth; off-topic declined 0.430 (607 of 1,410). Then
  // 114 more (blind set 19b, 6 new articles 1191_–1196_, written at the session's end, measured once with the
  // session-start code and the final code — the same outcome for every one of them —; its holdout half never
  // inspected): both codes measure extra-en 0.741 / 0.887, extra-mixed 0.737 / 0.851, off-topic declined 0.427 (618 of
  // 1,446) on the final fixtures, so those floors were reset under these figures, not lowered to let a change pass. Raised at the end (the
  // lexicon words read off blind set 19b's dev half): extra-mixed 0.74 / 0.86 (0.744 / 0.862), extra-romanized hit@1
  // 0.71 (0.711).
  bn: { hit1: 0.8, hit3: 0.9 },
  variant: { hit1: 0.87, hit3: 0.93 },
  en: { hit1: 0.84, hit3: 0.94 },
  romanized: { hit1: 0.85, hit3: 0.92 },
  mixed: { hit1: 0.89, hit3: 0.95 },
  'extra-bn': { hit1: 0.77, hit3: 0.9 },
  'extra-en': { hit1: 0.74, hit3: 0.88 },
  'extra-romanized': { hit1: 0.71, hit3: 0.87 },
  'extra-mixed': { hit1: 0.74, hit3: 0.86 },
  offtopic: { abstentionRate: 0.42 },
  'ALL answerable': { hit1: 0.76, hit3: 0.89, answeredRate: 0.97 },
};

let engine: SearchEngine;
let metrics: GroupMetrics[];
let outcomes: Outcome[];

beforeAll(async () => {
  engine = await createEngine({ corpusDir: EVAL_CORPUS });
  ({ metrics, outcomes } = evaluate(engine, questionsOf('all')));
});

describe('retrieval on the dev + holdout question sets', () => {
  it.each(Object.entries(FLOORS))('%s meets its floors', (group, floors) => {
    const row = metrics.find((m) => m.group === group);
    expect(row, `group ${group} missing from the question sets`).toBeDefined();
    for (const [metric, floor] of Object.entries(floors)) {
      expect(row![metric as keyof GroupMetrics], `${group} ${metric}`).toBeGreaterThanOrEqual(floor!);
    }
  });

  it('declines every off-topic question with no citations, and answers with verbatim quotes', () => {
    const answer = engine.ask("When did Ebrahim Raisi's helicopter crash?");
    expect(answer.answered).toBe(false);
    expect(answer.citations).toEqual([]);
    const hit = engine.ask('ইরান রাশিয়াকে কী সরবরাহ করেছে?');
    expect(hit.answered).toBe(true);
    expect(hit.citations.length).toBeGreaterThan(0);
  });

  it('quotes every answer verbatim from its source, two-sentence quotes included', () => {
    const sources = new Map(engine.corpus.articles.map((a) => [a.id, a.source]));
    const passages = new Map(engine.corpus.passages.map((p) => [p.id, p]));
    let pairs = 0;
    for (const { answer } of outcomes) {
      for (const c of answer.citations) {
        expect(sources.get(c.source)!.slice(c.start, c.end)).toBe(c.text);
        if (c.text.length > (passages.get(c.passage)?.text.length ?? 0)) pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(0); // the eval set does exercise two-sentence quotes
  });
});
