import {
  expectClearReadings,
  expectConversation,
  expectProductionAskedAbout,
} from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on blind rounds 36 and 36c (a ski resort on opening day, 2026-12-03) — a Korean-American's
 * Konglish, a user joking in 사극체 (a historical drama's speech), a Swedish engineer's English, a Persian engineer's
 * English — with the safety fixes of their unsafe readings; new sentences.
 */
const KNOWN_APPS = ['lift-web', 'pass-api', 'rental-worker', 'lesson-login', 'snow-batch'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('round 36: the safety fixes', () => {
  it('사극체: the order is the imperative, a remark in the past about another operation is no order of it', () => {
    expectClearReadings(said, [
      [
        '스테이징의 rental-worker를 넷으로 늘리거라. 지난 밤의 롤백은 소용이 없었느니라',
        'scale',
        { app: 'rental-worker', environment: 'staging', replicas: 4 },
      ],
      [
        'pass-api를 스테이징에 3.1.0으로 올리거라. 어제의 재시작은 이미 끝난 일이니라',
        'deploy',
        { app: 'pass-api', environment: 'staging', tag: '3.1.0' },
      ],
    ]);
  });

  it('an order put off until a break, refused in Persian, or waiting on a condition ("…거든") runs nothing now', () => {
    for (const text of [
      'Scale pass-api on staging to 3 after fika, tack.',
      'Restart lift-web on staging after the lunch break',
      'rental-worker 스테이징 restart nakon lotfan.',
      'pass-api 운영을 살피고, 결제가 여전히 안 되거든 롤백하여라',
    ])
      expect({ text, ambiguous: said(text).ambiguous }).toEqual({ text, ambiguous: true });
  });

  it('production in Persian (tolid), Swedish (produktionsmiljön) or as the palace (본궐, 정전의) is asked about', () => {
    expectProductionAskedAbout(said, [
      'Please do restart pass-api on mohit-e tolid, zood.',
      'Restart lift-web in produktionsmiljön, snälla.',
      '본궐의 lesson-login을 재기동하여라',
      '정전의 rental-worker를 당장 재기동하여라',
    ]);
  });
});

describe('round 36: the train split', () => {
  it('Swedish and Persian words leave the order as it is; "…, or?" asks; 사극체 petitions order', () => {
    expectClearReadings(said, [
      [
        'Deploy pass-api v2.4.0 till 운영 snälla',
        'deploy',
        { app: 'pass-api', environment: 'production', tag: 'v2.4.0' },
      ],
      [
        'Eskale rental-worker on estaging to 4, zood.',
        'scale',
        { app: 'rental-worker', environment: 'staging', replicas: 4 },
      ],
      ['lift-web 스테이징 재시작하여 주시옵소서', 'restart', { app: 'lift-web', environment: 'staging' }],
    ]);
    expect(said('Can you restart lift-web on staging, or?')).toMatchObject({ ambiguous: true });
  });

  it('an order followed by a remark refusing another operation is still the order', () => {
    expectClearReadings(said, [
      [
        'please restart pass-api on prod, no rollback needed, only a restart.',
        'restart',
        { app: 'pass-api', environment: 'production' },
      ],
      [
        'rental-worker 프로덕션 6개로 늘려 주세요, 롤백은 안 해도 돼요',
        'scale',
        { app: 'rental-worker', environment: 'production', replicas: 6 },
      ],
      [
        'lift-web 스테이징에 2.0.3 디플로이 해줘요, 재시작은 필요 없어요',
        'deploy',
        { app: 'lift-web', environment: 'staging', tag: '2.0.3' },
      ],
      [
        'Deploy pass-api v1.9.0 to 운영 please, no restart needed after.',
        'deploy',
        { app: 'pass-api', environment: 'production', tag: 'v1.9.0' },
      ],
    ]);
    // the refusal of the operation itself still refuses
    expect(said('please restart pass-api on prod, no restart needed after all')).toMatchObject({
      ambiguous: true,
    });
  });
});

const CONVERSATION_APPS = ['web-app', 'api-server', 'billing-api', 'batch-job', 'worker'];

describe('round 36c: answers in these voices', () => {
  it('"윤허하노라" and "Ja, tack" confirm; "아니되옵니다" and "Nej" cancel', () => {
    for (const [answer, reply] of [
      ['윤허하노라', 'confirm'],
      ['Ja, tack', 'confirm'],
      ['Baleh, lotfan', 'confirm'],
      ['아니되옵니다', 'cancel'],
      ['Nej, nej', 'cancel'],
    ] as const)
      expectConversation(
        [
          ['restart worker on prod', 'restart', { app: 'worker', environment: 'production' }, false],
          [answer, reply, { app: 'worker', environment: 'production' }, false],
        ],
        CONVERSATION_APPS,
      );
  });
});
