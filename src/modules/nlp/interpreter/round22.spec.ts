import {
  expectAnswerToWaitingDelete,
  expectConversation,
  type ExpectedTurn,
} from '../../../../test/support/nlp-conversation-replay.js';
import { classifierInput } from '../classifier/combine.js';
import { interpret, readCommand } from './interpreter.js';

/**
 * Classes of phrasing found on the train splits of blind rounds 22 and 22c (a mobile game studio on the launch night
 * of a new season, 2026-12-03) — night-shift chat Korean, a product manager's very polite Korean, dry British
 * English, a Japanese developer's careful Korean and English — with the safety fixes of the round's unsafe dev
 * readings and a few classes of older rounds' train splits; new sentences.
 */
const KNOWN_APPS = ['lobby', 'gacha-api', 'rank-svc', 'matchmaker', 'patch-cdn'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('round 22: the safety fixes', () => {
  it('a count joined after a deploy ("…, then make it three replicas") is a second operation: asked', () => {
    for (const command of [
      'push lobby to staging, then make it three replicas',
      'deploy gacha-api to dev and then 4 replicas please',
    ])
      expect({ command, ...said(command) }).toMatchObject({ command, intent: 'deploy', ambiguous: true });
    // a count said with the deploy itself is its replicas
    expect(said('deploy lobby to staging with 3 replicas')).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
      entities: { replicas: 3 },
    });
  });

  it('"after the maintenance window", "at 6 o\'clock", "once the storm passes" put an order off', () => {
    for (const command of [
      'deploy rank-svc 2.0.1 to prod after the maintenance window',
      "scale down matchmaker in production at 6 o'clock",
      'restart lobby on staging once the queue clears',
    ])
      expect({ command, ...said(command) }).toMatchObject({ command, intent: 'unknown', ambiguous: true });
  });

  it('"운영겡", "운영게" are production look-alikes: asked, never taken as production', () => {
    expect(said('lobby 운영겡 상태 봐줘')).toMatchObject({ ambiguous: true });
    expect(said('lobby 운영게 배포해줘')).toMatchObject({ ambiguous: true });
    expect(said('lobby 운영계 배포해줘')).toMatchObject({
      ambiguous: false,
      entities: { environment: 'production' },
    });
  });

  it('a restart typed apart into lone jamo is a restart (asked), never a deploy on its "ㄱ"', () => {
    const r = said('lobby 스테이징 재시ㅏㄱ 해줘');
    expect(r.intent).not.toBe('deploy');
    expect(said('lobby ㄱ')).toMatchObject({ intent: 'deploy' });
  });
});

describe('round 22: orders and their remarks', () => {
  it.each([
    ['운영 matchmaker 재시작 매칭 안잡힘', 'restart'],
    ['운영 gacha-api 재시작 결제창 무한로딩', 'restart'],
    ['운영 rank-svc 롤백 보상 중복지급됨', 'rollback'],
    ['patch-cdn dev 0개로 내려줘, 안 쓴다', 'scale'],
    ["Bin patch-cdn on staging, it is the old one we don't need.", 'delete'],
    ['Give matchmaker on prod a nudge, the queue is stuck.', 'restart'],
    ['Take gacha-api in prod down to zero while the provider sorts things out.', 'scale'],
    ['rank-svc on prod is sitting at 6 — make it 10.', 'scale'],
  ])('%s → a clear %s', (command, intent) =>
    expect(said(command)).toMatchObject({ intent, ambiguous: false }),
  );

  it('"…롤백 적용됨", "…재시작 완료됨" report the operation; "…재시작해도 안 잡힘" is no order', () => {
    expect(said('운영 rank-svc 롤백 적용됨').ambiguous).toBe(true);
    expect(said('운영 lobby 재시작해도 매칭 안잡힘').ambiguous).toBe(true);
  });

  it('a change, a conjunction, then a read: the change is asked about', () => {
    for (const command of [
      'Restart lobby on prod and then chuck me the last 30 log lines.',
      'rank-svc 운영을 재기동하신 후 로그를 확인하여 주시기 바랍니다',
    ])
      expect({ command, ...said(command) }).toMatchObject({ command, intent: 'restart', ambiguous: true });
  });

  it('"…하고 싶습니다" asks for the change; "can X be rolled back, please?" is a request, asked back', () => {
    expect(said('lobby 를 개발에서 rollback 하고 싶습니다.')).toMatchObject({
      intent: 'rollback',
      ambiguous: true,
    });
    expect(said('Can gacha-api on staging be rolled back, please?')).toMatchObject({
      intent: 'rollback',
      ambiguous: true,
    });
  });

  it.each([
    ["What's been deployed in the last day?", 'history'],
    ["Would it be wise to scale lobby up tonight, d'you think?", 'unknown'],
    ['Is it better to deploy rank-svc now or after the patch notes? Please give me advice.', 'unknown'],
    ["What's matchmaker up to in prod?", 'status'],
  ])('%s → %s', (command, intent) => expect(said(command)).toMatchObject({ intent }));
});

describe('round 22: the classifier weighs the order, not the remark beside it', () => {
  const known = new Set(KNOWN_APPS);
  it.each([
    ['rank-svc 운영 재시작 — 정산 배치 안 돌았음', 'rank-svc 운영 재시작'],
    ['lobby 스테이징 배포해 줘요, 새 환전 큐 소비자 들어갔어', 'lobby 스테이징 배포해'],
    ['patch-cdn dev 0개로 내려줘, 안 쓴다', 'patch-cdn dev 0개로 내려줘,'],
  ])('%s → the classifier reads "%s"', (command, clause) =>
    expect(classifierInput(command, readCommand(command, known))).toBe(clause),
  );

  it.each([
    'restart lobby on staging',
    '운영 lobby 정리해줘 완전히 삭제로',
    'rank-svc 로그 보여줘, 에러가 계속 나요',
  ])('%s → the whole command (no order clause beside a remark to pick)', (command) =>
    expect(classifierInput(command, readCommand(command, known))).toBe(command),
  );
});

describe('round 22c: conversations', () => {
  const conversations: [string, ExpectedTurn[]][] = [
    [
      '"해당 환경의 …" is the environment of the turn before',
      [
        [
          '운영 환경 gacha-api 로그 좀 보여 주시겠어요?',
          'logs',
          { app: 'gacha-api', environment: 'production' },
        ],
        [
          '해당 환경의 rank-svc도 재시작해 주세요.',
          'restart',
          { app: 'rank-svc', environment: 'production' },
        ],
        ['네, 진행해 주셔도 됩니다.', 'confirm', { app: 'rank-svc', environment: 'production' }],
      ],
    ],
    [
      'an order with its failure remark waits for confirmation; a help question leaves it waiting; "ㅇㅋ 롤백 ㄱㄱ" confirms it',
      [
        ['운영 rank-svc 롤백 랭킹 중복집계됨', 'rollback', { app: 'rank-svc', environment: 'production' }],
        ['근데 명령어 목록은 어디서 봄', 'help', {}],
        ['ㅇㅋ 롤백 ㄱㄱ', 'confirm', { app: 'rank-svc', environment: 'production' }],
      ],
    ],
    [
      'status questions that refer back: "정상입니까?", "살아났냐", "is it happy?"; a thanks before a request',
      [
        ['lobby 스테이징 재시작해줘', 'restart', { app: 'lobby', environment: 'staging' }],
        ['지금은 정상입니까?', 'status', { app: 'lobby', environment: 'staging' }],
        ['좀 살아났냐', 'status', { app: 'lobby', environment: 'staging' }],
        ['And is it happy?', 'status', { app: 'lobby', environment: 'staging' }],
        [
          '감사합니다. 그럼 그 서비스 로그도 보여 주실 수 있을까요?',
          'logs',
          { app: 'lobby', environment: 'staging' },
        ],
      ],
    ],
    [
      '"restart 는 하지 마세요. 로그만 보여 주세요." reads the logs',
      [
        ['matchmaker 스테이징 상태 보여줘', 'status', { app: 'matchmaker', environment: 'staging' }],
        [
          'restart 는 하지 마세요. 로그만 보여 주세요.',
          'logs',
          { app: 'matchmaker', environment: 'staging' },
        ],
      ],
    ],
  ];
  it.each(conversations)('%s', (_what, turns) => expectConversation(turns, KNOWN_APPS));

  it.each([
    ['네, 부탁합니다.', 'confirm'],
    ['Fair enough. Yes, bin it.', 'confirm'],
    ['Go on then, nudge away.', 'confirm'],
    ['하셔도 됩니다', 'confirm'],
  ])('"%s" answers a waiting plan: %s', (reply, intent) =>
    expectAnswerToWaitingDelete(reply, intent, 'patch-cdn', KNOWN_APPS),
  );
});
