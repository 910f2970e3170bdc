import type { OperationKind } from './deployments.contract.js';

/**
 * The one destructive-operation rule. DeploymentsService asks for confirmation when it applies (so REST,
 * NLP, MCP and CI/CD all follow it), the NL interpreter's `destructive` flag is this rule applied to what
 * the sentence says, and the MCP tool descriptions and README quote DESTRUCTIVE_RULE_TEXT.
 */
export interface ChangeToJudge {
  environment: string | undefined;
  operation: OperationKind;
  /** Replicas the app is left with; undefined when not known (the interpreter before the cluster is read). */
  replicasAfter?: number | null;
}

/** The reasons a plan's `destructiveBecause` may name; the NL answers translate each one. */
export const DESTRUCTIVE_REASONS = {
  production: 'production environment',
  delete: 'removes the app from the environment',
  rollback: 'rollback',
  zeroReplicas: 'leaves zero replicas',
} as const;
export type DestructiveReason = (typeof DESTRUCTIVE_REASONS)[keyof typeof DESTRUCTIVE_REASONS];

interface Clause {
  /** How the clause reads in documentation. */
  says: string;
  /** The reason named in a plan's `destructiveBecause`. */
  reason: DestructiveReason;
  applies(change: ChangeToJudge): boolean;
}

const CLAUSES: readonly Clause[] = [
  {
    says: 'anything in production',
    reason: DESTRUCTIVE_REASONS.production,
    applies: (c) => c.environment === 'production',
  },
  {
    says: 'delete',
    reason: DESTRUCTIVE_REASONS.delete,
    applies: (c) => c.operation === 'delete',
  },
  { says: 'rollback', reason: DESTRUCTIVE_REASONS.rollback, applies: (c) => c.operation === 'rollback' },
  {
    // A deploy that names replicas 0, or keeps an app that is scaled to zero at zero, takes it down as
    // surely as `scale 0` does.
    says: 'a deploy or scale that leaves 0 replicas',
    reason: DESTRUCTIVE_REASONS.zeroReplicas,
    applies: (c) => (c.operation === 'deploy' || c.operation === 'scale') && c.replicasAfter === 0,
  },
];

/** Why a change is destructive (empty: it is not). */
export function destructiveReasons(change: ChangeToJudge): DestructiveReason[] {
  return CLAUSES.filter((c) => c.applies(change)).map((c) => c.reason);
}

export function isDestructive(change: ChangeToJudge): boolean {
  return destructiveReasons(change).length > 0;
}

/** "anything in production, delete, rollback, or a deploy or scale that leaves 0 replicas" */
export const DESTRUCTIVE_RULE_TEXT = `${CLAUSES.slice(0, -1)
  .map((c) => c.says)
  .join(', ')}, or ${CLAUSES[CLAUSES.length - 1].says}`;
