import request from 'supertest';
import { FakeKubeApi } from '../fakes/fake-kube-api.js';
import { githubExample, signedDelivery } from '../support/github-webhooks.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';
import { waitFor } from '../support/wait.js';

const SECRET = 'replay-webhook-secret-0001';
const HOOK = '/api/v1/cicd/webhook';
const sha = (c: string) => c.repeat(40);

/**
 * X-GitHub-Delivery is not signed: a captured delivery can be replayed under a new id. The payload's own
 * identity and the deploy history decide, and malformed shas are refused before anything is recorded.
 */
describe('cicd: replayed and malformed signed deliveries (real GitHub payloads, fake cluster)', () => {
  let kube: FakeKubeApi;
  let t: TestApp;
  const reader = () => bearer({ sub: 'ops', scope: 'cicd:read deploy:read' });
  /** A signed delivery under a fresh X-GitHub-Delivery, answered with `status` when given. */
  const send = async (event: string, payload: unknown, status?: number) => {
    const d = await signedDelivery(event, payload, SECRET);
    const res = await request(t.url).post(HOOK).set(d.headers).send(d.body);
    if (status !== undefined) expect({ status: res.status, body: res.body }).toMatchObject({ status });
    return res;
  };
  const push = (after: string): Record<string, any> => ({
    ...githubExample('push', (e) => e.ref === 'refs/heads/master'),
    after,
  });
  const settled = (id: string) =>
    waitFor('the delivery job to settle', async () => {
      const d = await request(t.url)
        .get(`/api/v1/cicd/deliveries/${id}`)
        .set('Authorization', await reader())
        .expect(200);
      const jobs = d.body.jobs as { status: string }[];
      return jobs.length > 0 && jobs.every((j) => ['succeeded', 'failed'].includes(j.status)) ? jobs : null;
    });
  const image = () => kube.deployment('staging', 'hello')?.spec.template.spec.containers[0].image;
  const writes = () => ['POST', 'PUT', 'PATCH', 'DELETE'].reduce((n, m) => n + kube.count(m, '/apis/'), 0);
  const deliveries = async () =>
    (
      await request(t.url)
        .get('/api/v1/cicd/deliveries?limit=200')
        .set('Authorization', await reader())
        .expect(200)
    ).body.items as { deliveryId: string }[];

  beforeAll(async () => {
    kube = await FakeKubeApi.start({ readyDelayMs: 20 });
    t = await startTestApp({
      env: {
        KUBECONFIG: kube.writeKubeconfig(),
        KLEPAAS_ROLLOUT_POLL_MS: '20',
        KLEPAAS_ROLLOUT_TIMEOUT_SECONDS: '20',
        KLEPAAS_WEBHOOK_SECRET: SECRET,
        KLEPAAS_CICD_WORKER_POLL_MS: '100',
      },
    });
    await request(t.url)
      .post('/api/v1/apps')
      .set('Authorization', await bearer({ scope: 'apps:write' }))
      .send({ name: 'hello', image: 'ghcr.io/acme/hello', githubRepo: 'Codertocat/Hello-World', replicas: 1 })
      .expect(201);
  });
  afterAll(async () => {
    await t.destroy();
    await kube.close();
  });

  it('a push replayed under a new X-GitHub-Delivery is a duplicate: the older sha is not deployed again', async () => {
    const first = await send('push', push(sha('a')), 202);
    await settled(first.body.id);
    const second = await send('push', push(sha('b')), 202);
    await settled(second.body.id);
    expect(image()).toBe(`ghcr.io/acme/hello:${sha('b')}`);
    kube.resetRequests();

    const replay = await send('push', push(sha('a')), 200);
    expect(replay.body).toMatchObject({
      duplicate: true,
      id: first.body.id,
      reason: `the same push payload was received before as delivery ${first.body.deliveryId}; a new X-GitHub-Delivery does not make it a new event`,
    });
    await new Promise((r) => setTimeout(r, 300)); // a job, had one been queued, would have started
    expect(writes()).toBe(0);
    expect(image()).toBe(`ghcr.io/acme/hello:${sha('b')}`);
  });

  it('two replays racing each other record one delivery and one job', async () => {
    const [x, y] = await Promise.all([send('push', push(sha('c'))), send('push', push(sha('c')))]);
    expect([x.status, y.status].sort()).toEqual([200, 202]);
    const accepted = x.status === 202 ? x : y;
    expect(accepted.body.jobs).toHaveLength(1);
    expect((x.status === 200 ? x : y).body).toMatchObject({ duplicate: true, id: accepted.body.id });
    await settled(accepted.body.id);
  });

  it('a release replayed under a new delivery id (same release id + action) is a duplicate', async () => {
    const release = githubExample('release', (e) => e.action === 'published');
    release.release.tag_name = 'v3.0.0';
    const first = await send('release', release, 202);
    expect(first.body.jobs[0]).toMatchObject({ environment: 'production', status: 'waiting_confirmation' });
    const replay = await send('release', release, 200);
    expect(replay.body).toMatchObject({
      duplicate: true,
      id: first.body.id,
      reason: /same release\.published/,
    });
    expect(replay.body.jobs).toHaveLength(1);
  });

  it('a push of the sha that runs, or of one that ran before the current one, is ignored with the reason', async () => {
    const api = await bearer({ sub: 'dev', scope: 'deploy:write' });
    for (const tag of [sha('d'), sha('e')])
      await request(t.url)
        .post('/api/v1/apps/hello/environments/staging/deploy')
        .set('Authorization', api)
        .send({ tag })
        .expect(200);
    kube.resetRequests();

    const older = await send('push', push(sha('d')), 202);
    expect(older.body).toEqual({
      outcome: 'ignored',
      reason: `${sha('d')} ran in hello/staging before the current ${sha('e')}; deploying it again would roll back (use the rollback API for that)`,
      deliveryId: expect.any(String),
      id: expect.any(String),
    });
    const current = await send('push', push(sha('e')), 202);
    expect(current.body).toMatchObject({
      outcome: 'ignored',
      reason: `hello/staging already runs ${sha('e')}`,
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(writes()).toBe(0);
    expect(image()).toBe(`ghcr.io/acme/hello:${sha('e')}`);
  });

  it('a signed push whose after is not a 40-hex sha is 400 validation_failed, nothing recorded or run', async () => {
    kube.resetRequests();
    const before = (await deliveries()).length;
    for (const after of ['v9.9.9', 'latest', 'f'.repeat(300)]) {
      const res = await send('push', push(after), 400);
      expect(res.body).toEqual({
        error: 'validation_failed',
        message: `after must be a 40-character lowercase hex commit sha (got ${after.length} characters)`,
        details: { field: 'after' },
        requestId: expect.any(String),
      });
    }
    expect((await deliveries()).length).toBe(before);
    await new Promise((r) => setTimeout(r, 300));
    expect(writes()).toBe(0);
  });
});
