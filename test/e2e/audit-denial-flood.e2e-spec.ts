import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';

interface Row {
  userId: string | null;
  ip: string | null;
  action: string;
  status: number;
  count: number;
  requestId: string | null;
}

/** Sends `n` requests, `concurrency` at a time, over keep-alive connections (fetch). */
async function flood(n: number, concurrency: number, send: () => Promise<Response>): Promise<number[]> {
  const statuses: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        next++;
        const res = await send();
        await res.arrayBuffer();
        statuses.push(res.status);
      }
    }),
  );
  return statuses;
}

/**
 * A flood of denials is auditable but not amplifiable: one audit row per (caller, route, status, second)
 * with a count, never one row per request (README: Audit → denials).
 */
describe('audit: a flood of denials', () => {
  let t: TestApp;
  let reader: string;
  beforeAll(async () => {
    t = await startTestApp();
    reader = await bearer({ sub: 'auditor', scope: 'audit:read' });
  });
  afterAll(() => t.destroy());

  const denials = async (query: string): Promise<Row[]> =>
    (await request(t.url).get(`/api/v1/audit?limit=500&${query}`).set('Authorization', reader).expect(200))
      .body.items;

  it('writes a handful of rows for 500 bad-token requests, whose counts sum to 500', async () => {
    const started = Date.now();
    const statuses = await flood(500, 25, () =>
      fetch(`${t.url}/api/v1/apps`, { headers: { authorization: 'Bearer not-a-token' } }),
    );
    const seconds = Math.ceil((Date.now() - started) / 1000);
    expect(statuses).toHaveLength(500);
    expect(statuses.every((s) => s === 401)).toBe(true);

    const rows = (await denials('status=401')).filter((r) => r.action === 'GET /api/v1/apps');
    // one per second the flood touched (it may straddle one more boundary than its length)
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows.length).toBeLessThanOrEqual(seconds + 1);
    expect(rows.reduce((sum, r) => sum + r.count, 0)).toBe(500);
    for (const r of rows) expect(r).toMatchObject({ userId: null, ip: expect.any(String), status: 401 });
    expect(rows.some((r) => r.count > 1)).toBe(true);
  });

  it('keeps callers, routes and statuses apart; other records count 1', async () => {
    const mallory = await bearer({ sub: 'mallory', scope: 'apps:read' });
    const trudy = await bearer({ sub: 'trudy', scope: 'apps:read' });
    await flood(20, 5, () => fetch(`${t.url}/api/v1/audit`, { headers: { authorization: mallory } }));
    await flood(10, 5, () => fetch(`${t.url}/api/v1/audit`, { headers: { authorization: trudy } }));
    await flood(7, 5, () => fetch(`${t.url}/api/v1/nlp/history`, { headers: { authorization: trudy } }));
    const sum = (rows: Row[]) => rows.reduce((s, r) => s + r.count, 0);
    const m = await denials('user=mallory');
    expect(m.every((r) => r.action === 'GET /api/v1/audit' && r.status === 403)).toBe(true);
    expect(sum(m)).toBe(20);
    const tAudit = await denials(`user=trudy&action=${encodeURIComponent('GET /api/v1/audit')}`);
    expect(sum(tAudit)).toBe(10);
    const tNlp = await denials(`user=trudy&action=${encodeURIComponent('GET /api/v1/nlp/history')}`);
    expect(sum(tNlp)).toBe(7);

    const writer = await bearer({ sub: 'walter', scope: 'apps:write' });
    await request(t.url)
      .post('/api/v1/apps')
      .set('Authorization', writer)
      .send({ name: 'flood-app', image: 'ghcr.io/acme/flood-app' })
      .expect(201);
    const [created] = await denials('user=walter');
    expect(created).toMatchObject({ action: 'POST /api/v1/apps', status: 201, count: 1 });
  });
});
