// Benchmark: a status read through K-Le-PaaS /mcp side by side with the two open-source Kubernetes MCP servers,
// all against the same fake Kubernetes API server (test/fakes/fake-kube-api.ts) in one run:
//   ours  — get_app_status (reads the Deployment AND lists its pods), Streamable HTTP, JWT, audit, metrics;
//   go    — containers/kubernetes-mcp-server (npm `kubernetes-mcp-server`, a Go binary), resources_get of the
//           Deployment over Streamable HTTP; once with client-go's default client rate limit (5 req/s, burst 10)
//           and once with it lifted (KUBE_CLIENT_QPS / KUBE_CLIENT_BURST, read by pkg/kubernetes/manager.go);
//   flux  — Flux159/mcp-server-kubernetes (npm `mcp-server-kubernetes`), kubectl_get of the Deployment as JSON
//           over stdio (it shells out to kubectl; its HTTP mode shares one server across concurrent requests,
//           so several clients are multiplexed over one stdio connection instead).
// The peers are installed from the npm registry at bench time into a temporary directory (never package.json).
// Each cell: sequential (1 client) and BENCH_CONCURRENCY (32) clients, BENCH_DURATION_SEC (5) after a 1 s warm-up.
// Resident memory (VmRSS, /proc) of every server process is sampled during its runs; ours is also started with
// Node's defaults (no flags from the start script) to show the memory settings' effect in the same run.
//   npm run bench:mcp-peers
// Knobs: BENCH_CONCURRENCY (32), BENCH_DURATION_SEC (5), BENCH_TLS (1: fake API over TLS if the fake supports it),
//   BENCH_PEERS_DIR (reuse an install), BENCH_PEERS (ours,ours-defaults,go,go-unlimited,flux; also ours-pooled:
//   ours without releasing start-up's pooled heap pages; ours-before: the build at BENCH_BEFORE_DIST, e.g. another
//   commit's dist, with ours' flags; ours-alt: this build with BENCH_ALT_NODE_FLAGS, by default ours' flags
//   without the old-generation cap, to show the cap's effect in the same run), KUBECTL (kubectl).
// Needs Linux (/proc) and kubectl on PATH for flux.
/* global fetch, setInterval, clearInterval */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { TextEncoder } from 'node:util';
import { APP_ENV, APP_NODE_FLAGS, cpuMs, freePort, rssMiB, startChild } from './lib.mjs';

const SELF = fileURLToPath(import.meta.url);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const DURATION_MS = Number(process.env.BENCH_DURATION_SEC ?? 5) * 1000;
const WANT_TLS = process.env.BENCH_TLS !== '0';
const PEERS = (process.env.BENCH_PEERS ?? 'ours,ours-defaults,go,go-unlimited,flux').split(',');
const KUBECTL = process.env.KUBECTL ?? 'kubectl';
// Pinned so a run is reproducible; the versions measured in README.
const GO_PKG = 'kubernetes-mcp-server@0.0.67';
const FLUX_PKG = 'mcp-server-kubernetes@4.1.7';
const JWT_SECRET = 'bench-secret-that-is-long-enough-for-hs256-0000';
const APP = 'web';
const ENVIRONMENT = 'staging'; // namespace "staging"
const FAKE_KUBE = new URL('../test/fakes/fake-kube-api.ts', import.meta.url).pathname;
const TS_FLAGS = ['--experimental-transform-types', '--no-warnings'];
const ALT_FLAGS =
  process.env.BENCH_ALT_NODE_FLAGS?.split(' ').filter(Boolean) ??
  APP_NODE_FLAGS.filter((f) => !f.startsWith('--max-old-space-size'));
// BENCH_PROFILE=<dir>: a CPU profile of ours (written when it exits).
const PROFILE = process.env.BENCH_PROFILE
  ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
  : [];

// ---------------------------------------------------------------- child roles
if (process.argv[2] === '--kube') {
  const { FakeKubeApi } = await import(FAKE_KUBE);
  const kube = await FakeKubeApi.start({ readyDelayMs: 0, tls: process.argv[4] === 'tls' });
  console.log(`READY ${kube.url} ${kube.writeKubeconfig(process.argv[3])}`);
  await new Promise(() => undefined);
}

if (process.argv[2] === '--app') {
  process.on('SIGTERM', () => process.exit(0));
  // Garbage collections since listening (reported with the memory at the end of a row): count and ms, major/minor.
  const gc = { major: 0, majorMs: 0, minor: 0, minorMs: 0 };
  const { PerformanceObserver, constants } = await import('node:perf_hooks');
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = e.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR ? 'major' : 'minor';
      gc[kind]++;
      gc[`${kind}Ms`] += e.duration;
    }
  }).observe({ entryTypes: ['gc'] });
  // Asked by the driver at the end of a row: where the memory is (after a full GC: the live part).
  process.on('SIGUSR2', async () => {
    const gcSoFar = { ...gc };
    const { getHeapStatistics, getHeapSpaceStatistics } = await import('node:v8');
    const spaces = Object.fromEntries(
      getHeapSpaceStatistics().map((x) => [x.space_name.replace(/_space$/, ''), x.physical_space_size]),
    );
    const before = {
      ...process.memoryUsage(),
      committed: getHeapStatistics().total_heap_size,
      limit: getHeapStatistics().heap_size_limit,
      spaces,
    };
    const { releaseStartupMemory } = await import(
      new URL('common/memory/release-startup-memory.js', dist).href
    );
    releaseStartupMemory();
    console.log(`MEM ${JSON.stringify({ before, after: process.memoryUsage(), gc: gcSoFar })}`);
  });
  const dist = process.env.BENCH_APP_DIST
    ? pathToFileURL(`${resolve(process.env.BENCH_APP_DIST)}/`)
    : new URL('../dist/', import.meta.url);
  const { createApp } = await import(new URL('app.factory.js', dist).href);
  const app = await createApp({
    KLEPAAS_ENV: 'production',
    KLEPAAS_AUTH_MODE: 'jwt',
    KLEPAAS_JWT_SECRET: JWT_SECRET,
    KLEPAAS_LOG_LEVEL: 'warn',
    KLEPAAS_DATABASE_URL: `sqlite:${process.argv[3]}`,
    KLEPAAS_DOCS_ENABLED: 'false',
    KUBECONFIG: process.argv[4],
    KLEPAAS_ROLLOUT_POLL_MS: '20',
  });
  // As dist/main.js does before it serves (ours-pooled: without, to show the difference in the same run).
  await app.init();
  if (process.argv[5] !== 'pooled') {
    const { releaseStartupMemory } = await import(
      new URL('common/memory/release-startup-memory.js', dist).href
    );
    releaseStartupMemory();
  }
  await app.listen(0, '127.0.0.1');
  Object.assign(gc, { major: 0, majorMs: 0, minor: 0, minorMs: 0 }); // count serving only, not start-up
  console.log(`READY http://127.0.0.1:${app.getHttpServer().address().port}/mcp`);
  await new Promise(() => undefined);
}

// ---------------------------------------------------------------- driver helpers
/** Our server's memory at the end of a row, in MiB: RSS (anonymous/file-backed) and its heap, before and after a full GC. */
async function memoryReport(child) {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN) / 1024;
  const line = new Promise((resolve) => {
    let buf = '';
    const onData = (d) => {
      buf += d;
      const m = /MEM (\{.*\})\n/.exec(buf);
      if (m) {
        child.stdout.off('data', onData);
        resolve(JSON.parse(m[1]));
      }
    };
    child.stdout.on('data', onData);
  });
  child.kill('SIGUSR2');
  const { before, after, gc } = await line;
  const mib = (o) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'object' ? mib(v) : v / 2 ** 20]));
  return { anon: kb('RssAnon'), file: kb('RssFile'), before: mib(before), after: mib(after), gc };
}

/** Samples a process's RSS every 250 ms until stopped: { first, max, last } in MiB. */
function rssSampler(pid) {
  const xs = [rssMiB(pid)];
  const timer = setInterval(() => xs.push(rssMiB(pid)), 250);
  return () => {
    clearInterval(timer);
    xs.push(rssMiB(pid));
    return { first: xs[0], max: Math.max(...xs), last: xs.at(-1) };
  };
}

function installPeers() {
  if (process.env.BENCH_PEERS_DIR) return process.env.BENCH_PEERS_DIR;
  const dir = mkdtempSync(join(tmpdir(), 'klepaas-mcp-peers-'));
  console.log(`installing ${GO_PKG} ${FLUX_PKG} into ${dir} (npm registry) …`);
  execFileSync(
    'npm',
    [
      'install',
      '--prefix',
      dir,
      '--no-audit',
      '--no-fund',
      '--no-save',
      '--loglevel=error',
      GO_PKG,
      FLUX_PKG,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return dir;
}

/** The Go binary the npm wrapper would exec (its optional dependency for this platform). */
function goBinary(dir) {
  const arch = { x64: 'amd64', arm64: 'arm64' }[process.arch] ?? process.arch;
  const name = `kubernetes-mcp-server-${process.platform}-${arch}`;
  const bin = join(dir, 'node_modules', name, 'bin', name);
  if (!existsSync(bin)) throw new Error(`no ${name} binary in ${dir}`);
  return bin;
}

async function token() {
  const { SignJWT } = await import('jose');
  return new SignJWT({ scope: 'mcp:read deploy:read deploy:write apps:write' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('bench')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(JWT_SECRET));
}

const sdk = async () => ({
  ...(await import('@modelcontextprotocol/sdk/client/index.js')),
  ...(await import('@modelcontextprotocol/sdk/client/streamableHttp.js')),
  ...(await import('@modelcontextprotocol/sdk/client/stdio.js')),
});

/** n SDK clients on Streamable HTTP sessions, retrying the first connect while the server starts. */
async function httpClients(url, n, headers) {
  const { Client, StreamableHTTPClientTransport } = await sdk();
  const connect = async () => {
    const client = new Client({ name: 'bench', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } }));
    return client;
  };
  for (let i = 0; ; i++) {
    try {
      const first = await connect();
      return [first, ...(await Promise.all(Array.from({ length: n - 1 }, connect)))];
    } catch (err) {
      if (i > 100) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Closed loop: `workers` callers each awaiting its call before the next, on the given clients (round robin). */
async function measure(clients, workers, call, durationMs) {
  const latencies = [];
  let errors = 0;
  let firstError;
  const until = performance.now() + durationMs;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async (_, i) => {
      const client = clients[i % clients.length];
      while (performance.now() < until) {
        const t0 = performance.now();
        try {
          const res = await client.callTool(call);
          if (res.isError) throw new Error(res.content?.[0]?.text);
          latencies.push(performance.now() - t0);
        } catch (err) {
          errors++;
          firstError ??= String(err.message).slice(0, 200);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return {
    calls: latencies.length,
    rps: latencies.length / seconds,
    p50: p(0.5),
    p99: p(0.99),
    errors,
    firstError,
  };
}

// ---------------------------------------------------------------- driver
const dir = mkdtempSync(join(tmpdir(), 'klepaas-bench-peers-'));
const procs = [];
let installed; // the peers' temporary install, removed at the end (not a BENCH_PEERS_DIR)
const kill = (child) => {
  if (child.exitCode === null && child.signalCode === null) child.kill();
};
try {
  const peersDir = PEERS.some((p) => p.startsWith('go') || p === 'flux') ? installPeers() : undefined;
  if (peersDir && !process.env.BENCH_PEERS_DIR) installed = peersDir;
  const kube = await startChild([...TS_FLAGS, SELF, '--kube', dir, WANT_TLS ? 'tls' : 'plain'], 'fake kube');
  procs.push(kube.child);
  const kubeconfig = kube.extra;
  const tls = kube.url.startsWith('https:');
  const jwt = await token();
  const auth = { Authorization: `Bearer ${jwt}` };

  /** Our app with the start script's Node flags (or Node's defaults), seeded once through the REST API. */
  let seeded = false;
  const startOurs = async (nodeFlags, env, mode = 'release') => {
    const app = await startChild(
      [...nodeFlags, SELF, '--app', join(dir, 'bench.db'), kubeconfig, mode], // as in production: no TS flags
      'app',
      env,
    );
    procs.push(app.child);
    if (!seeded) {
      const api = app.url.replace(/\/mcp$/, '');
      const rest = async (path, body) => {
        const res = await fetch(`${api}${path}`, {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      };
      // Register the app, deploy v1 to staging (2 replicas, Ready at once): one Deployment, two pods.
      await rest('/api/v1/apps', { name: APP, image: 'ghcr.io/acme/web', port: 8080, replicas: 2 });
      await rest(`/api/v1/apps/${APP}/environments/${ENVIRONMENT}/deploy`, { tag: 'v1' });
      seeded = true;
    }
    return {
      child: app.child,
      connect: (n) => httpClients(app.url, n, auth),
      memory: () => memoryReport(app.child),
    };
  };

  const startGo = async (env) => {
    const port = await freePort();
    const child = spawn(
      goBinary(peersDir),
      ['--port', String(port), '--bind-address', '127.0.0.1', '--kubeconfig', kubeconfig, '--read-only'],
      { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } },
    );
    procs.push(child);
    return { child, url: `http://127.0.0.1:${port}/mcp` };
  };

  const deploymentRead = {
    name: 'resources_get',
    arguments: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: ENVIRONMENT, name: APP },
  };
  const targets = {
    ours: {
      label: 'K-Le-PaaS get_app_status (Deployment + pods)',
      open: () => startOurs([...APP_NODE_FLAGS, ...PROFILE], APP_ENV),
      call: { name: 'get_app_status', arguments: { app: APP, environment: ENVIRONMENT } },
    },
    'ours-pooled': {
      label: "K-Le-PaaS, start-up pages left in V8's pool (no releaseStartupMemory)",
      open: () => startOurs([...APP_NODE_FLAGS], APP_ENV, 'pooled'),
      call: { name: 'get_app_status', arguments: { app: APP, environment: ENVIRONMENT } },
    },
    'ours-before': {
      label: `K-Le-PaaS, the build at BENCH_BEFORE_DIST (${process.env.BENCH_BEFORE_DIST})`,
      open: () =>
        startOurs([...APP_NODE_FLAGS], {
          ...APP_ENV,
          BENCH_APP_DIST: process.env.BENCH_BEFORE_DIST ?? '(set BENCH_BEFORE_DIST)',
        }),
      call: { name: 'get_app_status', arguments: { app: APP, environment: ENVIRONMENT } },
    },
    'ours-alt': {
      label: `K-Le-PaaS with ${ALT_FLAGS.join(' ') || "Node's default flags"} (BENCH_ALT_NODE_FLAGS)`,
      open: () => startOurs(ALT_FLAGS, APP_ENV),
      call: { name: 'get_app_status', arguments: { app: APP, environment: ENVIRONMENT } },
    },
    'ours-defaults': {
      label: 'K-Le-PaaS, Node defaults (no start-script flags)',
      open: () => startOurs([], {}),
      call: { name: 'get_app_status', arguments: { app: APP, environment: ENVIRONMENT } },
    },
    go: {
      label: 'kubernetes-mcp-server resources_get (client-go default 5 req/s)',
      async open() {
        const { child, url } = await startGo({});
        return { child, connect: (n) => httpClients(url, n, {}) };
      },
      call: deploymentRead,
    },
    'go-unlimited': {
      label: 'kubernetes-mcp-server resources_get (KUBE_CLIENT_QPS=1000, BURST=2000)',
      async open() {
        const { child, url } = await startGo({ KUBE_CLIENT_QPS: '1000', KUBE_CLIENT_BURST: '2000' });
        return { child, connect: (n) => httpClients(url, n, {}) };
      },
      call: deploymentRead,
    },
    flux: {
      label: 'mcp-server-kubernetes kubectl_get -o json (stdio, kubectl)',
      async open() {
        const { Client, StdioClientTransport } = await sdk();
        const client = new Client({ name: 'bench', version: '1.0.0' });
        const transport = new StdioClientTransport({
          command: process.execPath,
          args: [join(peersDir, 'node_modules', 'mcp-server-kubernetes', 'dist', 'index.js')],
          env: { ...process.env, KUBECONFIG: kubeconfig, ALLOW_ONLY_READONLY_TOOLS: 'true', KUBECTL },
          stderr: 'ignore',
        });
        await client.connect(transport);
        return {
          child: { pid: transport.pid, kill: () => client.close(), exitCode: null, signalCode: null },
          connect: async () => [client],
          shared: true,
        };
      },
      call: {
        name: 'kubectl_get',
        arguments: { resourceType: 'deployment', name: APP, namespace: ENVIRONMENT, output: 'json' },
      },
    },
  };
  // The Deployment is made through our REST API: without ours among the measured, start it just for that.
  if (!PEERS.some((p) => p.startsWith('ours'))) kill((await startOurs([], {})).child);

  const rows = [];
  for (const name of PEERS) {
    const target = targets[name];
    if (!target) throw new Error(`unknown peer ${name}`);
    const opened = await target.open();
    const row = { name, label: target.label };
    let sample; // from the first connection on (a spawned binary has mapped nothing before)
    for (const [mode, n] of [
      ['seq', 1],
      ['conc', CONCURRENCY],
    ]) {
      const list = await opened.connect(opened.shared ? 1 : n);
      sample ??= rssSampler(opened.child.pid);
      const warm = await measure(list, n, target.call, Math.min(1000, DURATION_MS)); // warm-up
      const cpu0 = cpuMs(opened.child.pid);
      row[mode] = await measure(list, n, target.call, DURATION_MS);
      row.calls = (row.calls ?? 0) + warm.calls + row[mode].calls;
      row[mode].cpuPerCall = (cpuMs(opened.child.pid) - cpu0) / row[mode].calls;
      if (!opened.shared) await Promise.all(list.map((c) => c.close()));
    }
    row.rss = sample();
    if (opened.memory) row.memory = await opened.memory();
    await opened.child.kill();
    rows.push(row);
    console.log(
      `  ${name}: ${row.seq.rps.toFixed(1)} / ${row.conc.rps.toFixed(1)} calls/s, RSS max ${row.rss.max.toFixed(0)} MiB`,
    );
    await new Promise((r) => setTimeout(r, 200)); // let it exit before the next one starts
  }

  console.log(
    `\nMCP status read, one Deployment (ours: + its pods), fake Kubernetes API over ${tls ? 'TLS (CA in kubeconfig)' : 'plain HTTP'}, ` +
      `${DURATION_MS / 1000}s per cell, concurrent = ${CONCURRENCY} clients; CPU = the server process's ms per call\n`,
  );
  console.log(
    `${'server'.padEnd(30)} | seq calls/s | p50 ms | p99 ms | CPU ms | conc calls/s | p50 ms | p99 ms | CPU ms | RSS MiB first/max/last`,
  );
  console.log(
    `${'-'.repeat(31)}|-------------|--------|--------|--------|--------------|--------|--------|--------|-----------------------`,
  );
  const f = (x, w, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '-').padStart(w);
  for (const r of rows) {
    const errs = r.seq.errors + r.conc.errors;
    console.log(
      `${r.name.padEnd(30)} | ${f(r.seq.rps, 11)} | ${f(r.seq.p50, 6)} | ${f(r.seq.p99, 6)} | ${f(r.seq.cpuPerCall, 6, 2)} | ` +
        `${f(r.conc.rps, 12)} | ${f(r.conc.p50, 6)} | ${f(r.conc.p99, 6)} | ${f(r.conc.cpuPerCall, 6, 2)} | ` +
        `${r.rss.first.toFixed(0)}/${r.rss.max.toFixed(0)}/${r.rss.last.toFixed(0)}` +
        (errs ? `  (errors ${errs}: ${r.seq.firstError ?? r.conc.firstError})` : ''),
    );
  }
  console.log('');
  for (const r of rows) console.log(`  ${r.name}: ${r.label}`);
  const mem = rows.filter((r) => r.memory);
  if (mem.length) {
    console.log(
      '\nOur servers at the end of their row, MiB (heap = V8 heap used / committed; after = after a full GC):',
    );
    for (const { name, memory: m, calls } of mem)
      console.log(
        `  ${name.padEnd(14)} RSS anon ${m.anon.toFixed(0)} + file ${m.file.toFixed(0)}; ` +
          `heap ${m.before.heapUsed.toFixed(0)} / ${m.before.committed.toFixed(0)}, external ${m.before.external.toFixed(0)} ` +
          `(array buffers ${m.before.arrayBuffers.toFixed(0)}); after: heap ${m.after.heapUsed.toFixed(0)}, RSS ${m.after.rss.toFixed(0)}\n` +
          `${''.padEnd(16)} heap limit ${m.before.limit.toFixed(0)}; resident per space: ` +
          Object.entries(m.before.spaces)
            .filter(([, v]) => v >= 0.5)
            .map(([k, v]) => `${k} ${v.toFixed(0)}`)
            .join(', ') +
          `\n${''.padEnd(16)} GC over the row's ${calls} calls (after start-up): ${m.gc.major} major, ` +
          `${m.gc.majorMs.toFixed(0)} ms; ${m.gc.minor} minor, ${m.gc.minorMs.toFixed(0)} ms; ` +
          `${((1000 * (m.gc.majorMs + m.gc.minorMs)) / calls).toFixed(0)} µs per call`,
      );
  }
  console.log('');
  const ours = rows.find((r) => r.name === 'ours');
  const peers = rows.filter((r) => !r.name.startsWith('ours'));
  if (ours && peers.length) {
    for (const mode of ['seq', 'conc']) {
      const best = peers.reduce((a, b) => (b[mode].rps > a[mode].rps ? b : a));
      console.log(
        `${mode === 'seq' ? 'sequential' : `concurrent(${CONCURRENCY})`}: ours / fastest peer (${best.name}) = ` +
          `${(ours[mode].rps / best[mode].rps).toFixed(2)} (aim >= 1.00); CPU per call ours / theirs = ` +
          `${(ours[mode].cpuPerCall / best[mode].cpuPerCall).toFixed(2)}`,
      );
    }
  }
  const defaults = rows.find((r) => r.name === 'ours-defaults');
  if (ours && defaults)
    console.log(
      `RSS max, ours: ${ours.rss.max.toFixed(0)} MiB with the start script's flags (${APP_NODE_FLAGS.join(' ')}) ` +
        `vs ${defaults.rss.max.toFixed(0)} MiB with Node's defaults (aim <= 200)`,
    );
} finally {
  for (const p of procs) kill(p);
  rmSync(dir, { recursive: true, force: true });
  if (installed) rmSync(installed, { recursive: true, force: true });
}
