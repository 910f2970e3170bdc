import { retryOn } from './retry-on.js';

describe('retryOn', () => {
  const conflict = new Error('conflict');
  const options = (sleeps: number[]) => ({
    attempts: 3,
    retryable: (err: unknown) => err === conflict,
    sleep: async (ms: number) => void sleeps.push(ms),
    random: () => 0.5,
  });

  it('tries again after a retryable failure, refreshing first, and returns the value', async () => {
    const sleeps: number[] = [];
    const refreshed: unknown[] = [];
    let calls = 0;
    const value = await retryOn(
      async () => {
        if (++calls < 3) throw conflict;
        return 'done';
      },
      { ...options(sleeps), beforeRetry: async (err) => void refreshed.push(err) },
    );
    expect(value).toBe('done');
    expect(refreshed).toEqual([conflict, conflict]);
    // full jitter over 10 ms, then 20 ms
    expect(sleeps).toEqual([5, 10]);
  });

  it('throws the last failure once the attempts are used up', async () => {
    let calls = 0;
    await expect(
      retryOn(async () => {
        calls++;
        throw conflict;
      }, options([])),
    ).rejects.toBe(conflict);
    expect(calls).toBe(3);
  });

  it('throws a failure that is not retryable at once', async () => {
    const other = new Error('forbidden');
    let calls = 0;
    await expect(
      retryOn(async () => {
        calls++;
        throw other;
      }, options([])),
    ).rejects.toBe(other);
    expect(calls).toBe(1);
  });
});
