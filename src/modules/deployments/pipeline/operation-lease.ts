import { Injectable, Logger } from '@nestjs/common';
import { DeploymentsConfig } from '../deployments.config.js';
import type { Environment } from '../deployments.contract.js';
import { DeploymentsRepository } from '../deployments.repository.js';

/**
 * An app + environment's lock, held by one operation and renewed while it runs; a lease that a dead
 * process stops renewing expires, which is how the next operation (or a reconciliation pass) knows.
 */
export class OperationLease {
  /** The lease went on to a background rollout watch, which releases it. */
  handedOff = false;

  constructor(
    readonly key: string,
    readonly operationId: string,
    private readonly renewal: NodeJS.Timeout,
    private readonly repository: DeploymentsRepository,
    private readonly logger: Logger,
  ) {}

  async release(): Promise<void> {
    clearInterval(this.renewal);
    await this.repository
      .releaseLock(this.key, this.operationId)
      .catch((err) => this.logger.error({ err }, 'lock release failed'));
  }
}

@Injectable()
export class OperationLeases {
  private readonly logger = new Logger('Deployments');

  constructor(
    private readonly repository: DeploymentsRepository,
    private readonly config: DeploymentsConfig,
  ) {}

  /** The lease for this operation id, or who holds the app + environment now. */
  async acquire(
    app: string,
    environment: Environment,
    operationId: string,
  ): Promise<{ lease: OperationLease } | { holder: string }> {
    const key = `${app}/${environment}`;
    const ttlMs = this.config.KLEPAAS_OPERATION_LOCK_TTL_SECONDS * 1000;
    const lock = await this.repository.acquireLock(key, operationId, ttlMs);
    if (!lock.ok) return { holder: lock.holder };
    const renewal = setInterval(
      () => {
        this.repository
          .renewLock(key, operationId, ttlMs)
          .catch((err) => this.logger.warn({ err }, 'lock renewal failed'));
      },
      Math.max(1000, ttlMs / 3),
    );
    renewal.unref();
    return { lease: new OperationLease(key, operationId, renewal, this.repository, this.logger) };
  }
}
