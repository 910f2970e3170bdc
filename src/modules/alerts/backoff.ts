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
  const exp = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.round(exp / 2 + random() * (exp / 2));
  if (retryAfterMs === undefined) return jittered;
  return Math.max(Math.min(retryAfterMs, policy.retryAfterMaxMs), Math.min(jittered, policy.retryAfterMaxMs));
}

/** Retry-After as delta-seconds or an HTTP date → milliseconds (undefined when absent/unparseable). */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
