import { Injectable } from '@nestjs/common';
import { DEFAULT_RETRY } from '../../common/resilience/retry-policy.js';
import type { UpsertProviderDto } from './dto/provider.dto.js';
import { McpExternalConfig } from './mcp-external.config.js';
import {
  McpExternalException,
  ProviderValidationError,
  SecretsKeyMissingError,
} from './mcp-external.errors.js';
import type { ProviderRow } from './mcp-external.repository.js';
import {
  DEFAULT_BREAKER,
  type ProviderAuth,
  type ProviderDefinition,
  type ProviderSettings,
} from './provider.types.js';
import { SecretBox } from './secret-box.js';

/** The provider configured from KLEPAAS_GITHUB_* variables: read-only through the API. */
export const ENV_PROVIDER = 'github';

/** A provider's auth as stored: identifiers in clear, secrets sealed. */
export interface StoredAuth {
  type: ProviderAuth['type'];
  appId?: string;
  installationId?: string;
  apiBaseUrl?: string;
  /** AES-256-GCM of `{ token }` or `{ privateKey }`, bound to the provider's name. */
  sealed?: string;
}

/**
 * Provider credentials: checks what a caller sends, seals secrets with KLEPAAS_SECRETS_KEY before they reach the
 * database, and opens them only to build a client. Also the read-only `github` provider from the environment.
 */
@Injectable()
export class ProviderCredentials {
  private readonly box?: SecretBox;
  /** The env-configured provider, when KLEPAAS_GITHUB_MCP_URL is set. */
  readonly envDefinition?: ProviderDefinition;

  constructor(private readonly config: McpExternalConfig) {
    const key = config.secretsKey;
    if (key) this.box = new SecretBox(key);
    this.envDefinition = this.definitionFromEnv();
  }

  isEnvProvider(name: string): boolean {
    return name === ENV_PROVIDER && this.envDefinition !== undefined;
  }

  validate(dto: UpsertProviderDto): ProviderAuth {
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

  seal(name: string, auth: ProviderAuth): StoredAuth {
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
  definitionOf(row: ProviderRow, withSecrets: boolean): ProviderDefinition {
    const stored = JSON.parse(row.auth) as StoredAuth;
    const secrets = withSecrets && stored.sealed ? this.open(row.name, stored.sealed) : {};
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

  private open(name: string, sealed: string): { token?: string; privateKey?: string } {
    if (!this.box)
      throw new McpExternalException({
        code: 'unauthorized',
        message: `Provider ${name} has encrypted credentials but KLEPAAS_SECRETS_KEY is not set`,
        details: { provider: name, source: 'auth' },
      });
    try {
      return JSON.parse(this.box.open(sealed, name)) as { token?: string; privateKey?: string };
    } catch {
      throw new McpExternalException({
        code: 'unauthorized',
        message: `Provider ${name}: stored credentials cannot be decrypted with KLEPAAS_SECRETS_KEY`,
        details: { provider: name, source: 'auth' },
      });
    }
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
}
