// Alerts bench (run: npm run bench:alerts). Bounded loads on 127.0.0.1 only.
// 1. Cost of AlertsService.raise() against a baseline (an empty call) in the same run: disabled mode,
//    enabled + queued (distinct alerts), enabled + suppressed (identical alerts).
// 2. HTTP latency of GET /api/v1/healthz while alerts pour into a slow Slack (200 ms per post), as a
//    ratio to the same load without alerts: alerts must not be on the request path.
import { createServer } from 'node:http';
import { clearInterval, setInterval, setTimeout } from 'node:timers';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { autocannonRun, summarize } from './lib.mjs';
import { createApp } from '../dist/app.factory.js';
import { AlertsService } from '../dist/modules/alerts/alerts.service.js';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const RAISES = Number(process.env.BENCH_RAISES ?? 50000);

const slack = createServer((req, res) => {
  req.resume();
  req.on('end', () => setTimeout(() => res.writeHead(200).end('ok'), 200));
});
await new Promise((r) => slack.listen(0, '127.0.0.1', r));
const slackUrl = `http://127.0.0.1:${slack.address().port}/services/bench`;

const dir = mkdtempSync(join(tmpdir(), 'klepaas-bench-'));
async function start(extra) {
  const app = await createApp({
    KLEPAAS_ENV: 'test',
    KLEPAAS_AUTH_MODE: 'header',
    KLEPAAS_LOG_LEVEL: 'silent',
    KLEPAAS_DATABASE_URL: `sqlite:${join(dir, `${Math.random()}.db`)}`,
    KLEPAAS_ALERTS_DRAIN_TIMEOUT_MS: '0',
    ...extra,
  });
  await app.listen(0, '127.0.0.1');
  return {
    app,
    url: `http://127.0.0.1:${app.getHttpServer().address().port}`,
    alerts: app.get(AlertsService),
  };
}

function timeLoop(fn) {
  for (let i = 0; i < 1000; i++) fn(i); // warm-up
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < RAISES; i++) fn(i);
  return Number(process.hrtime.bigint() - t0) / RAISES; // ns per call
}

const disabled = await start({});
const enabled = await start({
  KLEPAAS_SLACK_WEBHOOK_URL: slackUrl,
  KLEPAAS_ALERTS_QUEUE_SIZE: String(RAISES + 2000),
});

const sink = { n: 0 };
const baselineNs = timeLoop((i) => {
  sink.n += i & 1;
});
const disabledNs = timeLoop((i) =>
  disabled.alerts.raise({ kind: 'error', code: 'x', subject: `s${i}`, message: 'm' }),
);
const suppressedNs = timeLoop(() =>
  enabled.alerts.raise({ kind: 'error', code: 'x', subject: 'same', message: 'm' }),
);
const queuedNs = timeLoop((i) =>
  enabled.alerts.raise({ kind: 'error', code: 'x', subject: `q${i}`, message: 'm' }),
);

function load(url) {
  return autocannonRun({ url: `${url}/api/v1/healthz`, connections: CONNECTIONS, duration: DURATION_S });
}
const quiet = await start({});
// Alternate the two conditions (quiet, busy, quiet, busy) so drift on a shared machine hits both.
const runs = { base: [], busy: [] };
for (let round = 0; round < 2; round++) {
  runs.base.push(await load(quiet.url));
  // alerts flowing during the load: 20 distinct alerts every 10 ms (2000/s) into a Slack answering in 200 ms
  const flood = setInterval(() => {
    for (let i = 0; i < 20; i++)
      enabled.alerts.raise({ kind: 'error', subject: `f${Math.random()}`, message: 'm' });
  }, 10);
  runs.busy.push(await load(enabled.url));
  clearInterval(flood);
}
const base = summarize(runs.base);
const busy = summarize(runs.busy);

const f = (x) => x.toFixed(2);
console.log(`raise() cost, ${RAISES} calls each (ns/call; ratio to an empty call = ${f(baselineNs)} ns):`);
console.log(`  disabled            ${f(disabledNs)} ns  x${f(disabledNs / baselineNs)}`);
console.log(`  enabled, suppressed ${f(suppressedNs)} ns  x${f(suppressedNs / baselineNs)}`);
console.log(`  enabled, queued     ${f(queuedNs)} ns  x${f(queuedNs / baselineNs)}`);
console.log(
  `GET /api/v1/healthz, ${CONNECTIONS} connections x ${DURATION_S}s, mean of 2 alternating rounds:`,
);
console.log(
  `  baseline (no alerts)       ${f(base.rps)} req/s  p50 ${base.p50} ms  p99 ${base.p99} ms  errors ${base.errors}`,
);
console.log(
  `  with alerts to slow Slack  ${f(busy.rps)} req/s  p50 ${busy.p50} ms  p99 ${busy.p99} ms  errors ${busy.errors}`,
);
console.log(`  ratio throughput ${f(busy.rps / base.rps)}  p99 ${f(busy.p99 / Math.max(base.p99, 1))}`);

for (const a of [disabled, enabled, quiet]) await a.app.close();
slack.closeAllConnections();
slack.close();
rmSync(dir, { recursive: true, force: true });
