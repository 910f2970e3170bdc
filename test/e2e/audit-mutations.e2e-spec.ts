import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';

describe('audit log: every mutating request, whatever its outcome, with secrets redacted', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.destroy());

  const find = async (requestId: string) => {
    const reader = await bearer({ sub: 'auditor', scope: 'audit:read' });
    const page = await request(t.url).get('/api/v1/audit?limit=100').set('Authorization', reader).expect(200);
    return page.body.items.find((r: { requestId: string }) => r.requestId === requestId);
  };

  it('records a successful create with who, what, where and the outcome', async () => {
    const writer = await bearer({ sub: 'alice', scope: 'apps:write apps:read' });
    await request(t.url)
      .post('/api/v1/apps')
      .set('Authorization', writer)
      .set('X-Request-Id', 'mut-ok')
      .send({ name: 'web-app', image: 'ghcr.io/acme/web', port: 8080, env: { LOG_LEVEL: 'debug' } })
      .expect(201);
    expect(await find('mut-ok')).toMatchObject({
      userId: 'alice',
      action: 'POST /api/v1/apps',
      resource: '/api/v1/apps',
      status: 201,
      details: { body: { name: 'web-app', env: { LOG_LEVEL: 'debug' } } },
    });
  });

  it('records a rejected mutation with its status, and never stores the secret it carried', async () => {
    const writer = await bearer({ sub: 'alice', scope: 'apps:write' });
    const res = await request(t.url)
      .post('/api/v1/apps')
      .set('Authorization', writer)
      .set('X-Request-Id', 'mut-bad')
      .send({ name: 'api', image: 'ghcr.io/acme/api', env: { API_TOKEN: 'tok-123456' }, password: 'hunter2' })
      .expect(400);
    expect(res.body.error).toMatch(/validation_failed|bad_request|secret/);
    const record = await find('mut-bad');
    expect(record).toMatchObject({ userId: 'alice', status: 400, action: 'POST /api/v1/apps' });
    const text = JSON.stringify(record);
    expect(text).not.toMatch(/tok-123456|hunter2/);
    expect(text).toContain('[REDACTED]');
  });

  it('records deletes and not-found mutations too', async () => {
    const writer = await bearer({ sub: 'bob', scope: 'apps:write' });
    await request(t.url)
      .delete('/api/v1/apps/nope')
      .set('Authorization', writer)
      .set('X-Request-Id', 'mut-404')
      .expect(404);
    expect(await find('mut-404')).toMatchObject({
      userId: 'bob',
      status: 404,
      action: 'DELETE /api/v1/apps/:name',
      resource: '/api/v1/apps/nope',
    });
  });
});
