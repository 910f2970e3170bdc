import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Counter, Histogram } from 'prom-client';
import { OutboundHttp } from '../../common/outbound/outbound-http.js';
import type { Principal } from '../auth/principal.js';
import { AuditService } from '../audit/audit.service.js';
import { ReadinessRegistry } from '../health/readiness.registry.js';
import type { UpsertProviderDto } from './dto/provider.dto.js';
import { needsReconnect, toMcpExternalError, toolResultError, type MappingContext } from './error-mapping.js';
import {
  EXTERNAL_MCP_CLIENT_FACTORY,
  type ExternalHealth,
  type ExternalMcpClient,
  type ExternalMcpClientFactory,
} from './external-mcp-client.js';
import { McpExternalConfig } from './mcp-external.config.js';
import {
  HTTP_STATUS_BY_CODE,
  McpExternalException,
  ProviderNotFoundError,
  ProviderReadOnlyError,
  ProviderValidationError,
  SecretsKeyMissingError,
  type McpExternalError,
} from './mcp-external.errors.js';
import { McpExternalNotifier } from './mcp-external.notifier.js';
import { McpExternalRepository, type ProviderRow } from './mcp-external.repository.js';
import type { Breaker, BreakerState } from '../../common/resilience/breaker.js';
import { BreakerFactory } from './provider-breaker.js';
import {
  DEFAULT_BREAKER,
  maskAuth,
  maskUrl,
  type ProviderAuth,
  type ProviderDefinition,
  type ProviderSettings,
} from './provider.types.js';
import { DEFAULT_RETRY, RetryPolicy, runWithRetry } from '../../common/resilience/retry-policy.js';
import { SecretBox } from './secret-box.js';
import { GitHubAppTokenProvider, StaticTokenProvider, type TokenProvider } from './token-providers.js';

export const MCP_EXTERNAL_REQUESTS = 'mcp_external_requests_total';
export const MCP_EXTERNAL_LATENCY = 'mcp_external_request_latency_seconds';
/** 5 ms … 30 s, dense enough around typical API latencies to read p95 anywhere in that range. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30];

export type Operation = 'list_tools' | 'call_tool' | 'health';

export interface ProviderStatus {
  breaker: BreakerState;
  connected: boolean;
  transport: 'streamable-http' | 'sse' | null;
  lastError: (McpExternalError & { at: string }) | null;
  lastSuccessAt: string | null;
  auth?: Record<string, unknown>;
}

export interface ProviderView {
  name: string;
  providerType: string;
  baseUrl: string;
  source: 'database' | 'env';
  config: ProviderSettings;
  auth: Record<string, unknown>;
  breaker: { failureThreshold: number; resetTimeoutSec: number };
  retry: { maxAttempts: number; baseDelayMs: number; maxDelayMs: number };
  createdAt: string;
  updatedAt: string;
  status: ProviderStatus;
}

export interface ToolCallOutcome {
  provider: string;
  tool: string;
  result: CallToolResult;
  attempts: number;
  durationMs: number;
}

export interface CallOptions {
  /** This call may be retried even if the provider does not list the tool as idempotent. */
  idempotent?: boolean;
  /** Deadline for this call, capped at the provider's timeoutMs. */
  timeoutMs?: number;
  /** Record a domain audit entry (default true; the REST controller relies on the HTTP audit). */
  audit?: boolean;
}

interface Runtime {
  def: ProviderDefinition;
  /** The row it was built from (env provider: empty), to notice any change made by another replica. */
  rowKey: string;
  client: ExternalMcpClient;
  breaker: Breaker;
  tokenProvider?: TokenProvider;
  loadedAt: number;
  lastError: (McpExternalError & { at: string }) | null;
  lastSuccessAt: string | null;
}

interface StoredAuth {
  type: ProviderAuth['type'];
  appId?: string;
  installationId?: string;
  apiBaseUrl?: string;
  /** AES-256-GCM of `{ token }` or `{ privateKey }`. */
  sealed?: string;
}

const ENV_PROVIDER = 'github';

/**
 * Registry of external MCP providers (database rows plus `github` from env) and the one path every
 * call takes: lazy client → opossum breaker → retry policy → metrics → alerts/audit. Exported for the
 * MCP server module (`list_external_tools` / `call_external_tool`).
 */
@Injectable()
export class McpExternalService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('McpExternal');
  private readonly runtimes = new Map<string, Runtime>();
  private readonly box?: SecretBox;
  private readonly envDefinition?: ProviderDefinition;

  constructor(
    private readonly config: McpExternalConfig,
    private readonly repository: McpExternalRepository,
    private readonly breakers: BreakerFactory,
    private readonly notifier: McpExternalNotifier,
    private readonly audit: AuditService,
    private readonly readiness: ReadinessRegistry,
    private readonly outbound: OutboundHttp,
    @Inject(EXTERNAL_MCP_CLIENT_FACTORY) private readonly clientFactory: ExternalMcpClientFactory,
    @InjectMetric(MCP_EXTERNAL_REQUESTS) private readonly requests: Counter<string>,
    @InjectMetric(MCP_EXTERNAL_LATENCY) private readonly latency: Histogram<string>,
  ) {
    const key = config.secretsKey;
    if (key) this.box = new SecretBox(key);
    this.envDefinition = this.definitionFromEnv();
  }

  onModuleInit(): void {
    // Reports every provider's breaker; one external provider being down never fails readiness.
    this.readiness.register('mcp_external', async () => {
      const names = new Set<string>(this.runtimes.keys());
      try {
        for (const row of await this.repository.list()) names.add(row.name);
      } catch {
        // the database check reports that
      }
      if (this.envDefinition) names.add(ENV_PROVIDER);
      if (names.size === 0) return { state: 'not_configured' };
      const providers: Record<string, { breaker: BreakerState; connected: boolean }> = {};
      for (const name of [...names].sort()) {
        const rt = this.runtimes.get(name);
        providers[name] = {
          breaker: rt?.breaker.state ?? 'closed',
          connected: rt?.client.connected ?? false,
        };
      }
      const down = Object.entries(providers)
        .filter(([, p]) => p.breaker !== 'closed')
        .map(([n]) => n);
      return { state: down.length ? 'degraded' : 'ok', providers, ...(down.length ? { down } : {}) };
    });
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.runtimes.values()].map((rt) => this.dispose(rt)));
    this.runtimes.clear();
    this.outbound.close();
  }

  // ---------------------------------------------------------------- registry

  async upsertProvider(dto: UpsertProviderDto): Promise<{ created: boolean; provider: ProviderView }> {
    if (dto.name === ENV_PROVIDER && this.envDefinition) throw new ProviderReadOnlyError(dto.name);
    await this.assertUrl(dto.baseUrl, 'baseUrl');
    const auth = this.validateAuth(dto);
    if (auth.type === 'github_app' && auth.apiBaseUrl)
      await this.assertUrl(auth.apiBaseUrl, 'auth.apiBaseUrl');
    const retry = { ...DEFAULT_RETRY, ...(dto.retry ?? {}) };
    if (retry.maxDelayMs < retry.baseDelayMs)
      throw new ProviderValidationError('retry.maxDelayMs must be at least retry.baseDelayMs');
    const now = new Date().toISOString();
    const row: ProviderRow = {
      name: dto.name,
      provider_type: dto.providerType,
      base_url: dto.baseUrl,
      config: JSON.stringify({
        timeoutMs: dto.config?.timeoutMs ?? this.config.KLEPAAS_MCP_EXTERNAL_TIMEOUT_MS,
        idempotentTools: dto.config?.idempotentTools ?? [],
        transport: dto.config?.transport ?? 'auto',
      } satisfies ProviderSettings),
      auth: JSON.stringify(this.sealAuth(dto.name, auth)),
      breaker: JSON.stringify({ ...DEFAULT_BREAKER, ...(dto.breaker ?? {}) }),
      retry: JSON.stringify(retry),
      created_at: now,
      updated_at: now,
    };
    const existed = await this.repository.upsert(row);
    await this.invalidate(dto.name);
    this.logger.log({ provider: dto.name, replaced: existed }, `External MCP provider ${dto.name} saved`);
    return { created: !existed, provider: await this.getProvider(dto.name) };
  }

  async listProviders(): Promise<ProviderView[]> {
    const rows = await this.repository.list();
    const defs = rows
      .filter((r) => !(r.name === ENV_PROVIDER && this.envDefinition))
      .map((r) => this.fromRow(r, false));
    if (this.envDefinition) defs.push(this.envDefinition);
    return defs.sort((a, b) => a.name.localeCompare(b.name)).map((d) => this.view(d));
  }

  async getProvider(name: string): Promise<ProviderView> {
    if (name === ENV_PROVIDER && this.envDefinition) return this.view(this.envDefinition);
    const row = await this.repository.get(name);
    if (!row) throw new ProviderNotFoundError(name);
    return this.view(this.fromRow(row, false));
  }

  async deleteProvider(name: string): Promise<void> {
    if (name === ENV_PROVIDER && this.envDefinition) throw new ProviderReadOnlyError(name);
    if (!(await this.repository.delete(name))) throw new ProviderNotFoundError(name);
    await this.invalidate(name);
    this.breakers.forget(name);
  }

  // ---------------------------------------------------------------- calls

  async listTools(provider: string): Promise<Tool[]> {
    return this.execute(provider, 'list_tools', undefined, true, undefined, (client, timeoutMs) =>
      client.listTools({ timeoutMs }),
    ).then((r) => r.value);
  }

  async health(provider: string): Promise<ExternalHealth & { provider: string; breaker: BreakerState }> {
    const { value, runtime } = await this.execute(
      provider,
      'health',
      undefined,
      true,
      undefined,
      (client, timeoutMs) => client.health({ timeoutMs }),
    );
    return { provider, ...value, breaker: runtime.breaker.state };
  }

  async callTool(
    provider: string,
    tool: string,
    args: Record<string, unknown>,
    principal: Principal | null,
    options: CallOptions = {},
  ): Promise<ToolCallOutcome> {
    const started = Date.now();
    try {
      const { value, attempts } = await this.execute(
        provider,
        'call_tool',
        tool,
        (rt) =>
          options.idempotent === true ||
          rt.def.config.idempotentTools.includes('*') ||
          rt.def.config.idempotentTools.includes(tool),
        options.timeoutMs,
        async (client, timeoutMs, ctx) => {
          const result = await client.callTool(tool, args, { timeoutMs });
          if (result.isError) throw new McpExternalException(toolResultError(result, ctx));
          return result;
        },
      );
      const outcome = { provider, tool, result: value, attempts, durationMs: Date.now() - started };
      if (options.audit !== false) await this.auditCall(principal, outcome, null);
      return outcome;
    } catch (err) {
      if (options.audit !== false && err instanceof McpExternalException)
        await this.auditCall(
          principal,
          {
            provider,
            tool,
            attempts: Number(err.error.details?.attempts ?? 1),
            durationMs: Date.now() - started,
          },
          err.error,
          args,
        );
      throw err;
    }
  }

  /** Lazy client → breaker → retry; metrics, alerts and the provider's last error/success on the way out. */
  private async execute<T>(
    provider: string,
    operation: Operation,
    tool: string | undefined,
    idempotent: boolean | ((rt: Runtime) => boolean),
    timeoutMs: number | undefined,
    fn: (client: ExternalMcpClient, timeoutMs: number, ctx: MappingContext) => Promise<T>,
  ): Promise<{ value: T; attempts: number; runtime: Runtime }> {
    const rt = await this.resolve(provider);
    const ctx: MappingContext = { provider, operation, tool };
    const started = Date.now();
    const budget = Math.min(timeoutMs ?? rt.def.config.timeoutMs, rt.def.config.timeoutMs);
    const outcome = await runWithRetry(
      new RetryPolicy(rt.def.retry),
      (_attempt, remainingMs) =>
        rt.breaker.fire(async () => {
          try {
            return await fn(rt.client, remainingMs, ctx);
          } catch (err) {
            const mapped = toMcpExternalError(err, ctx);
            if (needsReconnect(mapped)) void rt.client.close();
            throw new McpExternalException(mapped);
          }
        }),
      {
        idempotent: typeof idempotent === 'function' ? idempotent(rt) : idempotent,
        deadline: started + budget,
        toError: (err) => toMcpExternalError(err, ctx),
        onRetry: ({ attempt, delayMs, error }) =>
          this.logger.debug({ provider, operation, tool, attempt, delayMs, code: error.code }, 'retrying'),
      },
    );
    const seconds = (Date.now() - started) / 1000;
    this.latency.observe({ provider, operation }, seconds);
    if (outcome.ok) {
      this.requests.inc({ provider, operation, result: 'success' });
      rt.lastSuccessAt = new Date().toISOString();
      return { value: outcome.value as T, attempts: outcome.attempts, runtime: rt };
    }
    const error: McpExternalError = {
      ...outcome.error!,
      details: { ...outcome.error!.details, attempts: outcome.attempts },
    };
    this.requests.inc({ provider, operation, result: error.code });
    rt.lastError = { ...error, at: new Date().toISOString() };
    this.notifier.errorOccurred(provider, tool ? `${operation} ${tool}` : operation, error);
    throw new McpExternalException(error);
  }

  private async auditCall(
    principal: Principal | null,
    o: { provider: string; tool: string; attempts: number; durationMs: number },
    error: McpExternalError | null,
    args?: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.record({
      userId: principal?.userId ?? null,
      action: 'mcp.external.call_tool',
      resource: `mcp-external/${o.provider}/${o.tool}`,
      status: error ? HTTP_STATUS_BY_CODE[error.code] : 200,
      details: {
        provider: o.provider,
        tool: o.tool,
        attempts: o.attempts,
        durationMs: o.durationMs,
        ...(args ? { arguments: args } : {}),
        ...(error ? { error: error.code, message: error.message } : {}),
      },
    });
  }

  // ---------------------------------------------------------------- runtime

  /** The provider's runtime, built on first use and rebuilt when its row changed (other replicas too). */
  private async resolve(name: string): Promise<Runtime> {
    const cached = this.runtimes.get(name);
    if (name === ENV_PROVIDER && this.envDefinition) {
      if (cached) return cached;
      return this.install(this.envDefinition);
    }
    if (cached && Date.now() - cached.loadedAt < this.config.KLEPAAS_MCP_REGISTRY_REFRESH_MS) return cached;
    const row = await this.repository.get(name);
    const current = this.runtimes.get(name);
    if (!row) {
      if (current) await this.invalidate(name);
      throw new ProviderNotFoundError(name);
    }
    const rowKey = JSON.stringify(row);
    if (current && current.rowKey === rowKey) {
      current.loadedAt = Date.now();
      return current;
    }
    if (current) await this.invalidate(name);
    const def = this.fromRow(row, true);
    // Re-validate at connect time: DNS may have changed since the provider was registered.
    await this.assertUrl(def.baseUrl, 'baseUrl');
    return this.runtimes.get(name) ?? this.install(def, rowKey);
  }

  private install(def: ProviderDefinition, rowKey = ''): Runtime {
    const tokenProvider = this.tokenProviderFor(def.auth);
    const rt: Runtime = {
      def,
      rowKey,
      tokenProvider,
      client: this.clientFactory({
        provider: def.name,
        url: new URL(def.baseUrl),
        transport: def.config.transport,
        tokenProvider,
        fetch: this.outbound.fetch,
      }),
      breaker: this.breakers.create(def.name, def.breaker),
      loadedAt: Date.now(),
      lastError: null,
      lastSuccessAt: null,
    };
    this.runtimes.set(def.name, rt);
    return rt;
  }

  private async invalidate(name: string): Promise<void> {
    const rt = this.runtimes.get(name);
    if (!rt) return;
    this.runtimes.delete(name);
    await this.dispose(rt);
  }

  private async dispose(rt: Runtime): Promise<void> {
    rt.breaker.shutdown();
    await rt.client.close().catch(() => undefined);
  }

  private tokenProviderFor(auth: ProviderAuth): TokenProvider | undefined {
    if (auth.type === 'bearer') return new StaticTokenProvider(auth.token);
    if (auth.type === 'github_app')
      return new GitHubAppTokenProvider(this.outbound.fetch, {
        appId: auth.appId,
        privateKey: auth.privateKey,
        installationId: auth.installationId,
        apiBaseUrl: auth.apiBaseUrl ?? this.config.KLEPAAS_GITHUB_API_URL,
        refreshMarginSec: this.config.KLEPAAS_GITHUB_TOKEN_REFRESH_MARGIN_SEC,
      });
    return undefined;
  }

  // ---------------------------------------------------------------- helpers

  private async assertUrl(raw: string, field: string): Promise<void> {
    const check = await this.outbound.policy.check(raw);
    if (!check.ok)
      throw new ProviderValidationError(`${field} refused: ${check.reason}`, {
        field,
        reason: check.reason,
        hint: 'Private, loopback and link-local hosts need an entry in KLEPAAS_MCP_ALLOWED_HOSTS',
      });
  }

  private validateAuth(dto: UpsertProviderDto): ProviderAuth {
    const a = dto.auth;
    if (!a || a.type === 'none') return { type: 'none' };
    if (a.type === 'bearer') {
      if (!a.token) throw new ProviderValidationError('auth.token is required for bearer auth');
      return { type: 'bearer', token: a.token };
    }
    if (!a.appId || !a.privateKey || !a.installationId)
      throw new ProviderValidationError(
        'github_app auth needs auth.appId, auth.privateKey and auth.installationId',
      );
    if (!/-----BEGIN (RSA )?PRIVATE KEY-----/.test(a.privateKey))
      throw new ProviderValidationError('auth.privateKey must be a PEM private key');
    return {
      type: 'github_app',
      appId: a.appId,
      privateKey: a.privateKey,
      installationId: a.installationId,
      ...(a.apiBaseUrl ? { apiBaseUrl: a.apiBaseUrl } : {}),
    };
  }

  private sealAuth(name: string, auth: ProviderAuth): StoredAuth {
    if (auth.type === 'none') return { type: 'none' };
    if (!this.box) throw new SecretsKeyMissingError();
    if (auth.type === 'bearer')
      return { type: 'bearer', sealed: this.box.seal(JSON.stringify({ token: auth.token }), name) };
    return {
      type: 'github_app',
      appId: auth.appId,
      installationId: auth.installationId,
      ...(auth.apiBaseUrl ? { apiBaseUrl: auth.apiBaseUrl } : {}),
      sealed: this.box.seal(JSON.stringify({ privateKey: auth.privateKey }), name),
    };
  }

  /** Row → definition; secrets are decrypted only when `withSecrets` (to build a client). */
  private fromRow(row: ProviderRow, withSecrets: boolean): ProviderDefinition {
    const stored = JSON.parse(row.auth) as StoredAuth;
    let secrets: { token?: string; privateKey?: string } = {};
    if (withSecrets && stored.sealed) {
      if (!this.box)
        throw new McpExternalException({
          code: 'unauthorized',
          message: `Provider ${row.name} has encrypted credentials but KLEPAAS_SECRETS_KEY is not set`,
          details: { provider: row.name, source: 'auth' },
        });
      try {
        secrets = JSON.parse(this.box.open(stored.sealed, row.name)) as typeof secrets;
      } catch {
        throw new McpExternalException({
          code: 'unauthorized',
          message: `Provider ${row.name}: stored credentials cannot be decrypted with KLEPAAS_SECRETS_KEY`,
          details: { provider: row.name, source: 'auth' },
        });
      }
    }
    const auth: ProviderAuth =
      stored.type === 'bearer'
        ? { type: 'bearer', token: secrets.token ?? '' }
        : stored.type === 'github_app'
          ? {
              type: 'github_app',
              appId: stored.appId ?? '',
              installationId: stored.installationId ?? '',
              privateKey: secrets.privateKey ?? '',
              ...(stored.apiBaseUrl ? { apiBaseUrl: stored.apiBaseUrl } : {}),
            }
          : { type: 'none' };
    return {
      name: row.name,
      providerType: row.provider_type as ProviderDefinition['providerType'],
      baseUrl: row.base_url,
      config: JSON.parse(row.config) as ProviderSettings,
      auth,
      breaker: JSON.parse(row.breaker) as ProviderDefinition['breaker'],
      retry: JSON.parse(row.retry) as ProviderDefinition['retry'],
      source: 'database',
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  private definitionFromEnv(): ProviderDefinition | undefined {
    const c = this.config;
    if (!c.KLEPAAS_GITHUB_MCP_URL) return undefined;
    const auth: ProviderAuth =
      c.KLEPAAS_GITHUB_APP_ID && c.githubPrivateKey && c.KLEPAAS_GITHUB_APP_INSTALLATION_ID
        ? {
            type: 'github_app',
            appId: c.KLEPAAS_GITHUB_APP_ID,
            privateKey: c.githubPrivateKey,
            installationId: c.KLEPAAS_GITHUB_APP_INSTALLATION_ID,
            apiBaseUrl: c.KLEPAAS_GITHUB_API_URL,
          }
        : { type: 'bearer', token: c.KLEPAAS_GITHUB_TOKEN ?? '' };
    const now = new Date().toISOString();
    return {
      name: ENV_PROVIDER,
      providerType: 'github',
      baseUrl: c.KLEPAAS_GITHUB_MCP_URL,
      config: { timeoutMs: c.KLEPAAS_MCP_EXTERNAL_TIMEOUT_MS, idempotentTools: [], transport: 'auto' },
      auth,
      breaker: { ...DEFAULT_BREAKER },
      retry: { ...DEFAULT_RETRY },
      source: 'env',
      createdAt: now,
      updatedAt: now,
    };
  }

  private view(def: ProviderDefinition): ProviderView {
    const rt = this.runtimes.get(def.name);
    const live = rt && rt.def.updatedAt === def.updatedAt ? rt : undefined;
    return {
      name: def.name,
      providerType: def.providerType,
      baseUrl: maskUrl(def.baseUrl),
      source: def.source,
      config: def.config,
      auth: maskAuth(def.auth),
      breaker: def.breaker,
      retry: def.retry,
      createdAt: def.createdAt,
      updatedAt: def.updatedAt,
      status: {
        breaker: live?.breaker.state ?? 'closed',
        connected: live?.client.connected ?? false,
        transport: live?.client.transport ?? null,
        lastError: live?.lastError ?? null,
        lastSuccessAt: live?.lastSuccessAt ?? null,
        ...(live?.tokenProvider ? { auth: live.tokenProvider.describe() } : {}),
      },
    };
  }
}
