// Kubernetes API over TLS against plain HTTP, in one run, on 127.0.0.1 (the fake API server in a child
// process, the real @kubernetes/client-node). A "status read" is what GET …/environments/:env/status does: one Deployment
// read and one Pod list, in parallel.
//   1. client: status reads through
//        library — the client as `kc.makeApiClient` builds it (its transport: a new agent per call), and
//        pooled  — NodeKubeClient, the service's client (one kept-alive pool per cluster),
//      each against the fake over plain HTTP and over HTTPS (CA in the kubeconfig): reads/s sequentially
//      and at BENCH_CONCURRENCY, connections the server accepted for 40 reads, and the TLS / plain ratio.
//   2. service: GET /api/v1/apps/:name/environments/staging/status on the built service (dist/main.js,
//      JWT, SQLite) — one process on the plain fake, one on the TLS fake — loaded with autocannon in
//      alternating rounds; req/s and the TLS / plain ratio, and TLS handshakes over the whole load.
//   npm run bench:kube-tls
// Knobs (env): BENCH_SECONDS (per measurement, default 3), BENCH_ROUNDS (default 4),
// BENCH_CONCURRENCY (default 8), BENCH_CONNECTIONS (autocannon, default 8).
/* global fetch, TextEncoder */
import { fork, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { freePort, waitForHttp } from './lib.mjs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { AppsV1Api, CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import autocannon from 'autocannon';
import { SignJWT } from 'jose';
import { FakeKubeApi } from '../test/fakes/fake-kube-api.ts';
import { NodeKubeClient } from '../dist/modules/kubernetes/node-kube-client.js';
import { appSelector, buildDeployment } from '../dist/modules/deployments/manifests.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SECRET = 'bench-secret-that-is-long-enough-for-hs256-0000';
const num = (name, fallback) => (process.env[name] ? Number(process.env[name]) : fallback);
const SECONDS = num('BENCH_SECONDS', 3);
const ROUNDS = num('BENCH_ROUNDS', 4);
const CONCURRENCY = num('BENCH_CONCURRENCY', 8);
const CONNECTIONS = num('BENCH_CONNECTIONS', 8);
const NS = 'staging';
const APP = 'web';

// The fake API servers run in a child process of their own, as a real API server runs elsewhere: the
// client's TLS work is measured, not the server's on the same event loop.
if (process.argv[2] === '--fakes') {
  const fakes = {
    plain: await FakeKubeApi.start({ readyDelayMs: 0, tls: false }),
    tls: await FakeKubeApi.start({ readyDelayMs: 0, tls: true }),
  };
  process.on('message', (m) => {
    if (m === 'reset') for (const f of Object.values(fakes)) f.resetConnections();
    if (m === 'close-idle') for (const f of Object.values(fakes)) f.closeIdleConnections();
    process.send({
      plain: fakes.plain.connections,
      tls: fakes.tls.tlsConnections,
    });
  });
  process.send({ kubeconfigs: { plain: fakes.plain.writeKubeconfig(), tls: fakes.tls.writeKubeconfig() } });
  await new Promise(() => {}); // until the parent ends us
}
const fakeProcess = fork(fileURLToPath(import.meta.url), ['--fakes'], {
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const { kubeconfigs } = await new Promise((resolve) => fakeProcess.once('message', resolve));
/**
 * Asks the fakes for the connections they accepted ({ plain, tls }); first resets the counters ('reset') or
 * closes the connections idle at the time ('close-idle') if asked.
 */
const fakeCounts = (first = 'count') =>
  new Promise((resolve) => {
    fakeProcess.once('message', resolve);
    fakeProcess.send(first === true ? 'reset' : first);
  });
/**
 * The library transport never closes its per-call agents, so each API call leaves its connection open and
 * idle on both sides until the server's keep-alive timeout (90 s, as kube-apiserver's): on a quiet machine
 * its measurements left over 20,000 of them, past the open-file limit, and the fakes then accepted and
 * closed new connections unanswered ("other side closed", 0 bytes read). They are closed between its
 * measurements; none of them would ever be reused.
 */
const shedLibraryLeftovers = (transport) =>
  transport === 'library' ? fakeCounts('close-idle') : Promise.resolve();
const loadKc = (path) => {
  const kc = new KubeConfig();
  kc.loadFromFile(path);
  return kc;
};

/** The library's own transport: the API clients exactly as kc.makeApiClient builds them. */
function libraryClient(kc) {
  const apps = kc.makeApiClient(AppsV1Api);
  const core = kc.makeApiClient(CoreV1Api);
  return {
    readDeployment: (namespace, name) => apps.readNamespacedDeployment({ namespace, name }),
    listPods: (namespace, labelSelector) => core.listNamespacedPod({ namespace, labelSelector }),
    close: async () => {},
  };
}

const clients = {
  library: (side) => libraryClient(loadKc(kubeconfigs[side])),
  pooled: (side) => new NodeKubeClient(loadKc(kubeconfigs[side]), 30_000),
};

const statusRead = (c) => Promise.all([c.readDeployment(NS, APP), c.listPods(NS, appSelector(APP))]);

/** CPU time (µs) this process has used: the client's own cost, which other load on the machine barely moves. */
const cpuUs = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

/**
 * Reads/s over `seconds` with `workers` loops each doing one status read at a time; adds the reads, the
 * failed reads (counted and printed, not fatal: one failure must not lose the whole run) and the client
 * process's CPU time to `acc`.
 */
async function readsPerSecond(c, workers, seconds, acc) {
  const end = performance.now() + seconds * 1000;
  const cpu0 = cpuUs();
  let n = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (performance.now() < end) {
        try {
          await statusRead(c);
          n++;
        } catch (err) {
          if (acc.failed++ === 0) console.error(`a status read failed: ${err.cause ?? err}`);
        }
      }
    }),
  );
  acc.reads += n;
  acc.cpu += cpuUs() - cpu0;
  return n / seconds;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'klepaas-bench-'));
  const children = [];
  const cleanup = () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  try {
    // The same Deployment (2 replicas) on both fakes.
    for (const side of ['plain', 'tls']) {
      const c = clients.pooled(side);
      const app = { name: APP, image: 'ghcr.io/acme/web', port: 8080 };
      await c.createDeployment(NS, buildDeployment(app, { env: {} }, NS, 'v1', 2, 1));
      await c.close();
    }

    console.log(
      `kube-tls bench: Node ${process.versions.node}, fake API server on 127.0.0.1 (HTTP and HTTPS with a CA ` +
        `in the kubeconfig); ${ROUNDS} alternating rounds × ${SECONDS} s per measurement\n`,
    );

    // ---------------------------------------------------------------- 1. client level
    const rows = [];
    for (const transport of ['library', 'pooled']) {
      const row = { transport };
      for (const side of ['plain', 'tls']) {
        const c = clients[transport](side);
        await statusRead(c); // warm: first connection, JIT
        await fakeCounts(true);
        for (let i = 0; i < 40; i++) await statusRead(c);
        row[`${side}Conns`] = (await fakeCounts())[side];
        row[side] = { seq: [], conc: [], cpu: { reads: 0, cpu: 0, failed: 0 } };
        row[`${side}Client`] = c;
      }
      // Alternate which side goes first, so drift on a shared machine hits both alike.
      for (let r = 0; r < ROUNDS; r++)
        for (const side of r % 2 === 0 ? ['plain', 'tls'] : ['tls', 'plain']) {
          const [c, cpu] = [row[`${side}Client`], row[side].cpu];
          await shedLibraryLeftovers(transport);
          row[side].seq.push(await readsPerSecond(c, 1, SECONDS, cpu));
          await shedLibraryLeftovers(transport);
          row[side].conc.push(await readsPerSecond(c, CONCURRENCY, SECONDS, cpu));
        }
      for (const side of ['plain', 'tls']) await row[`${side}Client`].close();
      await shedLibraryLeftovers(transport);
      rows.push(row);
    }
    const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const pad = (s, n) => String(s).padStart(n);
    console.log(
      '1. client: status reads (Deployment read + Pod list) per second, and the client process CPU per read',
    );
    console.log(
      `${'transport'.padEnd(10)}${pad('conns/40 plain', 16)}${pad('TLS conns/40', 14)}` +
        `${pad('seq plain/s', 13)}${pad('seq TLS/s', 11)}${pad('TLS/plain', 11)}` +
        `${pad(`c${CONCURRENCY} plain/s`, 13)}${pad(`c${CONCURRENCY} TLS/s`, 11)}${pad('TLS/plain', 11)}` +
        `${pad('CPU µs/read plain', 19)}${pad('TLS', 7)}${pad('plain/TLS', 11)}`,
    );
    for (const r of rows) {
      const [sp, st, cp, ct] = [mean(r.plain.seq), mean(r.tls.seq), mean(r.plain.conc), mean(r.tls.conc)];
      // CPU per read: the efficiency ratio plain/TLS is the share of the plain-HTTP speed TLS keeps.
      const [up, ut] = [r.plain.cpu.cpu / r.plain.cpu.reads, r.tls.cpu.cpu / r.tls.cpu.reads];
      console.log(
        `${r.transport.padEnd(10)}${pad(r.plainConns, 16)}${pad(r.tlsConns, 14)}` +
          `${pad(sp.toFixed(0), 13)}${pad(st.toFixed(0), 11)}${pad((st / sp).toFixed(2), 11)}` +
          `${pad(cp.toFixed(0), 13)}${pad(ct.toFixed(0), 11)}${pad((ct / cp).toFixed(2), 11)}` +
          `${pad(up.toFixed(0), 19)}${pad(ut.toFixed(0), 7)}${pad((up / ut).toFixed(2), 11)}`,
      );
    }
    for (const r of rows)
      for (const side of ['plain', 'tls'])
        if (r[side].cpu.failed)
          console.log(`${r.transport} ${side}: ${r[side].cpu.failed} status reads failed`);
    const [lib, pooled] = rows;
    console.log(
      `pooled / library over TLS: ${(mean(pooled.tls.seq) / mean(lib.tls.seq)).toFixed(2)}× sequential, ` +
        `${(mean(pooled.tls.conc) / mean(lib.tls.conc)).toFixed(2)}× at ${CONCURRENCY} concurrent\n`,
    );

    // ---------------------------------------------------------------- 2. service level
    const token = await new SignJWT({ scope: 'apps:write deploy:read deploy:write' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('bench')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(SECRET));
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const services = {};
    const pids = {};
    for (const side of ['plain', 'tls']) {
      const port = await freePort();
      const child = spawn(process.execPath, [join(ROOT, 'dist/main.js')], {
        cwd: dir, // no developer .env is picked up
        env: {
          PATH: process.env.PATH,
          NODE_ENV: 'production',
          KLEPAAS_ENV: 'production',
          HOST: '127.0.0.1',
          PORT: String(port),
          KLEPAAS_DATABASE_URL: `sqlite:${join(dir, `${side}.db`)}`,
          KLEPAAS_AUTH_MODE: 'jwt',
          KLEPAAS_JWT_SECRET: SECRET,
          KLEPAAS_LOG_LEVEL: 'warn',
          KLEPAAS_DOCS_ENABLED: 'false',
          KUBECONFIG: kubeconfigs[side],
          KLEPAAS_ROLLOUT_POLL_MS: '50',
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      children.push(child);
      const url = `http://127.0.0.1:${port}`;
      await waitForHttp(`${url}/api/v1/healthz`, child);
      const post = (path, body) =>
        fetch(url + path, { method: 'POST', headers, body: JSON.stringify(body) }).then(async (r) => {
          if (!r.ok) throw new Error(`${side} ${path}: ${r.status} ${await r.text()}`);
          return r.json();
        });
      await post('/api/v1/apps', { name: 'svc', image: 'ghcr.io/acme/svc', port: 8080, replicas: 2 });
      const deployed = await post('/api/v1/apps/svc/environments/staging/deploy', { tag: 'v1' });
      if (deployed.status !== 'succeeded') throw new Error(`${side}: deploy ${deployed.status}`);
      services[side] = `${url}/api/v1/apps/svc/environments/staging/status`;
      pids[side] = child.pid;
    }
    await fakeCounts(true);
    for (let i = 0; i < 40; i++) {
      const r = await fetch(services.tls, { headers });
      if (!r.ok) throw new Error(`status over TLS: ${r.status}`);
      await r.arrayBuffer();
    }
    const serviceTls40 = (await fakeCounts()).tls;
    const acc = { plain: [], tls: [] };
    const cpu = { plain: { ms: 0, n: 0 }, tls: { ms: 0, n: 0 } };
    for (const side of ['plain', 'tls'])
      await autocannon({ url: services[side], headers, connections: CONNECTIONS, duration: 1 });
    await fakeCounts(true);
    let served = 0;
    for (let r = 0; r < ROUNDS; r++)
      for (const side of r % 2 === 0 ? ['plain', 'tls'] : ['tls', 'plain']) {
        const cpu0 = cpuMs(pids[side]);
        const res = await autocannon({
          url: services[side],
          headers,
          connections: CONNECTIONS,
          duration: SECONDS,
        });
        if (res.non2xx || res.errors) throw new Error(`${side}: ${res.non2xx} non-2xx, ${res.errors} errors`);
        acc[side].push(res.requests.average);
        cpu[side].ms += cpuMs(pids[side]) - cpu0;
        cpu[side].n += res.requests.total;
        if (side === 'tls') served += res.requests.total;
      }
    const [p, t] = [mean(acc.plain), mean(acc.tls)];
    const [up, ut] = [(1000 * cpu.plain.ms) / cpu.plain.n, (1000 * cpu.tls.ms) / cpu.tls.n];
    console.log(`2. service: GET …/status through the built service, autocannon ${CONNECTIONS} connections`);
    console.log(
      `plain ${p.toFixed(0)} req/s, TLS ${t.toFixed(0)} req/s, TLS/plain ${(t / p).toFixed(2)}; service CPU ` +
        `per request plain ${up.toFixed(0)} µs, TLS ${ut.toFixed(0)} µs, plain/TLS ${(up / ut).toFixed(2)}; ` +
        `TLS connections the API server accepted: ${serviceTls40} for 40 sequential status reads, ` +
        `${(await fakeCounts()).tls} for ${served} reads under load`,
    );
  } finally {
    cleanup();
    fakeProcess.kill('SIGTERM');
  }
}

/** CPU time (ms) of another process, from /proc (Linux; NaN elsewhere). */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // USER_HZ
  } catch {
    return NaN;
  }
}

await main();
