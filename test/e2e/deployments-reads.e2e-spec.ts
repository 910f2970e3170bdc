import request from 'supertest';
import type { FakeKubeApi } from '../fakes/fake-kube-api.js';
import { registerApp, startAppWithFakeKube } from '../support/kube-app.js';
import type { TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';

/**
 * Each operation is planned once per run and reads each object once: the Deployment for every
 * operation, the Service too for deploy, rollback and delete. These are the cluster reads an operation
 * makes before its first write (the rollout wait that follows reads on its own schedule).
 */
describe('deployments read each object once per operation', () => {
  let kube: FakeKubeApi;
  let t: TestApp;
  let auth: string;
  let nlp: string;
  let auditor: string;

  beforeAll(async () => {
    ({ kube, app: t } = await startAppWithFakeKube());
    auth = await bearer({ scope: 'apps:read apps:write deploy:read deploy:write' });
    nlp = await bearer({ scope: 'nlp:execute deploy:read deploy:write' });
    auditor = await bearer({ scope: 'audit:read' });
    await registerApp(t.url, auth, 'web-app');
  });
  afterAll(async () => {
    await t.destroy();
    await kube.close();
  });

  const operate = (operation: string, body: object) =>
    operation === 'delete'
      ? request(t.url)
          .delete('/api/v1/apps/web-app/environments/development')
          .set('Authorization', auth)
          .send(body)
      : request(t.url)
          .post(`/api/v1/apps/web-app/environments/development/${operation}`)
          .set('Authorization', auth)
          .send(body);

  /** The requests of `call` up to its first write, as `GET deployments/web-app`. */
  async function readsBeforeWrite(call: () => Promise<unknown>): Promise<string[]> {
    kube.resetRequests();
    await call();
    const firstWrite = kube.requests.findIndex((r) => r.method !== 'GET');
    const reads = firstWrite < 0 ? kube.requests : kube.requests.slice(0, firstWrite);
    return reads.map((r) => `${r.method} ${r.path.replace(/^.*\/namespaces\/[^/]+\//, '')}`);
  }

  const DEPLOYMENT = 'GET deployments/web-app';
  const SERVICE = 'GET services/web-app';

  it('deploy reads the Deployment and the Service once, new or existing', async () => {
    expect(await readsBeforeWrite(() => operate('deploy', { tag: 'v1' }).expect(200))).toEqual([
      DEPLOYMENT,
      SERVICE,
    ]);
    expect(await readsBeforeWrite(() => operate('deploy', { tag: 'v2' }).expect(200))).toEqual([
      DEPLOYMENT,
      SERVICE,
    ]);
  });

  it('scale and restart read the Deployment once', async () => {
    expect(await readsBeforeWrite(() => operate('scale', { replicas: 2 }).expect(200))).toEqual([DEPLOYMENT]);
    expect(await readsBeforeWrite(() => operate('restart', {}).expect(200))).toEqual([DEPLOYMENT]);
  });

  it('a natural-language deploy without a tag takes the running tag from its one plan (no status call first)', async () => {
    let record: { id?: string; tag?: string; status?: string } = {};
    expect(
      await readsBeforeWrite(async () => {
        const res = await request(t.url)
          .post('/api/v1/nlp/process')
          .set('Authorization', nlp)
          .send({ command: 'deploy web-app to development' })
          .expect(200);
        record = res.body.result.record;
      }),
    ).toEqual([DEPLOYMENT, SERVICE]);
    expect(record).toMatchObject({ tag: 'v2', status: 'succeeded' });
    // The audit listener ran before the answer: the operation's audit record is already committed.
    const audit = await request(t.url)
      .get('/api/v1/audit?action=deployment.deploy')
      .set('Authorization', auditor)
      .expect(200);
    expect(audit.body.items[0]).toMatchObject({
      resource: 'web-app/development',
      details: { id: record.id, source: 'nlp', tag: 'v2' },
    });
  });

  it('rollback and delete read once to ask for confirmation, and once more to run with the token', async () => {
    for (const operation of ['rollback', 'delete']) {
      let token = '';
      expect(
        await readsBeforeWrite(async () => {
          const asked = await operate(operation, {}).expect(202);
          token = asked.body.confirmationToken as string;
        }),
      ).toEqual([DEPLOYMENT, SERVICE]);
      expect(
        await readsBeforeWrite(() => operate(operation, { confirmationToken: token }).expect(200)),
      ).toEqual([DEPLOYMENT, SERVICE]);
    }
    expect(kube.deployment('development', 'web-app')).toBeUndefined();
  });
});
