import { generateKeyPairSync } from 'node:crypto';
import { SignJWT, importPKCS8 } from 'jose';
import request from 'supertest';
import { createApp } from '../../src/app.factory.js';
import { ConfigValidationError } from '../../src/config/env-validation.js';
import { startTestApp, TestDatabaseHandle, type TestApp } from '../support/test-app.js';
import { bearer, signToken } from '../support/tokens.js';

const AUDIT = '/api/v1/audit';

describe('auth (jwt mode, HS256 with issuer and audience)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      env: { KLEPAAS_JWT_ISSUER: 'https://idp.test', KLEPAAS_JWT_AUDIENCE: 'klepaas' },
    });
  });
  afterAll(() => t.destroy());
  const good = { issuer: 'https://idp.test', audience: 'klepaas' };

  it('no credentials: 401 unauthorized with WWW-Authenticate: Bearer', async () => {
    const res = await request(t.url).get(AUDIT).expect(401);
    expect(res.headers['www-authenticate']).toBe('Bearer');
    expect(res.body).toEqual({
      error: 'unauthorized',
      message: 'Missing bearer token',
      requestId: expect.any(String),
    });
  });

  it.each([
    [
      'bad signature',
      { ...good, scope: 'audit:read', secret: 'another-secret-that-is-long-enough-000000' },
      'Token signature is invalid',
    ],
    [
      'expired',
      { ...good, scope: 'audit:read', expiresIn: Math.floor(Date.now() / 1000) - 60 },
      'Token has expired',
    ],
    [
      'wrong audience',
      { ...good, scope: 'audit:read', audience: 'someone-else' },
      'Token audience is not accepted',
    ],
    [
      'wrong issuer',
      { ...good, scope: 'audit:read', issuer: 'https://evil.test' },
      'Token issuer is not accepted',
    ],
  ])('%s: 401 invalid_token', async (_name, options, message) => {
    const res = await request(t.url)
      .get(AUDIT)
      .set('Authorization', await bearer(options))
      .expect(401);
    expect(res.body.error).toBe('unauthorized');
    expect(res.body.message).toBe(message);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer error="invalid_token"/);
  });

  it('garbage token and alg=none are refused', async () => {
    await request(t.url).get(AUDIT).set('Authorization', 'Bearer not.a.jwt').expect(401);
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(
      JSON.stringify({ sub: 'mallory', scope: '*', iss: good.issuer, aud: good.audience, exp: 9999999999 }),
    ).toString('base64url');
    await request(t.url).get(AUDIT).set('Authorization', `Bearer ${header}.${payload}.`).expect(401);
  });

  it('missing scope: 403 insufficient_scope with required/granted and RFC 6750 challenge', async () => {
    const res = await request(t.url)
      .get(AUDIT)
      .set('Authorization', await bearer({ ...good, scope: 'apps:read deploy:read' }))
      .expect(403);
    expect(res.body).toEqual({
      error: 'insufficient_scope',
      message: expect.any(String),
      required: ['audit:read'],
      granted: ['apps:read', 'deploy:read'],
      requestId: expect.any(String),
    });
    expect(res.headers['www-authenticate']).toBe('Bearer error="insufficient_scope", scope="audit:read"');
  });

  it('scopes from the `scope` string or the `scopes` array; `*` and `prefix:*` wildcards', async () => {
    await request(t.url)
      .get(AUDIT)
      .set('Authorization', await bearer({ ...good, scope: 'audit:read' }))
      .expect(200);
    await request(t.url)
      .get(AUDIT)
      .set('Authorization', await bearer({ ...good, scopes: ['audit:read'] }))
      .expect(200);
    await request(t.url)
      .get(AUDIT)
      .set('Authorization', await bearer({ ...good, scope: '*' }))
      .expect(200);
    await request(t.url)
      .get(AUDIT)
      .set('Authorization', await bearer({ ...good, scope: 'audit:*' }))
      .expect(200);
    await request(t.url)
      .get(AUDIT)
      .set('Authorization', await bearer({ ...good, scope: 'mcp:*' }))
      .expect(403);
  });

  it('header credentials are ignored in jwt mode', async () => {
    await request(t.url).get(AUDIT).set('X-User-Id', 'mallory').set('X-Scopes', '*').expect(401);
  });

  it('denials are audited with the reason, and the token never appears', async () => {
    const token = await signToken({ ...good, scope: 'apps:read', sub: 'bob' });
    await request(t.url)
      .get(`${AUDIT}?user=x`)
      .set('Authorization', `Bearer ${token}`)
      .set('X-Request-Id', 'deny-1')
      .expect(403);
    const page = await request(t.url)
      .get(`${AUDIT}?status=403`)
      .set('Authorization', await bearer({ ...good, scope: 'audit:read' }))
      .expect(200);
    const record = page.body.items.find((r: { requestId: string }) => r.requestId === 'deny-1');
    expect(record).toMatchObject({
      userId: 'bob',
      status: 403,
      action: 'GET /api/v1/audit',
      details: { denied: 'insufficient_scope' },
    });
    expect(JSON.stringify(page.body)).not.toContain(token);
  });
});

describe('auth (jwt mode, RS256 public key)', () => {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      env: {
        KLEPAAS_JWT_SECRET: undefined,
        KLEPAAS_JWT_PUBLIC_KEY: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      },
    });
  });
  afterAll(() => t.destroy());

  it('accepts RS256 tokens from the key holder and refuses HS256 tokens', async () => {
    const key = await importPKCS8(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 'RS256');
    const token = await new SignJWT({ scope: 'audit:read' })
      .setProtectedHeader({ alg: 'RS256' })
      .setSubject('carol')
      .setExpirationTime('5m')
      .sign(key);
    await request(t.url).get(AUDIT).set('Authorization', `Bearer ${token}`).expect(200);
    await request(t.url)
      .get(AUDIT)
      .set('Authorization', await bearer({ scope: 'audit:read' }))
      .expect(401);
  });
});

describe('auth (header mode)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { KLEPAAS_AUTH_MODE: 'header', KLEPAAS_JWT_SECRET: undefined } });
  });
  afterAll(() => t.destroy());

  it('takes the caller from X-User-Id and scopes from X-Scopes (space or comma separated)', async () => {
    await request(t.url).get(AUDIT).expect(401);
    await request(t.url)
      .get(AUDIT)
      .set('X-User-Id', 'dev')
      .set('X-Scopes', 'apps:read,audit:read')
      .expect(200);
    await request(t.url)
      .get(AUDIT)
      .set('X-User-Id', 'dev')
      .set('X-Scopes', 'apps:read deploy:read')
      .expect(403);
  });

  it('is refused at startup in production', async () => {
    const db = TestDatabaseHandle.create();
    await expect(
      createApp({
        ...db.env,
        KLEPAAS_ENV: 'production',
        KLEPAAS_AUTH_MODE: 'header',
        KLEPAAS_LOG_LEVEL: 'silent',
      }),
    ).rejects.toThrow(/KLEPAAS_AUTH_MODE: header mode .* refused when KLEPAAS_ENV=production/);
    await db.drop();
  });
});

describe('configuration validation at startup', () => {
  it.each([
    [{ KLEPAAS_AUTH_MODE: 'basic' }, /KLEPAAS_AUTH_MODE: must be one of jwt \| header \(got "basic"\)/],
    [{ PORT: 'eighty' }, /PORT: .*\(got "eighty"\)/],
    [{ KLEPAAS_ENV: 'prod' }, /KLEPAAS_ENV: must be one of development \| test \| production/],
    [{ KLEPAAS_DATABASE_URL: 'mysql://x' }, /KLEPAAS_DATABASE_URL: must be sqlite:/],
    [{ KLEPAAS_JWT_SECRET: undefined }, /KLEPAAS_JWT_SECRET: jwt mode needs/],
    [{ KLEPAAS_ENV: 'production', KLEPAAS_JWT_SECRET: 'short' }, /at least 32 characters in production/],
    [{ KLEPAAS_BODY_LIMIT: 'huge' }, /KLEPAAS_BODY_LIMIT: must be a size/],
    // module variables are validated before Nest builds anything, all problems in one message
    [
      { KLEPAAS_ROLLOUT_TIMEOUT_SECONDS: 'abc', KLEPAAS_CICD_PRODUCTION_POLICY: 'yolo' },
      /KLEPAAS_ROLLOUT_TIMEOUT_SECONDS: .*must be an integer number \(got "abc"\)[\s\S]*KLEPAAS_CICD_PRODUCTION_POLICY: .*\(got "yolo"\)|KLEPAAS_CICD_PRODUCTION_POLICY: .*\(got "yolo"\)[\s\S]*KLEPAAS_ROLLOUT_TIMEOUT_SECONDS: .*must be an integer number \(got "abc"\)/,
    ],
    [
      { KLEPAAS_JWT_SECRET: undefined, KLEPAAS_JWT_PUBLIC_KEY: 'not a key' },
      /KLEPAAS_JWT_PUBLIC_KEY: must be a PEM public key/,
    ],
  ])('%j fails with a message naming the variable', async (bad, message) => {
    const env: Record<string, string | undefined> = {
      KLEPAAS_JWT_SECRET: 'x'.repeat(40),
      KLEPAAS_DATABASE_URL: 'sqlite::memory:',
      KLEPAAS_LOG_LEVEL: 'silent',
      ...bad,
    };
    const failure = createApp(env);
    await expect(failure).rejects.toBeInstanceOf(ConfigValidationError);
    await expect(failure).rejects.toThrow(message);
  });
});
