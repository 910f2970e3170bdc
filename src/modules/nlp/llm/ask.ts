import { Breaker, type BreakerSettings, type BreakerState } from '../../../common/resilience/breaker.js';
import {
  failureCodeForHttpStatus,
  isOutage,
  UpstreamFailureError,
  type UpstreamFailure,
} from '../../../common/resilience/failure.js';
import { RetryPolicy, runWithRetry } from '../../../common/resilience/retry-policy.js';
import { sleep } from '../../../common/resilience/sleep.js';
import type { LlmProviderName, NlpStrategy } from '../nlp.config.js';
import type { ProviderAnswer } from './combine.js';
import { validateAnswer, type LlmPrompt } from './llm-schema.js';
import { ProviderHttpError, type LlmProvider } from './llm.types.js';

export type ProviderOutcome = 'ok' | 'error' | 'timeout' | 'rate_limited' | 'invalid' | 'breaker_open';

export interface ProviderReport {
  provider: LlmProviderName;
  outcome: ProviderOutcome;
  latencyMs: number;
  attempts: number;
  status?: number;
}

export interface AskOptions {
  timeoutMs: number;
  /** Retries after the first attempt (429 honouring retry-after, timeouts, connection failures) within the timeout. */
  maxRetries: number;
  /** The provider's circuit breaker (the same Breaker external MCP calls use). */
  breaker?: Breaker;
}

/** A provider failure as the shared upstream-failure shape, so the shared retry policy and breaker judge it. */
export function toUpstreamFailure(err: unknown, provider: string, aborted: boolean): UpstreamFailure {
  if (err instanceof UpstreamFailureError) return err.failure;
  const details = { provider, source: 'http' as const };
  if (aborted) return { code: 'timeout', message: `${provider} did not answer in time`, details };
  if (err instanceof ProviderHttpError && err.status !== undefined) {
    const code = failureCodeForHttpStatus(err.status);
    return {
      code,
      message: `${provider} answered HTTP ${err.status} (${code})`,
      ...(code === 'rate_limited' && err.retryAfterMs !== undefined
        ? { retryAfterSeconds: err.retryAfterMs / 1000 }
        : {}),
      details: { ...details, httpStatus: err.status },
    };
  }
  const text = `${(err as Error)?.name ?? ''} ${(err as Error)?.message ?? ''} ${(err as { code?: string })?.code ?? ''}`;
  if (/connection|fetch failed|ECONNREFUSED|ECONNRESET|ENOTFOUND|socket/i.test(text))
    return {
      code: 'unavailable',
      message: `${provider} is unreachable`,
      details: { provider, source: 'network' },
    };
  // 200 with a body that is not what the protocol promises: the server answered, the answer is garbage
  return {
    code: 'internal',
    message: `${provider} answered something unreadable`,
    details: { provider, source: 'response' },
  };
}

/** An LLM provider's breaker: outages (5xx, timeouts, unreachable) count; an open breaker fails fast. */
export function providerBreaker(
  provider: string,
  settings: BreakerSettings,
  onChange: (state: BreakerState) => void,
): Breaker {
  return new Breaker(`nlp:${provider}`, settings, {
    onChange,
    isFailure: (err) => err instanceof UpstreamFailureError && isOutage(err.failure),
    whenOpen: (retryAfterSeconds, state) =>
      new UpstreamFailureError({
        code: 'unavailable',
        message: `LLM provider ${provider} is unavailable: circuit breaker open`,
        retryAfterSeconds,
        details: { provider, source: 'breaker', breaker: state },
      }),
  });
}

const outcomeOf = (e: UpstreamFailure): ProviderOutcome =>
  e.details?.source === 'breaker'
    ? 'breaker_open'
    : e.code === 'rate_limited'
      ? 'rate_limited'
      : e.code === 'timeout'
        ? 'timeout'
        : 'error';

/**
 * One provider call under its own deadline, through the shared machinery of outbound calls
 * (src/common/resilience): the RetryPolicy (429 with Retry-After, timeouts and unavailability retried only while the wait
 * fits before the deadline; backoff with full jitter) and the provider's Breaker (consecutive
 * 5xx / timeouts / unreachable open it; an open breaker fails fast). Never throws: every failure comes back
 * as the report's outcome.
 */
export async function askProvider(
  p: LlmProvider,
  prompt: LlmPrompt,
  options: AskOptions,
): Promise<{ answer?: ProviderAnswer; report: ProviderReport }> {
  const started = Date.now();
  const deadline = started + options.timeoutMs;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  const policy = new RetryPolicy({ maxAttempts: options.maxRetries + 1, baseDelayMs: 200, maxDelayMs: 2000 });
  const once = async (): Promise<unknown> => {
    try {
      return await p.ask(prompt, controller.signal);
    } catch (err) {
      throw new UpstreamFailureError(toUpstreamFailure(err, p.name, controller.signal.aborted));
    }
  };
  let answer: ProviderAnswer | undefined;
  let outcome: ProviderOutcome;
  let attempts: number;
  let status: number | undefined;
  try {
    const result = await runWithRetry(policy, () => (options.breaker ? options.breaker.fire(once) : once()), {
      idempotent: true,
      deadline,
      toError: (err) => toUpstreamFailure(err, p.name, controller.signal.aborted),
      sleep: (ms) => sleep(ms, controller.signal),
    });
    attempts = result.attempts;
    if (result.ok) {
      const valid = validateAnswer(result.value);
      if (valid) answer = { ...valid, provider: p.name };
      outcome = valid ? 'ok' : 'invalid';
    } else {
      const error: UpstreamFailure = result.error ?? { code: 'internal', message: 'unknown failure' };
      outcome =
        controller.signal.aborted && error.details?.source !== 'breaker' ? 'timeout' : outcomeOf(error);
      status = typeof error.details?.httpStatus === 'number' ? error.details.httpStatus : undefined;
    }
  } finally {
    clearTimeout(timer);
  }
  return { answer, report: { provider: p.name, outcome, latencyMs: Date.now() - started, attempts, status } };
}

/**
 * Every provider concurrently. With the `first` strategy the first valid answer ends the wait (the others
 * finish in the background and still report through `onReport`).
 */
export function askAll(
  providers: LlmProvider[],
  prompt: LlmPrompt,
  options: Omit<AskOptions, 'breaker'> & {
    strategy: NlpStrategy;
    breakers?: Map<string, Breaker>;
    onReport?: (r: ProviderReport) => void;
  },
): Promise<{ answers: ProviderAnswer[]; reports: ProviderReport[] }> {
  const answers: ProviderAnswer[] = [];
  const reports: ProviderReport[] = [];
  return new Promise((resolve) => {
    let pending = providers.length;
    let done = false;
    if (pending === 0) return resolve({ answers, reports });
    for (const p of providers) {
      void askProvider(p, prompt, { ...options, breaker: options.breakers?.get(p.name) }).then(
        ({ answer, report }) => {
          options.onReport?.(report);
          if (done) return;
          reports.push(report);
          if (answer) answers.push(answer);
          pending -= 1;
          if (pending === 0 || (options.strategy === 'first' && answer)) {
            done = true;
            resolve({ answers: [...answers], reports: [...reports] });
          }
        },
      );
    }
  });
}
