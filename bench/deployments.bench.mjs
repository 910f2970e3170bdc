// Status of 50 apps × 3 pods against the fake Kubernetes API server (127.0.0.1), through the real
// @kubernetes/client-node: API calls and wall time of
//   batched   — what GET /api/v1/deployments/overview does: one Deployment list + one Pod list per namespace
//   per-app   — what GET …/environments/:env/status does: one Deployment read + one Pod list per app
//   per-pod   — the baseline: Deployment read + Pod list + one GET per pod, for every app
// Run: npm run bench:deployments   (builds first; Node 24 loads the fake server's TypeScript directly)
import { performance } from 'node:perf_hooks';
import { KubeConfig } from '@kubernetes/client-node';
import { FakeKubeApi } from '../test/fakes/fake-kube-api.ts';
import { NodeKubeClient } from '../dist/modules/kubernetes/node-kube-client.js';
import { appSelector, managedSelector, NAME_LABEL } from '../dist/modules/deployments/manifests.js';

const APPS = 50;
const PODS = 3;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const NS = 'staging';

const fake = await FakeKubeApi.start({ readyDelayMs: 0 });
const kc = new KubeConfig();
kc.loadFromFile(fake.writeKubeconfig());
const kube = new NodeKubeClient(kc);

const names = Array.from({ length: APPS }, (_, i) => `app-${String(i).padStart(2, '0')}`);
for (const name of names) {
  const labels = { [NAME_LABEL]: name, 'app.kubernetes.io/managed-by': 'klepaas' };
  await kube.createDeployment(NS, {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels },
    spec: {
      replicas: PODS,
      selector: { matchLabels: { [NAME_LABEL]: name } },
      template: { metadata: { labels }, spec: { containers: [{ name: 'app', image: `r/${name}:v1` }] } },
    },
  });
}

const summarise = (d, pods) => ({
  app: d?.metadata?.name,
  ready: d?.status?.readyReplicas ?? 0,
  pods: pods.map((p) => ({ name: p.metadata?.name, phase: p.status?.phase })),
});

const strategies = {
  async batched() {
    const [deps, pods] = await Promise.all([
      kube.listDeployments(NS, managedSelector),
      kube.listPods(NS, managedSelector),
    ]);
    return names.map((n) =>
      summarise(
        deps.find((d) => d.metadata?.name === n),
        pods.filter((p) => p.metadata?.labels?.[NAME_LABEL] === n),
      ),
    );
  },
  async 'per-app'() {
    return Promise.all(
      names.map(async (n) => {
        const [d, pods] = await Promise.all([kube.readDeployment(NS, n), kube.listPods(NS, appSelector(n))]);
        return summarise(d, pods);
      }),
    );
  },
  async 'per-pod'() {
    const core = kc.makeApiClient((await import('@kubernetes/client-node')).CoreV1Api);
    return Promise.all(
      names.map(async (n) => {
        const d = await kube.readDeployment(NS, n);
        const list = await kube.listPods(NS, appSelector(n));
        const pods = await Promise.all(
          list.map((p) => core.readNamespacedPod({ namespace: NS, name: p.metadata.name })),
        );
        return summarise(d, pods);
      }),
    );
  },
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {};
for (const latencyMs of [0, 2]) {
  fake.latencyMs = latencyMs;
  for (const [name, fn] of Object.entries(strategies)) {
    const check = await fn();
    if (check.length !== APPS || check.some((s) => s.pods.length !== PODS))
      throw new Error(`${name}: wrong result`);
    const times = [];
    let calls = 0;
    for (let r = 0; r < ROUNDS; r++) {
      fake.resetRequests();
      const t0 = performance.now();
      await fn();
      times.push(performance.now() - t0);
      calls = fake.requests.length;
    }
    results[`${name}@${latencyMs}ms`] = { calls, ms: median(times) };
  }
}
await fake.close();

console.log(
  `status of ${APPS} apps × ${PODS} pods, median of ${ROUNDS} rounds, fake API server on 127.0.0.1`,
);
for (const latency of [0, 2]) {
  const base = results[`per-pod@${latency}ms`];
  console.log(`\nsimulated API latency per request: ${latency} ms`);
  for (const name of Object.keys(strategies)) {
    const r = results[`${name}@${latency}ms`];
    console.log(
      `  ${name.padEnd(8)} ${String(r.calls).padStart(4)} API calls  ${r.ms.toFixed(1).padStart(8)} ms   ` +
        `calls ×${(base.calls / r.calls).toFixed(1)} fewer, wall time ×${(base.ms / r.ms).toFixed(1)} faster than per-pod`,
    );
  }
}
