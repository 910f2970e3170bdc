import {
  expectClearReadings,
  expectConversation,
  expectEachRead,
  expectProductionAskedAbout,
} from '../../../../test/support/nlp-conversation-replay.js';
import { CHANGE_INTENTS } from './intents.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on blind rounds 38c, 39 and 39c (a city marathon; a K-drama streaming service on a
 * finale night, 2026-12-03) — 문화어, statute-style Korean, Czech and Finnish engineers' English, team names in a
 * formal greeting — with the safety fixes of their unsafe readings; new sentences.
 */
const KNOWN_APPS = ['drama-web', 'play-api', 'sub-worker', 'pass-billing', 'chat-svc'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('round 39: the safety fixes', () => {
  it('a team named in a greeting ("운영지원팀", "운영팀") is no production, "기록…팀" no history read', () => {
    for (const command of [
      '안녕하세요, 운영지원팀 한결입니다. drama-web 재시작 요청드립니다.',
      '운영팀 요청으로 chat-svc 재기동 부탁드립니다',
      '운영자입니다 play-api 재시작해주세요',
    ])
      expect({ command, ...said(command) }).toMatchObject({
        command,
        intent: 'restart',
        ambiguous: false,
        defaults: ['environment'],
      });
    expectClearReadings(said, [
      [
        '안녕하세요, 기록관리팀 오다인입니다. 스테이징에 sub-worker v2.0.3 배포 요청드립니다.',
        'deploy',
        { app: 'sub-worker', environment: 'staging', tag: 'v2.0.3' },
      ],
      ['운영부터 play-api 재시작해줘', 'restart', { app: 'play-api', environment: 'production' }],
    ]);
  });

  it('"검증 완료" is the verification, not the staging environment; "검증계" still is', () => {
    expectClearReadings(said, [
      [
        '검증 완료됐습니다. 운영에 play-api v4.1.0 배포 부탁드립니다.',
        'deploy',
        { app: 'play-api', environment: 'production', tag: 'v4.1.0' },
      ],
      ['chat-svc 검증계 재시작', 'restart', { app: 'chat-svc', environment: 'staging' }],
    ]);
  });

  it('production as 실전환경, 생산환경, 실가동, Czech produkce / ostrý provoz or Finnish tuotanto is asked about', () => {
    expectProductionAskedAbout(said, [
      'drama-web 실전환경에 v1.0.2 배포해주시라요',
      'play-api 생산환경 재기동하라우',
      'chat-svc의 실가동 환경 복제본을 6개로 증설하라.',
      'Deploy drama-web v1.0.3 to produkce, prosím.',
      'Restart chat-svc on ostrý provoz teď.',
      'Scale play-api in tuotanto to 5, kiitos.',
      'Restart sub-worker tuotantoympäristössä nyt.',
    ]);
  });

  it('"No restart" after a read, "älä" (Finnish: do not), tomorrow in Czech or Finnish: never a clear change', () => {
    for (const command of [
      'Status of chat-svc on staging. No restart, just looking.',
      'Status of chat-svc on staging, díky. Ne, no restart.',
      'Odota, älä restart play-api in production.',
      'Huomenna aamulla deploy drama-web 1.4.0 to production.',
      'Deploy drama-web 1.4.1 to prod zítra, prosím.',
    ]) {
      const r = said(command);
      expect({ command, clearChange: CHANGE_INTENTS.has(r.intent) && !r.ambiguous }).toEqual({
        command,
        clearChange: false,
      });
    }
  });

  it('"Status ja logs" (Finnish "and") asks which read, not a clear one of the two', () => {
    expectEachRead(said, ['Status ja logs of chat-svc in production, kiitos.'], { ambiguous: true });
  });

  it('statute provisos put an order off ("다만, …경우에는 그러하지 아니한다")', () => {
    const r = said('운영 환경의 chat-svc를 재기동한다. 다만, 방송 중인 경우에는 그러하지 아니한다.');
    expect(CHANGE_INTENTS.has(r.intent) && !r.ambiguous).toBe(false);
  });
});

describe('round 39: the voices', () => {
  it('문화어 and statute-style orders are the orders they are', () => {
    expectClearReadings(said, [
      ['play-api 스테이징 재기동하라우', 'restart', { app: 'play-api', environment: 'staging' }],
      [
        'drama-web 개발에 v2.2.0 배포해주시라요',
        'deploy',
        { app: 'drama-web', environment: 'development', tag: 'v2.2.0' },
      ],
      [
        'sub-worker 스테이징 3개로 늘려주시라요, 자막이 밀립네다',
        'scale',
        { app: 'sub-worker', environment: 'staging', replicas: 3 },
      ],
      ['chat-svc는 스테이징 환경에서 재기동한다.', 'restart', { app: 'chat-svc', environment: 'staging' }],
      [
        'pass-billing 개발 환경의 복제본 수는 2개로 한다.',
        'scale',
        { app: 'pass-billing', environment: 'development', replicas: 2 },
      ],
      [
        'drama-web을 스테이징에서 직전 버전으로 되돌린다.',
        'rollback',
        { app: 'drama-web', environment: 'staging' },
      ],
    ]);
  });

  it('an order with a remark refusing another operation stays the order (Korean topic, Czech and Finnish English)', () => {
    expectClearReadings(said, [
      [
        '스테이징에 drama-web v3.0.0 배포 ㄱㄱ 재시작은 필요 없는 부분',
        'deploy',
        { app: 'drama-web', environment: 'staging', tag: 'v3.0.0' },
      ],
      [
        'Restart chat-svc on staging heti. The deploy of 2.1.0 went fine, ei rollback.',
        'restart',
        { app: 'chat-svc', environment: 'staging' },
      ],
      [
        'Remove sub-worker from dev teď. The restart of it is not needed, ne.',
        'delete',
        { app: 'sub-worker', environment: 'development' },
      ],
    ]);
  });

  it('conversations: "ㄴㄴ 10개로" corrects, an answer before its explanation answers, statute and Czech replies', () => {
    expectConversation(
      [
        ['운영 chat-svc 6개로 ㄱㄱ', 'scale', { app: 'chat-svc', environment: 'production', replicas: 6 }],
        ['ㄴㄴ 9개로', 'scale', { app: 'chat-svc', environment: 'production', replicas: 9 }],
        ['ㅇㅈㅇㅈ 진행시켜', 'confirm', { app: 'chat-svc', environment: 'production', replicas: 9 }],
      ],
      KNOWN_APPS,
    );
    expectConversation(
      [
        ['Restart play-api in tuotanto, kiitos', 'restart', { app: 'play-api' }, true],
        [
          'Joo, production. Tuotanto is the Finnish word',
          'restart',
          { app: 'play-api', environment: 'production' },
        ],
        ['Joo, heti', 'confirm', { app: 'play-api', environment: 'production' }],
      ],
      KNOWN_APPS,
    );
    expectConversation(
      [
        ['운영 환경의 sub-worker를 삭제한다.', 'delete', { app: 'sub-worker', environment: 'production' }],
        [
          '승인하지 아니함. 자막 작업이 남아 있음.',
          'cancel',
          { app: 'sub-worker', environment: 'production' },
        ],
      ],
      KNOWN_APPS,
    );
    expectConversation(
      [
        ['Delete chat-svc on dev, prosím', 'delete', { app: 'chat-svc', environment: 'development' }],
        ['Ne, díky', 'cancel', { app: 'chat-svc', environment: 'development' }],
      ],
      KNOWN_APPS,
    );
  });
});
