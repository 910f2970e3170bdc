import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { ClientCapabilities } from '@modelcontextprotocol/sdk/types.js';

export interface Connected {
  client: Client;
  transport: StreamableHTTPClientTransport;
  close(): Promise<void>;
}

/** The SDK's own client over Streamable HTTP, authenticating with the given Authorization value. */
export async function connectMcp(
  baseUrl: string,
  authorization: string | Record<string, string>,
  options: {
    sessionId?: string;
    /** What the client declares at initialize (e.g. `{ elicitation: { form: {} } }`). */
    capabilities?: ClientCapabilities;
    /** Registers the client's own request handlers (elicitation/create, …) before it connects. */
    setup?: (client: Client) => void;
  } = {},
): Promise<Connected> {
  const headers = typeof authorization === 'string' ? { Authorization: authorization } : authorization;
  const client = new Client(
    { name: 'klepaas-e2e', version: '1.0.0' },
    options.capabilities ? { capabilities: options.capabilities } : undefined,
  );
  options.setup?.(client);
  const transport = new StreamableHTTPClientTransport(new URL(`${baseUrl}/mcp`), {
    requestInit: { headers },
    sessionId: options.sessionId,
  });
  await client.connect(transport);
  return {
    client,
    transport,
    close: async () => {
      await client.close().catch(() => undefined);
    },
  };
}

export const MCP_ACCEPT = 'application/json, text/event-stream';

/** Parses a Streamable HTTP answer: JSON, or the JSON-RPC messages in an SSE body. */
export function rpcMessages(res: { headers: Record<string, string>; text: string }): unknown[] {
  if (String(res.headers['content-type']).includes('text/event-stream')) {
    return res.text
      .split('\n')
      .filter((l) => l.startsWith('data: ') && l.length > 6)
      .map((l) => JSON.parse(l.slice(6)) as unknown);
  }
  return [JSON.parse(res.text) as unknown];
}
