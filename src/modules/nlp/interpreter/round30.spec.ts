import {
  expectClearReadings,
  expectConversation,
  expectEachRead,
} from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on blind rounds 30 and 30c (a government e-services portal on the last day of the
 * year-end tax settlement, 2026-12-03) — a civil servant's 하오체, a Jeolla-dialect junior, a Chinese engineer's English,
 * a Brazilian engineer's English — with the safety fixes of round 30's unsafe dev readings; new sentences.
 */
const KNOWN_APPS = [
  'citizen-web',
  'filing-api',
  'docs-worker',
  'cert-login',
  'refunds',
  'vouchers',
  'tax-batch',
];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('round 30: the safety fixes', () => {
  it('"no delete X", "não, não restart X" refuse; "after the filing deadline" / "depois do almoço" put the order off', () => {
    expectEachRead(
      said,
      [
        'no delete tax-batch on prod, the office still needs it',
        'no restart refunds please',
        'Não, não restart refunds on prod!',
        'Scale filing-api on production to 9 after the filing deadline',
        'Rollback vouchers on staging depois do almoço, por favor',
      ],
      { intent: 'unknown', ambiguous: true },
    );
  });
});

describe('round 30: the train split', () => {
  it('하오체 and 공문체 after an operation word: "재시작하오", "재기동 조치하시기 바람"', () => {
    expectClearReadings(said, [
      [
        'refunds 운영 재시작하오. 환급 조회가 멈췄소',
        'restart',
        { app: 'refunds', environment: 'production' },
      ],
      [
        'docs-worker 운영계 재기동 조치하시기 바람. 발급 대기열 정체 중',
        'restart',
        { app: 'docs-worker', environment: 'production' },
      ],
    ]);
  });

  it('Jeolla dialect: "…해부러", "…켜부러잉", "지우지 말어", "…해주쇼", "진행혀"', () => {
    expectClearReadings(said, [
      ['스테이징 docs-worker restart 해부러', 'restart', { app: 'docs-worker', environment: 'staging' }],
      ['cert-login 스테이징 껐다 켜부러잉', 'restart', { app: 'cert-login', environment: 'staging' }],
      [
        '운영 refunds restart 해주쇼, 화면이 겁나 느려부러',
        'restart',
        { app: 'refunds', environment: 'production' },
      ],
    ]);
    expect(said('tax-batch 운영 지우지 말어, 배치 돌고 있당께')).toMatchObject({ intent: 'unknown' });
  });

  it('Portuguese: "Já deployed …, só pra você saber" is a report; "help me list …" a list', () => {
    expect(said('Já deployed refunds to prod, só pra você saber')).toMatchObject({ intent: 'unknown' });
    expect(said('Help me list all the apps please')).toMatchObject({ intent: 'list', ambiguous: false });
  });

  it('tax-office chatter with operation words is no operation (납세자, 창구, taxpayers)', () => {
    expectEachRead(
      said,
      [
        '박민수 납세자 환급 상태 확인 바라오',
        'Restart the application of that taxpayer, he typed the wrong income',
      ],
      { intent: 'unknown' },
    );
  });
});

const CONVERSATION_APPS = ['web-app', 'api-server', 'cart-api', 'order-api', 'billing-api', 'worker'];

describe('round 30c: answers in these voices', () => {
  it('"승인함. 즉시 진행하시오", "그리 하시오", "아따 그라제, 고대로 진행혀", "sim, pode ir", "beleza, go ahead" confirm', () => {
    const plan = { app: 'worker', environment: 'production' } as const;
    for (const yes of [
      '승인함. 즉시 진행하시오',
      '그리 하시오',
      '아따 그라제, 고대로 진행혀',
      'sim, pode ir',
      'beleza, go ahead',
    ])
      expectConversation(
        [
          ['restart worker on prod', 'restart', plan],
          [yes, 'confirm', plan],
        ],
        CONVERSATION_APPS,
      );
  });

  it('"no need, cancel. the vendor say not ready" and "중지하시오" cancel the plan waiting', () => {
    const plan = { app: 'order-api', environment: 'production' } as const;
    for (const no of ['no need, cancel. the vendor say not ready', '중지하시오'])
      expectConversation(
        [
          ['restart order-api on prod', 'restart', plan],
          [no, 'cancel', plan],
        ],
        CONVERSATION_APPS,
      );
  });
});
