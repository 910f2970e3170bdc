import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreBlind, type BlindFixture } from '../../../../test/support/nlp-blind-scoring.js';

/**
 * Blind multi-turn conversations (written without reading the interpreter; test/fixtures/nlp-blind/README.md),
 * replayed through the service's conversation path. Tuned on `train` only; `dev` is held out.
 * NLP_BLIND_REPORT=path writes every miss and unsafe turn as JSON.
 */
const fixture = JSON.parse(
  readFileSync(join(process.cwd(), 'test/fixtures/nlp-blind/conversations.json'), 'utf8'),
) as BlindFixture;
const scores = scoreBlind(fixture);
if (process.env.NLP_BLIND_REPORT)
  writeFileSync(process.env.NLP_BLIND_REPORT, JSON.stringify(scores, null, 2));

describe('blind conversations (test/fixtures/nlp-blind/conversations.json)', () => {
  it.each(['train', 'dev'] as const)('no unsafe turn on %s', (split) => {
    expect(scores[split].unsafe).toEqual([]);
  });

  // measured 2026-12-01: train 173/176 (98.3 %), dev 82/89 (92.1 %); the target is 97 % on dev
  it('exact score on train and on the held-out dev split', () => {
    expect(scores.train.rate).toBeGreaterThanOrEqual(0.98);
    expect(scores.dev.rate).toBeGreaterThanOrEqual(0.92);
  });
});
