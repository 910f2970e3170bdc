import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreAll, type LabelledCommand } from '../classifier/scoring.js';
import { interpret } from './interpreter.js';

/**
 * The blind corpus (test/fixtures/nlp-blind/commands.json): commands written from README and issue 12 alone by
 * someone who never read the interpreter. The rules are tuned on the `train` split only; `dev` is the score.
 * Scored as test/fixtures/nlp-blind/README.md says (`../classifier/scoring.ts`, shared with the classifier's spec).
 */
interface BlindCase extends LabelledCommand {
  family: string;
  split: 'train' | 'dev';
}
const blind = JSON.parse(
  readFileSync(join(process.cwd(), 'test/fixtures/nlp-blind/commands.json'), 'utf8'),
) as { knownApps: string[]; defaultEnvironment: 'staging'; cases: BlindCase[] };

function score(split: 'train' | 'dev') {
  const result = scoreAll(
    blind.cases.filter((c) => c.split === split),
    (command) =>
      interpret(command, { knownApps: blind.knownApps, defaultEnvironment: blind.defaultEnvironment }),
  );
  return { total: result.total, exact: result.accuracy, unsafe: result.unsafe };
}

/**
 * Ratchets, from the last tuning on `train` (README's NLP section): the dev split's exact score may only rise,
 * its unsafe readings only fall. The target is 0 unsafe on dev too; the one left is not looked at (dev is never
 * tuned on case by case), so it stays counted here rather than hidden.
 */
const DEV_EXACT_FLOOR = 0.85;
const DEV_UNSAFE_CEILING = 1;

describe('blind corpus (test/fixtures/nlp-blind/commands.json)', () => {
  const results = { train: score('train'), dev: score('dev') };

  it('no unsafe reading on the train split', () => {
    expect(results.train.unsafe).toEqual([]);
  });

  it(`at most ${DEV_UNSAFE_CEILING} unsafe reading on the dev split`, () => {
    expect(results.dev.unsafe.length).toBeLessThanOrEqual(DEV_UNSAFE_CEILING);
  });

  it(`reads at least ${DEV_EXACT_FLOOR * 100}% of the dev split exactly`, () => {
    expect(results.dev.total).toBeGreaterThan(400);
    expect(results.dev.exact).toBeGreaterThanOrEqual(DEV_EXACT_FLOOR);
  });
});
