import { isClearReading, roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 200–202 and 200c–202c (2026-12-07): "리비전 21로 내려" and "조금 내려" are no delete (asked);
 * an environment's word only inside a pasted address or a quoted title is no environment of ours (asked, never the
 * default nor the address's word); a place joined to a refused one is refused with it ("개발이나 스테이징 말고"); a
 * yes taken back ("네 지워… 아니 잠깐만요") or naming another place than the plan's is no yes; "네, 스테이징 것도 같이"
 * beside a waiting plan asks which place; "Good there." after a change is a remark, never that change again. Sentences
 * written here, not taken from the rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, isClearChange, turns } = roundReaders(KNOWN_APPS);

describe('taken down to a release or a little (round 200)', () => {
  it.each([
    '스테이징 worker 리비전 14로 내려',
    '운영 kiosk-web 3.1.0으로 내려 주세요',
    '개발 cart-api 조금 내려 줘',
  ])('%j is asked, never a delete', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it('a plain "내려" still deletes, as README says', () => {
    expect(said('개발 cart-api 내려 줘')).toMatchObject({ intent: 'delete', entities: { app: 'cart-api' } });
  });
});

describe('places inside addresses and quotes (round 201)', () => {
  it.each([
    'Restart ledger-api at ledger.prod.acme.internal please',
    'Deploy worker 2.1.0 to jobs.live.acme.example',
    'kiosk-web.dev.acme.internal 에 있는 kiosk-web 재시작해 주세요',
    '티켓 제목이 "운영 cart-api 결제 실패"예요. cart-api 재시작해 주세요.',
  ])('%j asks the environment, never takes the default or the address word', (command) => {
    const r = said(command);
    expect(isClearReading(r)).toBe(false);
    expect(r.entities.environment).toBeUndefined();
  });

  it('a place said plainly beside an address is the place', () => {
    expect(said('Restart cart-api on staging, see https://prod.acme.example/status')).toMatchObject({
      intent: 'restart',
      entities: { app: 'cart-api', environment: 'staging' },
      ambiguous: false,
    });
  });
});

describe('negation scope (round 202)', () => {
  it.each(['개발이나 스테이징 말고 ledger-api 2.0.0 올려', '개발도 스테이징도 말고 worker 재시작해'])(
    '%j refuses both places: which one is asked',
    (command) => {
      const r = said(command);
      expect(isClearReading(r)).toBe(false);
      expect(r.entities.environment).toBeUndefined();
    },
  );
});

describe('answers to a waiting plan and remarks (rounds 201c, 202c)', () => {
  it('a yes taken back before it was done is no yes', () => {
    const [, answer] = turns([
      '개발 ledger-api 지워 주세요',
      '네 지워… 아니 잠깐만요, 아직 쓰는 데가 있어요.',
    ]);
    expect(answer.intent).not.toBe('confirm');
    expect(isClearReading(answer)).toBe(false);
  });

  it('a yes naming another place than the plan asks for that place, never confirms the plan', () => {
    const [, answer] = turns(['개발 worker 지워 주세요', 'Yes — sorry, staging, I meant.']);
    expect(answer.intent).not.toBe('confirm');
    expect(answer.entities.environment).not.toBe('development');
  });

  it('a yes that keeps another place out still confirms', () => {
    const [, answer] = turns([
      '개발 worker 지워 주세요',
      '네, 개발 것만 지워 주세요. 스테이징은 그대로 두세요.',
    ]);
    expect(answer.intent).toBe('confirm');
  });

  it('"네, 스테이징 것도 같이" beside a waiting delete asks which place', () => {
    const [, answer] = turns(['개발 batch-job 지워 주세요', '네, 스테이징 것도 같이 지워 주세요.']);
    expect(isClearReading(answer)).toBe(false);
  });

  it.each(['Good there.', 'It works there.', '거기 괜찮네요'])(
    '%j after a deploy is a remark: nothing runs',
    (remark) => {
      const [, after] = turns(['Deploy kiosk-web 2.9.0 to staging.', remark]);
      expect(isClearReading(after)).toBe(false);
    },
  );

  it('"Good. Now the same build to prod." is still the deploy to production', () => {
    const [, after] = turns(['Deploy kiosk-web 2.9.0 to staging.', 'Good. Now the same build to prod.']);
    expect(after).toMatchObject({
      intent: 'deploy',
      entities: { app: 'kiosk-web', environment: 'production', tag: '2.9.0' },
    });
  });
});
