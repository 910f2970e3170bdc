import type { OnModuleInit } from '@nestjs/common';
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
 * A provider over an SDK client built once (no API key → not configured). The SDK module is imported only when
 * the key is set (at startup, not awaited): an instance without that provider's key never loads it — each SDK
 * costs tens of MiB of resident memory. Subclasses only send the request; SDK errors become ProviderHttpError.
 */
export abstract class SdkClientProvider<C> implements LlmProvider, OnModuleInit {
  abstract readonly name: LlmProviderName;
  private client?: Promise<C>;
  private readonly options?: SdkClientOptions;

  protected constructor(
    apiKey: string | undefined,
    baseURL: string | undefined,
    timeoutMs: number,
    private readonly makeClient: (options: SdkClientOptions) => Promise<C>,
  ) {
    if (apiKey) this.options = { apiKey, baseURL, maxRetries: 0, timeout: timeoutMs };
  }

  get configured(): boolean {
    return this.options !== undefined;
  }

  /** With a key, loads the SDK at startup so the first request does not pay for the import. */
  onModuleInit(): void {
    if (this.options) this.sdkClient(this.options).catch(() => undefined);
  }

  async ask(prompt: LlmPrompt, signal: AbortSignal): Promise<unknown> {
    if (!this.options) throw new Error(`${this.name} is not configured`);
    try {
      return await this.request(await this.sdkClient(this.options), prompt, signal);
    } catch (err) {
      throw normaliseSdkError(err);
    }
  }

  private sdkClient(options: SdkClientOptions): Promise<C> {
    // A failed import is not kept: the next call tries again.
    this.client ??= this.makeClient(options).catch((err: unknown) => {
      this.client = undefined;
      throw err;
    });
    return this.client;
  }

  protected abstract request(client: C, prompt: LlmPrompt, signal: AbortSignal): Promise<unknown>;
}
