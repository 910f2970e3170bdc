import { expectConversation } from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on the train splits of blind rounds 19 and 19c (a food-delivery platform on a rainy
 * Friday evening, 2026-12-02) — Gyeongsang dialect in chat among them — and the safety fixes of round 19's three
 * unsafe dev readings; new sentences.
 */
const KNOWN_APPS = ['shop-ui', 'ledger', 'mailer', 'search-api', 'queue-worker'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('an order for when something stops or before an event is put off', () => {
  it.each([
    '눈 그치면 ledger 운영 재시작해 주세요',
    '주문 몰리는 거 잦아들면 mailer 운영 2개로 줄여줘',
    '쿠폰 뿌리기 30분 전에 search-api 운영 12개로 늘려주세요',
    'delete mailer from dev after the weekend',
  ])('%s', (command) => {
    expect(said(command)).toMatchObject({ intent: 'unknown', ambiguous: true });
  });
});

describe('production is not taken on a guess', () => {
  it('"운ㅕㅇ" (the last syllable typed as loose letters) is a look-alike, asked about', () => {
    const r = said('ledger 운ㅕㅇ 재시작해줘');
    expect(r).toMatchObject({ intent: 'restart', ambiguous: true });
    expect(r.entities.environment).toBeUndefined();
  });

  it('"ㅂㅍ" (배포 as two initials) the only word of a deploy is asked about, staging too', () => {
    expect(said('shop-ui 스테이징 ㅂㅍ ㄱㄱ')).toMatchObject({ intent: 'deploy', ambiguous: true });
  });
});

describe('Gyeongsang imperatives in chat', () => {
  it.each([
    ['queue-worker 운영 재시작 해주이소', 'restart'],
    ['ledger 스테이징 롤백 해뿌라', 'rollback'],
    ['mailer 개발 재시작 해도, 발송이 멈췄다', 'restart'],
  ])('"%s" orders', (command, intent) => {
    expect(said(command)).toMatchObject({ intent, ambiguous: false });
  });

  it('"늘려주이소", "올리주이소" (주세요, 올려 in dialect) order, a remark with an hour after them too', () => {
    expect(said('search-api 운영 9개로 늘려주이소, 7시 쿠폰 나간다')).toMatchObject({
      intent: 'scale',
      ambiguous: false,
      entities: { replicas: 9 },
    });
    expect(said('ledger v2.3.4 스테이징에 올리주이소')).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
      entities: { tag: 'v2.3.4' },
    });
  });

  it('"재시작해도 돼?" still asks permission: never an unambiguous restart', () => {
    const r = said('ledger 운영 재시작해도 돼?');
    expect(r.intent !== 'restart' || r.ambiguous).toBe(true);
  });

  it('"알긋다, 해도" confirms; "살았나?" asks how it went', () =>
    expectConversation(
      [
        ['운영 ledger 재시작 해주이소', 'restart', { app: 'ledger', environment: 'production' }],
        ['알긋다, 해도', 'confirm', { app: 'ledger', environment: 'production' }],
        ['살았나?', 'status', { app: 'ledger', environment: 'production' }],
      ],
      KNOWN_APPS,
    ));
});

describe('who did an operation is its history', () => {
  it.each(['ledger 운영 누가 restart 했어요?', 'has anyone rolled back mailer on staging before?'])(
    '%s',
    (command) => {
      expect(said(command)).toMatchObject({ intent: 'history', ambiguous: false });
    },
  );
});

describe('round 19c: replies with emoji, "X도요", "그 서비스"', () => {
  it('"yep 🚀🚀" confirms; "nah, false alarm 😅" cancels', () => {
    expectConversation(
      [
        [
          'scale search-api prod to 9',
          'scale',
          { app: 'search-api', environment: 'production', replicas: 9 },
        ],
        ['yep 🚀🚀', 'confirm', { app: 'search-api', environment: 'production', replicas: 9 }],
      ],
      KNOWN_APPS,
    );
    expectConversation(
      [
        ['roll back ledger in prod', 'rollback', { app: 'ledger', environment: 'production' }],
        ['nah, false alarm 😅', 'cancel', { app: 'ledger', environment: 'production' }],
      ],
      KNOWN_APPS,
    );
  });

  it('"mailer도요" reads the same for another app; "그 서비스 재시작" after two apps asks which', () =>
    expectConversation(
      [
        ['ledger 상태 좀 봐주세요', 'status', { app: 'ledger', environment: 'staging' }],
        ['mailer도요', 'status', { app: 'mailer', environment: 'staging' }],
        ['그 서비스 재시작해 주세요', 'restart', { environment: 'staging' }, true],
      ],
      KNOWN_APPS,
    ));
});
