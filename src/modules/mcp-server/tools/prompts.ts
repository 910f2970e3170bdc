import { completable } from '@modelcontextprotocol/sdk/server/completable.js';
import { z } from 'zod';
import { ENVIRONMENTS } from '../../deployments/deployments.contract.js';
import type { AnyPromptDefinition } from '../mcp-catalog.js';

/** Completion values that start with what the user typed (case-insensitive), at most 100. */
export function completeFrom(values: readonly string[], typed: string): string[] {
  const prefix = typed.toLowerCase();
  return values.filter((v) => v.toLowerCase().startsWith(prefix)).slice(0, 100);
}

/** deploy_app_safely and diagnose_app, with completion of app names and environments. */
export function platformPrompts(appNames: () => Promise<string[]>): AnyPromptDefinition[] {
  const app = () =>
    completable(z.string().describe('App name'), async (typed: string) =>
      completeFrom(await appNames(), typed ?? ''),
    );
  const environment = () =>
    completable(z.string().describe('development | staging | production'), (typed: string) =>
      completeFrom(ENVIRONMENTS, typed ?? ''),
    );
  return [
    {
      name: 'deploy_app_safely',
      title: 'Deploy an app safely',
      description:
        'Checks the current state, deploys a tag with confirmation, watches the rollout, rolls back on failure',
      args: { app: app(), environment: environment(), tag: z.string().describe('Image tag to deploy') },
      get: async ({ app, environment, tag }: { app: string; environment: string; tag: string }) => ({
        description: `Deploy ${app}:${tag} to ${environment} safely`,
        messages: [
          {
            role: 'user' as const,
            content: {
              type: 'text' as const,
              text: [
                `Deploy ${app} with image tag ${tag} to ${environment} on K-Le-PaaS, safely:`,
                `1. Call get_app_status for ${app} in ${environment} and tell me the current tag, replicas and health.`,
                `   Read klepaas://apps/${app} for the other environments; if ${environment} is production, check that`,
                `   staging already runs ${tag} and is healthy, and say so if it is not.`,
                `2. Call deploy_app with dryRun=true and show me the Kubernetes requests.`,
                `3. Call deploy_app (with a progress token). If it returns status confirmation_required, show me the`,
                `   plan and wait for my explicit yes before calling again with the confirmationToken.`,
                `4. When the rollout finishes, call get_app_status again. If the rollout failed or pods are not ready,`,
                `   show get_app_logs and propose rollback_app (which also needs my confirmation).`,
              ].join('\n'),
            },
          },
        ],
      }),
    },
    {
      name: 'diagnose_app',
      title: 'Diagnose an app',
      description: 'Looks at status, recent deployments and logs of an app and explains what is wrong',
      args: {
        app: app(),
        environment: environment(),
        symptom: z.string().optional().describe('What you observed (optional)'),
      },
      get: async ({ app, environment, symptom }: { app: string; environment: string; symptom?: string }) => ({
        description: `Diagnose ${app} in ${environment}`,
        messages: [
          {
            role: 'user' as const,
            content: {
              type: 'text' as const,
              text: [
                `Diagnose ${app} in ${environment} on K-Le-PaaS${symptom ? ` — symptom: ${symptom}` : ''}.`,
                `1. get_app_status: ready vs desired replicas, restarts, image tag, conditions.`,
                `2. get_deployment_history: did a recent deployment, scale or restart coincide with the problem?`,
                `3. get_app_logs (recent lines): look for errors, crash loops, failed probes, OOM kills.`,
                `Explain the most likely cause with the evidence, then propose one fix (rollback_app, scale_app,`,
                `restart_app or a code change). Do not run any changing tool without my confirmation.`,
              ].join('\n'),
            },
          },
        ],
      }),
    },
  ];
}
