import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { metricsText } from '../support/metrics.js';
import { bearer } from '../support/tokens.js';
import { waitFor } from '../support/wait.js';

describe('audit log: filters and cursor pagination', () => {
  let t: TestApp;
  let reader: string;
  beforeAll(async () => {
    t = await startTestApp();
    reader = await bearer({ sub: 'auditor', scope: 'audit:read' });
    // Seven denials from two users, some with secrets in the query. Eve's five are on five routes: the
    // denials of one caller on one route within a second are one row with a count (audit-denial-flood).
    const routes = ['audit', 'cicd/deliveries', 'nlp/history', 'nlp/rules', 'nlp/commands'];
    for (let i = 0; i < 5; i++) {
      await request(t.url)
        .get(`/api/v1/${routes[i]}?limit=${i + 1}&token=s3cr3t-${i}`)
        .set('Authorization', await bearer({ sub: 'eve', scope: 'apps:read' }))
        .expect(403);
    }
    await request(t.url).get('/api/v1/audit?status=200').set('X-Request-Id', 'anon-1').expect(401);
    await request(t.url)
      .get('/api/v1/audit?password=hunter2')
      .set('Authorization', await bearer({ sub: 'frank', scope: 'apps:read' }))
      .expect(403);
  });
  afterAll(() => t.destroy());

  it('filters by user, status, action and time range', async () => {
    const eve = await request(t.url).get('/api/v1/audit?user=eve').set('Authorization', reader).expect(200);
    expect(eve.body.items).toHaveLength(5);
    expect(
      eve.body.items.every((r: { userId: string; status: number }) => r.userId === 'eve' && r.status === 403),
    ).toBe(true);
    const unauth = await request(t.url)
      .get('/api/v1/audit?status=401')
      .set('Authorization', reader)
      .expect(200);
    expect(unauth.body.items).toEqual([
      expect.objectContaining({
        userId: null,
        requestId: 'anon-1',
        action: 'GET /api/v1/audit',
        ip: expect.any(String),
      }),
    ]);
    const gets = await request(t.url)
      .get(`/api/v1/audit?action=${encodeURIComponent('GET /api/v1/audit')}&user=frank`)
      .set('Authorization', reader)
      .expect(200);
    expect(gets.body.items).toHaveLength(1);
    const none = await request(t.url)
      .get(`/api/v1/audit?action=${encodeURIComponent('POST /api/v1/audit')}`)
      .set('Authorization', reader)
      .expect(200);
    expect(none.body.items).toHaveLength(0);
    const future = await request(t.url)
      .get('/api/v1/audit?from=2999-01-01T00:00:00Z')
      .set('Authorization', reader)
      .expect(200);
    expect(future.body.items).toEqual([]);
    const past = await request(t.url)
      .get('/api/v1/audit?to=2000-01-01T00:00:00Z')
      .set('Authorization', reader)
      .expect(200);
    expect(past.body.items).toEqual([]);
  });

  it('redacts secrets in what it stores', async () => {
    const all = await request(t.url).get('/api/v1/audit?limit=100').set('Authorization', reader).expect(200);
    const text = JSON.stringify(all.body);
    expect(text).not.toMatch(/s3cr3t|hunter2/);
    expect(text).toContain('[REDACTED]');
  });

  it('pages newest first with a cursor, without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: request.Response = await request(t.url)
        .get(`/api/v1/audit?user=eve&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
        .set('Authorization', reader)
        .expect(200);
      seen.push(...page.body.items.map((r: { id: string }) => r.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect([...seen].sort().reverse()).toEqual(seen);
  });

  it('rejects a forged cursor and bad filters with 400 in the envelope', async () => {
    const res = await request(t.url)
      .get('/api/v1/audit?cursor=bm9wZQ')
      .set('Authorization', reader)
      .expect(400);
    expect(res.body).toMatchObject({ error: 'bad_request', message: 'Invalid cursor' });
    await request(t.url).get('/api/v1/audit?from=yesterday').set('Authorization', reader).expect(400);
  });
});

describe('audit log: a failed write', () => {
  it('is counted in audit_write_failures_total and never fails the request it describes', async () => {
    const t = await startTestApp();
    const { sql } = await import('kysely');
    const { DATABASE } = await import('../../src/database/database.tokens.js');
    const db = t.app.get(DATABASE);
    await sql`drop table audit_log`.execute(db);
    const res = await request(t.url).get('/api/v1/audit').expect(401);
    expect(res.body.error).toBe('unauthorized');
    // a denial's record is batched (README: durability), so its failure is counted at its flush
    await waitFor('the failed write to be counted', async () =>
      /^audit_write_failures_total [1-9]/m.test(await metricsText(t.url)),
    );
    // a mutation's record is committed before its response: its failure is counted by then
    const before = Number(/^audit_write_failures_total (\d+)/m.exec(await metricsText(t.url))![1]);
    await request(t.url)
      .post('/api/v1/nlp/feedback')
      .set('Authorization', await bearer({ sub: 'eve', scope: 'nlp:execute' }))
      .send({ interactionId: 'nope', correct: true })
      .expect(404);
    const after = Number(/^audit_write_failures_total (\d+)/m.exec(await metricsText(t.url))![1]);
    expect(after).toBe(before + 1);
    await t.destroy();
  });
});
