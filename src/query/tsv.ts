/** The line handling the small TSV data files (en-bn.tsv, bn-synonyms.tsv) share; each file validates its own rows. */

/** The data lines of `text` with their 0-based index: blank lines and lines starting with # are skipped. */
export function dataLines(text: string): Array<{ line: string; index: number }> {
  const out: Array<{ line: string; index: number }> = [];
  text.split(/\r?\n/u).forEach((line, index) => {
    if (line.trim() !== '' && !line.startsWith('#')) out.push({ line, index });
  });
  return out;
}

/** The forms of a |-separated field: trimmed, NFC-normalised, empty ones dropped. */
export function splitForms(field: string): string[] {
  return field.split('|').map((f) => f.trim().normalize('NFC')).filter((f) => f !== '');
}
