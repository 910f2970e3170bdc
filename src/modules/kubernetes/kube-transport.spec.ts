import { samePlan } from './kube-transport.js';

describe('samePlan (is the kept-alive pool still right for this call?)', () => {
  const plan = (ca: string, extra: object = {}) => ({
    type: 'agent',
    connect: { ca: Buffer.from(ca), keepAlive: true, keepAliveInitialDelay: 30_000, ...extra },
  });

  it('keeps the pool for equal TLS material in new objects and buffers', () => {
    expect(samePlan(plan('CA-1'), plan('CA-1'))).toBe(true);
    expect(samePlan({ type: 'none' }, { type: 'none' })).toBe(true);
    expect(samePlan(plan('CA-1', { servername: undefined }), plan('CA-1'))).toBe(true);
  });

  it('rebuilds it when the material, the kind or any option changes', () => {
    expect(samePlan(plan('CA-1'), plan('CA-2'))).toBe(false);
    expect(samePlan(plan('CA-1'), { type: 'none' })).toBe(false);
    expect(samePlan(plan('CA-1', { rejectUnauthorized: false }), plan('CA-1'))).toBe(false);
    expect(samePlan(plan('CA-1', { ca: [Buffer.from('a')] }), plan('CA-1', { ca: Buffer.from('a') }))).toBe(
      false,
    );
    expect(samePlan({ type: 'proxy', uri: 'http://p:1' }, { type: 'proxy', uri: 'http://p:2' })).toBe(false);
    expect(samePlan({ n: 1 }, { n: '1' })).toBe(false);
  });
});
