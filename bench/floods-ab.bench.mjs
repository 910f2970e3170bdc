// Flood A/B bench (run: npm run bench:floods-ab). Bounded loads on 127.0.0.1 only. The service's CPU per
// request, from /proc (what other load on a shared machine disturbs least), under the two loads of issue 16
// aims 4 and 5, for this build and — with BENCH_BEFORE_DIST=/path/to/other/dist — another one, alternating
// rounds in one run:
//  - denial flood: GET /api/v1/apps with a bad bearer token from `autocannon -c 64` (its own process) for
//    BENCH_FLOOD_S s (5), while this process probes GET /api/v1/healthz at 100/s: CPU µs per 401, denials/s,
//    probe p99;
//  - signed push deliveries at a fixed BENCH_RATE/s (200) for BENCH_FIXED_S s (5), each queuing a deploy
//    job (worker off): CPU µs per delivery, achieved rate, p50/p99.
// Every service is a child process (JWT mode, SQLite in a temp dir, logs at BENCH_LOG_LEVEL, default
// info: the 401s and deliveries are logged as in production, to /dev/null), so neither the load
// generators' work nor the other build lands in its event loop. BENCH_ROUNDS (2).
/* global TextEncoder */
import { spawn } from 'node:child_process';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { autocannonRun, cpuMs, registerPushApp, waitReady } from './lib.mjs';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples/api.github.com/index.json');
const push = examples.find((e) => e.name === 'push').examples.find((e) => e.ref === 'refs/heads/master');

const FLOOD_S = Number(process.env.BENCH_FLOOD_S ?? 5);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const FIXED_S = Number(process.env.BENCH_FIXED_S ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const JWT_SECRET = 'bench-secret-that-is-long-enough-for-hs256-0000';
const HOOK_SECRET = 'bench-webhook-secret-0001';
const dir = mkdtempSync(join(tmpdir(), 'klepaas-bench-floods-'));

async function startService(name, dist) {
  const env = {
    KLEPAAS_ENV: 'test',
    KLEPAAS_AUTH_MODE: 'jwt',
    KLEPAAS_JWT_SECRET: JWT_SECRET,
    KLEPAAS_LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
    KLEPAAS_DATABASE_URL: `sqlite:${join(dir, `${name}.db`)}`,
    KLEPAAS_WEBHOOK_SECRET: HOOK_SECRET,
    KLEPAAS_CICD_WORKER_ENABLED: 'false',
    ...(dist ? { BENCH_SERVICE_DIST: dist } : {}),
  };
  const child = spawn(process.execPath, [new URL('./service-child.mjs', import.meta.url).pathname], {
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, ...env },
  });
  const { url } = await waitReady(child, name);
  const { SignJWT } = await import('jose');
  const token = await new SignJWT({ scope: '*' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('bench')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(JWT_SECRET));
  await registerPushApp(url, push.repository.full_name, { authorization: `Bearer ${token}` }, name);
  return { name, url, child };
}

/** autocannon's CLI in a child process (its work stays out of ours and the service's). */
function floodProcess(url) {
  const bin = new URL('../node_modules/autocannon/autocannon.js', import.meta.url).pathname;
  const args = ['-c', '64', '-d', String(FLOOD_S), '-j', '-H', 'authorization=Bearer not-a-token', url];
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  return new Promise((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`autocannon ${code}`)),
    ),
  );
}

async function flood(s) {
  const cpu0 = cpuMs(s.child.pid);
  const [probe, f] = await Promise.all([
    autocannonRun({ url: `${s.url}/api/v1/healthz`, connections: 4, overallRate: 100, duration: FLOOD_S }),
    floodProcess(`${s.url}/api/v1/apps`),
  ]);
  const cpu = cpuMs(s.child.pid) - cpu0;
  const answered = f.non2xx + f['2xx'];
  if (f['2xx'] > 0) throw new Error(`${s.name}: ${f['2xx']} bad-token requests were answered 2xx`);
  return {
    perSec: answered / FLOOD_S,
    cpuUs: (1000 * cpu) / (answered + 100 * FLOOD_S),
    probeP99: probe.p99,
  };
}

function signedPush(req) {
  const body = JSON.stringify({ ...push, after: randomBytes(20).toString('hex') });
  return {
    ...req,
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'push',
      'x-github-delivery': randomUUID(),
      'x-hub-signature-256': `sha256=${createHmac('sha256', HOOK_SECRET).update(body).digest('hex')}`,
    },
  };
}

async function deliveries(s) {
  const outcomes = {};
  const cpu0 = cpuMs(s.child.pid);
  const r = await autocannonRun({
    url: `${s.url}/api/v1/cicd/webhook`,
    connections: 32,
    overallRate: RATE,
    duration: FIXED_S,
    requests: [
      {
        setupRequest: signedPush,
        onResponse: (status, body) => {
          const k = `${status} ${status < 300 ? JSON.parse(body).outcome : ''}`.trim();
          outcomes[k] = (outcomes[k] ?? 0) + 1;
        },
      },
    ],
  });
  const cpu = cpuMs(s.child.pid) - cpu0;
  const n = Object.values(outcomes).reduce((a, b) => a + b, 0);
  return { rate: n / FIXED_S, cpuUs: (1000 * cpu) / n, p50: r.p50, p99: r.p99, outcomes };
}

const services = [await startService('this', null)];
if (process.env.BENCH_BEFORE_DIST) services.push(await startService('before', process.env.BENCH_BEFORE_DIST));
const results = Object.fromEntries(services.map((s) => [s.name, { flood: [], hooks: [] }]));
try {
  for (const s of services) await deliveries({ ...s }).catch(() => {}); // warm-up, not counted
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 === 0 ? services : [...services].reverse();
    for (const s of order) results[s.name].flood.push(await flood(s));
    for (const s of order) results[s.name].hooks.push(await deliveries(s));
  }
} finally {
  for (const s of services) s.child.kill('SIGTERM');
}
rmSync(dir, { recursive: true, force: true });

const f0 = (x) => Number(x).toFixed(0);
const list = (xs, key) => xs.map((x) => f0(x[key])).join(' · ');
console.log(`\n== floods A/B: ${ROUNDS} alternating rounds, Node ${process.versions.node} ==`);
console.log(
  `denial flood (bad token, -c 64 × ${FLOOD_S}s) — per round: CPU µs/request, denials/s, healthz p99 ms`,
);
for (const s of services) {
  const x = results[s.name].flood;
  console.log(
    `  ${s.name.padEnd(7)} CPU ${list(x, 'cpuUs')}   ${list(x, 'perSec')}/s   p99 ${list(x, 'probeP99')}`,
  );
}
console.log(
  `signed push deliveries at ${RATE}/s × ${FIXED_S}s — per round: CPU µs/delivery, achieved/s, p50, p99 ms`,
);
for (const s of services) {
  const x = results[s.name].hooks;
  console.log(
    `  ${s.name.padEnd(7)} CPU ${list(x, 'cpuUs')}   ${list(x, 'rate')}/s   p50 ${list(x, 'p50')}   p99 ${list(x, 'p99')}   ${JSON.stringify(x.at(-1).outcomes)}`,
  );
}
process.exit(0);
