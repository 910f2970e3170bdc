import { containsSecret, isSecretKey, maskSecretsInText, REDACTED, redact } from './redact.js';

describe('redact', () => {
  it('replaces secret-looking keys at any depth, any spelling, and keeps the rest', () => {
    const input = {
      name: 'web-app',
      password: 'p',
      nested: {
        apiKey: 'k',
        api_key: 'k2',
        'private-key': 'pem',
        list: [{ Authorization: 'Bearer x', ok: 1 }],
      },
      deep: { a: { b: { c: { clientSecret: 's', GITHUB_TOKEN: 't' } } } },
      empty: { token: '' },
    };
    expect(redact(input)).toEqual({
      name: 'web-app',
      password: REDACTED,
      nested: {
        apiKey: REDACTED,
        api_key: REDACTED,
        'private-key': REDACTED,
        list: [{ Authorization: REDACTED, ok: 1 }],
      },
      deep: { a: { b: { c: { clientSecret: REDACTED, GITHUB_TOKEN: REDACTED } } } },
      empty: { token: '' },
    });
    expect(input.password).toBe('p');
  });

  it('survives cycles', () => {
    const a: Record<string, unknown> = { secret: 'x' };
    a.self = a;
    expect(redact(a)).toEqual({ secret: REDACTED, self: '[…]' });
  });
});

describe('secrets by name', () => {
  it.each([
    'DB_PASS',
    'pass',
    'PGPASSWORD',
    'passwd',
    'db_pwd',
    'MYSQL_PWD',
    'SENTRY_DSN',
    'apiKey',
    'SSH_KEY',
    'x-api-key',
    'basic_auth',
    'X-Auth',
    'access_token',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_ACCESS_KEY_ID',
    'clientSecret',
    'credentials',
    'set-cookie',
    'x-hub-signature-256',
    'privateKey',
    'SESSION_JWT',
  ])('%s is a secret name', (name) => expect(isSecretKey(name)).toBe(true));

  it.each([
    'author',
    'authMode',
    'keyId',
    'keyset',
    'passthrough',
    'compass',
    'DATABASE_URL',
    'image',
    'replicas',
  ])('%s is not', (name) => expect(isSecretKey(name)).toBe(false));
});

describe('secrets by value', () => {
  it.each([
    ['DATABASE_URL=postgres://u:pw@h/db', 'DATABASE_URL=postgres://u:[REDACTED]@h/db'],
    ['postgres://admin:s3cr3t@db.internal:5432/app', 'postgres://admin:[REDACTED]@db.internal:5432/app'],
    ['https://ghp_abcdefghijklmnopqrstuvwxyz0123@github.com/o/r', 'https://[REDACTED]@github.com/o/r'],
    [
      'https://mcp.example/sse?access_token=abc123&x=1',
      'https://mcp.example/sse?access_token=[REDACTED]&x=1',
    ],
    ['https://h/p?key=k1&token=t1&page=2', 'https://h/p?key=[REDACTED]&token=[REDACTED]&page=2'],
    [
      'https://h/p?X-Amz-Signature=abc&X-Amz-Credential=AK',
      'https://h/p?X-Amz-Signature=[REDACTED]&X-Amz-Credential=[REDACTED]',
    ],
    ['DB_PASS=hunter2 PORT=5432', 'DB_PASS=[REDACTED] PORT=5432'],
    ['set env api_key: "abc def" now', 'set env api_key: [REDACTED] now'],
    ['Authorization: Bearer abcdefghijk.lmnop', 'Authorization: [REDACTED] [REDACTED]'],
    ['header Bearer abcdefghijk.lmnop', 'header Bearer [REDACTED]'],
    ['token ghs_abcdefghijklmnopqrstuvwxyz12 used', 'token [REDACTED] used'],
    ['jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJtZSJ9.c2lnbmF0dXJl', 'jwt [REDACTED]'],
    // none of `=` or `:`: each found by its own marks (the pre-test that skips plain text must let them through)
    ['slack xoxb-1234567890-abcdef', 'slack [REDACTED]'],
    ['use sk-abcdefghijklmnopqrstuvwxyz now', 'use [REDACTED] now'],
    ['id AKIAABCDEFGHIJKLMNOP', 'id [REDACTED]'],
    ['-----BEGIN RSA PRIVATE KEY-----\nabc\n-----END RSA PRIVATE KEY-----', '[REDACTED]'],
    ['header Basic dXNlcnBhc3N3b3Jk', 'header Basic [REDACTED]'],
    ['github_pat_abcdefghijklmnopqrstuvwxyz', '[REDACTED]'],
  ])('%s', (input, masked) => {
    expect(maskSecretsInText(input)).toBe(masked);
    expect(containsSecret(input)).toBe(true);
  });

  it.each([
    'deploy web v1.2.0 to staging',
    'https://api.githubcopilot.com/mcp/?page=2',
    'git@github.com:octo/hello.git',
    'PORT=8080 LOG_LEVEL=info',
    'postgres://db.internal:5432/app',
  ])('leaves %s alone', (text) => {
    expect(maskSecretsInText(text)).toBe(text);
    expect(containsSecret(text)).toBe(false);
  });

  it('redact masks values inside strings at any depth, and secret names whatever their value', () => {
    expect(
      redact({
        body: {
          env: { DATABASE_URL: 'postgres://u:pw@h/db', DB_PASS: 'x' },
          baseUrl: 'https://h/mcp?api_key=zz',
        },
        command: 'create app with DB_PASS=hunter2',
      }),
    ).toEqual({
      body: {
        env: { DATABASE_URL: 'postgres://u:[REDACTED]@h/db', DB_PASS: REDACTED },
        baseUrl: 'https://h/mcp?api_key=[REDACTED]',
      },
      command: 'create app with DB_PASS=[REDACTED]',
    });
  });
});
