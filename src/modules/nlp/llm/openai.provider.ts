import { Inject, Injectable } from '@nestjs/common';
import type OpenAI from 'openai';
import { NlpConfig } from '../nlp.config.js';
import {
  LLM_ANSWER_JSON_SCHEMA,
  TOOL_DESCRIPTION,
  TOOL_NAME,
  systemPrompt,
  type LlmPrompt,
} from './llm-schema.js';
import { SdkClientProvider } from './sdk-provider.js';

/** GPT through the openai SDK: Chat Completions with one forced function tool (tool_calls carry the answer). */
@Injectable()
export class OpenAiProvider extends SdkClientProvider<OpenAI> {
  readonly name = 'openai' as const;

  constructor(@Inject(NlpConfig) private readonly config: NlpConfig) {
    super(
      config.KLEPAAS_OPENAI_API_KEY,
      config.KLEPAAS_OPENAI_BASE_URL,
      config.KLEPAAS_NLP_PROVIDER_TIMEOUT_MS,
      async (options) => new (await import('openai')).default(options),
    );
  }

  protected async request(client: OpenAI, prompt: LlmPrompt, signal: AbortSignal): Promise<unknown> {
    const res = await client.chat.completions.create(
      {
        model: this.config.KLEPAAS_OPENAI_MODEL,
        messages: [
          { role: 'system', content: systemPrompt(prompt) },
          { role: 'user', content: prompt.command },
        ],
        tools: [
          {
            type: 'function',
            function: {
              name: TOOL_NAME,
              description: TOOL_DESCRIPTION,
              parameters: LLM_ANSWER_JSON_SCHEMA,
            },
          },
        ],
        tool_choice: { type: 'function', function: { name: TOOL_NAME } },
      },
      { signal },
    );
    const call = res.choices[0]?.message?.tool_calls?.[0];
    if (!call || call.type !== 'function') return undefined;
    return call.function.arguments;
  }
}
