import { isClearReading, roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 203–205 and 203c–205c (2026-12-07): an order on a condition or for later in the forms
 * the rounds found ("승인이 나는 대로", "…할 경우", "…까지 기다렸다가", "after eleven", "sit on … until Thursday") waits;
 * a version taken back after its place was said ("7.3.0 to staging. No, 7.3.1") is the version said last; an
 * operation typed in English keyboard mode before a Korean ending ("fhfqor해" = 롤백해) is that operation; "it looks
 * good there" after a change is a remark; Portuguese noes cancel and yeses confirm a waiting plan; "now the
 * rollback" is the rollback asked before; "put it on dev and prod" after a deploy keeps its release; "show me X on
 * staging anyway" is a read; "두 번째 것도" picks from an offer answered before. Sentences written here, not taken from the rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, isClearChange, turns } = roundReaders(KNOWN_APPS);

describe('orders on a condition or for later (round 204)', () => {
  it.each([
    '예산 승인이 나는 대로 운영에 ledger-api 2.0.0 배포해 주세요',
    '결제 오류가 또 생길 경우 운영 cart-api를 롤백해 주세요',
    '오류가 계속되는 경우에는 스테이징 worker 재시작해 줘',
    '점검이 끝날 때까지 기다렸다가 운영 kiosk-web 재시작해 주세요',
    'Tonight after ten, restart worker on prod.',
    'Sit on the kiosk-web 3.0.0 deploy to prod until Monday.',
  ])('%j waits: never a clear change now', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it.each([
    ['이 경우 운영 cart-api 롤백해 주세요', 'rollback'],
    ['제가 말하는 대로 스테이징에 worker 재시작해 주세요', 'restart'],
  ])('%j is an order for now', (command, intent) => {
    expect(said(command)).toMatchObject({ intent, ambiguous: false });
  });
});

describe('repairs and keyboard slips (rounds 203, 204c)', () => {
  it.each([
    ['Deploy ledger-api 2.4.0 to staging. No, 2.4.1.', '2.4.1'],
    ['Deploy ledger-api 2.4.0 on staging. No, 2.4.1. No wait, 2.4.2, that has the fix.', '2.4.2'],
    ['deploy ledger-api 2.4.0 to staging, sorry, 2.4.1', '2.4.1'],
  ])('%j deploys the version said last', (command, tag) => {
    expect(said(command)).toMatchObject({
      intent: 'deploy',
      entities: { app: 'ledger-api', environment: 'staging', tag },
    });
  });

  it('"fhfqor해" (롤백해 typed in English mode) beside a version is the rollback, never a deploy', () => {
    expect(said('스테이징 kiosk-web 3.2.0으로 fhfqor해 줘')).toMatchObject({
      intent: 'rollback',
      entities: { app: 'kiosk-web', environment: 'staging', tag: '3.2.0' },
    });
  });
});

describe('follow-ups (rounds 203c–205c)', () => {
  it.each(['it looks good there', 'it works fine there'])(
    '%j after a deploy is a remark: nothing runs',
    (remark) => {
      const [, after] = turns(['Deploy kiosk-web 2.9.0 to staging.', remark]);
      expect(isClearReading(after)).toBe(false);
    },
  );

  it('"is it fine there?" after a deploy still reads its status', () => {
    const [, after] = turns(['Deploy kiosk-web 2.9.0 to staging.', 'is it fine there?']);
    expect(after).toMatchObject({ intent: 'status', entities: { app: 'kiosk-web', environment: 'staging' } });
  });

  it.each([
    ['Não.', 'cancel'],
    ['Pode ir.', 'confirm'],
    ['Beleza, pode mandar.', 'confirm'],
  ])('%j answers a waiting delete with %s', (answer, intent) => {
    const [, reply] = turns(['Delete batch-job on dev.', answer]);
    expect(reply.intent).toBe(intent);
  });

  it('"now the rollback" after another order is the rollback asked before, on its own target', () => {
    const [, , after] = turns([
      'Roll back cart-api on production.',
      'Before that, restart worker on staging.',
      'Ok, now the rollback.',
    ]);
    expect(after).toMatchObject({
      intent: 'rollback',
      entities: { app: 'cart-api', environment: 'production' },
    });
  });

  it('"put it on dev and prod" after a deploy asks which place and keeps the release', () => {
    const [, both, one] = turns([
      'Deploy kiosk-web 2.9.0 to staging.',
      'Put it on dev and prod.',
      'prod only',
    ]);
    expect(both).toMatchObject({ intent: 'deploy', ambiguous: true, entities: { tag: '2.9.0' } });
    expect(one).toMatchObject({
      intent: 'deploy',
      entities: { app: 'kiosk-web', environment: 'production', tag: '2.9.0' },
    });
  });

  it('"show me X on staging anyway" after the service asked is a read, never the change asked about', () => {
    const [, after] = turns(['Restart worker on dev and staging.', 'Show me worker on staging anyway.']);
    expect(after).toMatchObject({ intent: 'status', entities: { app: 'worker', environment: 'staging' } });
  });

  it('"두 번째 것도" after the first of two offered apps was picked and done is the second one', () => {
    const read = turns([
      '운영 ledger-api랑 worker 상태 보여 주세요',
      '둘 다 재시작해 주세요',
      '첫 번째 거요',
      '네',
      '두 번째 것도 재시작해 주세요',
    ]);
    expect(read[4]).toMatchObject({
      intent: 'restart',
      entities: { app: 'worker', environment: 'production' },
    });
  });

  it('"2번으로 되돌려" is still a revision, not the second of an offer', () => {
    const read = turns(['운영 ledger-api랑 worker 상태 보여 주세요', '운영 worker 2번으로 되돌려 줘']);
    expect(read[1]).toMatchObject({ intent: 'rollback', entities: { app: 'worker', revision: 2 } });
  });

  it('"아까 처음 말한 거" after a first turn that named two apps is the first of them', () => {
    const read = turns([
      'ledger-api랑 worker 개발에서 재시작해 줘',
      '두 번째 거',
      '그리고 저거도, 아까 처음 말한 거.',
    ]);
    expect(read[2]).toMatchObject({
      intent: 'restart',
      entities: { app: 'ledger-api', environment: 'development' },
    });
  });
});
