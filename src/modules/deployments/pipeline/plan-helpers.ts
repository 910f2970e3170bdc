import type { OperationPlan } from '../deployments.contract.js';
import { NotDeployedError } from '../deployments.errors.js';
import { destructiveReasons } from '../destructive-rule.js';
import { tagOf } from '../manifests.js';
import type { PlanContext, PlannedOperation } from './planned-operation.js';

/** The image the Deployment runs now (null when it does not exist). */
export function currentImageOf(context: PlanContext): string | null {
  return context.current?.spec?.template?.spec?.containers?.[0]?.image ?? null;
}

export function currentTagOf(context: PlanContext): string | null {
  return tagOf(currentImageOf(context) ?? undefined);
}

/** Replicas the Deployment asks for now (null when it does not exist). */
export function currentReplicasOf(context: PlanContext): number | null {
  return context.current ? (context.current.spec?.replicas ?? 1) : null;
}

/** The plan a user sees and confirms; the destructive rule is applied here, once for every operation. */
export function planOf(
  context: PlanContext,
  summary: string,
  replicasAfter: number | null,
  changes: Record<string, unknown>,
): OperationPlan {
  const { app, environment, namespace, request } = context;
  return {
    app: app.name,
    environment,
    namespace,
    operation: request.operation,
    summary,
    destructiveBecause: destructiveReasons({ environment, operation: request.operation, replicasAfter }),
    changes,
  };
}

/** Scale and restart change a Deployment that must exist (without a cluster, the dry run shows them anyway). */
export function requireDeployed(context: PlanContext): void {
  if (context.kube && !context.current)
    throw new NotDeployedError(context.app.name, context.environment, context.namespace);
}

/** What a strategy decides; the rest of a planned operation is read off the context the same way for all. */
export type StrategyDecision = Omit<
  PlannedOperation,
  'app' | 'environment' | 'namespace' | 'operation' | 'tag' | 'replicasBefore' | 'details'
> &
  Partial<Pick<PlannedOperation, 'tag' | 'details'>>;

/** A planned operation: the target and what runs now from the context, the change from the strategy. */
export function plannedOperation(context: PlanContext, decision: StrategyDecision): PlannedOperation {
  const { app, environment, namespace, request } = context;
  return {
    app,
    environment,
    namespace,
    operation: request.operation,
    tag: currentTagOf(context),
    replicasBefore: currentReplicasOf(context),
    details: {},
    ...decision,
  };
}
