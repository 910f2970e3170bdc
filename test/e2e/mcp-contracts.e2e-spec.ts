import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import {
  ElicitRequestSchema,
  McpError,
  ResourceUpdatedNotificationSchema,
  type ElicitRequest,
  type ElicitResult,
} from '@modelcontextprotocol/sdk/types.js';
import { FakeKubeApi } from '../fakes/fake-kube-api.js';
import { connectMcp, type Connected } from '../support/mcp-client.js';
import { registerApp, startAppWithFakeKube } from '../support/kube-app.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { AGENT_READ_SCOPES, AGENT_SCOPES, bearer } from '../support/tokens.js';
import { sleep, waitFor } from '../support/wait.js';

/** An SDK client that records the `notifications/resources/updated` it receives. */
async function listening(url: string, authorization: string) {
  const updated: string[] = [];
  const connected = await connectMcp(url, authorization, {
    setup: (client) =>
      client.setNotificationHandler(ResourceUpdatedNotificationSchema, (n) => {
        updated.push(n.params.uri);
      }),
  });
  return { ...connected, updated };
}

type Result = { isError?: boolean; content: { type: string; text: string }[]; structuredContent?: any };

/** The MCP Inspector's CLI (a devDependency), run as a separate process like a user would. */
const INSPECTOR_CLI = join(
  dirname(createRequire(import.meta.url).resolve('@modelcontextprotocol/inspector/package.json')),
  'clients/launcher/build/index.js',
);

describe('MCP contracts: error texts, portable tool schemas (Inspector --strict)', () => {
  let kube: FakeKubeApi;
  let t: TestApp;
  let exec: Connected;
  let token: string;

  beforeAll(async () => {
    ({ kube, app: t } = await startAppWithFakeKube());
    token = await bearer({ sub: 'erin', scope: AGENT_SCOPES });
    await registerApp(t.url, await bearer({ scope: 'apps:write' }), 'web', 1);
    exec = await connectMcp(t.url, token);
  });
  afterAll(async () => {
    await exec?.close();
    await t.destroy();
    await kube.close();
  });

  describe('confirmation through elicitation/create (client declares the elicitation capability)', () => {
    let asking: Connected;
    const asked: ElicitRequest['params'][] = [];
    let answer: (params: ElicitRequest['params']) => ElicitResult = () => ({ action: 'decline' });
    const deploy = (c: Connected, args: Record<string, unknown>) =>
      c.client.callTool({ name: 'deploy_app', arguments: args }) as Promise<Result>;
    const auditOf = async (tool: string) => {
      const res = await request(t.url)
        .get('/api/v1/audit')
        .query({ action: `mcp.tools/call ${tool}`, user: 'erin', limit: 1 })
        .set('Authorization', await bearer({ scope: 'audit:read' }))
        .expect(200);
      return res.body.items[0].details as Record<string, unknown>;
    };

    beforeAll(async () => {
      asking = await connectMcp(t.url, token, {
        capabilities: { elicitation: { form: {} } },
        setup: (client) =>
          client.setRequestHandler(ElicitRequestSchema, (req) => {
            asked.push(req.params);
            return answer(req.params);
          }),
      });
    });
    afterAll(() => asking?.close());

    it('decline or cancel: nothing is written to the cluster, the result says so, the answer is audited', async () => {
      for (const action of ['decline', 'cancel'] as const) {
        answer = () => ({ action });
        asked.length = 0;
        kube.resetRequests();
        const res = await deploy(asking, { app: 'web', environment: 'production', tag: 'v1' });
        expect(res.isError).toBeFalsy();
        expect(asked).toHaveLength(1);
        expect(asked[0]).toMatchObject({
          mode: 'form',
          message: expect.stringMatching(
            /^Confirm: .*web.*production.*destructive because: production environment/,
          ),
          requestedSchema: { type: 'object', properties: {} },
        });
        expect(res.structuredContent).toMatchObject({
          status: 'declined',
          confirmation: action,
          plan: { app: 'web', environment: 'production' },
        });
        expect(res.structuredContent.confirmationToken).toBeUndefined();
        expect(res.content[0].text).toMatch(/nothing was changed/);
        expect(kube.writeCount()).toBe(0);
        expect(kube.deployment('production', 'web')).toBeUndefined();
        expect(await auditOf('deploy_app')).toMatchObject({ elicitation: action });
      }
    });

    it('accept: the same call runs the plan (one write path, audited with the answer)', async () => {
      answer = () => ({ action: 'accept', content: {} });
      asked.length = 0;
      kube.resetRequests();
      const res = await deploy(asking, { app: 'web', environment: 'production', tag: 'v1' });
      expect(asked).toHaveLength(1);
      expect(res.structuredContent).toMatchObject({
        status: 'executed',
        confirmation: 'accept',
        deployment: { app: 'web', environment: 'production', tag: 'v1', status: 'succeeded', source: 'mcp' },
      });
      expect(kube.writeCount()).toBeGreaterThan(0);
      expect(kube.deployment('production', 'web')).toBeDefined();
      expect(await auditOf('deploy_app')).toMatchObject({ elicitation: 'accept' });
    });

    it('accept after the cluster changed under the plan: confirmation_plan_changed, no write', async () => {
      answer = () => {
        // someone scales the Deployment outside the platform while the user reads the plan
        kube.deployments.get('production/web')!.spec.replicas = 3;
        kube.touch('production', 'web');
        return { action: 'accept', content: {} };
      };
      kube.resetRequests();
      const res = (await asking.client.callTool({
        name: 'scale_app',
        arguments: { app: 'web', environment: 'production', replicas: 2 },
      })) as Result;
      expect(res.isError).toBe(true);
      expect(res.content[0].text).toMatch(/^confirmation_plan_changed/);
      expect(kube.writeCount()).toBe(0);
      expect(kube.deployment('production', 'web')!.spec.replicas).toBe(3);
    });

    it('a client that declared the capability but answers elicitation/create with an error gets plan + token', async () => {
      answer = () => {
        throw new Error('no dialog available in this terminal');
      };
      asked.length = 0;
      kube.resetRequests();
      const res = await deploy(asking, { app: 'web', environment: 'production', tag: 'v3' });
      expect(asked).toHaveLength(1);
      expect(res.isError).toBeFalsy();
      expect(res.structuredContent).toMatchObject({
        status: 'confirmation_required',
        confirmationToken: expect.any(String),
      });
      expect(kube.writeCount()).toBe(0);
      expect(await auditOf('deploy_app')).toMatchObject({ elicitation: 'unavailable' });
    });

    it('a client without the capability keeps the plan + confirmationToken flow', async () => {
      asked.length = 0;
      const res = await deploy(exec, { app: 'web', environment: 'production', tag: 'v2' });
      expect(res.structuredContent).toMatchObject({
        status: 'confirmation_required',
        confirmationToken: expect.any(String),
      });
      expect(asked).toHaveLength(0);
      // a token given back by an elicitation-capable client is honoured without asking again
      const done = await deploy(asking, {
        app: 'web',
        environment: 'production',
        tag: 'v2',
        confirmationToken: res.structuredContent.confirmationToken,
      });
      expect(done.structuredContent).toMatchObject({ status: 'executed', deployment: { tag: 'v2' } });
      expect(asked).toHaveLength(0);
    });
  });

  it('JSON-RPC errors reach the SDK client with one "MCP error <code>:" prefix, tool errors with none', async () => {
    const err = await exec.client.readResource({ uri: 'klepaas://nothing/here' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(McpError);
    expect((err as McpError).code).toBe(-32602);
    expect((err as McpError).message).toBe('MCP error -32602: Resource klepaas://nothing/here not found');
    const ghost = await exec.client.readResource({ uri: 'klepaas://apps/ghost' }).catch((e: unknown) => e);
    expect((ghost as McpError).message).toBe('MCP error -32002: App ghost not found');
    const prompt = await exec.client.getPrompt({ name: 'nope' }).catch((e: unknown) => e);
    expect((prompt as McpError).message).toBe('MCP error -32602: Prompt nope not found');
    const bad = (await exec.client.callTool({
      name: 'deploy_app',
      arguments: { app: 'Web!', environment: 'staging', tag: 'v1' },
    })) as Result;
    expect(bad.isError).toBe(true);
    expect(bad.content[0].text).toMatch(/^Input validation error: Invalid arguments for tool deploy_app/);
    expect(bad.content[0].text).not.toMatch(/MCP error/);
    const unknown = (await exec.client.callTool({ name: 'no_such_tool', arguments: {} })) as Result;
    expect(unknown.content[0].text).toBe('Tool no_such_tool not found');
  });

  it('tools/list passes `inspector --cli --method tools/list --strict` with 0 errors and 0 warnings', async () => {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [
        INSPECTOR_CLI,
        '--cli',
        `${t.url}/mcp`,
        '--transport',
        'http',
        '--header',
        `Authorization: ${token}`,
        '--method',
        'tools/list',
        '--strict',
        '--format',
        'json',
      ],
      { timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
    );
    const out = JSON.parse(stdout) as { result: { tools: { name: string }[] }; schemaFindings?: unknown[] };
    expect(out.result.tools.length).toBe(13);
    expect(out.schemaFindings ?? []).toEqual([]);
    expect(stderr).not.toMatch(/Warning|Error/);
  });

  it('resources/subscribe on one replica without Redis: updates come in-process; bad URIs are refused', async () => {
    const sub = await listening(t.url, await bearer({ sub: 'rita', scope: AGENT_READ_SCOPES }));
    try {
      expect(sub.client.getServerCapabilities()?.resources).toMatchObject({ subscribe: true });
      await sub.client.subscribeResource({ uri: 'klepaas://apps/web' });
      await exec.client.callTool({
        name: 'deploy_app',
        arguments: { app: 'web', environment: 'development', tag: 'v1' },
      });
      await waitFor('an update of klepaas://apps/web', () => sub.updated.includes('klepaas://apps/web'));
      const refused = await sub.client
        .subscribeResource({ uri: 'klepaas://deployments/x' })
        .catch((e: unknown) => e);
      expect(refused).toMatchObject({
        code: -32602,
        message: expect.stringMatching(/cannot be subscribed to/),
      });
      // reading needs deploy:read: so does subscribing
      const narrow = await connectMcp(t.url, await bearer({ sub: 'nora', scope: 'mcp:read' }));
      await expect(narrow.client.subscribeResource({ uri: 'klepaas://apps/web' })).rejects.toMatchObject({
        code: -32600,
        message: expect.stringMatching(/insufficient_scope/),
      });
      await narrow.close();
    } finally {
      await sub.close();
    }
  });
});

describe('MCP resources/subscribe across two replicas sharing the database and Redis', () => {
  let kube: FakeKubeApi;
  let a: TestApp;
  let b: TestApp;
  // Redis pub/sub is global to the server: a channel of our own keeps parallel runs apart.
  const channel = `klepaas:test:${randomUUID()}`;

  beforeAll(async () => {
    kube = await FakeKubeApi.start({ readyDelayMs: 30 });
    const env = {
      KUBECONFIG: kube.writeKubeconfig(),
      KLEPAAS_ROLLOUT_POLL_MS: '20',
      KLEPAAS_REDIS_URL: 'redis://127.0.0.1:6379',
      KLEPAAS_MCP_REDIS_CHANNEL: channel,
    };
    a = await startTestApp({ env });
    // B issues plans that expire after 2 s (the elicitation timeout test)
    b = await startTestApp({ env: { ...env, KLEPAAS_CONFIRMATION_TTL_SECONDS: '2' }, database: a.database });
    await registerApp(a.url, await bearer({ scope: 'apps:write' }), 'shop', 1);
    await registerApp(a.url, await bearer({ scope: 'apps:write' }), 'blog', 1);
  });
  afterAll(async () => {
    await b?.close();
    await a?.destroy();
    await kube?.close();
  });

  it('subscribed on replica A, deployed through replica B: A notifies; unsubscribe stops it', async () => {
    const reader = await bearer({ sub: 'rita', scope: AGENT_READ_SCOPES });
    const sub = await listening(a.url, reader);
    const control = await listening(a.url, reader);
    const deployer = await connectMcp(b.url, await bearer({ sub: 'erin', scope: AGENT_SCOPES }));
    const deploy = (app: string, tag: string) =>
      deployer.client.callTool({ name: 'deploy_app', arguments: { app, environment: 'staging', tag } });
    try {
      await sub.client.subscribeResource({ uri: 'klepaas://apps/shop' });
      await control.client.subscribeResource({ uri: 'klepaas://apps/shop' });
      await control.client.subscribeResource({ uri: 'klepaas://apps' });

      // another app's deployment: only the klepaas://apps subscription hears of it
      await deploy('blog', 'v1');
      await waitFor('klepaas://apps updated', () => control.updated.includes('klepaas://apps'));
      expect(sub.updated).toEqual([]);

      await deploy('shop', 'v1');
      await waitFor('klepaas://apps/shop updated on A', () => sub.updated.includes('klepaas://apps/shop'));
      const read = await sub.client.readResource({ uri: 'klepaas://apps/shop' });
      expect(JSON.parse((read.contents[0] as { text: string }).text)).toMatchObject({
        environments: { staging: { tag: 'v1' } },
      });

      await sub.client.unsubscribeResource({ uri: 'klepaas://apps/shop' });
      const heard = sub.updated.length;
      const controlHeard = control.updated.filter((u) => u === 'klepaas://apps/shop').length;
      await deploy('shop', 'v2');
      // the control session (same replica, still subscribed) hears of v2: A delivered it to whoever was subscribed
      await waitFor(
        'the control subscriber to hear of v2',
        () => control.updated.filter((u) => u === 'klepaas://apps/shop').length > controlHeard,
      );
      await sleep(200);
      expect(sub.updated.length).toBe(heard);
    } finally {
      await Promise.all([sub.close(), control.close(), deployer.close()]);
    }
  });

  it('elicitation with no answer before the plan expires: timeout, nothing written', async () => {
    const asked: string[] = [];
    const silent = await connectMcp(b.url, await bearer({ sub: 'erin', scope: AGENT_SCOPES }), {
      capabilities: { elicitation: { form: {} } },
      setup: (client) =>
        client.setRequestHandler(ElicitRequestSchema, (req) => {
          asked.push(req.params.message);
          return new Promise<ElicitResult>(() => undefined); // the user walked away
        }),
    });
    try {
      kube.resetRequests();
      const res = (await silent.client.callTool({
        name: 'delete_app',
        arguments: { app: 'blog', environment: 'staging' },
      })) as Result;
      expect(asked).toHaveLength(1);
      expect(res.structuredContent).toMatchObject({ status: 'declined', confirmation: 'timeout' });
      expect(res.content[0].text).toMatch(/^No answer before the plan expired — nothing was changed/);
      expect(kube.writeCount()).toBe(0);
      expect(kube.deployment('staging', 'blog')).toBeDefined();
    } finally {
      await silent.close();
    }
  });

  it('Redis configured but unreachable: subscribers on the replica that ran the deploy still hear of it', async () => {
    const down = await startTestApp({
      env: {
        KUBECONFIG: kube.writeKubeconfig(),
        KLEPAAS_ROLLOUT_POLL_MS: '20',
        KLEPAAS_REDIS_URL: 'redis://127.0.0.1:1',
      },
    });
    try {
      await registerApp(down.url, await bearer({ scope: 'apps:write' }), 'cafe', 1);
      const sub = await listening(down.url, await bearer({ sub: 'rita', scope: AGENT_READ_SCOPES }));
      const deployer = await connectMcp(down.url, await bearer({ sub: 'erin', scope: AGENT_SCOPES }));
      try {
        await sub.client.subscribeResource({ uri: 'klepaas://apps/cafe' });
        await deployer.client.callTool({
          name: 'deploy_app',
          arguments: { app: 'cafe', environment: 'development', tag: 'v1' },
        });
        await waitFor('klepaas://apps/cafe updated', () => sub.updated.includes('klepaas://apps/cafe'));
      } finally {
        await Promise.all([sub.close(), deployer.close()]);
      }
    } finally {
      await down.destroy();
    }
  });
});
