import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Counter, Histogram } from 'prom-client';
import { NlpConfig, type LlmProviderName } from '../nlp.config.js';
import { combine, signature, type Combined, type ProviderAnswer } from './combine.js';
import { validateAnswer, type LlmPrompt } from './llm-schema.js';
import {
  ANTHROPIC_PROVIDER,
  GEMINI_PROVIDER,
  OPENAI_PROVIDER,
  ProviderHttpError,
  type LlmProvider,
} from './llm.types.js';

export const NLP_PROVIDER_REQUESTS = 'nlp_provider_requests_total';
export const NLP_PROVIDER_LATENCY = 'nlp_provider_latency_seconds';
export const NLP_PROVIDER_AGREEMENT = 'nlp_provider_agreement_total';

export type ProviderOutcome = 'ok' | 'error' | 'timeout' | 'rate_limited' | 'invalid';

export interface ProviderReport {
  provider: LlmProviderName;
  outcome: ProviderOutcome;
  latencyMs: number;
  attempts: number;
}

export interface EnsembleResult {
  combined: Combined | null;
  reports: ProviderReport[];
}

class TimeoutError extends Error {}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(t), reject(new TimeoutError('timeout'))), {
      once: true,
    });
  });

/**
 * Asks every configured provider concurrently, each under its own timeout, with a small bounded retry of
 * 429 answers that honours retry-after within that timeout. (The shared breaker/retry of mcp-external is
 * not on main yet; this is the NLP module's own bounded retry.) Failures, timeouts, rate limits and
 * garbage never fail the request: they are counted and left out.
 */
@Injectable()
export class NlpEnsemble {
  private readonly logger = new Logger('NlpEnsemble');
  private readonly providers: LlmProvider[];

  constructor(
    @Inject(NlpConfig) private readonly config: NlpConfig,
    @Inject(ANTHROPIC_PROVIDER) anthropic: LlmProvider,
    @Inject(OPENAI_PROVIDER) openai: LlmProvider,
    @Inject(GEMINI_PROVIDER) gemini: LlmProvider,
    @InjectMetric(NLP_PROVIDER_REQUESTS) private readonly requests: Counter<string>,
    @InjectMetric(NLP_PROVIDER_LATENCY) private readonly latency: Histogram<string>,
    @InjectMetric(NLP_PROVIDER_AGREEMENT) private readonly agreement: Counter<string>,
  ) {
    const order = config.KLEPAAS_NLP_PROVIDER_PRIORITY;
    const all = [anthropic, openai, gemini];
    const rank = (p: LlmProvider) => (order.indexOf(p.name) === -1 ? 99 : order.indexOf(p.name));
    this.providers = all.filter((p) => p.configured).sort((a, b) => rank(a) - rank(b));
  }

  get configured(): LlmProviderName[] {
    return this.providers.map((p) => p.name);
  }

  async ask(prompt: LlmPrompt): Promise<EnsembleResult> {
    if (this.providers.length === 0) return { combined: null, reports: [] };
    const answers: ProviderAnswer[] = [];
    const reports: ProviderReport[] = [];
    const first = this.config.KLEPAAS_NLP_STRATEGY === 'first';
    await new Promise<void>((resolve) => {
      let pending = this.providers.length;
      for (const p of this.providers) {
        void this.askOne(p, prompt).then(({ answer, report }) => {
          reports.push(report);
          if (answer) answers.push(answer);
          pending -= 1;
          if (pending === 0 || (first && answer)) resolve();
        });
      }
    });
    const combined = combine(
      [...answers],
      this.config.KLEPAAS_NLP_STRATEGY,
      this.config.KLEPAAS_NLP_PROVIDER_PRIORITY,
    );
    if (combined && answers.length > 1) {
      const winner = signature(combined);
      for (const a of answers)
        this.agreement.inc({
          provider: a.provider,
          agreed: String(signature(a) === winner && !combined.alternatives),
        });
    }
    return { combined, reports };
  }

  private async askOne(
    p: LlmProvider,
    prompt: LlmPrompt,
  ): Promise<{ answer?: ProviderAnswer; report: ProviderReport }> {
    const started = Date.now();
    const timeoutMs = this.config.KLEPAAS_NLP_PROVIDER_TIMEOUT_MS;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new TimeoutError('timeout')), timeoutMs);
    let attempts = 0;
    let outcome: ProviderOutcome;
    let answer: ProviderAnswer | undefined;
    try {
      for (;;) {
        attempts += 1;
        try {
          const raw = await p.ask(prompt, controller.signal);
          const valid = validateAnswer(raw);
          if (valid) {
            answer = { ...valid, provider: p.name };
            outcome = 'ok';
          } else outcome = 'invalid';
          break;
        } catch (err) {
          if (controller.signal.aborted) {
            outcome = 'timeout';
            break;
          }
          const rateLimited = err instanceof ProviderHttpError && err.status === 429;
          outcome = rateLimited ? 'rate_limited' : 'error';
          const wait = rateLimited ? (err.retryAfterMs ?? 500) : 0;
          const left = timeoutMs - (Date.now() - started);
          if (!rateLimited || attempts > this.config.KLEPAAS_NLP_PROVIDER_MAX_RETRIES || wait >= left - 50) {
            this.logger.warn(
              {
                provider: p.name,
                outcome,
                status: err instanceof ProviderHttpError ? err.status : undefined,
              },
              'provider failed',
            );
            break;
          }
          await sleep(wait, controller.signal).catch(() => (outcome = 'timeout'));
          if (controller.signal.aborted) break;
        }
      }
    } finally {
      clearTimeout(timer);
    }
    const latencyMs = Date.now() - started;
    this.requests.inc({ provider: p.name, outcome });
    this.latency.observe({ provider: p.name }, latencyMs / 1000);
    return { answer, report: { provider: p.name, outcome, latencyMs, attempts } };
  }
}
