import { z } from 'zod';
import {
  DESTRUCTIVE_RULE_TEXT,
  ENVIRONMENTS,
  type Actor,
  type OperationKind,
  type OperationOutcome,
  type OperationPlan,
  type OperationRequest,
  type RunOptions,
} from '../../deployments/deployments.contract.js';
import { recordShape } from './app.tools.js';
import { defineTool, type AnyToolDefinition, type ConfirmAnswer, type ToolContext } from '../mcp-catalog.js';

/** What the operation tools need: DeploymentsService.run() of the deployments contract. */
export interface OperationRunner {
  run(request: OperationRequest, actor: Actor, options?: RunOptions): Promise<OperationOutcome>;
}

const appName = z
  .string()
  .min(1)
  .max(63)
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'a DNS-1123 label such as web-app')
  .describe('App name, e.g. web-app');
const environment = z.enum(ENVIRONMENTS).describe('Target environment');
const confirmationToken = z
  .string()
  .min(1)
  .max(512)
  .optional()
  .describe('Token from the first call; the operation runs only when it is given back');
const dryRun = z.boolean().optional().describe('Only show the Kubernetes requests, change nothing');

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

const VERB: Record<OperationKind, string> = {
  deploy: 'Deployed',
  scale: 'Scaled',
  rollback: 'Rolled back',
  restart: 'Restarted',
  delete: 'Deleted',
};

/** Maps an OperationOutcome to the tool result: structured content plus one or two sentences. */
export function describeOutcome(
  tool: string,
  outcome: OperationOutcome,
): { structured: OperationResult; text: string } {
  if (outcome.kind === 'confirmation_required') {
    return {
      structured: {
        status: 'confirmation_required',
        plan: outcome.plan,
        confirmationToken: outcome.confirmationToken,
        expiresAt: outcome.expiresAt,
      },
      text:
        `Confirmation required — nothing was changed. Plan: ${outcome.plan.summary}` +
        (outcome.plan.destructiveBecause.length ? ` (${outcome.plan.destructiveBecause.join('; ')})` : '') +
        `. To proceed, call ${tool} again with the same arguments and confirmationToken "${outcome.confirmationToken}" ` +
        `(valid until ${outcome.expiresAt}).`,
    };
  }
  if (outcome.kind === 'dry_run') {
    return {
      structured: {
        status: 'dry_run',
        requests: outcome.requests.map((r) => ({ method: r.method, path: r.path, body: r.body })),
        ...(outcome.notice ? { notice: outcome.notice } : {}),
      },
      text:
        `Dry run — nothing was changed. ${outcome.requests.length} Kubernetes request(s): ` +
        outcome.requests.map((r) => `${r.method} ${r.path}`).join(', ') +
        (outcome.notice ? `. ${outcome.notice}` : ''),
    };
  }
  const r = outcome.record;
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

function declined(plan: OperationPlan, answer: Refusal): { structured: OperationResult; text: string } {
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

/** deploy_app, scale_app, rollback_app, restart_app, delete_app over DeploymentsService.run(). */
export function operationTools(runner: OperationRunner): AnyToolDefinition[] {
  const run = async (tool: string, request: OperationRequest, ctx: ToolContext) => {
    const outcome = await runner.run(request, actor(ctx), runOptions(ctx));
    if (outcome.kind !== 'confirmation_required' || !ctx.confirm) return describeOutcome(tool, outcome);
    // The client can ask its user: the plan is shown now and the call goes on (or stops) with the
    // answer. Accepting replays the request with the plan's token, so expiry, the changed-cluster
    // check and the single use of the token apply exactly as for a token given back by hand.
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
  const confirmNote =
    ` Destructive changes (${DESTRUCTIVE_RULE_TEXT}) need confirmation: clients with the elicitation ` +
    'capability are asked to accept or decline the plan within this call; others get a plan and a ' +
    'confirmationToken, and nothing runs until the same call is repeated with that token.';
  return [
    defineTool({
      name: 'deploy_app',
      title: 'Deploy an app',
      description:
        'Deploys an image tag of an app to an environment and waits for the rollout (progress notifications ' +
        'report ready replicas).' +
        confirmNote,
      scope: 'mcp:execute',
      operation: 'deploy',
      annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
      input: {
        app: appName,
        environment,
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
          .max(100)
          .optional()
          .describe('Replica count (default: keep current)'),
        dryRun,
        confirmationToken,
      },
      output: operationOutput,
      run: (a, ctx) =>
        run(
          'deploy_app',
          {
            app: a.app,
            environment: a.environment,
            operation: 'deploy',
            tag: a.tag,
            replicas: a.replicas,
            dryRun: a.dryRun,
            confirmationToken: a.confirmationToken,
          },
          ctx,
        ),
    }),
    defineTool({
      name: 'scale_app',
      title: 'Scale an app',
      description: 'Sets the replica count of an app in an environment.' + confirmNote,
      scope: 'mcp:execute',
      operation: 'scale',
      annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
      input: {
        app: appName,
        environment,
        replicas: z.number().int().min(0).max(100).describe('Desired replica count'),
        dryRun,
        confirmationToken,
      },
      output: operationOutput,
      run: (a, ctx) =>
        run(
          'scale_app',
          {
            app: a.app,
            environment: a.environment,
            operation: 'scale',
            replicas: a.replicas,
            dryRun: a.dryRun,
            confirmationToken: a.confirmationToken,
          },
          ctx,
        ),
    }),
    defineTool({
      name: 'rollback_app',
      title: 'Roll back an app',
      description:
        'Rolls an app back to an earlier revision (default: the previous one) or image tag and waits for the ' +
        'rollout.' +
        confirmNote,
      scope: 'mcp:execute',
      operation: 'rollback',
      annotations: {
        readOnlyHint: false,
        destructiveHint: true,
        idempotentHint: false,
        openWorldHint: false,
      },
      input: {
        app: appName,
        environment,
        revision: z.number().int().min(1).optional().describe('Target revision (see get_deployment_history)'),
        tag: z.string().min(1).max(128).optional().describe('Target image tag instead of a revision'),
        dryRun,
        confirmationToken,
      },
      output: operationOutput,
      run: (a, ctx) =>
        run(
          'rollback_app',
          {
            app: a.app,
            environment: a.environment,
            operation: 'rollback',
            revision: a.revision,
            tag: a.tag,
            dryRun: a.dryRun,
            confirmationToken: a.confirmationToken,
          },
          ctx,
        ),
    }),
    defineTool({
      name: 'restart_app',
      title: 'Restart an app',
      description:
        'Rolling restart of an app in an environment (pods are replaced one by one; progress notifications ' +
        'report ready replicas).' +
        confirmNote,
      scope: 'mcp:execute',
      operation: 'restart',
      annotations: {
        readOnlyHint: false,
        destructiveHint: false,
        idempotentHint: false,
        openWorldHint: false,
      },
      input: { app: appName, environment, dryRun, confirmationToken },
      output: operationOutput,
      run: (a, ctx) =>
        run(
          'restart_app',
          {
            app: a.app,
            environment: a.environment,
            operation: 'restart',
            dryRun: a.dryRun,
            confirmationToken: a.confirmationToken,
          },
          ctx,
        ),
    }),
    defineTool({
      name: 'delete_app',
      title: 'Delete an app from an environment',
      description:
        'Removes an app (its Deployment and Service) from one environment. Always needs confirmation.' +
        confirmNote,
      scope: 'mcp:execute',
      operation: 'delete',
      annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
      input: { app: appName, environment, dryRun, confirmationToken },
      output: operationOutput,
      run: (a, ctx) =>
        run(
          'delete_app',
          {
            app: a.app,
            environment: a.environment,
            operation: 'delete',
            dryRun: a.dryRun,
            confirmationToken: a.confirmationToken,
          },
          ctx,
        ),
    }),
  ];
}
