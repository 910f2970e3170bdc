import type { Kysely } from 'kysely';
import request from 'supertest';
import { DATABASE } from '../../src/database/database.tokens.js';
import { DeploymentsService } from '../../src/modules/deployments/deployments.service.js';
import { FakeKubeApi, writeFakeKubeconfig } from '../fakes/fake-kube-api.js';
import { FakeSlack } from '../fakes/fake-slack.js';
import { startTestApp, TestDatabaseHandle, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';
import { sleep, waitFor } from '../support/wait.js';

const ALL = 'apps:read apps:write deploy:read deploy:write';

const baseEnv = (kubeconfig: string) => ({
  KUBECONFIG: kubeconfig,
  KLEPAAS_ROLLOUT_POLL_MS: '20',
  KLEPAAS_ROLLOUT_TIMEOUT_SECONDS: '20',
  KLEPAAS_LOGS_MAX_LINES: '50',
});

describe('deployments: failures, rollback, safety and recovery', () => {
  let kube: FakeKubeApi;
  let t: TestApp;
  let auth: string;
  let slack: FakeSlack;

  beforeAll(async () => {
    kube = await FakeKubeApi.start({ readyDelayMs: 20 });
    slack = await FakeSlack.start();
    t = await startTestApp({
      env: {
        ...baseEnv(kube.writeKubeconfig()),
        KLEPAAS_SLACK_WEBHOOK_URL: slack.webhookUrl('/hook'),
        KLEPAAS_PUBLIC_URL: 'https://paas.example.com',
        KLEPAAS_ALERTS_SUPPRESS_WINDOW_SECONDS: '0',
      },
    });
    auth = await bearer({ scope: ALL });
    await request(t.url)
      .post('/api/v1/apps')
      .set('Authorization', auth)
      .send({ name: 'api', image: 'ghcr.io/acme/api', port: 3000, replicas: 2 })
      .expect(201);
  });
  afterAll(async () => {
    await t.destroy();
    await kube.close();
    await slack.close();
  });

  const post = (path: string, body: object) =>
    request(t.url).post(path).set('Authorization', auth).send(body);
  const get = (path: string) => request(t.url).get(path).set('Authorization', auth);
  const confirmAndRun = async (path: string, body: object) => {
    const plan = await post(path, body).expect(202);
    return post(path, { ...body, confirmationToken: plan.body.confirmationToken }).expect(200);
  };

  it('reports a failed rollout with ImagePullBackOff', async () => {
    await post('/api/v1/apps/api/environments/staging/deploy', { tag: 'v1' }).expect(200);
    await post('/api/v1/apps/api/environments/staging/deploy', { tag: 'v2' }).expect(200);
    kube.badImages.add('ghcr.io/acme/api:broken');
    const res = await post('/api/v1/apps/api/environments/staging/deploy', { tag: 'broken' }).expect(200);
    expect(res.body).toMatchObject({
      status: 'failed',
      reason: 'ImagePullBackOff',
      tag: 'broken',
      revision: 3,
    });
    expect(res.body.error).toMatch(/ghcr.io\/acme\/api:broken/);
    const status = await get('/api/v1/apps/api/environments/staging/status').expect(200);
    expect(status.body.pods[0]).toMatchObject({ ready: false, waitingReason: 'ImagePullBackOff' });
    // operators hear about both outcomes, with a link to the history record
    const failed = await waitFor('the failed-deploy alert', async () =>
      slack.texts().find((x) => x.startsWith('[DEPLOY][FAILED] api/staging revision=3 image=broken')),
    );
    expect(failed).toContain('code=ImagePullBackOff');
    expect(failed).toContain(`<https://paas.example.com/api/v1/deployments/${res.body.id}|history>`);
    expect(
      slack.texts().some((x) => x.startsWith('[DEPLOY][SUCCEEDED] api/staging revision=2 image=v2')),
    ).toBe(true);
  });

  it('reports ProgressDeadlineExceeded from the Deployment condition', async () => {
    kube.stuckImages.add('ghcr.io/acme/api:stuck');
    kube.progressDeadlineMs = 150;
    try {
      const res = await post('/api/v1/apps/api/environments/dev/deploy', { tag: 'stuck' }).expect(200);
      expect(res.body).toMatchObject({ status: 'failed', reason: 'ProgressDeadlineExceeded' });
    } finally {
      kube.progressDeadlineMs = 600_000;
    }
  });

  it('rolls back to the previous successful revision, a revision number, or a tag (with confirmation)', async () => {
    const path = '/api/v1/apps/api/environments/staging/rollback';
    const plan = await post(path, {}).expect(202);
    expect(plan.body.plan).toMatchObject({
      operation: 'rollback',
      destructiveBecause: ['rollback'],
      changes: { image: { from: 'ghcr.io/acme/api:broken', to: 'ghcr.io/acme/api:v2' }, targetRevision: 2 },
    });
    const prev = await post(path, { confirmationToken: plan.body.confirmationToken }).expect(200);
    expect(prev.body).toMatchObject({ operation: 'rollback', status: 'succeeded', tag: 'v2', revision: 4 });
    await waitFor('the rollback alert', async () =>
      slack.texts().some((x) => x.startsWith('[ROLLBACK][SUCCEEDED] api/staging to revision=4 image=v2')),
    );
    expect(kube.deployment('staging', 'api')!.spec.template.spec.containers[0].image).toBe(
      'ghcr.io/acme/api:v2',
    );

    const byRevision = await confirmAndRun(path, { revision: 1 });
    expect(byRevision.body).toMatchObject({ status: 'succeeded', tag: 'v1', revision: 5 });
    const byTag = await confirmAndRun(path, { tag: 'v2' });
    expect(byTag.body).toMatchObject({ status: 'succeeded', tag: 'v2' });

    expect((await post(path, { tag: 'v42' }).expect(404)).body.error).toBe('rollback_target_not_found');
    expect((await post(path, { revision: 3 }).expect(404)).body.error).toBe('rollback_target_not_found');
    await post(path, { revision: 1, tag: 'v1' }).expect(400);
  });

  it('serialises operations on one app + environment: the second gets 409 with the running id', async () => {
    kube.imageDelays.set('ghcr.io/acme/api:slow', 3000);
    const first = post('/api/v1/apps/api/environments/staging/deploy', { tag: 'slow' }).then((r) => r);
    const running = await waitFor('the first deploy to be in progress', async () => {
      const r = await get('/api/v1/deployments?app=api&status=in_progress').expect(200);
      return r.body.items[0] as { id: string } | undefined;
    });
    const second = await post('/api/v1/apps/api/environments/staging/scale', { replicas: 3 }).expect(409);
    expect(second.body).toMatchObject({ error: 'operation_in_progress', runningOperationId: running.id });
    // Another environment is not blocked.
    await post('/api/v1/apps/api/environments/dev/deploy', { tag: 'v2' }).expect(200);
    const done = await first;
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ id: running.id, status: 'succeeded' });
    await post('/api/v1/apps/api/environments/staging/scale', { replicas: 3 }).expect(200);
  });

  it('reports progress and stops waiting on abort, finishing the record in the background', async () => {
    const service = t.app.get(DeploymentsService);
    kube.imageDelays.set('ghcr.io/acme/api:slow2', 800);
    const controller = new AbortController();
    const progress: { readyReplicas: number; desiredReplicas: number }[] = [];
    const outcome = await service.run(
      { app: 'api', environment: 'dev', operation: 'deploy', tag: 'slow2' },
      { userId: 'ci-bot', source: 'cicd' },
      {
        correlationId: 'job-42',
        signal: controller.signal,
        onProgress: (p) => {
          progress.push(p);
          controller.abort();
        },
      },
    );
    expect(outcome.kind).toBe('executed');
    if (outcome.kind !== 'executed') return;
    expect(outcome.record).toMatchObject({ status: 'in_progress', source: 'cicd', correlationId: 'job-42' });
    expect(progress[0]).toMatchObject({ readyReplicas: 0, desiredReplicas: 2 });
    const finished = await waitFor('the background rollout to finish', async () => {
      const r = await service.get(outcome.record.id);
      return r.status === 'succeeded' ? r : undefined;
    });
    expect(finished.reason).toBe('RolloutComplete');
  });

  it('maps RBAC denials to 403 naming the verb and resource, and records the failure', async () => {
    kube.deny('patch', 'deployments/scale', 'staging');
    try {
      const res = await post('/api/v1/apps/api/environments/staging/scale', { replicas: 1 }).expect(403);
      expect(res.body.error).toBe('kube_forbidden');
      expect(res.body.message).toMatch(/patch/);
      expect(res.body.message).toMatch(/deployments\/scale/);
      expect(JSON.stringify(res.body)).not.toMatch(/ApiException|at .*\.js/);
      const failed = await get(`/api/v1/deployments/${res.body.details.operationId}`).expect(200);
      expect(failed.body).toMatchObject({ status: 'failed', reason: 'kube_forbidden', operation: 'scale' });
    } finally {
      kube.allowAll();
    }
  });

  it('retries a replace that conflicts with a status update, and maps a persistent conflict to 409', async () => {
    let conflicts = 1;
    kube.onRequest = (r) => {
      if (r.method === 'PUT' && r.path.endsWith('/deployments/api') && conflicts-- > 0)
        kube.touch('staging', 'api');
    };
    try {
      const ok = await post('/api/v1/apps/api/environments/staging/deploy', { tag: 'slow' }).expect(200);
      expect(ok.body.status).toBe('succeeded');
      expect(kube.count('PUT', '/deployments/api')).toBeGreaterThanOrEqual(2);
    } finally {
      kube.onRequest = undefined;
    }
  });

  it('maps a concurrent modification to 409 kube_conflict', async () => {
    kube.onRequest = (r) => {
      if (r.method === 'PUT' && r.path.endsWith('/deployments/api')) kube.touch('staging', 'api');
    };
    try {
      const res = await post('/api/v1/apps/api/environments/staging/deploy', { tag: 'v1' }).expect(409);
      expect(res.body.error).toBe('kube_conflict');
    } finally {
      kube.onRequest = undefined;
    }
  });

  it('logs: last N lines (capped), one pod, bad container and unknown pod', async () => {
    const all = await get('/api/v1/apps/api/environments/staging/logs').expect(200);
    expect(all.body.lines).toBe(50); // default 100, capped by KLEPAAS_LOGS_MAX_LINES=50
    expect(all.body.pods).toHaveLength(3);
    expect(all.body.pods[0].lines).toHaveLength(50);
    expect(all.body.pods[0].lines[49]).toMatch(/line 300$/);
    const pod = all.body.pods[1].pod as string;
    const one = await get(
      `/api/v1/apps/api/environments/staging/logs?lines=5&pod=${pod}&container=app`,
    ).expect(200);
    expect(one.body.pods).toEqual([
      {
        pod,
        container: 'app',
        previous: false,
        lines: [296, 297, 298, 299, 300].map((n) => `${pod}/app line ${n}`),
      },
    ]);
    expect((await get(`/api/v1/apps/api/environments/staging/logs?pod=nope`).expect(404)).body.error).toBe(
      'pod_not_found',
    );
    const badContainer = await get(`/api/v1/apps/api/environments/staging/logs?container=sidecar`).expect(
      422,
    );
    expect(badContainer.body.error).toBe('kube_invalid');
    await get('/api/v1/apps/api/environments/staging/logs?lines=abc').expect(400);
  });

  it('lists apps with their state in every environment', async () => {
    kube.resetRequests();
    const res = await get('/api/v1/deployments/overview').expect(200);
    const api = res.body.items.find((a: { name: string }) => a.name === 'api');
    expect(api.environments.staging).toMatchObject({
      namespace: 'staging',
      state: 'running',
      tag: 'slow',
      desired: 3,
    });
    expect(api.environments.production).toMatchObject({ state: 'not_deployed' });
    expect(kube.requests).toHaveLength(6);
  });

  it('removes an app from an environment after confirmation; then 404', async () => {
    const plan = await request(t.url)
      .delete('/api/v1/apps/api/environments/dev')
      .set('Authorization', auth)
      .expect(202);
    expect(plan.body.plan.destructiveBecause).toEqual(['removes the app from the environment']);
    const ran = await request(t.url)
      .delete(`/api/v1/apps/api/environments/dev?confirmationToken=${plan.body.confirmationToken}`)
      .set('Authorization', auth)
      .expect(200);
    expect(ran.body).toMatchObject({ operation: 'delete', status: 'succeeded', replicasAfter: 0 });
    expect(kube.deployment('dev', 'api')).toBeUndefined();
    expect(kube.services.has('dev/api')).toBe(false);
    const again = await request(t.url)
      .delete('/api/v1/apps/api/environments/dev')
      .set('Authorization', auth)
      .expect(404);
    expect(again.body.error).toBe('not_deployed');
    await post('/api/v1/apps/api/environments/dev/scale', { replicas: 1 }).expect(404);
  });

  it('counts operations in deployments_total and the duration histogram', async () => {
    const metrics = await request(t.url).get('/metrics').expect(200);
    expect(metrics.text).toMatch(
      /deployments_total\{operation="deploy",environment="staging",result="succeeded"\} \d+/,
    );
    expect(metrics.text).toMatch(
      /deployments_total\{operation="deploy",environment="staging",result="failed"\} 2/,
    );
    expect(metrics.text).toMatch(
      /deployment_operation_duration_seconds_count\{operation="rollback",environment="staging",result="succeeded"\} 3/,
    );
  });
});

describe('deployments: timeouts, expiry, unreachable cluster, crash reconciliation', () => {
  let kube: FakeKubeApi;
  let auth: string;
  beforeAll(async () => {
    kube = await FakeKubeApi.start({ readyDelayMs: 20 });
    auth = await bearer({ scope: ALL });
  });
  afterAll(() => kube.close());

  it('fails a rollout that does not finish in KLEPAAS_ROLLOUT_TIMEOUT_SECONDS, and expires confirmation tokens', async () => {
    const t = await startTestApp({
      env: {
        ...baseEnv(kube.writeKubeconfig()),
        KLEPAAS_ROLLOUT_TIMEOUT_SECONDS: '1',
        KLEPAAS_CONFIRMATION_TTL_SECONDS: '1',
        KLEPAAS_ENV_NAMESPACES: 'development=missing-ns',
      },
    });
    try {
      await request(t.url)
        .post('/api/v1/apps')
        .set('Authorization', auth)
        .send({ name: 'slow', image: 'r/slow' })
        .expect(201);
      kube.stuckImages.add('r/slow:v1');
      const res = await request(t.url)
        .post('/api/v1/apps/slow/environments/staging/deploy')
        .set('Authorization', auth)
        .send({ tag: 'v1' })
        .expect(200);
      expect(res.body).toMatchObject({ status: 'failed', reason: 'RolloutTimeout' });
      expect(res.body.error).toMatch(/within 1s/);

      const plan = await request(t.url)
        .post('/api/v1/apps/slow/environments/staging/scale')
        .set('Authorization', auth)
        .send({ replicas: 0 })
        .expect(202);
      await sleep(1300);
      const expired = await request(t.url)
        .post('/api/v1/apps/slow/environments/staging/scale')
        .set('Authorization', auth)
        .send({ replicas: 0, confirmationToken: plan.body.confirmationToken })
        .expect(409);
      expect(expired.body.error).toBe('confirmation_expired');

      // Namespace map is configurable; a namespace the cluster lacks is a clear 404.
      const missing = await request(t.url)
        .post('/api/v1/apps/slow/environments/개발/deploy')
        .set('Authorization', auth)
        .send({ tag: 'v1' })
        .expect(404);
      expect(missing.body).toMatchObject({ error: 'kube_not_found' });
      expect(missing.body.message).toMatch(/missing-ns/);
    } finally {
      await t.destroy();
    }
  });

  it('answers 503 cluster_unreachable and fails readiness when the API server is down', async () => {
    const t = await startTestApp({ env: baseEnv(writeFakeKubeconfig('http://127.0.0.1:1')) });
    try {
      await request(t.url)
        .post('/api/v1/apps')
        .set('Authorization', auth)
        .send({ name: 'x', image: 'r/x' })
        .expect(201);
      const status = await request(t.url)
        .get('/api/v1/apps/x/environments/staging/status')
        .set('Authorization', auth)
        .expect(503);
      expect(status.body.error).toBe('cluster_unreachable');
      expect(status.body.message).not.toMatch(/ApiException|fetch failed/);
      const deploy = await request(t.url)
        .post('/api/v1/apps/x/environments/staging/deploy')
        .set('Authorization', auth)
        .send({ tag: 'v1' })
        .expect(503);
      expect(deploy.body.error).toBe('cluster_unreachable');
      // The cluster is a dependency: readiness stays 200, health shows it degraded.
      await request(t.url).get('/api/v1/readyz').expect(200);
      const health = await request(t.url).get('/api/v1/health').expect(200);
      expect(health.body.degraded.kubernetes).toMatchObject({ status: 'degraded' });
    } finally {
      await t.destroy();
    }
  });

  it('gives up on a hung API server after KLEPAAS_KUBE_TIMEOUT_MS with 503', async () => {
    const slow = await FakeKubeApi.start();
    slow.latencyMs = 5000;
    const t = await startTestApp({
      env: { ...baseEnv(slow.writeKubeconfig()), KLEPAAS_KUBE_TIMEOUT_MS: '300' },
    });
    try {
      await request(t.url)
        .post('/api/v1/apps')
        .set('Authorization', auth)
        .send({ name: 'h', image: 'r/h' })
        .expect(201);
      const started = Date.now();
      const res = await request(t.url)
        .get('/api/v1/apps/h/environments/dev/status')
        .set('Authorization', auth)
        .expect(503);
      expect(res.body).toMatchObject({ error: 'cluster_unreachable' });
      expect(res.body.message).toMatch(/did not answer in time/);
      expect(Date.now() - started).toBeLessThan(4500);
    } finally {
      await t.destroy();
      await slow.close();
    }
  });

  it('fails the record honestly when the cluster goes away during the rollout wait', async () => {
    const lonely = await FakeKubeApi.start({ readyDelayMs: 20 });
    const t = await startTestApp({ env: baseEnv(lonely.writeKubeconfig()) });
    try {
      await request(t.url)
        .post('/api/v1/apps')
        .set('Authorization', auth)
        .send({ name: 'gone', image: 'r/gone' })
        .expect(201);
      lonely.stuckImages.add('r/gone:v1');
      const pending = request(t.url)
        .post('/api/v1/apps/gone/environments/dev/deploy')
        .set('Authorization', auth)
        .send({ tag: 'v1' });
      // the rollout wait has begun once the deployment was written and then read back: closing the cluster before
      // that (a slow machine) would fail the apply itself, not the wait this test is about
      const started = waitFor('the rollout wait to start', async () => {
        const written = lonely.writes.findIndex((w) => w.path.includes('/deployments'));
        return (
          written >= 0 &&
          lonely.requests.some(
            (r, i) =>
              i > lonely.requests.indexOf(lonely.writes[written]) &&
              r.method === 'GET' &&
              r.path.includes('/deployments/'),
          )
        );
      });
      const [res] = await Promise.all([pending, started.then(() => lonely.close())]);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'failed', reason: 'cluster_unreachable' });
      expect(res.body.error).toMatch(/rollout could not be followed/);
    } finally {
      await t.destroy();
    }
  });

  it('reconciles records left in progress by a crash at the next start', async () => {
    const database = TestDatabaseHandle.create();
    const env = baseEnv(kube.writeKubeconfig());
    const first = await startTestApp({ env, database });
    await request(first.url)
      .post('/api/v1/apps')
      .set('Authorization', auth)
      .send({ name: 'crash', image: 'r/crash' })
      .expect(201);
    const ok = await request(first.url)
      .post('/api/v1/apps/crash/environments/staging/deploy')
      .set('Authorization', auth)
      .send({ tag: 'v1' })
      .expect(200);
    // A deploy stuck mid-rollout when the process goes away.
    kube.stuckImages.add('r/crash:v2');
    const pending = request(first.url)
      .post('/api/v1/apps/crash/environments/dev/deploy')
      .set('Authorization', auth)
      .send({ tag: 'v2' })
      .then(
        (r) => r,
        () => undefined,
      );
    await waitFor('the stuck deploy to start', async () => {
      const r = await request(first.url)
        .get('/api/v1/deployments?status=in_progress')
        .set('Authorization', auth);
      return r.body.items?.length > 0;
    });
    // Rows a crashed process would leave: one whose rollout in fact completed, one still held by a live lease.
    const db = first.app.get<Kysely<any>>(DATABASE);
    const now = new Date().toISOString();
    const row = { ...ok.body };
    await db
      .insertInto('deployment_records')
      .values({
        id: 'crashed-completed',
        app: 'crash',
        environment: 'staging',
        namespace: 'staging',
        operation: 'deploy',
        revision: 2,
        tag: 'v1',
        replicas_before: 1,
        replicas_after: 1,
        user_id: row.user,
        source: 'api',
        status: 'in_progress',
        created_at: now,
        started_at: now,
      })
      .execute();
    await db
      .insertInto('deployment_records')
      .values({
        id: 'held-elsewhere',
        app: 'other',
        environment: 'production',
        namespace: 'production',
        operation: 'deploy',
        revision: 1,
        tag: 'v1',
        user_id: 'bob',
        source: 'cicd',
        status: 'in_progress',
        created_at: now,
        started_at: now,
      })
      .execute();
    await db
      .insertInto('operation_locks')
      .values({
        lock_key: 'other/production',
        operation_id: 'held-elsewhere',
        acquired_at: now,
        expires_at: new Date(Date.now() + 600_000).toISOString(),
      })
      .execute();
    await first.close();
    await pending;

    // The crashed-completed operation did write its revision before the process went away.
    kube.deployments.get('staging/crash')!.metadata.annotations['klepaas.io/revision'] = '2';

    const second = await startTestApp({ env, database });
    try {
      const list = async () =>
        (await request(second.url).get('/api/v1/deployments?limit=10').set('Authorization', auth).expect(200))
          .body.items as { id: string; status: string; reason: string; environment: string; tag: string }[];
      let records = await list();
      const stuck = () => records.find((r) => r.environment === 'development' && r.tag === 'v2')!;
      // Its rollout is still running in the cluster: left for a later pass (or the rollout deadline).
      expect(stuck()).toMatchObject({ status: 'in_progress' });
      expect(records.find((r) => r.id === 'crashed-completed')).toMatchObject({
        status: 'succeeded',
        reason: 'ReconciledAfterRestart',
      });
      expect(records.find((r) => r.id === 'held-elsewhere')).toMatchObject({ status: 'in_progress' });
      // The lock of the interrupted operation is gone: the environment is usable again, and the next
      // operation settles the interrupted one before it replaces it.
      await request(second.url)
        .post('/api/v1/apps/crash/environments/dev/deploy')
        .set('Authorization', auth)
        .send({ tag: 'v3' })
        .expect(200);
      records = await list();
      expect(stuck()).toMatchObject({ status: 'failed', reason: 'Interrupted' });
      kube.stuckImages.delete('r/crash:v2');
    } finally {
      await second.destroy();
    }
  });
});
