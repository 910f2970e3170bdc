import type { LlmProviderName } from '../nlp.config.js';
import type { LlmPrompt } from './llm-schema.js';
import { normaliseSdkError, type LlmProvider } from './llm.types.js';

/** Options of an SDK client: no SDK retries (ask.ts retries), the provider timeout. */
export interface SdkClientOptions {
  apiKey: string;
  baseURL: string | undefined;
  maxRetries: 0;
  timeout: number;
}

/**
 * A provider over an SDK client built once at startup (no API key → not configured). Subclasses only send
 * the request; SDK errors become ProviderHttpError (status + retry-after) here.
 */
export abstract class SdkClientProvider<C> implements LlmProvider {
  abstract readonly name: LlmProviderName;
  private readonly client?: C;

  protected constructor(
    apiKey: string | undefined,
    baseURL: string | undefined,
    timeoutMs: number,
    makeClient: (options: SdkClientOptions) => C,
  ) {
    if (apiKey) this.client = makeClient({ apiKey, baseURL, maxRetries: 0, timeout: timeoutMs });
  }

  get configured(): boolean {
    return this.client !== undefined;
  }

  async ask(prompt: LlmPrompt, signal: AbortSignal): Promise<unknown> {
    if (!this.client) throw new Error(`${this.name} is not configured`);
    try {
      return await this.request(this.client, prompt, signal);
    } catch (err) {
      throw normaliseSdkError(err);
    }
  }

  protected abstract request(client: C, prompt: LlmPrompt, signal: AbortSignal): Promise<unknown>;
}
