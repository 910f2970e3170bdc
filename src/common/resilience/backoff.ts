/** Exponential backoff ceiling before retry `attempt` (1 = first retry): `base·2^(attempt-1)`, capped at `max`. */
export function backoffCeilingMs(attempt: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

/** Full jitter (anywhere in [0, ceiling)): spreads callers the most; for calls with a deadline to fit in. */
export const fullJitter = (ceilingMs: number, random: () => number = Math.random): number =>
  Math.floor(random() * ceilingMs);

/** Equal jitter (half fixed, half random): never retries almost at once; for deliveries with no deadline. */
export const equalJitter = (ceilingMs: number, random: () => number = Math.random): number =>
  Math.round(ceilingMs / 2 + random() * (ceilingMs / 2));
