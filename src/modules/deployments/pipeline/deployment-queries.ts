import { Inject, Injectable } from '@nestjs/common';
import type { V1Deployment, V1Pod } from '@kubernetes/client-node';
import { AppError, BadRequestError } from '../../../common/errors/app-error.js';
import { keysetPage, keysetRequest } from '../../../common/pagination/keyset-page.js';
import { AppsService } from '../../apps/apps.service.js';
import { EnvironmentsService } from '../../apps/environments.service.js';
import { KUBE_CLIENT, type KubeClient } from '../../kubernetes/kube-client.js';
import { ClusterNotConfiguredError } from '../../kubernetes/kubernetes.errors.js';
import { DeploymentsConfig } from '../deployments.config.js';
import {
  ENVIRONMENTS,
  type AppOverview,
  type AppStatus,
  type Environment,
  type HistoryFilter,
  type LogsQuery,
  type LogsResult,
  type OperationStatus,
  type PodStatus,
} from '../deployments.contract.js';
import { DeploymentNotFoundError, NotDeployedError } from '../deployments.errors.js';
import { DeploymentsRepository } from '../deployments.repository.js';
import { CONTAINER_NAME, NAME_LABEL, appSelector, managedSelector, tagOf } from '../manifests.js';
import { podFailure, rolloutSnapshot } from '../rollout.js';
import { SOURCES } from './operation-planner.js';
import { toRecord, type FullRecord } from './records.js';
import { InjectOverlappingReads, readAll } from '../../../database/overlapping-reads.js';

const STATUSES: OperationStatus[] = ['pending', 'in_progress', 'succeeded', 'failed'];
const DEFAULT_LOG_LINES = 100;

/** The read side: what runs (status, logs, overview) from the cluster, what ran (history) from the database. */
@Injectable()
export class DeploymentQueries {
  constructor(
    @Inject(KUBE_CLIENT) private readonly kube: KubeClient | null,
    private readonly apps: AppsService,
    private readonly environments: EnvironmentsService,
    private readonly repository: DeploymentsRepository,
    private readonly config: DeploymentsConfig,
    @InjectOverlappingReads() private readonly overlapReads: boolean = false,
  ) {}

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
    return describe(app.name, environment, namespace, d, pods);
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
      describe(
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
    const lines = Math.min(Math.max(q.lines ?? DEFAULT_LOG_LINES, 1), this.config.KLEPAAS_LOGS_MAX_LINES);
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
    const names = apps.map((a) => a.name);
    const perEnv = new Map<Environment, AppStatus[] | null>();
    for (const env of ENVIRONMENTS) perEnv.set(env, this.kube ? await this.statusMany(env, names) : null);
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
    // both at once on PostgreSQL: one round trip's wait (a webhook delivery waits for this)
    const [[latest], deployedBefore] = await readAll(this.overlapReads, [
      () => this.repository.successfulReleases(app, environment, 1),
      () => this.repository.releasedBefore(app, environment, tag),
    ]);
    return { current: latest?.tag ?? null, deployedBefore };
  }

  /** The newest deployment record a CI/CD job started (the job id is its correlation id). */
  async findByCorrelation(correlationId: string): Promise<FullRecord | null> {
    const row = await this.repository.latestByCorrelation(correlationId);
    return row ? toRecord(row) : null;
  }
}

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

function describe(
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
