import type {
  DeploymentRecord,
  DeploymentRecordExtras,
  Environment,
  OperationKind,
  OperationSource,
  OperationStatus,
} from '../deployments.contract.js';
import type { DeploymentRow } from '../deployments.repository.js';

export type FullRecord = DeploymentRecord & DeploymentRecordExtras;

export function toRecord(row: DeploymentRow): FullRecord {
  return {
    id: row.id,
    app: row.app,
    environment: row.environment as Environment,
    namespace: row.namespace,
    operation: row.operation as OperationKind,
    revision: row.revision,
    tag: row.tag,
    replicasBefore: row.replicas_before,
    replicasAfter: row.replicas_after,
    user: row.user_id,
    source: row.source as OperationSource,
    status: row.status as OperationStatus,
    reason: row.reason,
    error: row.error,
    correlationId: row.correlation_id,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

/** An abortable wait: resolves after `ms`, or at once when `signal` aborts. */
export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
