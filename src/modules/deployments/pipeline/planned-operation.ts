import type { V1Deployment } from '@kubernetes/client-node';
import type { App, EffectiveAppSettings } from '../../apps/apps.types.js';
import type { KubeClient } from '../../kubernetes/kube-client.js';
import type {
  Environment,
  KubeRequest,
  OperationKind,
  OperationPlan,
  OperationRequest,
} from '../deployments.contract.js';

/** Everything an operation needs, read once (under the app's lease when it will run). */
export interface PlannedOperation {
  app: App;
  environment: Environment;
  namespace: string;
  operation: OperationKind;
  /** What it changes and why it is destructive: what a user confirms. */
  plan: OperationPlan;
  /** What it sends, as a dry run shows it. */
  requests: KubeRequest[];
  tag: string | null;
  replicasBefore: number | null;
  replicasAfter: number | null;
  /** Waits for a rollout after sending. */
  waits: boolean;
  /** The history revision it takes (deploy, rollback, restart), null for the others. */
  revision: number | null;
  details: Record<string, unknown>;
  /** Sends the planned change to the cluster. */
  send(kube: KubeClient): Promise<void>;
}

/** What the planner read for an operation, handed to its strategy. */
export interface PlanContext {
  app: App;
  environment: Environment;
  namespace: string;
  request: OperationRequest;
  /** Whether a cluster is configured (without one, every operation is a dry run of its requests). */
  kube: KubeClient | null;
  /** The Deployment as it is now (null: not deployed, or no cluster). */
  current: V1Deployment | null;
  settings: EffectiveAppSettings;
  /** A deploy without a tag takes the tag running now (see RunOptions.currentTagWhenMissing). */
  currentTagWhenMissing: boolean;
}

/**
 * One strategy per operation: what it reads beyond the Deployment, what it sends, what it changes and
 * (through destructiveReasons) whether it is destructive.
 */
export interface OperationStrategy {
  plan(context: PlanContext): Promise<PlannedOperation>;
}
