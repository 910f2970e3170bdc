import {
  expectClearReadings,
  expectConversation,
  expectEachRead,
} from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on blind rounds 29 and 29c (a container port closed by a typhoon, 2026-12-03) — a port
 * supervisor's Jeju dialect, an Irish SRE, a Korean-American developer's code-switching, a German engineer's English —
 * with the safety fixes of round 29's unsafe dev readings; new sentences.
 */
const KNOWN_APPS = [
  'portal',
  'booking',
  'berths',
  'shipper-auth',
  'freight-pay',
  'promo-codes',
  'customs-batch',
];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('round 29: the safety fixes', () => {
  it('German refusals and times ("nicht", "morgen früh", "nicht jetzt") do nothing now', () => {
    expectEachRead(
      said,
      [
        'Nein, bitte nicht restart booking on production, the cut-off is running',
        'Please scale berths on production to 6 morgen früh',
        'deploy portal v3.2.0 to prod, aber nicht jetzt',
      ],
      { intent: 'unknown', ambiguous: true },
    );
  });

  it('"bump X on prod to 14" is a scale to 14, never a deploy; "bump X to 2.1.0" is still a deploy', () => {
    expectClearReadings(said, [
      [
        'Bump portal on prod to 14, the shippers keep refreshing',
        'scale',
        { app: 'portal', environment: 'production', replicas: 14 },
      ],
      [
        'bump booking to 2.1.0 on staging',
        'deploy',
        { app: 'booking', environment: 'staging', tag: '2.1.0' },
      ],
    ]);
  });
});

describe('round 29: the train split', () => {
  it('Jeju dialect: "…줍서", "…허여줍서", "혼저", "안 됨수다", "…개인디 …개로"', () => {
    expectClearReadings(said, [
      ['운영 berths 재시작해줍서 혼저', 'restart', { app: 'berths', environment: 'production' }],
      ['portal 개발에 배포허여줍서', 'deploy', { app: 'portal', environment: 'development' }],
      [
        'shipper-auth 운영계 재기동해줍서, 로그인이 안 됨수다',
        'restart',
        { app: 'shipper-auth', environment: 'production' },
      ],
      [
        'booking 운영 지금 4개인디 12개로 맞춰줍서',
        'scale',
        { app: 'booking', environment: 'production', replicas: 12 },
      ],
    ]);
  });

  it('Irish English: "it\'s after falling over" (it just fell over) is no time to wait for; "never went out" no refusal', () => {
    expectClearReadings(said, [
      [
        "Bounce booking on prod there, it's after crashing again",
        'restart',
        { app: 'booking', environment: 'production' },
      ],
      [
        'Show us the customs-batch logs on staging, the manifest never went out',
        'logs',
        { app: 'customs-batch', environment: 'staging' },
      ],
    ]);
  });

  it('port chatter with operation words is no operation (cranes, vessels, a booking fee)', () => {
    expectEachRead(
      said,
      [
        '갠트리 크레인 2호기 재시작해줍서',
        'What is the status of the vessel at anchor off berth 4?',
        'Roll back the late fee on that container, the shipper is giving out',
      ],
      { intent: 'unknown' },
    );
  });
});

const CONVERSATION_APPS = ['web-app', 'api-server', 'cart-api', 'order-api', 'billing-api', 'worker'];

describe('round 29c: answers and follow-ups in these voices', () => {
  it('"기여, 혼저", "ja, los", "ja, ja, go", "grand so, go on" confirm the plan waiting; "아니우다" cancels it', () => {
    const plan = { app: 'billing-api', environment: 'production', replicas: 7 } as const;
    for (const yes of ['기여, 혼저', 'ja, los', 'ja, ja, go', 'grand so, go on'])
      expectConversation(
        [
          ['scale billing-api on prod to 7', 'scale', plan],
          [yes, 'confirm', plan],
        ],
        CONVERSATION_APPS,
      );
    expectConversation(
      [
        ['scale billing-api on prod to 7', 'scale', plan],
        ['아니우다', 'cancel', plan],
      ],
      CONVERSATION_APPS,
    );
  });

  it('"And the worker, how is that one doing?" reads the status where the last read was', () =>
    expectConversation(
      [
        ['status of order-api on prod, bitte', 'status', { app: 'order-api', environment: 'production' }],
        ['And the worker, how is that one doing?', 'status', { app: 'worker', environment: 'production' }],
      ],
      CONVERSATION_APPS,
    ));

  it('"did it go out grand?" asks how the deploy went; "잘 되었수다. 운영에도 똑같이 …" is the same deploy to production', () => {
    const staging = { app: 'worker', environment: 'staging', tag: '4.2.0' } as const;
    expectConversation(
      [
        ['ship worker 4.2.0 to staging', 'deploy', staging],
        ['did it go out grand?', 'status', { app: 'worker', environment: 'staging' }],
        ['잘 되었수다. 운영에도 똑같이 올려줍서', 'deploy', { ...staging, environment: 'production' }],
      ],
      CONVERSATION_APPS,
    );
  });
});
