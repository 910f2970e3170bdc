import { StormSuppressor, suppressionKey } from './storm-suppressor.js';

describe('StormSuppressor', () => {
  const key = suppressionKey('error', 'timeout', 'github');

  it('sends the first, suppresses repeats within the window, then reports how many were suppressed', () => {
    const s = new StormSuppressor(60000);
    expect(s.check(key, 0)).toEqual({ send: true, suppressed: 0 });
    expect(s.check(key, 1000)).toEqual({ send: false });
    expect(s.check(key, 59999)).toEqual({ send: false });
    expect(s.check(key, 60000)).toEqual({ send: true, suppressed: 2 });
    // the count starts again after it was reported
    expect(s.check(key, 60001)).toEqual({ send: false });
    expect(s.check(key, 200000)).toEqual({ send: true, suppressed: 1 });
  });

  it('keys on kind, code and subject separately', () => {
    const s = new StormSuppressor(60000);
    expect(s.check(suppressionKey('error', 'timeout', 'a'), 0).send).toBe(true);
    expect(s.check(suppressionKey('error', 'timeout', 'b'), 0).send).toBe(true);
    expect(s.check(suppressionKey('error', 'rate_limited', 'a'), 0).send).toBe(true);
    expect(s.check(suppressionKey('health_down', 'timeout', 'a'), 0).send).toBe(true);
    expect(s.check(suppressionKey('error', 'timeout', 'a'), 1).send).toBe(false);
    // no ambiguity when parts contain the separator-like characters
    expect(suppressionKey('a', 'b c', 'd')).not.toBe(suppressionKey('a', 'b', 'c d'));
  });

  it('a window of 0 turns suppression off', () => {
    const s = new StormSuppressor(0);
    expect(s.check(key, 0)).toEqual({ send: true, suppressed: 0 });
    expect(s.check(key, 0)).toEqual({ send: true, suppressed: 0 });
    expect(s.size).toBe(0);
  });

  it('stays bounded under many distinct keys', () => {
    const s = new StormSuppressor(1000, 100);
    for (let i = 0; i < 1000; i++) s.check(`k${i}`, i * 10);
    expect(s.size).toBeLessThanOrEqual(101);
  });
});
