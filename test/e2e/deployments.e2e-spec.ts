import request from 'supertest';
import { AppsService } from '../../src/modules/apps/apps.service.js';
import { DeploymentsService } from '../../src/modules/deployments/deployments.service.js';
import { EnvironmentsService } from '../../src/modules/apps/environments.service.js';
import type { FakeKubeApi } from '../fakes/fake-kube-api.js';
import { startAppWithFakeKube } from '../support/kube-app.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';

const ALL = 'apps:read apps:write deploy:read deploy:write';

describe('deployments against a (fake) cluster', () => {
  let kube: FakeKubeApi;
  let t: TestApp;
  let auth: string;
  let bob: string;

  beforeAll(async () => {
    ({ kube, app: t } = await startAppWithFakeKube());
    auth = await bearer({ scope: ALL });
    bob = await bearer({ sub: 'bob', scope: ALL });
  });
  afterAll(async () => {
    await t.destroy();
    await kube.close();
  });

  const api = () => request(t.url);
  const post = (path: string, body: object, who = auth) =>
    api().post(path).set('Authorization', who).send(body);

  it('registers apps with validation, overrides and per-environment aliases', async () => {
    const created = await post('/api/v1/apps', {
      name: 'web',
      image: 'ghcr.io/acme/web',
      port: 8080,
      replicas: 2,
      env: { LOG_LEVEL: 'info' },
      resources: { requests: { cpu: '100m', memory: '128Mi' } },
      githubRepo: 'acme/web',
      environments: { 운영: { replicas: 3 }, stg: { env: { LOG_LEVEL: 'debug' } } },
    }).expect(201);
    expect(created.body).toMatchObject({
      name: 'web',
      environments: { production: { replicas: 3 }, staging: { env: { LOG_LEVEL: 'debug' } } },
    });
    await post('/api/v1/apps', { name: 'web', image: 'ghcr.io/acme/web' }).expect(409);
    const bad = await post('/api/v1/apps', { name: 'Web_App', image: 'x' }).expect(400);
    expect(JSON.stringify(bad.body)).toMatch(/DNS-1123/);
    expect(bad.body.stack).toBeUndefined();
    const secret = await post('/api/v1/apps', { name: 'w2', image: 'x/y', env: { DB_PASSWORD: 'p' } }).expect(
      400,
    );
    expect(secret.body.error).toBe('invalid_app');
    await post('/api/v1/apps', { name: 'w3', image: 'x/y', environments: { moon: {} } }).expect(400);
    await post('/api/v1/apps', { name: 'other', image: 'ghcr.io/acme/other' }).expect(201);

    const patched = await api()
      .patch('/api/v1/apps/other')
      .set('Authorization', auth)
      .send({ replicas: 2, environments: { dev: { replicas: 1 } } })
      .expect(200);
    expect(patched.body).toMatchObject({ replicas: 2, environments: { development: { replicas: 1 } } });
    const removed = await api()
      .patch('/api/v1/apps/other')
      .set('Authorization', auth)
      .send({ environments: { 개발: null, prod: { replicas: 4 } } })
      .expect(200);
    expect(removed.body.environments).toEqual({ production: { replicas: 4 } });
    const list = await api().get('/api/v1/apps').set('Authorization', auth).expect(200);
    expect(list.body.items.map((a: { name: string }) => a.name)).toEqual(['other', 'web']);
    await api().get('/api/v1/apps/nope').set('Authorization', auth).expect(404);
    await api().delete('/api/v1/apps/other').set('Authorization', auth).expect(204);
    await api().get('/api/v1/apps/other').set('Authorization', auth).expect(404);
    const envs = await api().get('/api/v1/environments').set('Authorization', auth).expect(200);
    expect(envs.body.default).toBe('staging');
  });

  it('deploys to staging (alias), waits for the rollout and records it', async () => {
    const progress: number[] = [];
    const res = await post('/api/v1/apps/web/environments/스테이징/deploy', { tag: 'v1' }).expect(200);
    expect(res.body).toMatchObject({
      app: 'web',
      environment: 'staging',
      namespace: 'staging',
      operation: 'deploy',
      status: 'succeeded',
      reason: 'RolloutComplete',
      revision: 1,
      tag: 'v1',
      replicasBefore: null,
      replicasAfter: 2,
      user: 'alice',
      source: 'api',
    });
    expect(progress).toEqual([]);
    const d = kube.deployment('staging', 'web')!;
    expect(d.metadata.labels).toMatchObject({
      'app.kubernetes.io/name': 'web',
      'app.kubernetes.io/managed-by': 'klepaas',
    });
    const c = d.spec.template.spec.containers[0];
    expect(c.image).toBe('ghcr.io/acme/web:v1');
    expect(c.env).toEqual([{ name: 'LOG_LEVEL', value: 'debug' }]);
    expect(c.resources).toEqual({ requests: { cpu: '100m', memory: '128Mi' } });
    expect(kube.services.get('staging/web')?.spec.ports[0]).toMatchObject({ port: 8080, targetPort: 8080 });

    const again = await post('/api/v1/apps/web/environments/stg/deploy', { tag: 'v2' }).expect(200);
    expect(again.body).toMatchObject({ status: 'succeeded', revision: 2, tag: 'v2', replicasBefore: 2 });
    const got = await api()
      .get(`/api/v1/deployments/${again.body.id}`)
      .set('Authorization', auth)
      .expect(200);
    expect(got.body.id).toBe(again.body.id);
  });

  it('reports status with one Deployment read and one Pod list, never one call per pod', async () => {
    kube.resetRequests();
    const res = await api()
      .get('/api/v1/apps/web/environments/staging/status')
      .set('Authorization', auth)
      .expect(200);
    expect(res.body).toMatchObject({
      deployed: true,
      image: 'ghcr.io/acme/web:v2',
      tag: 'v2',
      state: 'running',
      replicas: { desired: 2, updated: 2, ready: 2, available: 2 },
    });
    expect(res.body.pods).toHaveLength(2);
    expect(res.body.pods[0]).toMatchObject({ phase: 'Running', ready: true, restarts: 0 });
    expect(res.body.conditions.map((c: { type: string }) => c.type)).toEqual(['Available', 'Progressing']);
    expect(kube.requests).toHaveLength(2);
    expect(kube.count('GET', '/pods/')).toBe(0);
  });

  it('scales through the scale subresource and reports current → desired', async () => {
    kube.resetRequests();
    const res = await post('/api/v1/apps/web/environments/staging/scale', { replicas: 4 }).expect(200);
    expect(res.body).toMatchObject({
      operation: 'scale',
      status: 'succeeded',
      replicasBefore: 2,
      replicasAfter: 4,
    });
    const patch = kube.requests.find((r) => r.method === 'PATCH');
    expect(patch).toMatchObject({ path: '/apis/apps/v1/namespaces/staging/deployments/web/scale' });
    expect(patch?.contentType).toMatch(/merge-patch/);
    expect(kube.podsOf('staging', 'web')).toHaveLength(4);
  });

  it('restarts through the restartedAt annotation', async () => {
    const before = kube.podsOf('staging', 'web').map((p) => p.metadata.name);
    const res = await post('/api/v1/apps/web/environments/staging/restart', {}).expect(200);
    expect(res.body).toMatchObject({ operation: 'restart', status: 'succeeded', revision: 3 });
    const d = kube.deployment('staging', 'web')!;
    expect(d.spec.template.metadata.annotations['kubectl.kubernetes.io/restartedAt']).toBeTruthy();
    const after = kube.podsOf('staging', 'web').map((p) => p.metadata.name);
    expect(after.some((n) => before.includes(n))).toBe(false);
  });

  it('dry run returns the exact requests and changes nothing', async () => {
    kube.resetRequests();
    const res = await post('/api/v1/apps/web/environments/staging/deploy', {
      tag: 'v9',
      dryRun: true,
    }).expect(200);
    expect(res.body.dryRun).toBe(true);
    expect(res.body.notice).toBeUndefined();
    expect(res.body.requests[0]).toMatchObject({
      method: 'PUT',
      path: '/apis/apps/v1/namespaces/staging/deployments/web',
    });
    expect(res.body.requests[0].body.spec.template.spec.containers[0].image).toBe('ghcr.io/acme/web:v9');
    expect(kube.requests.every((r) => r.method === 'GET')).toBe(true);
    expect(kube.deployment('staging', 'web')!.spec.template.spec.containers[0].image).toBe(
      'ghcr.io/acme/web:v2',
    );
    const scale = await post('/api/v1/apps/web/environments/staging/scale', {
      replicas: 0,
      dryRun: true,
    }).expect(200);
    expect(scale.body.requests).toEqual([
      {
        method: 'PATCH',
        path: '/apis/apps/v1/namespaces/staging/deployments/web/scale',
        body: { spec: { replicas: 0 } },
      },
    ]);
  });

  it('production needs a confirmation token bound to the user and the plan', async () => {
    const first = await post('/api/v1/apps/web/environments/prod/deploy', { tag: 'v2' }).expect(202);
    expect(first.body).toMatchObject({
      status: 'confirmation_required',
      plan: {
        environment: 'production',
        namespace: 'production',
        destructiveBecause: ['production environment'],
      },
    });
    expect(kube.deployment('production', 'web')).toBeUndefined();
    const token = first.body.confirmationToken as string;

    // Another user cannot use it.
    const other = await post(
      '/api/v1/apps/web/environments/prod/deploy',
      { tag: 'v2', confirmationToken: token },
      bob,
    ).expect(403);
    expect(other.body.error).toBe('confirmation_wrong_user');
    // A different plan (other tag) is refused.
    const changed = await post('/api/v1/apps/web/environments/prod/deploy', {
      tag: 'v3',
      confirmationToken: token,
    }).expect(409);
    expect(changed.body.error).toBe('confirmation_plan_changed');
    // Unknown token.
    await post('/api/v1/apps/web/environments/prod/deploy', {
      tag: 'v2',
      confirmationToken: 'cfm_nope',
    }).expect(400);
    // The right user and plan run it.
    const ran = await post('/api/v1/apps/web/environments/prod/deploy', {
      tag: 'v2',
      confirmationToken: token,
    }).expect(200);
    expect(ran.body).toMatchObject({ status: 'succeeded', environment: 'production', replicasAfter: 3 });
    // Reuse is refused.
    const reused = await post('/api/v1/apps/web/environments/prod/deploy', {
      tag: 'v2',
      confirmationToken: token,
    }).expect(409);
    expect(reused.body.error).toBe('confirmation_used');
  });

  it('scale to 0 outside production needs confirmation too', async () => {
    const plan = await post('/api/v1/apps/web/environments/staging/scale', { replicas: 0 }).expect(202);
    expect(plan.body.plan.destructiveBecause).toEqual(['leaves zero replicas']);
    expect(plan.body.plan.changes).toEqual({ replicas: { from: 4, to: 0 } });
    const ran = await post('/api/v1/apps/web/environments/staging/scale', {
      replicas: 0,
      confirmationToken: plan.body.confirmationToken,
    }).expect(200);
    expect(ran.body).toMatchObject({ status: 'succeeded', replicasBefore: 4, replicasAfter: 0 });
    await post('/api/v1/apps/web/environments/staging/scale', { replicas: 2 }).expect(200);
  });

  it('filters the history', async () => {
    const all = await api().get('/api/v1/deployments?app=web').set('Authorization', auth).expect(200);
    expect(all.body.items.length).toBeGreaterThanOrEqual(6);
    const prod = await api()
      .get('/api/v1/deployments?environment=운영')
      .set('Authorization', auth)
      .expect(200);
    expect(prod.body.items.every((r: { environment: string }) => r.environment === 'production')).toBe(true);
    expect(prod.body.items).toHaveLength(1);
    const scales = await api()
      .get('/api/v1/deployments?operation=scale&status=succeeded&source=api')
      .set('Authorization', auth)
      .expect(200);
    expect(scales.body.items.every((r: { operation: string }) => r.operation === 'scale')).toBe(true);
    await api().get('/api/v1/deployments?status=bogus').set('Authorization', auth).expect(400);
    await api().get('/api/v1/deployments/nope').set('Authorization', auth).expect(404);
  });

  it('exports AppsService look-ups and defaults the environment (never production) in run()', async () => {
    const apps = t.app.get(AppsService);
    expect(await apps.listNames()).toEqual(['web']);
    expect((await apps.findByGithubRepo('ACME/Web')).map((a) => a.name)).toEqual(['web']);
    expect(await apps.findByGithubRepo('acme/none')).toEqual([]);
    expect((await apps.get('web')).image).toBe('ghcr.io/acme/web');
    const envs = t.app.get(EnvironmentsService);
    expect(envs.resolve('운영')).toBe('production');
    const outcome = await t.app
      .get(DeploymentsService)
      .run(
        { app: 'web', environment: '', operation: 'deploy', tag: 'v2', dryRun: true },
        { userId: 'nlp-user', source: 'nlp' },
      );
    expect(outcome).toMatchObject({ kind: 'dry_run' });
    if (outcome.kind === 'dry_run') expect(outcome.requests[0].path).toContain('/namespaces/staging/');
  });

  it('documents the endpoints in Swagger with their answers', async () => {
    const doc = (await api().get('/docs-json').expect(200)).body;
    const deploy = doc.paths['/api/v1/apps/{name}/environments/{env}/deploy'].post;
    expect(Object.keys(deploy.responses)).toEqual(
      expect.arrayContaining(['200', '202', '403', '404', '409', '503']),
    );
    expect(deploy['x-required-scopes']).toEqual(['deploy:write']);
    for (const path of [
      '/api/v1/apps',
      '/api/v1/apps/{name}',
      '/api/v1/apps/{name}/environments/{env}',
      '/api/v1/apps/{name}/environments/{env}/status',
      '/api/v1/apps/{name}/environments/{env}/logs',
      '/api/v1/deployments',
      '/api/v1/deployments/{id}',
      '/api/v1/deployments/overview',
    ])
      expect(doc.paths[path]).toBeDefined();
  });

  it('needs deploy scopes', async () => {
    const readOnly = await bearer({ scope: 'apps:read deploy:read' });
    await post('/api/v1/apps/web/environments/staging/scale', { replicas: 1 }, readOnly).expect(403);
  });
});

describe('deployments without a cluster', () => {
  let t: TestApp;
  let auth: string;
  beforeAll(async () => {
    t = await startTestApp();
    auth = await bearer({ scope: ALL });
  });
  afterAll(() => t.destroy());

  it('starts, reports kubernetes not_configured, and answers operations as dry runs with a notice', async () => {
    const ready = await request(t.url).get('/api/v1/health').expect(200);
    expect(ready.body.info.kubernetes).toMatchObject({ state: 'not_configured' });
    await request(t.url)
      .post('/api/v1/apps')
      .set('Authorization', auth)
      .send({ name: 'api', image: 'r/api', port: 80 })
      .expect(201);
    const res = await request(t.url)
      .post('/api/v1/apps/api/environments/prod/deploy')
      .set('Authorization', auth)
      .send({ tag: 'v1' })
      .expect(200);
    expect(res.body.dryRun).toBe(true);
    expect(res.body.notice).toMatch(/no kubernetes cluster is configured/i);
    expect(res.body.requests.map((r: { method: string; path: string }) => `${r.method} ${r.path}`)).toEqual([
      'POST /apis/apps/v1/namespaces/production/deployments',
      'POST /api/v1/namespaces/production/services',
    ]);
    const status = await request(t.url)
      .get('/api/v1/apps/api/environments/dev/status')
      .set('Authorization', auth)
      .expect(503);
    expect(status.body.error).toBe('cluster_not_configured');
    const history = await request(t.url).get('/api/v1/deployments').set('Authorization', auth).expect(200);
    expect(history.body.items).toEqual([]);
  });
});
