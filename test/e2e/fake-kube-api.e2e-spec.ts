import {
  ApisApi,
  AppsV1Api,
  CoreApi,
  CoreV1Api,
  KubeConfig,
  PatchStrategy,
  setHeaderOptions,
} from '@kubernetes/client-node';
import { FakeKubeApi } from '../fakes/fake-kube-api.js';

/** The fake API server behaves as the real client expects (so the deployments tests mean something). */
describe('fake Kubernetes API server, through the real @kubernetes/client-node', () => {
  let kube: FakeKubeApi;
  let apps: AppsV1Api;
  let core: CoreV1Api;
  let kc: KubeConfig;
  const ns = 'staging';
  const labels = { 'app.kubernetes.io/name': 'f', 'app.kubernetes.io/managed-by': 'klepaas' };
  const body = (image: string) => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'f', labels },
    spec: {
      replicas: 2,
      selector: { matchLabels: { 'app.kubernetes.io/name': 'f' } },
      template: {
        metadata: { labels },
        spec: { containers: [{ name: 'app', image, env: [{ name: 'A', value: '1' }] }] },
      },
    },
  });
  const codeOf = async (p: Promise<unknown>) => p.then(() => 0).catch((e: { code: number }) => e.code);

  beforeAll(async () => {
    kube = await FakeKubeApi.start({ readyDelayMs: 10 });
    kc = new KubeConfig();
    kc.loadFromFile(kube.writeKubeconfig());
    apps = kc.makeApiClient(AppsV1Api);
    core = kc.makeApiClient(CoreV1Api);
  });
  afterAll(() => kube.close());

  it('creates, conflicts, replaces with resourceVersion, and tracks generation and ReplicaSet revisions', async () => {
    const created = await apps.createNamespacedDeployment({ namespace: ns, body: body('r/f:v1') });
    expect(created.metadata?.generation).toBe(1);
    expect(await codeOf(apps.createNamespacedDeployment({ namespace: ns, body: body('r/f:v1') }))).toBe(409);
    expect(await codeOf(apps.createNamespacedDeployment({ namespace: 'nope', body: body('r/f:v1') }))).toBe(
      404,
    );
    const stale = { ...body('r/f:v2'), metadata: { ...body('r/f:v2').metadata, resourceVersion: '1' } };
    expect(await codeOf(apps.replaceNamespacedDeployment({ namespace: ns, name: 'f', body: stale }))).toBe(
      409,
    );
    const fresh = {
      ...body('r/f:v2'),
      metadata: { ...body('r/f:v2').metadata, resourceVersion: created.metadata?.resourceVersion },
    };
    const replaced = await apps.replaceNamespacedDeployment({ namespace: ns, name: 'f', body: fresh });
    expect(replaced.metadata?.generation).toBe(2);
    expect(replaced.status?.observedGeneration).toBe(2);
    const rss = await apps.listNamespacedReplicaSet({
      namespace: ns,
      labelSelector: 'app.kubernetes.io/name=f',
    });
    expect(
      rss.items.map((r) => r.metadata?.annotations?.['deployment.kubernetes.io/revision']).sort(),
    ).toEqual(['1', '2']);
    const invalid = { ...body(''), metadata: { name: 'g', labels } };
    expect(await codeOf(apps.createNamespacedDeployment({ namespace: ns, body: invalid }))).toBe(422);
  });

  it('merge patch replaces lists, strategic merge patch merges containers by name', async () => {
    const strategic = await apps.patchNamespacedDeployment(
      {
        namespace: ns,
        name: 'f',
        body: { spec: { template: { spec: { containers: [{ name: 'app', image: 'r/f:v3' }] } } } },
      },
      setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
    );
    expect(strategic.spec?.template.spec?.containers[0]).toMatchObject({
      image: 'r/f:v3',
      env: [{ name: 'A', value: '1' }],
    });
    const merge = await apps.patchNamespacedDeployment(
      {
        namespace: ns,
        name: 'f',
        body: { spec: { template: { spec: { containers: [{ name: 'app', image: 'r/f:v4' }] } } } },
      },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    expect(merge.spec?.template.spec?.containers[0].env).toBeUndefined();
    // The client's default (JSON patch) is not something we rely on; the fake refuses it.
    expect(await codeOf(apps.patchNamespacedDeployment({ namespace: ns, name: 'f', body: [] }))).toBe(415);
  });

  it('serves the scale subresource, pods that become ready, logs, services and RBAC denials', async () => {
    const scale = await apps.readNamespacedDeploymentScale({ namespace: ns, name: 'f' });
    expect(scale.spec?.replicas).toBe(2);
    await apps.patchNamespacedDeploymentScale(
      { namespace: ns, name: 'f', body: { spec: { replicas: 3 } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    await new Promise((r) => setTimeout(r, 50));
    const pods = await core.listNamespacedPod({ namespace: ns, labelSelector: 'app.kubernetes.io/name=f' });
    expect(pods.items).toHaveLength(3);
    expect(pods.items.every((p) => p.status?.phase === 'Running')).toBe(true);
    const d = await apps.readNamespacedDeployment({ namespace: ns, name: 'f' });
    expect(d.status).toMatchObject({ readyReplicas: 3, updatedReplicas: 3, availableReplicas: 3 });
    const log = await core.readNamespacedPodLog({
      namespace: ns,
      name: pods.items[0].metadata!.name!,
      tailLines: 2,
    });
    expect(log.trim().split('\n')).toHaveLength(2);

    const svc = await core.createNamespacedService({
      namespace: ns,
      body: {
        metadata: { name: 'f' },
        spec: { ports: [{ port: 80 }], selector: { 'app.kubernetes.io/name': 'f' } },
      },
    });
    expect(svc.spec?.clusterIP).toMatch(/^10\.96\./);
    expect(
      await codeOf(
        core.replaceNamespacedService({
          namespace: ns,
          name: 'f',
          body: { metadata: { name: 'f' }, spec: {} },
        }),
      ),
    ).toBe(422);

    kube.deny('delete', 'deployments');
    const denied = await apps.deleteNamespacedDeployment({ namespace: ns, name: 'f' }).catch((e) => e);
    expect(denied.code).toBe(403);
    expect(JSON.parse(denied.body).message).toMatch(
      /cannot delete resource "deployments" in API group "apps"/,
    );
    kube.allowAll();
    await apps.deleteNamespacedDeployment({ namespace: ns, name: 'f' });
    expect(
      (await core.listNamespacedPod({ namespace: ns, labelSelector: 'app.kubernetes.io/name=f' })).items,
    ).toEqual([]);
  });

  it('reports image pull failures for images marked bad', async () => {
    kube.badImages.add('r/bad:v1');
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: {
        ...body('r/bad:v1'),
        metadata: { name: 'bad', labels: { ...labels, 'app.kubernetes.io/name': 'bad' } },
      },
    });
    await new Promise((r) => setTimeout(r, 40));
    const all = await core.listNamespacedPod({ namespace: ns });
    const bad = all.items.filter((p) => p.spec?.containers[0].image === 'r/bad:v1');
    expect(bad.length).toBe(2);
    expect(bad[0].status?.containerStatuses?.[0].state?.waiting?.reason).toBe('ImagePullBackOff');
  });

  it('answers discovery as kubectl and client-go read it: groups, versions, resources by kind', async () => {
    expect((await kc.makeApiClient(CoreApi).getAPIVersions()).versions).toEqual(['v1']);
    const groups = await kc.makeApiClient(ApisApi).getAPIVersions();
    expect(groups.groups.map((g) => [g.name, g.preferredVersion?.groupVersion])).toEqual([
      ['apps', 'apps/v1'],
    ]);
    const appsResources = await apps.getAPIResources();
    expect(appsResources.groupVersion).toBe('apps/v1');
    const deployments = appsResources.resources.find((r) => r.kind === 'Deployment' && !r.name.includes('/'));
    expect(deployments).toMatchObject({ name: 'deployments', namespaced: true });
    expect(deployments?.verbs).toEqual(expect.arrayContaining(['get', 'list', 'patch']));
    const coreResources = await core.getAPIResources();
    expect(coreResources.resources.map((r) => r.name)).toEqual(
      expect.arrayContaining(['namespaces', 'pods', 'pods/log', 'services']),
    );
  });
});
