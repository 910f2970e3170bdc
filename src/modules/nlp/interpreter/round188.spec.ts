import { isClearReading, roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 188–193 and 188c–193c (2026-12-07), and of the unsafe readings left in earlier rounds'
 * train splits: a place named only as where something was tested, is running ("운영 중인"), is compared ("스테이징처럼")
 * or is a copy of production is asked, never taken; "not on the staging copy" leaves production the order's place; a
 * rollback to a weekday's, an event's or a person's release asks which revision ("어제 버전으로" stays the one before);
 * undoing a restart, a scale or a rollback is no rollback; the release just deployed "taken down" asks; counts said as a
 * range in words ask, "two dozen" is 24, "레플리카 영으로" is 0 (it had deleted the app); two changes joined by "하구"
 * or "tapos" ask; "N개 맞는지 봐" is a read. Sentences written here, not taken from the rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, isClearChange, turns } = roundReaders(KNOWN_APPS);

describe('a place only mentioned is not the order place', () => {
  it.each([
    '개발에서 테스트 끝난 ledger-api 2.4.1 올려 주세요.',
    '스테이징에서 검증을 마친 kiosk-web 3.0.0 반영 부탁드립니다.',
    'Please ship cart-api 1.9.0, it passed every check on staging.',
    'Deploy worker 2.2.0 please, QA tested it in dev yesterday.',
    '운영 중인 kiosk-web이 자꾸 멈춰요, 재시작해 주세요.',
    '스테이징처럼 ledger-api를 5개로 맞춰 주세요.',
    'Restart cart-api like we did on staging this morning.',
    '운영이랑 똑같은 환경에 worker 3.1.0 올려줘',
    'Put ledger-api 2.0.0 on the production mirror.',
    'Restart worker on the copy of production, please.',
  ])('%j is asked, never run', (command) => {
    const r = said(command);
    expect(isClearChange(command)).toBe(false);
    expect(r.intent).not.toBe('delete');
  });

  it('"not on the staging copy" leaves production the place of the order', () => {
    expect(said('Please restart ledger-api in production, not on the staging copy.')).toMatchObject({
      intent: 'restart',
      entities: { app: 'ledger-api', environment: 'production' },
      ambiguous: false,
    });
  });

  it('the place the order names stays clear', () => {
    expect(said('스테이징 kiosk-web 2.3.0 배포해 주세요.')).toMatchObject({
      intent: 'deploy',
      entities: { app: 'kiosk-web', environment: 'staging', tag: '2.3.0' },
      ambiguous: false,
    });
  });
});

describe('rollback targets described, and undoing what is no release', () => {
  it.each([
    '운영 ledger-api 지난 금요일 빌드로 되돌려 주세요.',
    '스테이징 kiosk-web 할인 행사 전 버전으로 롤백해',
    '운영 worker 앱 개편 이전 버전으로 돌려 주십시오.',
    'Roll cart-api on staging back to the build before the marathon, please.',
    "Revert ledger-api on prod to Jonas's release.",
    '스테이징 worker 김 대리가 올렸던 버전으로 롤백해 주세요.',
    '개발 cart-api 외주사 빌드로 롤백해 줘',
    'Roll worker on staging back to the one before the previous one.',
  ])('%j asks which revision', (command) => {
    const r = said(command);
    expect(r.intent).toBe('rollback');
    expect(r.ambiguous).toBe(true);
  });

  it('"어제 버전으로 롤백" stays the rollback to the release before', () => {
    expect(isClearChange('스테이징 kiosk-web 어제 버전으로 롤백해 줘')).toBe(true);
  });

  it.each([
    '운영 worker 아까 한 재시작을 되돌려 주세요.',
    '스테이징 kiosk-web 아까 늘린 거 무르자',
    '운영 ledger-api 개수 원래대로 돌려',
    'Undo the rollback on cart-api in staging.',
    '운영 batch-job 점심에 8개로 늘린 건 원래대로 돌려 주세요.',
    '운영에 방금 올린 cart-api 4.0.1 내려 주세요.',
  ])('%j runs no change unasked', (command) => {
    expect(isClearChange(command)).toBe(false);
  });
});

describe('counts and joined changes', () => {
  it.each([
    'scale ledger-api on staging to three or four',
    'Please deploy kiosk-web 2.0.0 to staging with two or three replicas.',
    'set worker on staging anywhere from 2 to 6 pods',
    '운영 cart-api 적어도 여섯 개는 있어야 돼 늘려줘',
  ])('%j asks the count', (command) => {
    const r = said(command);
    expect(r.ambiguous).toBe(true);
    expect(r.entities.replicas).toBeUndefined();
  });

  it('"two dozen" is 24', () => {
    expect(said('Scale worker on staging to two dozen replicas.')).toMatchObject({
      intent: 'scale',
      entities: { app: 'worker', environment: 'staging', replicas: 24 },
    });
  });

  it('"레플리카 영으로 내려" scales to 0 — it never deletes the app', () => {
    expect(said('스테이징 kiosk-web 레플리카 영으로 내려 주세요')).toMatchObject({
      intent: 'scale',
      entities: { app: 'kiosk-web', environment: 'staging', replicas: 0 },
    });
  });

  it.each([
    '운영 ledger-api 3.2.0 배포하구 5개로 늘려',
    'roll back cart-api on prod po, tapos deploy 1.4.0 after',
  ])('%j (two changes) is asked', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it('"운영 worker 5개 맞는지 봐" checks, it scales nothing', () => {
    expect(isClearChange('운영 worker 5개 맞는지 봐')).toBe(false);
    expect(turns(['운영 worker 2.0.0 배포해', '응', '운영 worker 새 버전 도는지 봐'])[2]).toMatchObject({
      intent: 'status',
      entities: { app: 'worker', environment: 'production' },
    });
  });
});

describe('long messages, yes with a question, the same version (rounds 191c–196)', () => {
  it('a report of a past rollback beside a restart order: the restart, without the report version', () => {
    expect(
      said(
        '안녕하십니까, 운영팀 박하늘입니다. 지난 금요일 밤 운영 ledger-api를 3.1.0으로 롤백한 뒤 오류는 멈췄습니다. 다만 오늘 아침 정산 알림이 밀려 있다고 보고받았습니다. 운영 worker를 재시작해 주시기 바랍니다. 감사합니다.',
      ),
    ).toMatchObject({
      intent: 'restart',
      entities: { app: 'worker', environment: 'production' },
      ambiguous: false,
    });
  });

  it('the version of the order sentence, not of the report', () => {
    const r = said(
      'We rolled worker back from 2.4.0 to 2.3.9 on Saturday. The kiosk errors turned out to be kiosk-web. Roll kiosk-web on staging back to 5.0.2, please. Thanks.',
    );
    expect(r).toMatchObject({
      intent: 'rollback',
      entities: { app: 'kiosk-web', environment: 'staging', tag: '5.0.2' },
    });
  });

  it.each([
    // a place said only in the report
    'The night batch on production wrote the totals twice. Nobody noticed until the morning. Please restart batch-job. Thanks.',
    // the order taken back in a later sentence
    '안녕하세요. 스테이징 cart-api를 4개로 늘려 주세요. 아, 제가 잘못 썼습니다. 3개로 부탁드립니다. 감사합니다.',
    // a message to a colleague
    '정산팀 이 과장님, 주말에 고생 많으셨습니다. 토요일 롤백 이후 ledger-api는 안정적입니다. 이 과장님께서 운영 worker를 재시작해 주시기 바랍니다.',
  ])('%j runs nothing unasked', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it('a yes, then a question about what it will do: the plan still waits', () => {
    const [, answer] = turns([
      '개발 kiosk-web 삭제해 주세요.',
      '네, 지워 주세요. 그런데 지우면 스테이징 것도 같이 지워지나요?',
    ]);
    expect(answer.intent).not.toBe('confirm');
    expect(isClearReading(answer)).toBe(false);
  });

  it('"운영에도 같은 버전" with no version to carry asks which version', () => {
    const [, , same] = turns(['스테이징 kiosk-web 2.0.1 올려', 'ㅇㅇ 올려 올려 빨랑', '운영에도 같은 버전']);
    expect(same).toMatchObject({ intent: 'deploy', ambiguous: true });
    expect(same.entities.tag).toBeUndefined();
  });

  it('"어제 저녁 거로" asks which revision; "어제 버전으로" stays the one before', () => {
    expect(said('스테이징 ledger-api 어제 저녁 거로 롤백해 줘')).toMatchObject({
      intent: 'rollback',
      ambiguous: true,
    });
  });
});

describe('Thai politeness particles (round 189c)', () => {
  it('"ka" and "krub" are no app names: the follow-up keeps the app and its place', () => {
    const [, prod, restart] = turns([
      'Please show kiosk-web logs on staging ka.',
      'And on production also ka.',
      'Restart it there krub.',
    ]);
    expect(prod).toMatchObject({ intent: 'logs', entities: { app: 'kiosk-web', environment: 'production' } });
    expect(restart).toMatchObject({
      intent: 'restart',
      entities: { app: 'kiosk-web', environment: 'production' },
    });
  });
});
