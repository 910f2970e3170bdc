import { isClearReading, roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The safety fixes of blind rounds 102–107 and 102c–107c (2026-12-05): apps and places left out ("all apps except
 * X", "운영 빼고"), a bare number a rollback cannot tell apart from a tag, later times said as a date, a clock hour,
 * noon or the weekend, a message's own label ("[17:50] …", "(3차) …"), and remarks that name a place or an app
 * while the service waits for an answer.
 */
const KNOWN_APPS = ['dock-api', 'kiosk-web', 'batch-job', 'worker'];
const { said, isClearChange, turns, answersTo } = roundReaders(KNOWN_APPS);

describe('what is left out is no target', () => {
  it.each([
    ['Kindly scale all apps except dock-api on staging to 2.', undefined],
    ['restart everything on staging except worker', undefined],
  ])('"%s" names no app to change', (command) => {
    const r = said(command);
    expect(r.entities.app).toBeUndefined();
    expect(isClearChange(command)).toBe(false);
  });

  it.each([
    'kiosk-web 3.2.1을 운영 빼고 나머지 환경에 다 올려 주세요.',
    'deploy kiosk-web 2.1.0 everywhere but prod',
    'restart worker except on prod',
  ])('"%s" never changes production, and asks which place', (command) => {
    const r = said(command);
    expect(r.entities.environment).toBeUndefined();
    expect(r.ambiguous).toBe(true);
  });

  it('"on staging instead" chooses staging', () => {
    expect(said('restart worker on staging instead').entities.environment).toBe('staging');
  });
});

describe('a rollback target said as a bare number, a date or a step back', () => {
  it.each([
    'roll back dock-api on development to 7',
    '개발 worker 7로 롤백해 주세요.',
    'dev dock-api 5로 돌려놔',
    '스테이징 dock-api를 전전 버전으로 롤백하게.',
    'Please restore the one before last for kiosk-web in production.',
    'prod dock-api 롤백한 거 다시 되돌려',
    'prod kiosk-web 리비전 두 개 전으로',
  ])('"%s" asks which revision', (command) => {
    const r = said(command);
    expect(r.entities.revision).toBeUndefined();
    expect(isClearChange(command)).toBe(false);
  });

  it('"revision 7", "7번" say which', () => {
    expect(said('rollback worker to revision 7').entities.revision).toBe(7);
    expect(said('worker 7번으로 롤백').entities.revision).toBe(7);
  });
});

describe('orders for a later time', () => {
  it.each([
    'deploy batch-job 0.6.0 to prod on 4/19',
    'scale kiosk-web stg to 4 at 6',
    'restart dock-api on prod at 6 thx',
    'Please scale dock-api on production to 6 at noon sharp.',
    'Please restart worker on staging at a quarter to six.',
    'delete batch-job from dev on the 29th pls',
    'Please scale kiosk-web on production back to 3 once traffic drops.',
    '18일 새벽에 prod worker 재시작',
    '운영 kiosk-web를 정오에 8개로 늘려 주세요.',
    '주말에 운영 kiosk-web 10개로 늘려 주세요.',
    '[17:50] 오늘 밤에 prod dock-api 2개로 줄여',
    'dock-api 스테이징 스케일은 다음 분기에 하죠, 10월에 12개로',
  ])('"%s" runs nothing now', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it("a time that is the reason, not the order's time, does not hold it", () => {
    expect(isClearChange('Scale dock-api on prod to 10, launch email goes out at noon.')).toBe(true);
    expect(isClearChange('dock-api prod is at 6 — make it 12.')).toBe(true);
  });
});

describe('numbers that are no counts', () => {
  it('"(1차)", a batch\'s number, and "30%" are no replica count', () => {
    const r = said('(1차) dev dock-api 30% 줄여');
    expect(r.entities.replicas).toBeUndefined();
    expect(r.ambiguous).toBe(true);
  });

  it('"로그 3시부터" is a time, not thirty lines', () => {
    expect(said('dev dock-api 로그 3시부터').entities.lines).toBeUndefined();
  });

  it('"할 필요는 없어요" refuses the rollback', () => {
    expect(isClearChange('스테이징 worker를 리비전 7로 롤백할 필요는 없어요.')).toBe(false);
  });
});

describe('remarks that name a place or an app', () => {
  it.each([
    ['운영은 맨날 불이야, 고구마 드럼통처럼.'],
    ['운영은 늘 긴장돼요, 등기 분실처럼요.'],
    ['스테이징은 원래 말썽이 없었어, 군밤처럼 얌전해.'],
    ['dock-api는 오늘 노 젓듯 잘 굴러갔어요.'],
    ["Prod's where the real cider gets poured, eh."],
  ])('"%s" answers no question and repeats nothing', (remark) => {
    const read = turns(['deploy worker 3.1.0 to dev and staging', remark]);
    expect(read[1].intent).toBe('unknown');
  });

  it('an answer beside its reason still answers: "스테이징이요, 뱃길 익숙한 쪽이요."', () => {
    const read = turns(['deploy worker 3.1.0 to dev and staging', '스테이징이요, 뱃길 익숙한 쪽이요.']);
    expect(read[1]).toMatchObject({ intent: 'deploy', entities: { environment: 'staging', tag: '3.1.0' } });
  });

  it('"Same for kiosk-web" after a status read of another app repeats the read', () => {
    const read = turns(['restart worker in prod', 'dock-api status in prod', 'Same for kiosk-web']);
    expect(read[2]).toMatchObject({ intent: 'status', entities: { app: 'kiosk-web' } });
    // a count said the same still ties it to the scale
    const counted = turns(['scale worker to 3 on dev', 'dock-api status on dev', 'same count for kiosk-web']);
    expect(counted[2]).toMatchObject({ intent: 'scale', entities: { app: 'kiosk-web', replicas: 3 } });
  });
});

describe('a yes while a plan waits (rounds 104c, 108–109)', () => {
  it('"응, 재시작해" while a delete waits orders the restart; it never runs the delete', () => {
    const read = turns(['staging kiosk-web 지워', '응, 재시작해. 돌 한번 두드려 보자.']);
    expect(read[1]).toMatchObject({ intent: 'restart', entities: { app: 'kiosk-web' } });
    expect(turns(['delete kiosk-web on staging', 'yes, restart it'])[1].intent).toBe('restart');
    // the plan's own operation, or a go-word, still confirms it
    expect(turns(['delete kiosk-web on staging', 'yes, delete it'])[1].intent).toBe('confirm');
    expect(turns(['scale worker to 12 on prod', 'ok ship'])[1].intent).toBe('confirm');
  });

  it('a whole yes, then colour that names nothing, confirms; a yes held back or with another count does not', () => {
    expect(turns(['restart dock-api on prod', 'yes go, the queue is at the door'])[1].intent).toBe('confirm');
    expect(
      turns(['restart dock-api on prod', '네, 진행해 주세요. 한지 값은 제가 맞춰 볼게요.'])[1].intent,
    ).toBe('confirm');
    for (const heldBack of [
      '네, 그런데 단체 손님이 나가고 나서 해 주세요.',
      'Yes, provided that the statement run has finished.',
      'Aye, anon.',
    ])
      expect(turns(['restart dock-api on prod', heldBack])[1].intent).not.toBe('confirm');
    expect(turns(['scale worker to 5 on prod', 'Aye, six. Make fast.'])[1].intent).not.toBe('confirm');
  });
});

describe('places we do not have, jokes, pasted blocks (rounds 108–109)', () => {
  it.each([
    'QA 환경 kiosk-web 재시작해 주세요.',
    'Please deploy dock-api 1.0.2 to the sandbox.',
    '로컬에 dock-api 2.9.1 배포해 주세요.',
    'uat kiosk-web 롤백해줘',
  ])('"%s" asks which environment, never the default', (command) => {
    const r = said(command);
    expect(r.entities.environment).toBeUndefined();
    expect(r.ambiguous).toBe(true);
  });

  it('"…삭제해 주십시오… 하하, 농담입니다" deletes nothing', () => {
    expect(isClearChange('운영 kiosk-web을 삭제해 주십시오… 하하, 농담입니다 😅')).toBe(false);
  });

  it('a pasted block of log lines gives no version: the one asked for after it is the target', () => {
    const r = said(
      '배포 후 에러:\n```\ndock-api 2.4.0 | ERROR parse failed\n```\nprod dock-api 2.3.8로 rollback 해주세요',
    );
    expect(r.entities.tag).toBe('2.3.8');
  });
});

describe('remarks that look like corrections (round 105c)', () => {
  it('"아니 근데 운영 화면 진짜 느리네요" while a deploy waits changes nothing', () => {
    const read = turns([
      'kiosk-web 1.4.0 스테이징에 올려 주세요',
      '아 스테이징이 아니라 운영이요.',
      '아니 근데 운영 화면 진짜 느리네요, 재봉틀이 더 빨라요.',
    ]);
    expect(read[2].intent).toBe('unknown');
  });

  it('"Same version to production" after a scale is no scale', () => {
    const read = turns(['Scale kiosk-web to 4 on staging', 'Same version to production now']);
    expect(isClearReading(read[1])).toBe(false);
  });
});

describe('a plain "leave it" while a change waits', () => {
  it.each(['leave it', 'ok, leave it.', 'leave it alone', 'Leave it as it is!'])(
    '"%s" cancels the waiting delete',
    (a) => {
      expect(answersTo('delete worker on staging', [a])).toEqual([[a, 'cancel']]);
    },
  );

  it('"leave it running" is no plain no', () => {
    expect(answersTo('delete worker on staging', ['leave it running'])[0][1]).not.toBe('confirm');
  });
});

describe('rounds 103c, 110–111: pointers further back, removals of what is no app', () => {
  it('"처음에 말한 앱" is the app the conversation began with', () => {
    const read = turns([
      'worker 스테이징에서 재시작해 주세요',
      'kiosk-web 상태도 봐 주세요',
      'dock-api 로그도 50줄만요',
      '처음에 말한 앱 한 번 더 재시작해 주세요',
    ]);
    expect(read[3]).toMatchObject({ intent: 'restart', entities: { app: 'worker' } });
  });

  it('"Roll it back on both" and "둘 중 느린 env" after two places ask which place', () => {
    const both = turns([
      'deploy dock-api 1.0.8 to dev',
      'same to staging',
      'dev logs for it',
      'Roll it back on both',
    ]);
    expect(isClearReading(both[3])).toBe(false);
    const slower = turns(['dev dock-api status', 'staging도 봐줘', '둘 중 느린 env에서 restart 해줘']);
    expect(slower[2]).toMatchObject({ intent: 'restart', ambiguous: true });
  });

  it('"아까 늘린 거" after two apps were scaled asks which', () => {
    const read = turns([
      'dev에서 dock-api 2개로 scale',
      'kiosk-web도 같은 숫자로',
      'dock-api status 보여줘',
      '아까 늘린 거 4개로 올려줘',
    ]);
    expect(read[3]).toMatchObject({ intent: 'scale', ambiguous: true });
  });

  it.each([
    '레지스트리에 있는 kiosk-web 옛날 이미지 싹 지워',
    'batch-job cron 항목 하나 지워, 새벽 네 시 거',
    'Kindly remove the closing-day banner message from kiosk-web.',
  ])('"%s" deletes no app', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it('"잠깐 내려 둬" takes it down for a while: a scale asked about, never a delete; "#망루4" is no count', () => {
    const r = said('dev dock-api 잠깐 내려 둬 #망루4');
    expect(r.intent).not.toBe('delete');
    expect(r.entities.replicas).toBeUndefined();
    expect(r.ambiguous).toBe(true);
  });

  it('"… will need it too, eventually" orders nothing now', () => {
    const read = turns(['deploy dock-api 3.0.1 to dev', 'kiosk-web will need it too, eventually.']);
    expect(isClearReading(read[1])).toBe(false);
  });
});

describe('rounds 112–113 and 112c–113c: words of a team or a product are no place, picks from an answer ask', () => {
  it.each([
    ['Please remove worker from development entirely. — Priya (product)', 'development'],
    ['축제 운영 기간 동안 쌓인 dock-api 로그 보여 주세요 — 운영팀 서하', undefined],
    ['개발팀 말로는 캐시 문제래, dock-api 재시작해', undefined],
    ['라이브 채팅 위젯이 멈췄어요, kiosk-web 재시작해 주세요', undefined],
  ])('"%s" is read in %s', (command, environment) => {
    const r = said(command);
    expect(r.entities.environment === 'production').toBe(false);
    if (environment) expect(r.entities.environment).toBe(environment);
  });

  it('"두 번째 거로 롤백" (a pick from the history shown) asks which revision', () => {
    expect(isClearChange('kiosk-web 두 번째 거로 롤백해 주세요')).toBe(false);
  });

  it('"to the usual place", "우리 환경에" ask which environment', () => {
    expect(said('deploy kiosk-web 2.0.1 to the usual place').ambiguous).toBe(true);
    expect(said('dock-api 5.0.0 우리 환경에 올려 줘').ambiguous).toBe(true);
  });
});
