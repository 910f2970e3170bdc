import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * Classes of phrasing found on blind rounds 71 and 71c (a city pool on the first heatwave Saturday: a lifeguard, a
 * masters-swim regular, a lawn-bowls captain, a roller-derby skater; a flower market the day before 어버이날: an
 * alteration tailor, a baker, a quizmaster, a snooker referee) — the safety fixes of their unsafe readings, on new
 * sentences.
 */
const KNOWN_APPS = ['lane-api', 'bloom-web', 'tally-job'];
const { said, isClearChange, environmentsOf } = roundReaders(KNOWN_APPS);

describe('round 71: the safety fixes', () => {
  it('an order "물 빼면", "다음 정시 휴식 때", "대회 날에" waits; "전날이라" gives a reason, not a time', () => {
    for (const later of [
      '폐장하고 물 빼면 lane-api 운영에 배포해 주세요',
      '다음 정시 휴식 때 bloom-web 운영 재시작해 주세요',
      '마스터즈 대회 날에 lane-api 운영 15개로 늘려 주세요',
    ])
      expect([later, isClearChange(later)]).toEqual([later, false]);
    expect(isClearChange('lane-api 스테이징 여섯 개로 맞춰 주세요, 대회 전날이라 주문이 몰려요')).toBe(true);
  });

  it('"…지우고 새로 배포해 줘요, 기록 다시 쌓게": the record is what they will set, not a history asked', () => {
    expect(said('tally-job 스테이징에서 지우고 2.0.0으로 새로 배포해 줘요, 기록 다시 쌓게').intent).not.toBe(
      'history',
    );
  });

  it('유녕, "운영 가봉본에" and "손님이 입고 나가는 서버" are production look-alikes', () => {
    const lookalikes = [
      'lane-api 유녕 롤백해 줘요',
      'bloom-web v1.2.0 운영 가봉본에 올려 주세요',
      '손님이 입고 나가는 서버에 lane-api 재시작해 주세요',
    ];
    expect(environmentsOf(lookalikes)).toEqual(lookalikes.map((c) => [c, true, undefined]));
  });
});
