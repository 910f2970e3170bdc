import { backoffCeilingMs, fullJitter } from './backoff.js';
import type { UpstreamFailure, UpstreamFailureCode } from './failure.js';
import { sleep as abortableSleep } from './sleep.js';

export interface RetryOptions {
  /** Total attempts including the first (1 = no retry). */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 5000 };

export const RETRYABLE_CODES: ReadonlySet<UpstreamFailureCode> = new Set([
  'rate_limited',
  'timeout',
  'unavailable',
]);

export type RetryDecision =
  | { retry: true; delayMs: number }
  | { retry: false; reason: 'not_retryable' | 'not_idempotent' | 'attempts_exhausted' | 'deadline' };

export interface RetryInput {
  error: UpstreamFailure;
  /** The attempt that just failed, 1-based. */
  attempt: number;
  /** May the operation run twice? listTools/health always; callTool only when marked idempotent. */
  idempotent: boolean;
  /** Milliseconds left before the call's overall deadline. */
  remainingMs: number;
}

/**
 * Pure retry rules, shared by every outbound caller (external MCP, LLM providers): exponential backoff with full jitter (`random() * min(cap, base * 2^(n-1))`),
 * Retry-After (`retryAfterSeconds`) taking precedence over the computed delay, only `rate_limited`,
 * `timeout` and `unavailable` retried, never sleeping past the deadline (a wait that would end after it
 * ends the call instead), and non-idempotent operations never repeated.
 */
export class RetryPolicy {
  constructor(
    readonly options: RetryOptions,
    private readonly random: () => number = Math.random,
  ) {}

  /** Full-jitter delay before attempt `attempt + 1`. */
  backoffMs(attempt: number): number {
    return fullJitter(
      backoffCeilingMs(attempt, this.options.baseDelayMs, this.options.maxDelayMs),
      this.random,
    );
  }

  decide(input: RetryInput): RetryDecision {
    const { error, attempt, idempotent, remainingMs } = input;
    if (
      !RETRYABLE_CODES.has(error.code) ||
      error.details?.source === 'breaker' ||
      error.details?.source === 'tool'
    )
      return { retry: false, reason: 'not_retryable' };
    if (!idempotent) return { retry: false, reason: 'not_idempotent' };
    if (attempt >= this.options.maxAttempts) return { retry: false, reason: 'attempts_exhausted' };
    const delayMs =
      error.retryAfterSeconds !== undefined
        ? Math.ceil(error.retryAfterSeconds * 1000)
        : this.backoffMs(attempt);
    // Leave the next attempt some time: a wait that uses up the deadline is pointless.
    if (delayMs >= remainingMs) return { retry: false, reason: 'deadline' };
    return { retry: true, delayMs };
  }
}

export interface RetryRunOptions {
  idempotent: boolean;
  /** Absolute deadline (ms since epoch). */
  deadline: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Map a thrown value to the standard schema. */
  toError: (err: unknown) => UpstreamFailure;
  onRetry?: (info: { attempt: number; delayMs: number; error: UpstreamFailure }) => void;
}

export interface RetryOutcome<T> {
  ok: boolean;
  value?: T;
  error?: UpstreamFailure;
  attempts: number;
}

/** Runs `fn(attempt, remainingMs)` under the policy; resolves with the value or the last mapped error. */
export async function runWithRetry<T>(
  policy: RetryPolicy,
  fn: (attempt: number, remainingMs: number) => Promise<T>,
  o: RetryRunOptions,
): Promise<RetryOutcome<T>> {
  const now = o.now ?? Date.now;
  const sleep = o.sleep ?? ((ms: number) => abortableSleep(ms));
  for (let attempt = 1; ; attempt++) {
    try {
      const value = await fn(attempt, Math.max(0, o.deadline - now()));
      return { ok: true, value, attempts: attempt };
    } catch (err) {
      const error = o.toError(err);
      const decision = policy.decide({
        error,
        attempt,
        idempotent: o.idempotent,
        remainingMs: o.deadline - now(),
      });
      if (!decision.retry) return { ok: false, error, attempts: attempt };
      o.onRetry?.({ attempt, delayMs: decision.delayMs, error });
      await sleep(decision.delayMs);
    }
  }
}
