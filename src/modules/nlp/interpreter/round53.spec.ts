import { roundReaders } from '../../../../test/support/nlp-round-readers.js';
import { expectProductionAskedAbout } from '../../../../test/support/nlp-conversation-replay.js';

/**
 * Classes of phrasing found on blind rounds 53 and 53c (a wedding-hall booking platform on a peak-May Saturday) — a
 * K-drama executive's Korean, an otaku's Korean, a kitchen brigade's calls, Brooklyn English — with the safety fixes
 * of their unsafe readings; new sentences.
 */
const KNOWN_APPS = ['menu-api', 'hall-web', 'seat-job'];
const { said, isClearChange, replay } = roundReaders(KNOWN_APPS);

describe('round 53: the safety fixes', () => {
  it('"nobody deletes …" in a remark refuses the delete, not the order; "Ain\'t nobody restartin\' X" refuses', () => {
    expect(said('Fire menu-api 2.4.0 on staging; nobody deletes the old menus.')).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
      entities: { app: 'menu-api', environment: 'staging', tag: '2.4.0' },
    });
    const refusal = "Ain't nobody restartin' hall-web on prod tonight, fuggedaboutit.";
    expect([said(refusal).intent, isClearChange(refusal)]).toEqual(['unknown', false]);
    // "nobody uses it" says why, and refuses nothing
    expect(said('delete seat-job from dev, nobody uses it')).toMatchObject({
      intent: 'delete',
      ambiguous: false,
    });
  });

  it('"once the last table\'s out" puts the order off', () => {
    const later = "Scale menu-api on prod down to 2 once the last table's out.";
    expect([said(later).intent, isClearChange(later)]).toEqual(['unknown', false]);
  });

  it('"86 it." while a plan waits refuses it — never a delete of what was planned', () => {
    const [, no, yes] = replay(['Refire hall-web on prod, the page came out raw.', '86 it.', 'Yes chef.']);
    expect(no[1]).toBe('cancel');
    expect(yes[1]).not.toBe('confirm');
  });

  it('본캐 서버, 본편, 본점 서버, the side the boss or the customers see, a model house or cosplay of 운영, "the big show", "the dining room" and FOH are asked about', () => {
    expectProductionAskedAbout(said, [
      '본캐 서버 menu-api 재시작하는 것이다',
      '본편 서버 hall-web 4개로 늘리는 것이다',
      '김비서, 본점 서버 seat-job 당장 재시작해!',
      '운영모델하우스 menu-api 6개로 늘려요.',
      'hall-web 1.2.0 운영코스프레에 올려줘',
      'Put hall-web v2.0.0 on the big show, ya know.',
      'Fire menu-api 3.1.0 in the dining room, chef.',
      'Fire seat-job 1.0.2 on FOH, guests are waiting.',
      '김비서, 사장님 보시는 쪽 menu-api 재시작하세요.',
      '고객이 보는 쪽 hall-web 3개로 늘려줘',
    ]);
  });

  it('after a read of two apps in production, "X만 재시작" is production (the apps it named were there)', () => {
    const [, restart] = replay(['운영 menu-api랑 hall-web 상태 같이 보여줘', 'menu-api만 재시작해 주세요']);
    expect([restart[1], restart[2]]).toEqual(['restart', { app: 'menu-api', environment: 'production' }]);
  });
});

describe('round 53: the voices', () => {
  it('a kitchen brigade: "Fire X 1.0 on staging" deploys, "Refire X on dev" restarts, "86 the X on dev" deletes', () => {
    expect(said('Fire menu-api 1.0.0 on staging, yes chef.')).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
    });
    expect(said('Refire hall-web on dev.')).toMatchObject({ intent: 'restart', ambiguous: false });
    expect(said('86 the seat-job on dev.')).toMatchObject({
      intent: 'delete',
      entities: { app: 'seat-job', environment: 'development' },
    });
  });

  it('an otaku: "…하는 것이다" orders, "가즈아" says yes, "…해본 것이다" reports', () => {
    expect(said('menu-api 스테이징 재시작하는 것이다')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
    });
    expect(said('hall-web 개발 한 개로 줄이는 것이다')).toMatchObject({
      intent: 'scale',
      entities: { app: 'hall-web', environment: 'development', replicas: 1 },
    });
    expect(replay(['운영 menu-api 재시작하는 것이다', '가즈아'])[1][1]).toBe('confirm');
  });

  it('an English word two letters off an environment word is that word ("the noon seating"), not staging', () => {
    expect(said('deploy menu-api 8.1.3 to prod, the noon seating is slammed')).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
      entities: { app: 'menu-api', environment: 'production', tag: '8.1.3' },
    });
  });

  it('"thirteen" to "nineteen", "forty" and "sixty" are numbers; an opening "yo" is no word of the order', () => {
    expect(said('Sixty lines of hall-web logs, production.')).toMatchObject({
      intent: 'logs',
      entities: { app: 'hall-web', environment: 'production', lines: 60 },
    });
    expect(said('yo roll back hall-web on staging')).toMatchObject({ intent: 'rollback', ambiguous: false });
    expect(said('scale hall-web in production to eighteen')).toMatchObject({
      intent: 'scale',
      ambiguous: false,
      entities: { app: 'hall-web', environment: 'production', replicas: 18 },
    });
  });

  it('"진행시키세요" confirms the plan waiting', () => {
    expect(replay(['김비서, 운영 menu-api 재시작하세요.', '진행시키세요.'])[1][1]).toBe('confirm');
  });

  it('Korean typed in English mode after a Korean address ("김비서, …") is read back', () => {
    expect(said('김비서, menu-api dnsdud wotlwkrgktpdy.')).toMatchObject({
      intent: 'restart',
      entities: { app: 'menu-api', environment: 'production' },
    });
  });
});
