import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * Classes of phrasing found on blind rounds 60, 60c, 61 and 61c (an EV-charging platform in a heat wave, a lottery's
 * draw night, a pet-insurance app on a holiday, a fishing port's dawn auction: a personal trainer, a subway driver,
 * a poker player, a flight attendant; a fortune teller, a fishing-boat captain, a bingo caller, a sommelier; a dog
 * trainer, Hawaiian Pidgin, a claims adjuster; a skipper, a Cornish fisherman, a consultant) — the safety fixes of
 * their unsafe readings; new sentences.
 */
const KNOWN_APPS = ['dock-api', 'rent-web', 'meter-job'];
const { said, isClearChange, replay, answersTo, environmentsOf } = roundReaders(KNOWN_APPS);

describe('rounds 60–61: the safety fixes', () => {
  it('an English number of two words is one number, never its last word', () => {
    expect(said('show twenty-five lines of dock-api logs').entities.lines).toBe(25);
    expect(said('scale rent-web on staging to thirty two')).toMatchObject({
      intent: 'scale',
      entities: { replicas: 32 },
    });
  });

  it('an order put off to a time said in words, a day of the month, an event "upon" or "dreckly" waits', () => {
    for (const later of [
      'dock-api 운영 8개로 늘리는 건 오후 네 시 반에 해요',
      '연휴 끝나는 12일에 rent-web 운영 3개로 줄여 주세요',
      '비 오는 날에 meter-job 2.0.0 운영에 올리시게',
      'Please deploy dock-api 1.2.0 to prod upon arrival',
      'Restart rent-web on production dreckly, my lover',
    ])
      expect([later, isClearChange(later)]).toEqual([later, false]);
    // "upon staging" is where, as "on staging" is; another operation's time is no delay of the order
    expect(isClearChange('Restart dock-api upon staging, good sir.')).toBe(true);
    expect(
      isClearChange(
        'Deploy rent-web 1.0.1 on staging. Deletion of the old data will take place upon landing',
      ),
    ).toBe(true);
  });

  it('a report of what the speaker did is no order, and gives the next order no environment', () => {
    expect(isClearChange('I wen restart dock-api on prod already, pau.')).toBe(false);
    const turns = replay([
      '스테이징 rent-web 상태 보여줘',
      '운영 rent-web은 아까 제가 재시작해 뒀어요.',
      'rent-web 세 개로 늘려요.',
    ]);
    expect(turns[2][1]).toBe('scale');
    expect(turns[2][2]).toMatchObject({ environment: 'staging', replicas: 3 });
  });

  it('production typed with a stray letter, a copy of it or a server described is asked about', () => {
    const lookalike = [
      '운영여 dock-api 열 개로 늘려라.',
      'meter-job 운영시뮬레이터에서 재시작해 주세요',
      '운영부적 rent-web 로그 좀 보시게',
      '운영 구명정 dock-api 두 개로 줄여라.',
      '진짜 손님 서버에 있는 rent-web 재시작해 주세요',
      'Status of dock-api in the prize hall — where the punters sit.',
      'Give rent-web a restart on the proper one.',
    ];
    expect(environmentsOf(lookalike)).toEqual(lookalike.map((c) => [c, true, undefined]));
  });

  it('"필요 없는 X입니다" describes what to delete, it refuses nothing', () => {
    expect(said('스테이징 meter-job은 이제 필요 없는 앱입니다. 삭제해 주세요.')).toMatchObject({
      intent: 'delete',
    });
    expect(isClearChange('스테이징 meter-job 삭제 필요 없어요')).toBe(false);
  });
});

describe('rounds 60–61: the voices', () => {
  it("each voice's yes confirms the waiting plan, its no refuses it", () => {
    const yeses = [
      '좋다, 닻 올려!',
      '괘가 길하다, 해요.',
      'Uncork it, please.',
      'Eyes down, go on then.',
      'Proper job.',
    ];
    expect(answersTo('운영 dock-api 재시작해 주세요', yeses)).toEqual(yeses.map((a) => [a, 'confirm']));
    const noes = [
      '회항한다.',
      '흉하다, 덮어.',
      "It's corked — pour it out.",
      'Balls back in the bag.',
      "Giss on, leave 'n.",
    ];
    expect(answersTo('운영 dock-api 재시작해 주세요', noes)).toEqual(noes.map((a) => [a, 'cancel']));
  });

  it('Hawaiian Pidgin and the card room read as they mean', () => {
    expect(isClearChange('Roll back rent-web on prod... nah, no do dat.')).toBe(false);
    expect(isClearChange('Deploy dock-api 2.0.0 to prod bumbye')).toBe(false);
    expect(said('Restart meter-job on staging all in gg')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
    });
    expect(isClearChange("Add two mo' pods to rent-web on prod, choke traffic")).toBe(false);
  });
});
