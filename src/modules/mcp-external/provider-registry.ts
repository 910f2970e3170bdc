import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { BreakerState } from '../../common/resilience/breaker.js';
import { DEFAULT_RETRY } from '../../common/resilience/retry-policy.js';
import { ReadinessRegistry } from '../../common/readiness/readiness.registry.js';
import type { UpsertProviderDto } from './dto/provider.dto.js';
import { McpExternalConfig } from './mcp-external.config.js';
import {
  ProviderNotFoundError,
  ProviderReadOnlyError,
  ProviderValidationError,
  type McpExternalError,
} from './mcp-external.errors.js';
import { McpExternalRepository, type ProviderRow } from './mcp-external.repository.js';
import { BreakerFactory } from './provider-breaker.js';
import { ENV_PROVIDER, ProviderCredentials } from './provider-credentials.js';
import { ProviderRuntimes } from './provider-runtimes.js';
import {
  DEFAULT_BREAKER,
  maskAuth,
  maskUrl,
  type ProviderDefinition,
  type ProviderSettings,
} from './provider.types.js';

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

/**
 * The registry of external MCP providers: database rows plus `github` from the environment. Saves, lists and
 * deletes them (secrets sealed, shown masked), and reports every provider's breaker in readiness.
 */
@Injectable()
export class ProviderRegistry implements OnModuleInit {
  private readonly logger = new Logger('McpExternal');

  constructor(
    private readonly config: McpExternalConfig,
    private readonly repository: McpExternalRepository,
    private readonly credentials: ProviderCredentials,
    private readonly runtimes: ProviderRuntimes,
    private readonly breakers: BreakerFactory,
    private readonly readiness: ReadinessRegistry,
  ) {}

  onModuleInit(): void {
    // Reports every provider's breaker; one external provider being down never fails readiness.
    this.readiness.register('mcp_external', async () => {
      const names = new Set<string>(this.runtimes.names());
      try {
        for (const row of await this.repository.list()) names.add(row.name);
      } catch {
        // the database check reports that
      }
      if (this.credentials.envDefinition) names.add(ENV_PROVIDER);
      if (names.size === 0) return { state: 'not_configured' };
      const providers: Record<string, { breaker: BreakerState; connected: boolean }> = {};
      for (const name of [...names].sort()) {
        const rt = this.runtimes.peek(name);
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

  async upsert(dto: UpsertProviderDto): Promise<{ created: boolean; provider: ProviderView }> {
    if (this.credentials.isEnvProvider(dto.name)) throw new ProviderReadOnlyError(dto.name);
    await this.runtimes.assertAllowed(dto.baseUrl, 'baseUrl');
    const auth = this.credentials.validate(dto);
    if (auth.type === 'github_app' && auth.apiBaseUrl)
      await this.runtimes.assertAllowed(auth.apiBaseUrl, 'auth.apiBaseUrl');
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
      auth: JSON.stringify(this.credentials.seal(dto.name, auth)),
      breaker: JSON.stringify({ ...DEFAULT_BREAKER, ...(dto.breaker ?? {}) }),
      retry: JSON.stringify(retry),
      created_at: now,
      updated_at: now,
    };
    const existed = await this.repository.upsert(row);
    await this.runtimes.invalidate(dto.name);
    this.logger.log({ provider: dto.name, replaced: existed }, `External MCP provider ${dto.name} saved`);
    return { created: !existed, provider: await this.get(dto.name) };
  }

  async list(): Promise<ProviderView[]> {
    const rows = await this.repository.list();
    const defs = rows
      .filter((r) => !this.credentials.isEnvProvider(r.name))
      .map((r) => this.credentials.definitionOf(r, false));
    if (this.credentials.envDefinition) defs.push(this.credentials.envDefinition);
    return defs.sort((a, b) => a.name.localeCompare(b.name)).map((d) => this.view(d));
  }

  async get(name: string): Promise<ProviderView> {
    const env = this.credentials.envDefinition;
    if (env && this.credentials.isEnvProvider(name)) return this.view(env);
    const row = await this.repository.get(name);
    if (!row) throw new ProviderNotFoundError(name);
    return this.view(this.credentials.definitionOf(row, false));
  }

  async delete(name: string): Promise<void> {
    if (this.credentials.isEnvProvider(name)) throw new ProviderReadOnlyError(name);
    if (!(await this.repository.delete(name))) throw new ProviderNotFoundError(name);
    await this.runtimes.invalidate(name);
    this.breakers.forget(name);
  }

  /** What the API shows: secrets masked, live status only from a runtime built for this very version. */
  private view(def: ProviderDefinition): ProviderView {
    const rt = this.runtimes.peek(def.name);
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
