import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Gauge } from 'prom-client';
import { ServiceUnavailableError } from '../../common/errors/app-error.js';
import { AppConfig } from '../../config/app.config.js';
import {
  ReadinessRegistry,
  type CheckKind,
  type ReadinessCheck,
} from '../../common/readiness/readiness.registry.js';
import { readPackageVersion } from '../../common/version.js';

export const DEPENDENCY_DEGRADED = 'klepaas_dependency_degraded';

const CHECK_TIMEOUT_MS = 3000;
/**
 * Probes, load balancers and dashboards ask often: one round of checks answers everyone asking within
 * this window (concurrent askers share the round in flight), so a burst of probes never becomes a
 * burst of database and Redis pings.
 */
const RESULT_TTL_MS = 250;
/** How often the dependency checks run by themselves, so the degraded gauge is fresh between /health calls. */
const DEPENDENCY_REFRESH_MS = 15_000;

export type CheckStatus = 'up' | 'down' | 'degraded';
export type CheckReport = { status: CheckStatus } & Record<string, unknown>;

/**
 * `/readyz` and `/api/v1/health`. `status` is `ok`, or `degraded` when a dependency is down (still 200);
 * a required check down answers 503 `not_ready` instead. `info` holds the checks that pass, `degraded`
 * the dependencies that do not, `error` the required checks that do not, `details` all of them.
 */
export interface HealthReport {
  status: 'ok' | 'degraded';
  info: Record<string, CheckReport>;
  degraded: Record<string, CheckReport>;
  error: Record<string, CheckReport>;
  details: Record<string, CheckReport>;
}

export interface VersionInfo {
  name: string;
  version: string;
  gitSha: string | null;
  buildTime: string | null;
  node: string;
}

/** One round of checks; `settled` holds its results once they are in (read without awaiting). */
type Round = {
  at: number;
  outcome: Promise<Record<string, CheckReport>>;
  settled?: Record<string, CheckReport>;
};
type Results = Record<string, CheckReport>;
const NO_DEPENDENCIES: Results = Object.freeze({});

@Injectable()
export class HealthService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly versionInfo: VersionInfo;
  private readonly latest = new Map<CheckKind, Round>();
  /** The last report and the rounds it was built from: every probe answered from one round shares it. */
  private lastReport?: { required: Results; dependencies: Results; report: HealthReport };
  private started = false;
  private refresh?: NodeJS.Timeout;

  constructor(
    private readonly registry: ReadinessRegistry,
    config: AppConfig,
    @InjectMetric(DEPENDENCY_DEGRADED) private readonly degradedGauge: Gauge<string>,
  ) {
    this.versionInfo = {
      ...readPackageVersion(),
      gitSha: config.KLEPAAS_GIT_SHA ?? null,
      buildTime: config.KLEPAAS_BUILD_TIME ?? null,
      node: process.versions.node,
    };
    // The process's own start-up: every module initialised and bootstrapped.
    registry.register(
      'startup',
      async () => {
        if (!this.started) throw new Error('starting');
        return { uptimeSeconds: Math.round(process.uptime()) };
      },
      'required',
    );
  }

  onApplicationBootstrap(): void {
    this.started = true;
    this.refresh = setInterval(
      () => void this.run('dependency').catch(() => undefined),
      DEPENDENCY_REFRESH_MS,
    );
    this.refresh.unref();
    void this.run('dependency').catch(() => undefined);
  }

  onModuleDestroy(): void {
    if (this.refresh) clearInterval(this.refresh);
  }

  version(): VersionInfo {
    return this.versionInfo;
  }

  /**
   * Readiness: only what this process needs to serve — its database, its start-up, not draining. A
   * dependency being down (the cluster, Redis, …) never takes the replica out of the Service.
   */
  async readiness(): Promise<HealthReport> {
    this.refuseWhileDraining();
    return this.report(await this.run('required'), NO_DEPENDENCIES);
  }

  /**
   * Every check: required ones decide 200 or 503; dependencies that are down show as `degraded`. Answered
   * without a promise when both rounds are fresh and in (most probes: a round serves RESULT_TTL_MS).
   */
  overall(): Promise<HealthReport> | HealthReport {
    this.refuseWhileDraining();
    const required = this.fresh('required');
    const dependencies = this.fresh('dependency');
    if (required?.settled && dependencies?.settled)
      return this.report(required.settled, dependencies.settled);
    return Promise.all([this.run('required'), this.run('dependency')]).then(([req, deps]) =>
      this.report(req, deps),
    );
  }

  private refuseWhileDraining(): void {
    if (this.registry.isDraining) {
      throw new ServiceUnavailableError('not_ready', 'Shutting down', {
        shutdown: { status: 'down', message: 'draining' },
      });
    }
  }

  private report(required: Results, dependencies: Results): HealthReport {
    const last = this.lastReport;
    if (last?.required === required && last.dependencies === dependencies) return last.report;
    const report = buildReport(required, dependencies);
    this.lastReport = { required, dependencies, report };
    return report;
  }

  private fresh(kind: CheckKind): Round | undefined {
    const latest = this.latest.get(kind);
    return latest && Date.now() - latest.at < RESULT_TTL_MS ? latest : undefined;
  }

  /** One shared round of the checks of one kind (see RESULT_TTL_MS). */
  private run(kind: CheckKind): Promise<Record<string, CheckReport>> {
    const fresh = this.fresh(kind);
    if (fresh) return fresh.outcome;
    const outcome = this.runChecks(kind);
    const round: Round = { at: Date.now(), outcome };
    outcome.then(
      (results) => (round.settled = results),
      () => undefined, // each caller observes it
    );
    this.latest.set(kind, round);
    return outcome;
  }

  private async runChecks(kind: CheckKind): Promise<Record<string, CheckReport>> {
    const entries = this.registry.entries(kind);
    const reports = await Promise.all(entries.map(([, check]) => runCheck(check, kind)));
    const out: Record<string, CheckReport> = {};
    entries.forEach(([name], i) => {
      out[name] = reports[i];
      if (kind === 'dependency')
        this.degradedGauge.set({ dependency: name }, reports[i].status === 'up' ? 0 : 1);
    });
    return out;
  }
}

/** Runs one check under CHECK_TIMEOUT_MS; a failing dependency is `degraded`, a failing required check `down`. */
async function runCheck(check: ReadinessCheck, kind: CheckKind): Promise<CheckReport> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const details = await Promise.race([
      check(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`timed out after ${CHECK_TIMEOUT_MS} ms`)),
          CHECK_TIMEOUT_MS,
        );
        timer.unref();
      }),
    ]);
    return { ...details, status: details.state === 'degraded' ? 'degraded' : 'up' };
  } catch (err) {
    return {
      status: kind === 'required' ? 'down' : 'degraded',
      message: err instanceof Error ? err.message : String(err),
    };
  } finally {
    clearTimeout(timer);
  }
}

/** Sorts the checks by status; a required check down is a 503 `not_ready` (never cached: it throws). */
function buildReport(required: Results, dependencies: Results): HealthReport {
  const details = { ...required, ...dependencies };
  const pick = (status: CheckStatus) =>
    Object.fromEntries(Object.entries(details).filter(([, r]) => r.status === status));
  const error = pick('down');
  if (Object.keys(error).length > 0)
    throw new ServiceUnavailableError('not_ready', `Not ready: ${Object.keys(error).join(', ')}`, details);
  const degraded = pick('degraded');
  return {
    status: Object.keys(degraded).length > 0 ? 'degraded' : 'ok',
    info: pick('up'),
    degraded,
    error,
    details,
  };
}
