import type { UpstreamFailure, UpstreamFailureCode } from './failure.js';
import { RetryPolicy, runWithRetry } from './retry-policy.js';

const err = (code: UpstreamFailureCode, extra: Partial<UpstreamFailure> = {}): UpstreamFailure => ({
  code,
  message: code,
  ...extra,
});

describe('RetryPolicy', () => {
  const policy = (random = () => 0.5) =>
    new RetryPolicy({ maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 350 }, random);

  it('full jitter: random * min(cap, base * 2^(n-1))', () => {
    expect(policy(() => 0.999).backoffMs(1)).toBe(99);
    expect(policy(() => 0.5).backoffMs(2)).toBe(100);
    expect(policy(() => 0.5).backoffMs(3)).toBe(175); // capped at 350
    expect(policy(() => 0).backoffMs(3)).toBe(0);
  });

  it.each(['rate_limited', 'timeout', 'unavailable'] as const)('retries %s', (code) => {
    expect(policy().decide({ error: err(code), attempt: 1, idempotent: true, remainingMs: 10_000 })).toEqual({
      retry: true,
      delayMs: 50,
    });
  });

  it.each(['unauthorized', 'forbidden', 'not_found', 'bad_request', 'conflict', 'internal'] as const)(
    'never retries %s',
    (code) => {
      expect(
        policy().decide({ error: err(code), attempt: 1, idempotent: true, remainingMs: 10_000 }),
      ).toEqual({
        retry: false,
        reason: 'not_retryable',
      });
    },
  );

  it('does not retry an open breaker or a tool error', () => {
    const open = err('unavailable', { details: { source: 'breaker' } });
    expect(policy().decide({ error: open, attempt: 1, idempotent: true, remainingMs: 10_000 }).retry).toBe(
      false,
    );
  });

  it('does not repeat non-idempotent operations', () => {
    expect(
      policy().decide({ error: err('timeout'), attempt: 1, idempotent: false, remainingMs: 10_000 }),
    ).toEqual({ retry: false, reason: 'not_idempotent' });
  });

  it('stops after maxAttempts', () => {
    expect(
      policy().decide({ error: err('timeout'), attempt: 4, idempotent: true, remainingMs: 10_000 }),
    ).toEqual({
      retry: false,
      reason: 'attempts_exhausted',
    });
  });

  it('Retry-After wins over the computed delay, and is not capped by maxDelayMs', () => {
    const e = err('rate_limited', { retryAfterSeconds: 2 });
    expect(policy().decide({ error: e, attempt: 1, idempotent: true, remainingMs: 10_000 })).toEqual({
      retry: true,
      delayMs: 2000,
    });
  });

  it('never sleeps past the deadline', () => {
    const e = err('rate_limited', { retryAfterSeconds: 5 });
    expect(policy().decide({ error: e, attempt: 1, idempotent: true, remainingMs: 4000 })).toEqual({
      retry: false,
      reason: 'deadline',
    });
    expect(policy().decide({ error: err('timeout'), attempt: 1, idempotent: true, remainingMs: 50 })).toEqual(
      {
        retry: false,
        reason: 'deadline',
      },
    );
  });
});

describe('runWithRetry', () => {
  it('counts attempts, sleeps the policy delays, and returns the value', async () => {
    let clock = 0;
    const sleeps: number[] = [];
    let calls = 0;
    const outcome = await runWithRetry(
      new RetryPolicy({ maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1000 }, () => 1 - 1e-9),
      async () => {
        calls++;
        if (calls < 3) throw err('unavailable');
        return 'ok';
      },
      {
        idempotent: true,
        deadline: 10_000,
        now: () => clock,
        sleep: async (ms) => {
          sleeps.push(ms);
          clock += ms;
        },
        toError: (e) => e as UpstreamFailure,
      },
    );
    expect(outcome).toEqual({ ok: true, value: 'ok', attempts: 3 });
    expect(sleeps).toEqual([99, 199]);
  });

  it('gives up at the deadline with the last error', async () => {
    let clock = 0;
    const outcome = await runWithRetry(
      new RetryPolicy({ maxAttempts: 10, baseDelayMs: 400, maxDelayMs: 400 }, () => 1 - 1e-9),
      async () => {
        clock += 300;
        throw err('timeout');
      },
      {
        idempotent: true,
        deadline: 1000,
        now: () => clock,
        sleep: async (ms) => void (clock += ms),
        toError: (e) => e as UpstreamFailure,
      },
    );
    // t=300 fail → sleep 399 → t=999 fail → 1 ms left < 399: stop
    expect(outcome.ok).toBe(false);
    expect(outcome.attempts).toBe(2);
    expect(outcome.error?.code).toBe('timeout');
  });
});
