import type { FetchLike } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import type { TokenProvider } from './token-providers.js';
import type { TransportPreference } from './provider.types.js';

export interface ExternalCallOptions {
  /** Time left for this attempt; the client rejects with DeadlineExceededError when it runs out. */
  timeoutMs: number;
}

export interface ExternalHealth {
  ok: true;
  latencyMs: number;
  transport: 'streamable-http' | 'sse';
}

/**
 * One connection to one external MCP server. Implementations throw raw errors (HTTP, network,
 * JSON-RPC, deadline); McpExternalService maps them to the standard schema.
 */
export interface ExternalMcpClient {
  connect(options: ExternalCallOptions): Promise<void>;
  listTools(options: ExternalCallOptions): Promise<Tool[]>;
  callTool(
    name: string,
    args: Record<string, unknown>,
    options: ExternalCallOptions,
  ): Promise<CallToolResult>;
  health(options: ExternalCallOptions): Promise<ExternalHealth>;
  close(): Promise<void>;
  readonly connected: boolean;
  readonly transport: 'streamable-http' | 'sse' | null;
}

export interface ExternalMcpClientOptions {
  provider: string;
  url: URL;
  transport: TransportPreference;
  tokenProvider?: TokenProvider;
  /** The guarded fetch (OutboundHttp): every request of the client goes through it. */
  fetch: FetchLike;
}

export type ExternalMcpClientFactory = (options: ExternalMcpClientOptions) => ExternalMcpClient;

/** Injection token of the factory that builds an ExternalMcpClient per provider. */
export const EXTERNAL_MCP_CLIENT_FACTORY = Symbol('EXTERNAL_MCP_CLIENT_FACTORY');
