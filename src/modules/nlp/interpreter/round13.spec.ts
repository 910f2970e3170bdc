import { expectConversation, type ExpectedTurn } from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on the train split of blind round 13 (three teams onboarding the bot, 2026-12-02) and
 * its two unsafe dev readings (orders for later, read for the safety fix only); every sentence here is new.
 */
const KNOWN_APPS = ['shop-ui', 'ledger', 'mailer', 'search-api', 'queue-worker'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('orders for later, and what-ifs, change nothing now', () => {
  it.each([
    // a weekday with a part of the day, a change window, "그때", an event still to end, minutes from now
    '목요일 오후에 search-api 재시작 부탁합니다',
    '변경 창에 ledger 운영 배포해 주세요',
    '월요일 아침 점검 때 반영 예정입니다. 그때 배포해 주세요 ledger',
    '점검 끝나고 mailer 재시작 ㄱ',
    '20분 뒤에 shop-ui 운영 롤백해줘',
    '오픈 15분 전에 shop-ui prod 8개로 늘려줘',
    // English: this weekend, a schedule asked for
    'restart mailer this weekend',
    'schedule ledger 2.0.0 for prod',
    // "-다면 … 어떻게/영향": a what-if about the change
    'mailer 운영을 리비전 12로 되돌린다면 영향이 어떻게 되나요',
  ])('%s → nothing done', (command) => {
    const r = said(command);
    expect(r.intent).toBe('unknown');
    expect(r.ambiguous).toBe(true);
  });

  it('a condition on the user\'s side ("권한이 충분하다면 …해 주세요") keeps the order', () => {
    expect(said('권한이 충분하다면 ledger v1.4.0을 운영에 배포해 주세요')).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
      entities: { app: 'ledger', environment: 'production', tag: 'v1.4.0' },
    });
  });
});

describe('on-call shorthand: an incident remark right after the imperative is no part of the order', () => {
  it.each([
    ['queue-worker 재시작해 메시지가 안 빠져', 'restart', { app: 'queue-worker' }],
    ['mailer stg 리스타트 ㄱ 세션 꼬임', 'restart', { app: 'mailer', environment: 'staging' }],
    ['roll back ledger in prod, errors everywhere', 'rollback', { app: 'ledger', environment: 'production' }],
    [
      'queue-worker 운영 2개만 남겨',
      'scale',
      { app: 'queue-worker', environment: 'production', replicas: 2 },
    ],
  ])('%s → %s', (command, intent, entities) => {
    expect(said(command)).toMatchObject({ intent, ambiguous: false, entities });
  });
});

describe('reads', () => {
  it.each([
    ['shop-ui stg 괜춘?', 'status'],
    ['운영 ledger 파드 중 죽은 게 있는지 확인해 주세요', 'status'],
    ['이 봇으로 뭘 할 수 있는지 알려줘', 'help'],
  ])('%s → %s', (command, intent) => {
    expect(said(command)).toMatchObject({ intent, ambiguous: false });
  });
});

describe('on-call reports after the order are no refusal of it', () => {
  it.each([
    ['ledger 운영 restart ㄱ 로그인 안됨 ㅠ', 'restart'],
    ['mailer prod v2.0.1로 되돌려 ㅠㅠ 결제가 안 돼', 'rollback'],
  ])('%s → %s', (command, intent) => {
    expect(said(command)).toMatchObject({ intent, ambiguous: false });
  });

  it.each(['ledger 운영 배포 안 돼', '운영엔 안 돼 ledger 배포'])(
    '%s: the operation itself refused',
    (command) => {
      expect(said(command).intent).toBe('unknown');
    },
  );
});

describe('conversations (round 13c classes)', () => {
  it.each<[string, ExpectedTurn[]]>([
    [
      '"동일하게 반영" after a scale repeats the scale, not a deploy',
      [
        [
          '스테이징 ledger 4개로 맞춰 주세요',
          'scale',
          { app: 'ledger', environment: 'staging', replicas: 4 },
        ],
        [
          '운영에도 동일하게 반영 부탁드립니다',
          'scale',
          { app: 'ledger', environment: 'production', replicas: 4 },
        ],
      ],
    ],
    [
      '"meant prod" corrects the waiting plan; the yes then confirms the corrected one',
      [
        ['roll back mailer on stage', 'rollback', { app: 'mailer', environment: 'staging' }],
        ['meant prod, sorry', 'rollback', { app: 'mailer', environment: 'production' }],
        ['yep do it', 'confirm', { app: 'mailer', environment: 'production' }],
      ],
    ],
    [
      'formal Korean confirms, a doubled cancel cancels',
      [
        ['운영 ledger 재시작해 주세요', 'restart', { app: 'ledger', environment: 'production' }],
        ['네, 진행해 주십시오', 'confirm', { app: 'ledger', environment: 'production' }],
        ['운영 mailer 삭제해 주세요', 'delete', { app: 'mailer', environment: 'production' }],
        ['취소취소', 'cancel', { app: 'mailer', environment: 'production' }],
      ],
    ],
    [
      'an acknowledgement is no confirmation',
      [
        ['delete search-api from prod', 'delete', { app: 'search-api', environment: 'production' }],
        ['네 알겠습니다', 'unknown', {}, true],
      ],
    ],
    [
      'a count corrected after a remark ("traffic is spiking, make it 5", "아 잘못씀 6대임")',
      [
        ['queue-worker to 2 replicas', 'scale', { app: 'queue-worker', environment: 'staging', replicas: 2 }],
        [
          'load is climbing, make it 5',
          'scale',
          { app: 'queue-worker', environment: 'staging', replicas: 5 },
        ],
        ['아 잘못씀 6대임', 'scale', { app: 'queue-worker', environment: 'staging', replicas: 6 }],
        ['all 6 ready?', 'status', { app: 'queue-worker', environment: 'staging' }],
      ],
    ],
    [
      'outcome questions in other words',
      [
        ['restart shop-ui in dev', 'restart', { app: 'shop-ui', environment: 'development' }],
        ['we good?', 'status', { app: 'shop-ui', environment: 'development' }],
        ['배포 잘 들어갔어?', 'status', { app: 'shop-ui', environment: 'development' }],
      ],
    ],
  ])('%s', (_name, turns) => expectConversation(turns, KNOWN_APPS));
});
