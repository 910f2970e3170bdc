import type { LlmProviderName, NlpStrategy } from '../nlp.config.js';
import type { ProviderAnswer } from './combine.js';
import { validateAnswer, type LlmPrompt } from './llm-schema.js';
import { ProviderHttpError, type LlmProvider } from './llm.types.js';

export type ProviderOutcome = 'ok' | 'error' | 'timeout' | 'rate_limited' | 'invalid';

export interface ProviderReport {
  provider: LlmProviderName;
  outcome: ProviderOutcome;
  latencyMs: number;
  attempts: number;
  status?: number;
}

export interface AskOptions {
  timeoutMs: number;
  /** 429 retries (honouring retry-after) that still fit in the timeout. */
  maxRetries: number;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(new Error('aborted'));
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(t), reject(new Error('aborted'))), { once: true });
  });

/**
 * One provider call under its own timeout, with a bounded retry of 429 answers whose retry-after fits in
 * the time left. Never throws: failures, timeouts, rate limits and garbage come back as the report's outcome.
 */
export async function askProvider(
  p: LlmProvider,
  prompt: LlmPrompt,
  options: AskOptions,
): Promise<{ answer?: ProviderAnswer; report: ProviderReport }> {
  const started = Date.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  let attempts = 0;
  let outcome: ProviderOutcome;
  let status: number | undefined;
  let answer: ProviderAnswer | undefined;
  try {
    for (;;) {
      attempts += 1;
      try {
        const valid = validateAnswer(await p.ask(prompt, controller.signal));
        if (valid) answer = { ...valid, provider: p.name };
        outcome = valid ? 'ok' : 'invalid';
        break;
      } catch (err) {
        if (controller.signal.aborted) {
          outcome = 'timeout';
          break;
        }
        status = err instanceof ProviderHttpError ? err.status : undefined;
        const rateLimited = status === 429;
        outcome = rateLimited ? 'rate_limited' : 'error';
        const wait = rateLimited ? ((err as ProviderHttpError).retryAfterMs ?? 500) : 0;
        const left = options.timeoutMs - (Date.now() - started);
        if (!rateLimited || attempts > options.maxRetries || wait >= left - 50) break;
        try {
          await sleep(wait, controller.signal);
        } catch {
          outcome = 'timeout';
          break;
        }
      }
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
  options: AskOptions & { strategy: NlpStrategy; onReport?: (r: ProviderReport) => void },
): Promise<{ answers: ProviderAnswer[]; reports: ProviderReport[] }> {
  const answers: ProviderAnswer[] = [];
  const reports: ProviderReport[] = [];
  return new Promise((resolve) => {
    let pending = providers.length;
    let done = false;
    if (pending === 0) return resolve({ answers, reports });
    for (const p of providers) {
      void askProvider(p, prompt, options).then(({ answer, report }) => {
        options.onReport?.(report);
        if (done) return;
        reports.push(report);
        if (answer) answers.push(answer);
        pending -= 1;
        if (pending === 0 || (options.strategy === 'first' && answer)) {
          done = true;
          resolve({ answers: [...answers], reports: [...reports] });
        }
      });
    }
  });
}
