import { RefusedTokenCache, VerifiedTokenCache, verifiedExpiry } from './verified-token-cache.js';
import type { Principal } from '../../common/principal/principal.js';

const alice: Principal = { userId: 'alice', scopes: ['audit:read'], method: 'jwt' };
const NOW = 1_800_000_000_000;

describe('VerifiedTokenCache', () => {
  it('answers a verified token until its TTL, as a copy', () => {
    const cache = new VerifiedTokenCache(10, 30_000);
    cache.set('t1', alice, undefined, NOW);
    const hit = cache.get('t1', NOW + 29_999);
    expect(hit).toEqual(alice);
    hit!.scopes.push('*');
    expect(cache.get('t1', NOW + 1)?.scopes).toEqual(['audit:read']);
    expect(cache.get('t1', NOW + 30_000)).toBeUndefined();
    expect(cache.get('other', NOW)).toBeUndefined();
  });

  it('never beyond the token exp', () => {
    const cache = new VerifiedTokenCache(10, 30_000);
    cache.set('t1', alice, NOW / 1000 + 5, NOW);
    expect(cache.get('t1', NOW + 4_999)).toEqual(alice);
    expect(cache.get('t1', NOW + 5_000)).toBeUndefined();
    cache.set('t2', alice, NOW / 1000 - 1, NOW); // already expired: not stored
    expect(cache.get('t2', NOW)).toBeUndefined();
  });

  it('is bounded, dropping the least recently used', () => {
    const cache = new VerifiedTokenCache(2, 30_000);
    cache.set('a', alice, undefined, NOW);
    cache.set('b', alice, undefined, NOW);
    cache.get('a', NOW); // a is now more recent than b
    cache.set('c', alice, undefined, NOW);
    expect(cache.get('b', NOW)).toBeUndefined();
    expect(cache.get('a', NOW)).toBeDefined();
    expect(cache.get('c', NOW)).toBeDefined();
  });

  it('reads exp from a token payload', () => {
    const token = (payload: object) => `h.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.s`;
    expect(verifiedExpiry(token({ exp: 123 }))).toBe(123);
    expect(verifiedExpiry(token({ sub: 'x' }))).toBeUndefined();
    expect(verifiedExpiry('garbage')).toBeUndefined();
  });
});

describe('RefusedTokenCache', () => {
  it('remembers why a token was refused until its TTL', () => {
    const cache = new RefusedTokenCache(10, 60_000);
    cache.set('bad', 'Token signature is invalid', NOW);
    expect(cache.get('bad', NOW + 59_999)).toBe('Token signature is invalid');
    expect(cache.get('bad', NOW + 60_000)).toBeUndefined();
    expect(cache.get('other', NOW)).toBeUndefined();
  });

  it('is bounded, dropping the oldest', () => {
    const cache = new RefusedTokenCache(2, 60_000);
    cache.set('a', 'ra', NOW);
    cache.set('b', 'rb', NOW);
    cache.set('c', 'rc', NOW);
    expect(cache.get('a', NOW)).toBeUndefined();
    expect(cache.get('b', NOW)).toBe('rb');
    expect(cache.get('c', NOW)).toBe('rc');
  });
});
