import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import {
  StreamableHTTPClientTransport,
  StreamableHTTPError,
} from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { FetchLike } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { DeadlineExceededError, HttpStatusError, parseRetryAfter } from './error-mapping.js';
import type {
  ExternalCallOptions,
  ExternalHealth,
  ExternalMcpClient,
  ExternalMcpClientOptions,
} from './external-mcp-client.js';
import { readPackageVersion } from '../../common/version.js';

const CLIENT_INFO = { name: 'klepaas-mcp-external', version: readPackageVersion().version };

/**
 * Redirects are left to the guarded fetch, which re-checks every hop against the SSRF policy and drops
 * credentials when a hop leaves the origin — one rule for MCP and the GitHub token exchange alike.
 */
const REDIRECTS_TO_GUARD = 'follow' as const;

/** Statuses of the initialize POST that mean "this server does not speak Streamable HTTP". */
const FALLBACK_STATUSES = new Set([400, 404, 405]);

/** Runs `fn` with an AbortSignal and rejects with DeadlineExceededError after `ms` (aborting it). */
async function withDeadline<T>(ms: number, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  if (ms <= 0) throw new DeadlineExceededError(0);
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(new DeadlineExceededError(ms));
      reject(new DeadlineExceededError(ms));
    }, ms);
  });
  try {
    return await Promise.race([fn(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * ExternalMcpClient on the official SDK: `Client` over Streamable HTTP, falling back to the older
 * HTTP+SSE transport when the initialize POST is refused with 400/404/405 (the spec's back-compat
 * rule). Every request goes through the guarded fetch it is given (SSRF policy on each hop); a
 * wrapper adds `Authorization: Bearer <token>` from the token provider on every request (so a
 * refreshed GitHub token is used at once) and turns non-2xx POST answers into HttpStatusError
 * carrying the status and Retry-After.
 */
export class SdkExternalMcpClient implements ExternalMcpClient {
  private client?: Client;
  private connecting?: Promise<void>;
  private kind: 'streamable-http' | 'sse' | null = null;

  constructor(private readonly options: ExternalMcpClientOptions) {}

  get connected(): boolean {
    return this.client !== undefined;
  }

  get transport(): 'streamable-http' | 'sse' | null {
    return this.kind;
  }

  private readonly fetchWithAuth: FetchLike = async (url, init) => {
    const headers = new Headers(init?.headers);
    const token = await this.options.tokenProvider?.getToken();
    if (token) headers.set('authorization', `Bearer ${token}`);
    const response = await this.options.fetch(url, { ...init, headers });
    if (!response.ok && (init?.method ?? 'GET').toUpperCase() === 'POST') {
      const body = await response.text().catch(() => '');
      throw new HttpStatusError(response.status, parseRetryAfter(response.headers.get('retry-after')), body);
    }
    return response;
  };

  async connect(options: ExternalCallOptions): Promise<void> {
    if (this.client) return;
    this.connecting ??= withDeadline(options.timeoutMs, (signal) => this.open(signal)).finally(
      () => (this.connecting = undefined),
    );
    return this.connecting;
  }

  private async open(signal: AbortSignal): Promise<void> {
    const pref = this.options.transport;
    const transportOptions = { fetch: this.fetchWithAuth, redirectPolicy: REDIRECTS_TO_GUARD };
    if (pref !== 'sse') {
      try {
        await this.attempt(
          new StreamableHTTPClientTransport(this.options.url, transportOptions),
          'streamable-http',
          signal,
        );
        return;
      } catch (err) {
        const status =
          err instanceof HttpStatusError
            ? err.status
            : err instanceof StreamableHTTPError
              ? err.code
              : undefined;
        if (pref === 'streamable-http' || status === undefined || !FALLBACK_STATUSES.has(status)) throw err;
      }
    }
    await this.attempt(new SSEClientTransport(this.options.url, transportOptions), 'sse', signal);
  }

  /** Connects one transport; a client whose connect failed or outlived the deadline is closed, never leaked. */
  private async attempt(
    transport: StreamableHTTPClientTransport | SSEClientTransport,
    kind: 'streamable-http' | 'sse',
    signal: AbortSignal,
  ): Promise<void> {
    const client = new Client(CLIENT_INFO);
    try {
      await client.connect(transport, { signal });
      signal.throwIfAborted();
    } catch (err) {
      await client.close().catch(() => undefined);
      throw err;
    }
    this.adopt(client, kind);
  }

  private adopt(client: Client, kind: 'streamable-http' | 'sse'): void {
    this.client = client;
    this.kind = kind;
    client.onclose = () => {
      if (this.client === client) {
        this.client = undefined;
        this.kind = null;
      }
    };
  }

  private async session(options: ExternalCallOptions): Promise<Client> {
    await this.connect(options);
    if (!this.client) throw new StreamableHTTPError(undefined, 'connection closed');
    return this.client;
  }

  async listTools(options: ExternalCallOptions): Promise<Tool[]> {
    const started = Date.now();
    const client = await this.session(options);
    const left = () => options.timeoutMs - (Date.now() - started);
    const tools: Tool[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 100; page++) {
      const result = await withDeadline(left(), (signal) =>
        client.listTools(cursor ? { cursor } : undefined, { signal, timeout: left() + 1000 }),
      );
      tools.push(...result.tools);
      cursor = result.nextCursor;
      if (!cursor) break;
    }
    return tools;
  }

  async callTool(
    name: string,
    args: Record<string, unknown>,
    options: ExternalCallOptions,
  ): Promise<CallToolResult> {
    const started = Date.now();
    const client = await this.session(options);
    const left = options.timeoutMs - (Date.now() - started);
    return (await withDeadline(left, (signal) =>
      client.callTool({ name, arguments: args }, undefined, { signal, timeout: left + 1000 }),
    )) as CallToolResult;
  }

  async health(options: ExternalCallOptions): Promise<ExternalHealth> {
    const started = Date.now();
    const client = await this.session(options);
    const left = options.timeoutMs - (Date.now() - started);
    await withDeadline(left, (signal) => client.ping({ signal, timeout: left + 1000 }));
    return { ok: true, latencyMs: Date.now() - started, transport: this.kind ?? 'streamable-http' };
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.kind = null;
    await client?.close().catch(() => undefined);
  }
}

export const sdkClientFactory = (options: ExternalMcpClientOptions): ExternalMcpClient =>
  new SdkExternalMcpClient(options);
