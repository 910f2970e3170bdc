import { backoffCeilingMs, equalJitter, fullJitter } from './backoff.js';

describe('backoff', () => {
  it('doubles from base and stops at the cap', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffCeilingMs(n, 100, 500))).toEqual([100, 200, 400, 500, 500]);
    expect(backoffCeilingMs(0, 100, 500)).toBe(100);
  });
  it('full jitter spans [0, ceiling); equal jitter [ceiling/2, ceiling]', () => {
    expect(fullJitter(400, () => 0)).toBe(0);
    expect(fullJitter(400, () => 0.999)).toBe(399);
    expect(equalJitter(400, () => 0)).toBe(200);
    expect(equalJitter(400, () => 1)).toBe(400);
  });
});
