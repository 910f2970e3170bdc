/**
 * Reads asked in a few words (blind round 11): "… 배포 몇 시에 했어" (when → history), "api-server 2.8.0 prod?"
 * (is that version there → status), "worker prod pods restarting?" (what the pods are doing → status).
 */
import { TAG_LIKE } from './safety-words.js';

/** When a change happened: "몇 시에", "며칠에", "what time". */
export const WHEN_ASKED =
  /몇\s?시(?:에|쯤)|며칠(?:에|날)|몇\s?월\s?며칠|언제|(?<![a-z])(?:what\s+time|when\s+(?:did|was|were|has|have|had))(?![a-z])/;

/** A version sent somewhere ("payment-svc 3.2.0 to live?") asks for a deploy, not whether it runs. */
const TOWARDS = /(?<![a-z])(?:to|into|onto)(?![a-z])|->|→|[가-힣](?:으로|로)(?![가-힣])/;

/** A question that names a version and no change word: whether that version runs there. */
export function asksAboutVersion(t: string, saysChangeWord: boolean, names: ReadonlySet<string>): boolean {
  return !saysChangeWord && !TOWARDS.test(t) && [...names].some((n) => TAG_LIKE.test(n));
}
