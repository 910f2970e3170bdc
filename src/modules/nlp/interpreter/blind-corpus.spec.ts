import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreAll, type LabelledCommand } from '../classifier/scoring.js';
import { interpret } from './interpreter.js';

/**
 * The blind corpora (test/fixtures/nlp-blind/ and nlp-blind-2/, commands.json): commands written from README and issue 12 alone
 * by someone who never read the interpreter, in two rounds. The rules are tuned on the `train` splits only; `dev`
 * is the score. Scored as test/fixtures/nlp-blind/README.md says (`../classifier/scoring.ts`, shared with the
 * classifier's spec).
 */
interface BlindCase extends LabelledCommand {
  family: string;
  split: 'train' | 'dev';
}

/**
 * Ratchets, from the last tuning on `train` (README's NLP section; 2026-12-01): exact scores may only rise,
 * unsafe readings only fall. The target is 0 unsafe on dev too; the ones left are not looked at (dev is never
 * tuned on case by case), so they stay counted here rather than hidden.
 */
const ROUNDS = [
  // round 1: train 938/946, dev 412/461 (89.4 %), 1 unsafe on dev
  { dir: 'test/fixtures/nlp-blind', minDev: 400, trainFloor: 0.991, devFloor: 0.893, devUnsafe: 1 },
  // round 2 (before tuning: train 85.4 % / 4 unsafe, dev 89.9 % / 2 unsafe): train 503/508, dev 316/337 (93.8 %)
  { dir: 'test/fixtures/nlp-blind-2', minDev: 300, trainFloor: 0.99, devFloor: 0.937, devUnsafe: 2 },
] as const;

describe.each(ROUNDS)('blind corpus $dir', ({ dir, minDev, trainFloor, devFloor, devUnsafe }) => {
  const blind = JSON.parse(readFileSync(join(process.cwd(), dir, 'commands.json'), 'utf8')) as {
    knownApps: string[];
    defaultEnvironment: 'staging';
    cases: BlindCase[];
  };
  const score = (split: 'train' | 'dev') =>
    scoreAll(
      blind.cases.filter((c) => c.split === split),
      (command) =>
        interpret(command, { knownApps: blind.knownApps, defaultEnvironment: blind.defaultEnvironment }),
    );
  const results = { train: score('train'), dev: score('dev') };

  it('no unsafe reading on the train split', () => {
    expect(results.train.unsafe).toEqual([]);
  });

  it(`reads at least ${(trainFloor * 100).toFixed(1)}% of the train split exactly`, () => {
    expect(results.train.accuracy).toBeGreaterThanOrEqual(trainFloor);
  });

  it(`at most ${devUnsafe} unsafe reading(s) on the dev split`, () => {
    // the count only: dev cases are never printed (nobody tunes on them)
    expect(results.dev.unsafe.length).toBeLessThanOrEqual(devUnsafe);
  });

  it(`reads at least ${(devFloor * 100).toFixed(1)}% of the dev split exactly`, () => {
    expect(results.dev.total).toBeGreaterThan(minDev);
    expect(results.dev.accuracy).toBeGreaterThanOrEqual(devFloor);
  });
});
