import { jest } from '@jest/globals';
import type { IncomingMessage, ServerResponse } from 'node:http';
import request from 'supertest';
import { ProbeFastLane } from '../../src/common/http/probe-fast-lane.js';
import { RequestLogging } from '../../src/common/logging/logging.module.js';
import { ReadinessRegistry } from '../../src/common/readiness/readiness.registry.js';
import { metricsText } from '../support/metrics.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

/** A request's client-visible answer, minus what differs between any two answers (date, a new id). */
async function answer(url: string, method: 'get' | 'head' | 'post', path: string, requestId?: string) {
  let req = request(url)[method](path);
  if (requestId) req = req.set('X-Request-Id', requestId);
  const res = await req;
  const headers: Record<string, unknown> = { ...res.headers };
  delete headers.date;
  if (!requestId || !/^[\w.:-]{1,128}$/.test(requestId)) {
    expect(headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    headers['x-request-id'] = '<generated>';
  }
  // the start-up check reports the process's uptime in seconds: two answers may straddle a second
  const text = res.text ?? ''; // a HEAD answer has no body
  const body = text.replace(/"uptimeSeconds":\d+/g, '"uptimeSeconds":<n>');
  if (body !== text) {
    expect(Number(headers['content-length'])).toBe(Buffer.byteLength(text));
    headers['content-length'] = '<n>';
  }
  return { status: res.status, headers, body };
}

/** The value of one http_requests_total series and the count of its duration histogram. */
async function counted(url: string, route: string, status: number, method = 'GET') {
  const text = await metricsText(url);
  const value = (line: string) => {
    const found = text.split('\n').find((l) => l.startsWith(line + ' '));
    return found ? Number(found.slice(line.length + 1)) : 0;
  };
  return {
    requests: value(`http_requests_total{method="${method}",route="${route}",status="${status}"}`),
    durations: value(`http_request_duration_seconds_count{method="${method}",route="${route}"}`),
  };
}

describe('probe fast lane: liveness and health answered before the router, as the router answers them', () => {
  let fast: TestApp;
  let routed: TestApp;
  const answered = jest.spyOn(ProbeFastLane.prototype, 'answer');
  let logged = 0;

  beforeAll(async () => {
    // logs at info, as in production (the request logger's quiet-path skip is what is compared)
    const env = { KLEPAAS_LOG_LEVEL: process.env.KLEPAAS_TEST_LOG_LEVEL ?? 'info' };
    fast = await startTestApp({ env });
    routed = await startTestApp({ env, app: { probeFastLane: false } });
    // count the requests that enter the request logger (pino-http), in either app
    const loggers = RequestLogging as unknown as { middlewares: Middleware[] };
    const [pino, bind] = loggers.middlewares;
    loggers.middlewares = [
      (req, res, next) => {
        logged++;
        pino(req, res, next);
      },
      bind,
    ];
    // both apps have run their checks once: /health answers from settled rounds
    await request(fast.url).get('/api/v1/health').expect(200);
    await request(routed.url).get('/api/v1/health').expect(200);
  });
  afterAll(async () => {
    answered.mockRestore();
    await fast.destroy();
    await routed.destroy();
  });

  const cases: Array<[string, 'get' | 'head', string, number, string, string?]> = [
    ['liveness', 'get', '/api/v1/healthz', 200, '/api/v1/healthz'],
    ['liveness with a caller id', 'get', '/api/v1/healthz', 200, '/api/v1/healthz', 'probe-1'],
    ['liveness, a malformed caller id', 'get', '/api/v1/healthz', 200, '/api/v1/healthz', 'bad id!'],
    ['liveness, any case, trailing slash, query', 'get', '/API/v1/HealthZ/?x=1', 200, '/api/v1/healthz'],
    ['health', 'get', '/api/v1/health', 200, '/api/v1/health'],
    ['health with a caller id', 'get', '/api/v1/health/', 200, '/api/v1/health', 'probe-2'],
  ];

  it.each(cases)('%s: same status, headers, body, metrics and logging', async (...c) => {
    const [, method, path, status, route, id] = c;
    const before = {
      fast: await counted(fast.url, route, status),
      routed: await counted(routed.url, route, status),
    };
    answered.mockClear();
    logged = 0;
    const viaFastLane = await answer(fast.url, method, path, id);
    expect(answered).toHaveBeenCalledTimes(1); // answered before the router
    answered.mockClear();
    const viaRouter = await answer(routed.url, method, path, id);
    expect(answered).not.toHaveBeenCalled();
    expect(viaFastLane).toEqual(viaRouter);
    expect(viaFastLane.status).toBe(status);
    if (id === 'bad id!') expect(viaFastLane.headers['x-request-id']).toBe('<generated>');
    else if (id) expect(viaFastLane.headers['x-request-id']).toBe(id);
    expect(logged).toBe(0); // probes get no per-request log line, either way
    // the registry is the process's: each request counts once under the route's template
    const after = {
      fast: await counted(fast.url, route, status),
      routed: await counted(routed.url, route, status),
    };
    expect(after.fast.requests - before.fast.requests).toBe(2);
    expect(after.fast.durations - before.fast.durations).toBe(2);
  });

  it('HEAD, other methods, %00 and unknown neighbours go to the router, as before', async () => {
    // [method, path, request log lines for the two requests]
    for (const [method, path, lines] of [
      ['head', '/api/v1/healthz', 2],
      ['post', '/api/v1/healthz', 2],
      ['get', '/api/v1/healthz%00', 0], // refused before the request logger, as before
      ['get', '/api/v1/healthz?x=%00', 0],
      ['get', '/api/v1/healthzz', 2],
      ['get', '/api/v1/readyz', 0],
      ['get', '/api/v1/version', 2],
    ] as const) {
      answered.mockClear();
      logged = 0;
      const viaFastLaneApp = await answer(fast.url, method, path, 'n-1');
      const viaRouterOnlyApp = await answer(routed.url, method, path, 'n-1');
      expect(answered).not.toHaveBeenCalled();
      expect(viaFastLaneApp).toEqual(viaRouterOnlyApp);
      expect(logged).toBe(lines);
    }
  });

  it('health while draining: the same 503 envelope, through the same exception filter', async () => {
    fast.app.get(ReadinessRegistry).startDraining();
    routed.app.get(ReadinessRegistry).startDraining();
    answered.mockClear();
    const before = await counted(fast.url, '/api/v1/health', 503);
    const a = await answer(fast.url, 'get', '/api/v1/health', 'd-1');
    expect(answered).toHaveBeenCalledTimes(1);
    const b = await answer(routed.url, 'get', '/api/v1/health', 'd-1');
    expect(a).toEqual(b);
    expect(a.status).toBe(503);
    expect(JSON.parse(a.body)).toMatchObject({ error: 'not_ready', requestId: 'd-1' });
    expect((await counted(fast.url, '/api/v1/health', 503)).requests - before.requests).toBe(2);
  });
});
