import Anthropic from '@anthropic-ai/sdk';
import { Inject, Injectable } from '@nestjs/common';
import { NlpConfig } from '../nlp.config.js';
import {
  LLM_ANSWER_JSON_SCHEMA,
  TOOL_DESCRIPTION,
  TOOL_NAME,
  systemPrompt,
  type LlmPrompt,
} from './llm-schema.js';
import { normaliseSdkError, type LlmProvider } from './llm.types.js';

/** Claude through @anthropic-ai/sdk: Messages API with one forced tool (tool_use block carries the answer). */
@Injectable()
export class AnthropicProvider implements LlmProvider {
  readonly name = 'anthropic' as const;
  private readonly client?: Anthropic;

  constructor(@Inject(NlpConfig) private readonly config: NlpConfig) {
    if (config.KLEPAAS_ANTHROPIC_API_KEY) {
      this.client = new Anthropic({
        apiKey: config.KLEPAAS_ANTHROPIC_API_KEY,
        baseURL: config.KLEPAAS_ANTHROPIC_BASE_URL,
        maxRetries: 0,
        timeout: config.KLEPAAS_NLP_PROVIDER_TIMEOUT_MS,
      });
    }
  }

  get configured(): boolean {
    return this.client !== undefined;
  }

  async ask(prompt: LlmPrompt, signal: AbortSignal): Promise<unknown> {
    if (!this.client) throw new Error('anthropic is not configured');
    try {
      const res = await this.client.messages.create(
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
    } catch (err) {
      throw normaliseSdkError(err);
    }
  }
}
