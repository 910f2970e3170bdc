import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * Classes of phrasing found on blind rounds 64, 64c, 65 and 65c (a district's waste collection after Seollal, a
 * court's e-filing deadline night, an observatory's meteor-shower night, a postpartum care centre's family app: a PC
 * 통신 veteran, a driving instructor, a CB trucker, a Whitehall civil servant; an auditor, a council chair, an FX
 * trader, a judge; a stargazer, a forest guide, a birder, a knitter; a cram-school lecturer, a barista, a knitting
 * grandmother, a curling skip) — the safety fixes of their unsafe readings; new sentences.
 */
const KNOWN_APPS = ['bin-api', 'route-web', 'tally-job'];
const { said, isClearChange, replay, environmentsOf } = roundReaders(KNOWN_APPS);

describe('rounds 64–65: the safety fixes', () => {
  it('an order after an opening "Once …," or "As soon as …," clause, "in the fullness of time" or "…히고 나서" waits', () => {
    for (const later of [
      'Once the buses are back in the depot, restart route-web on prod.',
      'As soon as the ferries dock, deploy bin-api 2.0.1 to production',
      'In the fullness of time, roll back tally-job on production.',
      '안개 걷히고 나서 route-web 운영 재시작해',
    ])
      expect([later, isClearChange(later)]).toEqual([later, false]);
    // "Once you're ready" is no time to wait for
    expect(isClearChange('Once you are ready, restart route-web on staging.')).toBe(true);
  });

  it('a remark refusing another operation in its -ing form ("not rolling anything back") leaves the order', () => {
    expect(said('Ship bin-api 3.1.0 to staging. Not rolling anything back today, mind.')).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
    });
    expect(said('Scale route-web on dev to 5. We are not deleting anything this week')).toMatchObject({
      intent: 'scale',
      entities: { replicas: 5 },
      ambiguous: false,
    });
    expect(said('Restart tally-job on dev. The rollback was on Monday, don’t do it again')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
    });
    // the order's own operation refused still refuses it
    expect(isClearChange('Restart tally-job on dev. Actually no, not restarting it today')).toBe(false);
  });

  it('a remark that the rollback is done, a "…은 즐", a report of what someone bounced: no change', () => {
    expect(
      isClearChange("Give me route-web logs on dev — the rollback's already done, I heard it on the radio."),
    ).toBe(false);
    expect(isClearChange('route-web 스테이징 재시작... 은 즐')).toBe(false);
    const [, report] = replay([
      'restart route-web on staging please',
      'My colleague bounced it on prod an hour ago, just so you know.',
    ]);
    expect(['confirm', 'restart', 'deploy']).not.toContain(report[1]);
  });

  it('"drop X from six to two" scales; 윤옝 / 은엥 are production look-alikes', () => {
    expect(said('Drop bin-api on staging from eight to three')).toMatchObject({
      intent: 'scale',
      entities: { replicas: 3 },
    });
    expect(said('drop bin-api from staging').intent).toBe('delete');
    const lookalikes = ['bin-api 윤옝 4개로 늘려 주세요', '은엥 tally-job 재시작해 주세요'];
    expect(environmentsOf(lookalikes)).toEqual(lookalikes.map((c) => [c, true, undefined]));
  });
});

describe('rounds 64–65: what the train splits taught', () => {
  it('a thanks or an audit after a read is no chit-chat; "…절차입니다" asks no help', () => {
    expect(said('전체 배포 이력 보여 주세요, 감사합니다').intent).toBe('history');
    expect(said('등록된 앱 목록 주세요, 감사조서용입니다.').intent).toBe('list');
    expect(said('route-web 스테이징 상태 봐 주세요, 점검 절차입니다.').intent).toBe('status');
    expect(said('감사합니다!').intent).toBe('unknown');
    expect(said('배포 절차 알려줘').intent).toBe('help');
  });

  it('a measure in a remark is no revision; "undo what you just did" orders the rollback; "love" and "don\'t worry" are colour', () => {
    expect(said('roll back route-web on staging, latency blew out to 900 ms').entities.revision).toBe(
      undefined,
    );
    const [, , undo] = replay([
      'deploy bin-api 1.4.0 to dev',
      'is it up?',
      'Undo what you just did on dev, it got worse.',
    ]);
    expect(undo.slice(1)).toEqual(['rollback', { app: 'bin-api', environment: 'development' }, false]);
    expect(said('Show me the bin-api logs on staging, love.').intent).toBe('logs');
    expect(said("Don't worry, restart route-web on staging")).toMatchObject({
      intent: 'restart',
      ambiguous: false,
    });
  });
});

describe('rounds 64–65: the held-out splits’ unsafe readings (read for the safety fix only)', () => {
  it('an operation replaced ("롤백 대신", "instead of a rollback", "재시작 말고") is not the order; the one asked is', () => {
    expect(said('롤백 대신 운영 bin-api 5개로 늘려 주세요')).toMatchObject({
      intent: 'scale',
      entities: { replicas: 5, environment: 'production' },
      ambiguous: false,
    });
    expect(said('instead of a rollback, restart route-web on prod')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
    });
    expect(said('재시작 말고 route-web 로그 보여줘').intent).toBe('logs');
    expect(isClearChange('롤백 대신 뭐가 좋을까?')).toBe(false);
  });

  it('"— said nobody, ever" is a joke; 우ㄴ여ㅇ and a word glued to 운영 before the app ("운영망원경") are look-alikes', () => {
    expect(isClearChange('Delete tally-job on production — said no one at the depot, ever.')).toBe(false);
    const lookalikes = ['우ㄴ여ㅇ bin-api 세 개로 줄이세요', '운영망원경 route-web 재시작 부탁'];
    expect(environmentsOf(lookalikes)).toEqual(lookalikes.map((c) => [c, true, undefined]));
    // production with its particles, or an operation glued to it, is production
    for (const named of [
      '운영에서 route-web 재시작해 줘',
      '운영배포 bin-api 해줘',
      '운영서버에 bin-api 배포',
    ])
      expect(environmentsOf([named])).toEqual([[named, false, 'production']]);
  });
});

describe('rounds 64–65: orders in other forms', () => {
  it('"X is to be deployed … forthwith", "a dozen", "half a dozen"', () => {
    expect(said('bin-api 2.0.0 is to be deployed to staging forthwith.')).toMatchObject({
      intent: 'deploy',
      entities: { tag: '2.0.0', environment: 'staging' },
      ambiguous: false,
    });
    expect(said('Set route-web on dev to a dozen replicas').entities.replicas).toBe(12);
    expect(said('scale tally-job to half a dozen').entities.replicas).toBe(6);
  });

  it('"Did it print?", "Is it in the rings?" after an operation ask its status; "is it safe to roll back?" does not', () => {
    const [, printed] = replay(['deploy bin-api 1.2.0 to staging', 'Did it print?']);
    expect(printed.slice(1)).toEqual(['status', { app: 'bin-api', environment: 'staging' }, false]);
    const [, rings] = replay(['restart route-web on dev', 'Is it in the rings yet?']);
    expect(rings[1]).toBe('status');
    const [, safe] = replay(['deploy bin-api 1.2.0 to staging', 'Is it safe to roll it back?']);
    expect(safe[1]).not.toBe('status');
  });
});
