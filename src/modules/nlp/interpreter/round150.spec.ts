import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 150–151 and 150c–151c (2026-12-06): production described ("the servers that matter", "the
 * real one") asked; dictation's spoken punctuation, "브이" and "쩜" in versions; another assistant's wake word without a
 * comma; an order whose comma is followed by a remark on a condition ("…늘려, 매입 오픈하면 더 몰려"). Sentences written
 * here, not taken from the blind rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said } = roundReaders(KNOWN_APPS);

describe('production described, not named (round 150)', () => {
  it.each([
    'Please scale worker down to 1 on the servers that matter today.',
    'restart cart-api on the real one',
  ])('%j asks about production, never the default', (command) => {
    const r = said(command);
    expect(r.ambiguous).toBe(true);
    expect(r.entities.environment).toBeUndefined();
  });
});

describe('dictated commands (round 151)', () => {
  it.each([
    ['스테이징 kiosk-web 브이 삼 점 일 점 영 배포해', 'v3.1.0'],
    ['스테이징 cart-api 일 쩜 사 올려', '1.4'],
  ])('%j deploys the version spoken', (command, tag) => {
    expect(said(command)).toMatchObject({ intent: 'deploy', entities: { tag } });
  });

  it('"… to 2 comma sorry comma 3 full stop" takes the count said last', () => {
    expect(said('Scale worker on dev to 2 comma sorry comma 4 full stop')).toMatchObject({
      intent: 'scale',
      ambiguous: false,
      entities: { replicas: 4 },
    });
  });

  it('"Can you restart … question mark" asks back', () => {
    expect(said('Can you restart ledger-api on production question mark').ambiguous).toBe(true);
  });

  it('"the grace period was too short, restart worker on dev": a period inside a sentence is a word', () => {
    expect(said('the grace period was too short, restart worker on dev')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
    });
  });

  it('"빅스비 운영 worker 재시작해" is said to another assistant', () => {
    const r = said('빅스비 운영 worker 재시작해');
    expect(r.intent === 'unknown' || r.ambiguous).toBe(true);
  });
});

describe('a remark on a condition after the order (round 151c)', () => {
  it('"cart-api 5개로 늘려, 매입 오픈하면 더 몰려." is the scale', () => {
    expect(said('cart-api 5개로 늘려, 매입 오픈하면 더 몰려.')).toMatchObject({
      intent: 'scale',
      entities: { replicas: 5 },
    });
  });

  it('"cart-api 5개로 늘려, 트래픽 많으면." still waits on its condition', () => {
    const r = said('cart-api 5개로 늘려, 트래픽 많으면.');
    expect(r.intent === 'unknown' || r.ambiguous).toBe(true);
  });
});

describe('nicknames for apps (round 151c)', () => {
  const { turns } = roundReaders(KNOWN_APPS);

  it('"the login thing, kiosk-web," names kiosk-web for the turns after it', () => {
    const [, , again] = turns([
      'Restart the login thing, kiosk-web, on staging.',
      'Then the ledger service, ledger-api, same place.',
      'Actually the login thing needs a restart on prod too.',
    ]);
    expect(again).toMatchObject({
      intent: 'restart',
      entities: { app: 'kiosk-web', environment: 'production' },
    });
  });

  it('"판매자 정산은" is the app named so, not another whose nickname is only "정산"; "정산 쪽" asks which', () => {
    const history = [
      '판매자 정산 ledger-api 스테이징 상태 보여 줘.',
      '매입 정산 배치 batch-job도 상태 보자.',
    ];
    const [, , seller] = turns([...history, '판매자 정산은 로그만 보여 줘.']);
    expect(seller).toMatchObject({ intent: 'logs', entities: { app: 'ledger-api' } });
    const [, , either] = turns([...history, '정산 쪽 재시작해.']);
    expect(either).toMatchObject({ intent: 'restart', ambiguous: true });
    expect(either.entities.app).toBeUndefined();
  });
});

describe('an order put off in the sentence after it', () => {
  it.each([
    'restart worker on staging. I will do it tomorrow',
    '스테이징 worker 재시작해 주세요. 내일 할게요',
  ])('%j runs nothing now', (command) => {
    const r = said(command);
    expect(r.intent === 'unknown' || r.ambiguous).toBe(true);
  });

  it('"…되돌려 줘, 새로 배포하는 건 … 내일 하자고": tomorrow is the other operation\'s', () => {
    expect(said('worker 운영 4.9.9로 되돌려 줘, 새로 배포하는 건 점검 끝나고 내일 하자고')).toMatchObject({
      intent: 'rollback',
      ambiguous: false,
    });
  });
});
