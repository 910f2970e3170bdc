import {
  expectClearReadings,
  expectConversation,
  expectEachAnswerToPlan,
  expectProductionAskedAbout,
} from '../../../../test/support/nlp-conversation-replay.js';
import { CHANGE_INTENTS } from './intents.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on blind rounds 42 and 42c (a railway's ticketing platform on Seollal booking day,
 * 2026-12-04) — 판교 Korean with English jargon in Hangul, 개조식 report lines, Australian English, an Italian
 * engineer's English — with the safety fixes of their unsafe readings; new sentences.
 */
const KNOWN_APPS = ['rail-web', 'seat-api', 'queue-worker', 'fare-billing', 'noshow-batch'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });
const clearChange = (command: string) => {
  const r = said(command);
  return { command, clearChange: CHANGE_INTENTS.has(r.intent) && !r.ambiguous };
};

describe('round 42: the safety fixes', () => {
  it('프리프로드 (pre-production) and 준운영 are asked about, never taken for production', () => {
    expectProductionAskedAbout(said, [
      'seat-api 프리프로드에 v3.1.0 디플로이 부탁드려요',
      'rail-web 프리 프로드 리스타트 해주세요',
      'queue-worker 준운영 직전 버전 원복 요망',
    ]);
  });

  it('an Italian refusal, and orders for after the opening or "this arvo once it calms down": never a clear change', () => {
    for (const command of [
      'No, non fare il restart di seat-api on prod, grazie',
      'Non toccare il noshow-batch on staging, per favore: no delete',
      '9시 오픈 후에 rail-web 프로드 스케일 20개로 해주세요',
      '예매 시작 후 fare-billing 운영 재시작 요망',
      'This arvo once the rush calms down, restart seat-api on prod',
      'Scale queue-worker on prod back to 4 after smoko',
    ])
      expect(clearChange(command)).toEqual({ command, clearChange: false });
  });

  it('a count written "N → M" is M, never N', () => {
    expectClearReadings(said, [
      [
        'seat-api 운영 레플리카 6 → 12 요망',
        'scale',
        { app: 'seat-api', environment: 'production', replicas: 12 },
      ],
      [
        'queue-worker 스테이징 레플리카 3 -> 1',
        'scale',
        { app: 'queue-worker', environment: 'staging', replicas: 1 },
      ],
    ]);
  });

  it('a count said in a follow-up is the count, never the one carried over ("prod too, 14" after "… to 10")', () => {
    const staging = { app: 'seat-api', environment: 'staging', replicas: 10 } as const;
    for (const [follow, replicas, environment] of [
      ['prod too, 14', 14, 'production'],
      ['Anche on prod, 14', 14, 'production'],
      ['Now 14, the seat searches are going crazy', 14, 'staging'],
    ] as const)
      expectConversation(
        [
          ['scale seat-api to 10 on staging', 'scale', staging],
          [follow, 'scale', { app: 'seat-api', environment, replicas }],
        ],
        KNOWN_APPS,
      );
  });

  it('two changes joined by "…고," or "그 다음에" are asked about, not the first done alone', () => {
    for (const command of [
      'queue-worker를 운영에서 9개로 늘리고, 그 다음에 2.0.4 배포해줘',
      'rail-web 재시작하고, seat-api 롤백해 주세요',
    ])
      expect(clearChange(command)).toEqual({ command, clearChange: false });
  });
});

describe('round 42: the voices', () => {
  it('an order closed by a tag question ("…, ok?", "…, right?", "…, seen?") is asked back, not dropped', () => {
    for (const command of ['Redeploy seat-api on dev, ok?', 'Restart rail-web on staging, right?']) {
      const r = said(command);
      expect({ command, intent: r.intent, ambiguous: r.ambiguous }).toEqual({
        command,
        intent: command.startsWith('Redeploy') ? 'deploy' : 'restart',
        ambiguous: true,
      });
    }
  });

  it('Australian casual verbs: "chuck X on", "knock X back to N", "roll X on 운영 back"', () => {
    expectClearReadings(said, [
      [
        'Chuck seat-api 3.2.1 on staging, mate',
        'deploy',
        { app: 'seat-api', environment: 'staging', tag: '3.2.1' },
      ],
      [
        'Knock rail-web on dev back to 2, cheers',
        'scale',
        { app: 'rail-web', environment: 'development', replicas: 2 },
      ],
      [
        'Roll queue-worker on 운영 back, it is cactus',
        'rollback',
        { app: 'queue-worker', environment: 'production' },
      ],
    ]);
  });

  it('"…가시죠" (let us go with it) is the order; a yes after it confirms the plan', () => {
    const plan = { app: 'fare-billing', environment: 'production' } as const;
    expectConversation(
      [
        ['프로드 fare-billing 롤백 가시죠', 'rollback', plan],
        ['넵 고고', 'confirm', plan],
      ],
      KNOWN_APPS,
    );
  });

  it('translationese, 판교 and 개조식 answers to a waiting plan', () => {
    const order = [
      '운영 seat-api 삭제해줘',
      'delete',
      { app: 'seat-api', environment: 'production' },
    ] as const;
    expectEachAnswerToPlan(
      order,
      ['그것은 진행되어져도 좋습니다', '컨펌이요', '컨펌할게요', '시행 바람'],
      'confirm',
      KNOWN_APPS,
    );
    expectEachAnswerToPlan(
      order,
      ['그것은 취소되어지는 것을 원합니다', '캔슬할게요', '삭제 건 취소 요망'],
      'cancel',
      KNOWN_APPS,
    );
  });

  it('"상동" and Italian "anche … lo stesso" carry the last operation', () => {
    expectConversation(
      [
        [
          '대상: rail-web, 환경: 스테이징, 작업: 재시작 요망',
          'restart',
          { app: 'rail-web', environment: 'staging' },
        ],
        ['대상: seat-api, 작업: 상동', 'restart', { app: 'seat-api', environment: 'staging' }],
      ],
      KNOWN_APPS,
    );
    expectConversation(
      [
        ['Scale seat-api to 6 in staging', 'scale', { app: 'seat-api', environment: 'staging', replicas: 6 }],
        ['Lo stesso for queue-worker', 'scale', { app: 'queue-worker', environment: 'staging', replicas: 6 }],
      ],
      KNOWN_APPS,
    );
  });
});
