import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 155–157 and 155c–157c and the train splits of 152c–154c (2026-12-06): a reason after an
 * order that says something stops or keeps failing ("… 자꾸 멈춰", "… 에러 나고 있어", "… 아직 안 돼요") leaves the order;
 * "double-charging" doubles nothing; "unyeong-e" is production; a guess with a version beside it deploys nothing; a
 * release notice posted is no release; "make staging 4" scales; in a conversation, a read told as done before an order
 * is the order, and "아까 취소한 거 다시 해" asks for the change said no to. Sentences written here, not taken from the
 * blind rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, isClearChange, turns, answersTo } = roundReaders(KNOWN_APPS);

describe('a reason after the order that reports a failure (round 152c)', () => {
  it.each([
    ['운영 kiosk-web 재시작해. 주문 화면이 자꾸 멈춰.', 'restart'],
    ['운영 ledger-api 0개로 내려. 정산 오류 나고 있어.', 'scale'],
    ['운영 worker 재시작 부탁드려요, 알림 발송이 아직 안 돼요.', 'restart'],
  ] as const)('%j is the order', (command, intent) => {
    expect(said(command)).toMatchObject({
      intent,
      ambiguous: false,
      entities: { environment: 'production' },
    });
  });

  it.each(['배포 멈춰!', '운영 worker 재시작 해줘, 아직 안 돼.'])('%j still refuses', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it('"… to 0, the old processor is double-charging" keeps the count said', () => {
    expect(
      said('Scale ledger-api on prod to 0, the old processor is double-charging.').entities,
    ).toMatchObject({
      replicas: 0,
    });
  });
});

describe('words of rounds 155–157', () => {
  it('"unyeong-e … baepo haejuseyo" deploys to production, never the default', () => {
    expect(said('unyeong-e kiosk-web 2.4.0 baepo haejuseyo').entities).toMatchObject({
      environment: 'production',
      tag: '2.4.0',
    });
  });

  it.each([
    'ledger-api on prod looks like it is leaking memory, maybe the 3.1.4 build',
    '운영 kiosk-web 오류는 아마 2.6.0 탓일 거예요.',
    '#release 채널에 kiosk-web 2.4.0 배포 공지 올려 주세요.',
  ])('%j deploys nothing', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it('"kiosk-web 2.4.0 스테이징 배포하고 공지 올려 주세요" still deploys', () => {
    expect(said('kiosk-web 2.4.0 스테이징 배포하고 공지 올려 주세요.')).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
    });
  });

  it('"Make staging 4 for cart-api" scales', () => {
    expect(said('Make staging 4 for cart-api, the test is bigger.')).toMatchObject({
      intent: 'scale',
      entities: { replicas: 4, environment: 'staging' },
    });
  });
});

describe('in a conversation (rounds 152c, 155c)', () => {
  it('a history read, then "이력 보니 … 롤백해 주세요" is the rollback to the version named', () => {
    const [, order] = turns([
      '운영 kiosk-web 배포 이력 보여 주세요.',
      '이력 보니 2.3.9가 마지막으로 괜찮던 버전이네요. 운영 kiosk-web을 2.3.9로 롤백해 주세요.',
    ]);
    expect(order).toMatchObject({
      intent: 'rollback',
      entities: { tag: '2.3.9', environment: 'production' },
    });
  });

  it('"아까 취소한 거 … 다시 지워 줘": the change said no to, asked for again, is no refusal', () => {
    expect(said('아까 취소한 거 스테이징 batch-job 다시 지워 줘')).toMatchObject({
      intent: 'delete',
      ambiguous: false,
      entities: { app: 'batch-job', environment: 'staging' },
    });
  });
});

describe('what only sounds like an order (rounds 155–157)', () => {
  it.each([
    '내일 사람이 몰릴 테니 운영 kiosk-web을 8개로 늘려 두는 게 좋겠어요.',
    'it would be better to restart worker on staging',
    'Please tell the team that the ledger-api rollback on staging is done.',
    'hey hyung, deploy kiosk-web 2.4.0 to dev',
  ])('%j runs nothing', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it.each(['kiosk-web 다음 버전 스테이징에 올려', 'deploy the next version of kiosk-web to staging'])(
    '%j asks which version',
    (command) => {
      const r = said(command);
      expect(r.ambiguous).toBe(true);
      expect(r.entities.tag).toBeUndefined();
    },
  );
});

describe('answers to a waiting plan (round 157c)', () => {
  it('"그래 올려, …" while a production deploy waits is its yes, with its version', () => {
    expect(answersTo('운영 kiosk-web 2.4.0 배포해', ['그래 올려, 손님 온다.', '응 올려, 진행해.'])).toEqual([
      ['그래 올려, 손님 온다.', 'confirm'],
      ['응 올려, 진행해.', 'confirm'],
    ]);
  });

  it('"운영은 아직 아닙니다" while a production scale waits runs nothing', () => {
    const [, held] = turns([
      '운영 worker 4개로 늘려 주세요',
      '잠깐만요. 운영은 아직 아닙니다. 검수부터 할게요.',
    ]);
    expect(held.intent === 'scale' && !held.ambiguous).toBe(false);
  });
});
