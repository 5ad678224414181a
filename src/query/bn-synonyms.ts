/**
 * Bengali paraphrase groups kept as data (bn-synonyms.tsv): words Bengali news uses for the same thing (নির্বাচিত |
 * জয়ী | জয়লাভ, গ্রেপ্তার | আটক), so a Bengali question in one wording reaches a source in another. The English lexicon
 * yields synonyms too (forms listed under one entry), but only where English has one word for both; these groups are
 * Bengali's own. Read once, validated with zod: a bad line is a load error naming it, not a silent wrong synonym.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { dataLines, splitForms } from './tsv.js';

const DEFAULT_FILE = fileURLToPath(new URL('./bn-synonyms.tsv', import.meta.url));

const BENGALI_FORM = /^[\u0980-\u09FF\u200C\u200D ]+$/u;
const groupSchema = z.array(z.string().regex(BENGALI_FORM, 'forms must be Bengali script')).min(2);

/** Parses the TSV text: one group a line, forms separated by |; # starts a comment. Throws naming the first bad line. */
export function parseBengaliSynonyms(text: string, fileLabel = 'bn-synonyms.tsv'): string[][] {
  const groups: string[][] = [];
  for (const { line, index: i } of dataLines(text)) {
    const forms = [...new Set(splitForms(line))];
    const parsed = groupSchema.safeParse(forms);
    if (!parsed.success) {
      const why = parsed.error.issues.map((issue) => issue.message).join('; ');
      throw new Error(`${fileLabel}:${i + 1}: invalid synonym group (${why}): ${JSON.stringify(line)}`);
    }
    groups.push(parsed.data);
  }
  return groups;
}

let cached: { file: string; text: string; groups: string[][] } | undefined;

/** The paraphrase groups and the file's text (the start-up cache keys on it); read once per file. */
export function loadBengaliSynonyms(file: string = DEFAULT_FILE): { text: string; groups: string[][] } {
  if (cached?.file !== file) {
    const text = readFileSync(file, 'utf8');
    cached = { file, text, groups: parseBengaliSynonyms(text, file) };
  }
  return cached;
}
