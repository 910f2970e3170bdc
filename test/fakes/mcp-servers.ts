import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Server as LowLevelServer } from '@modelcontextprotocol/sdk/server/index.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { SSEServerTransport } from '@modelcontextprotocol/sdk/server/sse.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { CallToolRequestSchema, ListToolsRequestSchema, McpError } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';

/** A server whose tools/call answers with a JSON-RPC error of the given code. */
function buildRpcErrorServer(code: number): LowLevelServer {
  const server = new LowLevelServer(
    { name: 'fake-rpc-error', version: '1.0.0' },
    { capabilities: { tools: {} } },
  );
  server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: [] }));
  server.setRequestHandler(CallToolRequestSchema, async () => {
    throw new McpError(code, `rpc error ${code}`);
  });
  return server;
}

/**
 * Real MCP servers for tests, built with the SDK's own McpServer on 127.0.0.1.
 *
 * Streamable HTTP server (stateless, JSON responses), paths:
 * - `/mcp`                    normal
 * - `/status/CODE/mcp[?retryAfter=V]`  every tools/call answered with HTTP CODE (initialize works)
 * - `/down/CODE/mcp`          every POST answered with HTTP CODE
 * - `/drop/mcp`               every tools/call has its connection destroyed
 * - `/rpcerror/CODE/mcp`      tools/call answered with JSON-RPC error CODE
 * Tools: echo, fail (isError), fail_coded (isError + structuredContent.code), sleep {ms}, count.
 * Runtime switches: `down(status | 'drop' | null)` (all POSTs), `failToolCalls(n, status, headers)`.
 */
export interface FakeMcpServer {
  url: string;
  /** Authorization headers received, in order. */
  authHeaders: string[];
  /** tools/call requests received per tool (before any injected failure). */
  toolCalls: Record<string, number>;
  /** Every POST received. */
  posts: number;
  down(mode: number | 'drop' | null, headers?: Record<string, string>): void;
  failToolCalls(times: number, status: number, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

function buildServer(counter: Record<string, number>): McpServer {
  const server = new McpServer({ name: 'fake-mcp', version: '1.0.0' });
  const bump = (name: string) => (counter[`run:${name}`] = (counter[`run:${name}`] ?? 0) + 1);
  server.registerTool(
    'echo',
    { description: 'Echo', inputSchema: { text: z.string().optional() } },
    async (args) => {
      bump('echo');
      return { content: [{ type: 'text', text: `echo:${args.text ?? ''}` }] };
    },
  );
  server.registerTool('fail', { description: 'Always fails' }, async () => {
    bump('fail');
    return { isError: true, content: [{ type: 'text', text: 'repository is archived' }] };
  });
  server.registerTool('fail_coded', { description: 'Fails with a code' }, async () => {
    bump('fail_coded');
    return {
      isError: true,
      content: [{ type: 'text', text: 'no such branch' }],
      structuredContent: { code: 'not_found' },
    };
  });
  server.registerTool('sleep', { description: 'Sleeps', inputSchema: { ms: z.number() } }, async ({ ms }) => {
    bump('sleep');
    await new Promise((r) => setTimeout(r, ms));
    return { content: [{ type: 'text', text: `slept ${ms}` }] };
  });
  server.registerTool('count', { description: 'Counts' }, async () => {
    const n = bump('count');
    return { content: [{ type: 'text', text: String(n) }] };
  });
  return server;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString();
  return text ? JSON.parse(text) : undefined;
}

const methodOf = (body: unknown): string | undefined =>
  body && typeof body === 'object' && !Array.isArray(body) ? (body as { method?: string }).method : undefined;
const toolOf = (body: unknown): string | undefined =>
  (body as { params?: { name?: string } } | undefined)?.params?.name;

function reply(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ error: `status ${status}` }));
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
}

function closer(server: Server, sockets: Set<Socket>): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
}

export async function startFakeMcpServer(): Promise<FakeMcpServer> {
  const toolCalls: Record<string, number> = {};
  const runs: Record<string, number> = {};
  const authHeaders: string[] = [];
  let downMode: { mode: number | 'drop'; headers: Record<string, string> } | null = null;
  const failures: { status: number; headers: Record<string, string> }[] = [];
  let posts = 0;
  const sockets = new Set<Socket>();

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.headers.authorization) authHeaders.push(req.headers.authorization);
    if (req.method !== 'POST') {
      // Stateless server: no standalone SSE stream, no session to delete.
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    posts++;
    let body: unknown;
    try {
      body = await readJson(req);
    } catch {
      reply(res, 400);
      return;
    }
    const method = methodOf(body);
    if (method === 'tools/call') {
      const t = toolOf(body) ?? '?';
      toolCalls[t] = (toolCalls[t] ?? 0) + 1;
    }
    if (downMode) {
      if (downMode.mode === 'drop') req.socket.destroy();
      else reply(res, downMode.mode, downMode.headers);
      return;
    }
    const parts = url.pathname.split('/').filter(Boolean);
    const retryAfter = url.searchParams.get('retryAfter');
    const extra: Record<string, string> = retryAfter ? { 'retry-after': retryAfter } : {};
    if (parts[0] === 'down') return reply(res, Number(parts[1]), extra);
    if (method === 'tools/call') {
      if (parts[0] === 'status') return reply(res, Number(parts[1]), extra);
      if (parts[0] === 'drop') return void req.socket.destroy();
      const failure = failures.shift();
      if (failure) return reply(res, failure.status, failure.headers);
    }
    const mcp = parts[0] === 'rpcerror' ? buildRpcErrorServer(Number(parts[1])) : buildServer(runs);
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
    });
    res.on('close', () => {
      void transport.close();
      void mcp.close();
    });
    await mcp.connect(transport);
    await transport.handleRequest(req, res, body);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const url = await listen(server);
  return {
    url,
    authHeaders,
    toolCalls,
    get posts() {
      return posts;
    },
    down(mode, headers = {}) {
      downMode = mode === null ? null : { mode, headers };
    },
    failToolCalls(times, status, headers = {}) {
      for (let i = 0; i < times; i++) failures.push({ status, headers });
    },
    close: closer(server, sockets),
  };
}

/** An MCP server that only speaks the older HTTP+SSE transport: GET /sse, POST /messages?sessionId=. */
export async function startSseOnlyMcpServer(): Promise<{
  url: string;
  connections: number;
  close(): Promise<void>;
}> {
  const transports = new Map<string, SSEServerTransport>();
  const sockets = new Set<Socket>();
  const counter: Record<string, number> = {};
  let connections = 0;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.method === 'GET' && url.pathname === '/sse') {
      connections++;
      const transport = new SSEServerTransport('/messages', res);
      transports.set(transport.sessionId, transport);
      res.on('close', () => transports.delete(transport.sessionId));
      await buildServer(counter).connect(transport);
      return;
    }
    if (req.method === 'POST' && url.pathname === '/messages') {
      const transport = transports.get(url.searchParams.get('sessionId') ?? '');
      if (!transport) return reply(res, 404);
      await transport.handlePostMessage(req, res, await readJson(req));
      return;
    }
    reply(res, 404);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const url = await listen(server);
  return {
    url,
    get connections() {
      return connections;
    },
    close: closer(server, sockets),
  };
}
