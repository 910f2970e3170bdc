import request from 'supertest';
import { FakeKubeApi } from '../fakes/fake-kube-api.js';
import { githubExample, signedDelivery } from '../support/github-webhooks.js';
import { metricsText } from '../support/metrics.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';
import { sleep, waitFor } from '../support/wait.js';

const SECRET = 'outage-webhook-secret-0001';
const HELLO = 'Codertocat/Hello-World';

interface Job {
  id: string;
  status: string;
  attempts: number;
  tag: string;
  error: string | null;
  deploymentId: string | null;
}

/** The value of klepaas_dependency_degraded{dependency="<name>"} in the app's exposition. */
async function degradedGauge(url: string, dependency: string): Promise<number | undefined> {
  const m = new RegExp(`^klepaas_dependency_degraded\\{dependency="${dependency}"\\} (\\d+)$`, 'm').exec(
    await metricsText(url),
  );
  return m ? Number(m[1]) : undefined;
}

/**
 * An API-server outage must not take the service out of its Service: readiness stays 200, health and
 * metrics show the cluster degraded, cluster operations answer 503 cluster_unreachable, and GitHub
 * deliveries are still accepted — their jobs wait for the cluster (no attempt used up) and deploy
 * once it is back.
 */
describe('Kubernetes API outage (fake cluster stopped, then restarted)', () => {
  let kube: FakeKubeApi;
  let t: TestApp;
  let admin: string;
  let reader: string;

  beforeAll(async () => {
    kube = await FakeKubeApi.start({ readyDelayMs: 20 });
    t = await startTestApp({
      env: {
        KUBECONFIG: kube.writeKubeconfig(),
        KLEPAAS_ROLLOUT_POLL_MS: '20',
        KLEPAAS_ROLLOUT_TIMEOUT_SECONDS: '20',
        KLEPAAS_KUBE_TIMEOUT_MS: '2000',
        KLEPAAS_WEBHOOK_SECRET: SECRET,
        KLEPAAS_CICD_WORKER_POLL_MS: '100',
        KLEPAAS_CICD_RETRY_DELAY_MS: '150',
        // one start per job: a wait for the cluster that counted as an attempt would fail it at once
        KLEPAAS_CICD_MAX_ATTEMPTS: '1',
        KLEPAAS_CICD_JOB_TIMEOUT_MS: '1000',
      },
    });
    admin = await bearer({ scope: 'apps:write deploy:write deploy:read' });
    reader = await bearer({ scope: 'cicd:read deploy:read' });
    await request(t.url)
      .post('/api/v1/apps')
      .set('Authorization', admin)
      .send({ name: 'hello', image: 'ghcr.io/acme/hello', githubRepo: HELLO, replicas: 1 })
      .expect(201);
  });
  afterAll(async () => {
    await t.destroy();
    await kube.close();
  });

  it('stays ready, reports the cluster degraded, answers 503 cluster_unreachable and deploys queued webhook jobs once the cluster is back', async () => {
    // Cluster up: ready, healthy, not degraded.
    await request(t.url)
      .post('/api/v1/apps/hello/environments/staging/deploy')
      .set('Authorization', admin)
      .send({ tag: 'v1' })
      .expect(200);
    const healthy = await request(t.url).get('/api/v1/health').expect(200);
    expect(healthy.body).toMatchObject({
      status: 'ok',
      info: { kubernetes: { status: 'up' } },
      degraded: {},
    });
    expect(await degradedGauge(t.url, 'kubernetes')).toBe(0);

    await kube.stop();

    // Readiness only reflects this process: 200 throughout (probed past the result cache's window).
    for (let i = 0; i < 4; i++) {
      const ready = await request(t.url).get('/api/v1/readyz').expect(200);
      expect(ready.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
      expect(ready.body.details.kubernetes).toBeUndefined();
      await sleep(300);
    }

    // Health: 200, degraded, naming the cluster; the gauge says so too.
    const health = await request(t.url).get('/api/v1/health').expect(200);
    expect(health.body).toMatchObject({
      status: 'degraded',
      info: { database: { status: 'up' }, startup: { status: 'up' } },
      degraded: {
        kubernetes: { status: 'degraded', message: expect.stringMatching(/could not be reached/) },
      },
      error: {},
    });
    expect(await degradedGauge(t.url, 'kubernetes')).toBe(1);
    expect(await degradedGauge(t.url, 'redis')).toBe(0); // not configured is not degraded

    // An operation that needs the cluster: 503 cluster_unreachable in the envelope, with Retry-After.
    const deploy = await request(t.url)
      .post('/api/v1/apps/hello/environments/staging/deploy')
      .set('Authorization', admin)
      .send({ tag: 'v2' })
      .expect(503);
    expect(deploy.body).toEqual({
      error: 'cluster_unreachable',
      message: expect.stringMatching(/^The Kubernetes API could not be reached/),
      details: expect.anything(),
      requestId: expect.any(String),
    });
    expect(deploy.headers['retry-after']).toBe('10');
    const status = await request(t.url)
      .get('/api/v1/apps/hello/environments/staging/status')
      .set('Authorization', admin)
      .expect(503);
    expect(status.body.error).toBe('cluster_unreachable');

    // A signed GitHub delivery is accepted; its job waits for the cluster.
    const push = githubExample('push', (e) => e.ref === 'refs/heads/master');
    push.after = 'c'.repeat(40);
    const d = await signedDelivery('push', push, SECRET);
    const accepted = await request(t.url)
      .post('/api/v1/cicd/webhook')
      .set(d.headers)
      .send(d.body)
      .expect(202);
    expect(accepted.body).toMatchObject({ outcome: 'accepted', jobs: [{ app: 'hello', status: 'queued' }] });
    const job = async (): Promise<Job> =>
      (
        await request(t.url)
          .get(`/api/v1/cicd/deliveries/${d.deliveryId}`)
          .set('Authorization', reader)
          .expect(200)
      ).body.jobs[0] as Job;
    const waiting = await waitFor('the job to wait for the cluster', async () => {
      const j = await job();
      return j.status === 'queued' && j.error?.startsWith('waiting for the cluster: cluster_unreachable')
        ? j
        : null;
    });
    expect(waiting.attempts).toBe(0);
    // Longer than the job timeout (1 s) and many retry delays: still waiting, no attempt used up (seen
    // between two tries: while one runs, its claim counts an attempt that its release gives back).
    await sleep(2000);
    const still = await waitFor('the job to be queued between two tries', async () => {
      const j = await job();
      return j.status === 'queued' ? j : null;
    });
    expect(still).toMatchObject({ status: 'queued', attempts: 0 });
    expect(still.error).toMatch(/^waiting for the cluster: /);
    await request(t.url).get('/api/v1/readyz').expect(200);

    await kube.restart();

    // The job deploys the pushed commit once the cluster answers again.
    const done = await waitFor(
      'the job to succeed after the cluster is back',
      async () => {
        const j = await job();
        return j.status === 'succeeded' || j.status === 'failed' ? j : null;
      },
      30_000,
    );
    expect(done).toMatchObject({ status: 'succeeded', tag: push.after, error: null });
    expect(kube.deployment('staging', 'hello')?.spec.template.spec.containers[0].image).toBe(
      `ghcr.io/acme/hello:${push.after}`,
    );
    await waitFor('health to be ok again', async () => {
      const res = await request(t.url).get('/api/v1/health');
      return res.status === 200 && res.body.status === 'ok';
    });
    expect(await degradedGauge(t.url, 'kubernetes')).toBe(0);
    await request(t.url)
      .post('/api/v1/apps/hello/environments/staging/deploy')
      .set('Authorization', admin)
      .send({ tag: 'v3' })
      .expect(200);
  });
});
