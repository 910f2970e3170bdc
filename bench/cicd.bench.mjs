// CI/CD bench (run: npm run bench:cicd). Bounded loads on 127.0.0.1 only.
// Signed `push` deliveries (a real @octokit/webhooks-examples payload, a fresh commit sha and delivery id
// per request, HMAC-SHA256 signed) accepted per second and answer time p99, each one recording a delivery
// and queuing a staging deploy job (worker off, so the deploys stay queued) — against a baseline in the
// same run: unsigned GET /api/v1/healthz on the same app, alternating rounds. Plus the bare cost of
// @octokit/webhooks-methods verify() on that payload.
// Then a fixed rate (BENCH_RATE deliveries/s, default 200, for BENCH_FIXED_S s, default 10 — GitHub's
// pace, not the most the service takes): answer p50/p99 against healthz at the same rate, the aim being
// p99 < 50 ms with a job queued for each; with BENCH_WORKER=1 the worker runs the queued deploys (dry
// runs: no cluster) meanwhile, so a backlog of deploys competes with the answers.
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verify } from '@octokit/webhooks-methods';
import { autocannonRun, summarize } from './lib.mjs';
import { createApp } from '../dist/app.factory.js';
import { mapRepositoryForBench } from './cicd.bench-setup.mjs';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples/api.github.com/index.json');

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const VERIFIES = Number(process.env.BENCH_VERIFIES ?? 5000);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const FIXED_S = Number(process.env.BENCH_FIXED_S ?? 10);
const WORKER = process.env.BENCH_WORKER === '1';
const SECRET = 'bench-webhook-secret-0001';

const push = examples.find((e) => e.name === 'push').examples.find((e) => e.ref === 'refs/heads/master');
const dir = mkdtempSync(join(tmpdir(), 'klepaas-bench-cicd-'));

const env = {
  KLEPAAS_ENV: 'test',
  KLEPAAS_AUTH_MODE: 'header',
  KLEPAAS_LOG_LEVEL: 'silent',
  KLEPAAS_DATABASE_URL: `sqlite:${join(dir, 'bench.db')}`,
  KLEPAAS_WEBHOOK_SECRET: SECRET,
  KLEPAAS_CICD_WORKER_ENABLED: WORKER ? 'true' : 'false',
};
const setup = await mapRepositoryForBench(env, push.repository.full_name);
const app = await createApp({ ...env, ...setup.env });
await app.listen(0, '127.0.0.1');
const url = `http://127.0.0.1:${app.getHttpServer().address().port}`;
await setup.afterStart?.(url, app);

// Bare verify loop: what the HMAC check costs per delivery.
const sample = JSON.stringify(push);
const sampleSig = `sha256=${createHmac('sha256', SECRET).update(sample).digest('hex')}`;
for (let i = 0; i < 200; i++) await verify(SECRET, sample, sampleSig);
const t0 = process.hrtime.bigint();
for (let i = 0; i < VERIFIES; i++) await verify(SECRET, sample, sampleSig);
const verifyUs = Number(process.hrtime.bigint() - t0) / VERIFIES / 1000;

const outcomes = {};
function signedPush(req) {
  const payload = { ...push, after: randomBytes(20).toString('hex') };
  const body = JSON.stringify(payload);
  return {
    ...req,
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'push',
      'x-github-delivery': randomUUID(),
      'x-hub-signature-256': `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`,
    },
  };
}

function load(kind, fixed = {}) {
  const opts =
    kind === 'push'
      ? {
          url: `${url}/api/v1/cicd/webhook`,
          requests: [{ setupRequest: signedPush, onResponse: (status, body) => count(status, body) }],
        }
      : { url: `${url}/api/v1/healthz` };
  return autocannonRun({ ...opts, connections: CONNECTIONS, duration: DURATION_S, ...fixed });
}
function count(status, body) {
  let outcome = String(status);
  try {
    outcome += ` ${JSON.parse(body).outcome}`;
  } catch {
    /* not JSON */
  }
  outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
}

const runs = { base: [], push: [] };
for (let round = 0; round < 2; round++) {
  runs.base.push(await load('healthz'));
  runs.push.push(await load('push'));
}
const base = summarize(runs.base);
const hooks = summarize(runs.push);
// fixed rate, one round each (alternating): p99 at GitHub's pace, not at saturation
const saturatedOutcomes = { ...outcomes };
for (const k of Object.keys(outcomes)) delete outcomes[k];
const atRate = { connections: 32, overallRate: RATE, duration: FIXED_S };
const fixedBase = await load('healthz', atRate);
const fixedPush = await load('push', atRate);
const fixedOutcomes = { ...outcomes };

const f = (x) => x.toFixed(2);
console.log(`verify() on a ${sample.length}-byte push payload: ${f(verifyUs)} µs/call (${VERIFIES} calls)`);
console.log(`${CONNECTIONS} connections x ${DURATION_S}s, mean of 2 alternating rounds:`);
console.log(
  `  baseline GET /api/v1/healthz  ${f(base.rps)} req/s  p50 ${base.p50} ms  p99 ${base.p99} ms  errors ${base.errors}`,
);
console.log(
  `  signed push deliveries        ${f(hooks.rps)} req/s  p50 ${hooks.p50} ms  p99 ${hooks.p99} ms  errors ${hooks.errors}`,
);
console.log(`  answers: ${JSON.stringify(saturatedOutcomes)}`);
console.log(`  ratio throughput ${f(hooks.rps / base.rps)}  p99 ${f(hooks.p99 / Math.max(base.p99, 1))}`);
console.log(`  p99 vs GitHub's 10 s delivery timeout: ${f(hooks.p99 / 10000)}`);
console.log(
  `fixed rate ${RATE}/s × ${FIXED_S}s (32 connections), worker ${WORKER ? 'running the deploys' : 'off'}:`,
);
console.log(
  `  baseline GET /api/v1/healthz  ${f(fixedBase.rps)} req/s  p50 ${fixedBase.p50} ms  p99 ${fixedBase.p99} ms  errors ${fixedBase.errors}`,
);
console.log(
  `  signed push deliveries        ${f(fixedPush.rps)} req/s  p50 ${fixedPush.p50} ms  p99 ${fixedPush.p99} ms  errors ${fixedPush.errors}`,
);
console.log(`  answers: ${JSON.stringify(fixedOutcomes)}`);
console.log(
  `  p99 ${fixedPush.p99} ms (healthz ${fixedBase.p99} ms at the same rate) → aim p99 < 50 ms: ${fixedPush.p99 < 50 ? 'met' : 'NOT met'}`,
);

await app.close();
await setup.cleanup?.();
rmSync(dir, { recursive: true, force: true });
