import { parseRetryAfterMs, retryAfterMsFromHeaders } from './retry-after.js';

describe('parseRetryAfterMs (the one Retry-After parser)', () => {
  it('reads delta-seconds, fractions included', () => {
    expect(parseRetryAfterMs('3')).toBe(3000);
    expect(parseRetryAfterMs(' 0 ')).toBe(0);
    expect(parseRetryAfterMs('1.5')).toBe(1500);
  });
  it('reads an HTTP date relative to now, never negative', () => {
    const now = Date.parse('2026-11-29T04:00:00Z');
    expect(parseRetryAfterMs('Sun, 29 Nov 2026 04:00:10 GMT', now)).toBe(10000);
    expect(parseRetryAfterMs('Sun, 29 Nov 2026 03:59:00 GMT', now)).toBe(0);
  });
  it('ignores absent or garbage values, and negative numbers', () => {
    expect(parseRetryAfterMs(null)).toBeUndefined();
    expect(parseRetryAfterMs(undefined)).toBeUndefined();
    expect(parseRetryAfterMs('')).toBeUndefined();
    expect(parseRetryAfterMs('soon')).toBeUndefined();
    expect(parseRetryAfterMs('-5')).toBeUndefined();
  });
});

describe('retryAfterMsFromHeaders', () => {
  const headers = (h: Record<string, string>) => new Headers(h);
  it('prefers retry-after-ms, falls back to retry-after', () => {
    expect(retryAfterMsFromHeaders(headers({ 'retry-after-ms': '250', 'retry-after': '9' }))).toBe(250);
    expect(retryAfterMsFromHeaders(headers({ 'retry-after-ms': 'x', 'retry-after': '2' }))).toBe(2000);
    expect(retryAfterMsFromHeaders(headers({}))).toBeUndefined();
    expect(retryAfterMsFromHeaders(null)).toBeUndefined();
  });
});
