import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 152–154 and 152c–154c (2026-12-06): other people's lines pasted in ("> …", "[09:03] 가은:
 * …") order nothing, the writer's own lines do; a request reported ("… 올려 달래요", "… 달라고 하셨대요") or a suggestion
 * passed on ("… 늘리자고 말해줘") is no order; "leave it alone", "그냥 무시해" refuse; "지금 당장은 말고 3시에 …" waits; a
 * count of pods told as ready is no scale; what the writer will check later is no time of the order. Sentences written
 * here, not taken from the blind rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, isClearChange } = roundReaders(KNOWN_APPS);

describe("other people's lines pasted in (round 153)", () => {
  it.each([
    '[14:05] 도윤: 운영 ledger-api 재시작 ㄱ\n[14:06] 서연: ㅇㅋ\n오늘 왜 이렇게 조용하지',
    '> delete batch-job on staging\nhaha who wrote this',
    '[9:12 pm] mira: roll back kiosk-web on prod\nnot my call tbh',
  ])('%j runs nothing', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it.each([
    [
      '[10:20] 도윤: cart-api 2.3.1 괜찮아 보여요\n스테이징에 cart-api 2.3.1 배포해 줘',
      'deploy',
      { tag: '2.3.1' },
    ],
    [
      '> Do you want me to restart worker?\nrestart kiosk-web on dev instead',
      'restart',
      { app: 'kiosk-web' },
    ],
  ] as const)('%j is the order on the writer own line', (command, intent, entities) => {
    expect(said(command)).toMatchObject({ intent, ambiguous: false, entities });
  });

  it('"> … 1.8.0으로 배포했습니다 / 운영에도 그거 똑같이 올려 줘" deploys the version quoted', () => {
    expect(
      said('> 스테이징의 kiosk-web을 1.8.0으로 배포했습니다.\n운영에도 그거 똑같이 올려 줘').entities,
    ).toMatchObject({ app: 'kiosk-web', tag: '1.8.0', environment: 'production' });
  });
});

describe('requests reported or passed on, refusals (rounds 153–154)', () => {
  it.each([
    '재무팀에서 운영 ledger-api 1.4.0 올려 달래요.',
    '재무팀에서 운영에 ledger-api 1.4.0을 올려 달라고 하셨대요.',
    '실장님한테 운영 worker 8개로 늘리자고 말해 줘',
    'Mira wanted a rollback of ledger-api on production, but please leave it alone for now.',
    '도윤이가 batch-job 지우라고 했는데 그냥 무시해 주세요.',
    '지금 당장은 말고 4시에 운영 kiosk-web 재시작해',
  ])('%j runs nothing', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it('an order with authority cited after it is still the order', () => {
    expect(isClearChange('운영 worker 3개로 늘려 주세요. 실장님이 그렇게 하라고 하셨어요.')).toBe(true);
  });

  it('"leave it be" about something else after an order keeps the order', () => {
    expect(isClearChange('Scale worker on prod to 6. The old rollback was fine, leave it be.')).toBe(true);
  });
});

describe('a count told, not ordered (round 154c)', () => {
  it.each([
    "all five pods of ledger-api are ready on prod, so it's not a crash.",
    'ledger-api 파드 5개 다 떠 있어요. 그래서 크래시는 아니에요.',
  ])('%j scales nothing', (command) => {
    const r = said(command);
    expect(r.intent === 'scale' && !r.ambiguous).toBe(false);
    expect(r.entities.replicas).toBeUndefined();
  });

  it('"운영 ledger-api 5개로 늘려" still scales', () => {
    expect(said('운영 ledger-api 5개로 늘려')).toMatchObject({ intent: 'scale', entities: { replicas: 5 } });
  });
});

describe("the writer's own later check is no time of the order (round 152)", () => {
  it.each([
    ["restart kiosk-web on dev, I'll check the dashboards after lunch", 'restart'],
    ['Please roll back ledger-api on staging; I will verify the totals tomorrow.', 'rollback'],
    ['stg cart-api 2.0.0 올려 내일 오후에 제가 볼게요', 'deploy'],
  ] as const)('%j is the order now', (command, intent) => {
    expect(said(command)).toMatchObject({ intent, ambiguous: false });
  });

  it.each(['restart kiosk-web on dev after lunch', 'restart kiosk-web on dev, I will do it tomorrow'])(
    '%j still waits',
    (command) => {
      expect(isClearChange(command)).toBe(false);
    },
  );
});
