import { expectConversation } from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on the train split of blind rounds 17 and 17c (a hospital's patient portal in a
 * flu-vaccination week, 2026-12-02), and the safety fix of round 17's one unsafe dev reading; new sentences.
 */
const KNOWN_APPS = ['shop-ui', 'ledger', 'mailer', 'search-api', 'queue-worker'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('an order for after an event ends is put off, not done now', () => {
  it.each([
    '진료 마감 후에 ledger 운영을 재시작하여 주십시오',
    '이벤트 종료 후 mailer 스테이징을 지워 주세요',
    '프로모션 종료되면 search-api 운영 2개로 줄여줘',
    'once the sale is over, scale ledger prod down to 2',
    'once traffic calms down restart mailer in production',
  ])('%s', (command) => {
    expect(said(command)).toMatchObject({ intent: 'unknown', ambiguous: true });
  });

  it('an order now, with a remark about an earlier event, stays the order', () => {
    expect(said('ledger 운영 재시작해줘')).toMatchObject({ intent: 'restart', ambiguous: false });
  });
});

describe('formal and hurried orders', () => {
  it('"…하여 주십시오" (the written form of 해 주십시오) orders, a remark sentence after it too', () => {
    expect(said('ledger를 운영 환경에 v2.0.1로 배포하여 주십시오.')).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
      entities: { app: 'ledger', environment: 'production', tag: 'v2.0.1' },
    });
    expect(said('mailer 스테이징을 재시작하여 주십시오. 발송 지연 건입니다.')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
    });
  });

  it('"금요일 오후 접속 폭주에 대비하여 …" gets ready now; "금요일 오후에 …" still waits', () => {
    expect(said('금요일 오후 접속 폭주에 대비하여 search-api 운영을 8개로 증설해 주세요')).toMatchObject({
      intent: 'scale',
      ambiguous: false,
      entities: { replicas: 8 },
    });
    expect(said('금요일 오후에 search-api 운영을 8개로 증설해 주세요')).toMatchObject({
      intent: 'unknown',
      ambiguous: true,
    });
  });

  it('"rn" (right now) is no app and no doubt', () => {
    expect(said('ledger stg restart rn plz')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
      entities: { app: 'ledger', environment: 'staging' },
    });
  });
});

describe('a check asked inside an order is a read', () => {
  it('"pod 3개 다 떴는지 봐줘" asks the status; it sets no count', () => {
    expect(said('ledger 운영 pod 3개 다 떴는지 봐줘')).toMatchObject({
      intent: 'status',
      entities: { app: 'ledger', environment: 'production' },
    });
    expect(said('ledger 운영 pod 3개 다 떴는지 봐줘').entities.replicas).toBeUndefined();
  });

  it.each([
    'mailer 롤백 결과 알려줘',
    'search-api 재시작 결과 좀 보여 주세요',
    'tell me the deployment result of ledger',
  ])('"%s" asks how the operation went (status)', (command) => {
    expect(said(command)).toMatchObject({ intent: 'status', ambiguous: false });
  });

  it('"ledger 어떰" (어때, typed short) asks the status', () => {
    expect(said('ledger 어떰')).toMatchObject({ intent: 'status', entities: { app: 'ledger' } });
  });

  it('a final ㅆ typed as ㅅ ("됏나", "살아잇냐") is the same question', () => {
    expect(said('mailer 운영 살아잇냐')).toMatchObject({ intent: 'status', ambiguous: false });
  });
});

describe('round 17c: follow-ups of a formal and a hurried voice', () => {
  it('"그곳의 mailer도 재시작해 주십시오" keeps the environment just read; "예, 승인합니다" confirms', () =>
    expectConversation(
      [
        [
          '운영 환경의 ledger 상태를 조회해 주십시오.',
          'status',
          { app: 'ledger', environment: 'production' },
        ],
        ['그곳의 mailer도 재시작해 주십시오.', 'restart', { app: 'mailer', environment: 'production' }],
        ['예, 승인합니다.', 'confirm', { app: 'mailer', environment: 'production' }],
      ],
      KNOWN_APPS,
    ));

  it('"해당 작업을 승인합니다" and "네, 그대로 진행해 주시기 바랍니다" confirm the waiting plan', () => {
    expectConversation(
      [
        [
          '운영 환경의 queue-worker를 재시작해 주십시오.',
          'restart',
          { app: 'queue-worker', environment: 'production' },
        ],
        ['해당 작업을 승인합니다.', 'confirm', { app: 'queue-worker', environment: 'production' }],
      ],
      KNOWN_APPS,
    );
    expectConversation(
      [
        ['운영 ledger 롤백해 주십시오.', 'rollback', { app: 'ledger', environment: 'production' }],
        ['네, 그대로 진행해 주시기 바랍니다.', 'confirm', { app: 'ledger', environment: 'production' }],
      ],
      KNOWN_APPS,
    );
  });

  it('"네 운영도 진행해요" confirms the plan it names; another environment is no confirmation', () => {
    expectConversation(
      [
        ['mailer 스테이징 롤백해줘', 'rollback', { app: 'mailer', environment: 'staging' }],
        ['운영에도 똑같이 해줘', 'rollback', { app: 'mailer', environment: 'production' }],
        ['네 운영도 진행해요', 'confirm', { app: 'mailer', environment: 'production' }],
      ],
      KNOWN_APPS,
    );
    expectConversation(
      [
        ['mailer 운영 롤백해줘', 'rollback', { app: 'mailer', environment: 'production' }],
        ['네 개발도 진행해요', 'rollback', { app: 'mailer', environment: 'development' }],
      ],
      KNOWN_APPS,
    );
  });

  it('"shop-ui는 어떰" reads a second app; "느린 거 재시작" then asks which; "shop-ui ㄱ" answers', () =>
    expectConversation(
      [
        ['search-api 상태봐', 'status', { app: 'search-api', environment: 'staging' }],
        ['shop-ui는 어떰', 'status', { app: 'shop-ui', environment: 'staging' }],
        ['느린 거 재시작', 'restart', { environment: 'staging' }, true],
        ['shop-ui ㄱ', 'restart', { app: 'shop-ui', environment: 'staging' }],
        ['됏나', 'status', { app: 'shop-ui', environment: 'staging' }],
      ],
      KNOWN_APPS,
    ));
});
