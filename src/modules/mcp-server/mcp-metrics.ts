import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import type { Counter, Histogram } from 'prom-client';

export const MCP_REQUESTS_TOTAL = 'mcp_server_requests_total';
export const MCP_REQUEST_DURATION = 'mcp_server_request_duration_seconds';

const KNOWN_METHODS = new Set([
  'initialize',
  'ping',
  'tools/list',
  'tools/call',
  'resources/list',
  'resources/templates/list',
  'resources/read',
  'resources/subscribe',
  'resources/unsubscribe',
  'prompts/list',
  'prompts/get',
  'completion/complete',
  'logging/setLevel',
  'notifications/initialized',
  'notifications/cancelled',
  'notifications/progress',
  'notifications/roots/list_changed',
]);

export interface McpMetrics {
  requests: Counter<string>;
  duration: Histogram<string>;
  isKnownTool(name: string): boolean;
}

interface Pending {
  method: string;
  tool: string;
  start: bigint;
}

type Id = string | number;

/**
 * Counts every JSON-RPC message a transport receives, by method, tool (tools/call only) and result
 * (`ok`, `error` for a JSON-RPC error, `tool_error` for a tool result with isError, `cancelled`), timing requests
 * until their response leaves through the transport. Unknown methods and tools share one label value,
 * so clients cannot blow up the metric's cardinality.
 */
export class McpTransportMetrics {
  private readonly pending = new Map<Id, Pending>();

  constructor(
    private readonly metrics: McpMetrics,
    transport: Transport,
  ) {
    const send = transport.send.bind(transport);
    transport.send = async (message, options) => {
      this.observeOutgoing(message);
      return send(message, options);
    };
  }

  /** Before the transport sees the body: register requests, count notifications. */
  observeIncoming(body: unknown): void {
    const messages = Array.isArray(body) ? body : [body];
    for (const m of messages as {
      method?: unknown;
      id?: unknown;
      params?: { name?: unknown; requestId?: unknown };
    }[]) {
      if (!m || typeof m.method !== 'string') continue;
      // A cancelled request never gets a response: settle it here.
      const cancelled = m.method === 'notifications/cancelled' ? m.params?.requestId : undefined;
      if (typeof cancelled === 'string' || typeof cancelled === 'number') this.finish(cancelled, 'cancelled');
      const method = KNOWN_METHODS.has(m.method) ? m.method : 'other';
      const tool =
        method === 'tools/call'
          ? this.metrics.isKnownTool(String(m.params?.name))
            ? String(m.params?.name)
            : 'unknown'
          : '';
      if (typeof m.id === 'string' || typeof m.id === 'number') {
        this.pending.set(m.id, { method, tool, start: process.hrtime.bigint() });
      } else {
        this.metrics.requests.inc({ method, tool, result: 'ok' });
      }
    }
  }

  /** After the transport answered the HTTP request: requests it refused never get a response message. */
  settleRefused(body: unknown, httpStatus: number): void {
    if (httpStatus < 400) return;
    const messages = Array.isArray(body) ? body : [body];
    for (const m of messages as { id?: unknown }[]) {
      if (m && (typeof m.id === 'string' || typeof m.id === 'number')) this.finish(m.id, 'error');
    }
  }

  private observeOutgoing(message: JSONRPCMessage): void {
    const m = message as { id?: Id; result?: { isError?: boolean }; error?: unknown };
    if (m.id === undefined || (!('result' in m) && !('error' in m))) return;
    this.finish(m.id, m.error ? 'error' : m.result?.isError ? 'tool_error' : 'ok');
  }

  private finish(id: Id, result: string): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    this.metrics.requests.inc({ method: p.method, tool: p.tool, result });
    this.metrics.duration.observe(
      { method: p.method, tool: p.tool },
      Number(process.hrtime.bigint() - p.start) / 1e9,
    );
  }
}
