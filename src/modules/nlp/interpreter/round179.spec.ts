import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 179–181 and 179c–181c (2026-12-07), and of round 177's long messages: the one sentence that
 * orders, among sentences that only tell (a greeting, who writes, what happened, a sign-off), is the order — and a place
 * said only in what is told is asked; a greeting ("안녕하십니까, …") is no question; a memo addressed to a person, a
 * recorded decision with its deadline, a document about an operation, a change form's rollback plan, what was done
 * (음슴체 "…증설함.") or asked before ("… 달라고 한 건 농담이었습니다") run nothing; a version said in a turn that was not
 * understood puts "the same version" in doubt; "ㅇㅇ에", "the other environment" are asked; "Yeah, no." is a no; "N개로는
 * 부족" is no count; "계속 이러면 …" waits on a condition; "X instead" after a read of production stays in production.
 * Sentences written here, not taken from the rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, turns, isClearChange } = roundReaders(KNOWN_APPS);

describe('long messages: the one sentence that orders', () => {
  it.each([
    [
      '안녕하십니까, 정산팀 김하나입니다. 어제 반영된 화면에서 합계가 어긋나 보입니다. 스테이징 kiosk-web을 3.2.0으로 롤백해 주십시오. 수고하십시오.',
      'rollback',
      { app: 'kiosk-web', environment: 'staging', tag: '3.2.0' },
    ],
    [
      'Good evening. Our overnight test printed a lot of warnings.\nPlease scale worker on staging to 4.\nBest regards — Lee',
      'scale',
      { app: 'worker', environment: 'staging', replicas: 4 },
    ],
  ])('%j orders %s', (command, intent, entities) => {
    expect(said(command)).toMatchObject({ intent, entities, ambiguous: false });
  });

  it('a place said only in the report before the order sentence is asked', () => {
    const r = said('The nightly batch on 개발 wrote the wrong totals.\nPlease roll back batch-job.\n— Lee');
    expect(r).toMatchObject({ intent: 'rollback', ambiguous: true });
    expect(r.entities.environment).toBeUndefined();
  });
});

describe('documents that order nothing now', () => {
  it.each([
    '수신: 전산팀장\n제목: 조치 지시\n1. 운영 worker를 즉시 재시작하시기 바랍니다. 끝.',
    '안녕하십니까, 운영팀 최 주무관님. 운영 cart-api를 6개로 늘려 주시면 감사하겠습니다.',
    '수신: 내부결재\n제목: 회의 결과\n1. 결정 사항: 운영 worker를 12개로 증설(담당: 전산팀, 기한: 3.2.)',
    '운영 ledger-api 배포 관련 변경요청서를 첨부드립니다. 검토해 주시면 감사하겠습니다.',
    '운영 kiosk-web 8개로 증설함.',
    '아까 운영 cart-api를 삭제해 달라고 한 건 농담이었습니다.',
    'nag-restart na po si Ana ng worker sa prod kanina',
    '개발 cart-api 삭제 건은 아직 결재 전입니다. 결재가 나기 전까지는 그대로 두어 주시기 바랍니다.',
    '수신: 내부결재\n가. 변경 내용: 운영 ledger-api 4개로 축소\n나. 시행 일시: 2월 3일 09:00',
    'I filed the CR: restart of worker on prod, the window is tonight at 23:00. Nothing to do now.',
    'Attention: Ms. Han, on-call engineer\nRequested action: Ms. Han, please deploy kiosk-web 2.1.0 to staging.',
    'Jisoo 님, please roll back ledger-api on staging.',
  ])('%j runs nothing', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it("a change form's rollback plan is no order: the requested action is", () => {
    const r = said(
      'Summary: Emergency change\nRequested action: Deploy worker 2.4.1 to production.\nRollback plan: Redeploy 2.4.0.',
    );
    expect(r.intent).toBe('deploy');
    expect(r.entities.tag).toBe('2.4.1');
  });
});

describe('what stays an order', () => {
  it.each([
    ['스테이징 ledger-api만 롤백해 주세요, 다른 건 그대로 두세요.', 'rollback'],
    [
      '수신: 내부결재\n가. 변경 내용: 운영 ledger-api 2.0.1 배포\n나. 시행 일시: 즉시\n위와 같이 시행하시기 바랍니다.',
      'deploy',
    ],
  ])('%j is still the %s asked (not put off)', (command, intent) => {
    expect(said(command).intent).toBe(intent);
  });
});

describe('places and counts', () => {
  it.each(['ㅇㅇ에 worker 재시작ㄱㄱ', 'restart cart-api on the other environment'])(
    '%j asks which environment',
    (command) => {
      const r = said(command);
      expect(r.ambiguous).toBe(true);
      expect(r.entities.environment).toBeUndefined();
    },
  );

  it('"운영 kiosk-web 4개로는 부족해요, 늘려 주세요" asks the count', () => {
    const r = said('운영 kiosk-web 4개로는 부족해요, 늘려 주세요');
    expect(r.intent).toBe('scale');
    expect(r.entities.replicas).toBeUndefined();
    expect(isClearChange('운영 kiosk-web 4개로는 부족해요, 늘려 주세요')).toBe(false);
  });

  it('"계속 이러면 재시작해 주세요" waits on what the service cannot see', () => {
    expect(isClearChange('운영 kiosk-web 계속 이러면 재시작해 주세요')).toBe(false);
  });
});

describe('conversations', () => {
  it('a version said in a turn not understood puts "the same version" in doubt', () => {
    const [, , again] = turns([
      'kiosk-web 2.0.0을 스테이징에 올려 주십시오.',
      '2.0.1로 바꿔 주십시오. 화면이 깨졌습니다.',
      '운영에도 올려 주십시오.',
    ]);
    expect(again.intent === 'deploy' && again.ambiguous !== true && again.entities.tag === '2.0.0').toBe(
      false,
    );
  });

  it('"Yeah, no." to a waiting plan is a no', () => {
    const [, no] = turns(['delete batch-job from production', 'Yeah, no.']);
    expect(no.intent).toBe('cancel');
  });

  it('"Restart kiosk-web instead." after a read of production restarts it in production', () => {
    const [, other] = turns([
      'show ledger-api status on production',
      'ledger-api is fine. Restart kiosk-web instead.',
    ]);
    expect(other).toMatchObject({
      intent: 'restart',
      entities: { app: 'kiosk-web', environment: 'production' },
    });
  });
});

describe('targets said by how far back, or only as "the stable one" (round 182)', () => {
  it.each([
    '운영 kiosk-web을 이전 이전 버전으로 롤백해 주십시오.',
    'stg worker 전전 version으로 rollback 해줘',
    '운영 worker를 세 릴리스 전으로 되돌려 주십시오.',
    'Rollback ledger-api, prod: n-2.',
    '스테이징 kiosk-web을 두 번 롤백해 주세요',
    'stg worker rollback 2 해줘',
    'Rollback cart-api prod x2.',
    'Roll back kiosk-web, staging, to pre-20:00 build.',
  ])('%j asks which revision', (command) => {
    const r = said(command);
    expect(r).toMatchObject({ intent: 'rollback', ambiguous: true });
    expect(r.entities.revision).toBeUndefined();
  });

  it.each([
    '운영 kiosk-web에 가장 최근의 안정 버전을 배포해 주십시오.',
    'Deploy ledger-api, prod: newest stable.',
  ])('%j asks which version', (command) => {
    expect(said(command)).toMatchObject({ intent: 'deploy', ambiguous: true });
  });

  it.each([
    ['stg worker rollback 해줘', 'rollback'],
    ['Roll back cart-api on staging, the fee was charged twice.', 'rollback'],
    ['rollback worker to revision 2 on staging', 'rollback'],
  ])('%j still runs', (command, intent) => {
    expect(said(command)).toMatchObject({ intent, ambiguous: false });
  });
});

describe('production only guessed (round 183) and reads asked in other words (round 180c)', () => {
  it.each(['운영 같은 데 cart-api 4.0.2 올려줘', 'Please restart kiosk-web in what I assume is production.'])(
    '%j is asked, never run in production',
    (command) => {
      expect(isClearChange(command)).toBe(false);
    },
  );

  it('"What does worker look like on staging?" is its status', () => {
    expect(said('What does worker look like on staging? We are rehearsing.')).toMatchObject({
      intent: 'status',
      entities: { app: 'worker', environment: 'staging' },
    });
  });
});

describe('read for the safety fixes of rounds 182–183 (dev), in sentences written here', () => {
  it.each([
    'dev kiosk-web 최신 stable로 deploy 해줘',
    '02:15: scale ledger-api, prod, to 8. Scheduled.',
    'ship kiosk-web 2.2.0 to the big one, the one everybody is watching',
    'Please deploy ledger-api 1.9.0 to the servers that pay real customers.',
    '운영이었던 것 같은데, kiosk-web 2.2.0 다시 배포해 주십시오.',
  ])('%j runs nothing unasked', (command) => {
    expect(isClearChange(command)).toBe(false);
  });
});

describe('rounds 185–187: what is deleted, bounds, turning back on, counts that are no counts', () => {
  it.each([
    'Kindly remove the old 2.x images of kiosk-web, not the running app.',
    '운영 kiosk-web 공지 배너만 내려 주세요',
    '스테이징 cart-api 적어도 4개는 돌게 해줘',
    'scale worker on prod to at most 6',
    '운영 ledger-api 8개 넘지 않게 줄여',
    '개발 kiosk-web 다시 켜 주세요',
    'worker prod x3',
    '팀장님께서 운영 kiosk-web 재시작해 달라고 하셨습니다.',
    'Restart kiosk-web on prod nach dem Finale, bitte.',
  ])('%j runs nothing unasked', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it.each([
    ['스테이징 worker 껐다가 다시 켜 주세요', 'restart'],
    ['scale cart-api on staging to 3 replicas', 'scale'],
    ['worker prod x3 replicas', 'scale'],
    ['운영 cart-api를 6개로 늘려 주세요. 팀장님이 그렇게 하라고 하셨어요.', 'scale'],
  ])('%j still runs (%s)', (command, intent) => {
    expect(said(command)).toMatchObject({ intent, ambiguous: false });
  });

  it('"grep for Rp 149.000" is a price, no version: the logs asked for', () => {
    expect(said('last 40 lines of cart-api on dev please, grep for Rp 149.000')).toMatchObject({
      intent: 'logs',
      entities: { app: 'cart-api', lines: 40 },
    });
  });
});
