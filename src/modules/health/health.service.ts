import { Injectable } from '@nestjs/common';
import { HealthCheckService, HealthIndicatorService, type HealthCheckResult } from '@nestjs/terminus';
import { ServiceUnavailableError } from '../../common/errors/app-error.js';
import { AppConfig } from '../../config/app.config.js';
import { ReadinessRegistry } from './readiness.registry.js';
import { readPackageVersion } from './version.js';

const CHECK_TIMEOUT_MS = 3000;
/**
 * Probes, load balancers and dashboards ask often: one round of checks answers everyone asking within
 * this window (concurrent askers share the round in flight), so a burst of probes never becomes a
 * burst of database and Redis pings.
 */
const RESULT_TTL_MS = 250;

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
  private latest?: { at: number; outcome: Promise<HealthCheckResult> };

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

  /** Every registered check (bounded by a timeout); 503 `not_ready` naming the failing ones. */
  async readiness(): Promise<HealthCheckResult> {
    if (this.registry.isDraining) {
      throw new ServiceUnavailableError('not_ready', 'Shutting down', {
        shutdown: { status: 'down', message: 'draining' },
      });
    }
    const now = Date.now();
    if (!this.latest || now - this.latest.at >= RESULT_TTL_MS) {
      const outcome = this.runChecks();
      outcome.catch(() => undefined); // each caller observes it below
      this.latest = { at: now, outcome };
    }
    return this.latest.outcome;
  }

  private async runChecks(): Promise<HealthCheckResult> {
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
