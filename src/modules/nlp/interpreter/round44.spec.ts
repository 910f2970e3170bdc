import {
  expectConversation,
  expectEachAnswerToPlan,
  expectProductionAskedAbout,
} from '../../../../test/support/nlp-conversation-replay.js';
import { CHANGE_INTENTS } from './intents.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on blind rounds 44 and 44c (a university admissions platform on CSAT score-release
 * morning, 2026-12-04) — Korean typed without spaces, a support agent relaying applicants' quoted complaints, a
 * Romanian engineer's English, a Ghanaian engineer's — with the safety fixes of their unsafe readings; new sentences.
 */
const KNOWN_APPS = ['apply-web', 'score-api', 'notice-worker', 'fee-billing', 'rate-batch'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });
const clearChange = (command: string) => {
  const r = said(command);
  return { command, clearChange: CHANGE_INTENTS.has(r.intent) && !r.ambiguous };
};

describe('round 44: the safety fixes', () => {
  it("a refusal inside quotes is someone else's words: it cancels no plan waiting", () => {
    const plan = { app: 'fee-billing', environment: 'production' } as const;
    expectConversation(
      [
        ['민원 폭주: "결제가 두 번 됐어요". 운영 fee-billing 재시작해 주세요', 'restart', plan],
        ['지원자가 "결제 취소해 주세요"라고 하는데 어떻게 안내하죠?', 'unknown', {}, true],
        ['네, 재시작 진행해 주세요', 'confirm', plan],
      ],
      KNOWN_APPS,
    );
  });

  it('orders for "after the lunch", "after the 9 o\'clock rush", "by evening", "민원 정리되고 나서": never a clear change', () => {
    for (const command of [
      'Restart score-api on prod after the lunch, not acum.',
      "Scale apply-web on prod to 9 after the 9 o'clock rush, you hear",
      'By evening make you reduce apply-web on prod to 4.',
      '민원 정리되고 나서 apply-web v2.1.0 운영에 배포 부탁드릴게요.',
    ])
      expect(clearChange(command)).toEqual({ command, clearChange: false });
  });

  it('본서비스, live-live and producție are asked about, never taken for production or the default', () => {
    expectProductionAskedAbout(said, [
      '본서비스 score-api 재시작 부탁드려요',
      'Roll back apply-web on the live-live server, chale.',
      'Deploy score-api 2.0.0 on producție, vă rog',
    ]);
  });
});

describe('round 44: an app typed without spaces', () => {
  it('"운영apply-web16개로스케일해주세요" scales apply-web to 16 — never an app "apply-web1" to 6', () => {
    for (const [command, intent, entities] of [
      [
        '운영apply-web16개로스케일해주세요',
        'scale',
        { app: 'apply-web', environment: 'production', replicas: 16 },
      ],
      [
        'fee-billing1.18.4운영배포부탁드려요',
        'deploy',
        { app: 'fee-billing', environment: 'production', tag: '1.18.4' },
      ],
      ['운영score-api재시작해주세요', 'restart', { app: 'score-api', environment: 'production' }],
    ] as const) {
      const r = said(command);
      expect({ command, intent: r.intent, entities: r.entities, ambiguous: r.ambiguous }).toEqual({
        command,
        intent,
        entities,
        ambiguous: false,
      });
    }
  });

  it('a bare digit after a name ("apply-web2") is another name, asked about — never apply-web', () => {
    const r = said('apply-web2 재시작해줘');
    expect(r.ambiguous).toBe(true);
    expect(r.entities.app).toBeUndefined();
  });
});

describe('round 44: the voices', () => {
  it('Korean typed without spaces and Romanian answers confirm a waiting plan', () => {
    expectEachAnswerToPlan(
      ['개발 rate-batch 삭제해줘', 'delete', { app: 'rate-batch', environment: 'development' }],
      ['응삭제진행', '네삭제진행해주세요', 'ㅇㅇ진행시켜', 'ㅇㅇ고고', 'Da, da. Go'],
      'confirm',
      KNOWN_APPS,
    );
    expectEachAnswerToPlan(
      ['개발 rate-batch 삭제해줘', 'delete', { app: 'rate-batch', environment: 'development' }],
      ['아니취소'],
      'cancel',
      KNOWN_APPS,
    );
  });

  it('a quoted "안 돼요" beside an order is the applicant\'s: the order is no refusal', () => {
    const r = said('수험생들이 "또 안 돼요" 한대요. 운영 score-api 재시작해 주세요');
    expect({ intent: r.intent, ambiguous: r.ambiguous }).toEqual({ intent: 'restart', ambiguous: false });
  });
});
