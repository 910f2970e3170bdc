import { Inject, Injectable } from '@nestjs/common';
import OpenAI from 'openai';
import { NlpConfig } from '../nlp.config.js';
import {
  LLM_ANSWER_JSON_SCHEMA,
  TOOL_DESCRIPTION,
  TOOL_NAME,
  systemPrompt,
  type LlmPrompt,
} from './llm-schema.js';
import { normaliseSdkError, type LlmProvider } from './llm.types.js';

/** GPT through the openai SDK: Chat Completions with one forced function tool (tool_calls carry the answer). */
@Injectable()
export class OpenAiProvider implements LlmProvider {
  readonly name = 'openai' as const;
  private readonly client?: OpenAI;

  constructor(@Inject(NlpConfig) private readonly config: NlpConfig) {
    if (config.KLEPAAS_OPENAI_API_KEY) {
      this.client = new OpenAI({
        apiKey: config.KLEPAAS_OPENAI_API_KEY,
        baseURL: config.KLEPAAS_OPENAI_BASE_URL,
        maxRetries: 0,
        timeout: config.KLEPAAS_NLP_PROVIDER_TIMEOUT_MS,
      });
    }
  }

  get configured(): boolean {
    return this.client !== undefined;
  }

  async ask(prompt: LlmPrompt, signal: AbortSignal): Promise<unknown> {
    if (!this.client) throw new Error('openai is not configured');
    try {
      const res = await this.client.chat.completions.create(
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
    } catch (err) {
      throw normaliseSdkError(err);
    }
  }
}
