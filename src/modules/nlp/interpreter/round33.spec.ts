import {
  expectClearReadings,
  expectConversation,
  expectEachAnswerToPlan,
  expectEachRead,
  expectProductionAskedAbout,
} from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on blind rounds 33 and 33c (a K-beauty live-commerce platform during a celebrity's live
 * show, 2026-12-03) — a Gen-Z merchandiser's 초성체, a senior executive's hedged honorifics, an Italian engineer's
 * English, an Indonesian engineer's English — with the safety fixes their train splits showed; new sentences.
 */
const KNOWN_APPS = ['shop-web', 'product-api', 'orders', 'push-worker', 'login', 'pay', 'coupons'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('round 33: the safety fixes', () => {
  it('"the coupon drop starts at nine" is no delete; a deploy with it stays the deploy', () => {
    expectClearReadings(said, [
      [
        'Per favore, roll out coupons v1.2.0 to 운영, the coupon drop starts at nine.',
        'deploy',
        { app: 'coupons', environment: 'production', tag: 'v1.2.0' },
      ],
    ]);
    expectClearReadings(said, [
      ['drop coupons on dev', 'delete', { app: 'coupons', environment: 'development' }],
    ]);
  });

  it('game-server words for production (본섭, 본서버, ㅍㄹㄷ, 풀덕션) are asked about, never taken', () => {
    expectProductionAskedAbout(said, [
      'shop-web v2.0.1 본섭 배포 ㄱㄱ',
      'push-worker 본서버 재시작 부탁드립니다',
      'orders ㅍㄹㄷ 9개로 ㄱㄱ',
    ]);
  });

  it('"ㅈㅅㅈ ㄱㄱ" is a restart, not a deploy; "tambah 2 pods" is relative; "kalau …, rollback" waits on a check', () => {
    expectClearReadings(said, [
      [
        'push-worker 스테이징 ㅈㅅㅈ ㄱㄱ 알림 안 감',
        'restart',
        { app: 'push-worker', environment: 'staging' },
      ],
    ]);
    expect(said('Tolong tambah 2 pods for orders di prod.')).toMatchObject({
      intent: 'scale',
      ambiguous: true,
    });
    expect(said('Cek orders di prod, kalau payments still fail, rollback ya.')).toMatchObject({
      intent: 'status',
    });
  });

  it('a failure reported after the order ("…, coupons do not apply") refuses nothing; a "do not <operation>" still does', () => {
    expectClearReadings(said, [
      [
        'Bounce coupons on 운영 subito, the codes do not apply.',
        'restart',
        { app: 'coupons', environment: 'production' },
      ],
    ]);
    expectEachRead(
      said,
      [
        'users do not like it, do not deploy shop-web',
        'restart push-worker on prod, the pods do not restart',
      ],
      { intent: 'unknown', ambiguous: true },
    );
  });
});

describe('round 33: the train split', () => {
  it('hedged requests: "…주셨으면 합니다", "…주시면 감사하겠습니다", "혹시 가능하시다면 …"; a suggestion is asked back', () => {
    expectClearReadings(said, [
      [
        'product-api 5.0.1 운영에 올려주셨으면 합니다',
        'deploy',
        { app: 'product-api', environment: 'production', tag: '5.0.1' },
      ],
      [
        '혹시 가능하시다면 운영 pay 상태를 한번 확인해 주시면 감사하겠습니다',
        'status',
        { app: 'pay', environment: 'production' },
      ],
    ]);
    // a suggestion orders nothing: asked back, or no operation at all
    expect(said('정산이 밀리는 것 같으니 pay 운영 재시작을 해 보는 게 어떨까 싶습니다')).toMatchObject({
      ambiguous: true,
    });
  });
});

const CONVERSATION_APPS = ['web-app', 'frontend', 'order-api', 'payment-svc', 'cart-api'];

describe('round 33c: answers and follow-ups in these voices', () => {
  it('"예, 진행하시지요", "ㅇㅇ ㅃㄹ ㄱㄱ", "ㅇㅈ 진행 ㄱ", "Va bene, 네, dai" confirm', () => {
    const order = [
      'restart payment-svc on prod',
      'restart',
      { app: 'payment-svc', environment: 'production' },
    ] as const;
    expectEachAnswerToPlan(
      order,
      ['예, 진행하시지요', 'ㅇㅇ ㅃㄹ ㄱㄱ 방송 중임', 'ㅇㅈ 진행 ㄱ', 'Va bene, 네, dai'],
      'confirm',
      CONVERSATION_APPS,
    );
  });

  it('"살아남?", "멀쩡함?", "잘 반영되었는지요?" ask how the last change went', () => {
    for (const asked of ['살아남? 쿠폰 다시 먹힘?', '돌아옴? 배너 멀쩡함?', '잘 반영되었는지요?'])
      expectConversation(
        [
          ['스테이징 cart-api 재시작 ㄱㄱ', 'restart', { app: 'cart-api', environment: 'staging' }],
          [asked, 'status', { app: 'cart-api', environment: 'staging' }],
        ],
        CONVERSATION_APPS,
      );
  });
});
