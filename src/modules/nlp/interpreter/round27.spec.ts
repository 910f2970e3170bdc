import {
  expectClearReadings,
  expectConversation,
  expectEachRead,
  type ExpectedTurn,
} from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on blind rounds 27 and 27c (a ride-hailing app on New Year's Eve, 2026-12-03) — an
 * operations lead's hedged 해요체, a Nigerian engineer's Pidgin, an intern's Korean in Latin letters, a French
 * developer's English — with the safety fixes of their unsafe dev readings; new sentences.
 */
const KNOWN_APPS = ['rider-web', 'dispatch', 'matcher', 'rider-auth', 'fares', 'promo'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('round 27: the safety fixes', () => {
  it('"make una no delete …", "…, no be now", "자정 지나고" refuse or put the order off', () => {
    expectEachRead(
      said,
      [
        'make una no delete promo for staging, we still dey use am',
        'restart matcher for prod after midnight abeg, no be now',
        '운영은 자정 넘어서 올려주세요...',
        'rider-auth 운영 배포는 2시 지나서 ㄱㄱ 호출 빠지면요',
      ],
      { intent: 'unknown', ambiguous: true },
    );
  });

  it('Korean in Latin letters: two reads asked together stay asked about ("sangtaerang log gachi")', () =>
    expect(said('fares prod sangtaerang log gachi boyeojuseyo')).toMatchObject({ ambiguous: true }));
});

describe('round 27: the train split', () => {
  it('Korean in Latin letters reads as the Hangul it spells', () => {
    expectClearReadings(said, [
      ['rider-web staging-e baepo haejwo', 'deploy', { app: 'rider-web', environment: 'staging' }],
      [
        'dispatch prod-e v2.0.1 baepo jom haejuseyo',
        'deploy',
        { app: 'dispatch', environment: 'production', tag: 'v2.0.1' },
      ],
      ['matcher staging jaesijak jom', 'restart', { app: 'matcher', environment: 'staging' }],
      ['fares prod jaegidong haejuseyo', 'restart', { app: 'fares', environment: 'production' }],
      [
        'promo dev-e 3gae-ro neullyeo juseyo',
        'scale',
        { app: 'promo', environment: 'development', replicas: 3 },
      ],
    ]);
  });

  it('Pidgin and French words read as the English every rule knows', () => {
    expectClearReadings(said, [
      [
        'abeg restart dispatch for prod, e don hang again',
        'restart',
        { app: 'dispatch', environment: 'production' },
      ],
      [
        'matcher for prod dey on 20, make am 35',
        'scale',
        { app: 'matcher', environment: 'production', replicas: 35 },
      ],
      ['restart promo on staging svp', 'restart', { app: 'promo', environment: 'staging' }],
    ]);
  });

  it('"is X on prod ok?" asks its status', () =>
    expect(said('is rider-auth on prod ok?')).toMatchObject({
      intent: 'status',
      ambiguous: false,
      entities: { app: 'rider-auth', environment: 'production' },
    }));

  it('"웅엉" sounds like 운영: asked about, never taken', () =>
    expect(said('matcher 웅엉 재시작 부탁드려요')).toMatchObject({ intent: 'restart', ambiguous: true }));
});

describe('round 27c: conversations', () => {
  const conversations: [string, ExpectedTurn[]][] = [
    [
      '"et X?" carries the environment; "vite" is no app',
      [
        ['status of rider-web on prod please', 'status', { app: 'rider-web', environment: 'production' }],
        ['et dispatch?', 'status', { app: 'dispatch', environment: 'production' }],
        ['restart dispatch vite', 'restart', { app: 'dispatch', environment: 'production' }],
      ],
    ],
    [
      'romanized yes and no: "ne ne, jinhaeng hae juseyo" confirms, "ani, chong 10개로요" corrects the count',
      [
        [
          '운영 matcher 2개 deo neullyeo juseyo',
          'scale',
          { app: 'matcher', environment: 'production' },
          true,
        ],
        ['ani, chong 10개로요', 'scale', { app: 'matcher', environment: 'production', replicas: 10 }],
        [
          'ne ne, jinhaeng hae juseyo',
          'confirm',
          { app: 'matcher', environment: 'production', replicas: 10 },
        ],
      ],
    ],
  ];
  it.each(conversations)('%s', (_what, turns) => expectConversation(turns, KNOWN_APPS));
});
