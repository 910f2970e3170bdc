// Soak: mixed traffic for a long time against the built service (a child process: `dist/main.js`,
// production mode, JWT auth, logs at info) and the fake Kubernetes API server
// (test/fakes/fake-kube-api.ts), sampling the service every SOAK_SAMPLE_S seconds. It fails (exit 1)
// when memory, handles, database connections, the deploy-job queue or MCP sessions grow, or requests fail.
//   npm run bench:soak                      # 30 minutes
//   SOAK_MINUTES=2 SOAK_SAMPLE_S=5 npm run bench:soak
// Traffic (per second, scaled by SOAK_RATE): REST reads 40 (health, apps, status, audit, deployments,
// a 401 now and then), NL interpret 6, MCP tools/call 6 (sessions opened, used 20 times and closed),
// signed GitHub push webhooks 0.1 (SOAK_WEBHOOK_PER_S; each queues a staging deploy of the one app, which
// the worker rolls out on the fake cluster — deploys of one app/environment run one at a time).
// Before the clock starts, SOAK_PREWARM_S (60) of the same traffic lets start-up settle (the classifier's
// training garbage, JIT, pools) so that what is measured is the steady state.
// Knobs (env): SOAK_MINUTES (30), SOAK_SAMPLE_S (10), SOAK_WARMUP_FRACTION (0.25), SOAK_RATE (1),
// SOAK_DATABASE (sqlite | postgres; postgres uses KLEPAAS_TEST_POSTGRES_URL or 127.0.0.1:5432/test and a
// fresh schema), SOAK_JSON (write samples and verdict there), thresholds SOAK_MAX_RSS_MIB_PER_MIN (4),
// SOAK_MAX_HANDLE_GROWTH (20), SOAK_MAX_HEAP_GROWTH_MIB (32), SOAK_MAX_FAILURE_RATE (0), SOAK_MAX_ELD_P99_MS (0 = off; the growth of event-loop delay is always
// checked). See README "Soak" for why these.
// Run with `node --experimental-transform-types` (it imports the TypeScript fake cluster).
/* global fetch, TextEncoder */
import { spawn } from 'node:child_process';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { freePort, waitForHttp } from './lib.mjs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const SECRET = 'soak-secret-that-is-long-enough-for-hs256-00000';
const WEBHOOK_SECRET = 'soak-webhook-secret-0001';
const num = (name, fallback) => (process.env[name] ? Number(process.env[name]) : fallback);
const MINUTES = num('SOAK_MINUTES', 30);
const SAMPLE_MS = num('SOAK_SAMPLE_S', 10) * 1000;
const WARMUP_FRACTION = num('SOAK_WARMUP_FRACTION', 0.25);
const RATE = num('SOAK_RATE', 1);
const THRESHOLDS = {
  rssMiBPerMin: num('SOAK_MAX_RSS_MIB_PER_MIN', 4),
  handleGrowth: num('SOAK_MAX_HANDLE_GROWTH', 20),
  heapGrowthMiB: num('SOAK_MAX_HEAP_GROWTH_MIB', 32),
  failureRate: num('SOAK_MAX_FAILURE_RATE', 0),
  eldP99Ms: num('SOAK_MAX_ELD_P99_MS', 0),
};
const PREWARM_MS = num('SOAK_PREWARM_S', 60) * 1000;
const WEBHOOK_PER_S = num('SOAK_WEBHOOK_PER_S', 0.1);
const DATABASE = process.env.SOAK_DATABASE ?? 'sqlite';
const POSTGRES_URL = process.env.KLEPAAS_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const examples = require('@octokit/webhooks-examples/api.github.com/index.json');
const PUSH = examples.find((e) => e.name === 'push').examples.find((e) => e.ref === 'refs/heads/master');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const { FakeKubeApi } = await import(new URL('../test/fakes/fake-kube-api.ts', import.meta.url).href);
const { SignJWT } = await import('jose');
const { Client } = await import('@modelcontextprotocol/sdk/client/index.js');
const { StreamableHTTPClientTransport } = await import('@modelcontextprotocol/sdk/client/streamableHttp.js');

const dir = mkdtempSync(join(tmpdir(), 'klepaas-soak-'));
const kube = await FakeKubeApi.start({ readyDelayMs: 0 });
const kubeconfig = kube.writeKubeconfig(dir);
const schema = `soak_${process.pid}_${randomBytes(3).toString('hex')}`;
const dbEnv =
  DATABASE === 'postgres'
    ? { KLEPAAS_DATABASE_URL: POSTGRES_URL, KLEPAAS_DATABASE_SCHEMA: schema }
    : { KLEPAAS_DATABASE_URL: `sqlite:${join(dir, 'klepaas.db')}` };
const port = await freePort();
const service = spawn(process.execPath, [join(ROOT, 'dist/main.js')], {
  cwd: dir,
  env: {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    KLEPAAS_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    ...dbEnv,
    KLEPAAS_AUTH_MODE: 'jwt',
    KLEPAAS_JWT_SECRET: SECRET,
    KLEPAAS_LOG_LEVEL: process.env.SOAK_LOG_LEVEL ?? 'info',
    KLEPAAS_DOCS_ENABLED: 'false',
    KUBECONFIG: kubeconfig,
    KLEPAAS_ROLLOUT_POLL_MS: '20',
    KLEPAAS_WEBHOOK_SECRET: WEBHOOK_SECRET,
    KLEPAAS_CICD_WORKER_POLL_MS: '200',
  },
  // Logs at info are written (and discarded), as in production they are written to a collector.
  stdio: ['ignore', 'ignore', 'inherit'],
});
const url = `http://127.0.0.1:${port}`;
const stats = { requests: 0, failures: 0, notReady: 0, byKind: {} };
let stopping = false;
let jobsDb; // a second reader of the service's database, for the job queue
let exitCode = 1;

try {
  await waitForHttp(`${url}/api/v1/healthz`, service);
  const token = await new SignJWT({ scope: '*' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('soak')
    .setIssuedAt()
    .setExpirationTime('12h')
    .sign(new TextEncoder().encode(SECRET));
  const auth = { authorization: `Bearer ${token}` };

  // Seed: one app mapped to the push payload's repository, deployed to staging.
  await call('seed', 'POST', '/api/v1/apps', {
    body: {
      name: 'web',
      image: 'ghcr.io/acme/web',
      port: 8080,
      replicas: 2,
      githubRepo: PUSH.repository.full_name,
    },
    headers: auth,
    expect: [201],
  });
  await call('seed', 'POST', '/api/v1/apps/web/environments/staging/deploy', {
    body: { tag: 'v1' },
    headers: auth,
    expect: [200, 201, 202],
  });

  const REST = [
    ['GET', '/api/v1/health', {}, [200, 503]], // 503 not_ready when a check times out under load
    ['GET', '/api/v1/healthz', {}],
    ['GET', '/api/v1/apps', auth],
    ['GET', '/api/v1/apps/web', auth],
    ['GET', '/api/v1/apps/web/environments/staging/status', auth],
    ['GET', '/api/v1/audit?limit=20', auth],
    ['GET', '/api/v1/deployments?limit=20', auth],
    ['GET', '/api/v1/nlp/history?limit=10', auth],
  ];
  const COMMANDS = ['show the status of web in staging', 'web 앱 staging 상태 보여줘', 'list my apps'];
  let n = 0;
  const loops = [
    paced('rest', 40 * RATE, 8, async () => {
      const i = n++;
      if (i % 50 === 49) return call('rest', 'GET', '/api/v1/apps', { expect: [401] }); // denied, audited
      const [method, path, headers, expect] = REST[i % REST.length];
      return call('rest', method, path, { headers, expect });
    }),
    paced('nl', 6 * RATE, 2, async () =>
      call('nl', 'POST', '/api/v1/nlp/interpret', {
        headers: auth,
        body: { command: COMMANDS[n++ % COMMANDS.length] },
      }),
    ),
    mcpLoop(6 * RATE, 2, auth),
    paced('webhook', WEBHOOK_PER_S * RATE, 1, async () => {
      const body = JSON.stringify({ ...PUSH, after: randomBytes(20).toString('hex') });
      return call('webhook', 'POST', '/api/v1/cicd/webhook', {
        raw: body,
        expect: [200, 202],
        headers: {
          'content-type': 'application/json',
          'x-github-event': 'push',
          'x-github-delivery': randomUUID(),
          'x-hub-signature-256': `sha256=${createHmac('sha256', WEBHOOK_SECRET).update(body).digest('hex')}`,
        },
      });
    }),
  ];

  if (PREWARM_MS > 0) {
    console.log(`soak: ${PREWARM_MS / 1000} s of traffic before the clock starts`);
    await sleep(PREWARM_MS);
    await sample(); // resets the event-loop delay histogram
  }
  const samples = [];
  const started = Date.now();
  const end = started + MINUTES * 60_000;
  console.log(
    `soak: ${MINUTES} min of mixed traffic (rate x${RATE}), a sample every ${SAMPLE_MS / 1000} s, ` +
      `${DATABASE}, Node ${process.versions.node}`,
  );
  console.log('   t s   RSS MiB  heap MiB  ELD p99 ms  handles  DB conns  jobs queued  MCP sessions  req/s');
  let lastRequests = 0;
  while (Date.now() < end) {
    await sleep(Math.min(SAMPLE_MS, end - Date.now()));
    const s = await sample();
    s.t = (Date.now() - started) / 1000;
    s.rps = (stats.requests - lastRequests) / (SAMPLE_MS / 1000);
    lastRequests = stats.requests;
    samples.push(s);
    console.log(
      `${s.t.toFixed(0).padStart(6)} ${s.rssMiB.toFixed(1).padStart(9)} ${s.heapMiB.toFixed(1).padStart(9)}` +
        ` ${s.eldP99Ms.toFixed(1).padStart(11)} ${String(s.handles).padStart(8)} ${String(s.dbConnections).padStart(9)}` +
        ` ${String(s.jobsQueued).padStart(12)} ${String(s.mcpSessions).padStart(13)} ${s.rps.toFixed(0).padStart(6)}`,
    );
  }
  stopping = true;
  await Promise.all(loops);
  const verdict = judge(samples);
  console.log(`\nrequests: ${stats.requests}, failures: ${stats.failures}`, JSON.stringify(stats.byKind));
  for (const [kind, k] of Object.entries(stats.byKind))
    if (k.firstFailure) console.log(`first ${kind} failure: ${k.firstFailure}`);
  if (stats.notReady) console.log(`GET /api/v1/health answered 503 not_ready ${stats.notReady} times`);
  for (const c of verdict.checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`);
  console.log(verdict.ok ? '\nsoak: PASS' : '\nsoak: FAIL');
  if (process.env.SOAK_JSON)
    writeFileSync(process.env.SOAK_JSON, JSON.stringify({ samples, stats, verdict, thresholds: THRESHOLDS }));
  exitCode = verdict.ok ? 0 : 1;
} catch (err) {
  console.error(err);
} finally {
  stopping = true;
  if (service.exitCode === null) service.kill('SIGTERM');
  await new Promise((r) => (service.exitCode !== null ? r() : service.once('exit', r)));
  await kube.close?.();
  if (DATABASE === 'postgres') await dropSchema().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
  process.exit(exitCode);
}

/** One HTTP call, counted; a status outside `expect` (default 2xx) or a transport error is a failure. */
async function call(kind, method, path, { headers = {}, body, raw, expect } = {}) {
  stats.requests++;
  const k = (stats.byKind[kind] ??= { requests: 0, failures: 0 });
  k.requests++;
  try {
    const res = await fetch(url + path, {
      method,
      headers: body ? { ...headers, 'content-type': 'application/json' } : headers,
      body: raw ?? (body ? JSON.stringify(body) : undefined),
    });
    const text = await res.text();
    if (res.status === 503 && path === '/api/v1/health') stats.notReady++;
    const ok = expect ? expect.includes(res.status) : res.status >= 200 && res.status < 300;
    if (!ok) fail(kind, `${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
  } catch (err) {
    fail(kind, `${method} ${path}: ${err.message}`);
  }
}

function fail(kind, what) {
  stats.failures++;
  stats.byKind[kind].failures++;
  stats.byKind[kind].firstFailure ??= what;
}

/** `workers` loops sharing `perSecond` calls of `fn` (each waits for its call; no unbounded backlog). */
function paced(_kind, perSecond, workers, fn) {
  const interval = (1000 * workers) / perSecond;
  return Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      await sleep((interval * w) / workers);
      let next = Date.now();
      while (!stopping) {
        await fn();
        next += interval;
        const wait = next - Date.now();
        if (wait > 0) await sleep(wait);
        else next = Date.now(); // behind: do not catch up in a burst
      }
    }),
  );
}

/** MCP through the SDK client: sessions opened, used for 20 tools/call each, and closed (DELETE). */
function mcpLoop(perSecond, workers, headers) {
  const open = async () => {
    const c = new Client({ name: 'soak', version: '1.0.0' });
    const transport = new StreamableHTTPClientTransport(new URL(`${url}/mcp`), { requestInit: { headers } });
    await c.connect(transport);
    return { c, transport };
  };
  const clients = Array.from({ length: workers }, () => ({ client: null, used: 0 }));
  let w = 0;
  return paced('mcp', perSecond, workers, async () => {
    const slot = clients[w++ % workers];
    stats.requests++;
    const k = (stats.byKind.mcp ??= { requests: 0, failures: 0 });
    k.requests++;
    try {
      if (!slot.client) slot.client = await open();
      const res = await slot.client.c.callTool({
        name: 'get_app_status',
        arguments: { app: 'web', environment: 'staging' },
      });
      if (res.isError) fail('mcp', `tools/call: ${res.content?.[0]?.text}`);
      if (++slot.used >= 20) {
        await slot.client.transport.terminateSession();
        await slot.client.c.close();
        slot.client = null;
        slot.used = 0;
      }
    } catch (err) {
      fail('mcp', `mcp: ${err.message}`);
      slot.client = null;
      slot.used = 0;
    }
  }).finally(async () => {
    for (const slot of clients) {
      if (!slot.client) continue;
      await slot.client.transport.terminateSession().catch(() => undefined);
      await slot.client.c.close().catch(() => undefined);
    }
  });
}

/**
 * What the service looks like now: RSS, heap, event-loop delay p99 (prom-client's default metrics,
 * measured with perf_hooks.monitorEventLoopDelay and reset at each scrape, so each sample covers the
 * interval since the last), active handles, open MCP sessions — all from /metrics; database connections
 * from the service's file descriptors; queued and running deploy jobs from the database.
 */
async function sample() {
  const text = await (await fetch(`${url}/metrics`)).text();
  const metric = (name) => {
    const m = new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+-]+)$`, 'm').exec(text);
    return m ? Number(m[1]) : NaN;
  };
  // the sum of every series of a gauge (nodejs_active_handles has one per handle type)
  const total = (name) => {
    const values = [...text.matchAll(new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+-]+)$`, 'gm'))];
    return values.length ? values.reduce((sum, m) => sum + Number(m[1]), 0) : NaN;
  };
  return {
    rssMiB: metric('process_resident_memory_bytes') / 2 ** 20,
    heapMiB: metric('nodejs_heap_size_used_bytes') / 2 ** 20,
    eldP99Ms: metric('nodejs_eventloop_lag_p99_seconds') * 1000,
    handles: total('nodejs_active_handles'),
    mcpSessions: metric('mcp_server_sessions_open'),
    dbConnections: dbConnections(service.pid),
    jobsQueued: await jobsQueued(),
  };
}

/** SQLite: open descriptors of the database file; PostgreSQL: TCP connections to port 5432. */
function dbConnections(pid) {
  const fds = readdirSync(`/proc/${pid}/fd`).map((fd) => {
    try {
      return readlinkSync(`/proc/${pid}/fd/${fd}`);
    } catch {
      return '';
    }
  });
  if (DATABASE !== 'postgres') return fds.filter((l) => l.endsWith('klepaas.db')).length;
  const inodes = new Set(fds.map((l) => /^socket:\[(\d+)\]$/.exec(l)?.[1]).filter(Boolean));
  let count = 0;
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length > 9 && f[2]?.endsWith(':1538') && inodes.has(f[9])) count++; // 0x1538 = 5432
    }
  }
  return count;
}

async function jobsQueued() {
  const sql = `select count(*) as n from cicd_job where status in ('queued', 'running')`;
  if (DATABASE === 'postgres') {
    const { default: pg } = await import('pg');
    jobsDb ??= new pg.Pool({ connectionString: POSTGRES_URL, max: 1, options: `-c search_path=${schema}` });
    return Number((await jobsDb.query(sql)).rows[0].n);
  }
  const { default: Database } = await import('better-sqlite3');
  jobsDb ??= new Database(join(dir, 'klepaas.db'), { readonly: true, fileMustExist: true });
  return jobsDb.prepare(sql).get().n;
}

async function dropSchema() {
  await jobsDb?.end?.();
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  await client.query(`drop schema if exists "${schema}" cascade`);
  await client.end();
}

/** Least-squares slope of y over x. */
function slope(xs, ys) {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

/** Pass/fail over the samples after warm-up (the first SOAK_WARMUP_FRACTION of the run). */
function judge(samples) {
  const after = samples.filter((s) => s.t >= MINUTES * 60 * WARMUP_FRACTION);
  const third = Math.max(1, Math.floor(after.length / 3));
  const first = after.slice(0, third);
  const last = after.slice(-third);
  const max = (xs, k) => Math.max(...xs.map((s) => s[k]));
  const min = (xs, k) => Math.min(...xs.map((s) => s[k]));
  const median = (xs, k) => {
    const v = xs.map((s) => s[k]).sort((a, b) => a - b);
    return v[Math.floor(v.length / 2)];
  };
  const minutes = after.map((s) => s.t / 60);
  const rssSlope = slope(
    minutes,
    after.map((s) => s.rssMiB),
  );
  const heapSlope = slope(
    minutes,
    after.map((s) => s.heapMiB),
  );
  const checks = [
    {
      name: 'no failed requests',
      ok: stats.failures <= THRESHOLDS.failureRate * stats.requests && stats.requests > 0,
      detail:
        `${stats.failures} of ${stats.requests} (allowed ${THRESHOLDS.failureRate * 100}%)` +
        Object.entries(stats.byKind)
          .filter(([, k]) => k.firstFailure)
          .map(([kind, k]) => `; first ${kind} failure: ${k.firstFailure}`)
          .join(''),
    },
    {
      name: 'RSS flat after warm-up',
      ok: after.length >= 3 && rssSlope <= THRESHOLDS.rssMiBPerMin,
      detail: `slope ${rssSlope.toFixed(2)} MiB/min over ${after.length} samples (max ${THRESHOLDS.rssMiBPerMin}); heap ${heapSlope.toFixed(2)} MiB/min`,
    },
    {
      // The heap in use saw-tooths between collections; its lows approximate the live heap.
      name: 'live heap not growing',
      ok: min(last, 'heapMiB') <= min(first, 'heapMiB') + THRESHOLDS.heapGrowthMiB,
      detail: `lowest ${min(first, 'heapMiB').toFixed(1)} MiB in the first third, ${min(last, 'heapMiB').toFixed(1)} MiB in the last (allowed +${THRESHOLDS.heapGrowthMiB})`,
    },
    {
      name: 'handles not growing',
      ok: max(last, 'handles') <= max(first, 'handles') + THRESHOLDS.handleGrowth,
      detail: `max ${max(first, 'handles')} in the first third after warm-up, ${max(last, 'handles')} in the last (allowed +${THRESHOLDS.handleGrowth})`,
    },
    {
      name: 'database connections bounded',
      ok:
        max(last, 'dbConnections') <= Math.max(max(first, 'dbConnections'), DATABASE === 'postgres' ? 10 : 1),
      detail: `max ${max(first, 'dbConnections')} first third, ${max(last, 'dbConnections')} last third (pool max ${DATABASE === 'postgres' ? 10 : 1})`,
    },
    {
      name: 'deploy-job queue not growing',
      ok: max(last, 'jobsQueued') <= Math.max(2, max(first, 'jobsQueued')),
      detail: `max ${max(first, 'jobsQueued')} first third, ${max(last, 'jobsQueued')} last third`,
    },
    {
      name: 'MCP sessions closed',
      ok: max(last, 'mcpSessions') <= 2 + 2 * Math.ceil(RATE), // the clients' open sessions
      detail: `max ${max(last, 'mcpSessions')} open in the last third`,
    },
    {
      // A growing backlog shows as a growing delay; its absolute level on a shared machine is the
      // machine's load as much as ours, so that is only checked when asked (SOAK_MAX_ELD_P99_MS).
      name: 'event-loop delay p99 not growing',
      ok:
        median(last, 'eldP99Ms') <= 2 * median(first, 'eldP99Ms') + 50 &&
        (THRESHOLDS.eldP99Ms <= 0 || max(after, 'eldP99Ms') <= THRESHOLDS.eldP99Ms),
      detail:
        `median ${median(first, 'eldP99Ms').toFixed(1)} ms in the first third, ${median(last, 'eldP99Ms').toFixed(1)} ms ` +
        `in the last (allowed 2x + 50 ms); max ${max(after, 'eldP99Ms').toFixed(1)} ms` +
        (THRESHOLDS.eldP99Ms > 0 ? ` (max ${THRESHOLDS.eldP99Ms})` : ''),
    },
  ];
  return { ok: checks.every((c) => c.ok), rssSlope, heapSlope, checks };
}
