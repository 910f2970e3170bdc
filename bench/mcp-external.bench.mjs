// Benchmark: tools/call through POST /mcp/external/tools/call (K-Le-PaaS proxy) versus a direct SDK client
// call to the same local MCP server, in one run. Bounded closed-loop load on 127.0.0.1 only.
//   npm run bench:mcp-external
// Two scenarios, each measured direct then proxied (BENCH_ROUNDS times, averaged):
//   upstream  — the tool answers after BENCH_TOOL_DELAY_MS (100; real providers such as GitHub take 50-500 ms):
//               the headline ratio, aim >= 85%;
//   cpu-bound — the tool answers at once: shows the raw per-call cost of the proxy hop (info only).
// Knobs: BENCH_CONCURRENCY (8), BENCH_DURATION_SEC (5), BENCH_TOOL_DELAY_MS (100), BENCH_ROUNDS (2).
/* global fetch */
import { Buffer } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { TextEncoder } from 'node:util';
import { startChild } from './lib.mjs';

const SELF = fileURLToPath(import.meta.url);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const DURATION_MS = Number(process.env.BENCH_DURATION_SEC ?? 5) * 1000;
const TOOL_DELAY_MS = Number(process.env.BENCH_TOOL_DELAY_MS ?? 100);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const JWT_SECRET = 'bench-secret-that-is-long-enough-for-hs256-0000';

// ---------------------------------------------------------------- child roles
if (process.argv[2] === '--mcp-server') {
  const { McpServer } = await import('@modelcontextprotocol/sdk/server/mcp.js');
  const { StreamableHTTPServerTransport } =
    await import('@modelcontextprotocol/sdk/server/streamableHttp.js');
  const { z } = await import('zod');
  const server = createServer(async (req, res) => {
    if (req.method !== 'POST') return void res.writeHead(405).end();
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const body = JSON.parse(Buffer.concat(chunks).toString() || 'null');
    const mcp = new McpServer({ name: 'bench-mcp', version: '1.0.0' });
    mcp.registerTool(
      'echo',
      { inputSchema: { text: z.string().optional(), delayMs: z.number().optional() } },
      async ({ text, delayMs }) => {
        if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
        return { content: [{ type: 'text', text: `echo:${text ?? ''}` }] };
      },
    );
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
    });
    res.on('close', () => void transport.close());
    await mcp.connect(transport);
    await transport.handleRequest(req, res, body);
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => console.log(`READY http://127.0.0.1:${server.address().port}/mcp`));
  await new Promise(() => undefined);
}

if (process.argv[2] === '--app') {
  const { createApp } = await import('../dist/app.factory.js');
  const app = await createApp({
    KLEPAAS_ENV: 'production',
    KLEPAAS_AUTH_MODE: 'jwt',
    KLEPAAS_JWT_SECRET: JWT_SECRET,
    KLEPAAS_LOG_LEVEL: 'warn',
    KLEPAAS_DATABASE_URL: `sqlite:${process.argv[3]}`,
    KLEPAAS_MCP_ALLOWED_HOSTS: '127.0.0.1',
    KLEPAAS_SECRETS_KEY: randomBytes(32).toString('hex'),
    KLEPAAS_DOCS_ENABLED: 'false',
  });
  await app.listen(0, '127.0.0.1');
  if (process.env.BENCH_PROFILE) process.on('SIGTERM', () => process.exit(0));
  console.log(`READY http://127.0.0.1:${app.getHttpServer().address().port}`);
  await new Promise(() => undefined);
}

// ---------------------------------------------------------------- driver
function start(args) {
  const flags =
    process.env.BENCH_PROFILE && args[0] === '--app' ? ['--cpu-prof', '--cpu-prof-dir=/tmp/mcpext-prof'] : [];
  return startChild([...flags, SELF, ...args], args[0]);
}

async function closedLoop(fn, durationMs) {
  const latencies = [];
  let errors = 0;
  const until = performance.now() + durationMs;
  const worker = async () => {
    while (performance.now() < until) {
      const t0 = performance.now();
      try {
        await fn();
        latencies.push(performance.now() - t0);
      } catch {
        errors++;
      }
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return { rps: latencies.length / seconds, p50: pct(50), p99: pct(99), errors, n: latencies.length };
}

const dir = mkdtempSync(join(tmpdir(), 'klepaas-bench-'));
const mcp = await start(['--mcp-server']);
const app = await start(['--app', join(dir, 'bench.db')]);
try {
  const { SignJWT } = await import('jose');
  const token = await new SignJWT({ scope: 'mcp:admin mcp:execute mcp:read' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('bench')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(JWT_SECRET));
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const reg = await fetch(`${app.url}/mcp/external/providers`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ name: 'bench', providerType: 'generic', baseUrl: mcp.url }),
  });
  if (reg.status !== 201) throw new Error(`register failed: ${reg.status} ${await reg.text()}`);

  const { Client } = await import('@modelcontextprotocol/sdk/client/index.js');
  const { StreamableHTTPClientTransport } =
    await import('@modelcontextprotocol/sdk/client/streamableHttp.js');
  const client = new Client({ name: 'bench-direct', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(mcp.url)));

  const direct = (delayMs) => async () => {
    const r = await client.callTool({ name: 'echo', arguments: { text: 'x', delayMs } });
    if (r.isError) throw new Error('tool error');
  };
  const proxied = (delayMs) => {
    const body = JSON.stringify({ provider: 'bench', tool: 'echo', arguments: { text: 'x', delayMs } });
    return async () => {
      const r = await fetch(`${app.url}/mcp/external/tools/call`, { method: 'POST', headers: auth, body });
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`status ${r.status}`);
    };
  };
  const agg = (rs) => ({
    rps: rs.reduce((s, r) => s + r.rps, 0) / rs.length,
    p50: rs.reduce((s, r) => s + r.p50, 0) / rs.length,
    p99: rs.reduce((s, r) => s + r.p99, 0) / rs.length,
    errors: rs.reduce((s, r) => s + r.errors, 0),
  });
  const row = (name, r) =>
    console.log(
      `${name.padEnd(31)} ${r.rps.toFixed(1).padStart(8)} ${r.p50.toFixed(2).padStart(9)} ${r.p99.toFixed(2).padStart(8)} ${String(r.errors).padStart(7)}`,
    );

  // warm-up both paths (JIT, connections, lazy provider init)
  await closedLoop(direct(0), 1500);
  await closedLoop(proxied(0), 1500);

  console.log(
    `\nmcp-external bench: concurrency ${CONCURRENCY}, ${DURATION_MS / 1000}s x ${ROUNDS} rounds per path`,
  );
  for (const [scenario, delayMs, headline] of [
    [`upstream (tool ${TOOL_DELAY_MS} ms)`, TOOL_DELAY_MS, true],
    ['cpu-bound (tool 0 ms)', 0, false],
  ]) {
    const results = { direct: [], proxy: [] };
    for (let round = 0; round < ROUNDS; round++) {
      results.direct.push(await closedLoop(direct(delayMs), DURATION_MS));
      results.proxy.push(await closedLoop(proxied(delayMs), DURATION_MS));
    }
    const d = agg(results.direct);
    const p = agg(results.proxy);
    const ratio = p.rps / d.rps;
    console.log(`\n${scenario}`);
    console.log('path                               req/s    p50 ms   p99 ms  errors');
    row('direct SDK client', d);
    row('POST /mcp/external/tools/call', p);
    console.log(
      `ratio proxy/direct req/s: ${(ratio * 100).toFixed(1)}%${headline ? ' (aim >= 85%)' : ' (info)'}  p99 proxy/direct: ${p.p99.toFixed(2)} / ${d.p99.toFixed(2)} ms`,
    );
  }
  await client.close();
} finally {
  app.child.kill('SIGTERM');
  mcp.child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
