import { isClearReading, roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 218–220 and 218c–220c (2026-12-07): a load (people, requests, a rate) is never a count;
 * "좀 있다", "in a few minutes" put an order off; a deploy that names a place only as the release's source ("개발에 있는 버전",
 * "the dev version of …") or promotes to "the next stage" asks where it goes; a count reported in a retry ("4개밖에 안
 * 떴네 … 또 해") is not the count asked. Sentences written here, not taken from the rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, isClearChange, turns } = roundReaders(KNOWN_APPS);

describe('loads, later and promotions (rounds 218–220)', () => {
  it.each([
    '운영 kiosk-web이 동시 접속 30만 명을 버티도록 증설해 주십시오.',
    'scale ledger-api on staging so it takes 8000 rps',
  ])('%j reads no count from the load: asked', (command) => {
    const r = said(command);
    expect(r).toMatchObject({ intent: 'scale', ambiguous: true });
    expect(r.entities.replicas).toBeUndefined();
  });

  it('a count beside a load is the count', () => {
    expect(said('scale worker on staging to 6 for 5000 rps')).toMatchObject({
      intent: 'scale',
      ambiguous: false,
      entities: { replicas: 6 },
    });
  });

  it.each([
    '스테이징에 kiosk-web 3.1.0 좀 있다 올려',
    'Restart worker on prod in a few minutes, once the call ends.',
  ])('%j is for later: nothing runs', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it.each([
    '개발에 있는 ledger-api 버전으로 올려 주세요.',
    'deploy the staging version of cart-api',
    'kiosk-web 3.2.0 다음 단계로 승격해 주십시오.',
  ])('%j asks where it goes', (command) => {
    const r = said(command);
    expect(r).toMatchObject({ intent: 'deploy', ambiguous: true });
    expect(r.entities.environment).toBeUndefined();
  });
});

describe('a retry after a count reported (round 219c)', () => {
  it('"4개밖에 안 떴네 … 또 해" never scales to the count reported', () => {
    const [, , retry] = turns([
      '스테이징 cart-api 7개로 늘려',
      'cart-api 다 떴나 봐 줘',
      '5개밖에 안 떴네 그거 또 해',
    ]);
    expect(retry.entities.replicas === 5 && isClearReading(retry)).toBe(false);
  });
});
