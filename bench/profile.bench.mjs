// Where the service's CPU goes per request: starts the built service (production mode, JWT auth, logs at
// info, temp SQLite) with V8's CPU profiler preloaded, warms it up, profiles only a load window of one
// route under autocannon, and prints self time per request by function and by package.
//   npm run bench:profile                                # GET /api/v1/health
//   BENCH_PATH=/api/v1/audit?limit=1 BENCH_AUTH=1 npm run bench:profile
//   BENCH_PATH=/api/v1/nlp/interpret BENCH_BODY=corpus BENCH_AUTH=1 BENCH_BASELINE=0 npm run bench:profile
//   node bench/profile.bench.mjs --summary file.cpuprofile [requests]   # summarise a saved profile
// Knobs (env): BENCH_PATH, BENCH_METHOD (GET, or POST when BENCH_BODY is set), BENCH_BODY (a JSON body
// sent with every request, or `corpus`: the NLP corpus' commands in turn over 50 sessions, as
// bench/interpret.bench.mjs sends them, with the corpus' app names known), BENCH_AUTH=1 (bearer JWT with every scope; BENCH_AUTH=bad: a malformed one,
// every request a 401 — the denial flood's path), BENCH_DURATION (s, 10),
// BENCH_WARMUP (s, 3), BENCH_CONNECTIONS (10), BENCH_LOG_LEVEL (info), BENCH_TOP (rows, 25),
// BENCH_PROFILE_OUT (keep the .cpuprofile there; open it in Chrome DevTools or speedscope for a flame graph).
/* global fetch, TextEncoder */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, copyFileSync } from 'node:fs';
import { freePort, waitForHttp } from './lib.mjs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SECRET = 'bench-secret-that-is-long-enough-for-hs256-0000';

if (process.argv[2] === '--summary') {
  const profile = JSON.parse(readFileSync(process.argv[3], 'utf8'));
  printSummary(profile, Number(process.argv[4] ?? 0), Number(process.env.BENCH_TOP ?? 25));
} else {
  await main();
}

async function main() {
  const { default: autocannon } = await import('autocannon');
  const { SignJWT } = await import('jose');
  const num = (name, fallback) => (process.env[name] ? Number(process.env[name]) : fallback);
  const path = process.env.BENCH_PATH ?? '/api/v1/health';
  const duration = num('BENCH_DURATION', 10);
  const warmup = num('BENCH_WARMUP', 3);
  const connections = num('BENCH_CONNECTIONS', 10);
  const corpus = process.env.BENCH_BODY === 'corpus' ? nlpCorpus() : undefined;
  const method = process.env.BENCH_METHOD ?? (process.env.BENCH_BODY ? 'POST' : 'GET');
  const dir = mkdtempSync(join(tmpdir(), 'klepaas-profile-'));
  const profileFile = join(dir, 'service.cpuprofile');
  const port = await freePort();
  const service = spawn(
    process.execPath,
    ['--import', join(ROOT, 'bench/cpu-profile-preload.mjs'), join(ROOT, 'dist/main.js')],
    {
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        KLEPAAS_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        KLEPAAS_DATABASE_URL: `sqlite:${join(dir, 'klepaas.db')}`,
        KLEPAAS_AUTH_MODE: 'jwt',
        KLEPAAS_JWT_SECRET: SECRET,
        KLEPAAS_LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
        KLEPAAS_DOCS_ENABLED: 'false',
        KLEPAAS_CPU_PROFILE: profileFile,
        ...(corpus ? { KLEPAAS_NLP_KNOWN_APPS: corpus.knownApps.join(',') } : {}),
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const children = [service];
  try {
    const url = `http://127.0.0.1:${port}`;
    await waitForHttp(`${url}/api/v1/healthz`, service);
    const headers = process.env.BENCH_BODY ? { 'content-type': 'application/json' } : {};
    if (process.env.BENCH_AUTH === 'bad') headers.authorization = 'Bearer not-a-token';
    if (process.env.BENCH_AUTH === '1') {
      // the audit read's token is foundation.bench's (the bare baseline checks for audit:read, not '*')
      const scope = path.startsWith('/api/v1/audit') ? 'audit:read' : '*';
      const token = await new SignJWT({ scope })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('bench')
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode(SECRET));
      headers.authorization = `Bearer ${token}`;
    }
    const profileOne = async (child, base, file) => {
      let k = 0;
      const body = (i) =>
        corpus
          ? JSON.stringify({
              command: corpus.commands[i % corpus.commands.length],
              sessionId: `bench-${i % 50}`,
            })
          : process.env.BENCH_BODY;
      const requests = [{ setupRequest: (req) => ({ ...req, body: body(k++) }) }];
      const load = (seconds) =>
        autocannon({
          url: base + path,
          method,
          headers,
          connections,
          duration: seconds,
          ...(process.env.BENCH_BODY ? { requests } : {}),
        });
      if (warmup > 0) await load(warmup);
      child.kill('SIGWINCH');
      await new Promise((r) => setTimeout(r, 200));
      const res = await load(duration);
      child.kill('SIGWINCH');
      const deadline = Date.now() + 30_000;
      while (!existsSync(file) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      const refused = process.env.BENCH_AUTH === 'bad' && child === service ? res['2xx'] : res.non2xx;
      if (refused > 0 || res.errors > 0)
        throw new Error(`${refused} unexpected answers, ${res.errors} errors`);
      return { res, profile: JSON.parse(readFileSync(file, 'utf8')) };
    };
    const top = num('BENCH_TOP', 25);
    const svc = await profileOne(service, url, profileFile);
    if (process.env.BENCH_PROFILE_OUT) copyFileSync(profileFile, process.env.BENCH_PROFILE_OUT);
    const results = [['service', svc]];
    if (process.env.BENCH_BASELINE !== '0') {
      // The bare Express baseline of bench/foundation.bench.mjs, answering the same JSON, profiled alike.
      const basePort = await freePort();
      const baseFile = join(dir, 'express.cpuprofile');
      const auditBody = path.startsWith('/api/v1/audit')
        ? await getJson(`${url}/api/v1/audit?limit=1`, headers)
        : {};
      const express = spawn(
        process.execPath,
        [
          '--import',
          join(ROOT, 'bench/cpu-profile-preload.mjs'),
          join(ROOT, 'bench/foundation.bench.mjs'),
          '--bare-server',
          String(basePort),
        ],
        {
          cwd: dir,
          env: {
            PATH: process.env.PATH,
            NODE_ENV: 'production',
            BENCH_HEALTH_BODY: JSON.stringify(await getJson(`${url}/api/v1/health`)),
            BENCH_AUDIT_BODY: JSON.stringify(auditBody),
            BENCH_DATABASE: join(dir, 'klepaas.db'),
            KLEPAAS_CPU_PROFILE: baseFile,
          },
          stdio: ['ignore', 'ignore', 'inherit'],
        },
      );
      children.push(express);
      const baseUrl = `http://127.0.0.1:${basePort}`;
      await waitForHttp(`${baseUrl}/api/v1/healthz`, express);
      results.push(['bare express', await profileOne(express, baseUrl, baseFile)]);
    }
    const busy = {};
    for (const [name, { res, profile }] of results) {
      console.log(
        `\n=== ${name}: ${method} ${path}: ${res.requests.total} requests in ${duration} s ` +
          `(${res.requests.average.toFixed(0)} req/s, ${connections} connections, Node ${process.versions.node})\n`,
      );
      busy[name] = printSummary(profile, res.requests.total, top);
    }
    if (busy['bare express'])
      console.log(
        `\nbusy CPU per request: service ${busy.service.toFixed(1)} µs, bare express ${busy['bare express'].toFixed(1)} µs ` +
          `(service/express ${(busy['bare express'] / busy.service).toFixed(2)} in throughput terms)`,
      );
  } finally {
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Self time per function and per package, in µs per request when `requests` is given. */
function printSummary(profile, requests, top) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map(); // node id -> µs
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    // The delta after a sample is the time spent in it.
    const dt = deltas[i + 1] ?? 0;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
  }
  const total = [...self.values()].reduce((s, x) => s + x, 0);
  const fnTotals = new Map();
  const pkgTotals = new Map();
  for (const [id, us] of self) {
    const { callFrame } = byId.get(id);
    const where = location(callFrame.url);
    const name = callFrame.functionName || '(anonymous)';
    const key = callFrame.url ? `${name}  ${where}:${callFrame.lineNumber + 1}` : name;
    fnTotals.set(key, (fnTotals.get(key) ?? 0) + us);
    const pkg = packageOf(callFrame.url, name);
    pkgTotals.set(pkg, (pkgTotals.get(pkg) ?? 0) + us);
  }
  const per = (us) => (requests > 0 ? `${(us / requests).toFixed(2).padStart(8)} µs/req` : '');
  const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
  console.log(`total sampled: ${(total / 1000).toFixed(0)} ms${requests ? ` = ${per(total)}` : ''}`);
  const idle = fnTotals.get('(idle)') ?? 0;
  console.log(
    `busy (not idle): ${((total - idle) / 1000).toFixed(0)} ms${requests ? ` = ${per(total - idle)}` : ''}\n`,
  );
  console.log('by package (self time):');
  for (const [k, us] of [...pkgTotals].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${pct(us)} ${per(us)}  ${k}`);
  console.log('\nby function (self time):');
  for (const [k, us] of [...fnTotals].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${pct(us)} ${per(us)}  ${k}`);
  return requests > 0 ? (total - idle) / requests : NaN;
}

function location(url) {
  if (!url) return '';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) return path.slice(nm + 'node_modules/'.length);
  return path.startsWith('/') ? relative(ROOT, path) : path;
}

function packageOf(url, name) {
  if (!url) return name.startsWith('(') ? name : '(native/V8)';
  if (url.startsWith('node:')) return 'node: (core)';
  const path = location(url);
  if (path.startsWith('dist/')) return `service ${path.split('/').slice(0, 3).join('/')}`;
  const parts = path.split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

function nlpCorpus() {
  const corpus = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/nlp-corpus.json'), 'utf8'));
  return { commands: corpus.cases.map((c) => c.command), knownApps: corpus.knownApps };
}

async function getJson(url, headers = {}) {
  const res = await fetch(url, { headers });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${await res.text()}`);
  return res.json();
}
