import request from 'supertest';
import type { FakeKubeApi } from '../fakes/fake-kube-api.js';
import { connectMcp, type Connected } from '../support/mcp-client.js';
import { registerApp, startAppWithFakeKube } from '../support/kube-app.js';
import type { TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';

type ToolResult = { isError?: boolean; content: { text: string }[]; structuredContent?: any };

describe('nlp: "배포 이력 보여줘" reads the deployments history — never a deploy', () => {
  let kube: FakeKubeApi;
  let t: TestApp;
  let reader: string;
  let nlpOnly: string;
  const writes = () => kube.requests.filter((r) => r.method !== 'GET').length;
  const process = (token: string, command: string, sessionId = 'hist') =>
    request(t.url).post('/api/v1/nlp/process').set('Authorization', token).send({ command, sessionId });

  beforeAll(async () => {
    ({ kube, app: t } = await startAppWithFakeKube());
    const admin = await bearer({ sub: 'root', scope: 'apps:write deploy:write' });
    await registerApp(t.url, admin, 'web-app');
    for (const tag of ['v1', 'v2'])
      await request(t.url)
        .post('/api/v1/apps/web-app/environments/staging/deploy')
        .set('Authorization', admin)
        .send({ tag })
        .expect(200);
    reader = await bearer({ sub: 'alice', scope: 'nlp:execute deploy:read' });
    nlpOnly = await bearer({ sub: 'bob', scope: 'nlp:read nlp:execute' });
  });
  afterAll(async () => {
    await t.destroy();
    await kube.close();
  });

  it('answers the history in Korean, newest first, and changes nothing in the cluster', async () => {
    const before = writes();
    const res = await process(reader, 'web-app 배포 이력 보여줘').expect(200);
    expect(res.body.interpretation).toMatchObject({
      intent: 'history',
      entities: { app: 'web-app' },
      ambiguous: false,
      destructive: false,
    });
    expect(res.body.result).toMatchObject({ kind: 'history', app: 'web-app', environment: null });
    expect(
      res.body.result.items.map((r: { operation: string; tag: string; status: string }) => [
        r.operation,
        r.tag,
        r.status,
      ]),
    ).toEqual([
      ['deploy', 'v2', 'succeeded'],
      ['deploy', 'v1', 'succeeded'],
    ]);
    expect(res.body.message).toMatch(/^web-app 배포 이력 2건/);
    expect(res.body.message).toContain('v2');
    expect(writes()).toBe(before);
    const history = await request(t.url)
      .get('/api/v1/deployments?app=web-app')
      .set('Authorization', await bearer({ scope: 'deploy:read' }))
      .expect(200);
    expect(history.body.items).toHaveLength(2);
  });

  it('reads "배포 기록" and English phrasing the same way, in the command language', async () => {
    const before = writes();
    const ko = await process(reader, '스테이징 web-app 배포 기록 알려줘').expect(200);
    expect(ko.body.result).toMatchObject({ kind: 'history', environment: 'staging' });
    expect(ko.body.result.items).toHaveLength(2);
    const en = await process(reader, 'show the deployment history of web-app', 'hist-en').expect(200);
    expect(en.body.result).toMatchObject({ kind: 'history', app: 'web-app' });
    expect(en.body.message).toMatch(/^2 record\(s\) for web-app, newest first/);
    expect(writes()).toBe(before);
  });

  it('needs deploy:read, as GET /api/v1/deployments does', async () => {
    const before = writes();
    const res = await process(nlpOnly, 'web-app 배포 이력 보여줘', 'no-scope').expect(403);
    expect(res.body).toMatchObject({ error: 'insufficient_scope', required: ['deploy:read'] });
    expect(writes()).toBe(before);
  });

  describe('through MCP process_command', () => {
    let withRead: Connected;
    let withoutRead: Connected;
    const call = async (c: Connected, command: string) =>
      (await c.client.callTool({ name: 'process_command', arguments: { command } })) as ToolResult;

    beforeAll(async () => {
      withRead = await connectMcp(
        t.url,
        await bearer({ sub: 'agent', scope: 'mcp:read mcp:execute nlp:execute deploy:read' }),
      );
      withoutRead = await connectMcp(
        t.url,
        await bearer({ sub: 'agent2', scope: 'mcp:read mcp:execute nlp:execute' }),
      );
    });
    afterAll(async () => {
      await withRead?.close();
      await withoutRead?.close();
    });

    it('answers the history with deploy:read and refuses without it; nothing is deployed', async () => {
      const before = writes();
      const ok = await call(withRead, 'web-app 배포 이력 보여줘');
      expect(ok.isError).toBeFalsy();
      expect(ok.structuredContent.result).toMatchObject({ kind: 'history', app: 'web-app' });
      expect(ok.structuredContent.result.items).toHaveLength(2);
      expect(ok.content[0].text).toMatch(/^web-app 배포 이력 2건/);
      const refused = await call(withoutRead, 'web-app 배포 이력 보여줘');
      expect(refused.isError).toBe(true);
      expect(refused.content[0].text).toMatch(/^insufficient_scope: /);
      expect(writes()).toBe(before);
    });
  });
});
