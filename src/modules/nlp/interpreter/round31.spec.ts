import {
  expectClearReadings,
  expectConversation,
  expectEachAnswerToPlan,
  expectEachRead,
  expectProductionAskedAbout,
} from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on blind rounds 31 and 31c (a food-delivery platform on a snowstorm night, 2026-12-03) — a
 * Chungcheong-dialect speaker, a former-military ops lead's 다나까체, a Russian engineer's English, a Japanese engineer's
 * English — with the safety fixes of round 31's unsafe dev readings; new sentences.
 */
const KNOWN_APPS = ['eats-web', 'order-gw', 'dispatch', 'rider-login', 'refunds', 'coupons', 'settle-batch'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('round 31: the safety fixes', () => {
  it('production in another tongue (honban, purodakushon, прод) is asked about, never taken', () => {
    expectProductionAskedAbout(said, [
      'please deploy eats-web 2.0.1 to honban',
      'Could I see the coupons logs from purodakushon',
      'Scale dispatch on прод to 12',
    ]);
  });

  it('"눈 그친 뒤에", "0600시부로", "명일" put the order off; "… I made already, for your information" reports it', () => {
    expectEachRead(
      said,
      [
        '눈 그친 뒤에 settle-batch 운영 롤백 진행 바람',
        '0600시부로 order-gw 운영 pod 4개로 축소할 것',
        '명일 dispatch 운영 재기동 실시할 것',
        'Restart of refunds on prod I did already, just for your information',
      ],
      { intent: 'unknown', ambiguous: true },
    );
  });
});

describe('round 31: the train split', () => {
  it('Chungcheong requests: "restart 혀유", "올려유", "지워버려유", "해줘유", "올려주셔유"', () => {
    expectClearReadings(said, [
      [
        'dispatch 운영 restart 혀유, 배차가 안 잡혀유',
        'restart',
        { app: 'dispatch', environment: 'production' },
      ],
      [
        'eats-web 스테이징에 3.1.0 올려유',
        'deploy',
        { app: 'eats-web', environment: 'staging', tag: '3.1.0' },
      ],
      ['coupons 개발 싹 다 지워버려유', 'delete', { app: 'coupons', environment: 'development' }],
      [
        'refunds staging 이전 버전으로 rollback 해줘유',
        'rollback',
        { app: 'refunds', environment: 'staging' },
      ],
    ]);
  });

  it('다나까체 orders: "deploy 실시!", "재기동 실시 바람", "되돌릴 것"', () => {
    expectClearReadings(said, [
      [
        'eats-web 운영 3.2.0 deploy 실시! 배너 수정분임',
        'deploy',
        { app: 'eats-web', environment: 'production', tag: '3.2.0' },
      ],
      ['dispatch 스테이징 재기동 실시 바람', 'restart', { app: 'dispatch', environment: 'staging' }],
      ['refunds 운영 이전 버전으로 되돌릴 것', 'rollback', { app: 'refunds', environment: 'production' }],
    ]);
  });

  it('Russian and Japanese English: "make restart of", "is necessary to", "could I ask you to …, onegaishimasu"', () => {
    expectClearReadings(said, [
      [
        'Please make restart of rider-login on prod, people cannot enter',
        'restart',
        { app: 'rider-login', environment: 'production' },
      ],
      [
        'Is necessary to scale order-gw on staging to 6',
        'scale',
        { app: 'order-gw', environment: 'staging', replicas: 6 },
      ],
      [
        'Could I ask you to restart coupons on staging, onegaishimasu',
        'restart',
        { app: 'coupons', environment: 'staging' },
      ],
      [
        'Davai, deploy eats-web 3.3.0 to dev seichas',
        'deploy',
        { app: 'eats-web', environment: 'development', tag: '3.3.0' },
      ],
    ]);
  });

  it('a purpose after the order ("… for testing of X") and the count it runs now ("has 4 replicas, … make it 8")', () => {
    expectClearReadings(said, [
      [
        'Roll out eats-web v3.4.0-rc.2 to dev for testing of the snow map',
        'deploy',
        { app: 'eats-web', environment: 'development', tag: 'v3.4.0-rc.2' },
      ],
      [
        'rider-login on production has 3 replicas, could you please make it 6',
        'scale',
        { app: 'rider-login', environment: 'production', replicas: 6 },
      ],
    ]);
  });

  it('why a change was made is asked, not its status; delivery chatter with operation words is no operation', () => {
    expectEachRead(
      said,
      [
        '왜 eats-web 운영에 배포했습니까?',
        'Why was dispatch on prod restarted?',
        'Restart the delivery of order 7712, the rider slipped',
        '2210번 주문 배달 상태 어떻게 됐어?',
      ],
      { intent: 'unknown' },
    );
  });
});

const CONVERSATION_APPS = ['web-app', 'api-server', 'cart-api', 'order-api', 'batch-job', 'worker'];

describe('round 31c: answers in these voices', () => {
  it('"그류, 지워유", "실시 바람", "확인, 실시할 것" confirm; "확인했습니다" alone only notes it', () => {
    const plan = { app: 'cart-api', environment: 'development' } as const;
    const order = ['개발 cart-api 삭제해줘', 'delete', plan] as const;
    expectEachAnswerToPlan(
      order,
      ['그류, 지워유', '실시 바람', '확인, 실시할 것'],
      'confirm',
      CONVERSATION_APPS,
    );
    expectConversation(
      [order, ['확인했습니다. 상급자 승인 후 재보고하겠습니다', 'unknown', {}, true]],
      CONVERSATION_APPS,
    );
  });

  it('"hai" confirms only as the answer it is ("Hai, onegaishimasu"), never as a greeting ("hai, any update?")', () => {
    const plan = { app: 'worker', environment: 'production' } as const;
    expectEachAnswerToPlan(
      ['restart worker on prod', 'restart', plan],
      ['Hai, onegaishimasu'],
      'confirm',
      CONVERSATION_APPS,
    );
    expectConversation(
      [
        ['restart worker on prod', 'restart', plan],
        ['hai, any update?', 'unknown', {}, true],
      ],
      CONVERSATION_APPS,
    );
  });

  it('"취소할 것. 노드 여유 없음" cancels the plan waiting; "is it showing well?" asks after the last app', () => {
    const plan = { app: 'worker', environment: 'production' } as const;
    expectEachAnswerToPlan(
      ['restart worker on prod', 'restart', plan],
      ['취소할 것. 노드 여유 없음'],
      'cancel',
      CONVERSATION_APPS,
    );
    expectConversation(
      [
        [
          'deploy web-app v2.0.0 to staging',
          'deploy',
          { app: 'web-app', environment: 'staging', tag: 'v2.0.0' },
        ],
        ['Sumimasen, is it showing well?', 'status', { app: 'web-app', environment: 'staging' }],
      ],
      CONVERSATION_APPS,
    );
  });

  it('"X 우선 실시. Y는 대기", "X first, Y later" pick X among the apps or environments asked about', () => {
    expectConversation(
      [
        ['운영 worker 및 api-server 재기동 실시할 것', 'restart', { environment: 'production' }, true],
        ['worker 우선 실시. api-server는 대기', 'restart', { environment: 'production', app: 'worker' }],
      ],
      CONVERSATION_APPS,
    );
    expectConversation(
      [
        ['deploy cart-api v1.2.0 to dev and staging', 'deploy', { app: 'cart-api', tag: 'v1.2.0' }, true],
        [
          'dev first, staging later',
          'deploy',
          { app: 'cart-api', tag: 'v1.2.0', environment: 'development' },
        ],
      ],
      CONVERSATION_APPS,
    );
  });
});
