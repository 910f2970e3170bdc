import {
  expectClearReadings,
  expectConversation,
  expectEachRead,
  replayConversation,
  type ExpectedTurn,
} from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on blind rounds 26 and 26c (a newsroom on election night, 2026-12-03) — headline Korean
 * ("…요망", "…바람", "…기 바람"), a Spanish speaker's English ("porfa", "mañana"), Konglish, a Scottish SRE's dialect
 * ("oot tae", "aff", "gonnae no", "the morra") — with the safety fixes of their unsafe dev readings; new sentences.
 */
const KNOWN_APPS = ['results-web', 'count-api', 'ingest', 'sso', 'paywall', 'alerts'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('round 26: the safety fixes', () => {
  it('"… 해제 후", "… 발표 후", "after the 출구조사" put an order off', () => {
    expectEachRead(
      said,
      [
        'ingest 개발 삭제, 보도 유예 해제 후 진행 요망',
        '개표 결과 발표 후 count-api 운영 30개로 증설 바람',
        'after the 개표, restart count-api on prod please',
      ],
      { intent: 'unknown', ambiguous: true },
    );
  });

  it('"해당 환경" with no environment said before asks which one, never takes the default', () => {
    expectConversation(
      [['해당 환경 results-web 재기동 요망', 'restart', { app: 'results-web' }, true]],
      KNOWN_APPS,
    );
  });

  it('a failure reported after a read ("…확인 바람. … 새로고침 안 됨") refuses nothing; "해당 환경" is its environment', () =>
    expectConversation(
      [
        [
          '운영 results-web 상태 확인 바람. 속보 배너 새로고침 안 됨',
          'status',
          { app: 'results-web', environment: 'production' },
        ],
        ['해당 환경 count-api 재기동 요망', 'restart', { app: 'count-api', environment: 'production' }],
      ],
      KNOWN_APPS,
    ));
});

describe('round 26: the train split', () => {
  it('Scots and Spanish words are read as the English every rule knows', () => {
    expectClearReadings(said, [
      ['get count-api oot tae staging, would ye', 'deploy', { app: 'count-api', environment: 'staging' }],
      ['bin alerts aff dev, it is done', 'delete', { app: 'alerts', environment: 'development' }],
      [
        'drop ingest doon tae two on dev',
        'scale',
        { app: 'ingest', environment: 'development', replicas: 2 },
      ],
      ['gie sso on prod a wee kick', 'restart', { app: 'sso', environment: 'production' }],
      ['restart paywall on staging porfa', 'restart', { app: 'paywall', environment: 'staging' }],
      ['pop results-web onto dev for us', 'deploy', { app: 'results-web', environment: 'development' }],
    ]);
    expectEachRead(
      said,
      [
        'gonnae no delete ingest on staging, I still need it',
        'dinnae touch sso on prod',
        'ship paywall tae prod the morra',
        'deploy alerts to prod mañana porfa',
      ],
      { intent: 'unknown' },
    );
  });

  it('headline Korean: "…기 바람" requests, "정상 여부 확인 바람" reads, "…재시작 절대 불가" refuses', () => {
    expect(said('ingest 스테이징 다시 띄우기 바람')).toMatchObject({ intent: 'restart', ambiguous: false });
    expect(said('alerts 운영 껐다 켜기 바람, 푸시 발송 안 됨')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
      entities: { app: 'alerts', environment: 'production' },
    });
    expect(said('count-api 스테이징에 v2.0.0-rc.1 올려주기 바람')).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
    });
    expect(said('ingest 운영 정상 여부 확인 바람')).toMatchObject({ intent: 'status', ambiguous: false });
    expect(said('ingest 운영 재시작 절대 불가, 집계 중').intent).toBe('unknown');
    // "접속 불가" reports a failure: the order before it stands
    expect(said('sso 재시작해줘 접속 불가')).toMatchObject({ intent: 'restart', ambiguous: false });
    expect(said('results-web 운영 롤백 여부 판단 바람').intent).toBe('unknown');
  });

  it('history: "마지막으로 … 한 게 언제", "who was the last one to …", "when did X last go out"', () => {
    expectEachRead(
      said,
      [
        'results-web 마지막으로 롤백 한 게 언제야',
        'who was the last one to deploy count-api?',
        'when did ingest last go oot?',
      ],
      { intent: 'history' },
    );
  });

  it('"can\'t log in" is no logs read; "웅녕" is a production look-alike, asked about', () => {
    expect(said("deploy sso v1.2.0 to production porfa, the editors can't log in")).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
    });
    expect(said('count-api 웅녕 상태 확인 바람')).toMatchObject({ intent: 'status', ambiguous: true });
  });
});

describe('round 26c: conversations', () => {
  const conversations: [string, ExpectedTurn[]][] = [
    [
      '"검증 완료. 운영에도 같은 버전 …" names production alone; "ㅇㅋ 운영 반영 진행" confirms it',
      [
        ['스테이징 sso v2.1.0 배포 요망', 'deploy', { app: 'sso', environment: 'staging', tag: 'v2.1.0' }],
        [
          '검증 완료. 운영에도 같은 버전 배포 요망',
          'deploy',
          { app: 'sso', environment: 'production', tag: 'v2.1.0' },
        ],
        ['ㅇㅋ 운영 반영 진행', 'confirm', { app: 'sso', environment: 'production', tag: 'v2.1.0' }],
      ],
    ],
    [
      'an answer, then why ("취소 바람. 원인은 …"), is the answer; a correction after it is not',
      [
        [
          '운영 results-web 롤백 요망. 속보 배너 숫자 역전',
          'rollback',
          { app: 'results-web', environment: 'production' },
        ],
        ['취소 바람. 원인은 count-api 쪽', 'cancel', { app: 'results-web', environment: 'production' }],
      ],
    ],
    [
      '"same in staging ya" repeats the restart there, and "the same for X" keeps staging',
      [
        ['restart alerts in dev porfa', 'restart', { app: 'alerts', environment: 'development' }],
        ['same in staging ya', 'restart', { app: 'alerts', environment: 'staging' }],
        ['and the same for paywall', 'restart', { app: 'paywall', environment: 'staging' }],
      ],
    ],
    [
      '"did that sort it oot?" asks how it went',
      [
        ['bounce count-api on staging', 'restart', { app: 'count-api', environment: 'staging' }],
        ['did that sort it oot?', 'status', { app: 'count-api', environment: 'staging' }],
      ],
    ],
  ];
  it.each(conversations)('%s', (_what, turns) => expectConversation(turns, KNOWN_APPS));
});

describe("older rounds' train splits: an answer to a waiting plan, then only why", () => {
  const plan = { app: 'count-api', environment: 'production' } as const;
  it.each([
    ['ㄱㄱ 빨리 독자 항의 쏟아짐', 'confirm'],
    ['ㄴㄴ 취소 집계 아직 돌고있대', 'cancel'],
    ['네 restart 진행해 주세요, 로그인 복구가 급해요', 'confirm'],
    ['취소 바람. 원인은 ingest 쪽', 'cancel'],
  ] as const)('"%s" answers the plan (%s)', (reply, intent) =>
    expectConversation(
      [
        ['운영 count-api 재시작해줘', 'restart', plan],
        [reply, intent, plan],
      ],
      KNOWN_APPS,
    ),
  );

  it.each([
    // a correction, a read asked for, holding back, an acknowledgement: no yes
    'ㅇㅇ 근데 스테이징',
    'Yeah, thought so. Leave it running then.',
    '네 알겠습니다',
    '어, 근데 쓸 수 있는 명령어 example 좀 보여줘요',
  ])('"%s" confirms nothing', (reply) => {
    const turns = [['운영 count-api 재시작해줘', 'restart', plan]] as const;
    const replayed = replayConversation([...turns, [reply, 'confirm', plan]], KNOWN_APPS);
    expect(replayed[1][1]).not.toBe('confirm');
  });

  it("a yes with a remark to the service's own question (no plan waits) orders nothing", () => {
    const replayed = replayConversation(
      [
        ['운영 count-api 재시작 PG timeout', 'restart', plan, true],
        ['ㅇㅇ 고고 독자 문의 폭주', 'restart', plan],
      ],
      KNOWN_APPS,
    );
    expect(replayed[1][1]).toBe('unknown');
  });
});
