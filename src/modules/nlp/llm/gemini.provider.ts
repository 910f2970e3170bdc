import { FunctionCallingConfigMode, GoogleGenAI } from '@google/genai';
import { Inject, Injectable } from '@nestjs/common';
import { NlpConfig } from '../nlp.config.js';
import {
  LLM_ANSWER_JSON_SCHEMA,
  TOOL_DESCRIPTION,
  TOOL_NAME,
  systemPrompt,
  type LlmPrompt,
} from './llm-schema.js';
import { retryAfterMsFromHeaders } from '../../../common/resilience/retry-after.js';
import { ProviderHttpError, normaliseSdkError, type LlmProvider } from './llm.types.js';

/**
 * Gemini through @google/genai (successor of the retired @google/generative-ai): generateContent with one
 * function declaration and function calling mode ANY (functionCall part carries the answer).
 */
@Injectable()
export class GeminiProvider implements LlmProvider {
  readonly name = 'gemini' as const;

  constructor(@Inject(NlpConfig) private readonly config: NlpConfig) {}

  get configured(): boolean {
    return Boolean(this.config.KLEPAAS_GEMINI_API_KEY);
  }

  async ask(prompt: LlmPrompt, signal: AbortSignal): Promise<unknown> {
    if (!this.config.KLEPAAS_GEMINI_API_KEY) throw new Error('gemini is not configured');
    // the SDK's ApiError has no headers: a fetch wrapper keeps retry-after for the retry logic
    let waitMs: number | undefined;
    const ai = new GoogleGenAI({
      apiKey: this.config.KLEPAAS_GEMINI_API_KEY,
      httpOptions: {
        baseUrl: this.config.KLEPAAS_GEMINI_BASE_URL,
        apiVersion: 'v1beta',
        timeout: this.config.KLEPAAS_NLP_PROVIDER_TIMEOUT_MS,
        retryOptions: { attempts: 1 },
        fetch: async (input, init) => {
          const res = await fetch(input, init);
          if (res.status === 429) waitMs = retryAfterMsFromHeaders(res.headers);
          return res;
        },
      },
    });
    try {
      const res = await ai.models.generateContent({
        model: this.config.KLEPAAS_GEMINI_MODEL,
        contents: [{ role: 'user', parts: [{ text: prompt.command }] }],
        config: {
          systemInstruction: systemPrompt(prompt),
          tools: [
            {
              functionDeclarations: [
                {
                  name: TOOL_NAME,
                  description: TOOL_DESCRIPTION,
                  parametersJsonSchema: LLM_ANSWER_JSON_SCHEMA,
                },
              ],
            },
          ],
          toolConfig: {
            functionCallingConfig: { mode: FunctionCallingConfigMode.ANY, allowedFunctionNames: [TOOL_NAME] },
          },
          abortSignal: signal,
        },
      });
      return res.functionCalls?.[0]?.args;
    } catch (err) {
      const e = normaliseSdkError(err);
      if (e instanceof ProviderHttpError && e.status === 429)
        throw new ProviderHttpError(429, waitMs, e.message);
      throw e;
    }
  }
}
