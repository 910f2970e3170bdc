import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Counter, Gauge, Histogram } from 'prom-client';
import { BREAKER_GAUGE, type Breaker, type BreakerState } from '../../../common/resilience/breaker.js';
import { NlpConfig, type LlmProviderName } from '../nlp.config.js';
import { askAll, providerBreaker, type ProviderReport } from './ask.js';
import { combine, signature, type Combined } from './combine.js';
import type { LlmPrompt } from './llm-schema.js';
import { ANTHROPIC_PROVIDER, GEMINI_PROVIDER, OPENAI_PROVIDER, type LlmProvider } from './llm.types.js';

export const NLP_PROVIDER_REQUESTS = 'nlp_provider_requests_total';
export const NLP_PROVIDER_LATENCY = 'nlp_provider_latency_seconds';
export const NLP_PROVIDER_AGREEMENT = 'nlp_provider_agreement_total';
export const NLP_PROVIDER_BREAKER_STATE = 'nlp_provider_breaker_state';

export interface EnsembleResult {
  combined: Combined | null;
  reports: ProviderReport[];
}

/**
 * Asks every configured provider concurrently, each under its own timeout, through the same retry policy
 * and circuit breaker (src/common/resilience: RetryPolicy / Breaker) as external MCP calls. Failures,
 * timeouts, rate limits, open breakers and garbage never fail the request: they are counted and left out.
 */
@Injectable()
export class NlpEnsemble implements OnModuleDestroy {
  private readonly logger = new Logger('NlpEnsemble');
  private readonly providers: LlmProvider[];
  private readonly breakers = new Map<string, Breaker>();

  constructor(
    @Inject(NlpConfig) private readonly config: NlpConfig,
    @Inject(ANTHROPIC_PROVIDER) anthropic: LlmProvider,
    @Inject(OPENAI_PROVIDER) openai: LlmProvider,
    @Inject(GEMINI_PROVIDER) gemini: LlmProvider,
    @InjectMetric(NLP_PROVIDER_REQUESTS) private readonly requests: Counter<string>,
    @InjectMetric(NLP_PROVIDER_LATENCY) private readonly latency: Histogram<string>,
    @InjectMetric(NLP_PROVIDER_AGREEMENT) private readonly agreement: Counter<string>,
    @InjectMetric(NLP_PROVIDER_BREAKER_STATE) breakerState: Gauge<string>,
  ) {
    const order = config.KLEPAAS_NLP_PROVIDER_PRIORITY;
    const all = [anthropic, openai, gemini];
    const rank = (p: LlmProvider) => (order.indexOf(p.name) === -1 ? 99 : order.indexOf(p.name));
    this.providers = all.filter((p) => p.configured).sort((a, b) => rank(a) - rank(b));
    const settings = {
      failureThreshold: config.KLEPAAS_NLP_BREAKER_FAILURE_THRESHOLD,
      resetTimeoutSec: config.KLEPAAS_NLP_BREAKER_RESET_SECONDS,
    };
    for (const p of this.providers) {
      breakerState.set({ provider: p.name }, BREAKER_GAUGE.closed);
      this.breakers.set(
        p.name,
        providerBreaker(p.name, settings, (state) => {
          breakerState.set({ provider: p.name }, BREAKER_GAUGE[state]);
          this.logger.warn({ provider: p.name, breaker: state }, `LLM provider ${p.name} breaker ${state}`);
        }),
      );
    }
  }

  onModuleDestroy(): void {
    for (const b of this.breakers.values()) b.shutdown();
  }

  get configured(): LlmProviderName[] {
    return this.providers.map((p) => p.name);
  }

  /** Each configured provider's circuit breaker (`closed` when it answers). */
  breakerStates(): Record<string, BreakerState> {
    return Object.fromEntries([...this.breakers].map(([name, b]) => [name, b.state]));
  }

  async ask(prompt: LlmPrompt): Promise<EnsembleResult> {
    if (this.providers.length === 0) return { combined: null, reports: [] };
    const { answers, reports } = await askAll(this.providers, prompt, {
      timeoutMs: this.config.KLEPAAS_NLP_PROVIDER_TIMEOUT_MS,
      maxRetries: this.config.KLEPAAS_NLP_PROVIDER_MAX_RETRIES,
      strategy: this.config.KLEPAAS_NLP_STRATEGY,
      breakers: this.breakers,
      onReport: (r) => {
        this.requests.inc({ provider: r.provider, outcome: r.outcome });
        this.latency.observe({ provider: r.provider }, r.latencyMs / 1000);
        if (r.outcome !== 'ok' && r.outcome !== 'invalid')
          this.logger.warn({ provider: r.provider, outcome: r.outcome, status: r.status }, 'provider failed');
      },
    });
    const combined = combine(
      answers,
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
}
