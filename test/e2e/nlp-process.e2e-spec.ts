import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import request from 'supertest';
import { DATABASE } from '../../src/database/database.tokens.js';
import type { FakeKubeApi } from '../fakes/fake-kube-api.js';
import { registerApp, startAppWithFakeKube } from '../support/kube-app.js';
import type { TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';

describe('nlp: interpret → process → confirmation → execution against the (fake) cluster', () => {
  let kube: FakeKubeApi;
  let t: TestApp;
  let nlp: string;
  let admin: string;

  beforeAll(async () => {
    ({ kube, app: t } = await startAppWithFakeKube());
    nlp = await bearer({ sub: 'alice', scope: 'nlp:read nlp:execute deploy:read deploy:write' });
    admin = await bearer({ sub: 'root', scope: 'apps:read apps:write deploy:read deploy:write' });
    await registerApp(t.url, admin, 'web-app');
  });
  afterAll(async () => {
    await t.destroy();
    await kube.close();
  });

  const interpret = (command: string, sessionId: string) =>
    request(t.url)
      .post('/api/v1/nlp/interpret')
      .set('Authorization', nlp)
      .send({ command, sessionId })
      .expect(200);
  const process = (body: object) =>
    request(t.url).post('/api/v1/nlp/process').set('Authorization', nlp).send(body);

  it('deploys from Korean, answers in Korean, then scales "it" from context', async () => {
    const seen = await interpret('web-app을 staging에 v1 배포해줘', 'conv');
    expect(seen.body).toMatchObject({
      intent: 'deploy',
      entities: { app: 'web-app', environment: 'staging', tag: 'v1' },
      ambiguous: false,
    });
    const res = await process({ command: 'web-app을 staging에 v1 배포해줘', sessionId: 'conv' }).expect(200);
    expect(res.body.interpretation).toMatchObject({ intent: 'deploy', source: 'rules' });
    expect(res.body.result).toMatchObject({
      kind: 'executed',
      record: {
        app: 'web-app',
        environment: 'staging',
        operation: 'deploy',
        status: 'succeeded',
        source: 'nlp',
        user: 'alice',
      },
    });
    expect(res.body.message).toBe('staging의 web-app을 v1 버전으로 배포했습니다.');

    const scaled = await process({ command: '3개로 늘려줘', sessionId: 'conv' }).expect(200);
    expect(scaled.body.interpretation.entities).toEqual({
      app: 'web-app',
      environment: 'staging',
      replicas: 3,
    });
    expect(scaled.body.result).toMatchObject({
      kind: 'executed',
      record: { operation: 'scale', replicasAfter: 3, status: 'succeeded' },
    });
    expect(scaled.body.message).toMatch(/3개로 스케일했습니다/);

    const history = await request(t.url)
      .get('/api/v1/nlp/history?sessionId=conv')
      .set('Authorization', nlp)
      .expect(200);
    expect(history.body.items[0]).toMatchObject({ kind: 'process', outcome: { kind: 'executed' } });
  });

  it('production needs confirmation: plan + token first, execution only with the token', async () => {
    const first = await process({ command: 'deploy web-app:v1 to prod', sessionId: 'prod' }).expect(200);
    expect(first.body.interpretation).toMatchObject({ destructive: true, requiresConfirmation: true });
    expect(first.body.result).toMatchObject({
      kind: 'confirmation_required',
      plan: { app: 'web-app', environment: 'production' },
    });
    expect(first.body.message).toMatch(/destructive/);
    const token = first.body.result.confirmationToken as string;
    expect(token).toEqual(expect.any(String));
    // the turn is stored with the token's hash, never the token
    const row = await t.app
      .get<Kysely<any>>(DATABASE)
      .selectFrom('nlp_interactions')
      .select(['outcome', 'interpretation'])
      .where('id', '=', first.body.interpretation.interactionId)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(token);
    expect(JSON.parse(row.outcome as string)).toMatchObject({
      kind: 'confirmation_required',
      confirmationTokenHash: createHash('sha256').update(token).digest('hex'),
    });
    expect(JSON.parse(row.outcome as string)).not.toHaveProperty('confirmationToken');

    const done = await process({
      command: 'deploy web-app:v1 to prod',
      sessionId: 'prod',
      confirmationToken: token,
    }).expect(200);
    expect(done.body.result).toMatchObject({
      kind: 'executed',
      record: { environment: 'production', status: 'succeeded' },
    });
    expect(done.body.message).toBe('Deployed web-app:v1 to production.');
  });

  it('Korean in, Korean out through the confirmation of a destructive operation', async () => {
    const plan = await process({
      command: '스테이징에서 web-app 0개로 줄여줘',
      sessionId: 'ko-confirm',
    }).expect(200);
    expect(plan.body.interpretation).toMatchObject({
      intent: 'scale',
      destructive: true,
      entities: { replicas: 0 },
    });
    expect(plan.body.result.kind).toBe('confirmation_required');
    expect(plan.body.message).toMatch(/위험한 작업입니다/);
    const bad = await process({
      command: '스테이징에서 web-app 0개로 줄여줘',
      sessionId: 'ko-confirm',
      confirmationToken: 'forged',
    });
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(bad.body.error).toEqual(expect.any(String));
    const done = await process({
      command: '스테이징에서 web-app 0개로 줄여줘',
      sessionId: 'ko-confirm',
      confirmationToken: plan.body.result.confirmationToken,
    }).expect(200);
    expect(done.body.result).toMatchObject({
      kind: 'executed',
      record: { operation: 'scale', replicasAfter: 0 },
    });
    expect(done.body.message).toBe('staging의 web-app을 0개로 스케일했습니다.');
  });

  it('nothing ambiguous is executed; help and chit-chat are not operations', async () => {
    const before = kube.requests.length;
    const near = await process({ command: 'webapp 재시작해줘', sessionId: 'amb' }).expect(200);
    expect(near.body.interpretation).toMatchObject({ ambiguous: true });
    expect(near.body.result).toEqual({ kind: 'clarification_needed' });
    expect(near.body.message).toContain("'web-app'");
    const missing = await process({ command: 'scale web-app', sessionId: 'amb' }).expect(200);
    expect(missing.body.result).toEqual({ kind: 'clarification_needed' });
    const chat = await process({ command: '오늘 날씨 어때?', sessionId: 'amb' }).expect(200);
    expect(chat.body.interpretation.intent).toBe('unknown');
    expect(chat.body.result).toEqual({ kind: 'clarification_needed' });
    expect(chat.body.message).toMatch(/도움말/);
    const help = await process({ command: 'help', sessionId: 'amb' }).expect(200);
    expect(help.body.result).toEqual({ kind: 'not_an_operation' });
    expect(help.body.message).toMatch(/You can deploy/);
    const noTag = await process({ command: 'deploy web-app to development', sessionId: 'amb' }).expect(200);
    expect(noTag.body.result).toEqual({ kind: 'clarification_needed', missing: ['tag'] });
    expect(noTag.body.message).toMatch(/Which tag/);
    const mutating = kube.requests.slice(before).filter((r) => r.method !== 'GET');
    expect(mutating).toEqual([]);
  });

  it('a read, a question, a negation or a hypothetical worded with an operation word changes nothing', async () => {
    // issue 12: "web-app 배포 이력 보여줘" redeployed staging
    const before = kube.requests.length;
    const reads: [string, string][] = [
      ['web-app 배포 이력 보여줘', 'history'],
      ['web-app 배포 기록 보여줘', 'history'],
      ['show deployment history of web-app', 'history'],
      ['web-app 배포됐어?', 'status'],
      ['web-app 배포 현황', 'status'],
    ];
    for (const [command, intent] of reads) {
      const res = await process({ command, sessionId: 'reads' }).expect(200);
      expect({ command, intent: res.body.interpretation.intent }).toEqual({ command, intent });
    }
    for (const command of [
      'web-app 배포하지 마',
      "don't restart web-app",
      '롤백하면 어떻게 돼?',
      'should I restart web-app?',
    ]) {
      const res = await process({ command, sessionId: 'reads' }).expect(200);
      expect({ command, kind: res.body.result.kind }).toEqual({ command, kind: 'clarification_needed' });
    }
    const mutating = kube.requests.slice(before).filter((r) => r.method !== 'GET');
    expect(mutating).toEqual([]);
  });

  it('reads Korean typed in English keyboard mode in a fresh session', async () => {
    const res = await interpret('web-app qovhgownj', 'fresh-keyboard');
    expect(res.body).toMatchObject({ intent: 'deploy', entities: { app: 'web-app' }, ambiguous: false });
    const restart = await interpret('web-app wotlwkr', 'fresh-keyboard-2');
    expect(restart.body).toMatchObject({ intent: 'restart', entities: { app: 'web-app' } });
  });

  it('reads status and logs through the deployments service', async () => {
    const status = await process({ command: '운영 web-app 상태 알려줘', sessionId: 'read' }).expect(200);
    expect(status.body.result).toMatchObject({
      kind: 'status',
      status: { app: 'web-app', environment: 'production', deployed: true },
    });
    expect(status.body.message).toMatch(/web-app/);
    const logs = await process({ command: 'its logs, last 5 lines', sessionId: 'read' }).expect(200);
    expect(logs.body.result).toMatchObject({
      kind: 'logs',
      logs: { app: 'web-app', environment: 'production' },
    });
  });

  it('an app that is not registered is asked about (naming the registered ones), not acted on', async () => {
    const before = kube.requests.length;
    const res = await process({ command: 'restart ghost-app in staging', sessionId: 'ghost' }).expect(200);
    expect(res.body.result).toEqual({ kind: 'clarification_needed' });
    expect(res.body.message).toContain("'ghost-app'");
    expect(res.body.message).toContain('web-app');
    expect(kube.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);
  });
});
