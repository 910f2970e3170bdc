import { Injectable } from '@nestjs/common';

/**
 * What a check reports when it passes (any details). It throws when its dependency is down; a
 * dependency check may also return `{ state: 'degraded', … }` when it is partly down (one provider of
 * several), and `{ state: 'not_configured' }` when it is optional and absent.
 */
export type ReadinessCheck = () => Promise<Record<string, unknown>>;

/**
 * `required`: what this process needs to serve at all (its database, its own start-up). One down makes
 * `/readyz` answer 503, so the pod leaves the Service. `dependency`: what only some operations need (the
 * cluster, Redis, Slack, LLM and external MCP providers). One down is `degraded` in `/api/v1/health` and
 * in `klepaas_dependency_degraded{dependency}`, never a reason to take every replica out of the Service
 * at once — the operations that need it answer their own error (e.g. 503 `cluster_unreachable`).
 */
export type CheckKind = 'required' | 'dependency';

/**
 * Modules register their checks here (database in DatabaseModule; Kubernetes, Redis, … in their own
 * modules).
 */
@Injectable()
export class ReadinessRegistry {
  private readonly checks = new Map<string, { check: ReadinessCheck; kind: CheckKind }>();
  private draining = false;

  register(name: string, check: ReadinessCheck, kind: CheckKind = 'dependency'): void {
    this.checks.set(name, { check, kind });
  }

  entries(kind?: CheckKind): [string, ReadinessCheck][] {
    return [...this.checks.entries()]
      .filter(([, c]) => !kind || c.kind === kind)
      .map(([name, c]) => [name, c.check]);
  }

  /** Set once shutdown begins, so the load balancer stops sending traffic before connections close. */
  startDraining(): void {
    this.draining = true;
  }

  get isDraining(): boolean {
    return this.draining;
  }
}
