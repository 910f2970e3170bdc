/**
 * Domain events of the deployments pipeline. The recorder publishes them; audit and alerts react in
 * their own module folders. The names and payloads live on the ground floor (not in the deployments
 * folder) because audit and alerts sit below deployments, which announces to them without importing
 * them: a listener importing deployments would point the dependency the wrong way.
 * A deployment record (deployments.contract.ts) fits `OperationRecordPayload` as it is.
 */

/** An operation's record settled (succeeded or failed) in the process that ran it. */
export const OPERATION_FINISHED = 'deployments.operation.finished';
/** An operation abandoned by a process that stopped was settled from the cluster's state. */
export const OPERATION_RECONCILED = 'deployments.operation.reconciled';

export interface OperationRecordPayload {
  id: string;
  app: string;
  environment: string;
  operation: string;
  revision: number | null;
  tag: string | null;
  user: string;
  /** api | nlp | mcp | cicd */
  source: string;
  status: string;
  reason: string | null;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface OperationFinishedEvent {
  record: OperationRecordPayload;
}

export interface OperationReconciledEvent {
  id: string;
  app: string;
  environment: string;
  operation: string;
  /** Whose operation it was. */
  user: string;
  source: string;
  status: 'succeeded' | 'failed';
  reason: string;
  /** Settled by a newer operation taking over the app's lease (not by a periodic pass). */
  takeover: boolean;
}
