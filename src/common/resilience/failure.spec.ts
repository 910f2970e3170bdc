import { failureCodeForHttpStatus, isOutage } from './failure.js';

describe('upstream failures', () => {
  it.each([
    [400, 'bad_request'],
    [422, 'bad_request'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [410, 'not_found'],
    [409, 'conflict'],
    [429, 'rate_limited'],
    [408, 'timeout'],
    [504, 'timeout'],
    [502, 'unavailable'],
    [503, 'unavailable'],
    [500, 'internal'],
    [599, 'internal'],
    [418, 'bad_request'],
  ])('HTTP %i → %s', (status, code) => {
    expect(failureCodeForHttpStatus(status)).toBe(code);
  });

  it('counts outages, not answers, against a breaker', () => {
    expect(isOutage({ code: 'unavailable', message: '' })).toBe(true);
    expect(isOutage({ code: 'timeout', message: '' })).toBe(true);
    expect(isOutage({ code: 'internal', message: '', details: { source: 'http' } })).toBe(true);
    expect(isOutage({ code: 'internal', message: '', details: { source: 'response' } })).toBe(false);
    expect(isOutage({ code: 'unavailable', message: '', details: { source: 'breaker' } })).toBe(false);
    expect(isOutage({ code: 'internal', message: '', details: { source: 'tool' } })).toBe(false);
    expect(isOutage({ code: 'rate_limited', message: '' })).toBe(false);
  });
});
