// Benchmark: the service's resident memory right after start-up (created, initialised, start-up memory released,
// listening), per configuration, for this build and — with BENCH_BEFORE_DIST=/path/to/other/dist — another one,
// alternating, BENCH_ROUNDS (3) times each. Configurations: `no cluster` (KLEPAAS_KUBE_SOURCE=none) and
// `cluster` (a kubeconfig of the fake Kubernetes API server, test/fakes/fake-kube-api.ts). Each server runs with
// the start script's memory settings (bench/lib.mjs) and reports, 1 s after it listens, VmRSS and
// process.memoryUsage() (start-up's full GC, releaseStartupMemory, ran just before it listened).
//   npm run build && node bench/startup-memory.bench.mjs
// Needs Linux (/proc).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { APP_ENV, APP_NODE_FLAGS, rssMiB, startChild } from './lib.mjs';

const SELF = fileURLToPath(import.meta.url);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const FAKE_KUBE = new URL('../test/fakes/fake-kube-api.ts', import.meta.url).pathname;
const MiB = 2 ** 20;

if (process.argv[2] === '--kube') {
  const { FakeKubeApi } = await import(FAKE_KUBE);
  const kube = await FakeKubeApi.start({ readyDelayMs: 0 });
  console.log(`READY ${kube.url} ${kube.writeKubeconfig(process.argv[3])}`);
  await new Promise(() => undefined);
}

if (process.argv[2] === '--app') {
  process.on('SIGTERM', () => process.exit(0));
  const [, , , dist, db, kubeconfig] = process.argv;
  const { createApp } = await import(pathToFileURL(join(dist, 'app.factory.js')).href);
  const app = await createApp({
    KLEPAAS_ENV: 'production',
    KLEPAAS_AUTH_MODE: 'jwt',
    KLEPAAS_JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256-0000',
    KLEPAAS_LOG_LEVEL: 'warn',
    KLEPAAS_DATABASE_URL: `sqlite:${db}`,
    KLEPAAS_DOCS_ENABLED: 'false',
    ...(kubeconfig === 'none' ? { KLEPAAS_KUBE_SOURCE: 'none' } : { KUBECONFIG: kubeconfig }),
  });
  await app.init(); // as dist/main.js does before it serves
  const { releaseStartupMemory } = await import(
    pathToFileURL(join(dist, 'common/memory/release-startup-memory.js')).href
  );
  releaseStartupMemory();
  await app.listen(0, '127.0.0.1');
  await new Promise((r) => setTimeout(r, 1000));
  const { heapUsed, external } = process.memoryUsage();
  console.log(`READY http://127.0.0.1:${app.getHttpServer().address().port} ${heapUsed},${external}`);
  await new Promise(() => undefined);
}

const dir = mkdtempSync(join(tmpdir(), 'klepaas-bench-startmem-'));
const procs = [];
try {
  const kube = await startChild(
    ['--experimental-transform-types', '--no-warnings', SELF, '--kube', dir],
    'kube',
  );
  procs.push(kube.child);
  const builds = [
    ['this', resolve(fileURLToPath(new URL('../dist', import.meta.url)))],
    ...(process.env.BENCH_BEFORE_DIST ? [['before', resolve(process.env.BENCH_BEFORE_DIST)]] : []),
  ];
  const configs = [
    ['no cluster', 'none'],
    ['cluster', kube.extra],
  ];
  const results = new Map(); // "build|config" -> [{ rss, heap, external }]
  let n = 0;
  for (let round = 0; round < ROUNDS; round++)
    for (const [build, dist] of builds)
      for (const [config, kubeconfig] of configs) {
        const db = join(dir, `${n++}.db`);
        const app = await startChild(
          [...APP_NODE_FLAGS, SELF, '--app', dist, db, kubeconfig],
          build,
          APP_ENV,
        );
        const [heap, external] = app.extra.split(',').map((x) => Number(x) / MiB);
        const row = { rss: rssMiB(app.child.pid), heap, external };
        app.child.kill();
        await new Promise((r) => app.child.once('exit', r));
        const key = `${build}|${config}`;
        results.set(key, [...(results.get(key) ?? []), row]);
        console.log(`  ${build}, ${config}: RSS ${row.rss.toFixed(0)} MiB, heap ${heap.toFixed(1)} MiB`);
      }
  const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`\nIdle after start-up, median of ${ROUNDS} (MiB; heap used and external 1 s after listen)\n`);
  console.log('| build | configuration | RSS | heap used | external |');
  console.log('|---|---|---|---|---|');
  for (const [build] of builds)
    for (const [config] of configs) {
      const rows = results.get(`${build}|${config}`);
      const m = (k) => median(rows.map((r) => r[k])).toFixed(1);
      console.log(`| ${build} | ${config} | ${m('rss')} | ${m('heap')} | ${m('external')} |`);
    }
} finally {
  for (const p of procs) if (p.exitCode === null) p.kill();
  rmSync(dir, { recursive: true, force: true });
}
