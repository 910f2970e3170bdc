import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 173–178 and 173c–178c (2026-12-07): an order someone gave the writer, passed on in Korean
 * hearsay ("…하래", "…내리래요"), is asked back unless the writer adopts it; "X 하지 말고 Y", "X ㄴㄴ Y만", "Do not X;
 * Y instead", "not an X, Y" order Y; a remark after the order that ends like a question in 반말 ("…, 세일 시작했어")
 * is told, not asked; "the canary has failed" is a reason, no place; 테섭 (a test server) is a place we do not have.
 * Sentences written here, not taken from the rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, turns, isClearChange } = roundReaders(KNOWN_APPS);

describe('an order someone else gave the writer (…하래)', () => {
  it.each([
    '부장님이 운영 kiosk-web 재시작하래',
    '실장님이 스테이징 cart-api 지우래요',
    '대표님이 운영 worker 0개로 줄이래.',
    'CTO가 운영 batch-job 롤백하래요, 오늘 밤 안에',
  ])('%j is asked back, never run', (command) => {
    const r = said(command);
    expect(isClearChange(command)).toBe(false);
    expect(['restart', 'delete', 'scale', 'rollback']).toContain(r.intent);
    expect(r.ambiguous).toBe(true);
  });

  it("adopted in a sentence of the writer's own, it runs", () => {
    expect(said('부장님이 운영 ledger-api 롤백하래. 운영 ledger-api 롤백해 줘')).toMatchObject({
      intent: 'rollback',
      ambiguous: false,
    });
  });

  it('a count corrected in a conversation, with who wanted it after, is still the correction', () => {
    const [, second] = turns(['스테이징 cart-api 3개로 늘려줘', '아 3 말고 5요, 팀장님이 5개 하래요.']);
    expect(second).toMatchObject({ intent: 'scale', entities: { replicas: 5 } });
  });
});

describe('one operation refused, another ordered in its place', () => {
  it.each([
    ['스테이징 kiosk-web 재배포하지 말고 4개로만 늘려 주세요.', 'scale', { replicas: 4 }],
    ['개발 batch-job 삭제하지 말고 0개로 줄여', 'scale', { replicas: 0 }],
    ['운영 ledger-api 재시작하지 말고 롤백해 주세요', 'rollback', { environment: 'production' }],
    ['스테이징 worker 롤백 ㄴㄴ 재시작만', 'restart', { app: 'worker' }],
    ['Do not restart cart-api on staging; roll it back instead.', 'rollback', { app: 'cart-api' }],
    ['not a redeploy, rollout restart deploy/worker -n staging', 'restart', { app: 'worker' }],
  ])('%j orders %s', (command, intent, entities) => {
    expect(said(command)).toMatchObject({ intent, entities, ambiguous: false });
  });

  it.each(["don't restart kiosk-web, it's fine", '운영 worker 재시작하지 마세요'])(
    '%j refuses and orders nothing',
    (command) => {
      expect(isClearChange(command)).toBe(false);
    },
  );
});

describe('a remark after the order, worded like a 반말 question', () => {
  it('"스테이징 cart-api 6개로 늘려, 이벤트 시작했어" scales to 6', () => {
    expect(said('스테이징 cart-api 6개로 늘려, 이벤트 시작했어')).toMatchObject({
      intent: 'scale',
      entities: { replicas: 6, environment: 'staging' },
      ambiguous: false,
    });
  });

  it('a count correction with such a remark in a conversation is the count', () => {
    const [, second] = turns(['스테이징 worker 2개로 늘려줘', '7개로, 마지막 배송 출발했어.']);
    expect(second).toMatchObject({ intent: 'scale', entities: { replicas: 7 } });
  });

  it.each(['kiosk-web 재시작했어?', '운영 kiosk-web 재시작했어'])('%j is still no order', (command) => {
    expect(isClearChange(command)).toBe(false);
  });
});

describe('places', () => {
  it.each([
    ['Roll back ledger-api on production now; the canary has failed.', 'production'],
    ['운영 kiosk-web 롤백해 주세요, 카나리가 실패했습니다', 'production'],
  ])('%j: the canary is the reason, the place is %s', (command, environment) => {
    expect(said(command)).toMatchObject({ intent: 'rollback', entities: { environment }, ambiguous: false });
  });

  it.each(['deploy kiosk-web 3.1.0 to the canary', '테섭에 kiosk-web 3.1.0 올려 주세요'])(
    '%j asks which environment',
    (command) => {
      const r = said(command);
      expect(r.ambiguous).toBe(true);
      expect(r.entities.environment).toBeUndefined();
    },
  );
});

describe('counts and places carried in a conversation', () => {
  it.each([
    ['운영 kiosk-web 8개가 아니라 6개로 맞춰 주세요', 6],
    ['scale worker on prod to 5 instead of 7', 5],
  ])('%j: the count refused is not the one meant', (command, replicas) => {
    expect(said(command)).toMatchObject({ intent: 'scale', entities: { replicas }, ambiguous: false });
  });

  it('an answer to "which app?" that changes the order keeps the place the question was about', () => {
    const [asked, answer] = turns(['운영에서 재시작 부탁드려요.', 'ledger-api요. 아 근데 롤백해 주세요']);
    expect(asked).toMatchObject({ intent: 'restart', ambiguous: true });
    expect(answer).toMatchObject({
      intent: 'rollback',
      entities: { app: 'ledger-api', environment: 'production' },
    });
  });

  it('"delete it" after a delete asked which of two places, and a question between, still asks the place', () => {
    const [, , again] = turns([
      'Please delete cart-api from dev, the checkout tests moved to staging.',
      'What is a confirmation token, by the way?',
      'Understood. Yes, please delete it.',
    ]);
    expect(again.intent).toBe('delete');
    expect(again.ambiguous).toBe(true);
    expect(again.entities.environment).toBeUndefined();
  });

  it('"kiosk-web 잘 뜨나 봐라" to "which app should I restart?" is a read, not the answer that restarts it', () => {
    const [, look] = turns(['개발 kiosk-web, worker 재시작해', 'kiosk-web 잘 뜨나 봐라, 화면 말이다']);
    expect(look.intent).toBe('status');
  });
});
