import { backoffCeilingMs, equalJitter } from '../../common/resilience/backoff.js';

export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
  /** Cap on a server-requested Retry-After. */
  retryAfterMaxMs: number;
}

/**
 * Delay before retry number `attempt` (1 = first retry): exponential `base·2^(attempt-1)` capped at
 * maxMs, with "equal jitter" (half fixed, half random) so many senders do not retry in step. A
 * Retry-After from Slack is a floor (capped at retryAfterMaxMs).
 */
export function backoffDelay(
  attempt: number,
  policy: BackoffPolicy,
  retryAfterMs?: number,
  random: () => number = Math.random,
): number {
  const jittered = equalJitter(backoffCeilingMs(attempt, policy.baseMs, policy.maxMs), random);
  if (retryAfterMs === undefined) return jittered;
  return Math.max(Math.min(retryAfterMs, policy.retryAfterMaxMs), Math.min(jittered, policy.retryAfterMaxMs));
}
