import {
  answeredPlan,
  answeredTurn,
  readInConversation,
  turnOf,
  type ConversationOptions,
  type ConversationReading,
} from '../interpreter/conversation.js';
import type { Turn } from '../interpreter/context.js';
import { openQuestion } from '../interpreter/conversation-history.js';
import { CHANGE_INTENTS } from '../interpreter/intents.js';
import { CHANGE_PATTERNS } from '../interpreter/safety-words.js';
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
  const c = classify(classifierInput(command, reading));
  // "Both, ideally. Same bad forecast on each." while a rollback is asked about: another change the words do not
  // name is never put as a question an answer could run ("Fine, staging first" would restart)
  const asked = openQuestion(options.history);
  const another =
    reading.intent === 'unknown' &&
    c !== null &&
    CHANGE_INTENTS.has(c.intent) &&
    asked !== undefined &&
    CHANGE_INTENTS.has(asked.intent) &&
    c.intent !== asked.intent &&
    !(CHANGE_PATTERNS.get(c.intent)?.test(command.toLowerCase()) ?? false);
  const weighed = combine(reading, another ? null : c, { ...options, context });
  if (reply && plan)
    return {
      conversation,
      weighed,
      interpretation: answeredPlan(plan, weighed.language),
      // the plan no longer waits for an answer
      turn: answeredTurn(plan),
    };
  return { conversation, weighed, interpretation: weighed, turn: turnOf(weighed, reading, knownApps) };
}
