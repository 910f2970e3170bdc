import { isClearReading, roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 197–199 and 197c–199c (2026-12-07): orders dictated with repairs and no punctuation (the
 * number said last wins, spoken or written; a repair with nothing after it, or the named app refused with no other,
 * asks; "Delete … sorry just restart it" is the restart; a dictated "아 아냐 냅둬" takes the order back), "after 23:00"
 * puts a change off, "3개로 줄었는지 확인해" is a read, "1.8.0 전에 돌던 거로" asks the revision, a yes that says
 * another count or revision is no yes to the plan, and "아까 버전으로" after two versions asks which. Sentences written
 * here, not taken from the rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, isClearChange, turns } = roundReaders(KNOWN_APPS);

describe('dictated repairs', () => {
  it.each([
    ['스테이징 ledger-api 리비전 이십 번 아 잘못 말했다 십구 번으로 롤백', { revision: 19 }],
    ['scale kiosk-web to seven on staging sorry eight', { replicas: 8 }],
    ['scale worker to zero on dev sorry two', { replicas: 2 }],
    ['Deploy cart-api 2.0.1 och no 2.0.2 to dev', { tag: '2.0.2' }],
  ])('%j takes the value said last', (command, value) => {
    expect(said(command)).toMatchObject({ entities: value, ambiguous: false });
  });

  it.each([
    'Scale ledger-api on staging to six sorry',
    '스테이징 worker 네 개로 늘려 아니',
    '운영 kiosk-web 아니 아니 그거 말고 재시작해',
  ])('%j asks: the repair names nothing in its place', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it('"Delete … sorry just restart it" is the restart, never the delete', () => {
    expect(said('Delete batch-job on dev naw sorry just restart it')).toMatchObject({
      intent: 'restart',
      entities: { app: 'batch-job', environment: 'development' },
    });
  });

  it.each([
    '개발 ledger-api 지워 아 아냐 냅둬',
    '스테이징 worker 삭제해. 아니다, 놔둬',
    '개발 cart-api 내려 아니 그냥 둬',
  ])('%j is taken back: nothing runs', (command) => {
    expect(isClearChange(command)).toBe(false);
    expect(said(command).intent).not.toBe('delete');
  });

  it('a refusal beside the order is no repair: "No restart afterwards" keeps the deploy', () => {
    expect(said('Deploy ledger-api 3.2.0 to staging, thanks. No restart afterwards, mind.')).toMatchObject({
      intent: 'deploy',
      entities: { app: 'ledger-api', tag: '3.2.0', environment: 'staging' },
    });
  });

  it('Scots in a dictated order: "aye" after the place is no yes, "pal" closes', () => {
    expect(said('Restart kiosk-web on staging aye the screens are frozen pal')).toMatchObject({
      intent: 'restart',
      entities: { app: 'kiosk-web', environment: 'staging' },
    });
  });
});

describe('reads, later and targets before a version', () => {
  it.each(['Please deploy cart-api 1.4.0 to prod after 22:30.', 'restart worker on staging after 9 o’clock'])(
    '%j is put off, never run now',
    (command) => {
      expect(isClearChange(command)).toBe(false);
    },
  );

  it.each(['운영 kiosk-web이 4개로 줄었는지 확인해 주세요.', 'worker 6개로 늘었는지 봐줘'])(
    '%j is a read of the count, never a scale',
    (command) => {
      expect(said(command).intent).toBe('status');
    },
  );

  it.each([
    '스테이징 ledger-api 2.1.0 전에 돌던 거로 돌려',
    'Roll cart-api on dev back to the one before 3.0.0',
  ])('%j asks the revision, never rolls back to the version named', (command) => {
    const r = said(command);
    expect(isClearReading(r)).toBe(false);
    expect(r.entities.tag).toBeUndefined();
  });
});

describe('answers and versions in conversation (rounds 197c, 199c)', () => {
  it('a yes that says another revision is that rollback, never the plan confirmed', () => {
    const [, answer] = turns([
      '운영 ledger-api 리비전 12로 롤백해 주세요.',
      '네, 근데 12 말고 11로 롤백해 주세요.',
    ]);
    expect(answer.intent).not.toBe('confirm');
    expect(answer.entities.revision).not.toBe(12);
  });

  it('a yes with a time or a rate beside it still confirms', () => {
    const [, answer] = turns([
      '운영 worker 재시작해 주세요.',
      '네, 재시작 진행해 주세요. 9시 전에 끝나야 해요.',
    ]);
    expect(answer.intent).toBe('confirm');
  });

  it('"아까 버전으로" after two versions asks which', () => {
    const [, , earlier] = turns([
      '스테이징 kiosk-web 1.2.0 배포해',
      '1.2.1 배포해',
      '운영엔 아까 버전으로 올려',
    ]);
    expect(earlier.ambiguous).toBe(true);
  });
});
