import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * Classes of phrasing found on blind rounds 72 and 72c (a broadcaster's year-end radiothon: a calligraphy master, a
 * birdwatcher, a ham-radio operator, a quilter; a World Cup's accreditation and shuttles: a traditional-medicine
 * doctor, a wallpaper hanger, a balloon pilot, a ringmaster) — the safety fixes of their train splits' unsafe readings,
 * on new sentences.
 */
const KNOWN_APPS = ['ink-api', 'nest-web', 'loom-job'];
const { isClearChange, environmentsOf } = roundReaders(KNOWN_APPS);

describe('round 72: the safety fixes', () => {
  it('"…되돌리는 게 좋겠나" asks (하게체), "After guild night," waits', () => {
    for (const asked of [
      'ink-api 스테이징 2.0.1로 되돌리는 게 좋겠나',
      'After choir practice, deploy loom-job 1.0.0 to production.',
    ])
      expect([asked, isClearChange(asked)]).toEqual([asked, false]);
    expect(isClearChange('After that, deploy loom-job 1.0.0 to staging.')).toBe(true);
  });

  it("운영갯벌 (a copy glued to production's word) and 몽영 are production look-alikes", () => {
    const lookalikes = ['ink-api 2.0.0 운영갯벌에 올려 주세요', '몽영 nest-web 재시작해 주세요'];
    expect(environmentsOf(lookalikes)).toEqual(lookalikes.map((c) => [c, true, undefined]));
    expect(environmentsOf(['ink-api 운영환경에 재시작해 주세요'])[0][2]).toBe('production');
  });
});
