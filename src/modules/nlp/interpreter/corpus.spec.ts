import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { interpret } from './interpreter.js';
import type { Entities, Intent } from './types.js';

interface Case {
  command: string;
  intent: Intent;
  entities: Entities;
  ambiguous?: boolean;
  missing?: string[];
}
const corpus = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/nlp-corpus.json'), 'utf8')) as {
  knownApps: string[];
  defaultEnvironment: 'staging';
  cases: Case[];
};
const hangul = /[\uac00-\ud7a3]/;

/** Exact match: intent, every entity the command says (defaults aside), ambiguity and missing entities. */
function matches(c: Case): string | null {
  const r = interpret(c.command, {
    knownApps: corpus.knownApps,
    defaultEnvironment: corpus.defaultEnvironment,
  });
  const said: Record<string, unknown> = { ...r.entities };
  for (const d of r.defaults) delete said[d];
  const sort = (o: object) => JSON.stringify(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
  const ok =
    r.intent === c.intent &&
    sort(said) === sort(c.entities) &&
    r.ambiguous === (c.ambiguous ?? false) &&
    (!c.missing || sort(r.missing) === sort(c.missing));
  return ok
    ? null
    : `${c.command} → ${r.intent} ${JSON.stringify(said)} ambiguous=${r.ambiguous} missing=${r.missing}`;
}

describe('offline interpreter corpus', () => {
  it('has at least 300 commands covering every intent, entity and both languages', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(300);
    const intents = new Set(corpus.cases.map((c) => c.intent));
    expect([...intents].sort()).toEqual(
      [
        'delete',
        'deploy',
        'help',
        'list',
        'logs',
        'restart',
        'rollback',
        'scale',
        'status',
        'unknown',
      ].sort(),
    );
    const entities = new Set(corpus.cases.flatMap((c) => Object.keys(c.entities)));
    expect([...entities].sort()).toEqual(['app', 'environment', 'lines', 'replicas', 'revision', 'tag']);
    expect(corpus.cases.filter((c) => hangul.test(c.command)).length).toBeGreaterThan(100);
    expect(corpus.cases.filter((c) => !hangul.test(c.command)).length).toBeGreaterThan(100);
    expect(corpus.cases.filter((c) => c.ambiguous && c.intent !== 'unknown').length).toBeGreaterThan(20);
  });

  it('reads at least 95% of the corpus exactly (intent + every expected entity)', () => {
    const failures = corpus.cases.map(matches).filter((f): f is string => f !== null);
    const accuracy = (corpus.cases.length - failures.length) / corpus.cases.length;
    if (accuracy < 0.95) console.error(failures.join('\n'));
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('never maps out-of-domain commands to an operation', () => {
    for (const c of corpus.cases.filter((x) => x.intent === 'unknown')) {
      const r = interpret(c.command, { knownApps: corpus.knownApps });
      expect(r.intent).toBe('unknown');
      expect(r.destructive).toBe(false);
      expect(r.suggestions.some((s) => s === 'help' || s === '도움말')).toBe(true);
    }
  });

  it('every suggestion is itself a command that reads unambiguously', () => {
    for (const c of corpus.cases.filter((x) => x.ambiguous && x.intent !== 'unknown')) {
      const r = interpret(c.command, { knownApps: corpus.knownApps });
      for (const s of r.suggestions) {
        const again = interpret(s, { knownApps: corpus.knownApps });
        if (s === 'help' || s === '도움말') continue;
        expect({ s, intent: again.intent, ambiguous: again.ambiguous }).toEqual({
          s,
          intent: c.intent,
          ambiguous: false,
        });
      }
    }
  });
});
