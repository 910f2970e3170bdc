import { maskSecretsInText } from '../../common/security/redact.js';
import type { BreakerSettings } from '../../common/resilience/breaker.js';
import type { RetryOptions } from '../../common/resilience/retry-policy.js';

export const PROVIDER_TYPES = ['github', 'generic'] as const;
export type ProviderType = (typeof PROVIDER_TYPES)[number];
export const AUTH_TYPES = ['none', 'bearer', 'github_app'] as const;
export const TRANSPORTS = ['auto', 'streamable-http', 'sse'] as const;
export type TransportPreference = (typeof TRANSPORTS)[number];

/** Credentials of a provider. `token` and `privateKey` are secrets: encrypted at rest, masked on read. */
export type ProviderAuth =
  | { type: 'none' }
  | { type: 'bearer'; token: string }
  | { type: 'github_app'; appId: string; privateKey: string; installationId: string; apiBaseUrl?: string };

export type { BreakerSettings };

export interface ProviderSettings {
  /** Overall deadline of one call, retries included. */
  timeoutMs: number;
  /** Tools that may be retried (`*` = all); other tools/call requests are retried only when the call says so. */
  idempotentTools: string[];
  transport: TransportPreference;
}

export interface ProviderDefinition {
  name: string;
  providerType: ProviderType;
  baseUrl: string;
  config: ProviderSettings;
  auth: ProviderAuth;
  breaker: BreakerSettings;
  retry: RetryOptions;
  source: 'database' | 'env';
  createdAt: string;
  updatedAt: string;
}

export const DEFAULT_BREAKER: BreakerSettings = { failureThreshold: 5, resetTimeoutSec: 30 };

export const MASK = '********';

/** A provider URL as shown back: a secret in its query string (`?access_token=…`) is masked, the rest kept. */
export const maskUrl = (url: string): string => maskSecretsInText(url, MASK);

/** The auth block as GET shows it: secrets replaced by a mask. */
export function maskAuth(auth: ProviderAuth): Record<string, unknown> {
  switch (auth.type) {
    case 'bearer':
      return { type: 'bearer', token: MASK };
    case 'github_app':
      return {
        type: 'github_app',
        appId: auth.appId,
        installationId: auth.installationId,
        ...(auth.apiBaseUrl ? { apiBaseUrl: maskUrl(auth.apiBaseUrl) } : {}),
        privateKey: MASK,
      };
    default:
      return { type: 'none' };
  }
}
