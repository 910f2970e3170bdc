// Denial-flood bench (run: npm run bench:denial-flood). Bounded loads on 127.0.0.1 only.
// An unauthenticated flood — GET /api/v1/apps with a bad bearer token, autocannon -c 64 for BENCH_FLOOD_S s
// (default 10), as fast as the load generator goes, in its own process — while this process probes
// GET /api/v1/healthz at a steady BENCH_PROBE_RATE/s (default 100). The same probe without the flood, in the
// same run, is the baseline. Aim: healthz p99 < 50 ms under the flood, and at most one audit row per
// (caller, route, status, second) whose counts add up to the denials answered.
// The service (SQLite in a temp dir, JWT mode) is a child process; so is the flood generator, so neither
// the flood's nor the probe's client work lands in the other's event loop.
/* global fetch */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { autocannonRun, startChild } from './lib.mjs';

const FLOOD_S = Number(process.env.BENCH_FLOOD_S ?? 10);
const PROBE_RATE = Number(process.env.BENCH_PROBE_RATE ?? 100);
const dir = mkdtempSync(join(tmpdir(), 'klepaas-bench-flood-'));
const dbFile = join(dir, 'bench.db');
Object.assign(process.env, {
  KLEPAAS_ENV: 'test',
  KLEPAAS_AUTH_MODE: 'jwt',
  KLEPAAS_JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256-0000',
  KLEPAAS_LOG_LEVEL: 'silent',
  KLEPAAS_DATABASE_URL: `sqlite:${dbFile}`,
  // the bench floods from one IP: the auth-failure alert would fire once and stay quiet, as in production
});
const service = await startChild([new URL('./service-child.mjs', import.meta.url).pathname], 'service');

const probe = () =>
  autocannonRun({
    url: `${service.url}/api/v1/healthz`,
    connections: 4,
    overallRate: PROBE_RATE,
    duration: FLOOD_S,
  });

/** autocannon's CLI in a child process; resolves with its JSON result. */
function flood() {
  const bin = new URL('../node_modules/autocannon/autocannon.js', import.meta.url).pathname;
  const child = spawn(
    process.execPath,
    [
      bin,
      '-c',
      '64',
      '-d',
      String(FLOOD_S),
      '-j',
      '-H',
      'authorization=Bearer not-a-token',
      `${service.url}/api/v1/apps`,
    ],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  return new Promise((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`autocannon exited ${code}`)),
    ),
  );
}

const quiet = await probe();
const [underFlood, flooded] = await Promise.all([probe(), flood()]);

const metrics = await (await fetch(`${service.url}/metrics`)).text();
const shed = [...metrics.matchAll(/^klepaas_audit_denials_shed_total\{[^}]*\} (\d+)/gm)].reduce(
  (s, m) => s + Number(m[1]),
  0,
);
const exited = new Promise((r) => service.child.once('exit', r));
service.child.kill('SIGTERM');
await exited;

const { default: SQLite } = await import('better-sqlite3');
const db = new SQLite(dbFile, { readonly: true });
const rows = db
  .prepare(
    `select count(*) as rows, coalesce(sum(count), 0) as denials, coalesce(max(count), 0) as biggest,
              count(distinct substr(created_at, 1, 19)) as seconds
            from audit_log where action = 'GET /api/v1/apps' and status = 401`,
  )
  .get();
db.close();
rmSync(dir, { recursive: true, force: true });

const answered = flooded.non2xx + flooded['2xx'];
const f = (x, d = 0) => Number(x).toFixed(d);
console.log('\n== denial-flood bench ==');
console.log(
  `flood: GET /api/v1/apps with a bad token, 64 connections × ${FLOOD_S}s (autocannon in its own process)`,
);
console.log(
  `  ${f(flooded.requests.average)} req/s, ${answered} answered (${flooded.non2xx} non-2xx), p99 ${flooded.latency.p99} ms, errors ${flooded.errors}`,
);
console.log(`probe: GET /api/v1/healthz at ${PROBE_RATE}/s, 4 connections, ${FLOOD_S}s`);
console.log(
  `  without flood (baseline)   p50 ${quiet.p50} ms   p99 ${quiet.p99} ms   errors ${quiet.errors}`,
);
console.log(
  `  under the flood            p50 ${underFlood.p50} ms   p99 ${underFlood.p99} ms   errors ${underFlood.errors}`,
);
console.log(
  `  aim healthz p99 < 50 ms under the flood: ${underFlood.p99 < 50 ? 'met' : 'NOT met'}   (p99 ratio flood/quiet ${f(underFlood.p99 / Math.max(quiet.p99, 1), 2)})`,
);
console.log(
  `audit: ${rows.rows} rows for ${flooded.non2xx} denials (counts add up to ${rows.denials}, largest bucket ${rows.biggest}), ` +
    `${shed} shed, over ${rows.seconds} distinct seconds → ` +
    `${rows.denials + shed >= flooded.non2xx && rows.rows === rows.seconds ? 'one row per second, every denial counted' : 'CHECK'}`,
);
process.exit(0);
