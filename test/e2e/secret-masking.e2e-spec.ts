import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { startFakeMcpServer, type FakeMcpServer } from '../fakes/mcp-servers.js';
import { startRedirector, type RecordingServer } from '../fakes/ssrf-targets.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';

/** Secrets recognised by name (DB_PASS) and by value (user:password@ URLs, ?access_token=) never come back. */
describe('secrets by name and by value: refused, masked, redacted', () => {
  let t: TestApp;
  let fake: FakeMcpServer;
  let hop: RecordingServer;
  let admin: string;
  const queryToken = 'qs-token-9f8e7d6c5b4a';

  beforeAll(async () => {
    fake = await startFakeMcpServer();
    hop = await startRedirector(307, (path) => `${fake.url}${path.split('?')[0]}`);
    t = await startTestApp({
      env: { KLEPAAS_MCP_ALLOWED_HOSTS: '127.0.0.1', KLEPAAS_SECRETS_KEY: randomBytes(32).toString('hex') },
    });
    admin = await bearer({ scope: 'apps:write apps:read mcp:admin mcp:read mcp:execute audit:read' });
  });
  afterAll(async () => {
    await t.destroy();
    await fake.close();
    await hop.close();
  });

  const auditText = async (action: string) => {
    const res = await request(t.url)
      .get(`/api/v1/audit?action=${encodeURIComponent(action)}`)
      .set('Authorization', admin)
      .expect(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    return JSON.stringify(res.body);
  };

  it.each([
    [{ DB_PASS: 'hunter2-pass' }, 'looks like a secret'],
    [{ MYSQL_PWD: 'hunter2-pwd' }, 'looks like a secret'],
    [{ DATABASE_URL: 'postgres://app:hunter2-url@db.internal/app' }, 'holds a credential'],
    [{ HOOK: 'https://hooks.example/x?token=hunter2-query' }, 'holds a credential'],
  ])('app env %j is refused (400 invalid_app) and never stored or audited in clear', async (env, why) => {
    const res = await request(t.url)
      .post('/api/v1/apps')
      .set('Authorization', admin)
      .send({ name: 'web', image: 'ghcr.io/acme/web', env })
      .expect(400);
    expect(res.body).toMatchObject({ error: 'invalid_app', message: expect.stringContaining(why) });
    expect(JSON.stringify(res.body)).not.toContain('hunter2');
    expect(await auditText('POST /api/v1/apps')).not.toContain('hunter2');
  });

  it('plain env (a URL without credentials) is still accepted', async () => {
    await request(t.url)
      .post('/api/v1/apps')
      .set('Authorization', admin)
      .send({ name: 'plain', image: 'ghcr.io/acme/web', env: { DATABASE_URL: 'postgres://db.internal/app' } })
      .expect(201);
  });

  it('a provider baseUrl ?access_token= is used for calls but masked in responses and the audit log', async () => {
    const created = await request(t.url)
      .post('/mcp/external/providers')
      .set('Authorization', admin)
      .send({
        name: 'qs',
        providerType: 'generic',
        baseUrl: `${hop.url}/mcp?access_token=${queryToken}&team=ops`,
        retry: { maxAttempts: 1 },
      })
      .expect(201);
    expect(created.body.baseUrl).toBe(`${hop.url}/mcp?access_token=********&team=ops`);
    for (const path of ['/mcp/external/providers', '/mcp/external/providers/qs']) {
      const res = await request(t.url).get(path).set('Authorization', admin).expect(200);
      expect(JSON.stringify(res.body)).not.toContain(queryToken);
    }
    await request(t.url)
      .post('/mcp/external/tools/call')
      .set('Authorization', admin)
      .send({ provider: 'qs', tool: 'echo' })
      .expect(200);
    expect(hop.hits[0]).toBe(`POST /mcp?access_token=${queryToken}&team=ops`); // the real URL went out
    expect(await auditText('POST /mcp/external/providers')).not.toContain(queryToken);
  });
});
