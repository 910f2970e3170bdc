// A/B of the MCP server: get_app_status through two builds of the app (BENCH_BASE, e.g. a worktree of main
// with its dist/ built, and this checkout) and the bare SDK server, all against one fake Kubernetes API server,
// measured in turn round after round so that the machine's changing load falls on all three alike. Each
// process is started through its own tree's bench/mcp-server.bench.mjs child roles (--kube, --app, --bare;
// the bare server from this checkout). Prints calls/s and the server process's CPU ms per call per round,
// and the per-round ratios (app / bare, this / base), median over the rounds.
//   npm run build && BENCH_BASE=/path/to/main node bench/mcp-ab.bench.mjs [session|stateless] [clients] [rounds] [seconds]
// Defaults: session, 32 clients, 6 rounds, 2 s. BENCH_PROFILE=base|this writes that app's --cpu-prof to
// /tmp/mcp-ab-prof-<name>.
/* global fetch */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { TextEncoder } from 'node:util';
import { APP_ENV, APP_NODE_FLAGS, cpuMs, startChild } from './lib.mjs';

const [mode = 'session', clientsArg = '32', roundsArg = '6', secondsArg = '2'] = process.argv.slice(2);
const CLIENTS = Number(clientsArg);
const ROUNDS = Number(roundsArg);
const DURATION_MS = Number(secondsArg) * 1000;
if (!process.env.BENCH_BASE) throw new Error('BENCH_BASE=<another checkout, dist/ built> is required');
const TREES = { base: process.env.BENCH_BASE, this: fileURLToPath(new URL('..', import.meta.url)) };
const JWT_SECRET = 'bench-secret-that-is-long-enough-for-hs256-0000'; // as mcp-server.bench.mjs
const CALL = { name: 'get_app_status', arguments: { app: 'web', environment: 'staging' } };
const roleScript = (tree) => join(tree, 'bench/mcp-server.bench.mjs');
const profile = (name) =>
  process.env.BENCH_PROFILE === name ? ['--cpu-prof', `--cpu-prof-dir=/tmp/mcp-ab-prof-${name}`] : [];

async function token() {
  const { SignJWT } = await import('jose');
  return new SignJWT({ scope: 'mcp:read deploy:read deploy:write apps:write' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('bench')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(JWT_SECRET));
}

async function clients(target, n) {
  const { Client } = await import('@modelcontextprotocol/sdk/client/index.js');
  const { StreamableHTTPClientTransport } =
    await import('@modelcontextprotocol/sdk/client/streamableHttp.js');
  return Promise.all(
    Array.from({ length: n }, async () => {
      const client = new Client({ name: 'ab', version: '1.0.0' });
      const requestInit = { headers: target.headers };
      await client.connect(new StreamableHTTPClientTransport(new URL(target.url), { requestInit }));
      return client;
    }),
  );
}

async function measure(list, durationMs) {
  let calls = 0;
  let errors = 0;
  const until = performance.now() + durationMs;
  const started = performance.now();
  await Promise.all(
    list.map(async (client) => {
      while (performance.now() < until) {
        try {
          const res = await client.callTool(CALL);
          if (res.isError) throw new Error(res.content?.[0]?.text);
          calls++;
        } catch (err) {
          if (errors++ === 0) console.error(`  first error: ${err.message}`);
        }
      }
    }),
  );
  return { calls, rps: calls / ((performance.now() - started) / 1000), errors };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const dir = mkdtempSync(join(tmpdir(), 'klepaas-bench-mcp-ab-'));
const procs = [];
try {
  const kube = await startChild(
    ['--experimental-transform-types', '--no-warnings', roleScript(TREES.this), '--kube', dir],
    'fake kube',
  );
  procs.push(kube.child);
  const servers = {};
  for (const [name, tree] of Object.entries(TREES)) {
    const args = [roleScript(tree), '--app', join(dir, `${name}.db`), kube.extra, mode];
    servers[name] = await startChild([...APP_NODE_FLAGS, ...profile(name), ...args], name, APP_ENV);
    procs.push(servers[name].child);
  }
  servers.bare = await startChild(
    [...APP_NODE_FLAGS, roleScript(TREES.this), '--bare', kube.extra],
    'bare',
    APP_ENV,
  );
  procs.push(servers.bare.child);
  const auth = { Authorization: `Bearer ${await token()}` };
  const rest = async (server, path, body) => {
    const res = await fetch(`${server.url.replace(/\/mcp$/, '')}${path}`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  };
  // One Deployment with two Ready pods (deployed through base); the app is registered in both databases.
  const app = { name: 'web', image: 'ghcr.io/acme/web', port: 8080, replicas: 2 };
  await rest(servers.base, '/api/v1/apps', app);
  await rest(servers.base, '/api/v1/apps/web/environments/staging/deploy', { tag: 'v1' });
  await rest(servers.this, '/api/v1/apps', app);
  const target = (name) => ({
    url:
      name === 'bare' && mode === 'stateless'
        ? servers.bare.url.replace(/\/mcp$/, '/stateless')
        : servers[name].url,
    headers: name === 'bare' ? {} : auth,
    pid: servers[name].child.pid,
  });
  const results = { bare: [], base: [], this: [] };
  for (const name of Object.keys(results)) {
    const list = await clients(target(name), CLIENTS);
    await measure(list, 1000); // warm-up
    await Promise.all(list.map((c) => c.close()));
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of round % 2 ? ['this', 'base', 'bare'] : ['bare', 'base', 'this']) {
      const t = target(name);
      const list = await clients(t, CLIENTS);
      const cpu0 = cpuMs(t.pid);
      const r = await measure(list, DURATION_MS);
      results[name].push({ ...r, cpu: (cpuMs(t.pid) - cpu0) / Math.max(1, r.calls) });
      await Promise.all(list.map((c) => c.close()));
    }
  }
  const load = loadavg().map((x) => x.toFixed(1));
  console.log(
    `\nMCP ${CALL.name}, ${mode}, ${CLIENTS} clients, ${ROUNDS} x ${DURATION_MS / 1000}s interleaved; load ${load.join(' ')}`,
  );
  for (const [name, xs] of Object.entries(results))
    console.log(
      `${name.padEnd(5)} calls/s ${median(xs.map((x) => x.rps)).toFixed(0)} [${xs.map((x) => x.rps.toFixed(0)).join(' ')}]` +
        `  CPU ms/call ${median(xs.map((x) => x.cpu)).toFixed(2)} [${xs.map((x) => x.cpu.toFixed(2)).join(' ')}]` +
        `  errors ${xs.reduce((s, x) => s + x.errors, 0)}`,
    );
  const perRound = (f) => median(results.bare.map((_, i) => f(i)));
  for (const name of ['base', 'this'])
    console.log(
      `${name}/bare per round: calls/s ${perRound((i) => results[name][i].rps / results.bare[i].rps).toFixed(2)}, ` +
        `CPU (bare/${name}) ${perRound((i) => results.bare[i].cpu / results[name][i].cpu).toFixed(2)}`,
    );
  console.log(
    `this/base CPU ms per call, per round: ${perRound((i) => results.this[i].cpu / results.base[i].cpu).toFixed(2)}`,
  );
} finally {
  for (const p of procs) p.kill();
  rmSync(dir, { recursive: true, force: true });
}
