import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { openDatabase } from '../../src/database/database.factory.js';
import { generateAppKey, startFakeGitHub, type FakeGitHub } from '../fakes/github-app.js';
import { startFakeMcpServer, type FakeMcpServer } from '../fakes/mcp-servers.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';
import { waitFor } from '../support/wait.js';

async function rawRow(t: TestApp, name: string): Promise<Record<string, unknown> | undefined> {
  const h = await openDatabase(t.database.env.KLEPAAS_DATABASE_URL!, t.database.env.KLEPAAS_DATABASE_SCHEMA);
  try {
    const db = h.db as unknown as import('kysely').Kysely<{
      mcp_external_providers: Record<string, unknown>;
    }>;
    return await db
      .selectFrom('mcp_external_providers')
      .selectAll()
      .where('name', '=', name)
      .executeTakeFirst();
  } finally {
    await h.db.destroy();
  }
}

/** POST /mcp/external/providers with `body` as `token`. */
const postProvider = (url: string, token: string, body: object) =>
  request(url).post('/mcp/external/providers').set('Authorization', token).send(body);

describe('mcp-external: registry, secrets, SSRF, scopes, persistence', () => {
  const secretsKey = randomBytes(32).toString('base64');
  const env = { KLEPAAS_MCP_ALLOWED_HOSTS: '127.0.0.1', KLEPAAS_SECRETS_KEY: secretsKey };
  let t: TestApp;
  let fake: FakeMcpServer;
  let admin: string;
  const token = 'ghp_supersecretvalue_123456';
  const key = generateAppKey();

  beforeAll(async () => {
    fake = await startFakeMcpServer();
    t = await startTestApp({ env });
    admin = await bearer({ scope: 'mcp:admin mcp:read mcp:execute' });
  });
  afterAll(async () => {
    await t.destroy();
    await fake.close();
  });

  it('adds (201), replaces (200), reads with secrets masked, deletes (204)', async () => {
    const body = {
      name: 'tok',
      providerType: 'generic',
      baseUrl: `${fake.url}/mcp`,
      auth: { type: 'bearer', token },
      breaker: { failureThreshold: 3, resetTimeoutSec: 10 },
      retry: { maxAttempts: 2 },
      config: { idempotentTools: ['echo'], timeoutMs: 5000 },
    };
    const created = await postProvider(t.url, admin, body).expect(201);
    expect(created.body).toMatchObject({
      name: 'tok',
      source: 'database',
      auth: { type: 'bearer', token: '********' },
      breaker: { failureThreshold: 3, resetTimeoutSec: 10 },
      retry: { maxAttempts: 2, baseDelayMs: 200, maxDelayMs: 5000 },
      config: { idempotentTools: ['echo'], timeoutMs: 5000, transport: 'auto' },
      status: { breaker: 'closed', connected: false },
    });
    await postProvider(t.url, admin, body).expect(200);

    const list = await request(t.url).get('/mcp/external/providers').set('Authorization', admin).expect(200);
    expect(JSON.stringify(list.body)).not.toContain(token);
    const one = await request(t.url)
      .get('/mcp/external/providers/tok')
      .set('Authorization', admin)
      .expect(200);
    expect(one.body.auth).toEqual({ type: 'bearer', token: '********' });

    // the token is really used, per request
    await request(t.url)
      .post('/mcp/external/tools/call')
      .set('Authorization', admin)
      .send({ provider: 'tok', tool: 'echo', arguments: { text: 'x' } })
      .expect(200);
    expect(fake.authHeaders).toContain(`Bearer ${token}`);

    await request(t.url).delete('/mcp/external/providers/tok').set('Authorization', admin).expect(204);
    await request(t.url).get('/mcp/external/providers/tok').set('Authorization', admin).expect(404);
    await request(t.url).delete('/mcp/external/providers/tok').set('Authorization', admin).expect(404);
  });

  it('encrypts secrets at rest (AES-256-GCM) — the raw row never holds them', async () => {
    await postProvider(t.url, admin, {
      name: 'app',
      providerType: 'github',
      baseUrl: `${fake.url}/mcp`,
      auth: { type: 'github_app', appId: '42', installationId: '7', privateKey: key.privateKeyPem },
    }).expect(201);
    const row = await rawRow(t, 'app');
    const raw = JSON.stringify(row);
    expect(raw).not.toContain('PRIVATE KEY');
    expect(raw).not.toContain(key.privateKeyPem.split('\n')[1]);
    const auth = JSON.parse(String(row!.auth));
    expect(auth).toMatchObject({
      type: 'github_app',
      appId: '42',
      installationId: '7',
      sealed: expect.stringMatching(/^v1:/),
    });
    const masked = await request(t.url)
      .get('/mcp/external/providers/app')
      .set('Authorization', admin)
      .expect(200);
    expect(masked.body.auth).toEqual({
      type: 'github_app',
      appId: '42',
      installationId: '7',
      privateKey: '********',
    });
  });

  it('the audit log of the POST has the secrets redacted', async () => {
    const auditor = await bearer({ scope: 'audit:read' });
    const res = await request(t.url)
      .get('/api/v1/audit?action=POST%20/mcp/external/providers')
      .set('Authorization', auditor)
      .expect(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(JSON.stringify(res.body)).not.toContain(token);
    expect(JSON.stringify(res.body)).not.toContain('PRIVATE KEY');
  });

  it('rejects bad bodies with a clear 400', async () => {
    const bad = await postProvider(t.url, admin, {
      name: 'Bad Name',
      providerType: 'other',
      baseUrl: 'x',
      breaker: { failureThreshold: 0 },
    }).expect(400);
    expect(bad.body.error).toBe('validation_failed');
    const noToken = await postProvider(t.url, admin, {
      name: 'nt',
      providerType: 'generic',
      baseUrl: `${fake.url}/mcp`,
      auth: { type: 'bearer' },
    }).expect(400);
    expect(noToken.body).toMatchObject({
      error: 'invalid_provider',
      message: expect.stringContaining('auth.token'),
    });
  });

  it('survives an app restart on the same database (and still decrypts the secret)', async () => {
    await postProvider(t.url, admin, {
      name: 'durable',
      providerType: 'generic',
      baseUrl: `${fake.url}/mcp`,
      auth: { type: 'bearer', token: 'tok-durable' },
    }).expect(201);
    await t.close();
    t = await startTestApp({ env, database: t.database });
    const one = await request(t.url)
      .get('/mcp/external/providers/durable')
      .set('Authorization', admin)
      .expect(200);
    expect(one.body).toMatchObject({ name: 'durable', auth: { type: 'bearer', token: '********' } });
    await request(t.url)
      .post('/mcp/external/tools/call')
      .set('Authorization', admin)
      .send({ provider: 'durable', tool: 'echo' })
      .expect(200);
    expect(fake.authHeaders).toContain('Bearer tok-durable');
  });

  it('replicas share the registry: another app on the same database sees adds, replacements and deletes', async () => {
    const replica = await startTestApp({
      env: { ...env, KLEPAAS_MCP_REGISTRY_REFRESH_MS: '0' },
      database: t.database,
    });
    try {
      await postProvider(t.url, admin, {
        name: 'shared',
        providerType: 'generic',
        baseUrl: `${fake.url}/mcp`,
        retry: { maxAttempts: 1 },
      }).expect(201);
      const health = await request(replica.url)
        .get('/mcp/external/health/shared')
        .set('Authorization', admin)
        .expect(200);
      expect(health.body).toMatchObject({ provider: 'shared', ok: true, breaker: 'closed' });
      await postProvider(t.url, admin, {
        name: 'shared',
        providerType: 'generic',
        baseUrl: `${fake.url}/down/503/mcp`,
        retry: { maxAttempts: 1 },
      }).expect(200);
      const down = await request(replica.url)
        .get('/mcp/external/health/shared')
        .set('Authorization', admin)
        .expect(503);
      expect(down.body).toMatchObject({
        error: 'unavailable',
        details: { details: { operation: 'health' } },
      });
      await request(t.url).delete('/mcp/external/providers/shared').set('Authorization', admin).expect(204);
      await request(replica.url).get('/mcp/external/health/shared').set('Authorization', admin).expect(404);
    } finally {
      await replica.close();
    }
  });

  it('a key that cannot decrypt the stored secret: clear 401 unauthorized, no crash', async () => {
    await t.close();
    t = await startTestApp({
      env: { ...env, KLEPAAS_SECRETS_KEY: randomBytes(32).toString('hex') },
      database: t.database,
    });
    const res = await request(t.url)
      .post('/mcp/external/tools/call')
      .set('Authorization', admin)
      .send({ provider: 'durable', tool: 'echo' })
      .expect(401);
    expect(res.body).toMatchObject({
      error: 'unauthorized',
      message: expect.stringContaining('KLEPAAS_SECRETS_KEY'),
    });
    await t.close();
    t = await startTestApp({ env, database: t.database });
  });

  it('scopes on every endpoint: 401 without a token, 403 without the scope', async () => {
    const endpoints: [string, string, string, Record<string, unknown>?][] = [
      [
        'post',
        '/mcp/external/providers',
        'mcp:admin',
        { name: 'x', providerType: 'generic', baseUrl: `${fake.url}/mcp` },
      ],
      ['get', '/mcp/external/providers', 'mcp:read'],
      ['get', '/mcp/external/providers/durable', 'mcp:read'],
      ['delete', '/mcp/external/providers/zzz', 'mcp:admin'],
      ['post', '/mcp/external/tools/call', 'mcp:execute', { provider: 'durable', tool: 'echo' }],
      ['get', '/mcp/external/tools/durable', 'mcp:read'],
      ['get', '/mcp/external/health/durable', 'mcp:read'],
    ];
    const everythingElse = (scope: string) =>
      bearer({
        scope: ['mcp:read', 'mcp:execute', 'mcp:admin', 'apps:write'].filter((s) => s !== scope).join(' '),
      });
    for (const [method, path, scope, body] of endpoints) {
      const open = () => request(t.url)[method as 'get'](path);
      const anon = open();
      await (body ? anon.send(body) : anon).expect(401);
      const wrong = open().set('Authorization', await everythingElse(scope));
      const denied = await (body ? wrong.send(body) : wrong).expect(403);
      expect(denied.body).toMatchObject({ error: 'insufficient_scope', required: [scope] });
      const right = open().set('Authorization', await bearer({ scope }));
      const ok = await (body ? right.send(body) : right);
      expect([200, 201, 204, 404]).toContain(ok.status);
    }
  });
});

describe('mcp-external: SSRF refusals and missing secrets key', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ env: {} });
    admin = await bearer({ scope: 'mcp:admin mcp:read' });
  });
  afterAll(() => t.destroy());

  it.each([
    'http://127.0.0.1:9/mcp',
    'http://169.254.169.254/latest/meta-data/',
    'http://10.0.0.1/mcp',
    'http://192.168.0.10/mcp',
    'http://[::1]:8080/mcp',
    'http://localhost:8080/mcp',
    'file:///etc/passwd',
    'gopher://example.com/',
  ])('refuses %s with 400 invalid_provider', async (baseUrl) => {
    const res = await postProvider(t.url, admin, { name: 'evil', providerType: 'generic', baseUrl }).expect(
      400,
    );
    expect(res.body).toMatchObject({
      error: 'invalid_provider',
      message: expect.stringContaining('baseUrl refused'),
    });
  });

  it('refuses a GitHub API base URL pointing inside too', async () => {
    const res = await postProvider(t.url, admin, {
      name: 'evil',
      providerType: 'github',
      baseUrl: 'https://93.184.216.34/mcp',
      auth: {
        type: 'github_app',
        appId: '1',
        installationId: '2',
        privateKey: generateAppKey().privateKeyPem,
        apiBaseUrl: 'http://169.254.169.254/',
      },
    }).expect(400);
    expect(res.body).toMatchObject({
      error: 'invalid_provider',
      message: expect.stringContaining('auth.apiBaseUrl refused'),
    });
  });

  it('refuses to store secrets without KLEPAAS_SECRETS_KEY (422) but stores secret-less providers', async () => {
    // a public-looking literal IP passes the SSRF check without DNS
    const withSecret = await postProvider(t.url, admin, {
      name: 'pub',
      providerType: 'generic',
      baseUrl: 'https://93.184.216.34/mcp',
      auth: { type: 'bearer', token: 't' },
    }).expect(422);
    expect(withSecret.body).toMatchObject({
      error: 'secrets_key_missing',
      message: expect.stringContaining('KLEPAAS_SECRETS_KEY'),
    });
    await postProvider(t.url, admin, {
      name: 'pub',
      providerType: 'generic',
      baseUrl: 'https://93.184.216.34/mcp',
    }).expect(201);
  });

  it('readiness reports providers without failing', async () => {
    // health results are shared for 250 ms: the provider saved just now shows on the next round of checks
    const ready = await waitFor('the provider in health', async () => {
      const res = await request(t.url).get('/api/v1/health').expect(200);
      return res.body.info.mcp_external?.providers ? res : undefined;
    });
    expect(ready.body.info.mcp_external).toMatchObject({
      status: 'up',
      providers: { pub: { breaker: 'closed' } },
    });
  });
});

describe('mcp-external: GitHub provider from env with GitHub App auth', () => {
  const appId = '12345';
  const installationId = '777';
  const key = generateAppKey();
  let gh: FakeGitHub;
  let fake: FakeMcpServer;
  let t: TestApp;
  let user: string;

  beforeAll(async () => {
    gh = await startFakeGitHub({ appId, installationId, publicKey: key.publicKey, tokenTtlSec: 4 });
    fake = await startFakeMcpServer();
    t = await startTestApp({
      env: {
        KLEPAAS_GITHUB_APP_ID: appId,
        KLEPAAS_GITHUB_APP_PRIVATE_KEY: key.privateKeyPem.replace(/\n/g, '\\n'),
        KLEPAAS_GITHUB_APP_INSTALLATION_ID: installationId,
        KLEPAAS_GITHUB_API_URL: gh.url,
        KLEPAAS_GITHUB_MCP_URL: `${fake.url}/mcp`,
        KLEPAAS_GITHUB_TOKEN_REFRESH_MARGIN_SEC: '2',
        KLEPAAS_MCP_ALLOWED_HOSTS: '127.0.0.1',
        KLEPAAS_SECRETS_KEY: randomBytes(32).toString('hex'),
      },
    });
    user = await bearer({ scope: 'mcp:read mcp:execute mcp:admin' });
  });
  afterAll(async () => {
    await t.destroy();
    await fake.close();
    await gh.close();
  });

  const callEcho = () =>
    request(t.url)
      .post('/mcp/external/tools/call')
      .set('Authorization', user)
      .send({ provider: 'github', tool: 'echo' });

  it('is listed from env with the key masked and cannot be replaced over REST', async () => {
    const res = await request(t.url)
      .get('/mcp/external/providers/github')
      .set('Authorization', user)
      .expect(200);
    expect(res.body).toMatchObject({
      name: 'github',
      providerType: 'github',
      source: 'env',
      auth: { type: 'github_app', appId, installationId, privateKey: '********' },
    });
    expect(JSON.stringify(res.body)).not.toContain('PRIVATE KEY');
    const put = await postProvider(t.url, user, {
      name: 'github',
      providerType: 'github',
      baseUrl: `${fake.url}/mcp`,
    }).expect(409);
    expect(put.body.error).toBe('provider_read_only');
    await request(t.url).delete('/mcp/external/providers/github').set('Authorization', user).expect(409);
  });

  it('exchanges a valid RS256 app JWT for an installation token, caches it, refreshes before expiry', async () => {
    await callEcho().expect(200);
    expect(gh.rejected).toBe(0);
    expect(gh.issued).toEqual(['ghs_fake1']);
    expect(fake.authHeaders.at(-1)).toBe('Bearer ghs_fake1');
    await callEcho().expect(200);
    expect(gh.issued.length).toBe(1); // cached
    // token lives 4 s, refreshed 2 s before expiry
    await new Promise((r) => setTimeout(r, 2300));
    await callEcho().expect(200);
    expect(gh.issued).toEqual(['ghs_fake1', 'ghs_fake2']);
    expect(fake.authHeaders.at(-1)).toBe('Bearer ghs_fake2');
    const p = await request(t.url)
      .get('/mcp/external/providers/github')
      .set('Authorization', user)
      .expect(200);
    expect(p.body.status.auth).toMatchObject({ kind: 'github_app', refreshes: 2 });
  });

  it('a provider with the wrong app key: GitHub rejects the JWT → 401 unauthorized', async () => {
    await postProvider(t.url, user, {
      name: 'wrongkey',
      providerType: 'github',
      baseUrl: `${fake.url}/mcp`,
      auth: {
        type: 'github_app',
        appId,
        installationId,
        privateKey: generateAppKey().privateKeyPem,
        apiBaseUrl: gh.url,
      },
      retry: { maxAttempts: 1 },
    }).expect(201);
    const res = await request(t.url)
      .post('/mcp/external/tools/call')
      .set('Authorization', user)
      .send({ provider: 'wrongkey', tool: 'echo' })
      .expect(401);
    expect(res.body).toMatchObject({
      error: 'unauthorized',
      details: { code: 'unauthorized', details: { source: 'auth', httpStatus: 401 } },
    });
    expect(gh.rejected).toBeGreaterThan(0);
  });
});
