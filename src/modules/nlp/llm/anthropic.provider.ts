import type Anthropic from '@anthropic-ai/sdk';
import { Inject, Injectable } from '@nestjs/common';
import { NlpConfig } from '../nlp.config.js';
import {
  LLM_ANSWER_JSON_SCHEMA,
  TOOL_DESCRIPTION,
  TOOL_NAME,
  systemPrompt,
  type LlmPrompt,
} from './llm-schema.js';
import { SdkClientProvider } from './sdk-provider.js';

/** Claude through @anthropic-ai/sdk: Messages API with one forced tool (tool_use block carries the answer). */
@Injectable()
export class AnthropicProvider extends SdkClientProvider<Anthropic> {
  readonly name = 'anthropic' as const;

  constructor(@Inject(NlpConfig) private readonly config: NlpConfig) {
    super(
      config.KLEPAAS_ANTHROPIC_API_KEY,
      config.KLEPAAS_ANTHROPIC_BASE_URL,
      config.KLEPAAS_NLP_PROVIDER_TIMEOUT_MS,
      async (options) => new (await import('@anthropic-ai/sdk')).default(options),
    );
  }

  protected async request(client: Anthropic, prompt: LlmPrompt, signal: AbortSignal): Promise<unknown> {
    const res = await client.messages.create(
      {
        model: this.config.KLEPAAS_ANTHROPIC_MODEL,
        max_tokens: 512,
        system: systemPrompt(prompt),
        messages: [{ role: 'user', content: prompt.command }],
        tools: [
          {
            name: TOOL_NAME,
            description: TOOL_DESCRIPTION,
            input_schema: LLM_ANSWER_JSON_SCHEMA as Anthropic.Tool.InputSchema,
          },
        ],
        tool_choice: { type: 'tool', name: TOOL_NAME },
      },
      { signal },
    );
    const block = res.content.find((b) => b.type === 'tool_use');
    return block && block.type === 'tool_use' ? block.input : undefined;
  }
}
