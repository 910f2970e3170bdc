import { interpret } from '../../src/modules/nlp/interpreter/interpreter.js';
import type { Interpretation } from '../../src/modules/nlp/interpreter/types.js';
import { replayConversation, type ExpectedTurn } from './nlp-conversation-replay.js';

const CHANGES = new Set(['deploy', 'scale', 'rollback', 'restart', 'delete']);

/** A reading that would run a change unasked. */
export const isClearReading = (r: { intent: string; ambiguous?: boolean }): boolean =>
  CHANGES.has(r.intent) && !r.ambiguous;

/**
 * The three readings a blind round's spec asks of its own new sentences, with the apps it registers: the single
 * command read, whether it is a change that would run unasked, and a conversation replayed turn by turn.
 */
export function roundReaders(knownApps: readonly string[]): {
  said: (command: string) => Interpretation;
  isClearChange: (command: string) => boolean;
  replay: (commands: string[]) => ExpectedTurn[];
  turns: (
    commands: readonly string[],
  ) => { intent: string; entities: Interpretation['entities']; ambiguous?: boolean }[];
  answersTo: (order: string, answers: readonly string[]) => [string, string][];
  environmentsOf: (commands: readonly string[]) => [string, boolean, string | undefined][];
} {
  const said = (command: string) => interpret(command, { knownApps: [...knownApps] });
  const replay = (commands: string[]) =>
    replayConversation(
      commands.map((c) => [c, '', {}] as const),
      knownApps,
    );
  return {
    said,
    isClearChange: (command) => {
      const r = said(command);
      return isClearReading(r);
    },
    replay,
    // each turn's reading as an object (intent, entities, ambiguity)
    turns: (commands) =>
      replay([...commands]).map(([, intent, entities, ambiguous]) => ({ intent, entities, ambiguous })),
    // what each answer does to the plan `order` leaves waiting ('confirm', 'cancel' or another reading)
    answersTo: (order, answers) => answers.map((a) => [a, replay([order, a])[1][1]]),
    // a production look-alike reads [command, true, undefined]: asked about, no environment taken
    environmentsOf: (commands) =>
      commands.map((c) => {
        const r = said(c);
        return [c, r.ambiguous, r.entities.environment];
      }),
  };
}
