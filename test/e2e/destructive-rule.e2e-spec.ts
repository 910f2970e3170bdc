import request from 'supertest';
import type { FakeKubeApi } from '../fakes/fake-kube-api.js';
import { connectMcp, type Connected } from '../support/mcp-client.js';
import { registerApp, startAppWithFakeKube } from '../support/kube-app.js';
import type { TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';

type Result = { isError?: boolean; content: { text: string }[]; structuredContent?: any };

/** A deploy that leaves 0 replicas is destructive on every way in: plan + token, the cluster untouched. */
describe('destructive rule: a deploy to 0 replicas asks for confirmation over REST, MCP and NL', () => {
  let kube: FakeKubeApi;
  let t: TestApp;
  let api: string;
  let mcp: Connected;
  const writes = () => ['POST', 'PUT', 'PATCH', 'DELETE'].reduce((n, m) => n + kube.count(m, '/apis/'), 0);
  const staging = () => kube.deployment('staging', 'web') as { spec: { replicas: number } } | undefined;

  beforeAll(async () => {
    ({ kube, app: t } = await startAppWithFakeKube());
    api = await bearer({ sub: 'dana', scope: 'apps:write deploy:read deploy:write' });
    await registerApp(t.url, api, 'web', 2);
    await request(t.url)
      .post('/api/v1/apps/web/environments/staging/deploy')
      .set('Authorization', api)
      .send({ tag: 'v1.0.0' })
      .expect(200);
    mcp = await connectMcp(
      t.url,
      await bearer({ sub: 'dana', scope: 'mcp:read mcp:execute deploy:write nlp:execute' }),
    );
  });
  afterAll(async () => {
    await mcp?.close();
    await t.destroy();
    await kube.close();
  });
  beforeEach(() => kube.resetRequests());

  it('REST deploy {"replicas":0} → 202 confirmation_required; with the token it runs', async () => {
    const res = await request(t.url)
      .post('/api/v1/apps/web/environments/staging/deploy')
      .set('Authorization', api)
      .send({ tag: 'v1.2.0', replicas: 0 })
      .expect(202);
    expect(res.body).toMatchObject({
      status: 'confirmation_required',
      plan: { operation: 'deploy', destructiveBecause: ['leaves zero replicas'] },
    });
    expect(writes()).toBe(0);
    expect(staging()?.spec.replicas).toBe(2);

    await request(t.url)
      .post('/api/v1/apps/web/environments/staging/deploy')
      .set('Authorization', api)
      .send({ tag: 'v1.2.0', replicas: 0, confirmationToken: res.body.confirmationToken })
      .expect(200);
    expect(staging()?.spec.replicas).toBe(0);

    // Scaled to zero, a deploy that keeps it there leaves 0 replicas too.
    kube.resetRequests();
    const kept = await request(t.url)
      .post('/api/v1/apps/web/environments/staging/deploy')
      .set('Authorization', api)
      .send({ tag: 'v1.2.1' })
      .expect(202);
    expect(kept.body.plan.destructiveBecause).toEqual(['leaves zero replicas']);
    expect(writes()).toBe(0);
    await request(t.url)
      .post('/api/v1/apps/web/environments/staging/scale')
      .set('Authorization', api)
      .send({ replicas: 2 })
      .expect(200);
  });

  it('MCP deploy_app {"replicas":0} → confirmation_required, nothing written; the description states the rule', async () => {
    const res = (await mcp.client.callTool({
      name: 'deploy_app',
      arguments: { app: 'web', environment: 'staging', tag: 'v1.3.0', replicas: 0 },
    })) as Result;
    expect(res.isError).toBeFalsy();
    expect(res.structuredContent).toMatchObject({
      status: 'confirmation_required',
      plan: { destructiveBecause: ['leaves zero replicas'] },
    });
    expect(writes()).toBe(0);
    expect(staging()?.spec.replicas).toBe(2);
    const tools = (await mcp.client.listTools()).tools;
    for (const name of ['deploy_app', 'scale_app', 'process_command'])
      expect(tools.find((x) => x.name === name)?.description).toContain(
        'anything in production, delete, rollback, or a deploy or scale that leaves 0 replicas',
      );
    expect(JSON.stringify(tools)).not.toMatch(/scaling down/);
  });

  it('NL "deploy web v1.2.0 to staging with 0 replicas" → destructive, confirmation_required, nothing written', async () => {
    const res = await request(t.url)
      .post('/api/v1/nlp/process')
      .set('Authorization', await bearer({ sub: 'dana', scope: 'nlp:execute deploy:write deploy:read' }))
      .send({ command: 'deploy web v1.2.0 to staging with 0 replicas' })
      .expect(200);
    expect(res.body.interpretation).toMatchObject({
      intent: 'deploy',
      entities: { app: 'web', environment: 'staging', tag: 'v1.2.0', replicas: 0 },
      destructive: true,
      requiresConfirmation: true,
    });
    expect(res.body.result).toMatchObject({
      kind: 'confirmation_required',
      plan: { destructiveBecause: ['leaves zero replicas'] },
    });
    expect(writes()).toBe(0);
    expect(staging()?.spec.replicas).toBe(2);
  });
});
