/**
 * The deployments module's public contract. REST, NLP, MCP tools and CI/CD all end in
 * DeploymentsService.run(); they rely on these names. The deployments module owns this file and may
 * add to it, but does not rename or remove what is here.
 */
import type { Environment } from '../apps/environments.js';

export { ENVIRONMENTS, type Environment } from '../apps/environments.js';

export const OPERATIONS = ['deploy', 'scale', 'rollback', 'restart', 'delete'] as const;
export type OperationKind = (typeof OPERATIONS)[number];

/** The most replicas one operation may ask for, wherever a request is read (REST, MCP, the pipeline). */
export const MAX_REPLICAS = 100;

export type OperationSource = 'api' | 'nlp' | 'mcp' | 'cicd';
export type OperationStatus = 'pending' | 'in_progress' | 'succeeded' | 'failed';

export interface Actor {
  userId: string;
  source: OperationSource;
}

export interface OperationRequest {
  app: string;
  /** Canonical name or any alias (개발, stg, 운영, prod, …). */
  environment: string;
  operation: OperationKind;
  /** deploy: image tag; rollback: target image tag. */
  tag?: string;
  /** deploy (optional) / scale (required). */
  replicas?: number;
  /** rollback: target revision number. */
  revision?: number;
  dryRun?: boolean;
  confirmationToken?: string;
}

export interface RunOptions {
  /** Rollout progress (ready replicas as they come). */
  onProgress?: (progress: { readyReplicas: number; desiredReplicas: number; message?: string }) => void;
  /** Stop waiting for the rollout (the operation itself is not undone). */
  signal?: AbortSignal;
  /** CI/CD links its job to the history record. */
  correlationId?: string;
  /**
   * A confirmation held server-side by its token's hash (a plan confirmed in an NLP conversation with
   * "yes"): checked exactly like `OperationRequest.confirmationToken` (user, expiry, plan hash, once).
   */
  confirmationTokenHash?: string;
  /**
   * The caller is already authorised to run this operation without a confirmation, and says why (CI/CD:
   * a job queued under the `auto` production policy or confirmed with /confirm). Only server-side callers
   * set it; no route accepts it.
   */
  preAuthorised?: { reason: string };
  /** A deploy without a tag takes the tag running there now (a NL "deploy web-app to staging"). */
  currentTagWhenMissing?: boolean;
}

export interface DeploymentRecord {
  id: string;
  app: string;
  environment: Environment;
  namespace: string;
  operation: OperationKind;
  revision: number | null;
  tag: string | null;
  replicasBefore: number | null;
  replicasAfter: number | null;
  user: string;
  source: OperationSource;
  status: OperationStatus;
  reason: string | null;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface OperationPlan {
  app: string;
  environment: Environment;
  namespace: string;
  operation: OperationKind;
  summary: string;
  destructiveBecause: string[];
  changes: Record<string, unknown>;
}

export interface KubeRequest {
  method: string;
  path: string;
  body?: unknown;
}

/** The dry run's notice when no cluster is configured (NLP says it in the command's language). */
export const NO_CLUSTER_NOTICE =
  'No Kubernetes cluster is configured: nothing was changed. These are the requests that would be sent.';

export type OperationOutcome =
  | { kind: 'executed'; record: DeploymentRecord }
  | { kind: 'confirmation_required'; plan: OperationPlan; confirmationToken: string; expiresAt: string }
  | { kind: 'dry_run'; requests: KubeRequest[]; notice?: string };

// ---- Added by the deployments module (read side, shared with NLP / MCP) ----

export interface DeploymentRecordExtras {
  /** CI/CD job id (RunOptions.correlationId). */
  correlationId?: string | null;
}

export interface PodStatus {
  name: string;
  phase: string;
  ready: boolean;
  restarts: number;
  /** Why a container is not running (ImagePullBackOff, CrashLoopBackOff, …). */
  waitingReason: string | null;
  image: string | null;
}

export interface AppStatus {
  app: string;
  environment: Environment;
  namespace: string;
  deployed: boolean;
  image: string | null;
  tag: string | null;
  replicas: { desired: number; updated: number; ready: number; available: number };
  conditions: { type: string; status: string; reason: string | null; message: string | null }[];
  /** running | progressing | degraded | scaled_to_zero | not_deployed */
  state: string;
  pods: PodStatus[];
}

export interface LogsQuery {
  lines?: number;
  pod?: string;
  container?: string;
  previous?: boolean;
}

export interface LogsResult {
  app: string;
  environment: Environment;
  namespace: string;
  lines: number;
  pods: { pod: string; container: string | null; previous: boolean; lines: string[] }[];
}

export interface HistoryFilter {
  app?: string;
  /** Any alias. */
  environment?: string;
  status?: OperationStatus;
  source?: OperationSource;
  operation?: OperationKind;
  limit?: number;
  cursor?: string;
}

export interface AppOverview {
  name: string;
  image: string;
  environments: Record<
    Environment,
    {
      namespace: string;
      state: string;
      image: string | null;
      tag: string | null;
      desired: number;
      ready: number;
    }
  >;
}

// ---- The destructive-operation rule (one function for REST, NLP, MCP and CI/CD) ----

export {
  DESTRUCTIVE_REASONS,
  DESTRUCTIVE_RULE_TEXT,
  destructiveReasons,
  isDestructive,
  type ChangeToJudge,
  type DestructiveReason,
} from './destructive-rule.js';
