import { z } from 'zod';
import {
  ENVIRONMENTS,
  OPERATIONS,
  type AppOverview,
  type AppStatus,
  type DeploymentRecord,
  type LogsQuery,
  type LogsResult,
} from '../../deployments/deployments.contract.js';
import { defineTool, READ_ONLY_HINTS, type AnyToolDefinition } from '../mcp-catalog.js';

/** The read side of DeploymentsService the read-only tools and resources use. */
export interface DeploymentReader {
  overview(): Promise<AppOverview[]>;
  status(app: string, environment: string): Promise<AppStatus>;
  logs(app: string, environment: string, q?: LogsQuery): Promise<LogsResult>;
  history(app: string, environment?: string, limit?: number): Promise<DeploymentRecord[]>;
  get(id: string): Promise<DeploymentRecord>;
}

const LOG_TEXT_LIMIT = 8000;

export const appName = z
  .string()
  .min(1)
  .max(63)
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'a DNS-1123 label such as web-app')
  .describe('App name, e.g. web-app');
export const environment = z.enum(ENVIRONMENTS).describe('Environment');

const envState = z.object({
  namespace: z.string(),
  state: z.string(),
  image: z.string().nullable(),
  tag: z.string().nullable(),
  desired: z.number(),
  ready: z.number(),
});
export const overviewShape = z.object({
  name: z.string(),
  image: z.string(),
  environments: z.record(z.string(), envState),
});

const statusShape = {
  app: z.string(),
  environment: z.string(),
  namespace: z.string(),
  deployed: z.boolean(),
  image: z.string().nullable(),
  tag: z.string().nullable(),
  replicas: z.object({ desired: z.number(), updated: z.number(), ready: z.number(), available: z.number() }),
  conditions: z.array(
    z.object({
      type: z.string(),
      status: z.string(),
      reason: z.string().nullable(),
      message: z.string().nullable(),
    }),
  ),
  state: z.string().describe('running | progressing | degraded | scaled_to_zero | not_deployed'),
  pods: z.array(
    z.object({
      name: z.string(),
      phase: z.string(),
      ready: z.boolean(),
      restarts: z.number(),
      waitingReason: z.string().nullable(),
      image: z.string().nullable(),
    }),
  ),
};

export const recordShape = z.object({
  id: z.string(),
  app: z.string(),
  environment: z.string(),
  namespace: z.string(),
  operation: z.string(),
  revision: z.number().nullish(),
  tag: z.string().nullish(),
  replicasBefore: z.number().nullish(),
  replicasAfter: z.number().nullish(),
  user: z.string(),
  source: z.string(),
  status: z.string(),
  reason: z.string().nullish(),
  error: z.string().nullish(),
  createdAt: z.string(),
  startedAt: z.string().nullish(),
  finishedAt: z.string().nullish(),
});

export function summariseStatus(s: AppStatus): string {
  if (!s.deployed) return `${s.app} is not deployed in ${s.environment} (namespace ${s.namespace}).`;
  const waiting = s.pods.filter((p) => p.waitingReason).map((p) => `${p.name}: ${p.waitingReason}`);
  return (
    `${s.app} in ${s.environment}: ${s.state}, ${s.replicas.ready}/${s.replicas.desired} ready, ` +
    `image ${s.image ?? 'unknown'}` +
    (waiting.length ? `; waiting: ${waiting.join(', ')}` : '')
  );
}

/** One line per app: state, tag and ready/desired replicas in each environment. */
function describeOverview(apps: AppOverview[]): string {
  if (!apps.length) return 'No apps are registered yet.';
  const environmentState = (a: AppOverview, e: (typeof ENVIRONMENTS)[number]) => {
    const s = a.environments[e];
    return `${e} ${s.state}${s.tag ? ` ${s.tag}` : ''} ${s.ready}/${s.desired}`;
  };
  return apps
    .map((a) => `${a.name}: ` + ENVIRONMENTS.map((e) => environmentState(a, e)).join(', '))
    .join('\n');
}

/** The log lines under a heading per pod, keeping the newest LOG_TEXT_LIMIT characters. */
function describeLogs(logs: LogsResult, app: string, environment: string): string {
  const text = logs.pods.map((p) => `== ${p.pod} ==\n${p.lines.join('\n')}`).join('\n');
  if (!text) return `No log lines for ${app} in ${environment}.`;
  return text.length > LOG_TEXT_LIMIT ? `…${text.slice(-LOG_TEXT_LIMIT)}` : text;
}

/** One line per recorded operation, newest first as given. */
function describeHistory(items: DeploymentRecord[], app: string, environment?: string): string {
  if (!items.length) return `No recorded operations for ${app}${environment ? ` in ${environment}` : ''}.`;
  return items
    .map(
      (r) =>
        `${r.createdAt} ${r.operation} ${r.environment}${r.tag ? ` ${r.tag}` : ''}` +
        `${r.revision ? ` rev ${r.revision}` : ''} by ${r.user} (${r.source}): ${r.status}`,
    )
    .join('\n');
}

const listAppsTool = (reader: DeploymentReader) =>
  defineTool({
    name: 'list_apps',
    title: 'List apps',
    description: 'Lists every app with its state, image tag and ready/desired replicas in each environment.',
    scope: 'mcp:read',
    operation: 'list',
    annotations: READ_ONLY_HINTS,
    input: {},
    output: { apps: z.array(overviewShape) },
    run: async () => {
      const apps = await reader.overview();
      return { structured: { apps }, text: describeOverview(apps) };
    },
  });

const getAppStatusTool = (reader: DeploymentReader) =>
  defineTool({
    name: 'get_app_status',
    title: 'Get app status',
    description:
      'State of one app in one environment: image and tag, desired/updated/ready/available replicas, ' +
      'rollout conditions and every pod (phase, readiness, restarts, waiting reason).',
    scope: 'mcp:read',
    operation: 'status',
    annotations: READ_ONLY_HINTS,
    input: { app: appName, environment },
    output: statusShape,
    run: async ({ app, environment }) => {
      const status = await reader.status(app, environment);
      return { structured: status, text: summariseStatus(status) };
    },
  });

const logsShape = {
  app: z.string(),
  environment: z.string(),
  namespace: z.string(),
  lines: z.number(),
  pods: z.array(
    z.object({
      pod: z.string(),
      container: z.string().nullable(),
      previous: z.boolean(),
      lines: z.array(z.string()),
    }),
  ),
};

const getAppLogsTool = (reader: DeploymentReader) =>
  defineTool({
    name: 'get_app_logs',
    title: 'Get app logs',
    description:
      'Recent log lines of an app in an environment, per pod (or one pod; or the previous container).',
    scope: 'mcp:read',
    operation: 'logs',
    annotations: READ_ONLY_HINTS,
    input: {
      app: appName,
      environment,
      lines: z.number().int().min(1).max(5000).optional().describe('Lines per pod (default 100)'),
      pod: z.string().min(1).max(253).optional().describe('Only this pod'),
      previous: z.boolean().optional().describe('Logs of the previous (crashed) container'),
    },
    output: logsShape,
    run: async ({ app, environment, lines, pod, previous }) => {
      const logs = await reader.logs(app, environment, { lines, pod, previous });
      return { structured: logs, text: describeLogs(logs, app, environment) };
    },
  });

const getDeploymentHistoryTool = (reader: DeploymentReader) =>
  defineTool({
    name: 'get_deployment_history',
    title: 'Get deployment history',
    description:
      `Recorded operations (${OPERATIONS.join(', ')}) of an app, newest first, with ` +
      'revision, tag, replicas, who, from where (api, nlp, mcp, cicd) and outcome.',
    scope: 'mcp:read',
    operation: 'history',
    annotations: READ_ONLY_HINTS,
    input: {
      app: appName,
      environment: environment.optional().describe('Only this environment'),
      limit: z.number().int().min(1).max(100).optional().describe('At most this many (default 20)'),
    },
    output: { items: z.array(recordShape) },
    run: async ({ app, environment, limit }) => {
      const items = await reader.history(app, environment, limit ?? 20);
      return { structured: { items }, text: describeHistory(items, app, environment) };
    },
  });

/** list_apps, get_app_status, get_app_logs, get_deployment_history. */
export function appTools(reader: DeploymentReader): AnyToolDefinition[] {
  return [
    listAppsTool(reader),
    getAppStatusTool(reader),
    getAppLogsTool(reader),
    getDeploymentHistoryTool(reader),
  ];
}
