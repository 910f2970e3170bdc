import {
  expectClearReadings,
  expectConversation,
  expectProductionAskedAbout,
} from '../../../../test/support/nlp-conversation-replay.js';
import { CHANGE_INTENTS } from './intents.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on blind rounds 40 and 40c (a department store's online mall on its anniversary sale,
 * 2026-12-03) — a store-floor manager's service honorifics, a gamer intern's slang, South African and Welsh
 * engineers' English — with the safety fixes of their unsafe readings; new sentences.
 */
const KNOWN_APPS = ['mall-web', 'coupon-api', 'notify-worker', 'gift-billing', 'settle-batch'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });
const clearChange = (command: string) => {
  const r = said(command);
  return { command, clearChange: CHANGE_INTENTS.has(r.intent) && !r.ambiguous };
};

describe('round 40: the safety fixes', () => {
  it('"now now", "now in a minute" and "just now" with a later event put an order off; never a clear change', () => {
    for (const command of [
      'Restart notify-worker on prod now now, eish.',
      'Scale coupon-api on production to 9 now now, once the queue settles.',
      'Deploy mall-web v3.3.0 to production now in a minute, tidy.',
      'Roll back gift-billing on prod just now, after the lunch rush.',
    ])
      expect(clearChange(command)).toEqual({ command, clearChange: false });
  });

  it('an unread word where the verb would be, before ㄱㄱ, is asked about — never taken for a deploy', () => {
    for (const command of ['개발 mall-web 쿨다운 ㄱㄱ', '스테이징 settle-batch 스폰 ㄱ'])
      expect(clearChange(command)).toEqual({ command, clearChange: false });
    expectClearReadings(said, [
      ['스테이징 mall-web 빨리 ㄱㄱ', 'deploy', { app: 'mall-web', environment: 'staging' }],
    ]);
  });

  it('production as 실환경, 리얼 환경, 라이브섭, Welsh cynhyrchu, Afrikaans produksie or "live-ish" is asked about', () => {
    expectProductionAskedAbout(said, [
      'coupon-api 실환경 재시작 도와드릴게요',
      'mall-web 리얼 환경에 v2.0.0 배포 진행하실게요',
      'notify-worker 라이브섭 리붓 ㄱ',
      'Restart settle-batch on cynhyrchu, there’s lovely.',
      'Scale coupon-api on produksie to 8, sharp sharp.',
      'Deploy mall-web v2.0.1 to live-ish, lush.',
    ]);
  });
});

describe('round 40: the voices', () => {
  it('service honorifics and gamer slang are the orders they are', () => {
    expectClearReadings(said, [
      [
        'mall-web 스테이징에 v4.0.1 배포 진행하실게요.',
        'deploy',
        { app: 'mall-web', environment: 'staging', tag: 'v4.0.1' },
      ],
      ['coupon-api 개발 재시작 도와드릴게요', 'restart', { app: 'coupon-api', environment: 'development' }],
      ['notify-worker 스테이징 리붓 ㄱㄱ', 'restart', { app: 'notify-worker', environment: 'staging' }],
      [
        'settle-batch 개발 4개로 버프 ㄱ',
        'scale',
        { app: 'settle-batch', environment: 'development', replicas: 4 },
      ],
      ['Show me gift-billing on staging', 'status', { app: 'gift-billing', environment: 'staging' }],
      [
        'Delete coupon-api on staging, ja. Nee, no rollback of it first.',
        'delete',
        { app: 'coupon-api', environment: 'staging' },
      ],
    ]);
  });

  it("conversations: how an operation went, asked in slang or in a few words, is its app's status", () => {
    expectConversation(
      [
        ['개발 mall-web 재시작 ㄱㄱ', 'restart', { app: 'mall-web', environment: 'development' }],
        ['부활함?', 'status', { app: 'mall-web', environment: 'development' }],
      ],
      KNOWN_APPS,
    );
    expectConversation(
      [
        ['Restart coupon-api on staging', 'restart', { app: 'coupon-api', environment: 'staging' }],
        ['Lekker, are coupons back?', 'status', { app: 'coupon-api', environment: 'staging' }],
      ],
      KNOWN_APPS,
    );
  });
});
