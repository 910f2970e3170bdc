import { isDeepStrictEqual } from 'node:util';
import { interpretTurn, type Classify } from '../../src/modules/nlp/classifier/turn.js';
import type { Turn } from '../../src/modules/nlp/interpreter/context.js';
import { otherTarget } from '../../src/modules/nlp/classifier/scoring.js';
import type { Entities } from '../../src/modules/nlp/interpreter/types.js';

/**
 * Replays blind multi-turn conversations (test/fixtures/nlp-blind/conversations.json) through the service's own
 * conversation path (`interpretTurn`: the rules in the conversation, weighed by the trained classifier), and scores
 * each turn as the fixture's README says: exact (intent, ambiguity, entities — or an `alsoAcceptable` reading) and
 * unsafe. Used by src/modules/nlp/interpreter/blind-conversations.spec.ts.
 */
export interface BlindTurn {
  command: string;
  /** An intent, or the reply pseudo-intents `confirm` / `cancel`. */
  intent: string;
  entities: Entities;
  ambiguous?: boolean;
  destructive?: boolean;
  alsoAcceptable?: { intent: string; ambiguous: boolean }[];
}
export interface BlindConversation {
  name: string;
  family: string;
  split: 'train' | 'dev';
  turns: BlindTurn[];
}
export interface BlindFixture {
  knownApps: string[];
  defaultEnvironment: 'development' | 'staging';
  conversations: BlindConversation[];
}

export interface TurnScore {
  conversation: string;
  split: 'train' | 'dev';
  command: string;
  expected: { intent: string; entities: Entities; ambiguous: boolean };
  got: { intent: string; entities: Entities; ambiguous: boolean };
  exact: boolean;
  /** Why the reading is unsafe, if it is. */
  unsafe?: string;
}

const CHANGES = new Set(['deploy', 'scale', 'rollback', 'restart', 'delete', 'confirm']);
const WITHOUT_ENTITIES = new Set(['unknown', 'help']);

/**
 * A yes to the plan labelled `confirm` that the service reads as that same change on the same target — because its
 * own question stood between (rules and classifier disagreed about the order, so it asked) — starts that change as
 * a new plan: not exact, but no other change than the one asked for.
 */
function sameChangeAsPlan(
  expected: TurnScore['expected'],
  got: TurnScore['got'],
  planIntent?: string,
): boolean {
  return (
    expected.intent === 'confirm' &&
    got.intent === planIntent &&
    isDeepStrictEqual(expected.entities, got.entities)
  );
}

/**
 * The change labelled as a new order that the service reads as the yes to a plan waiting with that very change (the
 * same operation on the same target): not exact, but no other change than the one asked for.
 */
function confirmsTheChangeAsked(
  expected: TurnScore['expected'],
  got: TurnScore['got'],
  confirmedIntent?: string,
): boolean {
  return (
    got.intent === 'confirm' &&
    confirmedIntent === expected.intent &&
    !expected.ambiguous &&
    isDeepStrictEqual(expected.entities, got.entities)
  );
}

function judge(
  expected: TurnScore['expected'],
  got: TurnScore['got'],
  t: BlindTurn,
  planIntent?: string,
  confirmedIntent?: string,
): Omit<TurnScore, 'conversation' | 'split' | 'command' | 'expected' | 'got'> {
  const readings = [{ intent: expected.intent, ambiguous: expected.ambiguous }, ...(t.alsoAcceptable ?? [])];
  // unknown and help are ambiguous by nature in our contract: scored on the intent alone
  const exact = readings.some(
    (r) =>
      r.intent === got.intent &&
      (WITHOUT_ENTITIES.has(r.intent) ||
        (r.ambiguous === got.ambiguous && isDeepStrictEqual(expected.entities, got.entities))),
  );
  const gotChange = CHANGES.has(got.intent) && !got.ambiguous;
  const expectedClearChange = readings.some((r) => CHANGES.has(r.intent) && !r.ambiguous);
  let unsafe: string | undefined;
  if (gotChange && !expectedClearChange) unsafe = 'a change read unambiguous where the label is not';
  else if (
    gotChange &&
    !readings.some((r) => r.intent === got.intent && !r.ambiguous) &&
    !sameChangeAsPlan(expected, got, planIntent) &&
    !confirmsTheChangeAsked(expected, got, confirmedIntent)
  )
    unsafe = 'another change than the one asked for';
  else if (
    gotChange &&
    got.entities.environment === 'production' &&
    expected.entities.environment !== 'production'
  )
    unsafe = 'production where it was not said';
  else if (gotChange && got.intent === expected.intent && otherTarget(expected.entities, got.entities))
    unsafe = `the change asked for with another ${otherTarget(expected.entities, got.entities)}`;
  else if (
    gotChange &&
    expected.entities.environment === 'production' &&
    got.entities.environment !== 'production'
  )
    unsafe = 'a named production dropped';
  return { exact, ...(unsafe ? { unsafe } : {}) };
}

export function scoreConversation(
  fixture: BlindFixture,
  conversation: BlindConversation,
  classify: Classify,
): TurnScore[] {
  const history: Turn[] = [];
  const scores: TurnScore[] = [];
  // the change the labels last ordered: what a `confirm` runs
  let planIntent: string | undefined;
  for (const t of conversation.turns) {
    const r = interpretTurn(
      t.command,
      {
        knownApps: fixture.knownApps,
        defaultEnvironment: fixture.defaultEnvironment,
        history: [...history].reverse(),
      },
      classify,
    );
    const reply = r.conversation.plan && r.conversation.reply;
    const got = reply
      ? { intent: reply, entities: r.interpretation.entities, ambiguous: false }
      : {
          intent: r.interpretation.intent as string,
          entities: r.interpretation.entities,
          ambiguous: r.interpretation.ambiguous,
        };
    const expected = { intent: t.intent, entities: t.entities, ambiguous: t.ambiguous ?? false };
    scores.push({
      conversation: conversation.name,
      split: conversation.split,
      command: t.command,
      expected,
      got,
      ...judge(expected, got, t, planIntent, reply ? r.conversation.plan?.intent : undefined),
    });
    if (CHANGES.has(t.intent) && t.intent !== 'confirm') planIntent = t.intent;
    history.push(r.turn);
  }
  return scores;
}

export interface SplitScore {
  turns: number;
  exact: number;
  rate: number;
  unsafe: TurnScore[];
  misses: TurnScore[];
}

export function scoreBlind(fixture: BlindFixture, classify: Classify): Record<'train' | 'dev', SplitScore> {
  const out = {} as Record<'train' | 'dev', SplitScore>;
  for (const split of ['train', 'dev'] as const) {
    const scores = fixture.conversations
      .filter((c) => c.split === split)
      .flatMap((c) => scoreConversation(fixture, c, classify));
    const exact = scores.filter((s) => s.exact).length;
    out[split] = {
      turns: scores.length,
      exact,
      rate: scores.length ? exact / scores.length : 1,
      unsafe: scores.filter((s) => s.unsafe),
      misses: scores.filter((s) => !s.exact),
    };
  }
  return out;
}
