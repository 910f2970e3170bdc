import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppError } from '../../../common/errors/app-error.js';
import { errorMessage } from '../../../common/errors/error-messages.js';
import { KUBE_CLIENT, type KubeClient } from '../../kubernetes/kube-client.js';
import { KubeError } from '../../kubernetes/kubernetes.errors.js';
import type { Actor, RunOptions } from '../deployments.contract.js';
import { DeploymentsConfig } from '../deployments.config.js';
import { appSelector } from '../manifests.js';
import { podFailure, rolloutSnapshot } from '../rollout.js';
import type { OperationLease } from './operation-lease.js';
import { DeploymentsLifetime } from './lifetime.js';
import { OperationRecorder } from './operation-recorder.js';
import type { PlannedOperation } from './planned-operation.js';
import { sleep, type FullRecord } from './records.js';

type WaitResult =
  { kind: 'done' } | { kind: 'failed'; reason: string; message: string } | { kind: 'aborted' };

/**
 * Runs a planned operation under its lease: records it, sends it, follows its rollout and settles the
 * record. A caller that stops waiting leaves the rollout to a background watch that owns the lease.
 */
@Injectable()
export class OperationExecutor {
  private readonly logger = new Logger('Deployments');
  private readonly background = new Set<Promise<unknown>>();

  constructor(
    @Inject(KUBE_CLIENT) private readonly kube: KubeClient | null,
    private readonly recorder: OperationRecorder,
    private readonly config: DeploymentsConfig,
    private readonly lifetime: DeploymentsLifetime,
  ) {}

  async execute(
    lease: OperationLease,
    p: PlannedOperation,
    actor: Actor,
    options: RunOptions,
  ): Promise<FullRecord> {
    const id = lease.operationId;
    const started = Date.now();
    await this.recorder.open(id, p, actor, options);
    try {
      await p.send(this.kube!);
    } catch (err) {
      throw await this.sendFailed(id, p, started, err);
    }
    if (!p.waits) return this.recorder.finish(id, p, started, 'succeeded', 'Completed', null);

    const deadline = started + this.config.KLEPAAS_ROLLOUT_TIMEOUT_SECONDS * 1000;
    const result = await this.safeWait(p, deadline, options, options.signal);
    if (result.kind !== 'aborted') return this.settle(id, p, started, result);
    // The caller stopped waiting: keep watching in the background and finish the record then.
    lease.handedOff = true;
    this.watchInBackground(lease, p, started, deadline);
    return this.recorder.current(id);
  }

  /** Waits for the background rollout watches (at shutdown, after the lifetime ended). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.background]);
  }

  /** Records the failure and returns the error to answer with, naming the operation. */
  private async sendFailed(
    id: string,
    p: PlannedOperation,
    started: number,
    err: unknown,
  ): Promise<AppError> {
    const appErr = err instanceof AppError ? err : null;
    await this.recorder.finish(
      id,
      p,
      started,
      'failed',
      appErr?.code ?? 'error',
      appErr?.message ?? 'Unexpected error',
    );
    if (appErr) {
      const details = (appErr.details ?? {}) as Record<string, unknown>;
      return new KubeError(
        appErr.status,
        appErr.code,
        appErr.message,
        { ...details, operationId: id },
        { messageKey: appErr.messageKey, params: appErr.params, headers: appErr.options.headers },
      );
    }
    this.logger.error({ err, operationId: id }, 'operation failed unexpectedly');
    return new AppError(
      500,
      'internal_error',
      errorMessage('internal_error.operation', { id }),
      { operationId: id },
      { messageKey: 'internal_error.operation', params: { id } },
    );
  }

  private watchInBackground(
    lease: OperationLease,
    p: PlannedOperation,
    started: number,
    deadline: number,
  ): void {
    const id = lease.operationId;
    const task = (async () => {
      try {
        const later = await this.safeWait(p, deadline, {}, undefined);
        if (later.kind === 'aborted') return; // shutdown: reconciled at the next start
        await this.settle(id, p, started, later);
      } catch (err) {
        this.logger.error({ err, operationId: id }, 'background rollout watch failed');
      } finally {
        await lease.release();
      }
    })();
    this.background.add(task);
    void task.finally(() => this.background.delete(task));
  }

  private settle(
    id: string,
    p: PlannedOperation,
    started: number,
    result: Exclude<WaitResult, { kind: 'aborted' }>,
  ): Promise<FullRecord> {
    return result.kind === 'done'
      ? this.recorder.finish(id, p, started, 'succeeded', 'RolloutComplete', null)
      : this.recorder.finish(id, p, started, 'failed', result.reason, result.message);
  }

  /** waitForRollout, with a cluster error while following the rollout turned into a failed result. */
  private async safeWait(
    p: PlannedOperation,
    deadline: number,
    options: RunOptions,
    signal: AbortSignal | undefined,
  ): Promise<WaitResult> {
    try {
      return await this.waitForRollout(p, deadline, options, signal);
    } catch (err) {
      const appErr = err instanceof AppError ? err : null;
      if (!appErr) this.logger.error({ err }, 'rollout watch failed');
      return {
        kind: 'failed',
        reason: appErr?.code ?? 'error',
        message: `The change was sent, but its rollout could not be followed: ${appErr?.message ?? 'unexpected error'}`,
      };
    }
  }

  private async waitForRollout(
    p: PlannedOperation,
    deadline: number,
    options: RunOptions,
    signal: AbortSignal | undefined,
  ): Promise<WaitResult> {
    const kube = this.kube!;
    const stop = AbortSignal.any([this.lifetime.signal, ...(signal ? [signal] : [])]);
    const desired = p.replicasAfter ?? undefined;
    let lastReady = -1;
    for (;;) {
      if (stop.aborted) return { kind: 'aborted' };
      const d = await kube.readDeployment(p.namespace, p.app.name);
      if (!d)
        return {
          kind: 'failed',
          reason: 'DeploymentNotFound',
          message: 'The Deployment disappeared during the rollout',
        };
      const snap = rolloutSnapshot(d, desired);
      if (snap.ready !== lastReady) {
        lastReady = snap.ready;
        this.reportProgress(options, {
          readyReplicas: snap.ready,
          desiredReplicas: snap.desired,
          message: snap.message,
        });
      }
      if (snap.done) return { kind: 'done' };
      // The pods' own cause (ImagePullBackOff, CrashLoopBackOff…) shows within seconds and says what to
      // fix; the Deployment's ProgressDeadlineExceeded only says that time ran out.
      const pods = await kube.listPods(p.namespace, appSelector(p.app.name));
      const failure = podFailure(pods, d) ?? snap.failure;
      if (failure) return { kind: 'failed', ...failure };
      if (Date.now() >= deadline)
        return {
          kind: 'failed',
          reason: 'RolloutTimeout',
          message: `The rollout did not finish within ${this.config.KLEPAAS_ROLLOUT_TIMEOUT_SECONDS}s (${snap.message})`,
        };
      await sleep(Math.min(this.config.KLEPAAS_ROLLOUT_POLL_MS, Math.max(0, deadline - Date.now())), stop);
    }
  }

  private reportProgress(
    options: RunOptions,
    progress: { readyReplicas: number; desiredReplicas: number; message?: string },
  ): void {
    try {
      options.onProgress?.(progress);
    } catch (err) {
      this.logger.warn({ err }, 'onProgress callback threw');
    }
  }
}
