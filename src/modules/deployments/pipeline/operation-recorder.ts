import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Counter, Histogram } from 'prom-client';
import {
  OPERATION_FINISHED,
  OPERATION_RECONCILED,
  type OperationFinishedEvent,
  type OperationReconciledEvent,
} from '../../../common/events/operation-events.js';
import type { Actor, Environment, RunOptions } from '../deployments.contract.js';
import { DeploymentChanges } from '../deployment-changes.js';
import { DeploymentsRepository, type DeploymentRow } from '../deployments.repository.js';
import type { PlannedOperation } from './planned-operation.js';
import { toRecord, type FullRecord } from './records.js';

export const DEPLOYMENTS_TOTAL = 'deployments_total';
export const DEPLOYMENT_DURATION = 'deployment_operation_duration_seconds';

export type Settled = 'succeeded' | 'failed';

/**
 * The history of operations: opens a record before anything is sent, settles it, counts it, tells the
 * in-process readers (DeploymentChanges) and publishes the domain events audit and alerts react to.
 */
@Injectable()
export class OperationRecorder {
  private readonly logger = new Logger('Deployments');

  constructor(
    private readonly repository: DeploymentsRepository,
    private readonly changes: DeploymentChanges,
    private readonly events: EventEmitter2,
    @InjectMetric(DEPLOYMENTS_TOTAL) private readonly total: Counter<string>,
    @InjectMetric(DEPLOYMENT_DURATION) private readonly duration: Histogram<string>,
  ) {}

  dryRun(p: Pick<PlannedOperation, 'operation' | 'environment'>): void {
    this.total.inc({ operation: p.operation, environment: p.environment, result: 'dry_run' });
  }

  /** Records the operation as pending, then in progress: nothing is sent before in_progress is stored. */
  async open(id: string, p: PlannedOperation, actor: Actor, options: RunOptions): Promise<void> {
    await this.repository.insert({
      id,
      app: p.app.name,
      environment: p.environment,
      namespace: p.namespace,
      operation: p.operation,
      revision: p.revision,
      tag: p.tag,
      replicas_before: p.replicasBefore,
      replicas_after: p.replicasAfter,
      user_id: actor.userId,
      source: actor.source,
      status: 'pending',
      reason: null,
      error: null,
      correlation_id: options.correlationId ?? null,
      details: JSON.stringify(p.details),
      created_at: new Date().toISOString(),
      started_at: null,
      finished_at: null,
    });
    await this.repository.update(id, { status: 'in_progress', started_at: new Date().toISOString() });
    this.changes.emit({ id, app: p.app.name, environment: p.environment, status: 'in_progress' });
  }

  async current(id: string): Promise<FullRecord> {
    return toRecord((await this.repository.find(id))!);
  }

  async finish(
    id: string,
    p: Pick<PlannedOperation, 'operation' | 'environment'>,
    started: number,
    status: Settled,
    reason: string,
    error: string | null,
  ): Promise<FullRecord> {
    await this.repository.update(id, { status, reason, error, finished_at: new Date().toISOString() });
    const labels = { operation: p.operation, environment: p.environment, result: status };
    this.total.inc(labels);
    this.duration.observe(labels, (Date.now() - started) / 1000);
    const record = await this.current(id);
    this.changes.emit({ id, app: record.app, environment: record.environment, status });
    this.logger.debug(
      { operationId: id, app: record.app, environment: record.environment, status, reason },
      `operation ${record.operation} ${status}`,
    );
    // Awaited, listeners included: the audit record of an operation is committed before its answer
    // (README, durability), and a failing audit write fails the answer as it did before events.
    await this.events.emitAsync(OPERATION_FINISHED, { record } satisfies OperationFinishedEvent);
    return record;
  }

  /** A record an abandoned operation left, settled by reconciliation (which won the race to settle it). */
  async reconciled(row: DeploymentRow, status: Settled, reason: string, takeover: boolean): Promise<void> {
    const environment = row.environment as Environment;
    this.changes.emit({ id: row.id, app: row.app, environment, status });
    this.total.inc({ operation: row.operation, environment: row.environment, result: status });
    const event: OperationReconciledEvent = {
      id: row.id,
      app: row.app,
      environment: row.environment,
      operation: row.operation,
      user: row.user_id,
      source: row.source,
      status,
      reason,
      takeover,
    };
    // Awaited for the same reason as OPERATION_FINISHED: the audit record is committed first.
    await this.events.emitAsync(OPERATION_RECONCILED, event);
    this.logger.warn(
      { operationId: row.id, app: row.app, environment: row.environment, status, reason, takeover },
      'reconciled an operation whose process stopped',
    );
  }
}
