import { Injectable } from '@nestjs/common';

/**
 * The deployments pipeline's lifetime: ended at shutdown, so no rollout wait or followed operation
 * outlives the process (their records are settled by reconciliation).
 */
@Injectable()
export class DeploymentsLifetime {
  private readonly controller = new AbortController();
  readonly signal = this.controller.signal;

  end(): void {
    this.controller.abort();
  }
}
