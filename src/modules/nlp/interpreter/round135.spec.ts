import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 135–138 and 135c–138c (2026-12-06): numbers in a statement after the order, two versions
 * or an approximate count asked, a relative revision or count asked, a colleague called by name, 개발자 as a person,
 * a place tagged with "#prod", an example after a bot mention, kubectl's "rollout undo" and "--to-revision", chat-ops
 * shorthand, a pod's name read as its app for a read, "log in" as no logs, a read opening a message with only remarks
 * after it; and in conversation: a yes after "I'm back", "걔도 같은 버전으로" for the app just talked about, the
 * service's question still open after one turn it could not read, Japanese words beside Korean, typed yeses.
 * Sentences written here, not taken from the blind rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, isClearChange, turns } = roundReaders(KNOWN_APPS);

describe('numbers in a statement after the order are not its count or revision (round 135)', () => {
  it.each([
    ['운영 worker를 여섯 개로 늘리십시오. 대기 중인 배차가 18건입니다.', 6],
    ['스테이징 kiosk-web 4개로 늘려 주세요, 매표소가 12곳이에요.', 4],
  ])('%j scales to the count ordered', (command, replicas) => {
    expect(said(command)).toMatchObject({ intent: 'scale', ambiguous: false, entities: { replicas } });
  });

  it('a deploy keeps no count from the sentence after it', () => {
    const r = said('운영에 ledger-api 3.2.0을 배포하십시오. 정산 오류 7건을 고친 판입니다.');
    expect(r).toMatchObject({ intent: 'deploy', entities: { tag: '3.2.0' } });
    expect(r.entities.replicas).toBeUndefined();
  });

  it('"…롤백해 주세요, 302번 창구가 멈췄어요": the counter number is no revision', () => {
    expect(said('운영 cart-api 롤백해 주세요, 302번 창구가 멈췄어요.').entities.revision).toBeUndefined();
  });

  it('a count after the order that names its target is still the count ("…, 5개로 해요")', () => {
    expect(said('worker 늘려 주세요, 5개로 해요').entities.replicas).toBe(5);
  });
});

describe('one of two, about so many, one more back: asked (round 135)', () => {
  it.each([
    '운영에 ledger-api 2.4.0 또는 2.4.1을 배포하십시오.',
    'deploy kiosk-web 1.9.2 or 1.9.3 to staging',
  ])('%j asks which version', (command) => {
    const r = said(command);
    expect(r).toMatchObject({ intent: 'deploy', ambiguous: true });
    expect(r.entities.tag).toBeUndefined();
  });

  it.each(['운영 worker 두세 개로 늘려 주세요', '스테이징 kiosk-web 대여섯 대로 맞춰 주세요'])(
    '%j: about so many — which count is asked',
    (command) => {
      const r = said(command);
      expect(r).toMatchObject({ intent: 'scale', ambiguous: true });
      expect(r.entities.replicas).toBeUndefined();
    },
  );

  it.each(['take two pods off worker in dev', 'knock one replica off cart-api on staging'])(
    '%j: fewer by so many — asked, not a count',
    (command) => {
      const r = said(command);
      expect(r).toMatchObject({ intent: 'scale', ambiguous: true });
      expect(r.entities.replicas).toBeUndefined();
    },
  );

  it.each([
    '스테이징 batch-job을 직전보다 한 단계 더 이전 리비전으로 롤백하십시오.',
    'roll ledger-api on dev one more back than the last rollback',
  ])('%j: a revision further back than the previous — asked', (command) => {
    expect(said(command)).toMatchObject({ intent: 'rollback', ambiguous: true });
  });
});

describe('orders for someone called by name (round 136)', () => {
  it.each([
    '영수야 운영 worker 재시작 좀 해봐',
    '지훈아, 스테이징 cart-api 롤백해',
    '다은 님, 운영 ledger-api 롤백 부탁드려요.',
  ])('%j is no order to the service', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it.each([
    '오타야, worker 재시작해줘',
    '막내야, 스테이징 worker 재시작해 줘',
    '사장님, 스테이징 worker 재시작해 주시죠',
  ])('%j still orders the restart (a word, a nickname or a title, no colleague)', (command) => {
    expect(said(command)).toMatchObject({ intent: 'restart', entities: { app: 'worker' } });
  });

  it('"개발자분께서 …" names a developer, not the development environment', () => {
    expect(said('개발자분께서 말씀하셨어요. 운영 kiosk-web 롤백해 주세요.')).toMatchObject({
      intent: 'rollback',
      ambiguous: false,
      entities: { app: 'kiosk-web', environment: 'production' },
    });
  });
});

describe('chat-ops shorthand (round 138)', () => {
  it('"#prod" tags the place; "#stg #prod" names two and asks which', () => {
    expect(said('@klepaas restart cart-api #prod').entities.environment).toBe('production');
    expect(said('worker 롤백 #dev #prod')).toMatchObject({ intent: 'rollback', ambiguous: true });
  });

  it('a channel named after a place is still a channel', () => {
    expect(said('restart cart-api on dev, see #ops-prod').entities.environment).toBe('development');
  });

  it('"@bot 예시예요: …" shows a command, it gives none', () => {
    expect(isClearChange('@klepaas 예시예요: /rollback kiosk-web prod')).toBe(false);
  });

  it('kubectl rollout undo is a rollback, --to-revision its revision', () => {
    expect(said('kubectl rollout undo deploy/ledger-api --to-revision=9 -n prod')).toMatchObject({
      intent: 'rollback',
      entities: { app: 'ledger-api', environment: 'production', revision: 9 },
    });
  });

  it.each([
    ['del batch-job dev', 'delete'],
    ['rb worker prd', 'rollback'],
    ['rst cart-api stg', 'restart'],
  ])('%j: shorthand read as %s, and asked', (command, intent) => {
    expect(said(command)).toMatchObject({ intent, ambiguous: true });
  });
});

describe('reads (round 137)', () => {
  it.each([
    ['운영 파드 ledger-api-7d9f8c-x2k4q 로그 보여 주세요', 'ledger-api'],
    ['logs for worker-5b7c9d-h3m8z on stg', 'worker'],
  ])('%j reads the logs of the app the pod belongs to', (command, app) => {
    expect(said(command)).toMatchObject({ intent: 'logs', entities: { app } });
  });

  it('deleting a pod by name is not deleting its app', () => {
    const r = said('delete worker-5b7c9d-h3m8z on prod');
    expect(r.entities.app).toBeUndefined();
    expect(isClearChange('delete worker-5b7c9d-h3m8z on prod')).toBe(false);
  });

  it('"can\'t log into" is signing in, not a read of logs', () => {
    expect(said("restart kiosk-web on prod, staff can't log into the till").intent).toBe('restart');
  });

  it.each([
    ['When was cart-api 4.1.0 deployed? I think that one broke the coupons.', 'history'],
    ['Please show me the status of all apps in production, the rush is starting.', 'list'],
    ['Check worker logs on staging, if you see OOM then restart it.', 'logs'],
  ])('%j: the read that opens the message, what follows only remarks', (command, intent) => {
    expect(said(command)).toMatchObject({ intent, ambiguous: false });
  });

  it('a second order said plainly after the read leaves the message asked', () => {
    expect(said('Show me worker logs on staging, then restart batch-job.').ambiguous).toBe(true);
  });
});

describe('in conversation (rounds 135c–138c)', () => {
  it('"I\'m back. yes, go ahead" confirms the plan still waiting', () => {
    const [, , yes] = turns(['delete batch-job on production', 'brb, phone call', "I'm back. yes, go ahead"]);
    expect(yes).toMatchObject({ intent: 'confirm' });
  });

  it('"다녀왔어요. 네, 진행해 주세요" is the yes to the production rollback asked before', () => {
    const [, , back] = turns([
      '운영 kiosk-web 롤백해 주세요.',
      '잠시만요, 전화 좀 받고 올게요.',
      '다녀왔어요. 네, 진행해 주세요.',
    ]);
    expect(back).toMatchObject({
      intent: 'confirm',
      entities: { app: 'kiosk-web', environment: 'production' },
    });
  });

  it('"걔도 같은 버전으로" deploys that version to the app just talked about, in its place', () => {
    const last = turns([
      '개발에 ledger-api 2.0.1 배포해 주세요.',
      '거기 cart-api 상태 보여 주세요.',
      '걔도 같은 버전으로 올려 주세요.',
    ])[2];
    expect(last).toMatchObject({
      intent: 'deploy',
      entities: { app: 'cart-api', environment: 'development', tag: '2.0.1' },
    });
  });

  it('"같은 거" after a read of another app is still the version deployed, for the app deployed', () => {
    const last = turns([
      '개발에 ledger-api 2.0.1 배포해 주세요.',
      'cart-api 상태 보여 주세요.',
      '운영에도 같은 거 올려 주세요.',
    ])[2];
    expect(last.entities).toMatchObject({ app: 'ledger-api', tag: '2.0.1', environment: 'production' });
  });

  it('"which environment?" stays open past an answer it could not read, for one that names a place', () => {
    const [, , prodOnly] = turns([
      'Restart worker on dev and prod, please',
      'both, obviously',
      'OK, prod only.',
    ]);
    expect(prodOnly).toMatchObject({
      intent: 'restart',
      entities: { app: 'worker', environment: 'production' },
    });
  });

  it('a bare yes after such a turn answers nothing asked before it', () => {
    const [, , yes] = turns(['Restart worker on dev and prod, please', 'both, obviously', 'yes, quickly']);
    expect(yes.intent).not.toBe('restart');
  });

  it('Japanese words beside Korean: はい is a yes, いや … 취소 a no', () => {
    expect(turns(['운영 cart-api 재시작해 주세요.', 'はい、진행해 주세요.'])[1].intent).toBe('confirm');
    expect(turns(['운영에 cart-api 1.2.0 배포해 주세요.', 'いや、やめます。'])[1].intent).toBe('cancel');
  });

  it.each(['yse', 'yess, go', '녜, 진행해 주세요', 'Sí, dale', 'ndiyo'])(
    '%j is a yes to the plan waiting',
    (yes) => {
      expect(turns(['delete batch-job on production', yes])[1].intent).toBe('confirm');
    },
  );

  it('hapana is a no', () => {
    expect(turns(['delete batch-job on production', 'hapana'])[1].intent).toBe('cancel');
  });
});

describe('places asked about (round 139)', () => {
  it.each([
    'QA 쪽 worker를 재시작해 주십시오.',
    '로컬에서 kiosk-web 재시작해 주세요.',
    'DR 사이트의 ledger-api를 재시작하십시오.',
    '백업 센터에 ledger-api 2.0.0 배포해 주십시오.',
    '교육용 환경 kiosk-web을 삭제해 주십시오.',
    'scale cart-api to 2 on my local, thx',
    '진짜 손님들이 쓰는 데에 kiosk-web 2.0.0 올려 주세요.',
    'Please restart worker on the real ticketing server only.',
  ])('%j: a place we do not have, or one described — asked, never the default', (command) => {
    const r = said(command);
    expect(r.ambiguous).toBe(true);
    expect(r.entities.environment).toBeUndefined();
  });

  it('"QA 쪽에서도 괜찮다고 했어요" reports what the QA team said, no place', () => {
    expect(isClearChange('QA 쪽에서도 괜찮다고 했어요')).toBe(false);
  });

  it.each([
    '아마 운영일 겁니다만, ledger-api를 롤백해 주십시오.',
    'Kindly roll back worker, I think it is prod.',
  ])('%j: a place guessed is asked about', (command) => {
    expect(said(command)).toMatchObject({ intent: 'rollback', ambiguous: true });
  });

  it('"…on prod? I believe it was restarted at seven" keeps production: the belief is about the restart', () => {
    expect(
      said('Might I see the status of cart-api on prod? I believe it was restarted at seven.').entities,
    ).toMatchObject({ app: 'cart-api', environment: 'production' });
  });
});

describe('deletes that are not of the app (round 140)', () => {
  it.each([
    '운영 ledger-api의 중복 결제 건을 지워 주십시오.',
    'please remove old versions of worker from the registry',
    'Delete the old version of kiosk-web on staging.',
    '운영 kiosk-web을 삭제해 주십시오… 아닙니다, 그대로 두십시오.',
  ])('%j deletes no app', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it('"worker 개발 환경 건은 삭제해 주세요" still deletes worker in development', () => {
    expect(said('worker 개발 환경 건은 삭제해 주세요.')).toMatchObject({
      intent: 'delete',
      entities: { app: 'worker', environment: 'development' },
    });
  });
});

describe('in conversation (rounds 139c–140c and 138c)', () => {
  it('"응 내려, …" while a scale to 0 waits is its yes, never a delete', () => {
    const [, yes] = turns(['스테이징 cart-api 0개로 내려.', '응 내려, 어차피 손님 없어.']);
    expect(yes).toMatchObject({ intent: 'confirm', entities: { app: 'cart-api', replicas: 0 } });
  });

  it('"아 스테이징이라 테스트 데이터뿐이구나" after a question about a delete deletes nothing', () => {
    const read = turns([
      '스테이징 kiosk-web 지워.',
      '그러면 예약 다 날아가?',
      '아 스테이징이라 테스트 데이터뿐이구나',
    ]);
    expect(read[2].intent).not.toBe('delete');
  });

  it('"다시 해 줘. 또 멈췄대." repeats the restart just done', () => {
    const read = turns(['스테이징 worker 재시작해 줘', '다시 해 줘. 또 멈췄대.']);
    expect(read[1]).toMatchObject({ intent: 'restart', entities: { app: 'worker', environment: 'staging' } });
  });
});

describe('Taglish (round 139c)', () => {
  it('"… sa dev po" is the place, said as an order', () => {
    expect(said('Delete worker sa dev po, it sends duplicate texts.')).toMatchObject({
      intent: 'delete',
      ambiguous: false,
      entities: { app: 'worker', environment: 'development' },
    });
  });

  it.each([
    ['Opo, go ahead po.', 'confirm'],
    ['Oo, sige.', 'confirm'],
    ['hindi', 'cancel'],
  ])('%j answers the plan waiting: %s', (answer, reply) => {
    expect(turns(['restart cart-api on prod', answer])[1].intent).toBe(reply);
  });
});
