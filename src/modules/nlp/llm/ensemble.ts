import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Counter, Histogram } from 'prom-client';
import { NlpConfig, type LlmProviderName } from '../nlp.config.js';
import { askAll, type ProviderReport } from './ask.js';
import { combine, signature, type Combined } from './combine.js';
import type { LlmPrompt } from './llm-schema.js';
import { ANTHROPIC_PROVIDER, GEMINI_PROVIDER, OPENAI_PROVIDER, type LlmProvider } from './llm.types.js';

export const NLP_PROVIDER_REQUESTS = 'nlp_provider_requests_total';
export const NLP_PROVIDER_LATENCY = 'nlp_provider_latency_seconds';
export const NLP_PROVIDER_AGREEMENT = 'nlp_provider_agreement_total';

export interface EnsembleResult {
  combined: Combined | null;
  reports: ProviderReport[];
}

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
    const { answers, reports } = await askAll(this.providers, prompt, {
      timeoutMs: this.config.KLEPAAS_NLP_PROVIDER_TIMEOUT_MS,
      maxRetries: this.config.KLEPAAS_NLP_PROVIDER_MAX_RETRIES,
      strategy: this.config.KLEPAAS_NLP_STRATEGY,
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
