import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { keysetPage, keysetRequest } from '../../common/pagination/keyset-page.js';
import { AlertsService } from '../alerts/alerts.service.js';
import { AppConfig } from '../../config/app.config.js';
import type { V1Deployment, V1Pod, V1Service } from '@kubernetes/client-node';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Counter, Histogram } from 'prom-client';
import { AppError, BadRequestError } from '../../common/errors/app-error.js';
import { errorMessage } from '../../common/errors/error-messages.js';
import { monotonicId } from '../../common/ids/monotonic-id.js';
import { AppsService } from '../apps/apps.service.js';
import type { App } from '../apps/apps.types.js';
import { AuditService } from '../audit/audit.service.js';
import { KUBE_CLIENT, type KubeClient } from '../kubernetes/kube-client.js';
import { ClusterNotConfiguredError, KubeError } from '../kubernetes/kubernetes.errors.js';
import { ConfirmationService } from './confirmation.service.js';
import { DeploymentChanges } from './deployment-changes.js';
import { DeploymentsConfig } from './deployments.config.js';
import { destructiveReasons } from './destructive-rule.js';
import {
  ENVIRONMENTS,
  NO_CLUSTER_NOTICE,
  OPERATIONS,
  type Actor,
  type AppOverview,
  type AppStatus,
  type DeploymentRecord,
  type DeploymentRecordExtras,
  type Environment,
  type HistoryFilter,
  type KubeRequest,
  type LogsQuery,
  type LogsResult,
  type OperationKind,
  type OperationOutcome,
  type OperationPlan,
  type OperationRequest,
  type OperationSource,
  type OperationStatus,
  type PodStatus,
  type RunOptions,
} from './deployments.contract.js';
import {
  DeploymentNotFoundError,
  InvalidOperationError,
  NotDeployedError,
  OperationInProgressError,
  RollbackTargetError,
} from './deployments.errors.js';
import { DeploymentsRepository, type DeploymentRow } from './deployments.repository.js';
import { EnvironmentsService } from '../apps/environments.service.js';
import {
  CONTAINER_NAME,
  RESTARTED_AT,
  appSelector,
  buildDeployment,
  buildService,
  deploymentPath,
  deploymentsPath,
  managedSelector,
  NAME_LABEL,
  REVISION_ANNOTATION,
  servicePath,
  servicesPath,
  tagOf,
} from './manifests.js';
import { podFailure, rolloutSnapshot } from './rollout.js';

export const DEPLOYMENTS_TOTAL = 'deployments_total';
export const DEPLOYMENT_DURATION = 'deployment_operation_duration_seconds';

const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const SOURCES: OperationSource[] = ['api', 'nlp', 'mcp', 'cicd'];
const STATUSES: OperationStatus[] = ['pending', 'in_progress', 'succeeded', 'failed'];

export type FullRecord = DeploymentRecord & DeploymentRecordExtras;

/** Everything an operation needs, read before it runs (and re-read under the lock). */
interface Prepared {
  app: App;
  environment: Environment;
  namespace: string;
  operation: OperationKind;
  plan: OperationPlan;
  requests: KubeRequest[];
  tag: string | null;
  replicasBefore: number | null;
  replicasAfter: number | null;
  /** Waits for a rollout after executing. */
  waits: boolean;
  revisioned: boolean;
  details: Record<string, unknown>;
  execute: (revision: number | null) => Promise<void>;
}

type WaitResult =
  { kind: 'done' } | { kind: 'failed'; reason: string; message: string } | { kind: 'aborted' };

function toRecord(row: DeploymentRow): FullRecord {
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

const sleep = (ms: number, signal?: AbortSignal) =>
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

function podStatus(pod: V1Pod): PodStatus {
  const statuses = pod.status?.containerStatuses ?? [];
  const waiting = statuses.find((c) => c.state?.waiting?.reason)?.state?.waiting?.reason ?? null;
  return {
    name: pod.metadata?.name ?? '',
    phase: pod.status?.phase ?? 'Unknown',
    ready: pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false,
    restarts: statuses.reduce((n, c) => n + (c.restartCount ?? 0), 0),
    waitingReason: waiting,
    image: statuses[0]?.image ?? pod.spec?.containers?.[0]?.image ?? null,
  };
}

function stateOf(d: V1Deployment | null, pods: V1Pod[]): string {
  if (!d) return 'not_deployed';
  const snap = rolloutSnapshot(d);
  if (snap.failure) return 'degraded';
  if ((d.spec?.replicas ?? 0) === 0) return 'scaled_to_zero';
  if (snap.done) return 'running';
  // A rollout whose pods cannot start (bad image, crash loop…) is degraded now, not at its deadline.
  return podFailure(pods, d) ? 'degraded' : 'progressing';
}

/**
 * Every way in (REST, NLP, MCP, CI/CD) ends here: plans, confirms, serialises, runs and records
 * operations on the cluster, and reports honestly what happened.
 */
@Injectable()
export class DeploymentsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Deployments');
  /** Aborted at shutdown so no wait outlives the process. */
  private readonly lifetime = new AbortController();
  private readonly background = new Set<Promise<unknown>>();
  private readonly inflight = new Set<Promise<unknown>>();
  private reconcileTimer: NodeJS.Timeout | null = null;
  private reconciling: Promise<unknown> | null = null;

  constructor(
    @Inject(KUBE_CLIENT) private readonly kube: KubeClient | null,
    private readonly apps: AppsService,
    private readonly environments: EnvironmentsService,
    private readonly repository: DeploymentsRepository,
    private readonly confirmations: ConfirmationService,
    private readonly config: DeploymentsConfig,
    private readonly audit: AuditService,
    private readonly alerts: AlertsService,
    private readonly appConfig: AppConfig,
    @InjectMetric(DEPLOYMENTS_TOTAL) private readonly total: Counter<string>,
    @InjectMetric(DEPLOYMENT_DURATION) private readonly duration: Histogram<string>,
    private readonly changes: DeploymentChanges,
  ) {}

  get clusterConfigured(): boolean {
    return this.kube !== null;
  }

  // ------------------------------------------------------------------ run

  async run(request: OperationRequest, actor: Actor, options: RunOptions = {}): Promise<OperationOutcome> {
    if (!OPERATIONS.includes(request.operation))
      throw new InvalidOperationError('invalid_operation.unknown_operation', {
        operation: String(request.operation),
        known: OPERATIONS.join(', '),
      });
    if (!SOURCES.includes(actor.source))
      throw new InvalidOperationError('invalid_operation.unknown_source', { source: String(actor.source) });
    const environment = this.environments.resolveOrDefault(request.environment);
    const app = await this.apps.get(request.app);
    this.validate(request);

    const prepared = await this.prepare(app, environment, request);
    if (request.dryRun || !this.kube) {
      this.total.inc({ operation: request.operation, environment, result: 'dry_run' });
      return {
        kind: 'dry_run',
        requests: prepared.requests,
        ...(this.kube ? {} : { notice: NO_CLUSTER_NOTICE }),
      };
    }

    const destructive = prepared.plan.destructiveBecause.length > 0;
    if (destructive && !request.confirmationToken && !options.confirmationTokenHash) {
      const { token, expiresAt } = await this.confirmations.issue(actor.userId, prepared.plan);
      return { kind: 'confirmation_required', plan: prepared.plan, confirmationToken: token, expiresAt };
    }

    const task = this.runLocked(app, environment, request, actor, options);
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

  private async runLocked(
    app: App,
    environment: Environment,
    request: OperationRequest,
    actor: Actor,
    options: RunOptions,
  ): Promise<OperationOutcome> {
    const id = monotonicId();
    const lockKey = `${app.name}/${environment}`;
    const ttlMs = this.config.KLEPAAS_OPERATION_LOCK_TTL_SECONDS * 1000;
    const lock = await this.repository.acquireLock(lockKey, id, ttlMs);
    if (!lock.ok) throw new OperationInProgressError(app.name, environment, lock.holder);
    const renew = setInterval(
      () => {
        this.repository
          .renewLock(lockKey, id, ttlMs)
          .catch((err) => this.logger.warn({ err }, 'lock renewal failed'));
      },
      Math.max(1000, ttlMs / 3),
    );
    renew.unref();
    let handedOff = false;
    try {
      await this.reconcileTakenOver(app.name, environment);
      // Re-read under the lock: what runs is what the state is now.
      const current = await this.prepare(app, environment, request);
      if (request.confirmationToken) {
        await this.confirmations.consume(request.confirmationToken, actor.userId, current.plan);
      } else if (options.confirmationTokenHash) {
        await this.confirmations.consumeHash(options.confirmationTokenHash, actor.userId, current.plan);
      } else if (current.plan.destructiveBecause.length > 0) {
        // The state changed between planning and locking into something destructive.
        const { token, expiresAt } = await this.confirmations.issue(actor.userId, current.plan);
        return { kind: 'confirmation_required', plan: current.plan, confirmationToken: token, expiresAt };
      }
      const outcome = await this.execute(id, current, actor, options, () => {
        handedOff = true;
        return { lockKey, renew };
      });
      return { kind: 'executed', record: outcome };
    } finally {
      if (!handedOff) {
        clearInterval(renew);
        await this.repository
          .releaseLock(lockKey, id)
          .catch((err) => this.logger.error({ err }, 'lock release failed'));
      }
    }
  }

  private validate(r: OperationRequest): void {
    if (r.tag !== undefined && (typeof r.tag !== 'string' || !TAG_PATTERN.test(r.tag)))
      throw new InvalidOperationError('invalid_operation.tag', {});
    if (r.replicas !== undefined && (!Number.isInteger(r.replicas) || r.replicas < 0 || r.replicas > 100))
      throw new InvalidOperationError('invalid_operation.replicas', {});
    if (r.revision !== undefined && (!Number.isInteger(r.revision) || r.revision < 1))
      throw new InvalidOperationError('invalid_operation.revision', {});
    switch (r.operation) {
      case 'deploy':
        if (!r.tag) throw new InvalidOperationError('invalid_operation.deploy_needs_tag', {});
        break;
      case 'scale':
        if (r.replicas === undefined)
          throw new InvalidOperationError('invalid_operation.scale_needs_replicas', {});
        break;
      case 'rollback':
        if (r.tag !== undefined && r.revision !== undefined)
          throw new InvalidOperationError('invalid_operation.rollback_revision_and_tag', {});
        break;
      default:
        break;
    }
  }

  private async prepare(app: App, environment: Environment, r: OperationRequest): Promise<Prepared> {
    const namespace = this.environments.namespaceOf(environment);
    const kube = this.kube;
    const current = kube ? await kube.readDeployment(namespace, app.name) : null;
    const currentImage = current?.spec?.template?.spec?.containers?.[0]?.image ?? null;
    const currentReplicas = current ? (current.spec?.replicas ?? 1) : null;
    const base = { app, environment, namespace, operation: r.operation };
    const plan = (
      summary: string,
      replicasAfter: number | null,
      changes: Record<string, unknown>,
    ): OperationPlan => ({
      app: app.name,
      environment,
      namespace,
      operation: r.operation,
      summary,
      destructiveBecause: destructiveReasons({ environment, operation: r.operation, replicasAfter }),
      changes,
    });
    const requireDeployed = () => {
      if (kube && !current) throw new NotDeployedError(app.name, environment, namespace);
    };

    switch (r.operation) {
      case 'deploy':
      case 'rollback': {
        let tag = r.tag ?? null;
        let targetRevision: number | null = null;
        if (r.operation === 'rollback') {
          const target = await this.rollbackTarget(
            app.name,
            environment,
            r,
            tagOf(currentImage ?? undefined),
          );
          tag = target.tag;
          targetRevision = target.revision;
        }
        const settings = this.apps.effective(app, environment);
        const replicas =
          r.operation === 'deploy'
            ? (r.replicas ?? currentReplicas ?? settings.replicas)
            : (currentReplicas ?? settings.replicas);
        const image = `${app.image}:${tag}`;
        const service = buildService(app, namespace);
        const existingService = kube && service ? await kube.readService(namespace, app.name) : null;
        const build = (revision: number) => {
          const body = buildDeployment(app, settings, namespace, tag!, replicas, revision);
          if (current?.metadata?.resourceVersion)
            body.metadata!.resourceVersion = current.metadata.resourceVersion;
          return body;
        };
        const serviceBody = (): V1Service | null => {
          if (!service) return null;
          if (existingService) {
            service.metadata!.resourceVersion = existingService.metadata?.resourceVersion;
            service.spec!.clusterIP = existingService.spec?.clusterIP;
          }
          return service;
        };
        const requests = (revision: number): KubeRequest[] => {
          const out: KubeRequest[] = [
            current
              ? { method: 'PUT', path: deploymentPath(namespace, app.name), body: build(revision) }
              : { method: 'POST', path: deploymentsPath(namespace), body: build(revision) },
          ];
          const svc = serviceBody();
          if (svc)
            out.push(
              existingService
                ? { method: 'PUT', path: servicePath(namespace, app.name), body: svc }
                : { method: 'POST', path: servicesPath(namespace), body: svc },
            );
          return out;
        };
        const nextRevision = (await this.repository.maxRevision(app.name, environment)) + 1;
        return {
          ...base,
          plan: plan(
            r.operation === 'deploy'
              ? `Deploy ${image} to ${environment} (${namespace}) with ${replicas} replica(s)`
              : `Roll back ${app.name} in ${environment} to ${image}${targetRevision ? ` (revision ${targetRevision})` : ''}`,
            replicas,
            {
              image: { from: currentImage, to: image },
              replicas: { from: currentReplicas, to: replicas },
              creates: current ? [] : ['Deployment'],
              service: service ? (existingService ? 'update' : 'create') : 'none',
              ...(r.operation === 'rollback' ? { targetRevision } : {}),
            },
          ),
          requests: requests(nextRevision),
          tag,
          replicasBefore: currentReplicas,
          replicasAfter: replicas,
          waits: true,
          revisioned: true,
          details: { image, ...(targetRevision ? { targetRevision } : {}) },
          execute: async (revision) => {
            const body = build(revision ?? nextRevision);
            if (!current) await kube!.createDeployment(namespace, body);
            else {
              // The controller bumps resourceVersion with every status update: on a conflict, take the
              // latest version and try again (a few times), then report the conflict.
              for (let attempt = 1; ; attempt++) {
                try {
                  await kube!.replaceDeployment(namespace, app.name, body);
                  break;
                } catch (err) {
                  if (!(err instanceof KubeError) || err.code !== 'kube_conflict' || attempt >= 3) throw err;
                  const latest = await kube!.readDeployment(namespace, app.name);
                  if (!latest) throw err;
                  body.metadata!.resourceVersion = latest.metadata?.resourceVersion;
                }
              }
            }
            const svc = serviceBody();
            if (svc) {
              if (existingService) await kube!.replaceService(namespace, app.name, svc);
              else await kube!.createService(namespace, svc);
            }
          },
        };
      }
      case 'scale': {
        requireDeployed();
        const replicas = r.replicas!;
        const patch = { spec: { replicas } };
        return {
          ...base,
          plan: plan(
            `Scale ${app.name} in ${environment} from ${currentReplicas ?? '?'} to ${replicas} replica(s)`,
            replicas,
            {
              replicas: { from: currentReplicas, to: replicas },
            },
          ),
          requests: [
            {
              method: 'PATCH',
              path: `${deploymentPath(namespace, app.name)}/scale`,
              body: patch,
            },
          ],
          tag: tagOf(currentImage ?? undefined),
          replicasBefore: currentReplicas,
          replicasAfter: replicas,
          waits: true,
          revisioned: false,
          details: {},
          execute: async () => {
            await kube!.patchScale(namespace, app.name, replicas);
          },
        };
      }
      case 'restart': {
        requireDeployed();
        const patchFor = (at: string) => ({
          spec: { template: { metadata: { annotations: { [RESTARTED_AT]: at } } } },
        });
        return {
          ...base,
          plan: plan(
            `Rolling restart of ${app.name} in ${environment} (${currentReplicas ?? '?'} replica(s))`,
            currentReplicas,
            {
              restart: true,
              replicas: currentReplicas,
            },
          ),
          requests: [
            {
              method: 'PATCH',
              path: deploymentPath(namespace, app.name),
              body: patchFor(new Date().toISOString()),
            },
          ],
          tag: tagOf(currentImage ?? undefined),
          replicasBefore: currentReplicas,
          replicasAfter: currentReplicas,
          waits: true,
          revisioned: true,
          details: {},
          execute: async () => {
            await kube!.patchDeployment(namespace, app.name, patchFor(new Date().toISOString()), 'strategic');
          },
        };
      }
      case 'delete': {
        const existingService = kube ? await kube.readService(namespace, app.name) : null;
        if (kube && !current && !existingService)
          throw new NotDeployedError(app.name, environment, namespace);
        const requests: KubeRequest[] = [];
        if (!kube || current)
          requests.push({
            method: 'DELETE',
            path: deploymentPath(namespace, app.name),
            body: { propagationPolicy: 'Background' },
          });
        if (!kube || existingService)
          requests.push({ method: 'DELETE', path: servicePath(namespace, app.name) });
        return {
          ...base,
          plan: plan(`Remove ${app.name} from ${environment} (Deployment and Service in ${namespace})`, 0, {
            deletes: requests.map((q) => q.path),
            replicas: { from: currentReplicas, to: 0 },
          }),
          requests,
          tag: tagOf(currentImage ?? undefined),
          replicasBefore: currentReplicas,
          replicasAfter: 0,
          waits: false,
          revisioned: false,
          details: {},
          execute: async () => {
            await kube!.deleteDeployment(namespace, app.name);
            await kube!.deleteService(namespace, app.name);
          },
        };
      }
    }
  }

  private async rollbackTarget(
    app: string,
    environment: Environment,
    r: OperationRequest,
    currentTag: string | null,
  ): Promise<{ tag: string; revision: number | null }> {
    if (r.revision !== undefined) {
      const row = await this.repository.findRevision(app, environment, r.revision);
      if (!row || row.status !== 'succeeded' || !row.tag)
        throw RollbackTargetError.revision(app, environment, r.revision);
      return { tag: row.tag, revision: row.revision };
    }
    const releases = await this.repository.successfulReleases(app, environment);
    if (r.tag !== undefined) {
      const row = releases.find((x) => x.tag === r.tag);
      if (!row) throw RollbackTargetError.tag(app, environment, r.tag);
      return { tag: row.tag!, revision: row.revision };
    }
    const current = currentTag ?? releases[0]?.tag ?? null;
    const previous = releases.find((x) => x.tag !== current);
    if (!previous) throw RollbackTargetError.noPrevious(app, environment);
    return { tag: previous.tag!, revision: previous.revision };
  }

  /** Runs a prepared operation under the held lock; records it from start to end. */
  private async execute(
    id: string,
    p: Prepared,
    actor: Actor,
    options: RunOptions,
    handOff: () => { lockKey: string; renew: NodeJS.Timeout },
  ): Promise<FullRecord> {
    const started = Date.now();
    const revision = p.revisioned ? (await this.repository.maxRevision(p.app.name, p.environment)) + 1 : null;
    const now = new Date().toISOString();
    await this.repository.insert({
      id,
      app: p.app.name,
      environment: p.environment,
      namespace: p.namespace,
      operation: p.operation,
      revision,
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
      created_at: now,
      started_at: null,
      finished_at: null,
    });
    await this.repository.update(id, { status: 'in_progress', started_at: new Date().toISOString() });
    this.changes.emit({ id, app: p.app.name, environment: p.environment, status: 'in_progress' });
    try {
      await p.execute(revision);
    } catch (err) {
      const appErr = err instanceof AppError ? err : null;
      await this.finish(
        id,
        p,
        started,
        'failed',
        appErr?.code ?? 'error',
        appErr?.message ?? 'Unexpected error',
      );
      if (appErr) {
        const details = (appErr.details ?? {}) as Record<string, unknown>;
        throw new KubeError(
          appErr.status,
          appErr.code,
          appErr.message,
          { ...details, operationId: id },
          { messageKey: appErr.messageKey, params: appErr.params, headers: appErr.options.headers },
        );
      }
      this.logger.error({ err, operationId: id }, 'operation failed unexpectedly');
      throw new AppError(
        500,
        'internal_error',
        errorMessage('internal_error.operation', { id }),
        { operationId: id },
        { messageKey: 'internal_error.operation', params: { id } },
      );
    }
    if (!p.waits) return this.finish(id, p, started, 'succeeded', 'Completed', null);

    const deadline = started + this.config.KLEPAAS_ROLLOUT_TIMEOUT_SECONDS * 1000;
    const result = await this.safeWait(p, deadline, options, options.signal);
    if (result.kind === 'aborted') {
      // The caller stopped waiting: keep watching in the background and finish the record then.
      const { lockKey, renew } = handOff();
      const task = (async () => {
        try {
          const later = await this.safeWait(p, deadline, {}, undefined);
          if (later.kind === 'aborted') return; // shutdown: reconciled at the next start
          await this.settle(id, p, started, later);
        } catch (err) {
          this.logger.error({ err, operationId: id }, 'background rollout watch failed');
        } finally {
          clearInterval(renew);
          await this.repository.releaseLock(lockKey, id).catch(() => undefined);
        }
      })();
      this.background.add(task);
      void task.finally(() => this.background.delete(task));
      return toRecord((await this.repository.find(id))!);
    }
    return this.settle(id, p, started, result);
  }

  private settle(id: string, p: Prepared, started: number, result: Exclude<WaitResult, { kind: 'aborted' }>) {
    return result.kind === 'done'
      ? this.finish(id, p, started, 'succeeded', 'RolloutComplete', null)
      : this.finish(id, p, started, 'failed', result.reason, result.message);
  }

  /** waitForRollout, with a cluster error while following the rollout turned into a failed result. */
  private async safeWait(
    p: Prepared,
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
    p: Prepared,
    deadline: number,
    options: RunOptions,
    signal: AbortSignal | undefined,
  ): Promise<WaitResult> {
    const kube = this.kube!;
    const signals = [this.lifetime.signal, ...(signal ? [signal] : [])];
    const stop = AbortSignal.any(signals);
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
        try {
          options.onProgress?.({
            readyReplicas: snap.ready,
            desiredReplicas: snap.desired,
            message: snap.message,
          });
        } catch (err) {
          this.logger.warn({ err }, 'onProgress callback threw');
        }
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

  private async finish(
    id: string,
    p: Pick<Prepared, 'operation' | 'environment'>,
    started: number,
    status: 'succeeded' | 'failed',
    reason: string,
    error: string | null,
  ): Promise<FullRecord> {
    await this.repository.update(id, { status, reason, error, finished_at: new Date().toISOString() });
    this.total.inc({ operation: p.operation, environment: p.environment, result: status });
    this.duration.observe(
      { operation: p.operation, environment: p.environment, result: status },
      (Date.now() - started) / 1000,
    );
    const record = toRecord((await this.repository.find(id))!);
    this.changes.emit({ id, app: record.app, environment: record.environment, status });
    if (record.source !== 'api') {
      // HTTP calls are audited by the global interceptor; other ways in are recorded here.
      await this.audit.record({
        userId: record.user,
        action: `deployment.${record.operation}`,
        resource: `${record.app}/${record.environment}`,
        status: status === 'succeeded' ? 200 : 500,
        details: {
          id: record.id,
          source: record.source,
          tag: record.tag,
          reason: record.reason,
          revision: record.revision,
        },
      });
    }
    this.notify(record);
    return record;
  }

  /**
   * The one place that raises alerts for finished operations (deployment_succeeded / deployment_failed /
   * rollback_succeeded / rollback_failed, error for the others) and logs every finish.
   */
  private notify(record: FullRecord): void {
    this.logger.debug(
      {
        operationId: record.id,
        app: record.app,
        environment: record.environment,
        status: record.status,
        reason: record.reason,
      },
      `operation ${record.operation} ${record.status}`,
    );
    // CI/CD raises its own result alert for the deploys it drives; one alert per event is enough.
    if (record.source === 'cicd') return;
    const failed = record.status === 'failed';
    const kind =
      record.operation === 'deploy'
        ? failed
          ? 'deployment_failed'
          : 'deployment_succeeded'
        : record.operation === 'rollback'
          ? failed
            ? 'rollback_failed'
            : 'rollback_succeeded'
          : failed
            ? 'error'
            : undefined;
    if (!kind) return;
    const started = Date.parse(record.startedAt ?? record.createdAt);
    const finished = Date.parse(record.finishedAt ?? new Date().toISOString());
    this.alerts.raise({
      kind,
      code: failed ? (record.reason ?? 'failed') : undefined,
      subject: `${record.app}/${record.environment}`,
      operation: record.operation,
      message: record.error ?? record.reason ?? `${record.operation} ${record.status}`,
      fields: {
        app: record.app,
        environment: record.environment,
        revision: record.revision,
        tag: record.tag,
        user: record.user,
        source: record.source,
        durationMs: Number.isFinite(finished - started) ? finished - started : undefined,
        link: this.appConfig.KLEPAAS_PUBLIC_URL
          ? `${this.appConfig.KLEPAAS_PUBLIC_URL.replace(/\/$/, '')}/api/v1/deployments/${record.id}`
          : undefined,
      },
    });
  }

  // ------------------------------------------------------------------ read side

  private requireKube(): KubeClient {
    if (!this.kube) throw new ClusterNotConfiguredError();
    return this.kube;
  }

  async status(appName: string, environmentAlias: string): Promise<AppStatus> {
    const environment = this.environments.resolve(environmentAlias);
    const app = await this.apps.get(appName);
    const kube = this.requireKube();
    const namespace = this.environments.namespaceOf(environment);
    const [d, pods] = await Promise.all([
      kube.readDeployment(namespace, app.name),
      kube.listPods(namespace, appSelector(app.name)),
    ]);
    return this.describe(app.name, environment, namespace, d, pods);
  }

  private describe(
    app: string,
    environment: Environment,
    namespace: string,
    d: V1Deployment | null,
    pods: V1Pod[],
  ): AppStatus {
    const image = d?.spec?.template?.spec?.containers?.[0]?.image ?? null;
    return {
      app,
      environment,
      namespace,
      deployed: d !== null,
      image,
      tag: tagOf(image ?? undefined),
      replicas: {
        desired: d?.spec?.replicas ?? 0,
        updated: d?.status?.updatedReplicas ?? 0,
        ready: d?.status?.readyReplicas ?? 0,
        available: d?.status?.availableReplicas ?? 0,
      },
      conditions: (d?.status?.conditions ?? []).map((c) => ({
        type: c.type,
        status: c.status,
        reason: c.reason ?? null,
        message: c.message ?? null,
      })),
      state: stateOf(d, pods),
      pods: pods.map(podStatus).sort((a, b) => a.name.localeCompare(b.name)),
    };
  }

  /** Status of many apps in one environment with two list calls (Deployments, Pods), whatever their number. */
  async statusMany(environmentAlias: string, appNames?: string[]): Promise<AppStatus[]> {
    const environment = this.environments.resolve(environmentAlias);
    const kube = this.requireKube();
    const namespace = this.environments.namespaceOf(environment);
    const [deployments, pods] = await Promise.all([
      kube.listDeployments(namespace, managedSelector),
      kube.listPods(namespace, managedSelector),
    ]);
    const names = appNames ?? deployments.map((d) => d.metadata?.name ?? '').filter(Boolean);
    const byApp = new Map<string, V1Pod[]>();
    for (const pod of pods) {
      const name = pod.metadata?.labels?.[NAME_LABEL];
      if (name) byApp.set(name, [...(byApp.get(name) ?? []), pod]);
    }
    return names.map((name) =>
      this.describe(
        name,
        environment,
        namespace,
        deployments.find((d) => d.metadata?.name === name) ?? null,
        byApp.get(name) ?? [],
      ),
    );
  }

  async logs(appName: string, environmentAlias: string, q: LogsQuery = {}): Promise<LogsResult> {
    const environment = this.environments.resolve(environmentAlias);
    const app = await this.apps.get(appName);
    const kube = this.requireKube();
    const namespace = this.environments.namespaceOf(environment);
    const max = this.config.KLEPAAS_LOGS_MAX_LINES;
    const lines = Math.min(Math.max(q.lines ?? 100, 1), max);
    const pods = (await kube.listPods(namespace, appSelector(app.name))).map((p) => p.metadata?.name ?? '');
    let chosen = pods;
    if (q.pod) {
      if (!pods.includes(q.pod))
        throw new AppError(
          404,
          'pod_not_found',
          `Pod "${q.pod}" is not a pod of ${app.name} in ${environment}`,
          {
            pods,
          },
        );
      chosen = [q.pod];
    }
    if (pods.length === 0) throw new NotDeployedError(app.name, environment, namespace);
    const container = q.container ?? CONTAINER_NAME;
    const out: LogsResult['pods'] = [];
    for (const pod of chosen) {
      const text = await kube.readPodLog(namespace, pod, {
        tailLines: lines,
        container,
        previous: q.previous,
      });
      const split = text.split('\n');
      if (split[split.length - 1] === '') split.pop();
      out.push({ pod, container, previous: q.previous ?? false, lines: split.slice(-lines) });
    }
    return { app: app.name, environment, namespace, lines, pods: out };
  }

  /** Every app with its state in every environment (two list calls per environment). */
  async overview(): Promise<AppOverview[]> {
    const apps = await this.apps.list();
    const perEnv = new Map<Environment, AppStatus[] | null>();
    for (const env of ENVIRONMENTS)
      perEnv.set(
        env,
        this.kube
          ? await this.statusMany(
              env,
              apps.map((a) => a.name),
            )
          : null,
      );
    return apps.map((app) => {
      const environments = {} as AppOverview['environments'];
      for (const env of ENVIRONMENTS) {
        const s = perEnv.get(env)?.find((x) => x.app === app.name);
        environments[env] = {
          namespace: this.environments.namespaceOf(env),
          state: s ? s.state : 'unknown',
          image: s?.image ?? null,
          tag: s?.tag ?? null,
          desired: s?.replicas.desired ?? 0,
          ready: s?.replicas.ready ?? 0,
        };
      }
      return { name: app.name, image: app.image, environments };
    });
  }

  async get(id: string): Promise<FullRecord> {
    const row = await this.repository.find(id);
    if (!row) throw new DeploymentNotFoundError(id);
    return toRecord(row);
  }

  async list(filter: HistoryFilter = {}): Promise<{ items: FullRecord[]; nextCursor: string | null }> {
    if (filter.status && !STATUSES.includes(filter.status))
      throw new BadRequestError(`Unknown status "${filter.status}"`);
    if (filter.source && !SOURCES.includes(filter.source))
      throw new BadRequestError(`Unknown source "${filter.source}"`);
    const request = keysetRequest(filter);
    const rows = await this.repository.list({
      app: filter.app,
      environment: filter.environment ? this.environments.resolve(filter.environment) : undefined,
      status: filter.status,
      source: filter.source,
      operation: filter.operation,
      limit: request.fetch,
      before: request.before,
    });
    return keysetPage(rows, request, (r) => ({ at: r.created_at, id: r.id }), toRecord);
  }

  /**
   * What runs in an app/environment by our history (the latest successful deploy or rollback) and whether
   * `tag` was released there before: CI/CD refuses to deploy again what runs or what ran before it.
   */
  async releaseStanding(
    app: string,
    environmentAlias: string,
    tag: string,
  ): Promise<{ current: string | null; deployedBefore: boolean }> {
    const environment = this.environments.resolve(environmentAlias);
    const [latest] = await this.repository.successfulReleases(app, environment, 1);
    return {
      current: latest?.tag ?? null,
      deployedBefore: await this.repository.releasedBefore(app, environment, tag),
    };
  }

  /** History of one app (newest first). */
  async history(app: string, environmentAlias?: string, limit = 50): Promise<FullRecord[]> {
    return (await this.list({ app, environment: environmentAlias, limit })).items;
  }

  // ------------------------------------------------------------------ lifecycle and crash recovery

  /**
   * Records left pending / in_progress by a process that died are settled from the cluster's state:
   * at startup, every KLEPAAS_OPERATION_RECONCILE_INTERVAL_MS (so a lease that expires after a restart
   * is noticed without another one), and when an operation takes over the app's expired lease.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.reconcile();
    this.reconcileTimer = setInterval(() => {
      if (this.reconciling) return;
      this.reconciling = this.reconcile()
        .catch((err: unknown) => this.logger.error({ err }, 'reconciliation pass failed'))
        .finally(() => (this.reconciling = null));
    }, this.config.KLEPAAS_OPERATION_RECONCILE_INTERVAL_MS);
    this.reconcileTimer.unref();
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
    return this.get(id);
  }

  /** The newest deployment record a CI/CD job started (the job id is its correlation id). */
  async findByCorrelation(correlationId: string): Promise<FullRecord | null> {
    const row = await this.repository.latestByCorrelation(correlationId);
    return row ? toRecord(row) : null;
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

  private async leaseIsLive(operationId: string): Promise<boolean> {
    const lock = await this.repository.findLockByOperation(operationId);
    return !!lock && lock.expires_at > new Date().toISOString();
  }

  /**
   * Under the lock of app + environment, any other unfinished record of it belongs to a process that
   * died (its lease expired, which is how we got the lock): settle it now, before changing the cluster.
   */
  private async reconcileTakenOver(app: string, environment: Environment): Promise<void> {
    for (const row of await this.repository.unfinished({ app, environment }))
      await this.reconcileRecord(row, true);
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
    this.changes.emit({
      id: row.id,
      app: row.app,
      environment: row.environment as Environment,
      status: verdict.status,
    });
    this.total.inc({ operation: row.operation, environment: row.environment, result: verdict.status });
    // The service changed the record on its own: recorded with no user, naming whose operation it was.
    await this.audit.record({
      userId: null,
      action: 'deployment.reconcile',
      resource: `${row.app}/${row.environment}`,
      status: verdict.status === 'succeeded' ? 200 : 500,
      details: {
        id: row.id,
        operation: row.operation,
        user: row.user_id,
        source: row.source,
        reason: verdict.reason,
        takeover,
      },
    });
    this.logger.warn(
      {
        operationId: row.id,
        app: row.app,
        environment: row.environment,
        status: verdict.status,
        reason: verdict.reason,
        takeover,
      },
      'reconciled an operation whose process stopped',
    );
    return true;
  }

  private async verdictFromCluster(
    row: DeploymentRow,
    takeover: boolean,
  ): Promise<{ status: 'succeeded' | 'failed'; reason: string; error: string | null } | null> {
    const stopped = 'The service stopped while this operation was running';
    const notApplied = {
      status: 'failed' as const,
      reason: 'NotApplied',
      error: `${stopped}, before the change reached the cluster; nothing was changed`,
    };
    if (row.status === 'pending') return notApplied; // nothing is sent before in_progress is recorded
    const deadline =
      Date.parse(row.started_at ?? row.created_at) + this.config.KLEPAAS_ROLLOUT_TIMEOUT_SECONDS * 1000;
    const overdue = takeover || Date.now() >= deadline;
    if (!this.kube)
      return { status: 'failed', reason: 'Interrupted', error: `${stopped}; no cluster to check` };
    try {
      const d = await this.kube.readDeployment(row.namespace, row.app);
      if (row.operation === 'delete')
        return d ? notApplied : { status: 'succeeded', reason: 'ReconciledAfterRestart', error: null };
      if (!d || !this.changeApplied(row, d)) return notApplied;
      const snap = rolloutSnapshot(d, row.replicas_after ?? undefined);
      if (snap.done) return { status: 'succeeded', reason: 'ReconciledAfterRestart', error: null };
      const failure =
        podFailure(await this.kube.listPods(row.namespace, appSelector(row.app)), d) ?? snap.failure;
      if (failure) return { status: 'failed', reason: failure.reason, error: failure.message };
      if (!overdue) return null; // still rolling out: a later pass settles it
      return {
        status: 'failed',
        reason: takeover ? 'Interrupted' : 'RolloutTimeout',
        error: takeover
          ? `${stopped}; its rollout had not finished when a newer operation took over (${snap.message})`
          : `${stopped}; its rollout did not finish within ${this.config.KLEPAAS_ROLLOUT_TIMEOUT_SECONDS}s (${snap.message})`,
      };
    } catch (err) {
      if (!overdue) return null; // the cluster may answer on a later pass
      return {
        status: 'failed',
        reason: 'Interrupted',
        error: `${stopped}; the cluster could not be checked (${err instanceof AppError ? err.code : 'error'})`,
      };
    }
  }

  /** Whether the Deployment carries this record's change (not an older or newer one). */
  private changeApplied(row: DeploymentRow, d: V1Deployment): boolean {
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

  /** Stops every rollout wait (records stay in_progress, locks are released; a reconciliation settles them). */
  async onModuleDestroy(): Promise<void> {
    if (this.reconcileTimer) clearInterval(this.reconcileTimer);
    await this.reconciling;
    this.lifetime.abort();
    await Promise.allSettled([...this.inflight]);
    await Promise.allSettled([...this.background]);
  }
}
