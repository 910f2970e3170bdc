import { expectConversation, type ExpectedTurn } from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on blind rounds 24 and 24c (an online bank on payday, 2026-12-03) — formal document
 * Korean, Taglish, a junior developer's typo-ridden 존댓말, a German SRE's stiff English — with the safety fixes of their
 * unsafe dev readings; new sentences.
 */
const KNOWN_APPS = ['ledger-api', 'otp-gw', 'payroll', 'card-auth', 'mobile-web'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('round 24: the safety fixes', () => {
  it('"… 롤백 여부 검토하여 주시기 바랍니다" asks for a judgement, never a rollback', () => {
    for (const command of [
      'ledger-api 운영 롤백 여부 검토하여 주시기 바랍니다.',
      'otp-gw 운영 재기동 필요성 검토 부탁드립니다.',
    ])
      expect({ command, ...said(command) }).toMatchObject({ command, intent: 'unknown' });
  });

  it('"deploy X … with exactly 2 replicas" is a deploy with its replicas; "scale X to exactly 2" a scale', () => {
    expect(said('Deploy card-auth to development with exactly 2 replicas.')).toMatchObject({
      intent: 'deploy',
      entities: { replicas: 2 },
    });
    expect(said('scale card-auth on dev to exactly 3')).toMatchObject({
      intent: 'scale',
      entities: { replicas: 3 },
    });
  });

  it('"…영업 마감 이후에 진행하여 주시기 바랍니다", "after the payroll batch", "mamaya" put an order off', () => {
    for (const command of [
      'payroll 운영 재기동은 금일 영업 마감 이후에 진행하여 주시기 바랍니다.',
      'deploy ledger-api v2.0.0 to prod after the payroll batch',
      'pa-restart po otp-gw prod mamaya',
    ])
      expect({ command, ...said(command) }).toMatchObject({ command, intent: 'unknown', ambiguous: true });
  });

  it('"execute the deletion of X", "I request the deployment of X" order; "the status of the deployment of X" reads', () => {
    expect(said('Please execute the deletion of card-auth in development.')).toMatchObject({
      intent: 'delete',
      ambiguous: false,
      entities: { app: 'card-auth', environment: 'development' },
    });
    expect(said('I request the deployment of mobile-web to the development environment.')).toMatchObject({
      intent: 'deploy',
      entities: { app: 'mobile-web', environment: 'development' },
    });
    expect(said('what is the status of the deployment of mobile-web')).toMatchObject({ intent: 'status' });
  });

  it('Taglish: "pa-restart X po" orders the restart, "wag po i-restart X" refuses it', () => {
    expect(said('pa-restart naman card-auth prod po, the app is hanging')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
      entities: { app: 'card-auth', environment: 'production' },
    });
    expect(said('wag po i-restart ang card-auth prod').intent).toBe('unknown');
  });

  it('"…반영하시기 바랍니다. …개선분임." orders the deploy, the remark after it aside', () =>
    expect(said('ledger-api 4.1.0 버전을 운영계에 반영하시기 바랍니다. 이체 지연 개선분임.')).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
      entities: { app: 'ledger-api', environment: 'production', tag: '4.1.0' },
    }));

  it('"반영 결과를 회신하여 주시기 바랍니다" asks the status', () =>
    expect(said('mobile-web 반영 결과를 회신하여 주시기 바랍니다.')).toMatchObject({ intent: 'status' }));
});

describe('round 24c: conversations', () => {
  const conversations: [string, ExpectedTurn[]][] = [
    [
      'a reason clause ("…완료되었으므로") names no target; "운영 반영을 승인합니다" confirms the production deploy',
      [
        [
          'ledger-api v3.0.0 을 스테이징 환경에 배포하여 주시기 바랍니다.',
          'deploy',
          { app: 'ledger-api', environment: 'staging', tag: 'v3.0.0' },
        ],
        [
          '스테이징 검증이 완료되었으므로 운영 환경에도 동일 버전을 반영하여 주시기 바랍니다.',
          'deploy',
          { app: 'ledger-api', environment: 'production', tag: 'v3.0.0' },
        ],
        [
          '운영 반영을 승인합니다.',
          'confirm',
          { app: 'ledger-api', environment: 'production', tag: 'v3.0.0' },
        ],
      ],
    ],
    [
      'a word a common prefix makes ("miscalculated") is no app name; the corrected count is then confirmed',
      [
        [
          'Scale payroll in production to 10 instances.',
          'scale',
          { app: 'payroll', environment: 'production', replicas: 10 },
        ],
        [
          'Correction: 14, not 10. I miscalculated the load.',
          'scale',
          { app: 'payroll', environment: 'production', replicas: 14 },
        ],
        [
          'I confirm the execution with 14 instances.',
          'confirm',
          { app: 'payroll', environment: 'production', replicas: 14 },
        ],
      ],
    ],
    [
      'Taglish particles are no app names; "sige po, go" confirms',
      [
        ['otp-gw 운영 상태 보여줘', 'status', { app: 'otp-gw', environment: 'production' }],
        ['pls show its logs po', 'logs', { app: 'otp-gw', environment: 'production' }],
        [
          'ok restart na lang po, the queue is stuck talaga',
          'restart',
          { app: 'otp-gw', environment: 'production' },
        ],
        ['sige po, go', 'confirm', { app: 'otp-gw', environment: 'production' }],
      ],
    ],
  ];
  it.each(conversations)('%s', (_what, turns) => expectConversation(turns, KNOWN_APPS));
});
