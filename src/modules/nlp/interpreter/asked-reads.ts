/**
 * Reads asked in a few words (blind round 11): "… 배포 몇 시에 했어" (when → history), "api-server 2.8.0 prod?"
 * (is that version there → status), "worker prod pods restarting?" (what the pods are doing → status).
 */
import { isOrder, politeOrder } from './order-grammar.js';
import type { ChangeVerdict } from './safety.js';
import {
  ASKED_OUTRIGHT,
  ORDER_ANY,
  PAST,
  PAST_TIME,
  readFor,
  STATUS_QUESTION,
  TAG_LIKE,
  TAG_QUESTION,
} from './safety-words.js';
import type { Intent } from './types.js';
import { SHOW } from './reader-patterns.js';

/** When a change happened: "몇 시에", "며칠에", "what time". */
export const WHEN_ASKED =
  /몇\s?시(?:에|쯤)|며칠(?:에|날)|몇\s?월\s?며칠|언제|(?<![a-z])(?:what\s+time|when\s+(?:did|was|were|has|have|had))(?![a-z])/;

/** A version sent somewhere ("payment-svc 3.2.0 to live?") asks for a deploy, not whether it runs. */
const TOWARDS = /(?<![a-z])(?:to|into|onto)(?![a-z])|->|→|[가-힣](?:으로|로)(?![가-힣])/;

/** A question that names a version and no change word: whether that version runs there. */
export function asksAboutVersion(t: string, saysChangeWord: boolean, names: ReadonlySet<string>): boolean {
  return !saysChangeWord && !TOWARDS.test(t) && [...names].some((n) => TAG_LIKE.test(n));
}

/** A change word in a question: a request asked back, a read of what happened or runs, or talk about it. */
export function questionVerdict(
  intent: Intent,
  t: string,
  names: ReadonlySet<string>,
  embedded: boolean,
): ChangeVerdict {
  // "can you deploy web-app to prod?", "재시작해 줄래?": a request, but worded as a question
  if (!embedded && politeOrder(intent, t)) return t.includes('?') ? { kind: 'ask' } : { kind: 'order' };
  // "redeploy X on dev, ok?", "…, seen?", "…, theek hai?": an order with a tag question after it is asked back
  const tagged = TAG_QUESTION.exec(t);
  if (tagged && isOrder(intent, t.slice(0, tagged.index), names)) return { kind: 'ask' };
  // "did frontend get rolled back yesterday?", "has it ever been restarted?": what happened then is history
  if (((ASKED_OUTRIGHT.test(t) && PAST_TIME.test(t)) || WHEN_ASKED.test(t)) && PAST.test(t))
    return { kind: 'read', intent: 'history', asked: true };
  if (STATUS_QUESTION.test(t) || PAST.test(t)) return { kind: 'read', intent: 'status', asked: true };
  // "api-server 2.8.0 prod?", "billing-api 3.2.0 staging에 있어?": whether that version runs there
  if (asksAboutVersion(t, ORDER_ANY.get(intent)?.test(t) ?? false, names))
    return { kind: 'read', intent: 'status', asked: true };
  return { kind: 'unknown' };
}

/** A read asked for in so many words ("show me …", "로그", "status of …"). */
export const asksRead = (t: string): boolean => SHOW.test(t) || readFor(t) !== undefined;
