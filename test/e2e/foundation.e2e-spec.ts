import { ConfigService } from '@nestjs/config';
import { PinoLogger } from 'nestjs-pino';
import request from 'supertest';
import { hasRedactionFastPath } from '../../src/common/logging/redaction-fast-path.js';
import { AppConfig } from '../../src/config/app.config.js';
import { AuthConfig } from '../../src/modules/auth/auth.config.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer, signToken } from '../support/tokens.js';
import { metricsText } from '../support/metrics.js';

describe('foundation: health, version, errors, docs, metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      env: {
        KLEPAAS_BODY_LIMIT: '2kb',
        KLEPAAS_GIT_SHA: 'abc1234',
        KLEPAAS_BUILD_TIME: '2026-11-29T00:00:00Z',
      },
    });
  });
  afterAll(() => t.destroy());

  it('answers liveness, readiness and overall health with the database check', async () => {
    await request(t.url).get('/api/v1/healthz').expect(200, { status: 'ok' });
    const ready = await request(t.url).get('/api/v1/readyz').expect(200);
    expect(ready.body.status).toBe('ok');
    expect(ready.body.info.database).toEqual({
      status: 'up',
      dialect: expect.stringMatching(/sqlite|postgres/),
    });
    const health = await request(t.url).get('/api/v1/health').expect(200);
    expect(health.body.details.database.status).toBe('up');
  });

  it('reports the version from package.json with git sha and build time from env', async () => {
    const res = await request(t.url).get('/api/v1/version').expect(200);
    expect(res.body).toMatchObject({
      name: 'klepaas-backend',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      gitSha: 'abc1234',
      buildTime: '2026-11-29T00:00:00Z',
    });
  });

  it('loads configuration once: typed classes and ConfigService hold the same validated values, nothing raw', () => {
    const config = t.app.get(ConfigService);
    expect(t.app.get(AppConfig).KLEPAAS_BODY_LIMIT).toBe('2kb');
    expect(config.get('KLEPAAS_BODY_LIMIT')).toBe('2kb');
    // a module's own variable, validated and converted by its class (a number, not the string from the env)
    expect(config.get('KLEPAAS_AUTH_FAILURE_ALERT_THRESHOLD')).toBe(
      t.app.get(AuthConfig).KLEPAAS_AUTH_FAILURE_ALERT_THRESHOLD,
    );
    expect(typeof config.get('KLEPAAS_AUTH_FAILURE_ALERT_THRESHOLD')).toBe('number');
    // process.env is not read through it
    expect(config.get('PATH')).toBeUndefined();
  });

  it('logs through the redaction fast path (same lines as pino redaction: redaction-fast-path.spec)', () => {
    expect(hasRedactionFastPath(PinoLogger.root)).toBe(true);
    expect(hasRedactionFastPath(PinoLogger.root.child({ req: { id: 'x' } }))).toBe(true);
  });

  it('returns and echoes X-Request-Id', async () => {
    const res = await request(t.url).get('/api/v1/healthz').set('X-Request-Id', 'trace-123').expect(200);
    expect(res.headers['x-request-id']).toBe('trace-123');
    const generated = await request(t.url).get('/api/v1/healthz').expect(200);
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('unknown route: 404 in the envelope', async () => {
    const res = await request(t.url).get('/api/v1/does-not-exist').set('X-Request-Id', 'r-404').expect(404);
    expect(res.body).toEqual({ error: 'not_found', message: expect.any(String), requestId: 'r-404' });
  });

  it('malformed JSON: 400 invalid_json; oversized body: 413; both in the envelope, no stack', async () => {
    // bodies are parsed once the route and the caller are known: a real route, a token that may call it
    const auth = await bearer({ scope: 'alerts:admin' });
    const bad = await request(t.url)
      .post('/api/v1/alerts/test')
      .set('Authorization', auth)
      .set('Content-Type', 'application/json')
      .send('{"a":')
      .expect(400);
    expect(bad.body).toEqual({
      error: 'invalid_json',
      message: 'Request body is not valid JSON',
      requestId: expect.any(String),
    });
    const big = await request(t.url)
      .post('/api/v1/alerts/test')
      .set('Authorization', auth)
      .send({ blob: 'x'.repeat(4096) })
      .expect(413);
    expect(big.body.error).toBe('payload_too_large');
    expect(JSON.stringify(big.body)).not.toMatch(/at .*\.js/);
  });

  it('validation failure: 400 validation_failed with the reasons', async () => {
    const res = await request(t.url)
      .get('/api/v1/audit?limit=0&unknown=1')
      .set('Authorization', await bearer({ scope: 'audit:read' }))
      .expect(400);
    expect(res.body.error).toBe('validation_failed');
    expect(res.body.details).toEqual(
      expect.arrayContaining([expect.stringContaining('limit'), expect.stringContaining('unknown')]),
    );
  });

  it('serves Swagger UI and the OpenAPI document with bearer auth and scopes', async () => {
    await request(t.url).get('/docs').expect(200).expect('Content-Type', /html/);
    const doc = (await request(t.url).get('/docs-json').expect(200)).body;
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.paths['/api/v1/audit'].get['x-required-scopes']).toEqual(['audit:read']);
  });

  it('exposes Prometheus metrics with route templates, never raw paths', async () => {
    await request(t.url)
      .get('/api/v1/audit?limit=5')
      .set('Authorization', await bearer({ scope: 'audit:read' }))
      .expect(200);
    await request(t.url).get('/api/v1/nothing/here/123').expect(404);
    const text = await metricsText(t.url);
    expect(text).toMatch(/http_requests_total\{method="GET",route="\/api\/v1\/audit",status="200"\} \d+/);
    expect(text).toMatch(
      /http_request_duration_seconds_bucket\{le="[\d.]+",method="GET",route="\/api\/v1\/audit"\}/,
    );
    expect(text).toMatch(/route="unmatched"/);
    expect(text).not.toContain('/nothing/here/123');
    expect(text).toContain('process_cpu_user_seconds_total');
  });

  it('never leaks the token into responses', async () => {
    const token = await signToken({ scope: 'audit:read' });
    const res = await request(t.url).get('/api/v1/audit').set('Authorization', `Bearer ${token}`).expect(200);
    expect(JSON.stringify(res.body)).not.toContain(token);
  });
});
