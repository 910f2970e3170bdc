import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreBlind, type BlindFixture } from '../../../../test/support/nlp-blind-scoring.js';

/**
 * Blind multi-turn conversations in two rounds (written without reading the interpreter;
 * README.md of test/fixtures/nlp-blind/ and nlp-blind-2/), replayed through the service's conversation path. Tuned on `train` only;
 * `dev` is held out. NLP_BLIND_REPORT=path writes the train misses and unsafe turns as JSON (path.<round>.json);
 * dev turns only as counts.
 */
const ROUNDS = [
  // measured 2026-12-01: train 173/176 (98.3 %), dev 82/89 (92.1 %)
  { round: 1, dir: 'test/fixtures/nlp-blind', trainFloor: 0.982, devFloor: 0.921 },
  // before tuning: train 83/89 (93.3 %), dev 60/65 (92.3 %); after tuning on train: train 88/89, dev 60/65
  { round: 2, dir: 'test/fixtures/nlp-blind-2', trainFloor: 0.988, devFloor: 0.923 },
] as const;

describe.each(ROUNDS)('blind conversations $dir', ({ round, dir, trainFloor, devFloor }) => {
  const fixture = JSON.parse(
    readFileSync(join(process.cwd(), dir, 'conversations.json'), 'utf8'),
  ) as BlindFixture;
  const scores = scoreBlind(fixture);
  if (process.env.NLP_BLIND_REPORT)
    writeFileSync(
      `${process.env.NLP_BLIND_REPORT}.${round}.json`,
      JSON.stringify(
        {
          train: scores.train,
          dev: { turns: scores.dev.turns, exact: scores.dev.exact, unsafe: scores.dev.unsafe.length },
        },
        null,
        2,
      ),
    );

  it.each(['train', 'dev'] as const)('no unsafe turn on %s', (split) => {
    // dev: the count only, so that no dev turn is ever shown
    if (split === 'dev') expect(scores.dev.unsafe.length).toBe(0);
    else expect(scores.train.unsafe).toEqual([]);
  });

  // the target is 97 % on dev
  it('exact score on train and on the held-out dev split', () => {
    expect(scores.train.rate).toBeGreaterThanOrEqual(trainFloor);
    expect(scores.dev.rate).toBeGreaterThanOrEqual(devFloor);
  });
});
