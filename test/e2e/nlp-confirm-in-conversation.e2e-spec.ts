import { sql, type Kysely } from 'kysely';
import request from 'supertest';
import { DATABASE } from '../../src/database/database.tokens.js';
import type { FakeKubeApi } from '../fakes/fake-kube-api.js';
import { registerApp, startAppWithFakeKube } from '../support/kube-app.js';
import type { TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';

/** Answering "네" / "yes" / "아니" to a plan that waits for confirmation, over real HTTP, fake cluster. */
describe('nlp: confirming or cancelling a destructive plan in the conversation', () => {
  let kube: FakeKubeApi;
  let t: TestApp;
  let alice: string;
  let bob: string;
  let admin: string;

  beforeAll(async () => {
    ({ kube, app: t } = await startAppWithFakeKube());
    alice = await bearer({ sub: 'alice', scope: 'nlp:read nlp:execute deploy:read deploy:write' });
    bob = await bearer({ sub: 'bob', scope: 'nlp:read nlp:execute deploy:read deploy:write' });
    admin = await bearer({ sub: 'root', scope: 'apps:read apps:write deploy:read deploy:write' });
    for (const name of ['web-app', 'cart-api', 'orders']) await registerApp(t.url, admin, name);
    // v1 of every app runs in staging and production (production deploys need the REST confirmation)
    for (const env of ['staging', 'prod'])
      for (const name of ['web-app', 'cart-api', 'orders']) {
        const deploy = (body: object) =>
          request(t.url)
            .post(`/api/v1/apps/${name}/environments/${env}/deploy`)
            .set('Authorization', admin)
            .send({ tag: 'v1', ...body });
        const first = await deploy({});
        if (first.status === 202)
          await deploy({ confirmationToken: first.body.confirmationToken }).expect(200);
      }
  });
  afterAll(async () => {
    await t.destroy();
    await kube.close();
  });

  const process = (token: string, command: string, sessionId: string) =>
    request(t.url).post('/api/v1/nlp/process').set('Authorization', token).send({ command, sessionId });
  /** Requests that change the cluster (everything but reads). */
  const writes = () => kube.requests.filter((r) => r.method !== 'GET').length;
  const image = (ns: string, app: string) =>
    kube.deployment(ns, app)!.spec.template.spec.containers[0].image as string;

  it('"응 진행해" runs the plan it answers; the token never had to be resent', async () => {
    const plan = await process(alice, 'web-app을 운영에 v2로 배포해줘', 'ko-yes').expect(200);
    expect(plan.body.result).toMatchObject({
      kind: 'confirmation_required',
      plan: { app: 'web-app', environment: 'production' },
    });
    expect(plan.body.message).toMatch(/"네"라고 답하거나/);
    expect(image('production', 'web-app')).toBe('ghcr.io/acme/web-app:v1');

    // /interpret only says which plan the answer is about; it runs nothing
    const seen = await request(t.url)
      .post('/api/v1/nlp/interpret')
      .set('Authorization', alice)
      .send({ command: '응 진행해', sessionId: 'ko-yes' })
      .expect(200);
    expect(seen.body).toMatchObject({
      intent: 'deploy',
      entities: { app: 'web-app', environment: 'production', tag: 'v2' },
      requiresConfirmation: true,
    });
    expect(image('production', 'web-app')).toBe('ghcr.io/acme/web-app:v1');

    const done = await process(alice, '응 진행해', 'ko-yes').expect(200);
    expect(done.body.interpretation).toMatchObject({
      intent: 'deploy',
      entities: { app: 'web-app', environment: 'production', tag: 'v2' },
      ambiguous: false,
    });
    expect(done.body.result).toMatchObject({
      kind: 'executed',
      record: {
        operation: 'deploy',
        environment: 'production',
        tag: 'v2',
        status: 'succeeded',
        user: 'alice',
      },
    });
    expect(done.body.message).toBe('production의 web-app을 v2 버전으로 배포했습니다.');
    expect(image('production', 'web-app')).toBe('ghcr.io/acme/web-app:v2');

    // the plan was used once: the token the client holds is spent, a second "네" has nothing to confirm
    const again = await request(t.url)
      .post('/api/v1/nlp/process')
      .set('Authorization', alice)
      .send({
        command: 'web-app을 운영에 v2로 배포해줘',
        sessionId: 'ko-yes',
        confirmationToken: plan.body.result.confirmationToken,
      })
      .expect(409);
    expect(again.body.error).toBe('confirmation_used');
    const before = writes();
    const twice = await process(alice, '네', 'ko-yes').expect(200);
    expect(twice.body.result.kind).not.toBe('executed');
    expect(writes()).toBe(before);
  });

  it('"go ahead with the deletion" confirms a delete in English', async () => {
    const plan = await process(alice, 'delete orders from staging', 'en-yes').expect(200);
    expect(plan.body.result.kind).toBe('confirmation_required');
    expect(kube.deployment('staging', 'orders')).toBeDefined();
    const done = await process(alice, 'go ahead with the deletion', 'en-yes').expect(200);
    expect(done.body.interpretation).toMatchObject({ intent: 'delete', entities: { app: 'orders' } });
    expect(done.body.result).toMatchObject({ kind: 'executed', record: { operation: 'delete' } });
    expect(done.body.message).toBe('Deleted orders from staging.');
    expect(kube.deployment('staging', 'orders')).toBeUndefined();
  });

  it('"아니" cancels: nothing runs, the plan\'s token is dead, a later "네" confirms nothing', async () => {
    const plan = await process(alice, '운영 cart-api 0개로 줄여줘', 'ko-no').expect(200);
    expect(plan.body.result.kind).toBe('confirmation_required');
    const before = writes();
    const no = await process(alice, '아니', 'ko-no').expect(200);
    expect(no.body.result).toEqual({
      kind: 'cancelled',
      operation: 'scale',
      app: 'cart-api',
      environment: 'production',
    });
    expect(no.body.message).toBe('취소했습니다. production의 cart-api 스케일은 실행하지 않았습니다.');
    const yes = await process(alice, '네', 'ko-no').expect(200);
    expect(yes.body.result.kind).not.toBe('executed');
    const token = await request(t.url)
      .post('/api/v1/nlp/process')
      .set('Authorization', alice)
      .send({
        command: '운영 cart-api 0개로 줄여줘',
        sessionId: 'ko-no',
        confirmationToken: plan.body.result.confirmationToken,
      })
      .expect(409);
    expect(token.body.error).toBe('confirmation_used');
    expect(writes()).toBe(before);
    expect(kube.deployment('production', 'cart-api')!.spec.replicas).toBe(1);
  });

  it('"cancel" in English, and another command in between drops the pending plan', async () => {
    await process(alice, 'restart cart-api in prod', 'en-no').expect(200);
    const before = writes();
    const no = await process(alice, 'cancel', 'en-no').expect(200);
    expect(no.body.result.kind).toBe('cancelled');
    expect(no.body.message).toBe('Cancelled: the restart of cart-api in production was not run.');

    await process(alice, 'restart cart-api in prod', 'en-no').expect(200);
    await process(alice, 'cart-api 상태 알려줘', 'en-no').expect(200);
    const late = await process(alice, 'yes', 'en-no').expect(200);
    expect(late.body.result.kind).not.toBe('executed');
    expect(writes()).toBe(before);
  });

  it('a refusal in more words than "no" drops the plan: a later "ok" runs nothing (blind round 9c)', async () => {
    const before = writes();
    await process(alice, 'restart web-app in prod', 'refused').expect(200);
    const refused = await process(alice, "wait, don't restart it after all", 'refused').expect(200);
    expect(refused.body.result.kind).not.toBe('executed');
    const ok = await process(alice, 'ok', 'refused').expect(200);
    expect(ok.body.result.kind).not.toBe('executed');
    await process(alice, 'web-app 운영에서 재시작해줘', 'refused-ko').expect(200);
    await process(alice, '아 잠깐만 재시작하지 마세요', 'refused-ko').expect(200);
    const ne = await process(alice, '네', 'refused-ko').expect(200);
    expect(ne.body.result.kind).not.toBe('executed');
    expect(writes()).toBe(before);
  });

  it('a question about a concept in between does not drop the plan', async () => {
    const plan = await process(alice, 'restart orders in prod', 'concept').expect(200);
    expect(plan.body.result.kind).toBe('confirmation_required');
    const concept = await process(alice, '재시작이 뭐야?', 'concept').expect(200);
    expect(concept.body.result.kind).not.toBe('executed');
    const yes = await process(alice, 'yes', 'concept').expect(200);
    expect(yes.body.result).toMatchObject({
      kind: 'executed',
      record: { operation: 'restart', environment: 'production', app: 'orders' },
    });
  });

  it("another user in the same session cannot confirm someone else's plan", async () => {
    const plan = await process(alice, 'restart web-app in production', 'shared').expect(200);
    expect(plan.body.result.kind).toBe('confirmation_required');
    const before = writes();
    const intruder = await process(bob, 'yes, go ahead', 'shared').expect(200);
    expect(intruder.body.result.kind).not.toBe('executed');
    const cancel = await process(bob, 'cancel', 'shared').expect(200);
    expect(cancel.body.result.kind).not.toBe('cancelled');
    expect(writes()).toBe(before);
    // the plan is still alice's to confirm
    const mine = await process(alice, 'yes', 'shared').expect(200);
    expect(mine.body.result).toMatchObject({
      kind: 'executed',
      record: { operation: 'restart', user: 'alice' },
    });
  });

  it('a "yes" needs the operation\'s own scope now; without it nothing runs and the plan waits', async () => {
    const plan = await process(alice, 'restart cart-api in production', 'scoped').expect(200);
    expect(plan.body.result.kind).toBe('confirmation_required');
    const narrow = await bearer({ sub: 'alice', scope: 'nlp:read nlp:execute' });
    const before = writes();
    const denied = await process(narrow, 'yes', 'scoped').expect(403);
    expect(denied.body.error).toBe('insufficient_scope');
    expect(writes()).toBe(before);
    const yes = await process(alice, 'yes', 'scoped').expect(200);
    expect(yes.body.result).toMatchObject({ kind: 'executed', record: { operation: 'restart' } });
  });

  it('fails with confirmation_plan_changed when the cluster moved between the plan and "네"', async () => {
    const plan = await process(alice, '운영에서 web-app 3개로 늘려줘', 'changed').expect(200);
    expect(plan.body.result).toMatchObject({
      kind: 'confirmation_required',
      plan: { changes: { replicas: { from: 1, to: 3 } } },
    });
    // someone else scales it meanwhile, outside the platform
    kube.deployments.get('production/web-app')!.spec.replicas = 2;
    kube.touch('production', 'web-app');
    const before = writes();
    const res = await process(alice, '네', 'changed').expect(409);
    expect(res.body.error).toBe('confirmation_plan_changed');
    expect(writes()).toBe(before);
    expect(kube.deployment('production', 'web-app')!.spec.replicas).toBe(2);
  });

  it('follow-ups over HTTP: the same version to production, then "네"; an answer to "which app?"', async () => {
    const staging = await process(alice, 'cart-api:v3 스테이징에 배포해줘', 'promote').expect(200);
    expect(staging.body.result).toMatchObject({ kind: 'executed', record: { tag: 'v3' } });
    const prod = await process(alice, '운영에도 같은 거 올려줘', 'promote').expect(200);
    expect(prod.body.interpretation).toMatchObject({
      intent: 'deploy',
      entities: { app: 'cart-api', environment: 'production', tag: 'v3' },
      destructive: true,
    });
    expect(prod.body.result.kind).toBe('confirmation_required');
    await process(alice, '네', 'promote').expect(200);
    expect(image('production', 'cart-api')).toBe('ghcr.io/acme/cart-api:v3');

    const before = writes();
    const asked = await process(alice, 'web-app이랑 cart-api 상태 보여줘', 'which').expect(200);
    expect(asked.body.result.kind).toBe('clarification_needed');
    const it = await process(alice, '그거 재시작해줘', 'which').expect(200);
    expect(it.body.interpretation).toMatchObject({ intent: 'restart', ambiguous: true });
    expect(it.body.result.kind).toBe('clarification_needed');
    expect(writes()).toBe(before);
    const answered = await process(alice, 'cart-api 얘기한 거야', 'which').expect(200);
    expect(answered.body.interpretation).toMatchObject({
      intent: 'restart',
      entities: { app: 'cart-api', environment: 'staging' },
      ambiguous: false,
    });
    expect(answered.body.result).toMatchObject({ kind: 'executed', record: { operation: 'restart' } });
  });

  it('keeps the pending plan server-side by hash only, never the token', async () => {
    const plan = await process(alice, 'delete cart-api from staging', 'stored').expect(200);
    expect(plan.body.result.kind).toBe('confirmation_required');
    const token = plan.body.result.confirmationToken as string;
    const db = t.app.get<Kysely<unknown>>(DATABASE);
    const rows = await sql<Record<string, unknown>>`select * from nlp_pending_confirmations`.execute(db);
    expect(rows.rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows.rows)).not.toContain(token);
    await process(alice, '취소', 'stored').expect(200);
  });

  it('forgets plans older than a day when it keeps a new one', async () => {
    const db = t.app.get<Kysely<unknown>>(DATABASE);
    const old = new Date(Date.now() - 2 * 86_400_000).toISOString();
    await sql`insert into nlp_pending_confirmations
      (id, session_id, user_id, interaction_id, token_hash, request, language, expires_at, created_at)
      values ('old-plan', 'old', 'alice', 'x', ${'0'.repeat(64)}, '{}', 'en', ${old}, ${old})`.execute(db);
    const plan = await process(alice, 'restart orders in prod', 'purge').expect(200);
    expect(plan.body.result.kind).toBe('confirmation_required');
    const left = await sql<{
      id: string;
    }>`select id from nlp_pending_confirmations where id = 'old-plan'`.execute(db);
    expect(left.rows).toEqual([]);
    await process(alice, 'cancel', 'purge').expect(200);
  });
});

describe('nlp: a pending plan still expires', () => {
  let kube: FakeKubeApi;
  let t: TestApp;

  afterAll(async () => {
    await t.destroy();
    await kube.close();
  });

  it('"yes" after the confirmation TTL is confirmation_expired and runs nothing', async () => {
    ({ kube, app: t } = await startAppWithFakeKube({ env: { KLEPAAS_CONFIRMATION_TTL_SECONDS: '1' } }));
    const alice = await bearer({ sub: 'alice', scope: 'nlp:read nlp:execute deploy:read deploy:write' });
    const admin = await bearer({ sub: 'root', scope: 'apps:read apps:write deploy:read deploy:write' });
    await registerApp(t.url, admin, 'web-app');
    await request(t.url)
      .post('/api/v1/apps/web-app/environments/staging/deploy')
      .set('Authorization', admin)
      .send({ tag: 'v1' })
      .expect(200);
    const plan = await request(t.url)
      .post('/api/v1/nlp/process')
      .set('Authorization', alice)
      .send({ command: 'web-app 스테이징에서 0개로 줄여줘', sessionId: 'slow' })
      .expect(200);
    expect(plan.body.result.kind).toBe('confirmation_required');
    await new Promise((r) => setTimeout(r, 1300));
    const before = kube.requests.filter((r) => r.method !== 'GET').length;
    const res = await request(t.url)
      .post('/api/v1/nlp/process')
      .set('Authorization', alice)
      .send({ command: 'yes', sessionId: 'slow' })
      .expect(409);
    expect(res.body.error).toBe('confirmation_expired');
    expect(kube.requests.filter((r) => r.method !== 'GET').length).toBe(before);
    expect(kube.deployment('staging', 'web-app')!.spec.replicas).toBe(1);
  });
});
