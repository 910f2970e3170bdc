// Foundation benchmark: the real service (built dist/, embedded SQLite in a temp dir) against a bare
// Express app answering the same JSON, both loaded with autocannon on 127.0.0.1 in the same run.
//   npm run bench:foundation
// Knobs (env): BENCH_DURATION (s per measurement, default 5), BENCH_WARMUP (s, default 2),
// BENCH_CONNECTIONS (default 10), BENCH_ROUNDS (alternating rounds per target, default 2),
// BENCH_BARE_NEST=1 adds a third target: bare NestJS on Express (one controller, no logging, metrics,
// guards or interceptors), which splits the gap into framework cost and the service's own cost;
// BENCH_BEFORE_DIST=/path/to/other/dist adds another build of the service (before/after in one run).
// BENCH_LOG_LEVEL (info). Besides req/s, each server's CPU time per request (from /proc) is printed:
// on a loaded machine it moves much less than req/s.
// Both servers run as child processes of this script, so they compete for CPU on equal terms.
/* global fetch, TextEncoder, Buffer */
import { spawn } from 'node:child_process';
import { createSecretKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { freePort, waitForHttp } from './lib.mjs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SECRET = 'bench-secret-that-is-long-enough-for-hs256-0000';
const CLOCK_TICKS = 100; // USER_HZ on Linux
// Baselines verify with a key built once, as the service does (jsonwebtoken rebuilds a string key per call).
const VERIFY_KEY = createSecretKey(Buffer.from(SECRET, 'utf8'));

if (process.argv[2] === '--bare-server') {
  await runBareExpress(Number(process.argv[3]));
} else if (process.argv[2] === '--bare-nest') {
  await runBareNest(Number(process.argv[3]));
} else {
  await main();
}

/**
 * The audit page query the service runs (AuditRepository.find, newest first, one row more than the page
 * to know whether there is a next one) on the service's own SQLite file, shaped as AuditService.find
 * shapes it — what a bare app serving the same endpoint from the same database would do.
 */
async function auditQuery(file) {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const select = db.prepare('select * from "audit_log" order by "created_at" desc, "id" desc limit ?');
  return (limit) => {
    const rows = select.all(limit + 1);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((r) => ({
        id: r.id,
        time: r.created_at,
        userId: r.user_id,
        ip: r.ip,
        action: r.action,
        resource: r.resource,
        status: r.status,
        requestId: r.request_id,
        details: r.details ? JSON.parse(r.details) : null,
      })),
      nextCursor:
        rows.length > limit ? Buffer.from(`${last.created_at}|${last.id}`).toString('base64url') : null,
    };
  };
}

/**
 * The baseline: plain Express 5, JSON body, the same HS256 verification the service does (jsonwebtoken)
 * and, for the audit route, the same query on the same database file (BENCH_DATABASE).
 */
async function runBareExpress(port) {
  const { default: express } = await import('express');
  const { default: jwt } = await import('jsonwebtoken');
  const healthBody = JSON.parse(process.env.BENCH_HEALTH_BODY);
  const auditPage = await auditQuery(process.env.BENCH_DATABASE);
  const app = express();
  app.disable('x-powered-by');
  app.get('/api/v1/healthz', (_req, res) => res.json({ status: 'ok' }));
  app.get('/api/v1/health', (_req, res) => res.json(healthBody));
  app.get('/api/v1/audit', (req, res) => {
    const header = req.headers.authorization ?? '';
    try {
      const claims = jwt.verify(header.slice('Bearer '.length), VERIFY_KEY, { algorithms: ['HS256'] });
      const scopes = String(claims.scope ?? '').split(' ');
      if (!scopes.includes('audit:read')) return res.status(403).json({ error: 'insufficient_scope' });
    } catch {
      return res.status(401).json({ error: 'unauthorized' });
    }
    return res.json(auditPage(Math.min(Math.max(Number(req.query.limit ?? 50), 1), 500)));
  });
  app.listen(port, '127.0.0.1');
}

/** Optional middle baseline: NestJS on Express with one plain controller and nothing else. */
async function runBareNest(port) {
  await import('reflect-metadata');
  const { Controller, Get, Module, Req } = await import('@nestjs/common');
  const { NestFactory } = await import('@nestjs/core');
  const { default: jwt } = await import('jsonwebtoken');
  const healthBody = JSON.parse(process.env.BENCH_HEALTH_BODY);
  const auditPage = await auditQuery(process.env.BENCH_DATABASE);
  class BareController {
    healthz() {
      return { status: 'ok' };
    }
    health() {
      return healthBody;
    }
    audit(req) {
      const claims = jwt.verify((req.headers.authorization ?? '').slice(7), VERIFY_KEY, {
        algorithms: ['HS256'],
      });
      if (
        !String(claims.scope ?? '')
          .split(' ')
          .includes('audit:read')
      )
        throw new Error('insufficient_scope');
      return auditPage(Math.min(Math.max(Number(req.query.limit ?? 50), 1), 500));
    }
  }
  // Decorators applied by hand (plain .mjs has no decorator syntax).
  for (const name of ['healthz', 'health', 'audit']) {
    const descriptor = Object.getOwnPropertyDescriptor(BareController.prototype, name);
    Get(name)(BareController.prototype, name, descriptor);
  }
  Req()(BareController.prototype, 'audit', 0);
  Controller('api/v1')(BareController);
  class BareModule {}
  Module({ controllers: [BareController] })(BareModule);
  const app = await NestFactory.create(BareModule, { logger: false });
  app.getHttpAdapter().getInstance().disable('x-powered-by');
  await app.listen(port, '127.0.0.1');
}

async function main() {
  const { default: autocannon } = await import('autocannon');
  const { SignJWT } = await import('jose');
  const num = (name, fallback) => (process.env[name] ? Number(process.env[name]) : fallback);
  const duration = num('BENCH_DURATION', 5);
  const warmup = num('BENCH_WARMUP', 2);
  const connections = num('BENCH_CONNECTIONS', 10);
  const rounds = num('BENCH_ROUNDS', 2);

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
    const token = await new SignJWT({ scope: 'audit:read' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('bench')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(SECRET));
    const auth = { authorization: `Bearer ${token}` };

    // The service as production runs it (JWT mode, JSON logs at info), on its own temp SQLite file.
    const startService = async (distDir, dbFile) => {
      const port = await freePort();
      const child = spawn(process.execPath, [join(distDir, 'main.js')], {
        cwd: dir, // no developer .env is picked up
        env: {
          PATH: process.env.PATH,
          NODE_ENV: 'production',
          KLEPAAS_ENV: 'production',
          HOST: '127.0.0.1',
          PORT: String(port),
          KLEPAAS_DATABASE_URL: `sqlite:${dbFile}`,
          KLEPAAS_AUTH_MODE: 'jwt',
          KLEPAAS_JWT_SECRET: SECRET,
          KLEPAAS_LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
          KLEPAAS_DOCS_ENABLED: 'false',
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      children.push(child);
      const url = `http://127.0.0.1:${port}`;
      await waitForHttp(`${url}/api/v1/healthz`, child);
      // Some audit rows to page through: denied requests are audited.
      for (let i = 0; i < 30; i++) await fetch(`${url}/api/v1/audit?limit=1`);
      return { url, pid: child.pid };
    };
    const service = await startService(join(ROOT, 'dist'), join(dir, 'klepaas.db'));
    const serviceUrl = service.url;
    // The bare app answers exactly what the service answers.
    const healthBody = await getJson(`${serviceUrl}/api/v1/health`);
    const baselineEnv = {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      BENCH_HEALTH_BODY: JSON.stringify(healthBody),
      BENCH_DATABASE: join(dir, 'klepaas.db'),
    };
    const startBaseline = async (mode) => {
      const port = await freePort();
      const child = spawn(process.execPath, [fileURLToPath(import.meta.url), mode, String(port)], {
        env: baselineEnv,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      children.push(child);
      const url = `http://127.0.0.1:${port}`;
      await waitForHttp(`${url}/api/v1/healthz`, child);
      return { url, pid: child.pid };
    };
    const express = await startBaseline('--bare-server');
    const targetUrls = { service: serviceUrl, express: express.url };
    const pids = { service: service.pid, express: express.pid };
    if (process.env.BENCH_BARE_NEST === '1') {
      const nest = await startBaseline('--bare-nest');
      targetUrls.nest = nest.url;
      pids.nest = nest.pid;
    }
    if (process.env.BENCH_BEFORE_DIST) {
      // Another build of the service (e.g. main's dist/), measured alike: before/after in one run.
      const before = await startService(process.env.BENCH_BEFORE_DIST, join(dir, 'before.db'));
      targetUrls.before = before.url;
      pids.before = before.pid;
    }
    const names = Object.keys(targetUrls);

    const cases = [
      { name: 'GET /api/v1/health', path: '/api/v1/health', headers: {} },
      { name: 'GET /api/v1/audit?limit=1 (JWT)', path: '/api/v1/audit?limit=1', headers: auth },
      { name: 'GET /api/v1/healthz', path: '/api/v1/healthz', headers: {} },
    ];

    const load = (url, headers, seconds) =>
      autocannon({ url, headers, connections, duration: seconds, pipelining: 1 });

    console.log(
      `foundation bench: ${connections} connections, ${rounds} x ${duration} s per target and route ` +
        `(after ${warmup} s warm-up), Node ${process.versions.node}, 127.0.0.1\n`,
    );
    const rows = [];
    for (const c of cases) {
      if (warmup > 0) for (const n of names) await load(targetUrls[n] + c.path, c.headers, warmup);
      const acc = Object.fromEntries(names.map((n) => [n, []]));
      for (let r = 0; r < rounds; r++) {
        // Alternate the order so drift on a shared machine hits every target alike.
        const order = r % 2 === 0 ? names : [...names].reverse();
        for (const n of order) {
          const cpuBefore = cpuMs(pids[n]);
          const res = await load(targetUrls[n] + c.path, c.headers, duration);
          res.cpuMs = cpuMs(pids[n]) - cpuBefore;
          if (res.non2xx > 0 || res.errors > 0 || res.timeouts > 0) {
            throw new Error(
              `${n} ${c.path}: ${res.non2xx} non-2xx, ${res.errors} errors, ${res.timeouts} timeouts`,
            );
          }
          acc[n].push(res);
        }
      }
      const summarise = (list) => ({
        rps: list.reduce((s, x) => s + x.requests.average, 0) / list.length,
        p99: list.reduce((s, x) => s + x.latency.p99, 0) / list.length,
        // Server CPU time per request: less sensitive than req/s to other load on the machine.
        cpuUs:
          (1000 * list.reduce((s, x) => s + x.cpuMs, 0)) / list.reduce((s, x) => s + x.requests.total, 0),
      });
      rows.push({ name: c.name, ...Object.fromEntries(names.map((n) => [n, summarise(acc[n])])) });
    }

    const pad = (s, n) => String(s).padEnd(n);
    const lpad = (s, n) => String(s).padStart(n);
    const label = { service: 'service', express: 'express', nest: 'bare nest', before: 'before' };
    const pct = (a, b) => `${((100 * a) / b).toFixed(1)}%`;
    console.log(
      pad('route', 34) +
        names.map((n) => lpad(`${label[n]} req/s`, 16) + lpad('p99 ms', 8) + lpad('CPU µs', 8)).join('') +
        lpad('service/express', 17) +
        (targetUrls.nest ? lpad('nest/express', 14) : '') +
        (targetUrls.before ? lpad('before/express', 16) : ''),
    );
    for (const r of rows) {
      console.log(
        pad(r.name, 34) +
          names
            .map(
              (n) =>
                lpad(r[n].rps.toFixed(0), 16) + lpad(r[n].p99.toFixed(1), 8) + lpad(fmtCpu(r[n].cpuUs), 8),
            )
            .join('') +
          lpad(pct(r.service.rps, r.express.rps), 17) +
          (targetUrls.nest ? lpad(pct(r.nest.rps, r.express.rps), 14) : '') +
          (targetUrls.before ? lpad(pct(r.before.rps, r.express.rps), 16) : ''),
      );
    }
    const aims = {
      'GET /api/v1/health': 0.85,
      'GET /api/v1/healthz': 0.85,
      'GET /api/v1/audit?limit=1 (JWT)': 0.7,
    };
    console.log('');
    for (const r of rows) {
      const ratio = r.service.rps / r.express.rps;
      console.log(
        `${r.name}: service at ${(100 * ratio).toFixed(1)}% of bare Express req/s ` +
          `(aim >= ${100 * aims[r.name]}%): ${ratio >= aims[r.name] ? 'MET' : 'BELOW AIM'}`,
      );
    }
  } finally {
    cleanup();
  }
}

/** utime + stime of a process in ms (Linux /proc; NaN elsewhere). */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}

function fmtCpu(us) {
  return Number.isFinite(us) ? us.toFixed(0) : '-';
}

async function getJson(url, headers = {}) {
  const res = await fetch(url, { headers });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${await res.text()}`);
  return res.json();
}
