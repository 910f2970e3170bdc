import { Inject, Injectable, Logger } from '@nestjs/common';
import type { V1Deployment } from '@kubernetes/client-node';
import { AppError } from '../../../common/errors/app-error.js';
import { KUBE_CLIENT, type KubeClient } from '../../kubernetes/kube-client.js';
import type { Environment, OperationKind } from '../deployments.contract.js';
import { DeploymentsConfig } from '../deployments.config.js';
import { DeploymentNotFoundError } from '../deployments.errors.js';
import { DeploymentsRepository, type DeploymentRow } from '../deployments.repository.js';
import { RESTARTED_AT, REVISION_ANNOTATION, appSelector, tagOf } from '../manifests.js';
import { podFailure, rolloutSnapshot } from '../rollout.js';
import { DeploymentsLifetime } from './lifetime.js';
import { OperationRecorder, type Settled } from './operation-recorder.js';
import { sleep, toRecord, type FullRecord } from './records.js';

type Verdict = { status: Settled; reason: string; error: string | null };

const STOPPED = 'The service stopped while this operation was running';
const NOT_APPLIED: Verdict = {
  status: 'failed',
  reason: 'NotApplied',
  error: `${STOPPED}, before the change reached the cluster; nothing was changed`,
};
const RECONCILED: Verdict = { status: 'succeeded', reason: 'ReconciledAfterRestart', error: null };

/**
 * Crash recovery: records left pending / in_progress by a process that died are settled from the
 * cluster's state — at startup, every KLEPAAS_OPERATION_RECONCILE_INTERVAL_MS (so a lease that expires
 * after a restart is noticed without another one), and when an operation takes over the app's expired lease.
 */
@Injectable()
export class OperationReconciler {
  private readonly logger = new Logger('Deployments');
  private timer: NodeJS.Timeout | null = null;
  private pass: Promise<unknown> | null = null;

  constructor(
    @Inject(KUBE_CLIENT) private readonly kube: KubeClient | null,
    private readonly repository: DeploymentsRepository,
    private readonly recorder: OperationRecorder,
    private readonly config: DeploymentsConfig,
    private readonly lifetime: DeploymentsLifetime,
  ) {}

  async start(): Promise<void> {
    await this.reconcile();
    this.timer = setInterval(() => {
      if (this.pass) return;
      this.pass = this.reconcile()
        .catch((err: unknown) => this.logger.error({ err }, 'reconciliation pass failed'))
        .finally(() => (this.pass = null));
    }, this.config.KLEPAAS_OPERATION_RECONCILE_INTERVAL_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.pass;
  }

  /** Settles every unfinished record whose lock lease is gone; returns how many were settled. */
  async reconcile(): Promise<number> {
    let settled = 0;
    for (const row of await this.repository.unfinished()) {
      if (await this.leaseIsLive(row.id)) continue; // still running, here or on another replica
      if (await this.reconcileRecord(row, false)) settled++;
    }
    return settled;
  }

  /** One record, if its lease is gone (CI/CD uses it to resume a job whose process died). */
  async reconcileOperation(id: string): Promise<FullRecord> {
    const row = await this.repository.find(id);
    if (!row) throw new DeploymentNotFoundError(id);
    if ((row.status === 'pending' || row.status === 'in_progress') && !(await this.leaseIsLive(id)))
      await this.reconcileRecord(row, false);
    return toRecord((await this.repository.find(id))!);
  }

  /**
   * Follows a record until it settles, reconciling it as soon as its lease is gone; returns it as it
   * stands when `signal` aborts first.
   */
  async followOperation(id: string, signal: AbortSignal): Promise<FullRecord> {
    const stop = AbortSignal.any([signal, this.lifetime.signal]);
    for (;;) {
      const record = await this.reconcileOperation(id);
      if (record.status === 'succeeded' || record.status === 'failed' || stop.aborted) return record;
      await sleep(this.config.KLEPAAS_ROLLOUT_POLL_MS, stop);
    }
  }

  /**
   * Under the lock of app + environment, any other unfinished record of it belongs to a process that
   * died (its lease expired, which is how we got the lock): settle it now, before changing the cluster.
   */
  async reconcileTakenOver(app: string, environment: Environment): Promise<void> {
    for (const row of await this.repository.unfinished({ app, environment }))
      await this.reconcileRecord(row, true);
  }

  private async leaseIsLive(operationId: string): Promise<boolean> {
    const lock = await this.repository.findLockByOperation(operationId);
    return !!lock && lock.expires_at > new Date().toISOString();
  }

  /**
   * Settles one abandoned record from what the cluster shows. `NotApplied`: the change never reached
   * the cluster (safe to run again); `ReconciledAfterRestart`: it did and its rollout completed; a
   * rollout failure keeps its reason. A rollout still progressing is left for a later pass (until its
   * deadline) unless `takeover`: a newer operation is about to replace it. Returns whether it settled.
   */
  private async reconcileRecord(row: DeploymentRow, takeover: boolean): Promise<boolean> {
    const verdict = await this.verdictFromCluster(row, takeover);
    if (!verdict) return false;
    const won = await this.repository.settleUnfinished(row.id, {
      ...verdict,
      finished_at: new Date().toISOString(),
    });
    const lock = await this.repository.findLockByOperation(row.id);
    if (lock) await this.repository.releaseLock(lock.lock_key, row.id);
    if (!won) return false; // another replica settled it first
    await this.recorder.reconciled(row, verdict.status, verdict.reason, takeover);
    return true;
  }

  private async verdictFromCluster(row: DeploymentRow, takeover: boolean): Promise<Verdict | null> {
    if (row.status === 'pending') return NOT_APPLIED; // nothing is sent before in_progress is recorded
    const deadline =
      Date.parse(row.started_at ?? row.created_at) + this.config.KLEPAAS_ROLLOUT_TIMEOUT_SECONDS * 1000;
    const overdue = takeover || Date.now() >= deadline;
    if (!this.kube)
      return { status: 'failed', reason: 'Interrupted', error: `${STOPPED}; no cluster to check` };
    try {
      return await this.verdictFromDeployment(this.kube, row, takeover, overdue);
    } catch (err) {
      if (!overdue) return null; // the cluster may answer on a later pass
      return {
        status: 'failed',
        reason: 'Interrupted',
        error: `${STOPPED}; the cluster could not be checked (${err instanceof AppError ? err.code : 'error'})`,
      };
    }
  }

  private async verdictFromDeployment(
    kube: KubeClient,
    row: DeploymentRow,
    takeover: boolean,
    overdue: boolean,
  ): Promise<Verdict | null> {
    const d = await kube.readDeployment(row.namespace, row.app);
    if (row.operation === 'delete') return d ? NOT_APPLIED : RECONCILED;
    if (!d || !changeApplied(row, d)) return NOT_APPLIED;
    const snap = rolloutSnapshot(d, row.replicas_after ?? undefined);
    if (snap.done) return RECONCILED;
    const failure = podFailure(await kube.listPods(row.namespace, appSelector(row.app)), d) ?? snap.failure;
    if (failure) return { status: 'failed', reason: failure.reason, error: failure.message };
    if (!overdue) return null; // still rolling out: a later pass settles it
    return {
      status: 'failed',
      reason: takeover ? 'Interrupted' : 'RolloutTimeout',
      error: takeover
        ? `${STOPPED}; its rollout had not finished when a newer operation took over (${snap.message})`
        : `${STOPPED}; its rollout did not finish within ${this.config.KLEPAAS_ROLLOUT_TIMEOUT_SECONDS}s (${snap.message})`,
    };
  }
}

/** Whether the Deployment carries this record's change (not an older or newer one). */
function changeApplied(row: DeploymentRow, d: V1Deployment): boolean {
  switch (row.operation as OperationKind) {
    case 'deploy':
    case 'rollback':
      return row.revision !== null
        ? d.metadata?.annotations?.[REVISION_ANNOTATION] === String(row.revision)
        : tagOf(d.spec?.template?.spec?.containers?.[0]?.image) === row.tag;
    case 'scale':
      return d.spec?.replicas === row.replicas_after;
    case 'restart': {
      const at = d.spec?.template?.metadata?.annotations?.[RESTARTED_AT];
      return !!at && !!row.started_at && at >= row.started_at;
    }
    default:
      return false;
  }
}
