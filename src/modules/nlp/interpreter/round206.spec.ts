import { isClearReading, roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 206–208 and 206c–208c (2026-12-07): a multiplier ("1.5배로", "2x") is no version; "take
 * one off" and "take a replica away" are relative (asked), never a delete nor a count of one; removing something of
 * an app's (files, data, a cache) is no delete of the app unasked; "방금 지시는 없던 일로 하십시오" takes a waiting plan
 * back; a server told by what someone does on it ("시연하시는 서버", "the place where we try things") is asked. Sentences
 * written here, not taken from the rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, isClearChange, turns } = roundReaders(KNOWN_APPS);

describe('relative amounts (round 206)', () => {
  it.each(['운영 ledger-api 1.5배로 늘려 주세요', 'scale kiosk-web on staging 2x please'])(
    '%j is asked and carries no version',
    (command) => {
      const r = said(command);
      expect(r).toMatchObject({ intent: 'scale', ambiguous: true });
      expect(r.entities.tag).toBeUndefined();
    },
  );

  it.each([
    'Take one replica away from worker on production.',
    'Take two off cart-api on staging.',
    'take a couple of pods off kiosk-web on dev',
  ])('%j is a relative scale, asked — never a delete, never a count', (command) => {
    const r = said(command);
    expect(r.intent).not.toBe('delete');
    expect(isClearReading(r)).toBe(false);
    expect(r.entities.replicas).toBeUndefined();
  });

  it('"take cart-api off staging" is still the delete README lists', () => {
    expect(said('take cart-api off staging')).toMatchObject({
      intent: 'delete',
      entities: { app: 'cart-api' },
    });
  });

  it('a plain version still deploys', () => {
    expect(said('deploy kiosk-web 2.5 to staging')).toMatchObject({
      intent: 'deploy',
      entities: { tag: '2.5' },
    });
  });
});

describe('places described, not named (round 207)', () => {
  it.each([
    'Restart worker on the place where the testers try things.',
    '팀장님이 시연하시는 서버에 kiosk-web 3.0.0 배포해 주세요',
    '스트리머들 미리 해보는 섭 cart-api 재시작해',
  ])('%j asks the environment, never takes the default', (command) => {
    const r = said(command);
    expect(isClearReading(r)).toBe(false);
    expect(r.entities.environment).toBeUndefined();
  });
});

describe('removing something of an app (round 208)', () => {
  it.each([
    '개발 batch-job이 만든 임시 파일들 다 없애 줘',
    '스테이징 cart-api 테스트 데이터 치워 주세요',
    'delete the stale images of kiosk-web on dev',
  ])('%j never deletes the app unasked', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it.each(['개발 batch-job 없애 줘', 'delete worker on staging'])('%j still deletes the app', (command) => {
    expect(said(command).intent).toBe('delete');
  });
});

describe('taking a plan back (round 208c)', () => {
  it('"방금 지시는 없던 일로 하십시오" cancels the waiting plan', () => {
    const [, reply] = turns(['운영 ledger-api 재시작하십시오.', '방금 지시는 없던 일로 하십시오.']);
    expect(reply.intent).toBe('cancel');
  });
});
