import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * Classes of phrasing found on blind round 68 (a city's childcare-enrollment portal on release morning: a 맘카페
 * parent, a billiard-hall regular, a cricket captain, a sheepdog-trial shepherd) — the safety fixes of its unsafe
 * readings, on new sentences.
 */
const KNOWN_APPS = ['pen-api', 'gate-web', 'tally-job'];
const { said, isClearChange, environmentsOf } = roundReaders(KNOWN_APPS);

describe('round 68: the safety fixes', () => {
  it('an order after "At stumps," / "At the interval," or "…재우고 나서 <app>" waits', () => {
    for (const later of [
      'At stumps, deploy pen-api 2.0.0 to production.',
      'At the interval, restart gate-web on prod.',
      '애들 씻기고 나서 pen-api 운영에 배포해 주세요',
    ])
      expect([later, isClearChange(later)]).toEqual([later, false]);
    // "at once" is now; an operation "하고 나서" another is two steps, asked about
    expect(isClearChange('At once, restart gate-web on staging')).toBe(true);
    expect(said('pen-api staging rollback하고 나서 gate-web도 restart').intent).not.toBe('unknown');
  });

  it('"put X back on <environment>" is no rollback: it puts the app there again', () => {
    expect(said('Put gate-web back on dev, the texts stopped.')).toMatchObject({
      intent: 'deploy',
      entities: { app: 'gate-web', environment: 'development' },
    });
    expect(said('put gate-web back to the previous version').intent).toBe('rollback');
  });

  it('"다 보는 서버", "손님들이 쓰는 서버" describe the main server: asked about as production', () => {
    const lookalikes = [
      '맘들 다 보는 서버의 pen-api 재시작해 주세요',
      '손님들이 쓰는 서버에 gate-web 배포해 줘',
    ];
    expect(environmentsOf(lookalikes)).toEqual(lookalikes.map((c) => [c, true, undefined]));
  });
});
