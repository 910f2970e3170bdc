import { sleep } from './sleep.js';

describe('sleep', () => {
  it('waits, and ends early when the signal aborts', async () => {
    const t0 = Date.now();
    await sleep(30);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(25);
    const controller = new AbortController();
    const t1 = Date.now();
    setTimeout(() => controller.abort(), 10);
    await sleep(10_000, controller.signal);
    expect(Date.now() - t1).toBeLessThan(5_000);
    const t2 = Date.now();
    await sleep(10_000, controller.signal); // already aborted
    expect(Date.now() - t2).toBeLessThan(1_000);
  });
});
