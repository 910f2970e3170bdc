import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 144–146 and 144c–146c (2026-12-06): an order for a colleague after a timeline's time,
 * "return X to vN" as a rollback, a restart of one pod only asked, reasons in an incident message that are no refusal
 * or postponement ("이제 필요 없어", "취소 요청만 52건", "1시 이후로"), a put-off "이후로 미뤄", QA said in Hangul, a step
 * up asked; and in conversation: an app named again goes back to its place, the app of a reason is not the one asked
 * about, "X도 Y랑 같은 개수로" in Y's place, "운영은 아니에요" orders nothing, a promotion carries its version, "with
 * its own version" is asked. Sentences written here, not taken from the blind rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, turns } = roundReaders(KNOWN_APPS);
const notRun = (r: { intent: string; ambiguous?: boolean }) => r.intent === 'unknown' || r.ambiguous === true;

describe('incident messages (round 144)', () => {
  it('"04:21 @mina can you bounce worker on staging" is an order for a colleague', () => {
    expect(notRun(said("04:21 @mina can you bounce worker on staging when you're free"))).toBe(true);
  });

  it.each([
    [
      'kiosk-web이 어제부터 같은 작업을 300번째 돌리고 있어. 시험용이라 이제 필요 없어. 개발 kiosk-web 지워줘',
      'delete',
    ],
    [
      '새벽 2시 이후로 중복 결제 문의가 계속 와요. 환불 취소 요청만 31건이에요. 운영 ledger-api 롤백해 주세요.',
      'rollback',
    ],
  ])('%j: what is told before the order refuses or puts off nothing', (command, intent) => {
    expect(said(command)).toMatchObject({ intent, ambiguous: false });
  });

  it('"점검 이후로 미뤄서 … 롤백해 주세요" is put off, never run now', () => {
    expect(notRun(said('점검 이후로 미뤄서 운영 ledger-api 롤백해 주세요'))).toBe(true);
  });

  it('"재시작 이제 필요 없어" still refuses the restart it names', () => {
    expect(notRun(said('운영 worker 재시작 이제 필요 없어'))).toBe(true);
  });
});

describe('rollbacks and restarts (round 146)', () => {
  it('"return X to v2.0.4" is no plain deploy', () => {
    const r = said('Please return ledger-api in production to v2.0.4, the one from spring.');
    expect(r.intent === 'deploy' && !r.ambiguous).toBe(false);
  });

  it.each(['운영 worker 파드 중 하나만 재시작해 주십시오.', 'restart just one pod of kiosk-web in prod'])(
    '%j: one pod alone is asked (a restart rolls every pod)',
    (command) => {
      expect(said(command)).toMatchObject({ intent: 'restart', ambiguous: true });
    },
  );

  it.each([
    'rolling restart of kiosk-web on prod, one pod at a time',
    'dev worker restart 해줘 pod 하나 이상함',
  ])('%j is the restart', (command) => {
    expect(said(command)).toMatchObject({ intent: 'restart', ambiguous: false });
  });
});

describe('in conversation (rounds 144c–146c)', () => {
  it('"다시 ledger-api. 걔 재시작해." goes back to where ledger-api was talked about', () => {
    const [, , again] = turns([
      '운영 ledger-api 상태 봐.',
      '스테이징 batch-job 재시작해.',
      '다시 ledger-api. 걔 재시작해.',
    ]);
    expect(again).toMatchObject({
      intent: 'restart',
      entities: { app: 'ledger-api', environment: 'production' },
    });
  });

  it('"X도 worker랑 같은 개수로", then "worker가 8개니까 8개로 해": X in worker\'s place, at 8', () => {
    const [, same, count] = turns([
      'prod worker 지금 몇 개야?',
      'cart-api도 worker랑 같은 개수로 맞춰.',
      'worker가 8개니까 8개로 해.',
    ]);
    expect(same.entities.environment).toBe('production');
    expect(count).toMatchObject({
      intent: 'scale',
      entities: { app: 'cart-api', environment: 'production', replicas: 8 },
    });
  });

  it('"아, 잠깐만요. 운영은 아니에요." orders nothing in production', () => {
    const [, , not] = turns([
      '스테이징 worker 재시작해 주세요.',
      '운영도 똑같이 해 주세요?',
      '아, 잠깐만요. 운영은 아니에요.',
    ]);
    expect(not.intent).toBe('unknown');
  });

  it('a promotion carries the version just deployed, and asks where', () => {
    const [, promote, answer] = turns([
      'kiosk-web 3.1.0 stg에 올려 주세요',
      'stg에서 prod로 승격해 주세요.',
      'prod요.',
    ]);
    expect(promote).toMatchObject({ intent: 'deploy', ambiguous: true, entities: { tag: '3.1.0' } });
    expect(answer).toMatchObject({ intent: 'deploy', entities: { tag: '3.1.0', environment: 'production' } });
  });

  it('"한 단계 더 올려 주세요" after staging asks the place (production is said, never guessed)', () => {
    const [, , up] = turns([
      '개발 ledger-api에 2.0.0 배포해 주세요.',
      '스테이징에도 올려 주세요.',
      '한 단계 더 올려 주세요.',
    ]);
    expect(up).toMatchObject({ intent: 'deploy', ambiguous: true });
    expect(up.entities.environment).toBeUndefined();
  });

  it('"큐에이 서버에서도" is a place we do not have', () => {
    const [, qa] = turns(['개발 cart-api 재시작해 주세요.', '큐에이 서버에서도 재시작해 주세요.']);
    expect(qa).toMatchObject({ intent: 'restart', ambiguous: true });
    expect(qa.entities.environment).toBeUndefined();
  });

  it('"Now the other one, with its own version." asks the version', () => {
    const [, , other] = turns([
      'Deploy kiosk-web 5.0.0 and cart-api 2.0.1 to staging.',
      'kiosk-web first.',
      'Now the other one, with its own version.',
    ]);
    expect(other.intent === 'deploy' && !other.ambiguous && other.entities.tag === undefined).toBe(false);
  });
});
