import { Injectable } from '@nestjs/common';

/** What a check reports when it passes (any details); it throws when the dependency is down. */
export type ReadinessCheck = () => Promise<Record<string, unknown>>;

/**
 * Modules register the dependencies readiness depends on (database here; Kubernetes, Redis, … in
 * their own modules). A dependency that is optional and absent reports `{ state: 'not_configured' }`.
 */
@Injectable()
export class ReadinessRegistry {
  private readonly checks = new Map<string, ReadinessCheck>();
  private draining = false;

  register(name: string, check: ReadinessCheck): void {
    this.checks.set(name, check);
  }

  entries(): [string, ReadinessCheck][] {
    return [...this.checks.entries()];
  }

  /** Set once shutdown begins, so the load balancer stops sending traffic before connections close. */
  startDraining(): void {
    this.draining = true;
  }

  get isDraining(): boolean {
    return this.draining;
  }
}
