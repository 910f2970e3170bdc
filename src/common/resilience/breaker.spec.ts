import { Breaker, type BreakerState } from './breaker.js';
import { isOutage, UpstreamFailureError } from './failure.js';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const failure = (code: 'unavailable' | 'not_found') =>
  Promise.reject(new UpstreamFailureError({ code, message: code, details: { source: 'http' } }));

describe('Breaker (pure opossum wrapper)', () => {
  it('opens after N consecutive counted failures, fails fast with whenOpen, half-opens and closes', async () => {
    const states: BreakerState[] = [];
    const b = new Breaker(
      'svc',
      { failureThreshold: 2, resetTimeoutSec: 0.1 },
      {
        onChange: (s) => states.push(s),
        isFailure: (e) => e instanceof UpstreamFailureError && isOutage(e.failure),
        whenOpen: (seconds, state) => new Error(`open ${state} ${seconds}`),
      },
    );
    await expect(b.fire(() => failure('not_found'))).rejects.toThrow('not_found'); // an answer, not counted
    await expect(b.fire(() => failure('unavailable'))).rejects.toThrow('unavailable');
    await expect(b.fire(() => failure('unavailable'))).rejects.toThrow('unavailable');
    expect(b.state).toBe('open');
    let ran = false;
    await expect(
      b.fire(async () => {
        ran = true;
      }),
    ).rejects.toThrow('open open 1');
    expect(ran).toBe(false);
    await wait(200);
    await expect(b.fire(async () => 'ok')).resolves.toBe('ok');
    expect(b.state).toBe('closed');
    expect(states).toEqual(['open', 'half_open', 'closed']);
    b.shutdown();
  });
});
