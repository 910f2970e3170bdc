import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 161–163 and 161c–163c (2026-12-06): the value an order goes to, not the one it leaves
 * ("지금 5.0.0인데 5.0.1로", "리비전 8부터 … 7번 리비전으로"); a rollback to a day or an hour is asked; an order with
 * "let me know when it's done" is still the order, a doubt or someone else's pasted line before it asks it back; a
 * request reported ("… 달라고 하시네요", "X would like …") or a deed told ("… 주문했다") runs nothing; "걔도 재시작해"
 * right after its restart means the other app; "나머지 둘도 지워" asks which. Sentences written here, not taken
 * from the rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, turns, isClearChange } = roundReaders(KNOWN_APPS);

describe('the value an order goes to (round 162)', () => {
  it.each([
    ['운영 kiosk-web이 지금 3.3.0인데 3.3.1로 배포해 주세요.', { tag: '3.3.1' }],
    ['stg ledger-api 2.0.9 터졌어 2.0.8로 롤백해', { tag: '2.0.8' }],
    ["We're on 4.1.0 in staging; please deploy cart-api to 4.1.1.", { tag: '4.1.1' }],
    ['리비전 12부터 로그인이 안 되니 운영 worker는 11번 리비전으로 롤백해 주세요.', { revision: 11 }],
    ['roll back batch-job to revision 6, revision 7 is broken', { revision: 6 }],
  ])('%j takes %j', (command, value) => {
    expect(said(command)).toMatchObject({ ambiguous: false, entities: value });
  });

  it('"scale cart-api to 2 replicas, 41 users today" scales to 2', () => {
    expect(said('scale cart-api to 2 replicas, 41 users today').entities.replicas).toBe(2);
  });

  it.each([
    '스테이징 kiosk-web을 4월 2일 배포분으로 되돌려 주세요.',
    '운영 worker 지난 목요일 거로 롤백해',
    '개발 batch-job 오늘 9시 배포 전으로 되돌려',
    'Please roll ledger-api on development back to whatever was running on May 3.',
    'roll cart-api prod back to before the 8am deploy',
  ])('%j asks which revision', (command) => {
    const r = said(command);
    expect(r.intent).toBe('rollback');
    expect(r.ambiguous).toBe(true);
    expect(r.entities.revision).toBeUndefined();
  });

  it('"yank kiosk-web 2.2.0 from staging" deploys nothing unasked', () => {
    expect(isClearChange('yank kiosk-web 2.2.0 from staging')).toBe(false);
  });
});

describe('an order and what is said around it (round 161)', () => {
  it.each([
    ['운영 worker 7개로 늘려 주세요. 완료되면 슬랙에 남겨 주세요.', 'scale'],
    ['스테이징 cart-api 재시작해 주세요. 끝나는 대로 연락 주세요.', 'restart'],
    ["delete batch-job from staging, shout when it's gone", 'delete'],
    ['주말에 연락드려 정말 미안해요. 개발 worker 롤백해 주세요.', 'rollback'],
    ['restart kiosk-web on staging, because the certificate expires tomorrow', 'restart'],
    ['roll back cart-api on staging to the previous release, the 3 pm one is broken', 'rollback'],
  ])('%j is the order', (command, intent) => {
    expect(said(command)).toMatchObject({ intent, ambiguous: false });
  });

  it.each([
    '이게 맞는 건지 모르겠지만 일단 운영 worker 6개로 늘려 주세요.',
    '[11:20] Dana: restart ledger-api on prod',
    '> 스테이징 cart-api 4개로 늘려 주세요 — 민지',
    '팀장님이 cart-api 스테이징 3개로 늘려 달래요, 주문이 밀린대요',
    '고객사 담당자님이 운영 worker 재시작해 달라고 하시네요.',
    'Dana would like kiosk-web on staging at 5 replicas for the demo.',
  ])('%j is asked or read, never run', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it('"The PM asked for it, so please restart worker on staging." is the writer\'s own order', () => {
    expect(isClearChange('The PM asked for it, so please restart worker on staging.')).toBe(true);
  });

  it('"[17:50] restart worker on staging" (the writer\'s own time) is the order', () => {
    expect(isClearChange('[17:50] restart worker on staging')).toBe(true);
  });

  it.each(['아침에 다시 worker 6개로 늘려 줘.', 'And scale worker back up to 8 at six in the morning.'])(
    '%j is put off, not run now',
    (command) => {
      expect(isClearChange(command)).toBe(false);
    },
  );
});

describe('in a conversation (rounds 160c–163c)', () => {
  it('a deed of the writer\'s own ("… 두 개 더 주문했다") is no follow-up of the rollback', () => {
    const [, deed] = turns(['운영 worker 롤백해.', '아 그리고 박스 두 개 더 주문했다.']);
    expect(deed.intent).toBe('unknown');
  });

  it('"Actually no, leave cart-api be" refuses', () => {
    const [, , refusal] = turns([
      'restart cart-api on staging',
      'wrong app, undo it',
      'Actually no, leave cart-api be.',
    ]);
    expect(isClearChange('Actually no, leave cart-api be.')).toBe(false);
    expect(refusal.intent === 'restart' && !refusal.ambiguous).toBe(false);
  });

  it('"걔도 재시작해 주세요" right after the restart of one app restarts the other one talked about', () => {
    const [, , it] = turns([
      '스테이징 kiosk-web 상태 좀 봐 줘',
      'ledger-api 재시작해 줘',
      '걔도 재시작해 주세요.',
    ]);
    expect(it).toMatchObject({ intent: 'restart', entities: { app: 'kiosk-web' } });
  });

  it('"나머지 둘도 지워" after several apps asks which', () => {
    const [, , rest] = turns([
      '개발 cart-api랑 worker랑 kiosk-web 떠 있어?',
      '개발 kiosk-web 지워',
      '나머지 둘도 지워',
    ]);
    expect(rest.intent === 'delete' && !rest.ambiguous).toBe(false);
    expect(rest.entities.app).toBeUndefined();
  });

  it('an answer with a version corrected after it takes the correction', () => {
    const [, answer] = turns([
      'kiosk-web 2.1.0을 개발이랑 스테이징에 배포해 주세요',
      '스테이징이요. 그리고 2.1.0 말고 2.1.1로 해 주세요.',
    ]);
    expect(answer).toMatchObject({ intent: 'deploy', entities: { environment: 'staging', tag: '2.1.1' } });
  });

  it('an answer with its revision corrected ("리비전 40이요, 아 아니 39로") takes the correction', () => {
    const [, answer] = turns([
      '스테이징 ledger-api를 두 버전 전으로 롤백해 주세요',
      '리비전 40이요, 아 아니 39로 해 주세요.',
    ]);
    expect(answer).toMatchObject({ intent: 'rollback', entities: { revision: 39 } });
  });

  it('"No. Drop it, I will ask tomorrow." runs nothing', () => {
    const [, , no] = turns(['delete batch-job on production', 'hmm', 'No. Drop it, I will ask tomorrow.']);
    expect(no.intent === 'delete' && !no.ambiguous).toBe(false);
  });
});
