import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import request from 'supertest';
import { startFakeMcpServer, startSseOnlyMcpServer, type FakeMcpServer } from '../fakes/mcp-servers.js';
import { FakeSlack } from '../fakes/fake-slack.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';
import { waitFor } from '../support/wait.js';
import { metricsText } from '../support/metrics.js';

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise((r) => srv.close(r));
  return port;
}

describe('mcp-external: calls, error mapping, retry, breaker, fallback', () => {
  let t: TestApp;
  let fake: FakeMcpServer;
  let sse: Awaited<ReturnType<typeof startSseOnlyMcpServer>>;
  let admin: string;
  let slack: FakeSlack;

  const add = async (body: Record<string, unknown>) => {
    const res = await request(t.url).post('/mcp/external/providers').set('Authorization', admin).send(body);
    if (res.status !== 201 && res.status !== 200)
      throw new Error(`add failed ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const call = (provider: string, tool: string, extra: Record<string, unknown> = {}) =>
    request(t.url)
      .post('/mcp/external/tools/call')
      .set('Authorization', admin)
      .send({ provider, tool, arguments: {}, ...extra });
  const noRetry = { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 };

  beforeAll(async () => {
    fake = await startFakeMcpServer();
    sse = await startSseOnlyMcpServer();
    slack = await FakeSlack.start();
    t = await startTestApp({
      env: {
        KLEPAAS_SLACK_WEBHOOK_URL: slack.webhookUrl('/hook'),
        KLEPAAS_SLACK_ALERT_CHANNEL_DEFAULT: '#ops',
        KLEPAAS_SLACK_ALERT_CHANNEL_RATE_LIMITED: '#rate',
        KLEPAAS_MCP_ALLOWED_HOSTS: '127.0.0.1,no-such-host.invalid',
        KLEPAAS_SECRETS_KEY: randomBytes(32).toString('hex'),
      },
    });
    admin = await bearer({ scope: 'mcp:admin mcp:read mcp:execute audit:read' });
    await add({ name: 'main', providerType: 'generic', baseUrl: `${fake.url}/mcp`, retry: noRetry });
  });
  afterAll(async () => {
    await t.destroy();
    await fake.close();
    await sse.close();
    await slack.close();
  });

  it('lists tools with names unchanged and calls one', async () => {
    const tools = await request(t.url)
      .get('/mcp/external/tools/main')
      .set('Authorization', admin)
      .expect(200);
    expect(tools.body.items.map((x: { name: string }) => x.name).sort()).toEqual(
      ['count', 'echo', 'fail', 'fail_coded', 'sleep'].sort(),
    );
    const res = await call('main', 'echo', { arguments: { text: 'hi' } }).expect(200);
    expect(res.body).toMatchObject({
      provider: 'main',
      tool: 'echo',
      attempts: 1,
      result: { content: [{ type: 'text', text: 'echo:hi' }] },
    });
    const health = await request(t.url)
      .get('/mcp/external/health/main')
      .set('Authorization', admin)
      .expect(200);
    expect(health.body).toMatchObject({
      provider: 'main',
      ok: true,
      transport: 'streamable-http',
      breaker: 'closed',
    });
  });

  it('unknown provider: 404 provider_not_found in the envelope', async () => {
    const res = await call('nope', 'echo').expect(404);
    expect(res.body).toEqual({
      error: 'provider_not_found',
      message: expect.any(String),
      details: { provider: 'nope' },
      requestId: expect.any(String),
    });
  });

  it.each([
    [400, 400, 'bad_request'],
    [422, 400, 'bad_request'],
    [401, 401, 'unauthorized'],
    [403, 403, 'forbidden'],
    [404, 404, 'not_found'],
    [409, 409, 'conflict'],
    [429, 429, 'rate_limited'],
    [408, 504, 'timeout'],
    [504, 504, 'timeout'],
    [502, 503, 'unavailable'],
    [503, 503, 'unavailable'],
    [500, 502, 'internal'],
  ])('upstream HTTP %i → our %i %s, standard schema in the envelope', async (upstream, ours, code) => {
    await add({
      name: `s${upstream}`,
      providerType: 'generic',
      baseUrl: `${fake.url}/status/${upstream}/mcp`,
      retry: noRetry,
    });
    const res = await call(`s${upstream}`, 'echo').set('X-Request-Id', `map-${upstream}`).expect(ours);
    expect(res.body).toEqual({
      error: code,
      message: expect.stringContaining(`HTTP ${upstream}`),
      details: {
        code,
        message: expect.any(String),
        details: expect.objectContaining({
          provider: `s${upstream}`,
          operation: 'call_tool',
          tool: 'echo',
          httpStatus: upstream,
          attempts: 1,
        }),
      },
      requestId: `map-${upstream}`,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/\n\s+at /);
  });

  it('429 with Retry-After: the header and retryAfterSeconds come back', async () => {
    await add({
      name: 'limited',
      providerType: 'generic',
      baseUrl: `${fake.url}/status/429/mcp?retryAfter=120`,
      retry: noRetry,
    });
    const res = await call('limited', 'echo').expect(429);
    expect(res.headers['retry-after']).toBe('120');
    expect(res.body.details).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 120 });
    // alerted with the error template, routed to the rate-limit channel
    await waitFor('the rate-limit alert', async () => slack.posts.some((p) => p.body.channel === '#rate'));
    const alert = slack.posts.find((p) => p.body.channel === '#rate');
    expect(alert?.body.text).toMatch(/^\[MCP\]\[ERROR\] .*code=rate_limited/);
  });

  it('network errors: refused, reset (dropped connection) and DNS → unavailable', async () => {
    await add({
      name: 'refused',
      providerType: 'generic',
      baseUrl: `http://127.0.0.1:${await closedPort()}/mcp`,
      retry: noRetry,
    });
    const refused = await call('refused', 'echo').expect(503);
    expect(refused.body.details).toMatchObject({
      code: 'unavailable',
      details: { networkCode: 'ECONNREFUSED' },
    });

    await add({ name: 'dropper', providerType: 'generic', baseUrl: `${fake.url}/drop/mcp`, retry: noRetry });
    const dropped = await call('dropper', 'echo').expect(503);
    expect(dropped.body.details).toMatchObject({ code: 'unavailable', details: { source: 'network' } });

    await add({
      name: 'nodns',
      providerType: 'generic',
      baseUrl: 'http://no-such-host.invalid/mcp',
      retry: noRetry,
    });
    const dns = await call('nodns', 'echo').expect(503);
    expect(dns.body.details).toMatchObject({ code: 'unavailable', details: { source: 'network' } });
  });

  it('our deadline: a tool sleeping past it → 504 timeout', async () => {
    const started = Date.now();
    const res = await call('main', 'sleep', { arguments: { ms: 3000 }, timeoutMs: 300 }).expect(504);
    expect(res.body.details).toMatchObject({ code: 'timeout', details: { source: 'deadline' } });
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('JSON-RPC errors map by code', async () => {
    for (const [rpc, status, code] of [
      [-32602, 400, 'bad_request'],
      [-32601, 404, 'not_found'],
      [-32603, 502, 'internal'],
    ] as const) {
      await add({
        name: `rpc${-rpc}`,
        providerType: 'generic',
        baseUrl: `${fake.url}/rpcerror/${rpc}/mcp`,
        retry: noRetry,
      });
      const res = await call(`rpc${-rpc}`, 'anything').expect(status);
      expect(res.body.details).toMatchObject({ code, details: { source: 'jsonrpc', jsonRpcCode: rpc } });
    }
  });

  it('tool results with isError: internal, or the code the tool declares', async () => {
    const plain = await call('main', 'fail').expect(502);
    expect(plain.body).toMatchObject({
      error: 'internal',
      details: { code: 'internal', details: { source: 'tool', toolMessage: 'repository is archived' } },
    });
    const coded = await call('main', 'fail_coded').expect(404);
    expect(coded.body.details).toMatchObject({ code: 'not_found', details: { source: 'tool' } });
  });

  it('falls back to HTTP+SSE when the server does not speak Streamable HTTP', async () => {
    await add({ name: 'legacy', providerType: 'generic', baseUrl: `${sse.url}/sse`, retry: noRetry });
    const res = await call('legacy', 'echo', { arguments: { text: 'old' } }).expect(200);
    expect(res.body.result.content[0].text).toBe('echo:old');
    const p = await request(t.url)
      .get('/mcp/external/providers/legacy')
      .set('Authorization', admin)
      .expect(200);
    expect(p.body.status).toMatchObject({ connected: true, transport: 'sse' });
    const tools = await request(t.url)
      .get('/mcp/external/tools/legacy')
      .set('Authorization', admin)
      .expect(200);
    expect(tools.body.items.length).toBe(5);
  });

  describe('retry', () => {
    const retry = { maxAttempts: 4, baseDelayMs: 20, maxDelayMs: 100 };
    beforeAll(async () => {
      await add({
        name: 'retrying',
        providerType: 'generic',
        baseUrl: `${fake.url}/mcp`,
        retry,
        config: { idempotentTools: ['count'] },
        breaker: { failureThreshold: 1000, resetTimeoutSec: 1 },
      });
    });

    it('idempotent tool: retried on 503 until it succeeds', async () => {
      const before = fake.toolCalls.count ?? 0;
      fake.failToolCalls(2, 503);
      const res = await call('retrying', 'count').expect(200);
      expect(res.body.attempts).toBe(3);
      expect((fake.toolCalls.count ?? 0) - before).toBe(3);
    });

    it('stops after maxAttempts with the last error and the attempt count', async () => {
      fake.failToolCalls(4, 502);
      const res = await call('retrying', 'count').expect(503);
      expect(res.body.details).toMatchObject({ code: 'unavailable', details: { attempts: 4 } });
    });

    it('non-idempotent tool: never retried unless the call marks it idempotent', async () => {
      const before = fake.toolCalls.echo ?? 0;
      fake.failToolCalls(1, 503);
      const res = await call('retrying', 'echo').expect(503);
      expect(res.body.details.details.attempts).toBe(1);
      expect((fake.toolCalls.echo ?? 0) - before).toBe(1);
      fake.failToolCalls(1, 503);
      const marked = await call('retrying', 'echo', { idempotent: true }).expect(200);
      expect(marked.body.attempts).toBe(2);
    });

    it('4xx is not retried even when idempotent', async () => {
      fake.failToolCalls(1, 409);
      const res = await call('retrying', 'count').expect(409);
      expect(res.body.details.details.attempts).toBe(1);
      fake.failToolCalls(0, 0);
    });

    it('honours Retry-After seconds and HTTP dates', async () => {
      fake.failToolCalls(1, 429, { 'retry-after': '1' });
      let started = Date.now();
      const res = await call('retrying', 'count').expect(200);
      expect(res.body.attempts).toBe(2);
      expect(Date.now() - started).toBeGreaterThanOrEqual(950);

      fake.failToolCalls(1, 503, { 'retry-after': new Date(Date.now() + 2000).toUTCString() });
      started = Date.now();
      const dated = await call('retrying', 'count').expect(200);
      expect(dated.body.attempts).toBe(2);
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    });

    it('never waits past the deadline: a Retry-After beyond it ends the call at once', async () => {
      fake.failToolCalls(1, 429, { 'retry-after': '30' });
      const started = Date.now();
      const res = await call('retrying', 'count', { timeoutMs: 2000 }).expect(429);
      expect(Date.now() - started).toBeLessThan(1500);
      expect(res.headers['retry-after']).toBe('30');
      expect(res.body.details.details.attempts).toBe(1);
    });

    it('listTools is retried freely (each attempt reconnects)', async () => {
      await add({
        name: 'flaky-list',
        providerType: 'generic',
        baseUrl: `${fake.url}/down/503/mcp`,
        retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 20 },
      });
      const before = fake.posts;
      const res = await request(t.url)
        .get('/mcp/external/tools/flaky-list')
        .set('Authorization', admin)
        .expect(503);
      expect(res.body.details.details.attempts).toBe(3);
      expect(fake.posts - before).toBe(3);
    });
  });

  describe('circuit breaker (end to end)', () => {
    let own: FakeMcpServer;
    const metric = async () => {
      const text = await metricsText(t.url);
      const line = text.split('\n').find((l) => l.startsWith('mcp_external_breaker_state{provider="brk"}'));
      return line ? Number(line.split(' ').pop()) : undefined;
    };
    const state = async () =>
      (await request(t.url).get('/mcp/external/providers/brk').set('Authorization', admin).expect(200)).body
        .status.breaker as string;

    beforeAll(async () => {
      own = await startFakeMcpServer();
      await add({
        name: 'brk',
        providerType: 'generic',
        baseUrl: `${own.url}/mcp`,
        retry: noRetry,
        breaker: { failureThreshold: 2, resetTimeoutSec: 0.6 },
      });
    });
    afterAll(() => own.close());

    it('closed → open after N consecutive failures → fails fast → half-open → closed; re-opens on a failed trial', async () => {
      await call('brk', 'echo').expect(200);
      expect(await metric()).toBe(0);
      own.down(503);
      // 4xx-style answers from a live server do not count; 503s do
      await call('brk', 'echo').expect(503);
      expect(await state()).toBe('closed');
      await call('brk', 'echo').expect(503);
      expect(await state()).toBe('open');
      expect(await metric()).toBe(2);

      const posts = own.posts;
      const fast = await call('brk', 'echo').expect(503);
      expect(fast.body.details).toMatchObject({ code: 'unavailable', details: { source: 'breaker' } });
      expect(Number(fast.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(own.posts).toBe(posts); // failed fast: the server never saw it

      const list = await request(t.url)
        .get('/mcp/external/providers')
        .set('Authorization', admin)
        .expect(200);
      expect(list.body.items.find((p: { name: string }) => p.name === 'brk').status.breaker).toBe('open');
      // One provider's open breaker: mcp_external is degraded in health, readiness is unaffected.
      await request(t.url).get('/api/v1/readyz').expect(200);
      const health = await request(t.url).get('/api/v1/health').expect(200);
      expect(health.body.status).toBe('degraded');
      expect(health.body.degraded.mcp_external).toMatchObject({
        status: 'degraded',
        state: 'degraded',
        down: ['brk'],
      });

      await waitFor('the breaker to half-open', async () => (await state()) === 'half_open');
      expect(await metric()).toBe(1);
      // a failing trial re-opens it
      await call('brk', 'echo').expect(503);
      expect(await state()).toBe('open');

      own.down(null);
      await waitFor('the breaker to half-open again', async () => (await state()) === 'half_open');
      await call('brk', 'echo').expect(200);
      expect(await state()).toBe('closed');
      expect(await metric()).toBe(0);

      // Operators heard about it: health down on opening (once per transition), recovery on closing.
      await waitFor('the recovery alert', async () =>
        slack.texts().some((x) => x.includes('brk') && /recovered/i.test(x)),
      );
      const down = slack
        .texts()
        .filter((x) => x.startsWith('[MCP][HEALTH][DOWN] code=unavailable') && x.includes('brk'));
      expect(down.length).toBeGreaterThanOrEqual(1);
      expect(slack.posts.find((p) => p.body.text?.startsWith('[MCP][HEALTH][DOWN]'))?.body.channel).toBe(
        '#ops',
      );
    });

    it('tool errors and 4xx never open the breaker', async () => {
      for (let i = 0; i < 3; i++) await call('brk', 'fail').expect(502);
      own.failToolCalls(3, 404);
      for (let i = 0; i < 3; i++) await call('brk', 'echo').expect(404);
      expect(await state()).toBe('closed');
    });
  });

  it('metrics: requests by result and latency histogram with 5 ms … 30 s buckets', async () => {
    const text = await metricsText(t.url);
    expect(text).toMatch(
      /mcp_external_requests_total\{provider="main",operation="call_tool",result="success"\} \d+/,
    );
    expect(text).toMatch(
      /mcp_external_requests_total\{provider="s429",operation="call_tool",result="rate_limited"\} 1/,
    );
    expect(text).toContain(
      'mcp_external_request_latency_seconds_bucket{le="0.005",provider="main",operation="call_tool"}',
    );
    expect(text).toContain(
      'mcp_external_request_latency_seconds_bucket{le="30",provider="main",operation="call_tool"}',
    );
  });

  it('tool calls are audited', async () => {
    const res = await request(t.url)
      .get('/api/v1/audit?action=POST%20/mcp/external/tools/call&limit=500')
      .set('Authorization', admin)
      .expect(200);
    expect(res.body.items.length).toBeGreaterThan(5);
    expect(res.body.items.some((i: { status: number }) => i.status === 429)).toBe(true);
  });
});
