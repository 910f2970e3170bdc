import type { Turn } from '../../src/modules/nlp/interpreter/context.js';
import { interpretInConversation } from '../../src/modules/nlp/interpreter/conversation.js';
import type { Entities, Interpretation } from '../../src/modules/nlp/interpreter/types.js';

/** A turn as the conversation specs write it: command, intent (or the reply confirm/cancel), entities, ambiguous?. */
export type ExpectedTurn = readonly [
  command: string,
  intent: string,
  entities: Entities,
  ambiguous?: boolean,
];

/** Replays the commands through the rules' conversation path (default environment staging), turn by turn. */
export function replayConversation(
  turns: readonly ExpectedTurn[],
  knownApps: readonly string[],
): ExpectedTurn[] {
  const history: Turn[] = [];
  return turns.map(([command]) => {
    const r = interpretInConversation(command, {
      knownApps,
      defaultEnvironment: 'staging',
      history: [...history].reverse(),
    });
    history.push(r.turn);
    const i = r.interpretation;
    return [command, r.reply ?? i.intent, i.entities, r.reply ? false : i.ambiguous] as const;
  });
}

/** The interpretation of the last of `commands`, read turn by turn as the service does (default environment staging). */
export function lastReadingOf(commands: readonly string[], knownApps: readonly string[]): Interpretation {
  const history: Turn[] = [];
  let last: Interpretation | undefined;
  for (const command of commands) {
    const r = interpretInConversation(command, {
      knownApps,
      defaultEnvironment: 'staging',
      history: [...history].reverse(),
    });
    history.push(r.turn);
    last = r.interpretation;
  }
  if (!last) throw new Error('no command to read');
  return last;
}

/** Every turn read as written (an unwritten ambiguity is false). */
export function expectConversation(turns: readonly ExpectedTurn[], knownApps: readonly string[]): void {
  expect(replayConversation(turns, knownApps)).toEqual(
    turns.map(([c, intent, e, amb]) => [c, intent, e, amb ?? false]),
  );
}

/**
 * "<reply>" answers the delete waiting for confirmation (`app` in development) as `intent` — confirm, cancel, or
 * whatever else it is read as — with the plan's entities.
 */
export function expectAnswerToWaitingDelete(
  reply: string,
  intent: string,
  app: string,
  knownApps: readonly string[],
): void {
  const plan = { app, environment: 'development' } as const;
  expectConversation(
    [
      [`개발 ${app} 삭제해줘`, 'delete', plan],
      [reply, intent, plan],
    ],
    knownApps,
  );
}

/** Each answer, right after `order` (a plan waiting for confirmation), is read as `reply` — confirm or cancel — of it. */
export function expectEachAnswerToPlan(
  order: readonly [command: string, intent: string, plan: Entities],
  answers: readonly string[],
  reply: 'confirm' | 'cancel',
  knownApps: readonly string[],
): void {
  const [command, intent, plan] = order;
  for (const answer of answers)
    expectConversation(
      [
        [command, intent, plan],
        [answer, reply, plan],
      ],
      knownApps,
    );
}

type Reads = (command: string) => object;

/** Each command, read alone, is a clear `intent` with (at least) these entities. */
export function expectClearReadings(
  read: Reads,
  rows: ReadonlyArray<readonly [command: string, intent: string, entities: Entities]>,
): void {
  for (const [command, intent, entities] of rows)
    expect({ command, ...read(command) }).toMatchObject({ command, intent, ambiguous: false, entities });
}

/** Each command names production only by a look-alike: it is asked about, the environment never taken. */
export function expectProductionAskedAbout(
  read: (command: string) => Interpretation,
  commands: readonly string[],
): void {
  for (const command of commands) {
    const r = read(command);
    expect({ command, ambiguous: r.ambiguous, environment: r.entities.environment }).toEqual({
      command,
      ambiguous: true,
      environment: undefined,
    });
  }
}

/** Each command, read alone, matches `expected` (e.g. `{ intent: 'unknown', ambiguous: true }`). */
export function expectEachRead(read: Reads, commands: readonly string[], expected: object): void {
  for (const command of commands)
    expect({ command, ...read(command) }).toMatchObject({ command, ...expected });
}
