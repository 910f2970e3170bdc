import { Inject, Injectable } from '@nestjs/common';
import { AppsService } from '../../apps/apps.service.js';
import type { App } from '../../apps/apps.types.js';
import { EnvironmentsService } from '../../apps/environments.service.js';
import { KUBE_CLIENT, type KubeClient } from '../../kubernetes/kube-client.js';
import {
  MAX_REPLICAS,
  OPERATIONS,
  type Actor,
  type Environment,
  type OperationKind,
  type OperationRequest,
  type OperationSource,
  type RunOptions,
} from '../deployments.contract.js';
import { InvalidOperationError } from '../deployments.errors.js';
import { DeploymentsRepository } from '../deployments.repository.js';
import { DeleteStrategy, RestartStrategy, ScaleStrategy } from './change.strategies.js';
import type { OperationStrategy, PlannedOperation } from './planned-operation.js';
import { DeployStrategy, RollbackStrategy } from './release.strategies.js';

const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
export const SOURCES: OperationSource[] = ['api', 'nlp', 'mcp', 'cicd'];
/** The most replicas an operation may ask for. */

/** An admitted request: known operation and source, valid fields, its app and environment resolved. */
export interface AdmittedRequest {
  app: App;
  environment: Environment;
  request: OperationRequest;
  options: RunOptions;
}

/**
 * Admits a request and plans it: reads the Deployment once for every operation, hands it to the
 * operation's strategy (which reads what else it needs: the Service, the history) and returns what will
 * be sent and what it changes. Reads nothing twice; sends nothing.
 */
@Injectable()
export class OperationPlanner {
  private readonly strategies: Record<OperationKind, OperationStrategy>;

  constructor(
    @Inject(KUBE_CLIENT) private readonly kube: KubeClient | null,
    private readonly apps: AppsService,
    private readonly environments: EnvironmentsService,
    repository: DeploymentsRepository,
  ) {
    this.strategies = {
      deploy: new DeployStrategy(repository),
      rollback: new RollbackStrategy(repository),
      scale: new ScaleStrategy(),
      restart: new RestartStrategy(repository),
      delete: new DeleteStrategy(),
    };
  }

  async admit(request: OperationRequest, actor: Actor, options: RunOptions): Promise<AdmittedRequest> {
    if (!OPERATIONS.includes(request.operation))
      throw new InvalidOperationError('invalid_operation.unknown_operation', {
        operation: String(request.operation),
        known: OPERATIONS.join(', '),
      });
    if (!SOURCES.includes(actor.source))
      throw new InvalidOperationError('invalid_operation.unknown_source', { source: String(actor.source) });
    const environment = this.environments.resolveOrDefault(request.environment);
    const app = await this.apps.get(request.app);
    validateFields(request, options);
    return { app, environment, request, options };
  }

  async plan({ app, environment, request, options }: AdmittedRequest): Promise<PlannedOperation> {
    const namespace = this.environments.namespaceOf(environment);
    const current = this.kube ? await this.kube.readDeployment(namespace, app.name) : null;
    return this.strategies[request.operation].plan({
      app,
      environment,
      namespace,
      request,
      kube: this.kube,
      current,
      settings: this.apps.effective(app, environment),
      currentTagWhenMissing: options.currentTagWhenMissing === true,
    });
  }
}

function validateFields(r: OperationRequest, options: RunOptions): void {
  if (r.tag !== undefined && (typeof r.tag !== 'string' || !TAG_PATTERN.test(r.tag)))
    throw new InvalidOperationError('invalid_operation.tag', {});
  if (
    r.replicas !== undefined &&
    (!Number.isInteger(r.replicas) || r.replicas < 0 || r.replicas > MAX_REPLICAS)
  )
    throw new InvalidOperationError('invalid_operation.replicas', {});
  if (r.revision !== undefined && (!Number.isInteger(r.revision) || r.revision < 1))
    throw new InvalidOperationError('invalid_operation.revision', {});
  switch (r.operation) {
    case 'deploy':
      // Without a tag, the planner takes the one running now when the caller allows it.
      if (!r.tag && !options.currentTagWhenMissing)
        throw new InvalidOperationError('invalid_operation.deploy_needs_tag', {});
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
