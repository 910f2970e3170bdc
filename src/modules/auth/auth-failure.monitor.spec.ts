import { jest } from '@jest/globals';
import type { EventEmitter2 } from '@nestjs/event-emitter';
import { AuthFailureMonitor } from './auth-failure.monitor.js';
import type { AuthConfig } from './auth.config.js';
import type { AuthFailureBurst } from './auth-failure.events.js';

function monitor(threshold: number, windowSeconds: number) {
  const bursts: AuthFailureBurst[] = [];
  const events = { emit: (_: string, b: AuthFailureBurst) => bursts.push(b) } as unknown as EventEmitter2;
  const config = {
    KLEPAAS_AUTH_FAILURE_ALERT_THRESHOLD: threshold,
    KLEPAAS_AUTH_FAILURE_ALERT_WINDOW_SECONDS: windowSeconds,
  } as AuthConfig;
  return { m: new AuthFailureMonitor(events, config), bursts };
}

const detail = { code: 'unauthorized', route: 'GET /api/v1/apps' };

describe('AuthFailureMonitor', () => {
  afterEach(() => jest.useRealTimers());

  it('announces one burst when a caller reaches the threshold inside the window', () => {
    jest.useFakeTimers({ now: 1_800_000_000_000 });
    const { m, bursts } = monitor(3, 10);
    m.note(401, '10.0.0.1', detail);
    m.note(401, '10.0.0.1', detail);
    m.note(401, '10.0.0.2', detail);
    expect(bursts).toHaveLength(0);
    m.note(401, '10.0.0.1', detail);
    expect(bursts).toEqual([expect.objectContaining({ subject: '10.0.0.1', count: 3, windowSeconds: 10 })]);
    for (let i = 0; i < 5000; i++) m.note(401, '10.0.0.1', detail); // a flood stays one burst
    expect(bursts).toHaveLength(1);
  });

  it('forgets failures older than the window, so a later burst is announced again', () => {
    jest.useFakeTimers({ now: 1_800_000_000_000 });
    const { m, bursts } = monitor(3, 10);
    for (let i = 0; i < 3000; i++) m.note(401, 'ip', detail);
    expect(bursts).toHaveLength(1);
    jest.advanceTimersByTime(10_000); // everything so far falls out of the window
    m.note(401, 'ip', detail);
    m.note(401, 'ip', detail);
    expect(bursts).toHaveLength(1);
    m.note(401, 'ip', detail);
    expect(bursts).toHaveLength(2);
    expect(bursts[1].count).toBe(3);
  });

  it('is off at threshold 0', () => {
    const { m, bursts } = monitor(0, 10);
    m.note(401, 'ip', detail);
    expect(bursts).toHaveLength(0);
  });
});
