import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { monotonicId } from '../../common/ids/monotonic-id.js';
import { KUBE_CLIENT, type KubeClient } from '../kubernetes/kube-client.js';
import { ConfirmationService } from './confirmation.service.js';
import {
  NO_CLUSTER_NOTICE,
  type Actor,
  type AppOverview,
  type AppStatus,
  type HistoryFilter,
  type LogsQuery,
  type LogsResult,
  type OperationOutcome,
  type OperationRequest,
  type RunOptions,
} from './deployments.contract.js';
import { OperationInProgressError } from './deployments.errors.js';
import { DeploymentQueries } from './pipeline/deployment-queries.js';
import { DeploymentsLifetime } from './pipeline/lifetime.js';
import { OperationExecutor } from './pipeline/operation-executor.js';
import { OperationLeases } from './pipeline/operation-lease.js';
import { OperationPlanner, type AdmittedRequest } from './pipeline/operation-planner.js';
import { OperationReconciler } from './pipeline/operation-reconciler.js';
import { OperationRecorder } from './pipeline/operation-recorder.js';
import type { PlannedOperation } from './pipeline/planned-operation.js';
import type { FullRecord } from './pipeline/records.js';

export { DEPLOYMENT_DURATION, DEPLOYMENTS_TOTAL } from './pipeline/operation-recorder.js';
export type { FullRecord } from './pipeline/records.js';

/**
 * Every way in (REST, NLP, MCP, CI/CD) ends here. A thin facade over the pipeline in ./pipeline:
 * the planner (what to read, send and change; destructive or not), the lease and the executor (send,
 * rollout wait), the recorder (history and the domain events audit and alerts react to), the queries
 * (status, logs, overview, history) and the reconciler (crash recovery).
 *
 * run() plans once: under the app's lease when it will execute, so what runs is what the state is now;
 * without the lease when it will not (a dry run, or another operation holds the app).
 */
@Injectable()
export class DeploymentsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly inflight = new Set<Promise<unknown>>();

  constructor(
    @Inject(KUBE_CLIENT) private readonly kube: KubeClient | null,
    private readonly planner: OperationPlanner,
    private readonly leases: OperationLeases,
    private readonly executor: OperationExecutor,
    private readonly recorder: OperationRecorder,
    private readonly confirmations: ConfirmationService,
    private readonly queries: DeploymentQueries,
    private readonly reconciler: OperationReconciler,
    private readonly lifetime: DeploymentsLifetime,
  ) {}

  get clusterConfigured(): boolean {
    return this.kube !== null;
  }

  // ------------------------------------------------------------------ run

  async run(request: OperationRequest, actor: Actor, options: RunOptions = {}): Promise<OperationOutcome> {
    const admitted = await this.planner.admit(request, actor, options);
    if (request.dryRun || !this.kube) return this.dryRun(await this.planner.plan(admitted));
    const task = this.runLeased(admitted, actor);
    this.inflight.add(task);
    try {
      return await task;
    } finally {
      this.inflight.delete(task);
    }
  }

  /** The user cancelled a plan they were asked to confirm: its token can no longer run it. */
  revokeConfirmation(tokenHash: string, userId: string): Promise<boolean> {
    return this.confirmations.revoke(tokenHash, userId);
  }

  private dryRun(planned: PlannedOperation): OperationOutcome {
    this.recorder.dryRun(planned);
    return {
      kind: 'dry_run',
      requests: planned.requests,
      ...(this.kube ? {} : { notice: NO_CLUSTER_NOTICE }),
    };
  }

  private async runLeased(admitted: AdmittedRequest, actor: Actor): Promise<OperationOutcome> {
    const { app, environment } = admitted;
    const acquired = await this.leases.acquire(app.name, environment, monotonicId());
    if (!('lease' in acquired)) return this.answerWhileBusy(admitted, actor, acquired.holder);
    const { lease } = acquired;
    try {
      await this.reconciler.reconcileTakenOver(app.name, environment);
      const planned = await this.planner.plan(admitted);
      const refused = await this.authorise(admitted, actor, planned);
      if (refused) return refused;
      return {
        kind: 'executed',
        record: await this.executor.execute(lease, planned, actor, admitted.options),
      };
    } finally {
      if (!lease.handedOff) await lease.release();
    }
  }

  /**
   * Another operation holds the app: a request that would be asked for confirmation still gets its
   * plan and token (it runs later, with the token); any other is refused as in progress.
   */
  private async answerWhileBusy(
    admitted: AdmittedRequest,
    actor: Actor,
    holder: string,
  ): Promise<OperationOutcome> {
    const planned = await this.planner.plan(admitted);
    if (authorisationOf(admitted) === 'none' && planned.plan.destructiveBecause.length > 0)
      return this.askForConfirmation(actor, planned);
    throw new OperationInProgressError(admitted.app.name, admitted.environment, holder);
  }

  /**
   * The destructive rule: a confirmation token (or its hash, from an NLP conversation) is consumed for
   * exactly this plan; a pre-authorised actor skips it; anyone else is asked to confirm a destructive plan.
   * Returns the answer when the operation must not run now.
   */
  private async authorise(
    admitted: AdmittedRequest,
    actor: Actor,
    planned: PlannedOperation,
  ): Promise<OperationOutcome | null> {
    const { request, options } = admitted;
    switch (authorisationOf(admitted)) {
      case 'token':
        await this.confirmations.consume(request.confirmationToken!, actor.userId, planned.plan);
        return null;
      case 'token_hash':
        await this.confirmations.consumeHash(options.confirmationTokenHash!, actor.userId, planned.plan);
        return null;
      case 'pre_authorised':
        return null;
      case 'none':
        return planned.plan.destructiveBecause.length > 0 ? this.askForConfirmation(actor, planned) : null;
    }
  }

  private async askForConfirmation(actor: Actor, planned: PlannedOperation): Promise<OperationOutcome> {
    const { token, expiresAt } = await this.confirmations.issue(actor.userId, planned.plan);
    return { kind: 'confirmation_required', plan: planned.plan, confirmationToken: token, expiresAt };
  }

  // ------------------------------------------------------------------ read side

  status(appName: string, environmentAlias: string): Promise<AppStatus> {
    return this.queries.status(appName, environmentAlias);
  }

  statusMany(environmentAlias: string, appNames?: string[]): Promise<AppStatus[]> {
    return this.queries.statusMany(environmentAlias, appNames);
  }

  logs(appName: string, environmentAlias: string, q: LogsQuery = {}): Promise<LogsResult> {
    return this.queries.logs(appName, environmentAlias, q);
  }

  overview(): Promise<AppOverview[]> {
    return this.queries.overview();
  }

  get(id: string): Promise<FullRecord> {
    return this.queries.get(id);
  }

  list(filter: HistoryFilter = {}): Promise<{ items: FullRecord[]; nextCursor: string | null }> {
    return this.queries.list(filter);
  }

  releaseStanding(
    app: string,
    environmentAlias: string,
    tag: string,
  ): Promise<{ current: string | null; deployedBefore: boolean }> {
    return this.queries.releaseStanding(app, environmentAlias, tag);
  }

  /** History of one app (newest first). */
  async history(app: string, environmentAlias?: string, limit = 50): Promise<FullRecord[]> {
    return (await this.queries.list({ app, environment: environmentAlias, limit })).items;
  }

  findByCorrelation(correlationId: string): Promise<FullRecord | null> {
    return this.queries.findByCorrelation(correlationId);
  }

  // ------------------------------------------------------------------ lifecycle and crash recovery

  async onApplicationBootstrap(): Promise<void> {
    await this.reconciler.start();
  }

  reconcile(): Promise<number> {
    return this.reconciler.reconcile();
  }

  reconcileOperation(id: string): Promise<FullRecord> {
    return this.reconciler.reconcileOperation(id);
  }

  followOperation(id: string, signal: AbortSignal): Promise<FullRecord> {
    return this.reconciler.followOperation(id, signal);
  }

  /** Stops every rollout wait (records stay in_progress, locks are released; a reconciliation settles them). */
  async onModuleDestroy(): Promise<void> {
    await this.reconciler.stop();
    this.lifetime.end();
    await Promise.allSettled([...this.inflight]);
    await this.executor.drain();
  }
}

type Authorisation = 'token' | 'token_hash' | 'pre_authorised' | 'none';

/** How a request is authorised past the destructive rule (a token sent wins over a pre-authorisation). */
function authorisationOf({ request, options }: AdmittedRequest): Authorisation {
  if (request.confirmationToken) return 'token';
  if (options.confirmationTokenHash) return 'token_hash';
  if (options.preAuthorised) return 'pre_authorised';
  return 'none';
}
