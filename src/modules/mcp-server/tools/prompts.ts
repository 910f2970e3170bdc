import { completable } from '@modelcontextprotocol/sdk/server/completable.js';
import type { GetPromptResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { ENVIRONMENTS } from '../../deployments/deployments.contract.js';
import type { AnyPromptDefinition } from '../mcp-catalog.js';
import { operationToolName } from './operation.tools.js';

/** Completion values that start with what the user typed (case-insensitive), at most 100. */
export function completeFrom(values: readonly string[], typed: string): string[] {
  const prefix = typed.toLowerCase();
  return values.filter((v) => v.toLowerCase().startsWith(prefix)).slice(0, 100);
}

/** The completable arguments every prompt starts with. */
interface TargetArgs {
  app: () => z.ZodType<string>;
  environment: () => z.ZodType<string>;
}

/** A prompt result: one user message, its lines joined. */
function userMessage(description: string, lines: string[]): GetPromptResult {
  return {
    description,
    messages: [{ role: 'user' as const, content: { type: 'text' as const, text: lines.join('\n') } }],
  };
}

const deployAppSafelyPrompt = (target: TargetArgs): AnyPromptDefinition => ({
  name: 'deploy_app_safely',
  title: 'Deploy an app safely',
  description:
    'Checks the current state, deploys a tag with confirmation, watches the rollout, rolls back on failure',
  args: {
    app: target.app(),
    environment: target.environment(),
    tag: z.string().describe('Image tag to deploy'),
  },
  get: async ({ app, environment, tag }: { app: string; environment: string; tag: string }) => {
    const deploy = operationToolName('deploy');
    return userMessage(`Deploy ${app}:${tag} to ${environment} safely`, [
      `Deploy ${app} with image tag ${tag} to ${environment} on K-Le-PaaS, safely:`,
      `1. Call get_app_status for ${app} in ${environment} and tell me the current tag, replicas and health.`,
      `   Read klepaas://apps/${app} for the other environments; if ${environment} is production, check that`,
      `   staging already runs ${tag} and is healthy, and say so if it is not.`,
      `2. Call ${deploy} with dryRun=true and show me the Kubernetes requests.`,
      `3. Call ${deploy} (with a progress token). If it returns status confirmation_required, show me the`,
      `   plan and wait for my explicit yes before calling again with the confirmationToken.`,
      `4. When the rollout finishes, call get_app_status again. If the rollout failed or pods are not ready,`,
      `   show get_app_logs and propose ${operationToolName('rollback')} (which also needs my confirmation).`,
    ]);
  },
});

const diagnoseAppPrompt = (target: TargetArgs): AnyPromptDefinition => ({
  name: 'diagnose_app',
  title: 'Diagnose an app',
  description: 'Looks at status, recent deployments and logs of an app and explains what is wrong',
  args: {
    app: target.app(),
    environment: target.environment(),
    symptom: z.string().optional().describe('What you observed (optional)'),
  },
  get: async ({ app, environment, symptom }: { app: string; environment: string; symptom?: string }) => {
    const [rollback, scale, restart] = (['rollback', 'scale', 'restart'] as const).map(operationToolName);
    return userMessage(`Diagnose ${app} in ${environment}`, [
      `Diagnose ${app} in ${environment} on K-Le-PaaS${symptom ? ` — symptom: ${symptom}` : ''}.`,
      `1. get_app_status: ready vs desired replicas, restarts, image tag, conditions.`,
      `2. get_deployment_history: did a recent deployment, scale or restart coincide with the problem?`,
      `3. get_app_logs (recent lines): look for errors, crash loops, failed probes, OOM kills.`,
      `Explain the most likely cause with the evidence, then propose one fix (${rollback}, ${scale},`,
      `${restart} or a code change). Do not run any changing tool without my confirmation.`,
    ]);
  },
});

/** deploy_app_safely and diagnose_app, with completion of app names and environments. */
export function platformPrompts(appNames: () => Promise<string[]>): AnyPromptDefinition[] {
  const target: TargetArgs = {
    app: () =>
      completable(z.string().describe('App name'), async (typed: string) =>
        completeFrom(await appNames(), typed ?? ''),
      ),
    environment: () =>
      completable(z.string().describe(ENVIRONMENTS.join(' | ')), (typed: string) =>
        completeFrom(ENVIRONMENTS, typed ?? ''),
      ),
  };
  return [deployAppSafelyPrompt(target), diagnoseAppPrompt(target)];
}
