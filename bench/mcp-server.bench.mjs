// Benchmark: MCP tools/call of get_app_status over Streamable HTTP through the SDK's own Client, against
//   (a) K-Le-PaaS /mcp (Nest, JWT auth, sessions, audit, metrics, the real tool over the deployments service)
//   (b) the same SDK McpServer standing alone in a bare Node http server with the same tool,
// in one run, sequential (1 client) and concurrent (BENCH_CONCURRENCY clients, 32), each client a stateful
// session; then the same with both in stateless mode (K-Le-PaaS with KLEPAAS_MCP_STATELESS=true, the bare server
// building a server and transport per POST, as the SDK's stateless example does).
// Both register the very same tool definition (dist/…/tools/app.tools.js: schemas, summary text) and read the
// app's Deployment and Pods from the same fake Kubernetes API server (test/fakes/fake-kube-api.ts) on 127.0.0.1;
// both through the same NodeKubeClient (@kubernetes/client-node); K-Le-PaaS via DeploymentsService.status().
// Both run with the service's memory settings (bench/lib.mjs APP_NODE_FLAGS / APP_ENV). Besides calls/s, each
// cell prints the server process's CPU ms per call (/proc), which the other load on a shared machine disturbs less.
//   npm run bench:mcp-server
// Knobs: BENCH_CONCURRENCY (32), BENCH_DURATION_SEC (5), BENCH_ROUNDS (2), BENCH_MODES (session,stateless).
// Aim: (a) >= 85% of (b) calls/s at 32 concurrent, sessions and stateless.
/* global fetch */
import { Buffer } from 'node:buffer';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { TextEncoder } from 'node:util';
import { randomUUID } from 'node:crypto';
import { APP_ENV, APP_NODE_FLAGS, cpuMs, rssMiB, startChild } from './lib.mjs';

const SELF = fileURLToPath(import.meta.url);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const DURATION_MS = Number(process.env.BENCH_DURATION_SEC ?? 5) * 1000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const MODES = (process.env.BENCH_MODES ?? 'session,stateless').split(',');
const JWT_SECRET = 'bench-secret-that-is-long-enough-for-hs256-0000';
const TOOL = 'get_app_status';
const ARGS = { app: 'web', environment: 'staging' };

const FAKE_KUBE = new URL('../test/fakes/fake-kube-api.ts', import.meta.url).pathname;
const NODE_FLAGS = ['--experimental-transform-types', '--no-warnings'];

/**
 * The bare server's DeploymentReader.status(): the same two reads through the same KubeClient
 * implementation (NodeKubeClient over @kubernetes/client-node) the deployments module uses.
 */
async function bareStatus(kubeconfig) {
  const { KubeConfig } = await import('@kubernetes/client-node');
  const { NodeKubeClient } = await import('../dist/modules/kubernetes/node-kube-client.js');
  const kc = new KubeConfig();
  kc.loadFromFile(kubeconfig);
  const kubeClient = new NodeKubeClient(kc);
  return async (app, environment) => {
    const ns = environment;
    const selector = `app.kubernetes.io/name=${app},app.kubernetes.io/managed-by=klepaas`;
    const [d, pods] = await Promise.all([
      kubeClient.readDeployment(ns, app),
      kubeClient.listPods(ns, selector),
    ]);
    const image = d?.spec?.template?.spec?.containers?.[0]?.image ?? null;
    const ready = d?.status?.readyReplicas ?? 0;
    const desired = d?.spec?.replicas ?? 0;
    return {
      app,
      environment,
      namespace: ns,
      deployed: d !== null,
      image,
      tag:
        image && image.lastIndexOf(':') > image.lastIndexOf('/')
          ? image.slice(image.lastIndexOf(':') + 1)
          : null,
      replicas: {
        desired,
        updated: d?.status?.updatedReplicas ?? 0,
        ready,
        available: d?.status?.availableReplicas ?? 0,
      },
      conditions: (d?.status?.conditions ?? []).map((c) => ({
        type: c.type,
        status: c.status,
        reason: c.reason ?? null,
        message: c.message ?? null,
      })),
      state: !d ? 'not_deployed' : ready >= desired ? 'running' : 'progressing',
      pods: pods.map((p) => ({
        name: p.metadata?.name ?? '',
        phase: p.status?.phase ?? 'Unknown',
        ready: p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false,
        restarts: (p.status?.containerStatuses ?? []).reduce((n, c) => n + (c.restartCount ?? 0), 0),
        waitingReason: null,
        image: p.spec?.containers?.[0]?.image ?? null,
      })),
    };
  };
}

// ---------------------------------------------------------------- child roles
if (process.argv[2] === '--bare') {
  const { McpServer } = await import('@modelcontextprotocol/sdk/server/mcp.js');
  const { StreamableHTTPServerTransport } =
    await import('@modelcontextprotocol/sdk/server/streamableHttp.js');
  const { isInitializeRequest } = await import('@modelcontextprotocol/sdk/types.js');
  const kubeconfig = process.argv[3];
  const sessions = new Map();
  const { z } = await import('zod');
  const { appTools } = await import('../dist/modules/mcp-server/tools/app.tools.js');
  const def = appTools({ status: await bareStatus(kubeconfig) }).find((d) => d.name === TOOL);
  const build = () => {
    const mcp = new McpServer({ name: 'bare', version: '1.0.0' });
    mcp.registerTool(
      def.name,
      {
        title: def.title,
        description: def.description,
        inputSchema: z.object(def.input),
        outputSchema: z.object(def.output),
        annotations: def.annotations,
      },
      async (args) => {
        const out = await def.run(args, {});
        return { content: [{ type: 'text', text: out.text }], structuredContent: out.structured };
      },
    );
    return mcp;
  };
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString()) : undefined;
    if (req.url === '/stateless') {
      if (req.method !== 'POST') return void res.writeHead(405).end();
      const mcp = build();
      const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
      res.on('close', () => {
        void transport.close();
        void mcp.close();
      });
      await mcp.connect(transport);
      return transport.handleRequest(req, res, body);
    }
    const id = req.headers['mcp-session-id'];
    let transport = id ? sessions.get(id) : undefined;
    if (!transport) {
      if (!isInitializeRequest(body)) return void res.writeHead(404).end();
      transport = new StreamableHTTPServerTransport({
        sessionIdGenerator: () => randomUUID(),
        onsessioninitialized: (sid) => sessions.set(sid, transport),
        onsessionclosed: (sid) => sessions.delete(sid),
      });
      await build().connect(transport);
    }
    await transport.handleRequest(req, res, body);
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => console.log(`READY http://127.0.0.1:${server.address().port}/mcp`));
  await new Promise(() => undefined);
}

if (process.argv[2] === '--app') {
  process.on('SIGTERM', () => process.exit(0)); // lets --cpu-prof write its profile
  const { createApp } = await import('../dist/app.factory.js');
  const app = await createApp({
    KLEPAAS_ENV: 'production',
    KLEPAAS_AUTH_MODE: 'jwt',
    KLEPAAS_JWT_SECRET: JWT_SECRET,
    KLEPAAS_LOG_LEVEL: 'warn',
    KLEPAAS_DATABASE_URL: `sqlite:${process.argv[3]}`,
    KLEPAAS_DOCS_ENABLED: 'false',
    KUBECONFIG: process.argv[4],
    KLEPAAS_ROLLOUT_POLL_MS: '20',
    KLEPAAS_MCP_STATELESS: process.argv[5] === 'stateless' ? 'true' : 'false',
  });
  await app.listen(0, '127.0.0.1');
  console.log(`READY http://127.0.0.1:${app.getHttpServer().address().port}/mcp`);
  await new Promise(() => undefined);
}

if (process.argv[2] === '--kube') {
  const { FakeKubeApi } = await import(FAKE_KUBE);
  const kube = await FakeKubeApi.start({ readyDelayMs: 0 });
  console.log(`READY ${kube.url} ${kube.writeKubeconfig(process.argv[3])}`);
  await new Promise(() => undefined);
}

// ---------------------------------------------------------------- driver
function start(args) {
  const profile =
    process.env.BENCH_PROFILE && args[0] === '--app' ? ['--cpu-prof', '--cpu-prof-dir=/tmp/mcp-prof'] : [];
  // Only the fake API server is TypeScript; the servers measured run as in production (no TS flags, which
  // cost ~20 MiB), with the service's memory settings.
  const flags = args[0] === '--kube' ? NODE_FLAGS : APP_NODE_FLAGS;
  return startChild([...flags, ...profile, SELF, ...args], args[0], APP_ENV);
}

async function token() {
  const { SignJWT } = await import('jose');
  return new SignJWT({
    scope: 'mcp:read mcp:execute deploy:read deploy:write nlp:read nlp:execute apps:write',
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('bench')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(JWT_SECRET));
}

async function clients(url, n, headers) {
  const { Client } = await import('@modelcontextprotocol/sdk/client/index.js');
  const { StreamableHTTPClientTransport } =
    await import('@modelcontextprotocol/sdk/client/streamableHttp.js');
  return Promise.all(
    Array.from({ length: n }, async () => {
      const client = new Client({ name: 'bench', version: '1.0.0' });
      await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } }));
      return client;
    }),
  );
}

async function measure(list, durationMs) {
  const latencies = [];
  let errors = 0;
  const until = performance.now() + durationMs;
  const started = performance.now();
  await Promise.all(
    list.map(async (client) => {
      while (performance.now() < until) {
        const t0 = performance.now();
        try {
          const res = await client.callTool({ name: TOOL, arguments: ARGS });
          if (res.isError) throw new Error(res.content?.[0]?.text);
          latencies.push(performance.now() - t0);
        } catch (err) {
          if (errors++ === 0) console.error(`  first error: ${err.message}`);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { calls: latencies.length, rps: latencies.length / seconds, p50: p(0.5), p99: p(0.99), errors };
}

const dir = mkdtempSync(join(tmpdir(), 'klepaas-bench-mcp-'));
const procs = [];
try {
  const kube = await start(['--kube', dir]);
  procs.push(kube.child);
  const [bare, app, appStateless] = await Promise.all([
    start(['--bare', kube.extra]),
    start(['--app', join(dir, 'bench.db'), kube.extra, 'session']),
    MODES.includes('stateless')
      ? start(['--app', join(dir, 'stateless.db'), kube.extra, 'stateless'])
      : Promise.resolve(undefined),
  ]);
  procs.push(bare.child, app.child, ...(appStateless ? [appStateless.child] : []));
  const jwt = await token();
  const auth = { Authorization: `Bearer ${jwt}` };
  const rest = async (base, path, body) => {
    const res = await fetch(`${base.replace(/\/mcp$/, '')}${path}`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  };
  // Seed through the REST API: register the app, deploy v1 to staging (2 replicas, Ready at once); the
  // stateless instance (its own database, the same cluster) only registers it.
  const register = { name: ARGS.app, image: 'ghcr.io/acme/web', port: 8080, replicas: 2 };
  await rest(app.url, '/api/v1/apps', register);
  await rest(app.url, `/api/v1/apps/${ARGS.app}/environments/${ARGS.environment}/deploy`, { tag: 'v1' });
  if (appStateless) await rest(appStateless.url, '/api/v1/apps', register);
  const targets = {
    session: {
      bare: { url: bare.url, headers: {}, pid: bare.child.pid },
      app: { url: app.url, headers: auth, pid: app.child.pid },
    },
    stateless: {
      bare: { url: bare.url.replace(/\/mcp$/, '/stateless'), headers: {}, pid: bare.child.pid },
      app: appStateless && { url: appStateless.url, headers: auth, pid: appStateless.child.pid },
    },
  };
  const results = {};
  for (const sessions of MODES) {
    for (const [mode, n] of [
      ['sequential', 1],
      [`concurrent(${CONCURRENCY})`, CONCURRENCY],
    ]) {
      const t = targets[sessions];
      for (const name of ['bare', 'app']) {
        const list = await clients(t[name].url, n, t[name].headers);
        await measure(list, Math.min(1000, DURATION_MS)); // warm-up
        await Promise.all(list.map((c) => c.close()));
      }
      const acc = { bare: [], app: [] };
      for (let round = 0; round < ROUNDS; round++) {
        for (const name of round % 2 ? ['app', 'bare'] : ['bare', 'app']) {
          const list = await clients(t[name].url, n, t[name].headers);
          const cpu0 = cpuMs(t[name].pid);
          const r = await measure(list, DURATION_MS);
          acc[name].push({ ...r, cpu: (cpuMs(t[name].pid) - cpu0) / Math.max(1, r.calls) });
          await Promise.all(list.map((c) => c.close()));
        }
      }
      const avg = (xs, k) => xs.reduce((s, x) => s + x[k], 0) / xs.length;
      results[`${sessions} ${mode}`] = Object.fromEntries(
        Object.entries(acc).map(([k, xs]) => [
          k,
          {
            rps: avg(xs, 'rps'),
            p50: avg(xs, 'p50'),
            p99: avg(xs, 'p99'),
            cpu: avg(xs, 'cpu'),
            errors: xs.reduce((s, x) => s + x.errors, 0),
          },
        ]),
      );
    }
  }
  console.log(
    `\nMCP tools/call ${TOOL} over Streamable HTTP, ${ROUNDS} x ${DURATION_MS / 1000}s per cell; ` +
      `CPU = server process ms per call\n`,
  );
  console.log(
    'mode                     | bare SDK calls/s | p99 ms | CPU ms | K-Le-PaaS calls/s | p99 ms | CPU ms | ratio calls/s | ratio CPU/call',
  );
  console.log(
    '-------------------------|------------------|--------|--------|-------------------|--------|--------|---------------|---------------',
  );
  for (const [mode, r] of Object.entries(results)) {
    const ratio = r.app.rps / r.bare.rps;
    const aim = mode.includes('concurrent') ? ' (aim >= 0.85)' : '';
    console.log(
      `${mode.padEnd(24)} | ${r.bare.rps.toFixed(0).padStart(16)} | ${r.bare.p99.toFixed(1).padStart(6)} | ` +
        `${r.bare.cpu.toFixed(2).padStart(6)} | ${r.app.rps.toFixed(0).padStart(17)} | ${r.app.p99.toFixed(1).padStart(6)} | ` +
        `${r.app.cpu.toFixed(2).padStart(6)} | ${`${ratio.toFixed(2)}${aim}`.padEnd(13)} | ` +
        `${(r.bare.cpu / r.app.cpu).toFixed(2)}` +
        (r.app.errors + r.bare.errors ? `  (errors: bare ${r.bare.errors}, app ${r.app.errors})` : ''),
    );
  }
  console.log(
    `\nRSS after the runs: K-Le-PaaS ${rssMiB(app.child.pid).toFixed(0)} MiB` +
      (appStateless ? ` (stateless instance ${rssMiB(appStateless.child.pid).toFixed(0)} MiB)` : '') +
      `, bare SDK server ${rssMiB(bare.child.pid).toFixed(0)} MiB`,
  );
} finally {
  for (const p of procs) p.kill();
  rmSync(dir, { recursive: true, force: true });
}
