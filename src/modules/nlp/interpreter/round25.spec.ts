import {
  expectClearReadings,
  expectConversation,
  expectEachRead,
  type ExpectedTurn,
} from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on the train splits of blind rounds 25 and 25c (a university on course-registration
 * day, 2026-12-03) — fast 반말 chat, a Vietnamese student's simple English, an elder professor's 하게체, an Australian
 * SRE's slang — with the safety fix of round 25's one unsafe dev reading; new sentences.
 */
const KNOWN_APPS = ['sugang-web', 'enrol-api', 'seat-queue', 'sso', 'tuition-pay', 'grade-batch'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('round 25: the safety fix', () => {
  it('"after registration closes, …", "after 교수님 meeting" put an order off', () => {
    expectEachRead(
      said,
      [
        'after enrolment closes, scale enrol-api prod back to 4',
        'restart seat-queue in dev after 학과장님 meeting please',
        'delete grade-batch on dev after the faculty meeting',
      ],
      { intent: 'unknown', ambiguous: true },
    );
  });

  it('"… back to N replicas" is a count, never a rollback to revision N', () =>
    expect(said('wind seat-queue on stg back to 3 replicas')).toMatchObject({
      intent: 'scale',
      ambiguous: false,
      entities: { app: 'seat-queue', environment: 'staging', replicas: 3 },
    }));
});

describe('round 25: the train split', () => {
  it('an elder\'s 하게체 ("…하도록 하게", "…반영하게.", "…해 주게") orders the change', () => {
    expectClearReadings(said, [
      ['sugang-web을 운영에 올리도록 하게.', 'deploy', { app: 'sugang-web', environment: 'production' }],
      [
        'enrol-api를 운영에서 이전 버전으로 되돌리도록 하게.',
        'rollback',
        { app: 'enrol-api', environment: 'production' },
      ],
      [
        'seat-queue를 스테이징에서 6개로 맞추도록 하게',
        'scale',
        { app: 'seat-queue', environment: 'staging', replicas: 6 },
      ],
      ['grade-batch 다시 띄우도록 하게', 'restart', { app: 'grade-batch' }],
      [
        'tuition-pay v2.0.1 운영에 반영하게.',
        'deploy',
        { app: 'tuition-pay', environment: 'production', tag: 'v2.0.1' },
      ],
      ['sso를 개발에서 재시작해 주게', 'restart', { app: 'sso', environment: 'development' }],
    ]);
  });

  it('"…을 요청하는 바입니다" is the request itself', () =>
    expect(said('sso 스테이징 환경 재기동을 요청하는 바입니다.')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
      entities: { app: 'sso', environment: 'staging' },
    }));

  it('a remark after the order does not take it back: "…멈춰 있습니다", "…해야돼여", "…끝났어여", "…안맞음"', () => {
    expectClearReadings(said, [
      [
        'sso 운영 재시작 부탁드립니다. 로그인 처리가 멈춰 있습니다.',
        'restart',
        { app: 'sso', environment: 'production' },
      ],
      [
        'seat-queue 스테이징 8개로 늘려주세요 부하 test 해야돼여',
        'scale',
        { app: 'seat-queue', replicas: 8 },
      ],
      ['grade-batch 개발 0개로 내려주세요 성적 test 끝났어여', 'scale', { app: 'grade-batch', replicas: 0 }],
      ['enrol-api prod 다시 띄워 좌석 수 안맞음', 'restart', { app: 'enrol-api', environment: 'production' }],
    ]);
    // a stop said as an order still refuses
    expect(said('sso 재시작 멈춰').intent).toBe('unknown');
  });

  it('"X로 돌려" with a version rolls back to it; "…좀빨리" still orders', () => {
    expect(said('enrol-api 운영 2.4.1로 돌려 지금 에러 남')).toMatchObject({
      intent: 'rollback',
      ambiguous: false,
      entities: { app: 'enrol-api', environment: 'production', tag: '2.4.1' },
    });
    expect(said('tuition-pay운영재기동좀빨리')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
      entities: { app: 'tuition-pay', environment: 'production' },
    });
  });

  it('"… deploy 끝남?" asks the status; "everything that went out today" the history; "the rundown" help', () => {
    expect(said('sugang-web 운영 deploy 끝남?')).toMatchObject({ intent: 'status', ambiguous: false });
    expect(said('show me everything that went out yesterday')).toMatchObject({ intent: 'history' });
    expect(said('give me the rundown on what this bot does')).toMatchObject({ intent: 'help' });
  });
});

describe('rounds 15–23: train-split classes read this session', () => {
  it('an aside after the order asks nothing: "…, lmk if …", "…, no worries if …", "…, then we see how"', () => {
    expectEachRead(
      said,
      [
        'roll out enrol-api v4.0.1 to prod, let me know if the gateway complains',
        'get seat-queue onto dev, no worries if it takes a while',
        'deploy sso 1.2.0 to staging first, then we see how',
      ],
      { intent: 'deploy', ambiguous: false },
    );
    // a condition of the order is still one
    expect(said('deploy sso to prod if the smoke tests pass').intent).toBe('unknown');
  });

  it('a statement after the order is why: "… 변경입니다", "…. 월요일 오전 … 예상됩니다", "… 안 멈춰서요"', () => {
    expectEachRead(
      said,
      [
        'sso 스테이징에 배포 진행 부탁드립니다 로그인 화면 문구 변경입니다',
        'tuition-pay 운영에 4개로 배포해 주십시오. 월요일 오전 납부 폭주가 예상됩니다.',
        'sugang-web prod v3.1.0 반영 부탁드려요, 타이머가 0에서 안 멈춰서요',
      ],
      { intent: 'deploy', ambiguous: false },
    );
    // the time said in a sentence that asks for it still puts the order off
    expect(said('tuition-pay 운영에 배포해 주십시오. 월요일 오전에 진행 바랍니다.').intent).toBe('unknown');
  });

  it('"N건" counts deploys only beside a deploy word; "문의가 몇 건" in a remark is no history', () => {
    expect(said('enrol-api 운영 지금 정상인지 확인 가능할까요? 문의가 몇 건 들어와서요').intent).toBe(
      'status',
    );
    expect(said('오늘 배포 몇 건 나갔어?').intent).toBe('history');
    expect(said('re-start seat-queue on dev')).toMatchObject({ intent: 'restart', ambiguous: false });
  });
});

describe('round 25c: conversations', () => {
  const conversations: [string, ExpectedTurn[]][] = [
    [
      '"그리 하게" (and "그리 하도록 하게. 고맙네.") confirms the plan; "네 감사합니다" thanks, it confirms nothing',
      [
        [
          'enrol-api 운영 10개로 늘리도록 하게',
          'scale',
          { app: 'enrol-api', environment: 'production', replicas: 10 },
        ],
        [
          '그리 하도록 하게. 고맙네.',
          'confirm',
          { app: 'enrol-api', environment: 'production', replicas: 10 },
        ],
      ],
    ],
    [
      'a thanks after a plan is no yes',
      [
        ['운영 sso 롤백해줘', 'rollback', { app: 'sso', environment: 'production' }],
        ['네 감사합니다', 'unknown', {}, true],
      ],
    ],
    [
      'a count said in a follow-up is its own ("and X to 2 there as well"), never the one repeated',
      [
        [
          'set grade-batch to 1 on dev',
          'scale',
          { app: 'grade-batch', environment: 'development', replicas: 1 },
        ],
        [
          'and seat-queue to 2 there as well',
          'scale',
          { app: 'seat-queue', environment: 'development', replicas: 2 },
        ],
      ],
    ],
    [
      '"the laggy one" between two apps asks which; the answer names it; "rego\'s about to open" names no app',
      [
        ['how is enrol-api going on prod', 'status', { app: 'enrol-api', environment: 'production' }],
        ['and seat-queue', 'status', { app: 'seat-queue', environment: 'production' }],
        ['give the laggy one a kick', 'restart', { environment: 'production' }, true],
        ["seat-queue, the queue's backed up", 'restart', { app: 'seat-queue', environment: 'production' }],
        [
          "bump it to 5, rego's about to open",
          'scale',
          { app: 'seat-queue', environment: 'production', replicas: 5 },
        ],
      ],
    ],
    [
      '"지워졌는지 봐봐", "rollback is success? … ok now?" ask how it went',
      [
        ['개발 grade-batch 지워', 'delete', { app: 'grade-batch', environment: 'development' }],
        ['ㅇㅇ', 'confirm', { app: 'grade-batch', environment: 'development' }],
        ['지워졌는지 봐봐', 'status', { app: 'grade-batch', environment: 'development' }],
      ],
    ],
  ];
  it.each(conversations)('%s', (_what, turns) => expectConversation(turns, KNOWN_APPS));
});
