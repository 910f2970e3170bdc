import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 131–132 and 131c–132c (2026-12-06), with the dev readings of earlier rounds that were
 * unsafe, read for the safety fix only: a version or a revision said but not readable, one of two builds or
 * revisions, a revision named by a day; a manifest shown for review; orders put off until a place empties or a
 * break; the apps a change is not for (a reason, a remark, "the rest", a name joined to the registered one); and in
 * conversation: a place pointed at by when it was said, a pick out of what was just read, a count corrected after a
 * read, a no followed by the app meant or the read wanted, and a report of what was done. Sentences written here, not
 * taken from the blind rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, isClearChange, turns } = roundReaders(KNOWN_APPS);
const HEX_65 = 'a'.repeat(33) + '1'.repeat(32);

describe('versions and revisions said but not one (rounds 10, 105, 124, 132)', () => {
  it.each([
    ['Deploy kiosk-web 2.7. 3 to staging.'],
    [`deploy ledger-api@sha256:${HEX_65} to dev`],
    ['deploy cart-api build 5120 to dev or 5121, whichever is green'],
  ])('%j asks which version, and takes no part of it for the tag', (command) => {
    const r = said(command);
    expect(r).toMatchObject({ intent: 'deploy', ambiguous: true });
    expect(r.entities.tag).toBeUndefined();
  });

  it('a version closing a sentence is still the tag', () => {
    expect(said('deploy kiosk-web 2.7.3 to staging. 3 replicas please').entities).toMatchObject({
      tag: '2.7.3',
      replicas: 3,
    });
  });

  it.each(['stg cart-api 리비전 7이나 8로 롤백해', 'roll back worker on dev to revision 4 or 5'])(
    '%j: one of two revisions — asked',
    (command) => {
      const r = said(command);
      expect(r).toMatchObject({ intent: 'rollback', ambiguous: true });
      expect(r.entities.revision).toBeUndefined();
    },
  );

  it('"has run 3 replicas since noon, scale it to 2": the count ordered, not the one reported', () => {
    expect(said('worker on dev has run 3 replicas since noon, scale it to 2 thanks').entities.replicas).toBe(
      2,
    );
  });
});

describe('a revision named by a day (rounds 107, 122c)', () => {
  it.each([
    "Please restore last night's version of ledger-api on staging.",
    'Roll worker back to the deploy from yesterday.',
    '어제 오후에 올린 걸로 kiosk-web 되돌려 주세요',
  ])('%j: which revision ran then is asked', (command) => {
    expect(said(command)).toMatchObject({ intent: 'rollback', ambiguous: true });
  });

  it.each([
    '스테이징 worker 어제 버전으로 롤백해',
    "roll back kiosk-web on prod, it broke after yesterday's deploy",
  ])('%j: the one before, as most rounds label it (a day in a reason names no target)', (command) => {
    expect(said(command)).toMatchObject({ intent: 'rollback', ambiguous: false });
  });
});

describe('no order yet (rounds 102, 124c)', () => {
  it.each([
    '이 설정 맞는지 봐 주세요: `image: ghcr.io/acme/kiosk-web:3.1.0`, `kind: Deployment`',
    '매장 다 비면 kiosk-web 스테이징 재시작해 줘',
    '점심 쉬는 시간에 cart-api 2.1.0 스테이징에 올려 주세요',
    '스테이징 worker 재시작해 주세요, 방송 중엔 말고요.',
    // a day at the end reads as when to do it: put off, never run now
    'revert cart-api on staging to whatever was running on Monday',
  ])('%j runs nothing', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it('a setting in a code span the order applies is still read', () => {
    expect(said('Please apply `replicas: 4` to worker in staging').entities).toMatchObject({
      app: 'worker',
      replicas: 4,
    });
  });
});

describe('the app a change is for (round 132)', () => {
  it.each([
    ['Restart worker because ledger-api is slow', 'worker'],
    ["restart kiosk-web on staging, cart-api can't load its images", 'kiosk-web'],
    ['roll back cart-api on prod, it broke checkout in kiosk-web', 'cart-api'],
    ['leave batch-job alone, restart worker on dev', 'worker'],
    ['since ledger-api keeps timing out, scale worker on staging to 2', 'worker'],
  ])('%j: the app of the clause that orders, not of the reason', (command, app) => {
    expect(said(command)).toMatchObject({ ambiguous: false, entities: { app } });
  });

  it('a place said only in the reason is no place of the target: asked', () => {
    const r = said('운영 ledger-api 느린데 worker 재시작해');
    expect(r).toMatchObject({ intent: 'restart', ambiguous: true, entities: { app: 'worker' } });
    expect(r.entities.environment).toBeUndefined();
  });

  it.each([
    'restart worker, show ledger-api logs',
    'Restart worker on staging. Sorry, batch-job, not worker.',
    'worker, cart-api 운영 재시작해',
  ])('%j: a second request, a correction or a list is never narrowed to one app', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it.each([
    'ledger-api는 끝났으니 나머지도 재시작해',
    'restart the rest on staging',
    '운영 worker랑 coin-map 재시작해',
  ])('%j: the rest, or a name nobody registered beside the app — asked', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it('"not the worker on prod" refuses the place', () => {
    expect(said('worker on staging, not the worker on prod — restart it').entities.environment).toBe(
      'staging',
    );
  });

  it('"재시작은 잠시 미루고 … 상태만": the read, the restart put off', () => {
    expect(said('재시작은 잠시 미루고 운영 ledger-api 상태만 먼저 보여 주세요')).toMatchObject({
      intent: 'status',
      entities: { app: 'ledger-api', environment: 'production' },
    });
  });
});

describe('words that are not counts (rounds 77c, 110c)', () => {
  it('"사대" is a word, "팔 개로" (dictated) a count', () => {
    const [, same] = turns(['스테이징 worker 다섯 개로 늘려 주세요', 'cart-api도 똑같이요, 같은 사대.']);
    expect(same).toMatchObject({ intent: 'scale', entities: { app: 'cart-api', replicas: 5 } });
    expect(said('worker 스테이징 팔 개로 늘려').entities.replicas).toBe(8);
  });

  it('a simile closing the message is no part of the order', () => {
    expect(said('worker 3개로 늘려 주세요, 두 대 택시 부르듯이요').entities.replicas).toBe(3);
  });
});

describe('places and picks in conversation (rounds 103c, 113c, 122c, 132c)', () => {
  it('"아까 그 환경에서" after two places, "the broken one" after one app read in two: asked', () => {
    const [, , earlier] = turns([
      'worker 1.2.0 개발에 올려 주세요',
      '스테이징에도 같은 걸로요',
      '아까 그 환경에서 재시작해 주세요',
    ]);
    expect(earlier).toMatchObject({ intent: 'restart', ambiguous: true, entities: { app: 'worker' } });
    expect(earlier.entities.environment).toBeUndefined();
    const [, , broken] = turns(['cart-api status on staging?', 'And on prod?', 'Restart the broken one.']);
    expect(broken).toMatchObject({ intent: 'restart', ambiguous: true });
    expect(broken.entities.environment).toBeUndefined();
  });

  it('"the last one" after production\'s history is in production; its version picked from the list is asked', () => {
    const [, last] = turns(['오늘 prod에 뭐 나갔는지 history 보여 줘요', 'Roll back the last one.']);
    expect(last).toMatchObject({
      intent: 'rollback',
      ambiguous: true,
      entities: { environment: 'production' },
    });
    const [, top] = turns([
      'staging kiosk-web 배포 기록 보여 주세요',
      '거기 맨 위 판을 개발에도 올려 주세요',
    ]);
    expect(top).toMatchObject({ intent: 'deploy', ambiguous: true });
    expect(top.entities.tag).toBeUndefined();
  });

  it('"거기 것도" is the app just read; with two places read, which place is asked', () => {
    const [, , there] = turns([
      'staging cart-api 3개로 늘려 주세요',
      '그리고 prod랑 staging worker 상태 보여 주세요',
      '거기 것도 4개로 해 주세요',
    ]);
    expect(there).toMatchObject({
      intent: 'scale',
      ambiguous: true,
      entities: { app: 'worker', replicas: 4 },
    });
  });

  it('"There, same count" after another app was read gives that app the count', () => {
    const [, , same] = turns(['scale kiosk-web to 2 on dev', 'worker there, status', 'There, same count']);
    expect(same).toMatchObject({
      intent: 'scale',
      entities: { app: 'worker', environment: 'development', replicas: 2 },
    });
  });
});

describe('corrections, no and reports in conversation (rounds 105c, 110c, 131c, 59c)', () => {
  it('"6 not 3" after a read corrects the scale, and "the same number" carries the corrected count', () => {
    const [, , fixed, other] = turns([
      'Scale ledger-api to 3 on staging',
      'status of ledger-api there?',
      'Ah, 6 not 3, sorry',
      'Same number for cart-api',
    ]);
    expect(fixed).toMatchObject({ intent: 'scale', entities: { app: 'ledger-api', replicas: 6 } });
    expect(other).toMatchObject({ intent: 'scale', entities: { app: 'cart-api', replicas: 6 } });
  });

  it('"그거 말고 worker로. …" moves the waiting plan to worker; the yes after it runs worker\'s', () => {
    const [, moved, yes] = turns([
      '운영 kiosk-web 재시작해 줘',
      '아 그거 말고 worker로. 호출이 안 울려.',
      '응 해',
    ]);
    expect(moved).toMatchObject({
      intent: 'restart',
      entities: { app: 'worker', environment: 'production' },
    });
    expect(yes).toMatchObject({ intent: 'confirm', entities: { app: 'worker' } });
  });

  it('"Never mind, just check its status" is the read; "Leave it." runs nothing', () => {
    const [, read] = turns(['restart ledger-api on prod', 'Never mind, just check its status.']);
    expect(read).toMatchObject({
      intent: 'status',
      entities: { app: 'ledger-api', environment: 'production' },
    });
    const [, , left] = turns([
      'Roll back cart-api on staging',
      'The other one as well, same stage',
      "Actually no, worker's fine. Leave it.",
    ]);
    expect(left.intent === 'rollback' && !left.ambiguous).toBe(false);
  });

  it('"방금 거 되돌려 주세요, 화면이 사라졌어요" orders the rollback', () => {
    const [, undo] = turns([
      'kiosk-web 2.0.1 스테이징에 배포해 줘요',
      '헉 방금 거 되돌려 주세요 ㅠㅠ 화면이 사라졌어요.',
    ]);
    expect(undo).toMatchObject({
      intent: 'rollback',
      entities: { app: 'kiosk-web', environment: 'staging' },
    });
  });

  it('a report of a restart done in production carries no place to the next order', () => {
    const [, next] = turns([
      '운영 worker는 아까 9시에 재시작해 뒀습니다. 괜찮았어요.',
      'worker 재시작하세요.',
    ]);
    expect(next.intent).toBe('restart');
    expect(next.entities.environment).not.toBe('production');
  });
});

describe('rounds 133–134 and 133c–134c: answers, remarks and reasons', () => {
  it('"Make it seven" after a read of the app just scaled, and "four no wait seven", correct the count', () => {
    const [, , seven] = turns([
      'Scale worker to five on staging',
      'how is it holding up?',
      'Make it seven, please.',
    ]);
    expect(seven).toMatchObject({ intent: 'scale', entities: { app: 'worker', replicas: 7 } });
    const [, fixed] = turns(['set cart-api to 4 on staging', 'Four no wait six, sorry']);
    expect(fixed).toMatchObject({ intent: 'scale', entities: { app: 'cart-api', replicas: 6 } });
  });

  it('"Make it three" after a deploy is a scale, not the deploy again', () => {
    const [, three] = turns(['Deploy kiosk-web 2.1.0 to staging', 'Make it three, one per counter.']);
    expect(three).toMatchObject({ intent: 'scale', entities: { app: 'kiosk-web', replicas: 3 } });
  });

  it('a yes right after a change that ran runs nothing a second time', () => {
    const [, , yes] = turns([
      '운영 batch-job 재시작해 주세요',
      '아닙니다, 스테이징 batch-job을 재시작해 주세요. 제가 잘못 말했습니다.',
      '네, 진행해 주세요. 스테이징 결과 보고 판단하겠습니다.',
    ]);
    expect(yes.intent === 'restart' && !yes.ambiguous).toBe(false);
  });

  it('"운영만 아니면" is a condition, never the place of the change', () => {
    const [, unless] = turns(['운영 cart-api 재시작해 주세요', '응 해, 운영만 아니면.']);
    expect(unless.intent).not.toBe('confirm');
    const [, staging] = turns([
      '스테이징 cart-api 삭제해 주세요',
      '네, 운영만 아니면 괜찮습니다. 진행해 주세요.',
    ]);
    expect(staging.entities.environment).not.toBe('production');
  });

  it('"알았고, 내려." while a scale to 0 waits is its yes; "아 맞다, …" opens a remark and answers nothing', () => {
    const [, , lowered] = turns([
      '운영 kiosk-web 0개로 내려',
      '이거 뭘 물어볼 수 있어? 도움말 좀',
      '알았고, 내려. 빨리 끝내자.',
    ]);
    expect(lowered).toMatchObject({ intent: 'confirm', entities: { app: 'kiosk-web', replicas: 0 } });
    const [, remembered] = turns([
      '운영 worker 0개로 내려. 창구 닫았어.',
      '아 맞다, 전광판도 아까부터 이상하던데.',
    ]);
    expect(remembered.intent).not.toBe('confirm');
  });

  it('"…has been flaky all day too" while a rollback waits is a remark: the yes after it runs the rollback asked', () => {
    const [, remark, yes] = turns([
      'Roll back cart-api on prod',
      'Ugh, and ledger-api has been flaky all day too.',
      'Anyway, yes, go ahead with the rollback.',
    ]);
    expect(remark.intent).not.toBe('rollback');
    expect(yes).toMatchObject({ intent: 'confirm', entities: { app: 'cart-api' } });
  });

  it('"방금 그거 물러라" after a scale scales back (the count asked), never a rollback', () => {
    const [, , undo] = turns(['운영 worker 6개로 늘려', '그래, 진행해', '방금 그거 물러라']);
    expect(undo).toMatchObject({ intent: 'scale', ambiguous: true });
  });

  it.each([
    ['운영 batch-job 0개로 내려. 경매 도중에 정산 돌면 가격이 꼬여.', 'scale'],
    ['스테이징 kiosk-web 6.0.0 올려. 야간 예약 들어간 거야.', 'deploy'],
  ])('%j: the order, its reason after it in a sentence of its own', (command, intent) => {
    expect(said(command)).toMatchObject({ intent, ambiguous: false });
  });

  it.each(['운영 worker 0개 된 것 맞는지 봐 주세요.', '운영 주문 시스템 상태 어때'])(
    '%j changes nothing',
    (command) => {
      expect(isClearChange(command)).toBe(false);
      expect(said(command).intent).not.toBe('list');
    },
  );

  it('"Now show me ledger-api on prod." is its status', () => {
    expect(said('Now show me ledger-api on prod.')).toMatchObject({
      intent: 'status',
      entities: { app: 'ledger-api', environment: 'production' },
    });
  });
});

describe('an order among sentences that only tell (round 134)', () => {
  it.each([
    '출석부 집계가 이틀째 비어 있습니다. 개발 batch-job을 재시작해 주십시오. 원인은 내일 회의에서 함께 보겠습니다.',
    'queue backed up again on staging. restart worker on staging. third time this week, will dig in tomorrow',
  ])('%j: a time in a sentence that only tells is not when to act', (command) => {
    expect(said(command)).toMatchObject({ intent: 'restart', ambiguous: false });
  });

  it.each([
    '스테이징 cart-api 2.5.5 올려 주세요... 아니다, 내일 하자',
    'Restart worker on staging. Not now though, after the show.',
    '스테이징 worker 재시작해 주세요. 공연 끝나면요.',
  ])('%j: a later sentence that takes it back or puts it off still holds it', (command) => {
    expect(isClearChange(command)).toBe(false);
  });
});
