import { Transform } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { toInt, toList } from '../../config/env-validation.js';

export const NLP_STRATEGIES = ['vote', 'priority', 'first'] as const;
export type NlpStrategy = (typeof NLP_STRATEGIES)[number];
export const LLM_PROVIDER_NAMES = ['anthropic', 'openai', 'gemini'] as const;
export type LlmProviderName = (typeof LLM_PROVIDER_NAMES)[number];
const URL_RULE = { message: 'must be an http(s) URL' };

/** The NLP module's environment variables (property name = variable name). */
export class NlpConfig {
  /** Environment used when a command names none. Never production. */
  @IsIn(['development', 'staging'], { message: 'must be development | staging (never production)' })
  KLEPAAS_NLP_DEFAULT_ENVIRONMENT: 'development' | 'staging' = 'staging';
  /** How disagreeing providers are resolved: vote (strict majority), priority (order below), first (first valid answer). */
  @IsIn(NLP_STRATEGIES, { message: `must be one of ${NLP_STRATEGIES.join(' | ')}` })
  KLEPAAS_NLP_STRATEGY: NlpStrategy = 'vote';
  @Transform(toList)
  @IsArray()
  @IsIn(LLM_PROVIDER_NAMES, { each: true, message: `must list ${LLM_PROVIDER_NAMES.join(', ')}` })
  KLEPAAS_NLP_PROVIDER_PRIORITY: LlmProviderName[] = ['anthropic', 'openai', 'gemini'];
  /** always: ask configured providers for every command; fallback: only when the rules are unsure. */
  @IsIn(['always', 'fallback'], { message: 'must be always | fallback' })
  KLEPAAS_NLP_LLM_MODE: 'always' | 'fallback' = 'always';
  @Transform(toInt) @IsInt() @Min(100) @Max(120000) KLEPAAS_NLP_PROVIDER_TIMEOUT_MS: number = 8000;
  /** Retries of a 429 answer (honouring retry-after) that still fit in the timeout. */
  @Transform(toInt) @IsInt() @Min(0) @Max(5) KLEPAAS_NLP_PROVIDER_MAX_RETRIES: number = 2;
  /** Consecutive failures (5xx, timeouts, unreachable) that open a provider's circuit breaker. */
  @Transform(toInt) @IsInt() @Min(1) @Max(1000) KLEPAAS_NLP_BREAKER_FAILURE_THRESHOLD: number = 5;
  /** Seconds an open breaker waits before one trial call. */
  @Transform(toInt) @IsInt() @Min(1) @Max(3600) KLEPAAS_NLP_BREAKER_RESET_SECONDS: number = 30;
  /** Turns of the conversation used for context and sent to the providers. */
  @Transform(toInt) @IsInt() @Min(1) @Max(50) KLEPAAS_NLP_CONTEXT_TURNS: number = 6;
  /** Conversation turns older than this do not count as context. */
  @Transform(toInt) @IsInt() @Min(1) @Max(10080) KLEPAAS_NLP_CONTEXT_TTL_MINUTES: number = 60;
  /** Apps known besides the apps registry (near-miss suggestions: webapp → web-app). */
  @Transform(toList) @IsArray() @IsString({ each: true }) KLEPAAS_NLP_KNOWN_APPS: string[] = [];

  @IsOptional() @IsString() KLEPAAS_ANTHROPIC_API_KEY?: string;
  @IsString() KLEPAAS_ANTHROPIC_MODEL: string = 'claude-sonnet-5';
  @IsOptional() @Matches(/^https?:\/\//, URL_RULE) KLEPAAS_ANTHROPIC_BASE_URL?: string;
  @IsOptional() @IsString() KLEPAAS_OPENAI_API_KEY?: string;
  @IsString() KLEPAAS_OPENAI_MODEL: string = 'gpt-4.1-mini';
  /** Includes the API version path, e.g. https://api.openai.com/v1. */
  @IsOptional() @Matches(/^https?:\/\//, URL_RULE) KLEPAAS_OPENAI_BASE_URL?: string;
  @IsOptional() @IsString() KLEPAAS_GEMINI_API_KEY?: string;
  @IsString() KLEPAAS_GEMINI_MODEL: string = 'gemini-2.5-flash';
  @IsOptional() @Matches(/^https?:\/\//, URL_RULE) KLEPAAS_GEMINI_BASE_URL?: string;
}
