import type { KubeRequest } from '../deployments.contract.js';
import { NotDeployedError } from '../deployments.errors.js';
import type { DeploymentsRepository } from '../deployments.repository.js';
import { RESTARTED_AT, deploymentPath, servicePath } from '../manifests.js';
import { currentReplicasOf, planOf, plannedOperation, requireDeployed } from './plan-helpers.js';
import type { OperationStrategy, PlanContext, PlannedOperation } from './planned-operation.js';

/** Scale reads nothing beyond the Deployment and patches its scale subresource. */
export class ScaleStrategy implements OperationStrategy {
  plan(context: PlanContext): Promise<PlannedOperation> {
    requireDeployed(context);
    const { app, environment, namespace, request } = context;
    const replicas = request.replicas!;
    const currentReplicas = currentReplicasOf(context);
    return Promise.resolve(
      plannedOperation(context, {
        plan: planOf(
          context,
          `Scale ${app.name} in ${environment} from ${currentReplicas ?? '?'} to ${replicas} replica(s)`,
          replicas,
          { replicas: { from: currentReplicas, to: replicas } },
        ),
        requests: [
          {
            method: 'PATCH',
            path: `${deploymentPath(namespace, app.name)}/scale`,
            body: { spec: { replicas } },
          },
        ],
        replicasAfter: replicas,
        waits: true,
        revision: null,
        send: (kube) => kube.patchScale(namespace, app.name, replicas).then(() => undefined),
      }),
    );
  }
}

/** Restart stamps the pod template (a rolling restart) and takes the next history revision. */
export class RestartStrategy implements OperationStrategy {
  constructor(private readonly repository: DeploymentsRepository) {}

  async plan(context: PlanContext): Promise<PlannedOperation> {
    requireDeployed(context);
    const { app, environment, namespace } = context;
    const currentReplicas = currentReplicasOf(context);
    const patchFor = (at: string) => ({
      spec: { template: { metadata: { annotations: { [RESTARTED_AT]: at } } } },
    });
    return plannedOperation(context, {
      plan: planOf(
        context,
        `Rolling restart of ${app.name} in ${environment} (${currentReplicas ?? '?'} replica(s))`,
        currentReplicas,
        { restart: true, replicas: currentReplicas },
      ),
      requests: [
        {
          method: 'PATCH',
          path: deploymentPath(namespace, app.name),
          body: patchFor(new Date().toISOString()),
        },
      ],
      replicasAfter: currentReplicas,
      waits: true,
      revision: (await this.repository.maxRevision(app.name, environment)) + 1,
      // Stamped when sent: reconciliation compares it with the record's start.
      send: async (kube) => {
        await kube.patchDeployment(namespace, app.name, patchFor(new Date().toISOString()), 'strategic');
      },
    });
  }
}

/** Delete reads the Service too (either object may be left) and removes both; nothing to wait for. */
export class DeleteStrategy implements OperationStrategy {
  async plan(context: PlanContext): Promise<PlannedOperation> {
    const { app, environment, namespace, kube, current } = context;
    const existingService = kube ? await kube.readService(namespace, app.name) : null;
    if (kube && !current && !existingService) throw new NotDeployedError(app.name, environment, namespace);
    const requests: KubeRequest[] = [];
    if (!kube || current)
      requests.push({
        method: 'DELETE',
        path: deploymentPath(namespace, app.name),
        body: { propagationPolicy: 'Background' },
      });
    if (!kube || existingService) requests.push({ method: 'DELETE', path: servicePath(namespace, app.name) });
    return plannedOperation(context, {
      plan: planOf(
        context,
        `Remove ${app.name} from ${environment} (Deployment and Service in ${namespace})`,
        0,
        {
          deletes: requests.map((q) => q.path),
          replicas: { from: currentReplicasOf(context), to: 0 },
        },
      ),
      requests,
      replicasAfter: 0,
      waits: false,
      revision: null,
      send: async (client) => {
        await client.deleteDeployment(namespace, app.name);
        await client.deleteService(namespace, app.name);
      },
    });
  }
}
