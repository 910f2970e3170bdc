import type { V1Deployment, V1Service } from '@kubernetes/client-node';
import { retryOn } from '../../../common/resilience/retry-on.js';
import type { KubeClient } from '../../kubernetes/kube-client.js';
import { KubeError } from '../../kubernetes/kubernetes.errors.js';
import type { Environment, KubeRequest, OperationRequest } from '../deployments.contract.js';
import { InvalidOperationError, RollbackTargetError } from '../deployments.errors.js';
import type { DeploymentsRepository } from '../deployments.repository.js';
import {
  buildDeployment,
  buildService,
  deploymentPath,
  deploymentsPath,
  servicePath,
  servicesPath,
} from '../manifests.js';
import { currentImageOf, currentReplicasOf, currentTagOf, planOf, plannedOperation } from './plan-helpers.js';
import type { OperationStrategy, PlanContext, PlannedOperation } from './planned-operation.js';

/** Attempts at replacing a Deployment whose resourceVersion a status update moved on. */
const REPLACE_ATTEMPTS = 3;

/** What a deploy or a rollback releases: the tag, the replicas, how it reads and what it adds to the plan. */
interface Release {
  tag: string;
  replicas: number;
  summary: string;
  targetRevision: number | null;
}

/**
 * Deploy and rollback both write a Deployment (and the app's Service) for one tag. They read the Service
 * and the next history revision once; the Deployment was read by the planner.
 */
async function planRelease(
  context: PlanContext,
  repository: DeploymentsRepository,
  release: Release,
): Promise<PlannedOperation> {
  const { app, environment, namespace, kube, current, settings, request } = context;
  const service = buildService(app, namespace);
  const existingService = kube && service ? await kube.readService(namespace, app.name) : null;
  if (service && existingService) {
    service.metadata!.resourceVersion = existingService.metadata?.resourceVersion;
    service.spec!.clusterIP = existingService.spec?.clusterIP;
  }
  const revision = (await repository.maxRevision(app.name, environment)) + 1;
  const deployment = buildDeployment(app, settings, namespace, release.tag, release.replicas, revision);
  if (current?.metadata?.resourceVersion)
    deployment.metadata!.resourceVersion = current.metadata.resourceVersion;
  const image = `${app.image}:${release.tag}`;
  const currentReplicas = currentReplicasOf(context);
  const targetRevision = release.targetRevision;
  return plannedOperation(context, {
    plan: planOf(context, release.summary, release.replicas, {
      image: { from: currentImageOf(context), to: image },
      replicas: { from: currentReplicas, to: release.replicas },
      creates: current ? [] : ['Deployment'],
      service: service ? (existingService ? 'update' : 'create') : 'none',
      ...(request.operation === 'rollback' ? { targetRevision } : {}),
    }),
    requests: releaseRequests(context, deployment, service, existingService),
    tag: release.tag,
    replicasAfter: release.replicas,
    waits: true,
    revision,
    details: { image, ...(targetRevision ? { targetRevision } : {}) },
    send: async (client) => {
      if (current) await replaceDeployment(client, namespace, app.name, deployment);
      else await client.createDeployment(namespace, deployment);
      if (!service) return;
      if (existingService) await client.replaceService(namespace, app.name, service);
      else await client.createService(namespace, service);
    },
  });
}

function releaseRequests(
  context: PlanContext,
  deployment: V1Deployment,
  service: V1Service | null,
  existingService: V1Service | null,
): KubeRequest[] {
  const { namespace, app } = context;
  const out: KubeRequest[] = [
    context.current
      ? { method: 'PUT', path: deploymentPath(namespace, app.name), body: deployment }
      : { method: 'POST', path: deploymentsPath(namespace), body: deployment },
  ];
  if (service)
    out.push(
      existingService
        ? { method: 'PUT', path: servicePath(namespace, app.name), body: service }
        : { method: 'POST', path: servicesPath(namespace), body: service },
    );
  return out;
}

/**
 * The controller bumps resourceVersion with every status update: on a conflict, take the latest version
 * and try again (a few times), then report the conflict.
 */
function replaceDeployment(
  kube: KubeClient,
  namespace: string,
  name: string,
  body: V1Deployment,
): Promise<V1Deployment> {
  return retryOn(() => kube.replaceDeployment(namespace, name, body), {
    attempts: REPLACE_ATTEMPTS,
    retryable: (err) => err instanceof KubeError && err.code === 'kube_conflict',
    beforeRetry: async (err) => {
      const latest = await kube.readDeployment(namespace, name);
      if (!latest) throw err;
      body.metadata!.resourceVersion = latest.metadata?.resourceVersion;
    },
  });
}

export class DeployStrategy implements OperationStrategy {
  constructor(private readonly repository: DeploymentsRepository) {}

  plan(context: PlanContext): Promise<PlannedOperation> {
    const { app, environment, namespace, request, settings } = context;
    const tag = request.tag ?? (context.currentTagWhenMissing ? currentTagOf(context) : null);
    if (!tag) throw new InvalidOperationError('invalid_operation.deploy_needs_tag', {});
    const replicas = request.replicas ?? currentReplicasOf(context) ?? settings.replicas;
    return planRelease(context, this.repository, {
      tag,
      replicas,
      summary: `Deploy ${app.image}:${tag} to ${environment} (${namespace}) with ${replicas} replica(s)`,
      targetRevision: null,
    });
  }
}

export class RollbackStrategy implements OperationStrategy {
  constructor(private readonly repository: DeploymentsRepository) {}

  async plan(context: PlanContext): Promise<PlannedOperation> {
    const { app, environment, request, settings } = context;
    const target = await this.target(app.name, environment, request, currentTagOf(context));
    const revisionNote = target.revision ? ` (revision ${target.revision})` : '';
    return planRelease(context, this.repository, {
      tag: target.tag,
      replicas: currentReplicasOf(context) ?? settings.replicas,
      summary: `Roll back ${app.name} in ${environment} to ${app.image}:${target.tag}${revisionNote}`,
      targetRevision: target.revision,
    });
  }

  /** The named revision or tag, or else the latest successful release before what runs now. */
  private async target(
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
}
