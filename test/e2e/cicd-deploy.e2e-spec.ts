import type { Kysely } from 'kysely';
import request from 'supertest';
import { DATABASE } from '../../src/database/database.tokens.js';
import { FakeKubeApi } from '../fakes/fake-kube-api.js';
import { FakeSlack } from '../fakes/fake-slack.js';
import { githubExample, signedDelivery } from '../support/github-webhooks.js';
import { startTestApp, TestDatabaseHandle, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';
import { waitFor } from '../support/wait.js';

const SECRET = 'deploy-webhook-secret-0001';

/** Confirmation tokens stored by the deployments module (their hashes). */
const confirmationTokens = (t: TestApp) =>
  t.app.get<Kysely<any>>(DATABASE).selectFrom('confirmation_tokens').select('token_hash').execute();
const HOOK = '/api/v1/cicd/webhook';
const HELLO = 'Codertocat/Hello-World';

interface Job {
  id: string;
  app: string;
  status: string;
  environment: string;
  tag: string;
  tags: string[];
  deploymentId: string | null;
  revision: number | null;
  confirmedBy: string | null;
  actor: string;
  error: string | null;
}

const image = (kube: FakeKubeApi, ns: string, app: string): string | undefined =>
  kube.deployment(ns, app)?.spec.template.spec.containers[0].image;

async function registerApp(t: TestApp, name: string, githubRepo: string, img = `ghcr.io/acme/${name}`) {
  await request(t.url)
    .post('/api/v1/apps')
    .set('Authorization', await bearer({ scope: 'apps:write' }))
    .send({ name, image: img, githubRepo, replicas: 1 })
    .expect(201);
}

function client(t: TestApp) {
  const tokens = {
    reader: bearer({ sub: 'ops', scope: 'cicd:read deploy:read' }),
    writer: bearer({ sub: 'release-manager', scope: 'cicd:write' }),
  };
  const send = (event: string, payload: unknown, deliveryId?: string) => ({
    expect: async (status: number) => {
      const d = await signedDelivery(event, payload, SECRET, { deliveryId });
      return request(t.url).post(HOOK).set(d.headers).send(d.body).expect(status);
    },
  });
  const delivery = async (id: string) =>
    (
      await request(t.url)
        .get(`/api/v1/cicd/deliveries/${id}`)
        .set('Authorization', await tokens.reader)
        .expect(200)
    ).body as { jobs: Job[]; outcome: string; reason: string | null; apps: string[] };
  const jobsSettled = (id: string, statuses = ['succeeded', 'failed']) =>
    waitFor('the delivery jobs to settle', async () => {
      const d = await delivery(id);
      return d.jobs.length > 0 && d.jobs.every((j) => statuses.includes(j.status)) ? d.jobs : null;
    });
  return { tokens, send, delivery, jobsSettled };
}

const rolloutEnv = (kube: FakeKubeApi) => ({
  KUBECONFIG: kube.writeKubeconfig(),
  KLEPAAS_ROLLOUT_POLL_MS: '20',
  KLEPAAS_ROLLOUT_TIMEOUT_SECONDS: '20',
  KLEPAAS_WEBHOOK_SECRET: SECRET,
  KLEPAAS_CICD_WORKER_POLL_MS: '100',
});

describe('cicd deploys into the (fake) cluster — production policy require_confirmation', () => {
  let kube: FakeKubeApi;
  let slack: FakeSlack;
  let t: TestApp;
  let c: ReturnType<typeof client>;

  beforeAll(async () => {
    kube = await FakeKubeApi.start({ readyDelayMs: 20, progressDeadlineMs: 400 });
    slack = await FakeSlack.start();
    t = await startTestApp({
      env: {
        ...rolloutEnv(kube),
        KLEPAAS_SLACK_WEBHOOK_URL: `${slack.url}/services/T/B/x`,
        KLEPAAS_ALERTS_SUPPRESS_WINDOW_SECONDS: '0',
        KLEPAAS_CICD_DEPLOY_ON_WORKFLOW_RUN: 'true',
      },
    });
    c = client(t);
    await registerApp(t, 'hello', HELLO);
    await registerApp(t, 'octo', 'octo-org/octo-repo');
  });
  afterAll(async () => {
    await t.destroy();
    await kube.close();
    await slack.close();
  });

  it('deploys a push to the default branch to staging by sha, linked to the history record, alerted', async () => {
    const push = githubExample('push', (e) => e.ref === 'refs/heads/master');
    const res = await c.send('push', push).expect(202);
    expect(res.body).toMatchObject({
      outcome: 'accepted',
      jobs: [
        {
          app: 'hello',
          environment: 'staging',
          tag: push.after,
          tags: [push.after, 'master', 'latest-staging'],
          status: 'queued',
          actor: 'github:Codertocat',
        },
      ],
    });
    const [job] = await c.jobsSettled(res.body.deliveryId);
    expect(job).toMatchObject({ status: 'succeeded', deploymentId: expect.any(String), revision: 1 });
    expect(image(kube, 'staging', 'hello')).toBe(`ghcr.io/acme/hello:${push.after}`);

    const record = await request(t.url)
      .get(`/api/v1/deployments/${job.deploymentId}`)
      .set('Authorization', await c.tokens.reader)
      .expect(200);
    expect(record.body).toMatchObject({
      app: 'hello',
      environment: 'staging',
      operation: 'deploy',
      tag: push.after,
      source: 'cicd',
      user: 'github:Codertocat',
      status: 'succeeded',
      correlationId: job.id,
    });
    const post = await waitFor('the CICD alert', async () =>
      slack.posts.find((p) => String(p.body.text).includes('[CICD]')),
    );
    expect(post.body.text).toContain(`${HELLO}@master → hello/staging`);
    expect(post.body.text).toContain('[CICD][SUCCEEDED]');

    // GitHub's redelivery: answered from the record, nothing deploys twice.
    const again = await c.send('push', push, res.body.deliveryId).expect(200);
    expect(again.body).toMatchObject({
      duplicate: true,
      outcome: 'accepted',
      jobs: [{ id: job.id, status: 'succeeded' }],
    });
    const history = await request(t.url)
      .get('/api/v1/deployments?app=hello&source=cicd')
      .set('Authorization', await c.tokens.reader)
      .expect(200);
    expect(history.body.items).toHaveLength(1);
  });

  it('holds a published release for production until confirmed, then deploys vX.Y.Z with the fan-out', async () => {
    const release = githubExample('release', (e) => e.action === 'published');
    const res = await c.send('release', release).expect(202);
    expect(res.body.jobs).toEqual([
      expect.objectContaining({
        app: 'hello',
        environment: 'production',
        tag: 'v0.0.1',
        tags: ['v0.0.1', 'v0.0', 'v0', 'latest-prod'],
        status: 'waiting_confirmation',
      }),
    ]);
    // Nothing runs while it waits.
    await new Promise((r) => setTimeout(r, 500));
    expect((await c.delivery(res.body.id)).jobs[0].status).toBe('waiting_confirmation');
    expect(kube.deployment('production', 'hello')).toBeUndefined();

    await request(t.url)
      .post(`/api/v1/cicd/deliveries/${res.body.id}/confirm`)
      .set('Authorization', await c.tokens.reader)
      .expect(403);
    const confirmed = await request(t.url)
      .post(`/api/v1/cicd/deliveries/${res.body.deliveryId}/confirm`)
      .set('Authorization', await c.tokens.writer)
      .expect(200);
    expect(confirmed.body.jobs[0]).toMatchObject({ confirmedBy: 'release-manager' });
    const [job] = await c.jobsSettled(res.body.id);
    expect(job.status).toBe('succeeded');
    expect(image(kube, 'production', 'hello')).toBe('ghcr.io/acme/hello:v0.0.1');
    // /confirm pre-authorised the job: it minted no confirmation token for itself.
    expect(await confirmationTokens(t)).toEqual([]);
    await request(t.url)
      .post(`/api/v1/cicd/deliveries/${res.body.id}/confirm`)
      .set('Authorization', await c.tokens.writer)
      .expect(409);
  });

  it('cancels a pending production deploy', async () => {
    const release = githubExample('release', (e) => e.action === 'published');
    release.release.id += 1; // another release than the v0.0.1 one
    release.release.tag_name = 'v0.1.0';
    const res = await c.send('release', release).expect(202);
    const cancelled = await request(t.url)
      .post(`/api/v1/cicd/deliveries/${res.body.id}/cancel`)
      .set('Authorization', await c.tokens.writer)
      .expect(200);
    expect(cancelled.body.jobs[0]).toMatchObject({
      status: 'cancelled',
      error: 'cancelled by release-manager',
    });
    await request(t.url)
      .post(`/api/v1/cicd/deliveries/${res.body.id}/confirm`)
      .set('Authorization', await c.tokens.writer)
      .expect(409);
    expect(image(kube, 'production', 'hello')).toBe('ghcr.io/acme/hello:v0.0.1');
  });

  it('deploys a pre-release to staging and never to production or latest-prod', async () => {
    const pre = githubExample('release', (e) => e.action === 'prereleased');
    pre.release.tag_name = 'v0.2.0-rc.1';
    const res = await c.send('release', pre).expect(202);
    expect(res.body.jobs[0]).toMatchObject({
      environment: 'staging',
      tag: 'v0.2.0-rc.1',
      tags: ['v0.2.0-rc.1', 'latest-staging'],
      status: 'queued',
    });
    expect((await c.jobsSettled(res.body.id))[0].status).toBe('succeeded');
    expect(image(kube, 'staging', 'hello')).toBe('ghcr.io/acme/hello:v0.2.0-rc.1');
    expect(image(kube, 'production', 'hello')).toBe('ghcr.io/acme/hello:v0.0.1');
    // The same pre-release's `published` delivery deploys nothing more.
    pre.action = 'published';
    expect((await c.send('release', pre).expect(202)).body.outcome).toBe('ignored');
  });

  it('deploys the image a successful workflow_run built', async () => {
    const run = githubExample('workflow_run', (e) => e.workflow_run.conclusion === 'success');
    const res = await c.send('workflow_run', run).expect(202);
    expect(res.body.jobs[0]).toMatchObject({
      app: 'octo',
      environment: 'staging',
      tag: run.workflow_run.head_sha,
    });
    expect((await c.jobsSettled(res.body.id))[0].status).toBe('succeeded');
    expect(image(kube, 'staging', 'octo')).toBe(`ghcr.io/acme/octo:${run.workflow_run.head_sha}`);
  });

  it('records a failed rollout on the job and alerts it', async () => {
    kube.badImages.add('ghcr.io/acme/hello:');
    try {
      const push = githubExample('push', (e) => e.ref === 'refs/heads/master');
      push.after = 'b'.repeat(40);
      const res = await c.send('push', push).expect(202);
      const [job] = await c.jobsSettled(res.body.id);
      expect(job).toMatchObject({
        status: 'failed',
        deploymentId: expect.any(String),
        error: expect.any(String),
      });
      const post = await waitFor('the CICD failure alert', async () =>
        slack.posts.find((p) => String(p.body.text).includes('[CICD][FAILED]')),
      );
      expect(post.body.text).toContain('hello/staging');
    } finally {
      kube.badImages.clear();
    }
  });

  it('lists deliveries by job status and app', async () => {
    const list = await request(t.url)
      .get('/api/v1/cicd/deliveries?status=succeeded&app=octo')
      .set('Authorization', await c.tokens.reader)
      .expect(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ event: 'workflow_run', apps: ['octo'] });
  });
});

describe('cicd with KLEPAAS_CICD_PRODUCTION_POLICY=auto', () => {
  let kube: FakeKubeApi;
  let t: TestApp;
  beforeAll(async () => {
    kube = await FakeKubeApi.start({ readyDelayMs: 20 });
    t = await startTestApp({ env: { ...rolloutEnv(kube), KLEPAAS_CICD_PRODUCTION_POLICY: 'auto' } });
    await registerApp(t, 'hello', HELLO);
  });
  afterAll(async () => {
    await t.destroy();
    await kube.close();
  });

  it('deploys a published release to production without a human', async () => {
    const c = client(t);
    const res = await c
      .send(
        'release',
        githubExample('release', (e) => e.action === 'published'),
      )
      .expect(202);
    expect(res.body.jobs[0]).toMatchObject({ environment: 'production', status: 'queued' });
    const [job] = await c.jobsSettled(res.body.id);
    expect(job).toMatchObject({ status: 'succeeded', confirmedBy: null });
    expect(image(kube, 'production', 'hello')).toBe('ghcr.io/acme/hello:v0.0.1');
    // The job runs pre-authorised: it mints no confirmation token for itself.
    expect(await confirmationTokens(t)).toEqual([]);
  });
});

describe('cicd jobs survive a restart', () => {
  let kube: FakeKubeApi;
  let database: TestDatabaseHandle;
  let second: TestApp | undefined;
  beforeAll(async () => {
    kube = await FakeKubeApi.start({ readyDelayMs: 20 });
    database = TestDatabaseHandle.create();
  });
  afterAll(async () => {
    await second?.destroy();
    await kube.close();
  });

  it('picks up a job recorded by a process that stopped before running it', async () => {
    // A replica that only accepts deliveries (worker off) records the job, then goes away.
    const first = await startTestApp({
      database,
      env: { ...rolloutEnv(kube), KLEPAAS_CICD_WORKER_ENABLED: 'false' },
    });
    await registerApp(first, 'hello', HELLO);
    const push = githubExample('push', (e) => e.ref === 'refs/heads/master');
    const res = await client(first).send('push', push).expect(202);
    expect(res.body.jobs[0].status).toBe('queued');
    await new Promise((r) => setTimeout(r, 300));
    expect(kube.deployment('staging', 'hello')).toBeUndefined();
    await first.close();

    second = await startTestApp({ database, env: rolloutEnv(kube) });
    const [job] = await client(second).jobsSettled(res.body.id);
    expect(job).toMatchObject({ status: 'succeeded', deploymentId: expect.any(String) });
    expect(image(kube, 'staging', 'hello')).toBe(`ghcr.io/acme/hello:${push.after}`);
  });
});
