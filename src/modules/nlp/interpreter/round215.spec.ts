import { isClearReading, roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 215–217 and 215c–217c (2026-12-07): a scale taken back ("늘렸던 거 원래대로", "replica
 * 원복") goes to the count before it — asked unless said, never a rollback to the previous release nor the count it was
 * scaled to; a place struck out is asked; a registered app offered beside an unregistered one ("X or Y") is asked; a
 * version, a count or a place left to memory ("the version we had before the weekend", "to the usual", "늘 올리던 데")
 * is asked; a commit title pasted on a line of its own is no order. Sentences written here, not taken from the rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, isClearChange } = roundReaders(KNOWN_APPS);

describe('a scale taken back (round 215)', () => {
  it.each([
    '운영 worker 아까 늘렸던 거 이제 원래대로 해 주세요.',
    '스테이징 cart-api replica 원복 ㄱㄱ',
    '어제 운영 ledger-api 12개로 늘려 놨던 거 원래대로 돌려 주세요.',
    'revert the kiosk-web scale-up on staging',
  ])('%j asks which count, never rolls back a release or keeps the count scaled to', (command) => {
    const r = said(command);
    expect(r).toMatchObject({ intent: 'scale', ambiguous: true });
    expect(r.entities.replicas).toBeUndefined();
  });

  it('the count before, said, is the count', () => {
    expect(said('원래 3개였는데 10개로 늘렸던 스테이징 worker 이제 원래대로 돌려줘')).toMatchObject({
      intent: 'scale',
      ambiguous: false,
      entities: { app: 'worker', replicas: 3 },
    });
  });

  it('a release taken back is still a rollback', () => {
    expect(said('스테이징 kiosk-web 원복해 주세요')).toMatchObject({ intent: 'rollback', ambiguous: false });
    expect(
      said('Revert worker on staging to the previous version, no need to scale the pods.'),
    ).toMatchObject({
      intent: 'rollback',
      ambiguous: false,
    });
  });

  it('the count to go back to, said with the revert, is the count', () => {
    expect(said('운영 cart-api는 원래 개수인 6개로 되돌려 주십시오.')).toMatchObject({
      intent: 'scale',
      entities: { replicas: 6 },
    });
  });
});

describe('struck out, offered, left to memory (rounds 216, 214, 216c)', () => {
  it.each([
    'ledger-api ~~운영~~ 재시작해 주세요.',
    'restart ledger-api or ledger-proxy on staging',
    'please deploy cart-api on staging with the version we had before the weekend',
    'bump cart-api on staging to the usual for Friday night',
    'kiosk-web 2.4.0을 늘 올리던 데에 올려 주세요.',
  ])('%j is asked, never run', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it('a commit pasted and adopted ("이 커밋을 …", "ship that release") is its app and version', () => {
    expect(said('chore: bump kiosk-web to 2.4.1\n이 커밋을 스테이징에 배포해 주십시오.')).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
      entities: { app: 'kiosk-web', tag: '2.4.1', environment: 'staging' },
    });
  });

  it('"ship it" under a pasted commit ships its version, never the one running', () => {
    expect(said('chore: bump kiosk-web to 2.4.1\nLGTM, ship it to staging')).toMatchObject({
      intent: 'deploy',
      entities: { app: 'kiosk-web', tag: '2.4.1' },
    });
  });

  it('a commit title pasted on a line of its own orders nothing; the same shape alone is read', () => {
    expect(isClearReading(said('fyi, from the log:\nchore: bump batch-job to 1.12.0'))).toBe(false);
    expect(said('feat(kiosk-web): 스테이징에 v2.4.0 배포')).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
    });
  });
});
