/**
 * Child process for one scale of the scaling benchmark (run with --expose-gc so heap is measured after a full GC).
 * argv: <seedsDir> <passages> <seed> <warmupRounds> <rounds>; prints the ScaleEntry as one JSON line.
 */
import { measureScale } from './scale.js';

const [seedsDir, passages, seed, warmupRounds, rounds] = process.argv.slice(2);
const entry = await measureScale({
  seedsDir: seedsDir!,
  passages: Number(passages),
  seed: Number(seed),
  warmupRounds: Number(warmupRounds),
  rounds: Number(rounds),
});
process.stdout.write(JSON.stringify(entry) + '\n');
