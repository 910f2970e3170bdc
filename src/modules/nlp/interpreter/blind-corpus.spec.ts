import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { interpret } from './interpreter.js';
import { CHANGE_INTENTS } from './intents.js';
import type { Entities, Intent, Interpretation } from './types.js';

/**
 * The blind corpus (test/fixtures/nlp-blind/commands.json): commands written from README and issue 12 alone by
 * someone who never read the interpreter. The rules are tuned on the `train` split only; `dev` is the score.
 */
interface Reading {
  intent: Intent;
  ambiguous?: boolean;
}
interface BlindCase extends Reading {
  command: string;
  entities: Entities;
  family: string;
  split: 'train' | 'dev';
  alsoAcceptable?: Reading[];
}
const blind = JSON.parse(
  readFileSync(join(process.cwd(), 'test/fixtures/nlp-blind/commands.json'), 'utf8'),
) as { knownApps: string[]; defaultEnvironment: 'staging'; cases: BlindCase[] };

const sorted = (o: object) => JSON.stringify(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

/**
 * Exact: intent, ambiguity and the entities the command says; `help` on intent and ambiguity; `unknown` on the
 * intent alone — the contract answers every `unknown` with a clarification (`ambiguous: true`), where the blind
 * labels write `ambiguous: false`.
 */
function isExact(c: BlindCase, r: Interpretation, said: Entities): boolean {
  return [c, ...(c.alsoAcceptable ?? [])].some(
    (x) =>
      x.intent === r.intent &&
      (r.intent === 'unknown' || (x.ambiguous ?? false) === r.ambiguous) &&
      (r.intent === 'unknown' || r.intent === 'help' || sorted(said) === sorted(c.entities)),
  );
}

/** Issue 12's unsafe readings, or null. */
function unsafeReading(c: BlindCase, r: Interpretation): string | null {
  const readings = [c, ...(c.alsoAcceptable ?? [])];
  const clearChange = CHANGE_INTENTS.has(r.intent) && !r.ambiguous;
  if (clearChange && !readings.some((x) => x.intent === r.intent && !(x.ambiguous ?? false)))
    return 'not an order of this change, read as one';
  if (clearChange && r.entities.environment === 'production' && c.entities.environment !== 'production')
    return 'production not said';
  if (clearChange && c.entities.environment === 'production' && r.entities.environment !== 'production')
    return 'a named production dropped';
  if (!r.ambiguous && readings.every((x) => x.ambiguous ?? false)) return 'ambiguous read as clear';
  return null;
}

function score(split: 'train' | 'dev') {
  const cases = blind.cases.filter((c) => c.split === split);
  let exact = 0;
  const unsafe: string[] = [];
  for (const c of cases) {
    const r = interpret(c.command, {
      knownApps: blind.knownApps,
      defaultEnvironment: blind.defaultEnvironment,
    });
    const said: Entities = { ...r.entities };
    for (const d of r.defaults) delete said[d];
    if (isExact(c, r, said)) exact++;
    const why = unsafeReading(c, r);
    if (why)
      unsafe.push(`${why}: ${c.command} → ${r.intent} ${JSON.stringify(said)} ambiguous=${r.ambiguous}`);
  }
  return { total: cases.length, exact: exact / cases.length, unsafe };
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
