import { expectConversation, type ExpectedTurn } from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on the train splits of blind rounds 12 and 12c (2026-12-02); every sentence here is
 * new — none is taken from a round.
 */
const KNOWN_APPS = ['shop-ui', 'ledger', 'mailer', 'search-api', 'queue-worker'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('single commands', () => {
  it.each([
    // the formal "let's" (-ㅂ시다) is the plain "let's" every order rule reads
    [
      'ledger 운영을 v3.1.0으로 되돌립시다',
      'rollback',
      { app: 'ledger', environment: 'production', tag: 'v3.1.0' },
    ],
    ['mailer 개발에 올립시다', 'deploy', { app: 'mailer', environment: 'development' }],
    // "0으로 꺼" turns the app off: a scale to the 0 that is said
    ['shop-ui 스테이징 거 0으로 꺼줘', 'scale', { app: 'shop-ui', environment: 'staging', replicas: 0 }],
    // "when did …" / "언제 …됐어" ask when: the history
    ['when was ledger last deployed?', 'history', { app: 'ledger' }],
    ['mailer 언제 재시작됐어?', 'history', { app: 'mailer' }],
    // pods or replicas "ready/healthy" asked about: the status
    ['are the search-api pods healthy in prod?', 'status', { app: 'search-api', environment: 'production' }],
    // what runs somewhere, asked of one registered app: its status, not every app's list
    [
      'is ghcr.io/acme/shop-ui:2.0.1 what is running on staging?',
      'status',
      { app: 'shop-ui', environment: 'staging' },
    ],
    // how to say it: help
    ['뭐라고 입력하면 롤백 돼?', 'help', {}],
    ['what do i type to scale something?', 'help', {}],
    // the reason given for a removal is no refusal of it
    [
      'delete queue-worker from dev, we do not need it there anymore',
      'delete',
      { app: 'queue-worker', environment: 'development' },
    ],
  ])('%s → %s', (command, intent, entities) => {
    const r = said(command);
    expect(r).toMatchObject({ intent, ambiguous: false });
    expect(r.entities).toMatchObject(entities);
  });

  it('a reason in other words ("we don\'t use it there anymore") refuses nothing either', () => {
    expect(said("remove mailer from dev, we don't use it there anymore")).toMatchObject({
      intent: 'delete',
      ambiguous: false,
      entities: { app: 'mailer', environment: 'development' },
    });
    expect(said("don't use mailer").intent).toBe('unknown');
  });

  it('"응답이 느려" (it is slow) is a complaint, no 늘려 (scale up) typed a letter off', () => {
    expect(said('ledger 응답이 너무 느려').intent).not.toBe('scale');
  });

  it.each(['restart mailer later', '나중에 ledger 재시작 좀', 'deploy shop-ui to prod later today'])(
    '%s: put off until later, nothing done now',
    (command) => {
      const r = said(command);
      expect(r.intent).toBe('unknown');
    },
  );

  it('"is the router healthy on prod?" asks which app (an unregistered thing), it lists nothing', () => {
    const r = said('is the router healthy on prod?');
    expect(r).toMatchObject({ intent: 'status', ambiguous: true });
    expect(r.entities.app).toBeUndefined();
  });

  it('"… 버전으로 복구해" is a rollback to that version, never a deploy of it', () => {
    const r = said('ledger 운영 v2.0.0 버전으로 복구해줘');
    expect(r.intent).toBe('rollback');
  });
});

describe('conversations', () => {
  it.each<[string, ExpectedTurn[]]>([
    [
      'a doubled yes, and one with an acknowledgement before it, confirm the waiting plan',
      [
        ['restart ledger in production', 'restart', { app: 'ledger', environment: 'production' }],
        ['넵넵', 'confirm', { app: 'ledger', environment: 'production' }],
        ['delete mailer from prod', 'delete', { app: 'mailer', environment: 'production' }],
        ['아하 그렇군요, 네 삭제 진행해 주세요', 'confirm', { app: 'mailer', environment: 'production' }],
      ],
    ],
    [
      '"sure thing" and "asap" beside a yes are no new command',
      [
        ['roll back search-api on prod', 'rollback', { app: 'search-api', environment: 'production' }],
        ['sure thing, go', 'confirm', { app: 'search-api', environment: 'production' }],
      ],
    ],
    [
      'whether the last change went through, asked as "…됐는지 확인해 줘" or "…내려갔는지 봐 줘"',
      [
        [
          '스테이징 queue-worker 다섯 개로 늘려',
          'scale',
          { app: 'queue-worker', environment: 'staging', replicas: 5 },
        ],
        ['스케일 됐는지 확인 좀 해 줘', 'status', { app: 'queue-worker', environment: 'staging' }],
        ['진짜 다 내려갔는지 한 번 봐 줘', 'status', { app: 'queue-worker', environment: 'staging' }],
      ],
    ],
    [
      '"hmm, do it one more time" repeats the last operation as it was',
      [
        ['restart mailer in development', 'restart', { app: 'mailer', environment: 'development' }],
        ['hmm, do it again', 'restart', { app: 'mailer', environment: 'development' }],
      ],
    ],
    [
      'pods still crashlooping, and whether the revert worked, after working on one app',
      [
        ['restart shop-ui on staging', 'restart', { app: 'shop-ui', environment: 'staging' }],
        ['any pods still crashlooping', 'status', { app: 'shop-ui', environment: 'staging' }],
        ['was the revert successful', 'status', { app: 'shop-ui', environment: 'staging' }],
      ],
    ],
  ])('%s', (_name, turns) => expectConversation(turns, KNOWN_APPS));
});
