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

  it('stays bounded under many distinct keys, evicting the oldest', () => {
    const s = new StormSuppressor(1_000_000, 100);
    for (let i = 0; i < 1000; i++) s.check(`k${i}`, i);
    expect(s.size).toBeLessThanOrEqual(100);
    expect(s.check('k999', 1000)).toEqual({ send: false }); // recent keys are kept
    expect(s.check('k0', 1000)).toEqual({ send: true, suppressed: 0 }); // the oldest was evicted
  });

  it('forgets idle keys whose window is over as new alerts arrive', () => {
    const s = new StormSuppressor(1000);
    s.check('a', 0);
    s.check('b', 10);
    s.check('c', 2000); // a's window is over and it suppressed nothing: dropped
    expect(s.size).toBe(2);
    s.check('b', 20); // b suppressed one: kept until reported
    s.check('d', 5000);
    expect(s.check('b', 5001)).toEqual({ send: true, suppressed: 1 });
  });
});
