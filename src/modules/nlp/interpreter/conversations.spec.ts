import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contextFrom, type Turn } from './context.js';
import { interpret } from './interpreter.js';
import type { Entities, Intent } from './types.js';

interface ExpectedTurn {
  command: string;
  intent: Intent;
  entities: Entities;
  ambiguous?: boolean;
  destructive?: boolean;
}
const fixture = JSON.parse(
  readFileSync(join(process.cwd(), 'test/fixtures/nlp-conversations.json'), 'utf8'),
) as {
  knownApps: string[];
  conversations: { name: string; turns: ExpectedTurn[] }[];
};

describe('multi-turn conversations (test/fixtures/nlp-conversations.json)', () => {
  it.each(fixture.conversations.map((c) => [c.name, c.turns] as const))('%s', (_name, turns) => {
    const history: Turn[] = [];
    for (const expected of turns) {
      const r = interpret(expected.command, {
        knownApps: fixture.knownApps,
        context: contextFrom([...history].reverse()),
      });
      expect({
        command: expected.command,
        intent: r.intent,
        entities: r.entities,
        ambiguous: r.ambiguous,
      }).toEqual({
        command: expected.command,
        intent: expected.intent,
        entities: expected.entities,
        ambiguous: expected.ambiguous ?? false,
      });
      if (expected.destructive !== undefined) expect(r.destructive).toBe(expected.destructive);
      history.push({ intent: r.intent, entities: r.entities, ambiguous: r.ambiguous });
    }
  });
});
