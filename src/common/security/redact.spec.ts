import { REDACTED, redact } from './redact.js';

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
