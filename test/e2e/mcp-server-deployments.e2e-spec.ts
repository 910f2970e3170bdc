import request from 'supertest';
import type { FakeKubeApi } from '../fakes/fake-kube-api.js';
import { connectMcp, type Connected } from '../support/mcp-client.js';
import { registerApp, startAppWithFakeKube } from '../support/kube-app.js';
import type { TestApp } from '../support/test-app.js';
import { AGENT_READ_SCOPES, AGENT_SCOPES, bearer } from '../support/tokens.js';
import { waitFor } from '../support/wait.js';
import { metricsText } from '../support/metrics.js';

type Result = { isError?: boolean; content: { type: string; text: string }[]; structuredContent?: any };
const textOf = (r: unknown) => (r as Result).content[0]?.text;

const READ_TOOLS = [
  'get_app_logs',
  'get_app_status',
  'get_deployment_history',
  'interpret_command',
  'list_apps',
  'list_external_tools',
].sort();
const EXECUTE_TOOLS = [
  'call_external_tool',
  'delete_app',
  'deploy_app',
  'process_command',
  'restart_app',
  'rollback_app',
  'scale_app',
];

describe('MCP server: app and deployment tools, resources, prompts, completion (fake Kubernetes)', () => {
  let kube: FakeKubeApi;
  let t: TestApp;
  let exec: Connected;
  let reader: Connected;
  const call = async (c: Connected, name: string, args: Record<string, unknown>) =>
    (await c.client.callTool({ name, arguments: args })) as Result;

  beforeAll(async () => {
    ({ kube, app: t } = await startAppWithFakeKube({ rolloutTimeoutSeconds: 30 }));
    const admin = await bearer({ scope: 'apps:write' });
    for (const name of ['web', 'worker']) await registerApp(t.url, admin, name, 2);
    exec = await connectMcp(t.url, await bearer({ sub: 'erin', scope: AGENT_SCOPES }));
    reader = await connectMcp(t.url, await bearer({ sub: 'rita', scope: AGENT_READ_SCOPES }));
  });
  afterAll(async () => {
    await exec?.close();
    await reader?.close();
    await t.destroy();
    await kube.close();
  });

  it('tools/list per scope set: names, schemas, output schemas, titles and truthful annotations', async () => {
    const readable = (await reader.client.listTools()).tools;
    expect(readable.map((x) => x.name).sort()).toEqual(READ_TOOLS);
    for (const tool of readable) {
      expect(tool.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false });
      expect(tool.title).toEqual(expect.any(String));
      expect(tool.outputSchema).toMatchObject({ type: 'object' });
    }
    const all = (await exec.client.listTools()).tools;
    expect(all.map((x) => x.name).sort()).toEqual([...READ_TOOLS, ...EXECUTE_TOOLS].sort());
    const byName = Object.fromEntries(all.map((x) => [x.name, x]));
    expect(byName.deploy_app.inputSchema).toMatchObject({
      type: 'object',
      properties: {
        app: { type: 'string' },
        environment: { enum: ['development', 'staging', 'production'] },
        tag: { type: 'string' },
        confirmationToken: { type: 'string' },
      },
      required: expect.arrayContaining(['app', 'environment', 'tag']),
    });
    expect(byName.deploy_app.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: true });
    expect(byName.delete_app.annotations).toMatchObject({ destructiveHint: true, idempotentHint: true });
    expect(byName.restart_app.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: false });
    expect(byName.get_app_status.annotations).toMatchObject({ readOnlyHint: true, openWorldHint: false });
  });

  it('deploy_app to staging runs, reports rollout progress and structured + text results', async () => {
    const progress: { progress: number; total?: number }[] = [];
    const res = (await exec.client.callTool(
      { name: 'deploy_app', arguments: { app: 'web', environment: 'staging', tag: 'v1' } },
      undefined,
      { onprogress: (p) => progress.push(p), resetTimeoutOnProgress: true },
    )) as Result;
    expect(res.isError).toBeFalsy();
    expect(res.structuredContent).toMatchObject({
      status: 'executed',
      deployment: {
        app: 'web',
        environment: 'staging',
        operation: 'deploy',
        tag: 'v1',
        status: 'succeeded',
        user: 'erin',
        source: 'mcp',
      },
    });
    expect(textOf(res)).toMatch(/^Deployed web:v1 in staging/);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[progress.length - 1]).toMatchObject({ progress: 2, total: 2 });
    for (let i = 1; i < progress.length; i++)
      expect(progress[i].progress).toBeGreaterThanOrEqual(progress[i - 1].progress);
  });

  it('read tools: list_apps, get_app_status, get_app_logs, get_deployment_history', async () => {
    const list = await call(reader, 'list_apps', {});
    expect(list.structuredContent.apps).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'web',
          environments: expect.objectContaining({
            staging: expect.objectContaining({ tag: 'v1', ready: 2 }),
          }),
        }),
      ]),
    );
    expect(textOf(list)).toMatch(/web: development not_deployed 0\/0, staging running v1 2\/2/);
    const status = await call(reader, 'get_app_status', { app: 'web', environment: 'staging' });
    expect(status.structuredContent).toMatchObject({
      app: 'web',
      state: 'running',
      tag: 'v1',
      replicas: { desired: 2, ready: 2 },
    });
    expect(status.structuredContent.pods).toHaveLength(2);
    expect(textOf(status)).toMatch(/web in staging: running, 2\/2 ready/);
    const logs = await call(reader, 'get_app_logs', { app: 'web', environment: 'staging', lines: 5 });
    expect(logs.isError).toBeFalsy();
    expect(logs.structuredContent.pods).toHaveLength(2);
    expect(textOf(logs)).toMatch(/^== web-/);
    const history = await call(reader, 'get_deployment_history', { app: 'web' });
    expect(history.structuredContent.items[0]).toMatchObject({
      operation: 'deploy',
      tag: 'v1',
      source: 'mcp',
    });
  });

  it('failures are isError results: missing app, invalid argument, not deployed, forbidden scope', async () => {
    const missing = await call(reader, 'get_app_status', { app: 'ghost', environment: 'staging' });
    expect(missing.isError).toBe(true);
    expect(textOf(missing)).toMatch(/not.found/i);
    const badEnv = await call(exec, 'deploy_app', { app: 'web', environment: 'moon', tag: 'v1' });
    expect(badEnv.isError).toBe(true);
    expect(textOf(badEnv)).toMatch(/environment/);
    const badTag = await call(exec, 'deploy_app', { app: 'web', environment: 'staging', tag: '../x' });
    expect(badTag.isError).toBe(true);
    const notDeployed = await call(reader, 'get_app_logs', { app: 'worker', environment: 'staging' });
    expect(notDeployed.isError).toBe(true);
    const forbidden = await call(reader, 'deploy_app', { app: 'web', environment: 'staging', tag: 'v2' });
    expect(forbidden.isError).toBe(true);
    expect(textOf(forbidden)).toMatch(/needs scope mcp:execute/);
    expect(kube.deployment('staging', 'web')).toBeDefined();
    await reader.client.ping(); // the session survived every failure
  });

  it('every tool has a failure path that comes back as isError, never a broken session', async () => {
    const failures: [string, Record<string, unknown>, RegExp][] = [
      ['scale_app', { app: 'ghost', environment: 'staging', replicas: 2 }, /not.found/i],
      ['restart_app', { app: 'worker', environment: 'staging' }, /not.deployed|not_deployed/i],
      ['rollback_app', { app: 'ghost', environment: 'staging' }, /not.found/i],
      ['delete_app', { app: 'ghost', environment: 'staging' }, /not.found/i],
      ['get_deployment_history', { app: 'Not_A_Name' }, /app/i],
      ['get_app_logs', { app: 'web', environment: 'staging', pod: 'nope' }, /pod/i],
    ];
    for (const [tool, args, message] of failures) {
      const res = await call(exec, tool, args);
      expect({ tool, isError: res.isError }).toEqual({ tool, isError: true });
      expect(textOf(res)).toMatch(message);
    }
    kube.deny('list', 'deployments');
    kube.deny('get', 'deployments');
    try {
      const list = await call(reader, 'list_apps', {});
      expect(list.isError).toBe(true);
      expect(textOf(list)).toMatch(/forbidden|denied/i);
      const status = await call(reader, 'get_app_status', { app: 'web', environment: 'staging' });
      expect(status.isError).toBe(true);
    } finally {
      kube.allowAll();
    }
    await exec.client.ping();
  });

  it('confirmation flow: production deploy returns a plan and token; only the second call runs', async () => {
    const first = await call(exec, 'deploy_app', { app: 'web', environment: 'production', tag: 'v1' });
    expect(first.isError).toBeFalsy();
    expect(first.structuredContent).toMatchObject({
      status: 'confirmation_required',
      plan: { app: 'web', environment: 'production', destructiveBecause: ['production environment'] },
      confirmationToken: expect.any(String),
    });
    expect(textOf(first)).toMatch(/Confirmation required — nothing was changed/);
    expect(kube.deployment('production', 'web')).toBeUndefined();
    const second = await call(exec, 'deploy_app', {
      app: 'web',
      environment: 'production',
      tag: 'v1',
      confirmationToken: first.structuredContent.confirmationToken,
    });
    expect(second.structuredContent).toMatchObject({
      status: 'executed',
      deployment: { status: 'succeeded' },
    });
    expect(kube.deployment('production', 'web')).toBeDefined();
    const reused = await call(exec, 'deploy_app', {
      app: 'web',
      environment: 'production',
      tag: 'v1',
      confirmationToken: first.structuredContent.confirmationToken,
    });
    expect(reused.isError).toBe(true);
  });

  it('scale_app, restart_app, rollback_app (confirmed), dry run, delete_app (confirmed)', async () => {
    const scaled = await call(exec, 'scale_app', { app: 'web', environment: 'staging', replicas: 3 });
    expect(scaled.structuredContent).toMatchObject({
      status: 'executed',
      deployment: { replicasBefore: 2, replicasAfter: 3 },
    });
    await call(exec, 'deploy_app', { app: 'web', environment: 'staging', tag: 'v2' });
    const restarted = await call(exec, 'restart_app', { app: 'web', environment: 'staging' });
    expect(restarted.structuredContent).toMatchObject({
      status: 'executed',
      deployment: { operation: 'restart', status: 'succeeded' },
    });
    const plan = await call(exec, 'rollback_app', { app: 'web', environment: 'staging' });
    expect(plan.structuredContent.status).toBe('confirmation_required');
    const rolled = await call(exec, 'rollback_app', {
      app: 'web',
      environment: 'staging',
      confirmationToken: plan.structuredContent.confirmationToken,
    });
    expect(rolled.structuredContent).toMatchObject({
      status: 'executed',
      deployment: { operation: 'rollback', status: 'succeeded' },
    });
    const status = await call(reader, 'get_app_status', { app: 'web', environment: 'staging' });
    expect(status.structuredContent.tag).toBe('v1');
    const dry = await call(exec, 'delete_app', { app: 'web', environment: 'staging', dryRun: true });
    expect(dry.structuredContent).toMatchObject({ status: 'dry_run', requests: expect.any(Array) });
    const del = await call(exec, 'delete_app', { app: 'web', environment: 'production' });
    expect(del.structuredContent.status).toBe('confirmation_required');
    expect(kube.deployment('production', 'web')).toBeDefined();
    const done = await call(exec, 'delete_app', {
      app: 'web',
      environment: 'production',
      confirmationToken: del.structuredContent.confirmationToken,
    });
    expect(done.structuredContent).toMatchObject({ status: 'executed', deployment: { operation: 'delete' } });
    expect(kube.deployment('production', 'web')).toBeUndefined();
  });

  it('cancellation: the tool stops waiting for the rollout when the client cancels', async () => {
    kube.readyDelayMs = 60_000;
    try {
      const controller = new AbortController();
      let progressed = false;
      const pending = exec.client.callTool(
        { name: 'deploy_app', arguments: { app: 'worker', environment: 'development', tag: 'slow' } },
        undefined,
        { signal: controller.signal, onprogress: () => (progressed = true) },
      );
      await waitFor('deploy progress', () => progressed);
      controller.abort('user cancelled');
      await expect(pending).rejects.toThrow();
      // The handler returned long before the 60 s rollout: its audit record is written.
      const audit = await bearer({ scope: 'audit:read' });
      await waitFor(
        'the deploy_app audit record',
        async () => {
          const res = await request(t.url)
            .get('/api/v1/audit')
            .query({ action: 'mcp.tools/call deploy_app', user: 'erin' })
            .set('Authorization', audit);
          return res.body.items.some((i: any) => i.details.arguments.tag === 'slow');
        },
        10_000,
      );
      const history = await call(reader, 'get_deployment_history', { app: 'worker' });
      expect(history.structuredContent.items[0]).toMatchObject({ tag: 'slow', status: 'in_progress' });
      await exec.client.ping();
    } finally {
      kube.readyDelayMs = 30;
    }
  });

  it('resources: klepaas://apps, the app template, deployments by id; unknown → resource not found', async () => {
    const { resources } = await reader.client.listResources();
    expect(resources.map((r) => r.uri)).toEqual(
      expect.arrayContaining(['klepaas://apps', 'klepaas://apps/web', 'klepaas://apps/worker']),
    );
    const { resourceTemplates } = await reader.client.listResourceTemplates();
    expect(resourceTemplates.map((r) => r.uriTemplate).sort()).toEqual([
      'klepaas://apps/{name}',
      'klepaas://deployments/{id}',
    ]);
    const apps = await reader.client.readResource({ uri: 'klepaas://apps' });
    expect(JSON.parse((apps.contents[0] as { text: string }).text).apps.map((a: any) => a.name)).toEqual([
      'web',
      'worker',
    ]);
    const web = await reader.client.readResource({ uri: 'klepaas://apps/web' });
    expect(web.contents[0].mimeType).toBe('application/json');
    expect(JSON.parse((web.contents[0] as { text: string }).text)).toMatchObject({
      name: 'web',
      environments: { staging: { state: 'running', tag: 'v1' }, production: { state: 'not_deployed' } },
    });
    const history = await call(reader, 'get_deployment_history', { app: 'web', limit: 1 });
    const id = history.structuredContent.items[0].id;
    const dep = await reader.client.readResource({ uri: `klepaas://deployments/${id}` });
    expect(JSON.parse((dep.contents[0] as { text: string }).text)).toMatchObject({ id, app: 'web' });
    await expect(reader.client.readResource({ uri: 'klepaas://apps/ghost' })).rejects.toMatchObject({
      code: -32002,
    });
    await expect(reader.client.readResource({ uri: 'klepaas://deployments/nope' })).rejects.toMatchObject({
      code: -32002,
    });
  });

  it('prompts with arguments, and completion of app names and environments', async () => {
    const { prompts } = await reader.client.listPrompts();
    expect(prompts.map((p) => p.name).sort()).toEqual(['deploy_app_safely', 'diagnose_app']);
    const deploySafely = prompts.find((p) => p.name === 'deploy_app_safely')!;
    expect(deploySafely.arguments?.map((a) => a.name)).toEqual(['app', 'environment', 'tag']);
    const got = await reader.client.getPrompt({
      name: 'diagnose_app',
      arguments: { app: 'web', environment: 'production', symptom: '502s' },
    });
    expect((got.messages[0].content as { text: string }).text).toMatch(/Diagnose web in production .*502s/);
    const apps = await reader.client.complete({
      ref: { type: 'ref/prompt', name: 'deploy_app_safely' },
      argument: { name: 'app', value: 'w' },
    });
    expect(apps.completion.values).toEqual(['web', 'worker']);
    const envs = await reader.client.complete({
      ref: { type: 'ref/prompt', name: 'diagnose_app' },
      argument: { name: 'environment', value: 'pr' },
    });
    expect(envs.completion.values).toEqual(['production']);
    const template = await reader.client.complete({
      ref: { type: 'ref/resource', uri: 'klepaas://apps/{name}' },
      argument: { name: 'name', value: 'wo' },
    });
    expect(template.completion.values).toEqual(['worker']);
  });

  it('counts tool calls per tool and result in mcp_server_requests_total', async () => {
    const text = await metricsText(t.url);
    expect(text).toMatch(
      /mcp_server_requests_total\{method="tools\/call",tool="deploy_app",result="ok"\} \d+/,
    );
    expect(text).toMatch(
      /mcp_server_requests_total\{method="tools\/call",tool="get_app_status",result="tool_error"\} \d+/,
    );
    expect(text).toMatch(
      /mcp_server_request_duration_seconds_count\{method="tools\/call",tool="get_app_status"\} \d+/,
    );
  });
});
