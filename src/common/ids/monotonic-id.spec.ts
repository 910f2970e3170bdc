import { monotonicId } from './monotonic-id.js';

describe('monotonicId', () => {
  it('is 36 characters, unique and in creation order across many refills of its random pool', () => {
    const ids = Array.from({ length: 2_000 }, () => monotonicId());
    expect(ids.every((id) => /^[0-9a-z]{16}[0-9a-f]{20}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    // the random tails differ too (not one pool slice handed out twice)
    expect(new Set(ids.map((id) => id.slice(16))).size).toBe(ids.length);
  });
});
