import { backoffDelay } from './backoff.js';

const policy = { baseMs: 100, maxMs: 1000, retryAfterMaxMs: 5000 };

describe('backoffDelay', () => {
  it('grows exponentially with the attempt and stays within [exp/2, exp]', () => {
    expect(backoffDelay(1, policy, undefined, () => 0)).toBe(50);
    expect(backoffDelay(1, policy, undefined, () => 1)).toBe(100);
    expect(backoffDelay(2, policy, undefined, () => 1)).toBe(200);
    expect(backoffDelay(3, policy, undefined, () => 0.5)).toBe(300);
    expect(backoffDelay(4, policy, undefined, () => 1)).toBe(800);
  });

  it('is capped at maxMs however many attempts', () => {
    expect(backoffDelay(10, policy, undefined, () => 1)).toBe(1000);
    expect(backoffDelay(50, policy, undefined, () => 0)).toBe(500);
  });

  it('jitters: different random draws give different delays', () => {
    const seen = new Set([0, 0.25, 0.5, 0.75, 1].map((r) => backoffDelay(3, policy, undefined, () => r)));
    expect(seen.size).toBe(5);
  });

  it('honours Retry-After as a floor, capped at retryAfterMaxMs', () => {
    expect(backoffDelay(1, policy, 2000, () => 1)).toBe(2000);
    expect(backoffDelay(1, policy, 60000, () => 1)).toBe(5000);
    // a Retry-After shorter than the backoff does not shorten it
    expect(backoffDelay(4, policy, 10, () => 1)).toBe(800);
  });
});
