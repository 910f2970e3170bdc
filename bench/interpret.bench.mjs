// Interpret bench (run: npm run bench:interpret). Bounded loads on 127.0.0.1 only.
// POST /api/v1/nlp/interpret over HTTP — offline interpreter + classifier, reading the session's turns and
// rules, recording the turn and the audit record through the write-behind queue — on SQLite and on
// PostgreSQL (skipped when KLEPAAS_BENCH_POSTGRES_URL / 127.0.0.1:5432 does not answer), against two
// baselines measured in the same run: a bare Express 5 app answering the same kind of POST (JSON body in,
// small JSON out) and GET /api/v1/healthz of the same service. Each server is a child process; the load
// generator (autocannon) runs here, so both sides compete for the same CPUs on equal terms.
// After each database's run the service is stopped with SIGTERM and the audit rows and turns in the
// database are counted against the 200 answers: the queue's shutdown drain loses nothing.
// Each load also reports the service's CPU per request from /proc (what other load on a shared machine
// disturbs least). BENCH_BEFORE_DIST=/path/to/other/dist adds another build of the service on its own
// database (before/after in one run, alternating rounds).
// Knobs: BENCH_DURATION_S (default 5), BENCH_CONNECTIONS (default 32), BENCH_ROUNDS (default 2),
// BENCH_WARMUP_S (default 3: unmeasured /interpret load on each service first).
/* global fetch */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { cpuMs, startChild, summarize } from './lib.mjs';

const role = process.argv[2];
if (role === '--bare') await bareServer();
else await main();

/** The baseline: plain Express 5, a JSON body parsed and a small JSON answer. */
async function bareServer() {
  const { default: express } = await import('express');
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json());
  app.post('/api/v1/nlp/interpret', (req, res) =>
    res.json({ intent: 'status', command: String(req.body.command).length }),
  );
  const server = app.listen(0, '127.0.0.1', () =>
    console.log(`READY http://127.0.0.1:${server.address().port}`),
  );
}

async function main() {
  const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 5);
  const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
  const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
  const WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 3);
  const PG_URL = process.env.KLEPAAS_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const corpus = JSON.parse(
    readFileSync(new URL('../test/fixtures/nlp-corpus.json', import.meta.url), 'utf8'),
  );
  const commands = corpus.cases.map((c) => c.command);
  const self = new URL(import.meta.url).pathname;
  const headers = { 'x-user-id': 'bench', 'x-scopes': 'nlp:read', 'content-type': 'application/json' };

  const probe = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  const pgUp = await probe.connect().then(
    () => probe.end().then(() => true),
    () => false,
  );
  const databases = [{ name: 'sqlite' }, ...(pgUp ? [{ name: 'postgres' }] : [])];

  const bare = await startChild([self, '--bare'], 'bare express');
  const results = [];
  const builds = [
    { name: 'after', dist: undefined },
    ...(process.env.BENCH_BEFORE_DIST ? [{ name: 'before', dist: process.env.BENCH_BEFORE_DIST }] : []),
  ];
  /** One autocannon run with the CPU the measured process spent on it, per request. */
  const measured = async (pid, opts) => {
    const cpu = cpuMs(pid);
    const { default: autocannon } = await import('autocannon');
    const r = await autocannon(opts);
    const cpuUs = ((cpuMs(pid) - cpu) * 1000) / Math.max(1, r.requests.total);
    return {
      rps: r.requests.average,
      p50: r.latency.p50,
      p99: r.latency.p99,
      errors: r.errors + r.non2xx,
      cpuUs,
    };
  };
  for (const database of databases) {
    const dir = mkdtempSync(join(tmpdir(), 'klepaas-bench-interpret-'));
    const services = [];
    for (const build of builds) {
      const schema = `bench_${process.pid}_${randomBytes(3).toString('hex')}`;
      const dbEnv =
        database.name === 'sqlite'
          ? { KLEPAAS_DATABASE_URL: `sqlite:${join(dir, `${build.name}.db`)}` }
          : { KLEPAAS_DATABASE_URL: PG_URL, KLEPAAS_DATABASE_SCHEMA: schema };
      const env = {
        KLEPAAS_ENV: 'test',
        KLEPAAS_AUTH_MODE: 'header',
        KLEPAAS_LOG_LEVEL: 'silent',
        KLEPAAS_NLP_KNOWN_APPS: corpus.knownApps.join(','),
        ...dbEnv,
      };
      delete process.env.KLEPAAS_DATABASE_SCHEMA;
      delete process.env.BENCH_SERVICE_DIST;
      const service = await startChild(
        [new URL('./service-child.mjs', import.meta.url).pathname],
        `service (${build.name}) on ${database.name}`,
        { ...env, ...(build.dist ? { BENCH_SERVICE_DIST: build.dist } : {}) },
      );
      services.push({ build, service, dbEnv, schema, ok: 0, runs: { healthz: [], interpret: [] } });
    }
    const bareRuns = [];
    const interpretLoad = (s, warmup = false) => {
      let k = 0;
      const duration = warmup ? WARMUP_S : DURATION_S;
      return measured(s.service.child.pid, {
        url: `${s.service.url}/api/v1/nlp/interpret`,
        method: 'POST',
        headers,
        connections: CONNECTIONS,
        duration,
        requests: [
          {
            setupRequest: (req) => ({
              ...req,
              body: JSON.stringify({
                command: commands[k++ % commands.length],
                sessionId: `bench-${k % 50}`,
              }),
            }),
            onResponse: (status) => {
              if (status === 200 && !warmup) s.ok++;
            },
          },
        ],
      });
    };
    const post = { method: 'POST', headers, body: JSON.stringify({ command: 'web-app 상태 알려줘' }) };
    // the first seconds of load run unoptimised code (≈ 2× the CPU per request): not measured
    for (const s of services) if (WARMUP_S > 0) await interpretLoad(s, true);
    for (let round = 0; round < ROUNDS; round++) {
      bareRuns.push(
        await measured(bare.child.pid, {
          url: `${bare.url}/api/v1/nlp/interpret`,
          ...post,
          connections: CONNECTIONS,
          duration: DURATION_S,
        }),
      );
      // alternate the builds' order from round to round, so neither always runs on a warmer machine
      for (const s of round % 2 ? [...services].reverse() : services) {
        s.runs.healthz.push(
          await measured(s.service.child.pid, {
            url: `${s.service.url}/api/v1/healthz`,
            connections: CONNECTIONS,
            duration: DURATION_S,
          }),
        );
        s.runs.interpret.push(await interpretLoad(s));
      }
    }
    for (const s of services) {
      // every interpretation the service recorded (answers autocannon stopped waiting for included)
      const scrape = async () =>
        [
          ...(await (await fetch(`${s.service.url}/metrics`)).text()).matchAll(
            /^nlp_interpretations_total\{[^}]*\} (\d+)/gm,
          ),
        ].reduce((sum, m) => sum + Number(m[1]), 0);
      // requests autocannon gave up on are still answered: wait until the count stops moving
      let recorded = await scrape();
      for (let previous = -1; previous !== recorded;) {
        previous = recorded;
        await new Promise((r) => setTimeout(r, 1000));
        recorded = await scrape();
      }
      // SIGTERM: the shutdown hook drains the queue; then every recorded turn must be in the database
      const exited = new Promise((r) => s.service.child.once('exit', r));
      s.service.child.kill('SIGTERM');
      await exited;
      const rows = await countRows(database.name, s.dbEnv, s.schema);
      results.push({
        database: database.name,
        build: s.build.name,
        ok: s.ok,
        recorded,
        rows,
        bare: summarize(bareRuns),
        ...Object.fromEntries(Object.entries(s.runs).map(([k, v]) => [k, summarize(v)])),
        cpu: Object.fromEntries(
          Object.entries({ bare: bareRuns, ...s.runs }).map(([k, v]) => [
            k,
            v.reduce((sum, x) => sum + x.cpuUs, 0) / v.length,
          ]),
        ),
      });
    }
    if (database.name === 'sqlite') rmSync(dir, { recursive: true, force: true });
  }
  bare.child.kill('SIGTERM');

  const f = (x, d = 0) => x.toFixed(d);
  console.log('\n== interpret bench ==');
  console.log(
    `${CONNECTIONS} connections × ${DURATION_S}s × ${ROUNDS} alternating rounds (service and bare Express as child processes)`,
  );
  for (const r of results) {
    console.log(`${r.database}${builds.length > 1 ? ` — ${r.build}` : ''}:`);
    const line = (label, s, cpu) =>
      console.log(
        `  ${label.padEnd(34)} ${f(s.rps).padStart(7)} req/s   p50 ${s.p50} ms   p99 ${s.p99} ms   errors ${s.errors}   CPU ${f(cpu).padStart(5)} µs/req`,
      );
    line('bare Express POST (baseline)', r.bare, r.cpu.bare);
    line('GET /api/v1/healthz (same service)', r.healthz, r.cpu.healthz);
    line('POST /api/v1/nlp/interpret', r.interpret, r.cpu.interpret);
    console.log(
      `  ratio interpret/bare ${f(r.interpret.rps / r.bare.rps, 3)}   interpret/healthz ${f(r.interpret.rps / r.healthz.rps, 3)}   aim ≥ 5000 req/s: ${r.interpret.rps >= 5000 ? 'met' : 'NOT met'}`,
    );
    console.log(
      `  after SIGTERM: ${r.recorded} turns recorded (metrics; ${r.ok} answers counted by the client), ` +
        `${r.rows.audit} audit rows and ${r.rows.turns} turns in the database → ` +
        `${r.rows.audit === r.recorded && r.rows.turns === r.recorded ? 'nothing lost' : 'MISMATCH'}`,
    );
  }
  process.exit(0);
}

async function countRows(kind, env, schema) {
  if (kind === 'sqlite') {
    const { default: SQLite } = await import('better-sqlite3');
    const db = new SQLite(env.KLEPAAS_DATABASE_URL.slice('sqlite:'.length), { readonly: true });
    const n = (q) => db.prepare(q).pluck().get();
    const rows = {
      audit: n(`select count(*) from audit_log where action = 'POST /api/v1/nlp/interpret' and status = 200`),
      turns: n(`select count(*) from nlp_interactions`),
    };
    db.close();
    return rows;
  }
  const client = new pg.Client({ connectionString: env.KLEPAAS_DATABASE_URL });
  await client.connect();
  const n = async (q) => Number((await client.query(q)).rows[0].n);
  const rows = {
    audit: await n(
      `select count(*) as n from "${schema}".audit_log where action = 'POST /api/v1/nlp/interpret' and status = 200`,
    ),
    turns: await n(`select count(*) as n from "${schema}".nlp_interactions`),
  };
  await client.query(`drop schema "${schema}" cascade`);
  await client.end();
  return rows;
}
