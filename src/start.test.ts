import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChild } from './bench/child.js';

describe('npm start (src/start.mjs: the bundle of the sources)', () => {
  it('answers an English question from the bundle, with the lexicon and synonym data beside it', { timeout: 120_000 }, async () => {
    const cacheDir = await mkdtemp(join(os.tmpdir(), 'sutra-start-'));
    try {
      const run = await runChild('startup-child.ts', ['seeds', cacheDir, 'What did Iran supply to Russia?'], { bundled: true, timeoutMs: 110_000 });
      const line = JSON.parse(run.firstLine) as { answered: boolean; imports_ms: number };
      // Only the English lexicon takes this question to Bengali text: without it nothing is answered.
      expect(line.answered).toBe(true);
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });

  it('runs the sources through tsx when no bundle can be built, and still answers', { timeout: 120_000 }, async () => {
    const cacheDir = await mkdtemp(join(os.tmpdir(), 'sutra-start-'));
    const before = process.env.BUNDLE_DIR;
    process.env.BUNDLE_DIR = '/dev/null/bundles'; // no directory can be made under a device file, even by root
    try {
      const run = await runChild('startup-child.ts', ['seeds', cacheDir, 'What did Iran supply to Russia?'], { bundled: true, timeoutMs: 110_000 });
      expect((JSON.parse(run.firstLine) as { answered: boolean }).answered).toBe(true);
      expect(run.stderr).toMatch(/could not build the bundle in \/dev\/null\/bundles .*running the sources through tsx/);
    } finally {
      if (before === undefined) delete process.env.BUNDLE_DIR;
      else process.env.BUNDLE_DIR = before;
      await rm(cacheDir, { recursive: true, force: true });
    }
  });
});
