import { retryAfterMsFromHeaders } from '../../../common/resilience/retry-after.js';
import type { LlmProviderName } from '../nlp.config.js';
import type { LlmPrompt } from './llm-schema.js';

/** One LLM behind the NLP ensemble. `ask` returns the raw tool arguments (validated by the caller). */
export interface LlmProvider {
  readonly name: LlmProviderName;
  readonly configured: boolean;
  ask(prompt: LlmPrompt, signal: AbortSignal): Promise<unknown>;
}

export const ANTHROPIC_PROVIDER = Symbol('NLP_ANTHROPIC_PROVIDER');
export const OPENAI_PROVIDER = Symbol('NLP_OPENAI_PROVIDER');
export const GEMINI_PROVIDER = Symbol('NLP_GEMINI_PROVIDER');

/** A provider's HTTP failure, with the wait it asked for (retry-after) when rate limited. */
export class ProviderHttpError extends Error {
  constructor(
    readonly status: number | undefined,
    readonly retryAfterMs: number | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'ProviderHttpError';
  }
}

/** SDK error → ProviderHttpError (status + retry-after), anything else unchanged. */
export function normaliseSdkError(err: unknown): unknown {
  if (
    err &&
    typeof err === 'object' &&
    'status' in err &&
    typeof (err as { status: unknown }).status === 'number'
  ) {
    const e = err as { status: number; headers?: { get(n: string): string | null } | null; message?: string };
    const headers = e.headers && typeof e.headers.get === 'function' ? e.headers : undefined;
    return new ProviderHttpError(e.status, retryAfterMsFromHeaders(headers), `HTTP ${e.status}`);
  }
  return err;
}
