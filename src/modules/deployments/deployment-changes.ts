import { Injectable, Logger } from '@nestjs/common';
import type { Environment, OperationStatus } from './deployments.contract.js';

/** A deployment record was created or changed status (in this process). */
export interface DeploymentChange {
  id: string;
  app: string;
  environment: Environment;
  status: OperationStatus;
}

/**
 * In-process notice of deployment record changes, for readers that push updates (MCP resource
 * subscriptions). Listeners run synchronously and must not throw or block: a failing listener is
 * logged and never affects the operation. Other replicas learn of changes through the listeners
 * themselves (MCP relays them over Redis), not from here.
 */
@Injectable()
export class DeploymentChanges {
  private readonly logger = new Logger('DeploymentChanges');
  private readonly listeners = new Set<(change: DeploymentChange) => void>();

  /** Adds a listener; returns its removal. */
  on(listener: (change: DeploymentChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(change: DeploymentChange): void {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (err) {
        this.logger.warn({ err, change }, 'deployment change listener failed');
      }
    }
  }
}
