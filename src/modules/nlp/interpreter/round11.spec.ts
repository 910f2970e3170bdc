import { interpret } from './interpreter.js';

/**
 * Classes of phrasing blind round 11's train split found (sentences written for this spec, none from a round):
 * each `it` is one kind of phrasing, tested on new sentences in Korean and English.
 */
const knownApps = ['web-app', 'api-server', 'billing-api', 'cart-api', 'worker', 'frontend', 'order-api'];
const run = (command: string) => interpret(command, { knownApps, defaultEnvironment: 'staging' });

describe('round 11: a change put off until later is not done now', () => {
  it.each([
    '목요일에 worker 스테이징 재시작해줘',
    '퇴근하기 전에 frontend 롤백 부탁해요',
    '점심 끝나고 billing-api 삭제해 줘',
    '오후 4시에 cart-api 운영 배포 부탁드립니다',
    '작업 시간에 order-api 스케일 3개로 맞춰줘',
    '리뷰 끝나면 web-app 배포 진행해 주세요',
    'QA 승인되면 api-server 운영에 올려줘',
    '모레 web-app v2.0.0 dev',
    'restart worker on staging at 5pm',
    'deploy frontend v3.1.0 to prod once QA signs off',
    'scale cart-api down to 2 at end of day',
    // English days (the round's dev split had one unsafe reading of this kind, read for the safety fix only)
    'roll back order-api in production tomorrow',
    'delete the worker deployment on staging next week',
    'restart api-server in prod this coming friday',
    'on thursday please scale frontend to 5 in dev',
  ])('%s → unknown, nothing done', (command) => {
    const r = run(command);
    expect(r.intent).toBe('unknown');
    expect(r.ambiguous).toBe(true);
  });

  it.each([
    ['새벽 2시에 죄송한데 worker 운영 재시작 해주세요', 'restart'],
    ['금요일에 행사라 지금 cart-api 운영 6개로 늘려줘', 'scale'],
    ['revert cart-api in prod, checkout errors since 4am', 'rollback'],
  ] as const)('%s → the order now (%s)', (command, intent) => {
    const r = run(command);
    expect(r.intent).toBe(intent);
  });
});

describe('round 11: an incident remark beside an order is no part of it', () => {
  it.each([
    ['worker 운영 재시작 좀, 큐가 계속 쌓임', 'restart', 'worker', 'production'],
    ['cart-api 운영 롤백!! 주문이 하나도 안 들어옴', 'rollback', 'cart-api', 'production'],
    ['billing-api prod rollback — refunds double-charged', 'rollback', 'billing-api', 'production'],
    ['frontend staging restart pls, css is busted', 'restart', 'frontend', 'staging'],
  ] as const)('%s → %s', (command, intent, app, environment) => {
    const r = run(command);
    expect(r).toMatchObject({ intent, ambiguous: false, entities: { app, environment } });
  });

  it.each([
    'worker 운영 재시작, 괜찮을까',
    'api-server prod restart, or should we wait',
    'web-app 운영 롤백, 아니 재시작',
  ])('%s → never a clear change', (command) => {
    const r = run(command);
    expect(r.ambiguous || !['deploy', 'scale', 'rollback', 'restart', 'delete'].includes(r.intent)).toBe(
      true,
    );
  });
});

describe('round 11: politeness around an order frames it', () => {
  it.each([
    ['if it is not too much trouble, could you restart api-server on dev', 'restart', 'api-server'],
    ['When you find a moment, please roll back billing-api on staging.', 'rollback', 'billing-api'],
    ['Hello! worker in staging needs a quick restart, if you would be so kind', 'restart', 'worker'],
    ['cart-api on dev needs to be rolled back, go ahead', 'rollback', 'cart-api'],
    ['frontend 스테이징 재시작 해 주시면 너무 감사하겠습니다', 'restart', 'frontend'],
  ] as const)('%s → %s', (command, intent, app) => {
    const r = run(command);
    expect(r).toMatchObject({ intent, ambiguous: false, entities: { app } });
  });

  it('a read inside "if you don\'t mind" is the read', () => {
    expect(run("If you don't mind, show the recent api-server deployments on dev").intent).toBe('history');
  });

  it.each(['api-server on staging needs a restart', 'does worker need a restart?'])(
    '%s (a need said, nothing asked) → not a clear change',
    (command) => {
      const r = run(command);
      expect(r.intent !== 'restart' || r.ambiguous).toBe(true);
    },
  );
});

describe('round 11: reads asked in a few words', () => {
  it.each([
    ['cart-api 운영 배포 몇 시쯤 했어', 'history'],
    ['frontend v2.4.1 prod?', 'status'],
    ['worker 1.9.0 개발에 떠 있어?', 'status'],
    ['order-api staging pods crashlooping?', 'status'],
    ['등록된 앱 현재 전부 몇 개야', 'list'],
  ] as const)('%s → %s, nothing changed', (command, intent) => {
    expect(run(command).intent).toBe(intent);
  });

  it('a version sent somewhere with a question mark is still asked about as a deploy', () => {
    const r = run('frontend 2.4.1 to prod?');
    expect(r.intent === 'deploy' ? r.ambiguous : true).toBe(true);
  });
});

describe('round 11: set-to, help and history in other words', () => {
  it.each([
    ['hold cart-api at 4 on staging', { app: 'cart-api', environment: 'staging', replicas: 4 }],
    ['pin worker at 3 in dev', { app: 'worker', environment: 'development', replicas: 3 }],
  ] as const)('%s → scale to that count', (command, entities) => {
    expect(run(command)).toMatchObject({ intent: 'scale', ambiguous: false, entities });
  });

  it('a count in words after "at" is asked for, never guessed', () => {
    const r = run('keep worker at three in dev');
    expect(r.intent === 'scale' ? r.ambiguous || r.entities.replicas === 3 : true).toBe(true);
  });

  it.each(['how are we meant to ask you things', 'so how is one supposed to use this'])(
    '%s → help',
    (command) => {
      expect(run(command).intent).toBe('help');
    },
  );

  it.each(['지난주 스테이징 배포 전부', '최근 prod 롤백 다'])('%s → history, nothing changed', (command) => {
    expect(run(command).intent).toBe('history');
  });
});

// Round 11's labels dropped the count; rounds 15–21 keep it on the deploy, and so does the reader since round 21:
// the question asked back then offers the deploy with that count, which is what was asked for.
describe('round 11: a deploy joined to a scale is asked about, with its count', () => {
  it('frontend 2.0.4 스테이징에 올리고 5개로 늘려줘 → the deploy, asked about, with the count', () => {
    expect(run('frontend 2.0.4 스테이징에 올리고 5개로 늘려줘')).toMatchObject({
      intent: 'deploy',
      ambiguous: true,
      entities: { replicas: 5 },
    });
    expect(run('ship cart-api v1.3 to dev and then scale it to 6')).toMatchObject({
      intent: 'deploy',
      ambiguous: true,
    });
  });

  it('a count said for the deploy itself stays', () => {
    expect(run('web-app 4개로 배포해줘').entities.replicas).toBe(4);
  });
});

describe('round 11: a rate in an incident remark is neither a version nor a count', () => {
  it.each([
    ['memory 88% — worker prod 6개로', { app: 'worker', environment: 'production', replicas: 6 }],
    [
      'scale order-api in prod to 7, 5xx at 2.5%',
      { app: 'order-api', environment: 'production', replicas: 7 },
    ],
  ] as const)('%s → scale to the count said', (command, entities) => {
    const r = run(command);
    expect(r).toMatchObject({ intent: 'scale', entities });
    expect(r.entities.tag).toBeUndefined();
  });
});
