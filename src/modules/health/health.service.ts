import { Injectable } from '@nestjs/common';
import { HealthCheckService, HealthIndicatorService, type HealthCheckResult } from '@nestjs/terminus';
import { ServiceUnavailableError } from '../../common/errors/app-error.js';
import { AppConfig } from '../../config/app.config.js';
import { ReadinessRegistry } from './readiness.registry.js';
import { readPackageVersion } from './version.js';

const CHECK_TIMEOUT_MS = 3000;

export interface VersionInfo {
  name: string;
  version: string;
  gitSha: string | null;
  buildTime: string | null;
  node: string;
}

@Injectable()
export class HealthService {
  private readonly versionInfo: VersionInfo;

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly registry: ReadinessRegistry,
    config: AppConfig,
  ) {
    this.versionInfo = {
      ...readPackageVersion(),
      gitSha: config.KLEPAAS_GIT_SHA ?? null,
      buildTime: config.KLEPAAS_BUILD_TIME ?? null,
      node: process.versions.node,
    };
  }

  version(): VersionInfo {
    return this.versionInfo;
  }

  /** Runs every registered check (bounded by a timeout); 503 `not_ready` naming the failing ones. */
  async readiness(): Promise<HealthCheckResult> {
    if (this.registry.isDraining) {
      throw new ServiceUnavailableError('not_ready', 'Shutting down', {
        shutdown: { status: 'down', message: 'draining' },
      });
    }
    const indicators = this.registry.entries().map(([name, check]) => async () => {
      const indicator = this.indicators.check(name);
      try {
        const details = await Promise.race([
          check(),
          new Promise<never>((_, reject) =>
            setTimeout(
              () => reject(new Error(`timed out after ${CHECK_TIMEOUT_MS} ms`)),
              CHECK_TIMEOUT_MS,
            ).unref(),
          ),
        ]);
        return indicator.up(details);
      } catch (err) {
        return indicator.down({ message: err instanceof Error ? err.message : String(err) });
      }
    });
    try {
      return await this.health.check(indicators);
    } catch (err) {
      const body = (err as { getResponse?: () => HealthCheckResult }).getResponse?.();
      const failing = Object.keys(body?.error ?? {});
      throw new ServiceUnavailableError(
        'not_ready',
        `Not ready: ${failing.join(', ') || 'unknown'}`,
        body?.details,
      );
    }
  }
}
