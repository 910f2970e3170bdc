import { channelLabel, routeFor } from './alert-routing.js';

describe('routeFor', () => {
  const all = { default: '#ops-alerts', rateLimited: '#ops-rl', unauthorized: '#ops-sec' };

  it('routes rate_limited, unauthorized/forbidden and everything else', () => {
    expect(routeFor('rate_limited', all)).toEqual({ route: 'rate_limited', channel: '#ops-rl' });
    expect(routeFor('unauthorized', all)).toEqual({ route: 'unauthorized', channel: '#ops-sec' });
    expect(routeFor('forbidden', all)).toEqual({ route: 'unauthorized', channel: '#ops-sec' });
    expect(routeFor('insufficient_scope', all)).toEqual({ route: 'unauthorized', channel: '#ops-sec' });
    expect(routeFor('timeout', all)).toEqual({ route: 'default', channel: '#ops-alerts' });
    expect(routeFor(undefined, all)).toEqual({ route: 'default', channel: '#ops-alerts' });
  });

  it('is case- and whitespace-insensitive on the code', () => {
    expect(routeFor(' RATE_LIMITED ', all).route).toBe('rate_limited');
    expect(routeFor('Forbidden', all).route).toBe('unauthorized');
  });

  it('falls back to the default channel when the specific one is unset', () => {
    const onlyDefault = { default: '#ops-alerts' };
    expect(routeFor('rate_limited', onlyDefault)).toEqual({ route: 'rate_limited', channel: '#ops-alerts' });
    expect(routeFor('forbidden', onlyDefault)).toEqual({ route: 'unauthorized', channel: '#ops-alerts' });
  });

  it('leaves the channel to the webhook when none is configured', () => {
    expect(routeFor('rate_limited', {})).toEqual({ route: 'rate_limited', channel: undefined });
    expect(channelLabel(undefined)).toBe('webhook-default');
    expect(channelLabel('#x')).toBe('#x');
  });
});
