import { expectConversation } from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on the train split of blind rounds 15 and 15c (a logistics company's week, 2026-12-02),
 * and the safety fixes of their dev splits' unsafe readings; new sentences.
 */
const KNOWN_APPS = ['shop-ui', 'ledger', 'mailer', 'search-api', 'queue-worker'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('orders for later: after any event that ends, once one starts', () => {
  it.each([
    '연말 정산 시즌 끝나고 mailer 개발에서 지워줘',
    '프로모션 끝난 다음에 shop-ui 운영 재시작해 주세요',
    'restart mailer in prod once the campaign starts',
    'scale ledger to 6 on prod when the flash sale begins',
  ])('%s → nothing done now', (command) => {
    const r = said(command);
    expect(r.intent).toBe('unknown');
    expect(r.ambiguous).toBe(true);
  });
});

describe('production look-alikes: one vowel mistyped', () => {
  it('"운욍" (ㅚ for ㅕ) is asked about, never taken as production nor dropped to the default', () => {
    const r = said('ledger 운욍 재시작');
    expect(r).toMatchObject({ intent: 'restart', ambiguous: true, entities: { app: 'ledger' } });
    expect(r.entities.environment).toBeUndefined();
  });
});

describe("a contractor's formal English, a remark after the imperative, an environment in parentheses, the count now", () => {
  it.each([
    ['I am requesting to restart mailer on staging', 'restart', { app: 'mailer', environment: 'staging' }],
    [
      'Please do the restarting of queue-worker in production',
      'restart',
      { app: 'queue-worker', environment: 'production' },
    ],
    [
      'I would like you to roll back ledger on staging',
      'rollback',
      { app: 'ledger', environment: 'staging' },
    ],
    [
      'queue-worker 스테이징 4대로 늘려줘요 주문 밀림',
      'scale',
      { app: 'queue-worker', environment: 'staging', replicas: 4 },
    ],
    ['mailer 스테이징 재시작 부탁드립니다 큐 막힘', 'restart', { app: 'mailer', environment: 'staging' }],
    ['roll back ledger (prod)', 'rollback', { app: 'ledger', environment: 'production' }],
    ['ledger 운영 현재 4개인데 9개로', 'scale', { app: 'ledger', environment: 'production', replicas: 9 }],
    [
      'scale mailer on staging, currently at 2, to 5',
      'scale',
      { app: 'mailer', environment: 'staging', replicas: 5 },
    ],
  ])('%s → %s', (command, intent, entities) => {
    expect(said(command)).toMatchObject({ intent, ambiguous: false, entities });
  });
});

describe('an order, then a remark that holds a read noun and asks nothing', () => {
  it.each([
    [
      'roll out ledger to staging, finance wants the new audit trail',
      'deploy',
      { app: 'ledger', environment: 'staging' },
    ],
    ['mailer 운영 배포해줘 메일 출력 깨짐', 'deploy', { app: 'mailer', environment: 'production' }],
  ])('%s → %s', (command, intent, entities) => {
    expect(said(command)).toMatchObject({ intent, ambiguous: false, entities });
  });

  it('a read asked in the second clause stays the read', () => {
    expect(said('deploy shop-ui to staging, what is its status?').intent).toBe('status');
  });
});

describe('round 15c: answers to a waiting plan and to the service’s question', () => {
  it('"hold on, not during the sale, drop it" cancels the waiting restart — it deletes nothing', () =>
    expectConversation(
      [
        ['mailer 운영 재시작해줘', 'restart', { app: 'mailer', environment: 'production' }],
        ['hold on, not during the sale, drop it', 'cancel', { app: 'mailer', environment: 'production' }],
      ],
      KNOWN_APPS,
    ));

  it('an acknowledgement followed by the plan’s own operation confirms it (no second restart)', () =>
    expectConversation(
      [
        ['ledger 운영 재시작해 주세요', 'restart', { app: 'ledger', environment: 'production' }],
        ['알겠습니다, 재기동 진행해 주십시오.', 'confirm', { app: 'ledger', environment: 'production' }],
        ['잘 올라감?', 'status', { app: 'ledger', environment: 'production' }],
      ],
      KNOWN_APPS,
    ));

  it('"<app> ㄱㄱ" answering "which app?" of a restart restarts that app (the go-word orders no deploy)', () =>
    expectConversation(
      [
        ['restart the app on staging', 'restart', { environment: 'staging' }, true],
        ['mailer ㄱㄱ', 'restart', { app: 'mailer', environment: 'staging' }],
      ],
      KNOWN_APPS,
    ));

  it('"ok ship" confirms the waiting rollback; "did the rollback go through?" asks its outcome', () =>
    expectConversation(
      [
        ['roll back search-api in prod', 'rollback', { app: 'search-api', environment: 'production' }],
        ['ok ship', 'confirm', { app: 'search-api', environment: 'production' }],
        ['did the rollback go through?', 'status', { app: 'search-api', environment: 'production' }],
      ],
      KNOWN_APPS,
    ));

  it('"9 total" answers a relative count; "yep, apply" confirms it', () =>
    expectConversation(
      [
        [
          'scale queue-worker in prod up a bit',
          'scale',
          { app: 'queue-worker', environment: 'production' },
          true,
        ],
        ['9 total', 'scale', { app: 'queue-worker', environment: 'production', replicas: 9 }],
        ['yep, apply', 'confirm', { app: 'queue-worker', environment: 'production', replicas: 9 }],
      ],
      KNOWN_APPS,
    ));

  it('"thank you very much" and "진행ㄱ" are part of a yes; "can you check it is really gone?" asks the outcome', () => {
    expectConversation(
      [
        ['delete shop-ui from dev', 'delete', { app: 'shop-ui', environment: 'development' }],
        [
          'thank you very much, yes please proceed',
          'confirm',
          { app: 'shop-ui', environment: 'development' },
        ],
      ],
      KNOWN_APPS,
    );
    expectConversation(
      [
        ['delete mailer from dev', 'delete', { app: 'mailer', environment: 'development' }],
        ['네 진행ㄱ', 'confirm', { app: 'mailer', environment: 'development' }],
        ['can you check it is really gone?', 'status', { app: 'mailer', environment: 'development' }],
      ],
      KNOWN_APPS,
    );
  });

  it('"…배포된 거 전부 보여줘", "what shipped to prod …?" ask every app\'s history there, not the app just discussed', () => {
    expectConversation(
      [
        ['ledger 운영 재시작해 주세요', 'restart', { app: 'ledger', environment: 'production' }],
        ['네', 'confirm', { app: 'ledger', environment: 'production' }],
        ['운영에 오늘 배포된 거 전부 보여줘', 'history', { environment: 'production' }],
      ],
      KNOWN_APPS,
    );
    expectConversation(
      [
        ['mailer logs on prod', 'logs', { app: 'mailer', environment: 'production' }],
        ['what shipped to prod this week?', 'history', { environment: 'production' }],
      ],
      KNOWN_APPS,
    );
  });
});
