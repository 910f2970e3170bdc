import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { OutboundHttp } from '../../common/outbound/outbound-http.js';
import type { Breaker } from '../../common/resilience/breaker.js';
import {
  EXTERNAL_MCP_CLIENT_FACTORY,
  type ExternalMcpClient,
  type ExternalMcpClientFactory,
} from './external-mcp-client.js';
import { McpExternalConfig } from './mcp-external.config.js';
import {
  ProviderNotFoundError,
  ProviderValidationError,
  type McpExternalError,
} from './mcp-external.errors.js';
import { McpExternalRepository } from './mcp-external.repository.js';
import { BreakerFactory } from './provider-breaker.js';
import { ProviderCredentials } from './provider-credentials.js';
import type { ProviderAuth, ProviderDefinition } from './provider.types.js';
import { GitHubAppTokenProvider, StaticTokenProvider, type TokenProvider } from './token-providers.js';

/** A provider ready to call: its client, breaker and token source, and how its last calls went. */
export interface Runtime {
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

/**
 * The runtime cache: one client + breaker per provider, built on first use and rebuilt when the provider's row
 * changed (on any replica; checked at most every KLEPAAS_MCP_REGISTRY_REFRESH_MS).
 */
@Injectable()
export class ProviderRuntimes implements OnModuleDestroy {
  private readonly runtimes = new Map<string, Runtime>();

  constructor(
    private readonly config: McpExternalConfig,
    private readonly repository: McpExternalRepository,
    private readonly credentials: ProviderCredentials,
    private readonly breakers: BreakerFactory,
    private readonly outbound: OutboundHttp,
    @Inject(EXTERNAL_MCP_CLIENT_FACTORY) private readonly clientFactory: ExternalMcpClientFactory,
  ) {}

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.runtimes.values()].map((rt) => this.dispose(rt)));
    this.runtimes.clear();
    this.outbound.close();
  }

  /** The runtime built so far, if any (no database read). */
  peek(name: string): Runtime | undefined {
    return this.runtimes.get(name);
  }

  names(): string[] {
    return [...this.runtimes.keys()];
  }

  /** The provider's runtime, built on first use and rebuilt when its row changed (other replicas too). */
  async resolve(name: string): Promise<Runtime> {
    const cached = this.runtimes.get(name);
    const env = this.credentials.envDefinition;
    if (env && this.credentials.isEnvProvider(name)) return cached ?? this.install(env);
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
    const def = this.credentials.definitionOf(row, true);
    // Re-validate at connect time: DNS may have changed since the provider was registered.
    await this.assertAllowed(def.baseUrl, 'baseUrl');
    return this.runtimes.get(name) ?? this.install(def, rowKey);
  }

  async invalidate(name: string): Promise<void> {
    const rt = this.runtimes.get(name);
    if (!rt) return;
    this.runtimes.delete(name);
    await this.dispose(rt);
  }

  /** A provider URL the outbound policy refuses is a 400 naming the field, with the way to allow it. */
  async assertAllowed(raw: string, field: string): Promise<void> {
    const check = await this.outbound.policy.check(raw);
    if (!check.ok)
      throw new ProviderValidationError(`${field} refused: ${check.reason}`, {
        field,
        reason: check.reason,
        hint: 'Private, loopback and link-local hosts need an entry in KLEPAAS_MCP_ALLOWED_HOSTS',
      });
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
}
