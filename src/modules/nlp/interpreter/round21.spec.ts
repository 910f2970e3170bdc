import {
  expectAnswerToWaitingDelete,
  expectConversation,
  type ExpectedTurn,
} from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on the train splits of blind rounds 21 and 21c (a government e-services portal on
 * year-end tax-settlement day, 2026-12-02) — report-style official Korean (…조치 바랍니다, …요망, …바람), Australian
 * English, chat Korean, non-native Korean and English — and the safety fix of round 21's two unsafe dev readings; new
 * sentences.
 */
const KNOWN_APPS = ['shop-ui', 'ledger', 'mailer', 'search-api', 'queue-worker'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('round 21: the safety fixes', () => {
  it('"drop X back to N" is a count, never a rollback to revision N; "back to v2" still rolls back', () => {
    const r = said('drop ledger on dev back to 3, that should hold');
    expect(r.intent).not.toBe('rollback');
    expect(r.entities.revision).toBeUndefined();
    expect(said('knock mailer back down to 2')).toMatchObject({ intent: 'scale', entities: { replicas: 2 } });
    expect(said('take mailer back to v2.1.0')).toMatchObject({ intent: 'rollback', ambiguous: false });
  });

  it('"after midnight", "first thing Friday" put an order off', () => {
    for (const command of [
      'restart search-api in prod after midnight please',
      'scale ledger to 4 on staging first thing Friday',
      'deploy shop-ui to dev first thing tomorrow',
    ])
      expect({ command, ...said(command) }).toMatchObject({ command, intent: 'unknown', ambiguous: true });
  });

  it('"…지 마셈" refuses; a remark that calls the version old does not turn a delete into a rollback', () => {
    expect(said('queue-worker 더 줄이지 마셈')).toMatchObject({ intent: 'unknown' });
    expect(said('please to delete mailer from dev, 오래된 버전이에요.')).toMatchObject({
      intent: 'delete',
      ambiguous: false,
    });
  });
});

describe('round 21: orders of official Korean and chat, and the remark after them', () => {
  it.each([
    ['운영 ledger 재시작 조치 바랍니다.', 'restart'],
    ['개발 mailer 직전 버전으로 롤백 조치 바람. 발급 오류 다수.', 'rollback'],
    ['스테이징 search-api 지워버려 안씀', 'delete'],
    ['shop-ui 개발꺼 없애주세요~ 이제 필요없음', 'delete'],
    ['ledger 스테이징 원복해놔 배치 꼬임', 'rollback'],
    ['mailer staging에 v1.2.0 deploy 해주세여 템플릿 수정', 'deploy'],
  ])('%s → a clear %s', (command, intent) =>
    expect(said(command)).toMatchObject({ intent, ambiguous: false }),
  );

  it.each([
    ['ledger 운영 재시작해쥬 결제 callback 안옴ㅠ', 'restart'],
    ['search-api staging restart 바람 (세션 꼬임).', 'restart'],
    ['개발 환경 mailer 삭제 바람. 작년 정산용 잔여분.', 'delete'],
  ])('%s → a clear %s: a remark after the order, "정산용" no look-alike of 상용', (command, intent) =>
    expect(said(command)).toMatchObject({ intent, ambiguous: false }),
  );

  it('a deploy joined to a scale keeps its count, unless the scale is of another app', () => {
    expect(said('ledger 스테이징 배포하고 4개로 늘려줘')).toMatchObject({
      intent: 'deploy',
      ambiguous: true,
      entities: { app: 'ledger', replicas: 4 },
    });
    const other = said('ledger 개발 배포하고 mailer 2개로 줄여');
    expect(other).toMatchObject({ intent: 'deploy', ambiguous: true, entities: { app: 'ledger' } });
    expect(other.entities.replicas).toBeUndefined();
  });

  it('"몇 번 deploy 됐음?" asks the history', () => {
    expect(said('ledger 운영 오늘 몇번 deploy 됐음?')).toMatchObject({ intent: 'history' });
  });

  it('"… test 해야 해서요" after an order is its reason, no what-if; "재시작 해야 해?" still asks', () => {
    expect(said('ledger staging deploy 해주세요~ 정산 test 해야 해서요')).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
    });
    expect(said('ledger 재시작 해야 해?').intent).not.toBe('restart');
  });

  it.each([
    '이거 어케씀',
    '지원하는 command 목록 안내 요망',
    '쓸 수 있는 기능의 목록 알려주세요',
    'how do I ask for a rollback here',
    'can I write to you in Korean?',
    '한국어로 물어봐도 되나요',
  ])('"%s" asks for help', (command) => expect(said(command).intent).toBe('help'));

  it('"…재시작해 주세요. 임시저장이 안 된다고 합니다.": a failure reported after the order refuses nothing', () => {
    expect(said('ledger를 재시작해 주세요. 임시저장이 안 된다고 합니다.')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
    });
  });

  it('"정상 동작 여부 확인 바랍니다" asks the status; "재기동은 보류하고 … 로그 재조회 바람" reads the logs instead', () => {
    expect(said('스테이징 mailer 정상 동작 여부 확인 바랍니다.')).toMatchObject({ intent: 'status' });
    expect(said('mailer 운영 재기동은 보류하고 200줄 기준으로 로그 재조회 바람.')).toMatchObject({
      intent: 'logs',
      entities: { app: 'mailer', environment: 'production', lines: 200 },
    });
  });

  it('"take it to 16" sets the count; "after the tax season finish" puts an order off; "증설이 필요한지 의견 바람" asks advice', () => {
    expect(said('search-api on prod is sitting at 10, take it to 16, mate.')).toMatchObject({
      intent: 'scale',
      ambiguous: false,
      entities: { replicas: 16 },
    });
    expect(said('please to delete mailer in dev after the audit season finish')).toMatchObject({
      intent: 'unknown',
    });
    expect(said('ledger 운영 증설이 필요한지 의견 바람.')).toMatchObject({ intent: 'unknown' });
  });

  it('"주문 취소 문의가 …" after a read is the business\'s word; "배포 예약 취소해줘" still refuses', () => {
    expect(said('ledger 로그 볼 수 있을까요? 주문 취소 문의가 쏟아지고 있어요')).toMatchObject({
      intent: 'logs',
      ambiguous: false,
    });
    expect(said('ledger 배포 예약 취소해줘').intent).toBe('unknown');
  });

  it('"would you advise scaling …?" asks advice; "the situation of X" is its status', () => {
    expect(said('Would you advise scaling ledger in production before the noon opening?').intent).toBe(
      'unknown',
    );
    expect(said('can you tell me the situation of mailer in production?')).toMatchObject({
      intent: 'status',
    });
  });

  it('"… 재시작 필요없음" still refuses', () => {
    expect(said('ledger 재시작 필요없음')).toMatchObject({ intent: 'unknown' });
  });
});

describe('round 21: reads', () => {
  it('two reads named in a row answer the first, the other offered', () => {
    expect(said('ledger 운영 로그랑 배포 이력 같이 보여주세요')).toMatchObject({
      intent: 'logs',
      ambiguous: true,
    });
    expect(said('search-api status and deploy history please')).toMatchObject({
      intent: 'status',
      ambiguous: true,
    });
  });

  it('a list or the logs of a thing that is no app is out of domain', () => {
    for (const command of [
      '마포구 민원 접수 목록 보여주세요',
      'please list the forms that are still missing a signature',
      'show me the logs of the front desk printer',
    ])
      expect({ command, ...said(command) }).toMatchObject({ command, intent: 'unknown' });
    expect(said('목록 보여줘').intent).toBe('list');
    expect(said('등록된 앱이 몇 개예요? 처음이라서요').intent).toBe('list');
    expect(said('등록된 앱 목록')).toMatchObject({ intent: 'list' });
  });
});

describe('round 21c: conversations', () => {
  const conversations: ReadonlyArray<readonly [string, ExpectedTurn[]]> = [
    [
      'an app asked back about is still the one being talked about',
      [
        [
          'Could you kindly restart mailer on dev?',
          'restart',
          { app: 'mailer', environment: 'development' },
          true,
        ],
        ['actually just show me its logs', 'logs', { app: 'mailer', environment: 'development' }],
      ],
    ],
    [
      '"and X\'s logs as well" reads the logs where the last ones were; Australian chat words are no app names',
      [
        ['Show us ledger logs in prod, mate.', 'logs', { app: 'ledger', environment: 'production' }],
        ["And mailer's logs as well.", 'logs', { app: 'mailer', environment: 'production' }],
        ['Righto, give that one a kick.', 'restart', { environment: 'production' }, true],
        ['The mailer one.', 'restart', { app: 'mailer', environment: 'production' }],
      ],
    ],
    [
      '"5개 다 떴음??" after a scale asks its status',
      [
        [
          'ledger 스테이징 5개로 늘려줘 배치 밀림',
          'scale',
          { app: 'ledger', environment: 'staging', replicas: 5 },
        ],
        ['5개 다 떴음??', 'status', { app: 'ledger', environment: 'staging' }],
      ],
    ],
    [
      '"show me the whole deploy history" reads every app\'s, not the last one\'s',
      [
        [
          'deploy ledger v3.3.0 to dev please',
          'deploy',
          { app: 'ledger', environment: 'development', tag: 'v3.3.0' },
        ],
        ['show me the whole deploy history', 'history', {}],
      ],
    ],
    [
      '"아 잘못씀 10대임 sry" corrects the count of the plan waiting, and "ok go" confirms the corrected one',
      [
        [
          '운영 ledger 8대로 scale up 해줘',
          'scale',
          { app: 'ledger', environment: 'production', replicas: 8 },
        ],
        ['아 잘못씀 10대임 sry', 'scale', { app: 'ledger', environment: 'production', replicas: 10 }],
        ['ok go', 'confirm', { app: 'ledger', environment: 'production', replicas: 10 }],
      ],
    ],
  ];
  it.each(conversations)('%s', (_what, turns) => expectConversation(turns, KNOWN_APPS));

  it.each([
    ['됐다, 해라', 'confirm'],
    ['됐다 마, 하지 마라', 'cancel'],
    ['진행 요망.', 'confirm'],
    ['승인함. 즉시 조치 바람.', 'confirm'],
    ['Too easy, send it.', 'confirm'],
    ['Yep, no dramas.', 'confirm'],
    ['취소 바람.', 'cancel'],
    ['Yeah nah.', 'cancel'],
  ])('"%s" answers a waiting plan: %s', (reply, intent) =>
    expectAnswerToWaitingDelete(reply, intent, 'mailer', KNOWN_APPS),
  );
});
