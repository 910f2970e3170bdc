import { backoffCeilingMs, fullJitter } from './backoff.js';
import { sleep as abortableSleep } from './sleep.js';

export interface RetryOnOptions {
  /** Total attempts including the first. */
  attempts: number;
  /** Which failures another attempt can fix (e.g. an optimistic-concurrency conflict). */
  retryable: (err: unknown) => boolean;
  /** Brings what the next attempt sends up to date (e.g. re-reads the object whose version conflicted). */
  beforeRetry?: (err: unknown) => Promise<void>;
  baseDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/**
 * Runs `fn` again while its failure is retryable, with a short full-jitter backoff between attempts — the shape
 * of client-go's RetryOnConflict: writers racing on one object should not retry in lock-step. The last failure,
 * or any failure that is not retryable, is thrown as it came.
 */
export async function retryOn<T>(fn: (attempt: number) => Promise<T>, o: RetryOnOptions): Promise<T> {
  const sleep = o.sleep ?? ((ms: number) => abortableSleep(ms));
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (attempt >= o.attempts || !o.retryable(err)) throw err;
      await o.beforeRetry?.(err);
      await sleep(fullJitter(backoffCeilingMs(attempt, o.baseDelayMs ?? 10, o.maxDelayMs ?? 100), o.random));
    }
  }
}
