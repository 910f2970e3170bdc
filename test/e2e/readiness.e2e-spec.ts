import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Kysely } from 'kysely';
import request from 'supertest';
import { DATABASE } from '../../src/database/database.tokens.js';
import { metricsText } from '../support/metrics.js';
import { POSTGRES_URL, startTestApp, testDatabase, TestDatabaseHandle } from '../support/test-app.js';

/** Readiness results are shared for a short window; poll until the new state shows. */
async function readyzBecomes(url: string, status: number): Promise<request.Response> {
  const until = Date.now() + 10_000;
  for (;;) {
    const res = await request(url).get('/api/v1/readyz');
    if (res.status === status || Date.now() > until) {
      expect(res.status).toBe(status);
      return res;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A TCP proxy we can cut, standing between the app and PostgreSQL. */
class CuttableProxy {
  private server!: Server;
  private readonly sockets = new Set<Socket>();
  port = 0;

  async start(targetPort: number, port = 0): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(targetPort, '127.0.0.1');
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((r) => this.server.listen(port, '127.0.0.1', r));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async cut(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}

describe('readiness', () => {
  it('reports redis in health when configured (real Redis at 127.0.0.1:6379) and not_configured when not', async () => {
    const withRedis = await startTestApp({ env: { KLEPAAS_REDIS_URL: 'redis://127.0.0.1:6379' } });
    const res = await request(withRedis.url).get('/api/v1/health').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.info.redis).toMatchObject({ status: 'up', state: 'up' });
    await withRedis.destroy();
    const without = await startTestApp();
    expect((await request(without.url).get('/api/v1/health').expect(200)).body.info.redis).toEqual({
      status: 'up',
      state: 'not_configured',
    });
    await without.destroy();
  });

  it('readiness checks only what the process needs: database and start-up', async () => {
    const t = await startTestApp();
    const ready = await request(t.url).get('/api/v1/readyz').expect(200);
    expect(Object.keys(ready.body.details).sort()).toEqual(['database', 'startup']);
    expect(ready.body).toMatchObject({ status: 'ok', degraded: {}, error: {} });
    const health = await request(t.url).get('/api/v1/health').expect(200);
    expect(Object.keys(health.body.details)).toEqual(
      expect.arrayContaining(['database', 'startup', 'kubernetes', 'redis', 'alerts', 'nlp', 'mcp_external']),
    );
    await t.destroy();
  });

  it('stays ready with Redis unreachable; health shows redis degraded and so does the gauge', async () => {
    const t = await startTestApp({ env: { KLEPAAS_REDIS_URL: 'redis://127.0.0.1:1' } });
    await request(t.url).get('/api/v1/readyz').expect(200);
    const res = await request(t.url).get('/api/v1/health').expect(200);
    expect(res.body).toMatchObject({
      status: 'degraded',
      degraded: { redis: { status: 'degraded', message: expect.stringContaining('redis') } },
      error: {},
    });
    expect(await metricsText(t.url)).toMatch(/^klepaas_dependency_degraded\{dependency="redis"\} 1$/m);
    await t.destroy();
  });

  it('turns 503 naming the database when the database goes down, and recovers', async () => {
    if (testDatabase() === 'sqlite') {
      const t = await startTestApp();
      await request(t.url).get('/api/v1/readyz').expect(200);
      await t.app.get<Kysely<unknown>>(DATABASE).destroy();
      const res = await readyzBecomes(t.url, 503);
      expect(res.body).toMatchObject({
        error: 'not_ready',
        message: 'Not ready: database',
        details: { database: { status: 'down' } },
      });
      await t.close().catch(() => undefined);
      await t.database.drop();
      return;
    }
    const proxy = new CuttableProxy();
    await proxy.start(Number(new URL(POSTGRES_URL).port || 5432));
    const via = new URL(POSTGRES_URL);
    via.port = String(proxy.port);
    const base = TestDatabaseHandle.create('postgres');
    const t = await startTestApp({ database: base, env: { KLEPAAS_DATABASE_URL: via.toString() } });
    await request(t.url).get('/api/v1/readyz').expect(200);
    const port = proxy.port;
    await proxy.cut();
    const down = await readyzBecomes(t.url, 503);
    expect(down.body).toMatchObject({ error: 'not_ready', details: { database: { status: 'down' } } });
    await proxy.start(Number(new URL(POSTGRES_URL).port || 5432), port);
    await readyzBecomes(t.url, 200);
    await t.destroy();
    await proxy.cut();
  });

  it('turns 503 as soon as shutdown begins, before the server closes', async () => {
    const t = await startTestApp({ env: { KLEPAAS_SHUTDOWN_DELAY_MS: '1500' } });
    await request(t.url).get('/api/v1/readyz').expect(200);
    const closing = t.close();
    await new Promise((r) => setTimeout(r, 200));
    const res = await request(t.url).get('/api/v1/readyz').expect(503);
    expect(res.body).toMatchObject({ error: 'not_ready', message: 'Shutting down' });
    await request(t.url).get('/api/v1/healthz').expect(200);
    await closing;
    await t.database.drop();
  });
});
