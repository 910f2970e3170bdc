import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Turn } from './context.js';
import { interpretInConversation } from './conversation.js';
import type { Entities, Intent } from './types.js';

interface ExpectedTurn {
  command: string;
  /** A bare answer to the plan the previous turn asked to confirm. */
  reply?: 'confirm' | 'cancel';
  intent?: Intent;
  entities?: Entities;
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
      const r = interpretInConversation(expected.command, {
        knownApps: fixture.knownApps,
        history: [...history].reverse(),
      });
      if (expected.reply) {
        expect({ command: expected.command, reply: r.reply }).toEqual({
          command: expected.command,
          reply: expected.reply,
        });
      } else {
        expect({
          command: expected.command,
          reply: r.reply,
          intent: r.interpretation.intent,
          entities: r.interpretation.entities,
          ambiguous: r.interpretation.ambiguous,
        }).toEqual({
          command: expected.command,
          reply: undefined,
          intent: expected.intent,
          entities: expected.entities,
          ambiguous: expected.ambiguous ?? false,
        });
        if (expected.destructive !== undefined)
          expect(r.interpretation.destructive).toBe(expected.destructive);
      }
      history.push(r.turn);
    }
  });
});
