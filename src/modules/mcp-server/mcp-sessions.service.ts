import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest, JSONRPCMessageSchema } from '@modelcontextprotocol/sdk/types.js';
import type { Request, Response } from 'express';
import type { Counter, Gauge, Histogram } from 'prom-client';
import type { Principal } from '../../common/principal/principal.js';
import { McpCatalog } from './mcp-catalog.js';
import { isOriginAllowed } from './mcp-origin.js';
import {
  MCP_REQUEST_DURATION,
  MCP_REQUESTS_TOTAL,
  McpTransportMetrics,
  type McpMetrics,
} from './mcp-metrics.js';
import { McpServerConfig } from './mcp-server.config.js';
import {
  McpInvalidMessageError,
  McpMethodNotAllowedError,
  McpNoSessionError,
  McpOriginForbiddenError,
  McpSessionNotFoundError,
  McpTooManySessionsError,
} from './mcp-server.errors.js';
import { McpServerService } from './mcp-server.service.js';
import { holdUntilAnswered } from './mcp-wire.js';

export const MCP_SESSIONS_OPEN = 'mcp_server_sessions_open';

/** Requests whose handlers only answer: they send the client nothing (no request, no notification) first. */
const ANSWER_ONLY_METHODS = new Set([
  'initialize',
  'ping',
  'tools/list',
  'resources/list',
  'resources/templates/list',
  'resources/read',
  'prompts/list',
  'prompts/get',
  'completion/complete',
]);

interface Session {
  id: string;
  userId: string;
  server: McpServer;
  transport: StreamableHTTPServerTransport;
  metrics: McpTransportMetrics;
  lastSeen: number;
}

/**
 * Streamable HTTP on /mcp: sessions keyed by Mcp-Session-Id (bound to the user who opened them,
 * closed after KLEPAAS_MCP_SESSION_IDLE_TIMEOUT_MS or on DELETE), or stateless (a fresh server and
 * transport per POST) when KLEPAAS_MCP_STATELESS=true. Origin is checked before anything else.
 */
@Injectable()
export class McpSessionsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('McpSessions');
  private readonly sessions = new Map<string, Session>();
  private sweeper?: NodeJS.Timeout;
  private readonly metrics: McpMetrics;

  constructor(
    private readonly config: McpServerConfig,
    private readonly servers: McpServerService,
    private readonly catalog: McpCatalog,
    @InjectMetric(MCP_REQUESTS_TOTAL) requests: Counter<string>,
    @InjectMetric(MCP_REQUEST_DURATION) duration: Histogram<string>,
    @InjectMetric(MCP_SESSIONS_OPEN) private readonly open: Gauge<string>,
  ) {
    this.metrics = { requests, duration, isKnownTool: (name) => servers.hasTool(name) };
  }

  onModuleInit(): void {
    if (this.config.KLEPAAS_MCP_STATELESS) return;
    const every = Math.min(Math.max(this.config.KLEPAAS_MCP_SESSION_IDLE_TIMEOUT_MS / 4, 250), 30_000);
    this.sweeper = setInterval(() => void this.sweep(), every);
    this.sweeper.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    await Promise.all([...this.sessions.values()].map((s) => this.close(s, 'shutdown')));
  }

  get openSessions(): number {
    return this.sessions.size;
  }

  async post(req: Request, res: Response, principal: Principal): Promise<void> {
    this.checkOrigin(req);
    this.validateMessages(req.body);
    if (this.config.KLEPAAS_MCP_STATELESS) return this.stateless(req, res, principal);

    const session = this.existing(req, principal);
    if (session) return this.handle(session.transport, session.metrics, req, res, principal);
    if (!isInitializeRequest(req.body)) throw new McpNoSessionError();
    if (this.sessions.size >= this.config.KLEPAAS_MCP_MAX_SESSIONS)
      throw new McpTooManySessionsError(this.config.KLEPAAS_MCP_MAX_SESSIONS);

    const server = this.servers.build();
    let created: Session | undefined;
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => {
        created = { id, userId: principal.userId, server, transport, metrics, lastSeen: Date.now() };
        this.sessions.set(id, created);
        this.open.set(this.sessions.size);
      },
      onsessionclosed: (id) => {
        const s = this.sessions.get(id);
        if (s) void this.close(s, 'deleted');
      },
    });
    const metrics = new McpTransportMetrics(this.metrics, transport);
    transport.onclose = () => {
      if (created && this.sessions.get(created.id) === created) {
        this.sessions.delete(created.id);
        this.open.set(this.sessions.size);
      }
    };
    await server.connect(transport);
    await this.handle(transport, metrics, req, res, principal);
    if (!created) await server.close(); // initialize was refused: nothing to keep
  }

  get(req: Request, res: Response, principal: Principal): Promise<void> {
    return this.toExistingSession('GET', req, res, principal);
  }

  delete(req: Request, res: Response, principal: Principal): Promise<void> {
    return this.toExistingSession('DELETE', req, res, principal);
  }

  /** GET (the SSE stream) and DELETE (the end) of a session: only on a stateful server, only the owner's. */
  private async toExistingSession(
    method: 'GET' | 'DELETE',
    req: Request,
    res: Response,
    principal: Principal,
  ): Promise<void> {
    this.checkOrigin(req);
    if (this.config.KLEPAAS_MCP_STATELESS) throw new McpMethodNotAllowedError(method);
    const session = this.existing(req, principal);
    if (!session) throw new McpNoSessionError();
    await this.handle(session.transport, session.metrics, req, res, principal);
  }

  private async stateless(req: Request, res: Response, principal: Principal): Promise<void> {
    const server = this.servers.build();
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: this.answersOnly(req.body),
    });
    const metrics = new McpTransportMetrics(this.metrics, transport);
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await this.handle(transport, metrics, req, res, principal);
  }

  /**
   * Whether every message of a stateless POST can be answered with one JSON body instead of an SSE stream:
   * requests whose handlers send nothing before their answer — read-only tools without a progress token
   * included; a tool that may report progress or ask the user (elicitation) keeps the stream. One JSON body
   * is one write; an SSE answer is a stream with its headers flushed on their own (a second syscall).
   */
  private answersOnly(body: unknown): boolean {
    const messages = (Array.isArray(body) ? body : [body]) as {
      method?: unknown;
      id?: unknown;
      params?: { name?: unknown; _meta?: { progressToken?: unknown } };
    }[];
    return messages.every((m) => {
      if (typeof m?.method !== 'string') return false; // a response to a server request: keep the default
      if (m.id === undefined) return true; // a notification: answered 202 either way
      if (ANSWER_ONLY_METHODS.has(m.method)) return true;
      if (m.method !== 'tools/call' || m.params?._meta?.progressToken !== undefined) return false;
      const tool = typeof m.params?.name === 'string' ? this.catalog.tools.get(m.params.name) : undefined;
      return tool?.annotations.readOnlyHint === true;
    });
  }

  private async handle(
    transport: StreamableHTTPServerTransport,
    metrics: McpTransportMetrics,
    req: Request,
    res: Response,
    principal: Principal,
  ): Promise<void> {
    const withAuth = req as Request & { auth?: unknown };
    withAuth.auth = {
      token: '',
      clientId: principal.userId,
      scopes: principal.scopes,
      extra: {
        userId: principal.userId,
        method: principal.method,
        requestId: String(req.id ?? ''),
        ip: req.ip,
      },
    };
    if (req.method === 'POST') {
      metrics.observeIncoming(req.body);
      // stateless answers of this kind are one JSON body already (enableJsonResponse)
      if (!this.config.KLEPAAS_MCP_STATELESS && this.answersOnly(req.body)) holdUntilAnswered(res);
    }
    await transport.handleRequest(withAuth as Request & { auth: never }, res, req.body);
    if (req.method === 'POST') metrics.settleRefused(req.body, res.statusCode);
  }

  /** The session named by Mcp-Session-Id, touched; 404 if unknown, expired or someone else's. */
  private existing(req: Request, principal: Principal): Session | undefined {
    const id = req.header('mcp-session-id');
    if (!id) return undefined;
    const session = this.sessions.get(id);
    if (!session || session.userId !== principal.userId) throw new McpSessionNotFoundError();
    session.lastSeen = Date.now();
    return session;
  }

  private checkOrigin(req: Request): void {
    const origin = req.header('origin');
    if (!isOriginAllowed(origin, this.config.KLEPAAS_MCP_ALLOWED_ORIGINS))
      throw new McpOriginForbiddenError(String(origin));
  }

  /** Valid JSON that is not JSON-RPC gets a JSON-RPC error before any session is touched. */
  private validateMessages(body: unknown): void {
    if (body === undefined) return; // not JSON: the transport answers 415 itself
    const messages = Array.isArray(body) ? body : [body];
    if (messages.length === 0) throw new McpInvalidMessageError('empty batch');
    for (const m of messages) {
      const parsed = JSONRPCMessageSchema.safeParse(m);
      if (!parsed.success)
        throw new McpInvalidMessageError('expected {"jsonrpc":"2.0", "method", "id"?, "params"?}');
    }
  }

  private async sweep(): Promise<void> {
    const cutoff = Date.now() - this.config.KLEPAAS_MCP_SESSION_IDLE_TIMEOUT_MS;
    for (const s of [...this.sessions.values()]) if (s.lastSeen < cutoff) await this.close(s, 'idle');
  }

  private async close(session: Session, why: 'idle' | 'deleted' | 'shutdown'): Promise<void> {
    if (this.sessions.get(session.id) !== session) return;
    this.sessions.delete(session.id);
    this.open.set(this.sessions.size);
    this.logger.log({ sessionId: session.id, userId: session.userId, why }, 'MCP session closed');
    try {
      await session.server.close();
    } catch (err) {
      this.logger.warn({ err, sessionId: session.id }, 'MCP session close failed');
    }
  }
}
