import { Module } from '@nestjs/common';
import { makeCounterProvider, makeGaugeProvider, makeHistogramProvider } from '@willsoto/nestjs-prometheus';
import { ReadinessModule } from '../../common/readiness/readiness.module.js';
import { AppsModule } from '../apps/apps.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { DeploymentsModule } from '../deployments/deployments.module.js';
import { DeploymentsService } from '../deployments/deployments.service.js';
import { NlpClassifier } from './classifier/nlp-classifier.js';
import { AnthropicProvider } from './llm/anthropic.provider.js';
import {
  NLP_PROVIDER_AGREEMENT,
  NLP_PROVIDER_BREAKER_STATE,
  NLP_PROVIDER_LATENCY,
  NLP_PROVIDER_REQUESTS,
  NlpEnsemble,
} from './llm/ensemble.js';
import { GeminiProvider } from './llm/gemini.provider.js';
import { ANTHROPIC_PROVIDER, GEMINI_PROVIDER, OPENAI_PROVIDER } from './llm/llm.types.js';
import { OpenAiProvider } from './llm/openai.provider.js';
import { NLP_OPERATIONS, NlpProcessService } from './nlp-process.service.js';
import { NlpController } from './nlp.controller.js';
import { NlpRepository } from './nlp.repository.js';
import { NLP_INTERPRETATIONS, NlpService } from './nlp.service.js';

@Module({
  imports: [ReadinessModule, AppsModule, AuditModule, DeploymentsModule],
  controllers: [NlpController],
  providers: [
    NlpRepository,
    NlpClassifier,
    NlpService,
    NlpProcessService,
    NlpEnsemble,
    { provide: ANTHROPIC_PROVIDER, useClass: AnthropicProvider },
    { provide: OPENAI_PROVIDER, useClass: OpenAiProvider },
    { provide: GEMINI_PROVIDER, useClass: GeminiProvider },
    { provide: NLP_OPERATIONS, useExisting: DeploymentsService },
    makeCounterProvider({
      name: NLP_INTERPRETATIONS,
      help: 'Interpreted commands by source and intent',
      labelNames: ['source', 'intent'],
    }),
    makeCounterProvider({
      name: NLP_PROVIDER_REQUESTS,
      help: 'LLM provider calls by outcome (ok, error, timeout, rate_limited, invalid)',
      labelNames: ['provider', 'outcome'],
    }),
    makeHistogramProvider({
      name: NLP_PROVIDER_LATENCY,
      help: 'LLM provider call latency (including 429 retries)',
      labelNames: ['provider'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 16],
    }),
    makeCounterProvider({
      name: NLP_PROVIDER_AGREEMENT,
      help: 'Whether a provider agreed with the combined answer when several answered',
      labelNames: ['provider', 'agreed'],
    }),
    makeGaugeProvider({
      name: NLP_PROVIDER_BREAKER_STATE,
      help: 'Circuit breaker of each LLM provider: 0 closed, 1 half-open, 2 open',
      labelNames: ['provider'],
    }),
  ],
  // /process (NlpProcessService) is shared with MCP's process_command: one place keeps pending confirmations
  exports: [NlpService, NlpProcessService],
})
export class NlpModule {}
