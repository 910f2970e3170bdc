import request from 'supertest';
import { MAX_JSON_DEPTH } from '../../src/common/http/body-parsing.interceptor.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';

const nested = (depth: number, leaf = '1') => `${'['.repeat(depth - 1)}{"x":${leaf}}${']'.repeat(depth - 1)}`;

describe('input edges: NUL bytes, lone surrogates, deep JSON, authentication before the body', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.destroy());

  const expectValidationFailed = (body: unknown, detail: RegExp) => {
    expect(body).toEqual({
      error: 'validation_failed',
      message: 'Request validation failed',
      details: [expect.stringMatching(detail)],
      requestId: expect.any(String),
    });
  };

  it('a NUL in a path parameter or a query value: 400 validation_failed, not a database error', async () => {
    const read = await bearer({ scope: 'apps:read audit:read deploy:read' });
    const path = await request(t.url).get('/api/v1/apps/web%00').set('Authorization', read).expect(400);
    expectValidationFailed(path.body, /^path contains a NUL byte/);
    const query = await request(t.url).get('/api/v1/audit?user=a%00').set('Authorization', read).expect(400);
    expectValidationFailed(query.body, /^query string contains a NUL byte/);
    const key = await request(t.url).get('/api/v1/audit?us%00er=a').set('Authorization', read).expect(400);
    expectValidationFailed(key.body, /^query string contains a NUL byte/);
    // `%2500` is the text "%00", which is fine
    await request(t.url).get('/api/v1/apps/web%2500').set('Authorization', read).expect(404);
  });

  it('a NUL or a lone surrogate anywhere in a JSON body (values and keys): 400 validation_failed', async () => {
    const nlp = await bearer({ scope: 'nlp:execute nlp:read' });
    const nul = await request(t.url)
      .post('/api/v1/nlp/process')
      .set('Authorization', nlp)
      .send({ command: 'deploy web\u0000 to staging' })
      .expect(400);
    expectValidationFailed(nul.body, /^body\.command contains a NUL byte$/);
    const surrogate = await request(t.url)
      .post('/api/v1/nlp/interpret')
      .set('Authorization', nlp)
      .set('Content-Type', 'application/json')
      .send('{"command":"deploy web \\ud800 now"}')
      .expect(400);
    expectValidationFailed(surrogate.body, /^body\.command contains a lone surrogate$/);
    const alerts = await bearer({ scope: 'alerts:admin' });
    const deepKey = await request(t.url)
      .post('/api/v1/alerts/test')
      .set('Authorization', alerts)
      .send({ fields: { list: ['ok', { ['k\u0000']: 1 }] } })
      .expect(400);
    expectValidationFailed(deepKey.body, /^a property name in body\.fields\.list\[1\] contains a NUL byte$/);
    // a proper pair is text, not a lone surrogate
    await request(t.url)
      .post('/api/v1/alerts/test')
      .set('Authorization', alerts)
      .send({ message: 'rocket \ud83d\ude80' })
      .expect(200);
  });

  it(`JSON deeper than ${MAX_JSON_DEPTH} levels: 400 invalid_json (10 000 levels were a 500)`, async () => {
    const alerts = await bearer({ scope: 'alerts:admin' });
    for (const depth of [MAX_JSON_DEPTH + 1, 10_000, 100_000]) {
      const res = await request(t.url)
        .post('/api/v1/alerts/test')
        .set('Authorization', alerts)
        .set('Content-Type', 'application/json')
        .send(`{"fields":${nested(depth - 1)}}`)
        .expect(400);
      expect(res.body).toEqual({
        error: 'invalid_json',
        message: `Request body nests deeper than ${MAX_JSON_DEPTH} levels`,
        requestId: expect.any(String),
      });
    }
    // brackets inside strings do not count; exactly the maximum is accepted
    const atMax = `{"message":"[[[[{{{{\\"]]]","fields":{"a":${nested(MAX_JSON_DEPTH - 2)}}}`;
    const ok = await request(t.url)
      .post('/api/v1/alerts/test')
      .set('Authorization', alerts)
      .set('Content-Type', 'application/json')
      .send(atMax)
      .expect(200);
    expect(ok.body.result).toBe('disabled');
  });

  it.each(['gzip', 'deflate', 'br', 'zstd'])(
    'a body that does not decompress as its Content-Encoding (%s) says: 400 in the envelope',
    async (encoding) => {
      const res = await request(t.url)
        .post('/api/v1/alerts/test')
        .set('Authorization', await bearer({ scope: 'alerts:admin' }))
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', encoding)
        .send('{"message":"not compressed at all"}')
        .expect(400);
      expect(res.body).toEqual({
        error: 'bad_request',
        message: expect.any(String),
        requestId: expect.any(String),
      });
    },
  );

  it('JSON in another charset than UTF-8: 415', async () => {
    const res = await request(t.url)
      .post('/api/v1/alerts/test')
      .set('Authorization', await bearer({ scope: 'alerts:admin' }))
      .set('Content-Type', 'application/json; charset=utf-16le')
      .send(Buffer.from('{"message":"hi"}', 'utf16le'))
      .expect(415);
    expect(res.body.error).toBe('unsupported_media_type');
  });

  it('no or invalid credentials: 401 before the body is read, and the denial is audited', async () => {
    const garbage = await request(t.url)
      .post('/api/v1/nlp/process')
      .set('Content-Type', 'application/json')
      .send('{"command": this is not json')
      .expect(401);
    expect(garbage.body.error).toBe('unauthorized');
    await request(t.url)
      .post('/api/v1/nlp/process')
      .set('Authorization', 'Bearer not.a.jwt')
      .set('Content-Type', 'application/json')
      .send(nested(10_000))
      .expect(401);
    // a valid token without the scope: 403, also before the body
    await request(t.url)
      .post('/api/v1/nlp/process')
      .set('Authorization', await bearer({ scope: 'apps:read' }))
      .set('Content-Type', 'application/json')
      .send('{"command":\u0000')
      .expect(403);
    const audit = await request(t.url)
      .get('/api/v1/audit?resource=/api/v1/nlp/process&limit=10')
      .set('Authorization', await bearer({ scope: 'audit:read' }))
      .expect(200);
    // denials from one caller on one route in one second share a row with a count (README, "Audit durability")
    const denials = { 401: 0, 403: 0 } as Record<number, number>;
    for (const i of audit.body.items as { status: number; count: number }[])
      if (i.status in denials) denials[i.status] += i.count;
    expect(denials).toEqual({ 401: 2, 403: 1 });
  });

  it('an unknown route answers 404 without parsing the body', async () => {
    const res = await request(t.url)
      .post('/api/v1/no-such-route')
      .set('Content-Type', 'application/json')
      .send('{"broken":')
      .expect(404);
    expect(res.body.error).toBe('not_found');
  });
});
