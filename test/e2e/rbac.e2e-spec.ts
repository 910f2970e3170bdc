import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { parseAllDocuments } from 'yaml';
import { FakeKubeApi } from '../fakes/fake-kube-api.js';
import { startAppWithFakeKube, registerApp } from '../support/kube-app.js';
import type { TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';

interface Rule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
}
type K8sDoc = {
  kind: string;
  metadata: { name: string; namespace?: string };
  rules?: Rule[];
  roleRef?: { kind: string; name: string };
  subjects?: { kind: string; name: string; namespace: string }[];
};

const docs = parseAllDocuments(readFileSync(join(process.cwd(), 'deploy', 'rbac.yaml'), 'utf8')).map(
  (d) => d.toJS() as K8sDoc,
);
const role = docs.find((d) => d.kind === 'ClusterRole')!;
/** What deploy/rbac.yaml grants, as `group/resource verb` (group '' = core). */
const granted = new Set(
  role.rules!.flatMap((r) =>
    r.apiGroups.flatMap((g) => r.resources.flatMap((res) => r.verbs.map((v) => `${g}/${res} ${v}`))),
  ),
);
const boundNamespaces = docs
  .filter((d) => d.kind === 'RoleBinding' && d.roleRef?.name === role.metadata.name)
  .map((d) => d.metadata.namespace)
  .sort();

/**
 * Least privilege, checked both ways: every operation the service offers runs against the fake API
 * server, which records the RBAC check each request needed; the set of (verb, resource) pairs it saw must
 * be exactly what deploy/rbac.yaml grants — nothing used without a grant, nothing granted without a use —
 * and every call is namespaced in a namespace the Role is bound in.
 */
describe('RBAC in deploy/ is exactly what the service calls', () => {
  let kube: FakeKubeApi;
  let t: TestApp;
  let auth: string;

  beforeAll(async () => {
    ({ kube, app: t } = await startAppWithFakeKube({ env: { KLEPAAS_LOGS_MAX_LINES: '50' } }));
    auth = await bearer({ scope: 'apps:read apps:write deploy:read deploy:write' });
  });
  afterAll(async () => {
    await t.destroy();
    await kube.close();
  });

  const post = (path: string, body: object) =>
    request(t.url).post(path).set('Authorization', auth).send(body);
  const get = (path: string) => request(t.url).get(path).set('Authorization', auth);
  const confirmed = async (send: (body: object) => request.Test, body: object = {}) => {
    const plan = await send(body).expect(202);
    return send({ ...body, confirmationToken: plan.body.confirmationToken }).expect(200);
  };

  it('the manifests bind one ClusterRole in the managed namespaces only, to the service account', () => {
    expect(boundNamespaces).toEqual(['dev', 'production', 'staging']);
    expect(docs.some((d) => d.kind === 'ClusterRoleBinding' || d.kind === 'Role')).toBe(false);
  });

  it('every operation uses only granted verbs, and every granted verb is used', async () => {
    kube.resetRequests();
    await registerApp(t.url, auth, 'rbac', 1);
    const env = '/api/v1/apps/rbac/environments';
    const ok = (res: request.Response) => expect(res.body).toMatchObject({ status: 'succeeded' });
    // create (Deployment + Service), then replace both
    ok(await post(`${env}/staging/deploy`, { tag: 'v1' }).expect(200));
    ok(await post(`${env}/staging/deploy`, { tag: 'v2' }).expect(200));
    ok(await post(`${env}/staging/scale`, { replicas: 2 }).expect(200));
    ok(await post(`${env}/staging/restart`, {}).expect(200));
    ok(await confirmed((b) => post(`${env}/staging/rollback`, b)));
    await get(`${env}/staging/status`).expect(200);
    await get('/api/v1/deployments/overview').expect(200);
    await get(`${env}/staging/logs?lines=5`).expect(200);
    // production: every operation there asks for confirmation
    ok(await confirmed((b) => post(`${env}/production/deploy`, b), { tag: 'v1' }));
    await confirmed((b) => request(t.url).delete(`${env}/staging`).set('Authorization', auth).send(b));
    await confirmed((b) => request(t.url).delete(`${env}/production`).set('Authorization', auth).send(b));

    const checks = kube.requests.filter((r) => r.rbac);
    const used = new Set(checks.map((r) => `${r.rbac!.group}/${r.rbac!.resource} ${r.rbac!.verb}`));
    expect([...used].sort()).toEqual([...granted].sort());
    // Namespaced calls only, in namespaces the Role is bound in; the rest can only be the reachability
    // probe GET /version (a non-resource URL every account may read).
    for (const r of checks) expect(boundNamespaces).toContain(r.rbac!.namespace);
    expect(
      kube.requests.filter((r) => !r.rbac).every((r) => r.method === 'GET' && r.path === '/version'),
    ).toBe(true);
  });

  it('a verb missing from the Role is named in the answer (403 kube_forbidden), as the cluster would refuse it', async () => {
    kube.deny('patch', 'deployments/scale');
    try {
      const res = await post('/api/v1/apps/rbac/environments/staging/deploy', { tag: 'v1' }).expect(200);
      expect(res.body.status).toBe('succeeded');
      const scale = await post('/api/v1/apps/rbac/environments/staging/scale', { replicas: 3 }).expect(403);
      expect(scale.body).toMatchObject({ error: 'kube_forbidden' });
      expect(scale.body.message).toMatch(/patch/);
      expect(scale.body.message).toMatch(/deployments\/scale/);
    } finally {
      kube.allowAll();
    }
  });
});
