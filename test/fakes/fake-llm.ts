import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type LlmWire = 'anthropic' | 'openai' | 'gemini';

/** What the fake answers to one request. */
export type FakeLlmReply =
  /** A tool/function call with these arguments (valid or not — the app validates). */
  | { kind: 'tool'; args: unknown; delayMs?: number }
  /** Plain text instead of a tool call (the model ignored the tool). */
  | { kind: 'text'; text: string }
  /** HTTP 200 with a body that is not JSON. */
  | { kind: 'malformed' }
  /** An API error in the provider's error format, e.g. 429 with retry-after, 500. */
  | { kind: 'error'; status: number; retryAfter?: string }
  /** Never answers (until the client gives up or the fake closes). */
  | { kind: 'hang' };

export interface FakeLlmRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
  /** The user's command as sent. */
  command: string;
  /** The system prompt / instruction as sent. */
  system: string;
}

/** An Anthropic Messages API response carrying `content`. */
function anthropicMessage(content: unknown[], stopReason: string): unknown {
  return {
    id: 'msg_fake',
    type: 'message',
    role: 'assistant',
    model: 'claude-fake',
    content,
    stop_reason: stopReason,
    stop_sequence: null,
    usage: { input_tokens: 100, output_tokens: 20 },
  };
}

/** An OpenAI chat.completion response; `rest` holds `choices` and optionally `usage`. */
function openaiCompletion(rest: { choices: unknown[]; usage?: unknown }): unknown {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: 'gpt-fake',
    ...rest,
  };
}

/**
 * A model provider on 127.0.0.1 speaking the real wire protocol, reached by the real SDK through its
 * base-URL option:
 * - anthropic: POST /v1/messages → `content: [{type: "tool_use", name, input}]`
 * - openai: POST /v1/chat/completions → `choices[0].message.tool_calls[0].function.arguments` (JSON text)
 * - gemini: POST /v1beta/models/{model}:generateContent → `candidates[0].content.parts[0].functionCall`
 * Replies come from `script` (used in order) and then from `respond(request)`.
 */
export class FakeLlm {
  readonly requests: FakeLlmRequest[] = [];
  readonly script: FakeLlmReply[] = [];
  respond: (req: FakeLlmRequest) => FakeLlmReply = () => ({ kind: 'error', status: 500 });
  private readonly open = new Set<ServerResponse>();

  private constructor(
    readonly wire: LlmWire,
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(wire: LlmWire): Promise<FakeLlm> {
    const holder: { fake?: FakeLlm } = {};
    const server = createServer((req, res) => void holder.fake?.handle(req, res));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    holder.fake = new FakeLlm(wire, server, `http://127.0.0.1:${port}`);
    return holder.fake;
  }

  /** The value for the app's KLEPAAS_<PROVIDER>_BASE_URL. */
  get baseUrl(): string {
    return this.wire === 'openai' ? `${this.url}/v1` : this.url;
  }

  reset(): void {
    this.requests.length = 0;
    this.script.length = 0;
  }

  async close(): Promise<void> {
    for (const res of this.open) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.open.add(res);
    res.on('close', () => this.open.delete(res));
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
    } catch {
      return this.json(res, 400, { error: { message: 'invalid JSON' } });
    }
    const expected = {
      anthropic: /^\/v1\/messages$/,
      openai: /^\/v1\/chat\/completions$/,
      gemini: /^\/v1beta\/models\/[^/:]+:generateContent$/,
    }[this.wire];
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'POST' || !expected.test(path))
      return this.json(res, 404, { error: { message: 'not found' } });
    const authorised = {
      anthropic: () =>
        (!!req.headers['x-api-key'] || /^Bearer \S+/.test(String(req.headers.authorization ?? ''))) &&
        !!req.headers['anthropic-version'],
      openai: () => /^Bearer \S+/.test(String(req.headers.authorization ?? '')),
      gemini: () => !!req.headers['x-goog-api-key'],
    }[this.wire]();
    if (!authorised) return this.json(res, 401, { error: { message: 'missing credentials' } });

    const request: FakeLlmRequest = { path, headers: req.headers, body, ...this.extract(body) };
    this.requests.push(request);
    const reply = this.script.shift() ?? this.respond(request);
    switch (reply.kind) {
      case 'hang':
        return;
      case 'malformed':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id": "x", "content": [ {"type": "tool_u');
        return;
      case 'error': {
        const headers: Record<string, string> = reply.retryAfter ? { 'retry-after': reply.retryAfter } : {};
        return this.json(res, reply.status, this.errorBody(reply.status), headers);
      }
      case 'text':
        return this.json(res, 200, this.textBody(reply.text));
      case 'tool':
        if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
        if (res.destroyed) return;
        return this.json(res, 200, this.toolBody(reply.args));
    }
  }

  private extract(body: Record<string, unknown>): { command: string; system: string } {
    if (this.wire === 'anthropic') {
      const messages = body.messages as { content: string }[];
      return { command: String(messages.at(-1)?.content ?? ''), system: String(body.system ?? '') };
    }
    if (this.wire === 'openai') {
      const messages = body.messages as { role: string; content: string }[];
      return {
        command: String(messages.filter((m) => m.role === 'user').at(-1)?.content ?? ''),
        system: String(messages.find((m) => m.role === 'system')?.content ?? ''),
      };
    }
    const contents = body.contents as { parts: { text: string }[] }[];
    const sys = body.systemInstruction as { parts?: { text: string }[] } | string | undefined;
    return {
      command: String(contents.at(-1)?.parts?.[0]?.text ?? ''),
      system: typeof sys === 'string' ? sys : (sys?.parts ?? []).map((p) => p.text).join('\n'),
    };
  }

  private toolBody(args: unknown): unknown {
    if (this.wire === 'anthropic') {
      return anthropicMessage(
        [{ type: 'tool_use', id: 'toolu_fake', name: 'interpret_command', input: args }],
        'tool_use',
      );
    }
    if (this.wire === 'openai') {
      return openaiCompletion({
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: null,
              tool_calls: [
                {
                  id: 'call_fake',
                  type: 'function',
                  function: { name: 'interpret_command', arguments: JSON.stringify(args) },
                },
              ],
            },
            finish_reason: 'tool_calls',
          },
        ],
        usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
      });
    }
    return {
      candidates: [
        {
          content: { role: 'model', parts: [{ functionCall: { name: 'interpret_command', args } }] },
          finishReason: 'STOP',
          index: 0,
        },
      ],
      usageMetadata: { promptTokenCount: 100, candidatesTokenCount: 20, totalTokenCount: 120 },
      modelVersion: 'gemini-fake',
    };
  }

  private textBody(text: string): unknown {
    if (this.wire === 'anthropic') {
      return anthropicMessage([{ type: 'text', text }], 'end_turn');
    }
    if (this.wire === 'openai') {
      return openaiCompletion({
        choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
      });
    }
    return {
      candidates: [{ content: { role: 'model', parts: [{ text }] }, finishReason: 'STOP', index: 0 }],
    };
  }

  private errorBody(status: number): unknown {
    if (this.wire === 'anthropic') {
      return {
        type: 'error',
        error: { type: status === 429 ? 'rate_limit_error' : 'api_error', message: `fake ${status}` },
      };
    }
    if (this.wire === 'openai') {
      return {
        error: {
          message: `fake ${status}`,
          type: status === 429 ? 'rate_limit_exceeded' : 'server_error',
          code: null,
        },
      };
    }
    return {
      error: {
        code: status,
        message: `fake ${status}`,
        status: status === 429 ? 'RESOURCE_EXHAUSTED' : 'INTERNAL',
      },
    };
  }

  private json(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }
}
