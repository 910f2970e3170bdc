import { Logger } from '@nestjs/common';
import { createAppAuth } from '@octokit/auth-app';
import { request } from '@octokit/request';
import { externalError, McpExternalException } from './mcp-external.errors.js';
import type { FetchFn } from '../../common/outbound/guarded-fetch.js';
import { OutboundRefusedError } from '../../common/outbound/outbound-refused.error.js';
import { codeForHttpStatus, isOutboundRefusal, networkCodeOf } from './error-mapping.js';

/** Supplies the Authorization bearer for each outgoing request, so refreshed tokens are picked up. */
export interface TokenProvider {
  getToken(): Promise<string | undefined>;
  describe(): Record<string, unknown>;
}

export class StaticTokenProvider implements TokenProvider {
  constructor(private readonly token: string) {}
  async getToken(): Promise<string> {
    return this.token;
  }
  describe(): Record<string, unknown> {
    return { kind: 'static' };
  }
}

export interface GitHubAppCredentials {
  appId: string;
  privateKey: string;
  installationId: string;
  /** https://api.github.com, https://HOST/api/v3 for GitHub Enterprise, or a local fake in tests. */
  apiBaseUrl: string;
  /** Refresh this many seconds before the token's `expires_at`. */
  refreshMarginSec: number;
}

/**
 * GitHub App → installation access token through @octokit/auth-app. auth-app caches installation
 * tokens in an LRU with a fixed 59-minute TTL and does not look at `expires_at`; so this class keeps
 * the token and its expiry itself and asks auth-app for a fresh one (`refresh: true`) once it is within
 * `refreshMarginSec` of expiring. Concurrent callers share one refresh.
 */
export class GitHubAppTokenProvider implements TokenProvider {
  private readonly logger = new Logger('GitHubAppAuth');
  private readonly auth: ReturnType<typeof createAppAuth>;
  private current?: { token: string; expiresAt: number };
  private pending?: Promise<string>;
  private refreshes = 0;

  constructor(
    fetch: FetchFn,
    private readonly creds: GitHubAppCredentials,
    private readonly now: () => number = Date.now,
  ) {
    this.auth = createAppAuth({
      appId: creds.appId,
      privateKey: creds.privateKey,
      installationId: creds.installationId,
      // The token exchange goes through the guarded fetch like every other call made for a provider.
      request: request.defaults({ baseUrl: creds.apiBaseUrl.replace(/\/+$/, ''), request: { fetch } }),
    });
  }

  async getToken(): Promise<string> {
    const c = this.current;
    if (c && this.now() < c.expiresAt - this.creds.refreshMarginSec * 1000) return c.token;
    this.pending ??= this.refresh().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async refresh(): Promise<string> {
    try {
      const result = await this.auth({ type: 'installation', refresh: true });
      const expiresAt = Date.parse(result.expiresAt);
      this.current = {
        token: result.token,
        expiresAt: Number.isNaN(expiresAt) ? this.now() + 3_300_000 : expiresAt,
      };
      this.refreshes++;
      this.logger.log(
        { installationId: this.creds.installationId, expiresAt: result.expiresAt, refreshes: this.refreshes },
        'GitHub installation token obtained',
      );
      return result.token;
    } catch (err) {
      throw toAuthError(err);
    }
  }

  describe(): Record<string, unknown> {
    return {
      kind: 'github_app',
      tokenExpiresAt: this.current ? new Date(this.current.expiresAt).toISOString() : null,
      refreshes: this.refreshes,
    };
  }
}

function toAuthError(err: unknown): McpExternalException {
  if (err instanceof McpExternalException) return err;
  if (isOutboundRefusal(err))
    return externalError('forbidden', `GitHub App authentication failed: ${OutboundRefusedError.MESSAGE}`, {
      details: { source: 'auth', reason: 'outbound_refused' },
    });
  const status = (err as { status?: unknown }).status;
  // octokit reports a request that never got an answer as status 500 without `response`: not an HTTP error.
  const answered = (err as { response?: unknown }).response !== undefined;
  if (answered && typeof status === 'number' && status >= 400) {
    const code = codeForHttpStatus(status);
    return externalError(
      code === 'bad_request' || code === 'not_found' ? 'unauthorized' : code,
      `GitHub App authentication failed: HTTP ${status}`,
      {
        details: { source: 'auth', httpStatus: status },
      },
    );
  }
  const net = networkCodeOf(err);
  if (net || err instanceof TypeError || typeof status === 'number')
    return externalError('unavailable', `GitHub App authentication failed: ${net ?? 'network error'}`, {
      details: { source: 'auth', ...(net ? { networkCode: net } : {}) },
    });
  // No HTTP answer and no network error: the app credentials themselves are unusable (bad PEM, …).
  return externalError('unauthorized', 'GitHub App authentication failed: invalid app credentials', {
    details: { source: 'auth' },
  });
}
