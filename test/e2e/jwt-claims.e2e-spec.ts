import { SignJWT } from 'jose';
import request from 'supertest';
import { createApp } from '../../src/app.factory.js';
import { ConfigValidationError } from '../../src/config/env-validation.js';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';

const APPS = '/api/v1/apps';
const now = () => Math.floor(Date.now() / 1000);

/** Any payload, HS256-signed with the test secret: what a compromised or sloppy issuer could mint. */
async function rawToken(payload: Record<string, unknown>): Promise<string> {
  const jwt = await new SignJWT(payload)
    .setProtectedHeader({ alg: 'HS256' })
    .sign(new TextEncoder().encode(TEST_JWT_SECRET));
  return `Bearer ${jwt}`;
}

async function expectInvalidToken(t: TestApp, authorization: string, reason: RegExp): Promise<void> {
  const res = await request(t.url).get(APPS).set('Authorization', authorization).expect(401);
  expect(res.body).toEqual({
    error: 'unauthorized',
    message: expect.any(String),
    requestId: expect.any(String),
  });
  expect(res.body.message).toMatch(reason);
  expect(res.headers['www-authenticate']).toMatch(
    /^Bearer error="invalid_token", error_description="Invalid token \(/,
  );
}

async function deniedReasons(t: TestApp): Promise<string[]> {
  const res = await request(t.url)
    .get('/api/v1/audit?status=401&limit=100')
    .set('Authorization', await bearer({ sub: 'auditor', scope: 'audit:read' }))
    .expect(200);
  return (res.body.items as { details: { reason?: string } }[]).map((i) => i.details?.reason ?? '');
}

describe('JWT subject', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.destroy());

  it.each([
    ['a number', 42],
    ['an object', { a: 1 }],
    ['an array', ['alice']],
    ['empty', ''],
    ['blank', '   '],
    ['missing', undefined],
    ['boolean', true],
  ])('sub that is %s: 401 invalid_token, audited', async (_what, sub) => {
    const exp = now() + 600;
    await expectInvalidToken(
      t,
      await rawToken({ sub, scope: 'apps:read', iat: now(), exp }),
      /^Invalid token \(sub must be a non-empty string\)$/,
    );
  });

  it('a sub longer than the user_id columns, or with control characters, is refused', async () => {
    await expectInvalidToken(
      t,
      await rawToken({ sub: 'a'.repeat(256), scope: 'apps:read', exp: now() + 600 }),
      /at most 255 characters/,
    );
    await expectInvalidToken(
      t,
      await rawToken({ sub: 'al\u0000ice', scope: 'apps:read', exp: now() + 600 }),
      /control characters/,
    );
    await expectInvalidToken(
      t,
      await rawToken({ sub: 'al\ud800ice', scope: 'apps:read', exp: now() + 600 }),
      /lone surrogates/,
    );
  });

  it('numeric 42 cannot pass for the user "42"; the string is accepted', async () => {
    await request(t.url)
      .get(APPS)
      .set('Authorization', await rawToken({ sub: 42, scope: 'apps:read', exp: now() + 600 }))
      .expect(401);
    await request(t.url)
      .get(APPS)
      .set('Authorization', await rawToken({ sub: '42', scope: 'apps:read', exp: now() + 600 }))
      .expect(200);
    expect(await deniedReasons(t)).toContain('Invalid token (sub must be a non-empty string)');
  });

  it('outside production a token without exp is still accepted; one longer than the maximum is not', async () => {
    await request(t.url)
      .get(APPS)
      .set('Authorization', await rawToken({ sub: 'dev', scope: 'apps:read' }))
      .expect(200);
    await expectInvalidToken(
      t,
      await rawToken({ sub: 'dev', scope: 'apps:read', iat: now(), exp: now() + 25 * 3600 }),
      /lifetime exceeds the maximum of 86400s/,
    );
  });
});

describe('JWT lifetime in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { KLEPAAS_ENV: 'production', KLEPAAS_JWT_MAX_LIFETIME: '2h' } });
  });
  afterAll(() => t.destroy());

  it('a token without exp is refused', async () => {
    await expectInvalidToken(
      t,
      await rawToken({ sub: 'alice', scope: 'apps:read', iat: now() }),
      /^Invalid token \(exp is required\)$/,
    );
    expect(await deniedReasons(t)).toContain('Invalid token (exp is required)');
  });

  it('lifetimes over KLEPAAS_JWT_MAX_LIFETIME are refused, measured from iat and from now', async () => {
    // exp − iat too long
    await expectInvalidToken(
      t,
      await rawToken({ sub: 'alice', scope: 'apps:read', iat: now() - 60, exp: now() + 7200 }),
      /lifetime exceeds the maximum of 7200s/,
    );
    // no iat: exp − now
    await expectInvalidToken(
      t,
      await rawToken({ sub: 'alice', scope: 'apps:read', exp: now() + 3 * 3600 }),
      /lifetime exceeds/,
    );
    // an iat in the future does not stretch it
    await expectInvalidToken(
      t,
      await rawToken({
        sub: 'alice',
        scope: 'apps:read',
        iat: now() + 30 * 86400,
        exp: now() + 30 * 86400 + 60,
      }),
      /lifetime exceeds/,
    );
    await expectInvalidToken(t, await rawToken({ sub: 'alice', scope: 'apps:read', exp: 'tomorrow' }), /./);
  });

  it('a token within the maximum is accepted', async () => {
    await request(t.url)
      .get(APPS)
      .set('Authorization', await bearer({ sub: 'alice', scope: 'apps:read', expiresIn: '1h' }))
      .expect(200);
    await request(t.url)
      .get(APPS)
      .set('Authorization', await rawToken({ sub: 'alice', scope: 'apps:read', exp: now() + 7000 }))
      .expect(200);
  });
});

describe('KLEPAAS_JWT_MAX_LIFETIME at boot', () => {
  it.each(['forever', '30s', '400d', '1.5h'])('%s is refused naming the variable', async (value) => {
    const failure = createApp({
      KLEPAAS_JWT_SECRET: 'x'.repeat(40),
      KLEPAAS_DATABASE_URL: 'sqlite::memory:',
      KLEPAAS_LOG_LEVEL: 'silent',
      KLEPAAS_JWT_MAX_LIFETIME: value,
    });
    await expect(failure).rejects.toBeInstanceOf(ConfigValidationError);
    await expect(failure).rejects.toThrow(/KLEPAAS_JWT_MAX_LIFETIME: must be/);
  });
});

describe('header mode (development) applies the same rule to X-User-Id', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { KLEPAAS_AUTH_MODE: 'header', KLEPAAS_JWT_SECRET: undefined } });
  });
  afterAll(() => t.destroy());

  it('a user id longer than the user_id columns is refused; a normal one passes', async () => {
    const res = await request(t.url)
      .get(APPS)
      .set('X-User-Id', 'u'.repeat(256))
      .set('X-Scopes', 'apps:read')
      .expect(401);
    expect(res.body.message).toBe('Invalid X-User-Id: it must be at most 255 characters');
    await request(t.url).get(APPS).set('X-User-Id', 'alice').set('X-Scopes', 'apps:read').expect(200);
  });
});
