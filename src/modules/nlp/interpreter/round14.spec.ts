import { expectConversation } from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/** Classes of phrasing found on the train split of blind round 14 (a week at a fintech, 2026-12-02); new sentences. */
const KNOWN_APPS = ['shop-ui', 'ledger', 'mailer', 'search-api', 'queue-worker'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('orders for later: after an event still to come, the day before one', () => {
  it.each([
    'after the quarter-end close, ship ledger v2.1.0 to prod',
    'restart mailer in prod after the security review',
    '결산일 전날 ledger 운영 6개로 늘려줘',
    '정산 끝난 뒤에 search-api 운영 롤백해 주세요',
  ])('%s → nothing done now', (command) => {
    const r = said(command);
    expect(r.intent).toBe('unknown');
    expect(r.ambiguous).toBe(true);
  });
});

describe('a report closing the order', () => {
  it('"…배포 진행해 주십시오. 변경 승인 받았습니다." is the order (the approval is reported)', () => {
    expect(said('운영계 ledger 배포 진행해 주십시오. 변경 승인 받았습니다.')).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
      entities: { app: 'ledger', environment: 'production' },
    });
  });
});

describe('round 14c: a remark before the ellipsis, team shorthand, formal outcome questions', () => {
  it('"QA 통과, 운영에도 똑같이" carries the version to production (QA is no app), and the yes confirms that plan', () =>
    expectConversation(
      [
        [
          'ledger v6.0.1 스테이징에 배포해줘',
          'deploy',
          { app: 'ledger', environment: 'staging', tag: 'v6.0.1' },
        ],
        ['QA 통과, 운영에도 똑같이', 'deploy', { app: 'ledger', environment: 'production', tag: 'v6.0.1' }],
        ['고고 배포해', 'confirm', { app: 'ledger', environment: 'production', tag: 'v6.0.1' }],
        ['반영되었습니까?', 'status', { app: 'ledger', environment: 'production' }],
      ],
      KNOWN_APPS,
    ));

  it('"… 배포, release note는 나중에": later is the release note\'s, not the deploy\'s', () => {
    expect(said('mailer v2.15.0 배포, release note는 나중에').intent).toBe('deploy');
  });
});
