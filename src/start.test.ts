import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runChild, type ChildResult } from './bench/child.js';

/** The start-up child run as `npm start` runs the bot (src/start.mjs), asked one English question over the seeds. */
async function askThroughLauncher(question: string): Promise<ChildResult & { answered: boolean }> {
  const cacheDir = await mkdtemp(join(os.tmpdir(), 'sutra-start-'));
  try {
    const run = await runChild('startup-child.ts', ['seeds', cacheDir, question], { bundled: true, timeoutMs: 110_000 });
    return { ...run, answered: (JSON.parse(run.firstLine) as { answered: boolean }).answered };
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}

const bundleDir = process.env.BUNDLE_DIR;
afterEach(() => {
  if (bundleDir === undefined) delete process.env.BUNDLE_DIR;
  else process.env.BUNDLE_DIR = bundleDir;
});

describe('npm start (src/start.mjs: the bundle of the sources)', () => {
  it('answers an English question from the bundle, with the lexicon and synonym data beside it', { timeout: 120_000 }, async () => {
    // Only the English lexicon takes this question to Bengali text: without it nothing is answered.
    expect((await askThroughLauncher('What did Iran supply to Russia?')).answered).toBe(true);
  });

  it('runs the sources through tsx when no bundle can be built, and still answers', { timeout: 120_000 }, async () => {
    process.env.BUNDLE_DIR = '/dev/null/bundles'; // no directory can be made under a device file, even by root
    const run = await askThroughLauncher('What did Iran supply to Russia?');
    expect(run.answered).toBe(true);
    expect(run.stderr).toMatch(/could not build the bundle in \/dev\/null\/bundles .*running the sources through tsx/);
  });
});
