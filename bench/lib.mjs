// Helpers shared by the bench scripts.
/* global fetch */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';

/** One autocannon run, reduced to { rps, p50, p99, errors } (errors include non-2xx answers). */
export async function autocannonRun(opts) {
  // Imported here, not at the top: the bench scripts also run the measured servers (child roles), whose
  // memory must not include the load generator's.
  const { default: autocannon } = await import('autocannon');
  const r = await autocannon(opts);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

const mean = (xs, key) => xs.reduce((s, x) => s + x[key], 0) / xs.length;

/** Mean rps / p50 / p99 and total errors over several autocannon rounds ({ rps, p50, p99, errors } each). */
export const summarize = (xs) => ({
  rps: mean(xs, 'rps'),
  p50: mean(xs, 'p50'),
  p99: mean(xs, 'p99'),
  errors: xs.reduce((s, x) => s + x.errors, 0),
});

/**
 * The memory settings the service runs with (Dockerfile, `npm start`; keep the three in step): a young
 * generation of 2 × 8 MiB instead of V8's size-scaled default (2 × 64 MiB on a large host, most of it resident
 * for nothing), an old generation capped at 512 MiB (with its default limit, sized from the host's memory —
 * 4 GiB here — V8 lets garbage grow to ~3× the live heap before a full GC; at 512 MiB it collects at
 * ≤ 1.4×), and two glibc malloc arenas instead of 8 per core. BENCH_APP_NODE_FLAGS overrides the flags
 * (experiments).
 */
export const APP_NODE_FLAGS = process.env.BENCH_APP_NODE_FLAGS?.split(' ').filter(Boolean) ?? [
  '--max-semi-space-size=8',
  '--max-old-space-size=512',
];
export const APP_ENV = { MALLOC_ARENA_MAX: '2' };

/**
 * Starts `node <nodeArgs>` and resolves once it prints `READY <url> [<extra>]` on stdout
 * (stderr is inherited); rejects if it exits first. `label` names it in that error; `env` is added to ours.
 */
export function startChild(nodeArgs, label, env = {}) {
  const child = spawn(process.execPath, nodeArgs, {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  return waitReady(child, label).then(({ url, extra }) => ({ child, url, extra }));
}

/**
 * Registers the app a bench's signed pushes deploy ("hello", mapped to `repository`): every push then
 * queues a deploy job through the real apps registry. `headers` carry the caller's credentials.
 */
export async function registerPushApp(url, repository, headers, label) {
  const res = await fetch(`${url}/api/v1/apps`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'hello', image: 'ghcr.io/acme/hello', githubRepo: repository }),
  });
  if (!res.ok) throw new Error(`${label}: POST /apps ${res.status} ${await res.text()}`);
}

/**
 * Resolves with what a child prints as `READY <url> [<extra>]` on stdout, then drains the rest of its
 * stdout (a request log must not fill the pipe and stall it); rejects if it exits first.
 */
export function waitReady(child, label) {
  return new Promise((resolve, reject) => {
    let buf = '';
    const onData = (d) => {
      buf += d;
      const m = /READY (\S+)(?: (\S+))?\n/.exec(buf);
      if (m) {
        child.stdout.off('data', onData);
        child.stdout.resume();
        resolve({ url: m[1], extra: m[2] });
      }
    };
    child.stdout.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${label} exited with ${code}`)));
  });
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * CPU time a process (and its reaped children, e.g. kubectl) has used, in ms (Linux /proc). On a shared
 * machine, CPU ms per call is the figure that other people's load disturbs least.
 */
export function cpuMs(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from 3 (state) on
  const ticks = Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]); // utime stime cutime cstime
  return (ticks * 1000) / CLOCK_TICKS;
}

/** VmRSS of a process in MiB (Linux /proc). */
export function rssMiB(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** A port nothing listens on right now (the kernel's pick), for a child process to take. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Polls `url` until it answers 2xx; fails at once if `child` exits, or after `timeoutMs`. */
export async function waitForHttp(url, child, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: process exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/**
 * An open-loop load at an even pace: request i is due at start + i/rate s, sent then over a pool of up to
 * `connections` kept-alive sockets (queued in the agent when all are busy), and its latency is counted
 * from when it was DUE, so a late answer delays the next ones' figures too (coordinated omission
 * corrected properly). autocannon's `overallRate` is not this: each connection sends its share of the
 * second back to back as soon as the second starts (a burst of `rate` requests, `connections` at a time,
 * then silence), and its correction records every answer slower than 1 ms again at 1 ms steps below it.
 * `request(i)` → { method, path, headers, body }; `onResponse(status, body)` sees every answer.
 * Resolves with { sent, answered, p50, p90, p99, max, errors } (ms; errors = network errors and non-2xx).
 */
export async function pacedRun({ url, rate, duration, connections = 32, request, onResponse }) {
  const { Agent, request: httpRequest } = await import('node:http');
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(url);
  const total = Math.round(rate * duration);
  const latencies = [];
  let errors = 0;
  const start = performance.now() + 5;
  const inFlight = [];
  const send = (i) => {
    const due = start + (i * 1000) / rate;
    const r = request(i);
    inFlight.push(
      new Promise((resolve) => {
        const req = httpRequest(
          {
            host: target.hostname,
            port: target.port,
            agent,
            method: r.method,
            path: r.path,
            headers: r.headers,
          },
          (res) => {
            const chunks = [];
            res.setEncoding('utf8');
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => {
              latencies.push(performance.now() - due);
              if (res.statusCode >= 300) errors++;
              onResponse?.(res.statusCode, chunks.join(''));
              resolve();
            });
          },
        );
        req.on('error', () => {
          errors++;
          resolve();
        });
        req.end(r.body);
      }),
    );
  };
  let next = 0;
  await new Promise((done) => {
    const tick = () => {
      const now = performance.now();
      while (next < total && start + (next * 1000) / rate <= now) send(next++);
      if (next >= total) return done();
      setTimeout(tick, Math.max(0, start + (next * 1000) / rate - performance.now()));
    };
    setTimeout(tick, Math.max(0, start - performance.now()));
  });
  await Promise.all(inFlight);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return {
    sent: total,
    answered: latencies.length,
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    max: latencies.at(-1) ?? NaN,
    errors,
  };
}
