import {
  answeredPlan,
  readInConversation,
  turnOf,
  type ConversationOptions,
  type ConversationReading,
} from '../interpreter/conversation.js';
import type { Turn } from '../interpreter/context.js';
import type { Interpretation } from '../interpreter/types.js';
import { classifierInput, combine } from './combine.js';
import type { Classification } from './intent-classifier.js';

/** The trained classifier's reading of a text (null when it has none). */
export type Classify = (text: string) => Classification | null;

export interface InterpretedTurn {
  /** What the rules read in the conversation: a bare answer to a waiting plan, or the command's reading. */
  conversation: ConversationReading;
  /** The rules' reading weighed by the classifier (a bare answer's too). */
  weighed: Interpretation;
  /** `weighed` — or the plan a bare answer answers. */
  interpretation: Interpretation;
  /** What later turns may refer back to. */
  turn: Turn;
}

/**
 * One command in its conversation as the service interprets it before any LLM is asked: the rules in the
 * conversation, weighed by the trained classifier. NlpService answers with it, and the blind conversation rounds are
 * scored through it, so the score is the service's.
 */
export function interpretTurn(
  command: string,
  options: ConversationOptions,
  classify: Classify,
): InterpretedTurn {
  const knownApps = options.knownApps ?? [];
  const conversation = readInConversation(command, knownApps, options.history);
  const { reply, plan, reading, context } = conversation;
  const weighed = combine(reading, classify(classifierInput(command, reading)), { ...options, context });
  if (reply && plan)
    return {
      conversation,
      weighed,
      interpretation: answeredPlan(plan, weighed.language),
      // the plan no longer waits for an answer
      turn: { ...plan, requiresConfirmation: false },
    };
  return { conversation, weighed, interpretation: weighed, turn: turnOf(weighed, reading, knownApps) };
}
