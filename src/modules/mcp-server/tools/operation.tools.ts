import { z, type ZodRawShape } from 'zod';
import {
  DESTRUCTIVE_RULE_TEXT,
  ENVIRONMENTS,
  MAX_REPLICAS,
  OPERATIONS,
  type Actor,
  type DeploymentRecord,
  type Environment,
  type OperationKind,
  type OperationOutcome,
  type OperationPlan,
  type OperationRequest,
  type RunOptions,
} from '../../deployments/deployments.contract.js';
import { appName, recordShape } from './app.tools.js';
import {
  defineTool,
  toolHints,
  type AnyToolDefinition,
  type ConfirmAnswer,
  type ToolContext,
  type ToolHints,
  type ToolOutcome,
} from '../mcp-catalog.js';

/** What the operation tools need: DeploymentsService.run() of the deployments contract. */
export interface OperationRunner {
  run(request: OperationRequest, actor: Actor, options?: RunOptions): Promise<OperationOutcome>;
}

/** What every operation tool acts on: its first arguments. */
const TARGET = { app: appName, environment: z.enum(ENVIRONMENTS).describe('Target environment') };

/** How every operation tool may be run: its last arguments. */
const RUN_CONTROLS = {
  dryRun: z.boolean().optional().describe('Only show the Kubernetes requests, change nothing'),
  confirmationToken: z
    .string()
    .min(1)
    .max(512)
    .optional()
    .describe('Token from the first call; the operation runs only when it is given back'),
};

/** One output shape for every operation: what happened, and the matching details. */
export const operationOutput = {
  status: z.enum(['executed', 'confirmation_required', 'dry_run', 'declined']),
  deployment: recordShape.optional(),
  plan: z
    .object({
      app: z.string(),
      environment: z.string(),
      namespace: z.string(),
      operation: z.string(),
      summary: z.string(),
      destructiveBecause: z.array(z.string()),
      changes: z.record(z.string(), z.unknown()),
    })
    .optional(),
  confirmationToken: z.string().optional(),
  expiresAt: z.string().optional(),
  requests: z
    .array(z.object({ method: z.string(), path: z.string(), body: z.unknown().optional() }))
    .optional(),
  notice: z.string().optional(),
  /** How the user answered the confirmation asked through elicitation (clients that support it). */
  confirmation: z.enum(['accept', 'decline', 'cancel', 'timeout']).optional(),
};

type OperationResult = z.infer<z.ZodObject<typeof operationOutput>>;
type OperationToolOutcome = ToolOutcome<OperationResult>;

/** The tool that runs an operation of the deployments contract: deploy → deploy_app. */
export const operationToolName = (operation: OperationKind): string => `${operation}_app`;

const VERB: Record<OperationKind, string> = {
  deploy: 'Deployed',
  scale: 'Scaled',
  rollback: 'Rolled back',
  restart: 'Restarted',
  delete: 'Deleted',
};

/** Maps an OperationOutcome to the tool result: structured content plus one or two sentences. */
export function describeOutcome(tool: string, outcome: OperationOutcome): OperationToolOutcome {
  switch (outcome.kind) {
    case 'confirmation_required':
      return describeConfirmationRequired(tool, outcome);
    case 'dry_run':
      return describeDryRun(outcome);
    case 'executed':
      return describeExecuted(outcome.record);
  }
}

function describeConfirmationRequired(
  tool: string,
  outcome: Extract<OperationOutcome, { kind: 'confirmation_required' }>,
): OperationToolOutcome {
  const { plan, confirmationToken, expiresAt } = outcome;
  return {
    structured: { status: 'confirmation_required', plan, confirmationToken, expiresAt },
    text:
      `Confirmation required — nothing was changed. Plan: ${plan.summary}` +
      (plan.destructiveBecause.length ? ` (${plan.destructiveBecause.join('; ')})` : '') +
      `. To proceed, call ${tool} again with the same arguments and confirmationToken "${confirmationToken}" ` +
      `(valid until ${expiresAt}).`,
  };
}

function describeDryRun(outcome: Extract<OperationOutcome, { kind: 'dry_run' }>): OperationToolOutcome {
  const { requests, notice } = outcome;
  return {
    structured: {
      status: 'dry_run',
      requests: requests.map((r) => ({ method: r.method, path: r.path, body: r.body })),
      ...(notice ? { notice } : {}),
    },
    text:
      `Dry run — nothing was changed. ${requests.length} Kubernetes request(s): ` +
      requests.map((r) => `${r.method} ${r.path}`).join(', ') +
      (notice ? `. ${notice}` : ''),
  };
}

function describeExecuted(r: DeploymentRecord): OperationToolOutcome {
  const detail =
    r.operation === 'scale' || r.replicasAfter !== null
      ? ` (replicas ${r.replicasBefore ?? '?'} → ${r.replicasAfter ?? '?'})`
      : '';
  const tag = r.tag ? ` ${r.app}:${r.tag}` : ` ${r.app}`;
  return {
    structured: { status: 'executed', deployment: r },
    text:
      r.status === 'failed'
        ? `${r.operation} of ${r.app} in ${r.environment} failed: ${r.error ?? r.reason ?? 'unknown error'} (deployment ${r.id})`
        : `${VERB[r.operation]}${tag} in ${r.environment}${detail}: ${r.status} (deployment ${r.id})`,
  };
}

/** What the user is asked in `elicitation/create` before a destructive operation runs. */
export function confirmMessage(plan: OperationPlan, expiresAt: string): string {
  return (
    `Confirm: ${plan.summary}` +
    (plan.destructiveBecause.length ? ` — destructive because: ${plan.destructiveBecause.join('; ')}` : '') +
    `. Accept to run it now, decline to change nothing (the plan expires at ${expiresAt}).`
  );
}

type Refusal = Exclude<ConfirmAnswer, 'accept' | 'unavailable'>;

const DECLINED_TEXT: Record<Refusal, string> = {
  decline: 'The user declined',
  cancel: 'The user cancelled the confirmation',
  timeout: 'No answer before the plan expired',
};

function declined(plan: OperationPlan, answer: Refusal): OperationToolOutcome {
  return {
    structured: { status: 'declined', plan, confirmation: answer },
    text: `${DECLINED_TEXT[answer]} — nothing was changed. Plan was: ${plan.summary}.`,
  };
}

function runOptions(ctx: ToolContext): RunOptions {
  return {
    signal: ctx.signal,
    onProgress: (p) =>
      void ctx.progress({
        progress: p.readyReplicas,
        total: p.desiredReplicas,
        message: p.message ?? `${p.readyReplicas}/${p.desiredReplicas} replicas ready`,
      }),
  };
}

const actor = (ctx: ToolContext): Actor => ({ userId: ctx.caller.userId, source: 'mcp' });

/** Runs one operation request for a tool call and describes what came of it. */
type RunOperation = (request: OperationRequest, ctx: ToolContext) => Promise<OperationToolOutcome>;

/**
 * Runs the request; when it needs confirmation and the client can ask its user, the plan is shown now
 * and the call goes on (or stops) with the answer. Accepting replays the request with the plan's token,
 * so expiry, the changed-cluster check and the single use of the token apply exactly as for a token
 * given back by hand.
 */
function runWithConfirmation(runner: OperationRunner): RunOperation {
  return async (request, ctx) => {
    const tool = operationToolName(request.operation);
    const outcome = await runner.run(request, actor(ctx), runOptions(ctx));
    if (outcome.kind !== 'confirmation_required' || !ctx.confirm) return describeOutcome(tool, outcome);
    const answer = await ctx.confirm({
      message: confirmMessage(outcome.plan, outcome.expiresAt),
      expiresAt: outcome.expiresAt,
    });
    if (answer === 'unavailable') return describeOutcome(tool, outcome); // plan + token, as without elicitation
    if (answer !== 'accept') return declined(outcome.plan, answer);
    const confirmed = { ...request, confirmationToken: outcome.confirmationToken };
    const done = describeOutcome(tool, await runner.run(confirmed, actor(ctx), runOptions(ctx)));
    return { ...done, structured: { ...done.structured, confirmation: answer } };
  };
}

const CONFIRM_NOTE =
  ` Destructive changes (${DESTRUCTIVE_RULE_TEXT}) need confirmation: clients with the elicitation ` +
  'capability are asked to accept or decline the plan within this call; others get a plan and a ' +
  'confirmationToken, and nothing runs until the same call is repeated with that token.';

type TargetArgs = { app: string; environment: Environment; dryRun?: boolean; confirmationToken?: string };
/** What an operation adds to its target: the fields of OperationRequest it uses, in its own order. */
type OperationDetails = Pick<OperationRequest, 'tag' | 'replicas' | 'revision'>;

interface OperationToolSpec<I extends ZodRawShape> {
  title: string;
  /** Followed by the confirmation note every operation tool carries. */
  description: string;
  hints: ToolHints;
  /** The arguments between the target (app, environment) and the run controls (dryRun, token). */
  input: I;
  details(args: z.infer<z.ZodObject<I>>): OperationDetails;
}

/** An mcp:execute tool named after its operation, with the target, run controls and output all share. */
function operationTool<I extends ZodRawShape>(
  operation: OperationKind,
  spec: OperationToolSpec<I>,
  run: RunOperation,
): AnyToolDefinition {
  return defineTool({
    name: operationToolName(operation),
    title: spec.title,
    description: spec.description + CONFIRM_NOTE,
    scope: 'mcp:execute',
    operation,
    annotations: toolHints(spec.hints),
    input: { ...TARGET, ...spec.input, ...RUN_CONTROLS },
    output: operationOutput,
    run: (args, ctx) => {
      const target = args as TargetArgs;
      const details = spec.details(args as z.infer<z.ZodObject<I>>);
      return run(
        {
          app: target.app,
          environment: target.environment,
          operation,
          ...details,
          dryRun: target.dryRun,
          confirmationToken: target.confirmationToken,
        },
        ctx,
      );
    },
  });
}

const deployAppTool = (run: RunOperation) =>
  operationTool(
    'deploy',
    {
      title: 'Deploy an app',
      description:
        'Deploys an image tag of an app to an environment and waits for the rollout (progress notifications ' +
        'report ready replicas).',
      hints: { destructive: true, idempotent: true },
      input: {
        tag: z
          .string()
          .min(1)
          .max(128)
          .regex(/^[\w][\w.-]*$/, 'an image tag such as 1.4.2 or sha-abc123')
          .describe('Image tag to deploy'),
        replicas: z
          .number()
          .int()
          .min(0)
          .max(MAX_REPLICAS)
          .optional()
          .describe('Replica count (default: keep current)'),
      },
      details: (a) => ({ tag: a.tag, replicas: a.replicas }),
    },
    run,
  );

const scaleAppTool = (run: RunOperation) =>
  operationTool(
    'scale',
    {
      title: 'Scale an app',
      description: 'Sets the replica count of an app in an environment.',
      hints: { destructive: true, idempotent: true },
      input: { replicas: z.number().int().min(0).max(MAX_REPLICAS).describe('Desired replica count') },
      details: (a) => ({ replicas: a.replicas }),
    },
    run,
  );

const rollbackAppTool = (run: RunOperation) =>
  operationTool(
    'rollback',
    {
      title: 'Roll back an app',
      description:
        'Rolls an app back to an earlier revision (default: the previous one) or image tag and waits for the ' +
        'rollout.',
      hints: { destructive: true },
      input: {
        revision: z.number().int().min(1).optional().describe('Target revision (see get_deployment_history)'),
        tag: z.string().min(1).max(128).optional().describe('Target image tag instead of a revision'),
      },
      details: (a) => ({ revision: a.revision, tag: a.tag }),
    },
    run,
  );

const restartAppTool = (run: RunOperation) =>
  operationTool(
    'restart',
    {
      title: 'Restart an app',
      description:
        'Rolling restart of an app in an environment (pods are replaced one by one; progress notifications ' +
        'report ready replicas).',
      hints: {},
      input: {},
      details: () => ({}),
    },
    run,
  );

const deleteAppTool = (run: RunOperation) =>
  operationTool(
    'delete',
    {
      title: 'Delete an app from an environment',
      description:
        'Removes an app (its Deployment and Service) from one environment. Always needs confirmation.',
      hints: { destructive: true, idempotent: true },
      input: {},
      details: () => ({}),
    },
    run,
  );

/** One tool per operation of the deployments contract (a new operation fails to compile until it has one). */
const OPERATION_TOOLS: Record<OperationKind, (run: RunOperation) => AnyToolDefinition> = {
  deploy: deployAppTool,
  scale: scaleAppTool,
  rollback: rollbackAppTool,
  restart: restartAppTool,
  delete: deleteAppTool,
};

/** deploy_app, scale_app, rollback_app, restart_app, delete_app over DeploymentsService.run(). */
export function operationTools(runner: OperationRunner): AnyToolDefinition[] {
  const run = runWithConfirmation(runner);
  return OPERATIONS.map((operation) => OPERATION_TOOLS[operation](run));
}
