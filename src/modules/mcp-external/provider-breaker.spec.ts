import type { Gauge } from 'prom-client';
import { externalError } from './mcp-external.errors.js';
import type { McpExternalNotifier } from './mcp-external.notifier.js';
// The unit project has no ESM preload: load @nestjs/common before the CJS prometheus package requires it.
const { Logger } = await import('@nestjs/common');
Logger.overrideLogger(false);
const { BreakerFactory } = await import('./provider-breaker.js');

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('BreakerFactory (Breaker wired to the gauge and alerts)', () => {
  const gaugeValues: number[] = [];
  const gauge = {
    set: (_l: unknown, v: number) => gaugeValues.push(v),
    remove: () => undefined,
  } as unknown as Gauge<string>;
  const events: string[] = [];
  const notifier = {
    breakerOpened: (p: string) => events.push(`open:${p}`),
    breakerClosed: (p: string) => events.push(`closed:${p}`),
  } as unknown as McpExternalNotifier;
  const down = () =>
    Promise.reject(externalError('unavailable', 'down', { details: { source: 'http', httpStatus: 503 } }));
  const notFound = () =>
    Promise.reject(externalError('not_found', 'nope', { details: { source: 'http', httpStatus: 404 } }));

  it('opens after N consecutive counted failures, fails fast, half-opens, closes; alerts once per transition', async () => {
    const b = new BreakerFactory(gauge, notifier).create('p', { failureThreshold: 3, resetTimeoutSec: 0.1 });
    await expect(b.fire(down)).rejects.toThrow('down');
    await expect(b.fire(down)).rejects.toThrow('down');
    await expect(b.fire(async () => 'ok')).resolves.toBe('ok'); // success resets the count
    await expect(b.fire(notFound)).rejects.toThrow('nope'); // 4xx does not count
    for (let i = 0; i < 3; i++) await expect(b.fire(down)).rejects.toThrow('down');
    expect(b.state).toBe('open');
    let ran = false;
    await expect(
      b.fire(async () => {
        ran = true;
      }),
    ).rejects.toMatchObject({ error: { code: 'unavailable', details: { source: 'breaker' } } });
    expect(ran).toBe(false);

    await wait(200);
    expect(b.state).toBe('half_open');
    await expect(b.fire(down)).rejects.toThrow('down');
    expect(b.state).toBe('open'); // failed trial
    await wait(200);
    await expect(b.fire(async () => 'ok')).resolves.toBe('ok');
    expect(b.state).toBe('closed');
    expect(events).toEqual(['open:p', 'closed:p']);
    expect(gaugeValues).toEqual([0, 2, 1, 2, 1, 0]);
    b.shutdown();
  });
});
