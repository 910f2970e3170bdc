import { interpret } from '../../src/modules/nlp/interpreter/interpreter.js';
import type { Interpretation } from '../../src/modules/nlp/interpreter/types.js';
import { replayConversation, type ExpectedTurn } from './nlp-conversation-replay.js';

const CHANGES = new Set(['deploy', 'scale', 'rollback', 'restart', 'delete']);

/**
 * The three readings a blind round's spec asks of its own new sentences, with the apps it registers: the single
 * command read, whether it is a change that would run unasked, and a conversation replayed turn by turn.
 */
export function roundReaders(knownApps: readonly string[]): {
  said: (command: string) => Interpretation;
  isClearChange: (command: string) => boolean;
  replay: (commands: string[]) => ExpectedTurn[];
} {
  const said = (command: string) => interpret(command, { knownApps: [...knownApps] });
  return {
    said,
    isClearChange: (command) => {
      const r = said(command);
      return CHANGES.has(r.intent) && !r.ambiguous;
    },
    replay: (commands) =>
      replayConversation(
        commands.map((c) => [c, '', {}] as const),
        knownApps,
      ),
  };
}
