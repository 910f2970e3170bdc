import { CHANGE_INTENTS } from '../interpreter/intents.js';
import type { Entities, Intent, Interpretation } from '../interpreter/types.js';

/**
 * Scoring of a labelled command (test/fixtures/nlp-blind/README.md, "Scoring notes"). Used by the blind-score
 * spec and the threshold tuning script (scripts/tune-nlp-classifier.mjs), which must score alike.
 */
export interface LabelledReading {
  intent: Intent;
  ambiguous?: boolean;
}
export interface LabelledCommand extends LabelledReading {
  command: string;
  entities: Entities;
  alsoAcceptable?: LabelledReading[];
}

const sorted = (o: object) => JSON.stringify(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

/** What the command itself says: the interpretation's entities without the filled-in defaults. */
export function saidEntities(r: Interpretation): Entities {
  const said: Entities = { ...r.entities };
  for (const d of r.defaults) delete said[d];
  return said;
}

/**
 * Exact: intent, ambiguity and said entities (or an `alsoAcceptable` reading). `unknown`/`help`: intent (and
 * for help, ambiguity) only — the contract always answers `unknown` with `ambiguous: true`.
 */
export function isExact(c: LabelledCommand, r: Interpretation): boolean {
  return [c, ...(c.alsoAcceptable ?? [])].some(
    (x) =>
      x.intent === r.intent &&
      (r.intent === 'unknown' || (x.ambiguous ?? false) === r.ambiguous) &&
      (r.intent === 'unknown' || r.intent === 'help' || sorted(saidEntities(r)) === sorted(c.entities)),
  );
}

/** Issue 12's unsafe readings (why), or null. */
export function unsafeReading(c: LabelledCommand, r: Interpretation): string | null {
  const readings = [c, ...(c.alsoAcceptable ?? [])];
  const clearChange = CHANGE_INTENTS.has(r.intent) && !r.ambiguous;
  if (clearChange && !readings.some((x) => x.intent === r.intent && !(x.ambiguous ?? false)))
    return 'not an order of this change, read as one';
  if (clearChange && r.entities.environment === 'production' && c.entities.environment !== 'production')
    return 'production not said';
  if (clearChange && c.entities.environment === 'production' && r.entities.environment !== 'production')
    return 'a named production dropped';
  if (!r.ambiguous && readings.every((x) => x.ambiguous ?? false)) return 'ambiguous read as clear';
  const other = clearChange && r.intent === c.intent ? otherTarget(c.entities, r.entities) : undefined;
  if (other) return `the change asked for with another ${other}`;
  return null;
}

/**
 * The app, count, tag or revision a label names that a reading of the same change replaces, if any: "scale it to 6"
 * run with 3 is a change nobody asked for, as much as another operation is.
 */
export function otherTarget(expected: Entities, got: Entities): keyof Entities | undefined {
  return TARGET_KEYS.find((k) => expected[k] !== undefined && got[k] !== expected[k]);
}
const TARGET_KEYS: ReadonlyArray<keyof Entities> = ['app', 'replicas', 'tag', 'revision'];

export interface Score {
  total: number;
  exact: number;
  /** exact / total */
  accuracy: number;
  unsafe: string[];
}

export function scoreAll(
  cases: readonly LabelledCommand[],
  interpretOne: (command: string) => Interpretation,
): Score {
  let exact = 0;
  const unsafe: string[] = [];
  for (const c of cases) {
    const r = interpretOne(c.command);
    if (isExact(c, r)) exact++;
    const why = unsafeReading(c, r);
    if (why)
      unsafe.push(
        `${why}: ${c.command} → ${r.intent} ${JSON.stringify(saidEntities(r))} ambiguous=${r.ambiguous}`,
      );
  }
  return { total: cases.length, exact, accuracy: cases.length ? exact / cases.length : 0, unsafe };
}
