import { expectConversation } from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on the train splits of blind rounds 20 and 20c (an airline's booking platform in a winter
 * storm, 2026-12-02) — British and Indian English, honorific business Korean — and the safety fix of round 20c's one
 * unsafe dev turn; new sentences.
 */
const KNOWN_APPS = ['shop-ui', 'ledger', 'mailer', 'search-api', 'queue-worker'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('"revert" as Indian English for "reply" is no rollback', () => {
  it('"please revert on that", "revert to me once done" roll nothing back; "revert ledger on staging" does', () => {
    expect(said('please revert on that first').intent).not.toBe('rollback');
    expect(said('restart mailer in staging, kindly revert to me once done')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
    });
    expect(said('revert ledger on staging')).toMatchObject({ intent: 'rollback', ambiguous: false });
  });

  it('a waiting deploy survives "how long will it take? please revert on that", and "go ahead and deploy it" confirms it', () =>
    expectConversation(
      [
        [
          'Please deploy shop-ui v3.0.1 to production, the seat map fix is in it',
          'deploy',
          {
            app: 'shop-ui',
            environment: 'production',
            tag: 'v3.0.1',
          },
        ],
        ['How long will it take? Please revert on that first', 'unknown', {}, true],
        [
          'Okay, go ahead and deploy it',
          'confirm',
          { app: 'shop-ui', environment: 'production', tag: 'v3.0.1' },
        ],
      ],
      KNOWN_APPS,
    ));
});

describe('later and look-alikes', () => {
  it('"자정에 …" puts an order off; "운영엉" is a look-alike, asked about', () => {
    expect(said('자정에 ledger 운영 재시작 부탁드립니다')).toMatchObject({
      intent: 'unknown',
      ambiguous: true,
    });
    const r = said('mailer 운영엉 상태 알려줘');
    expect(r).toMatchObject({ intent: 'status', ambiguous: true });
    expect(r.entities.environment).toBeUndefined();
  });
});

describe('round 20c: yeses and noes of British, Indian English and honorific Korean', () => {
  it.each([
    ['Brilliant, crack on.'],
    ['Lovely, do go ahead.'],
    ['Yes, kindly do the needful'],
    ['네, 3개로 승인하겠습니다.'],
  ])('"%s" confirms a waiting scale to 3', (reply) =>
    expectConversation(
      [
        [
          'scale mailer in production to 3',
          'scale',
          { app: 'mailer', environment: 'production', replicas: 3 },
        ],
        [reply, 'confirm', { app: 'mailer', environment: 'production', replicas: 3 }],
      ],
      KNOWN_APPS,
    ),
  );

  it('"확인했습니다. 삭제 진행해 주십시오." confirms the waiting delete; "이번 삭제는 취소하겠습니다." cancels it', () => {
    expectConversation(
      [
        ['ledger 운영 삭제해 주십시오', 'delete', { app: 'ledger', environment: 'production' }],
        ['확인했습니다. 삭제 진행해 주십시오.', 'confirm', { app: 'ledger', environment: 'production' }],
      ],
      KNOWN_APPS,
    );
    expectConversation(
      [
        ['ledger 운영 삭제해 주십시오', 'delete', { app: 'ledger', environment: 'production' }],
        ['그렇다면 이번 삭제는 취소하겠습니다.', 'cancel', { app: 'ledger', environment: 'production' }],
      ],
      KNOWN_APPS,
    );
  });

  it('"Has it come back up?" and "Is it sorted now?" ask how the restart went', () =>
    expectConversation(
      [
        ['restart search-api on staging', 'restart', { app: 'search-api', environment: 'staging' }],
        ['Has it come back up?', 'status', { app: 'search-api', environment: 'staging' }],
        ['Is it sorted now?', 'status', { app: 'search-api', environment: 'staging' }],
      ],
      KNOWN_APPS,
    ));
});
