import {
  expectClearReadings,
  expectConversation,
  expectEachAnswerToPlan,
  expectEachRead,
} from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on blind rounds 32 and 32c (a city's public-transport app during a subway strike,
 * 2026-12-03) — a Gangwon-dialect speaker, a Korean speaker dictating by voice, an Arabic speaker's English, a Dutch
 * engineer's English — with the safety fixes of round 32's unsafe dev readings; new sentences.
 */
const KNOWN_APPS = [
  'planner-web',
  'route-api',
  'ticket-api',
  'qr-check',
  'rider-auth',
  'topup',
  'fare-batch',
];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('round 32: the safety fixes', () => {
  it('"오녕" (운영 as it sounds) is asked about; "no more restarts of X" refuses', () => {
    const r = said('qr-check 오녕 제 시작 해 줘');
    expect(r).toMatchObject({ intent: 'restart', ambiguous: true });
    expect(r.entities.environment).toBeUndefined();
    expectEachRead(said, ['Khalas, no more restarts of qr-check on prod today'], {
      intent: 'unknown',
      ambiguous: true,
    });
  });
});

describe('round 32: the train split', () => {
  it('voice dictation: spoken punctuation, Sino-Korean counts, "제 시작" / "제 기동"', () => {
    expectClearReadings(said, [
      [
        '스테이징 qr-check pod 팔 개로 늘려 줘 마침표',
        'scale',
        { app: 'qr-check', environment: 'staging', replicas: 8 },
      ],
      [
        '운영 route-api 로그 삼십 줄 보여 줘 마침표',
        'logs',
        { app: 'route-api', environment: 'production', lines: 30 },
      ],
      ['개발 topup 제 시작 해 줘 마침표', 'restart', { app: 'topup', environment: 'development' }],
      ['어 planner-web 운영 제 기동 해 주세요', 'restart', { app: 'planner-web', environment: 'production' }],
      [
        'fare-batch 운영 리비전 이십삼으로 롤백 해 주세요',
        'rollback',
        { app: 'fare-batch', environment: 'production', revision: 23 },
      ],
    ]);
  });

  it('Gangwon: "…해주우", "재기동하우야" are orders; "…하고 나서 하우야" waits; "내가 … 했드래요" reports', () => {
    expectClearReadings(said, [
      [
        '운영 planner-web v2.0.0 deploy 해주우, 환승 안내 들어간 거드래요',
        'deploy',
        { app: 'planner-web', environment: 'production', tag: 'v2.0.0' },
      ],
      [
        'rider-auth 스테이징 재기동하우야, 세션이 자꾸 끊긴대요',
        'restart',
        { app: 'rider-auth', environment: 'staging' },
      ],
    ]);
    expectEachRead(
      said,
      ['qr-check 운영 restart 는 막차 끊기고 나서 하우야', 'topup 운영에 아까 내가 deploy 했드래요'],
      { intent: 'unknown' },
    );
  });

  it('Arabic and Dutch English: "Yalla, deploy …", "…, khalas, …", "…, gewoon doen", "after the evening rush, inshallah"', () => {
    expectClearReadings(said, [
      [
        'Yalla, deploy planner-web v2.1.0 to staging, the strike text is fixed',
        'deploy',
        { app: 'planner-web', environment: 'staging', tag: 'v2.1.0' },
      ],
      [
        'Bring ticket-api on dev down to 2, khalas, nobody tests there now',
        'scale',
        { app: 'ticket-api', environment: 'development', replicas: 2 },
      ],
      [
        'Deploy route-api v3.0.0 naar 운영, gewoon doen',
        'deploy',
        { app: 'route-api', environment: 'production', tag: 'v3.0.0' },
      ],
    ]);
    expectEachRead(said, ['Restart route-api on production after the evening rush, inshallah'], {
      intent: 'unknown',
    });
  });

  it('"… 시작된 뒤로 배포된 거 전부" is a history; shuttle buses and bikes are no apps to scale or deploy', () => {
    expect(said('파업 시작된 뒤로 운영에 배포된 거 전부 알려 줘 마침표')).toMatchObject({
      intent: 'history',
      entities: { environment: 'production' },
    });
    expectEachRead(
      said,
      ['Scale up the shuttle buses to 40, the strike is killing us', '자전거 좀 더 배포해주우'],
      {
        intent: 'unknown',
      },
    );
  });
});

const CONVERSATION_APPS = ['web-app', 'api-server', 'billing-api', 'batch-job', 'worker'];

describe('round 32c: answers and follow-ups in these voices', () => {
  it('"기래, 그럼 하우야", "야야, 얼른 해주우", "Aiwa, yalla", "Ja hoor, go" confirm; "아이래요, 됐드래" cancels', () => {
    const order = [
      'restart worker on prod',
      'restart',
      { app: 'worker', environment: 'production' },
    ] as const;
    const yes = ['기래, 그럼 하우야', '야야, 얼른 해주우', 'Aiwa, yalla', 'Ja hoor, go', '네 진행해 마침표'];
    expectEachAnswerToPlan(order, yes, 'confirm', CONVERSATION_APPS);
    expectEachAnswerToPlan(order, ['아이래요, 됐드래. 그냥 놔두우'], 'cancel', CONVERSATION_APPS);
  });

  it('after a history of one app its status elsewhere is that app\'s; "Khalas? All 7 are running?" asks how the scale went', () => {
    expectConversation(
      [
        ['batch-job deploy 이력 좀 보여주우', 'history', { app: 'batch-job' }],
        ['스테이징 status는 어떠우?', 'status', { app: 'batch-job', environment: 'staging' }],
      ],
      CONVERSATION_APPS,
    );
    expectConversation(
      [
        [
          'Scale billing-api to 7 on staging',
          'scale',
          { app: 'billing-api', environment: 'staging', replicas: 7 },
        ],
        ['Khalas? All 7 are running?', 'status', { app: 'billing-api', environment: 'staging' }],
      ],
      CONVERSATION_APPS,
    );
  });
});
