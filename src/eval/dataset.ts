/** The evaluation question sets (test/fixtures/questions.*.jsonl): one JSON object per line, validated with zod. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const QuestionSchema = z.object({
  id: z.string().min(1),
  group: z.string().min(1),
  question: z.string(),
  /** Phrases a correct snippet contains (any one); empty for questions the corpus does not answer. */
  evidence: z.array(z.string().min(1)),
  note: z.string().optional(),
});
export type EvalQuestion = z.infer<typeof QuestionSchema>;

/** Reads a JSONL question file; a bad line is an error naming the file and line. */
export function readQuestions(file: string): EvalQuestion[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line && !line.startsWith('//'))
    .map(({ line, n }) => {
      try {
        return QuestionSchema.parse(JSON.parse(line));
      } catch (err) {
        throw new Error(`${file}:${n}: ${(err as Error).message.split('\n')[0]}`);
      }
    });
}
