import {
  expectConversation as expectReplayed,
  replayConversation,
  type ExpectedTurn as Expected,
} from '../../../../test/support/nlp-conversation-replay.js';

/**
 * Follow-ups a person would recognise, one class per block: each conversation is replayed through the service's
 * conversation path; a turn expects `[command, intent (or the reply confirm/cancel), entities, ambiguous?]`.
 */
const KNOWN_APPS = ['shop-ui', 'ledger', 'mailer', 'search-api', 'queue-worker', 'report-job'];
const replay = (turns: readonly Expected[]) => replayConversation(turns, KNOWN_APPS);
const expectConversation = (turns: readonly Expected[]) => expectReplayed(turns, KNOWN_APPS);

describe('a yes with the waiting plan’s own operation confirms it (never a second plan)', () => {
  it.each<[string, Expected[]]>([
    [
      'Korean yes + bare verb',
      [
        ['운영 mailer 삭제해줘', 'delete', { app: 'mailer', environment: 'production' }],
        ['ㅇㅇ 삭제해', 'confirm', { app: 'mailer', environment: 'production' }],
      ],
    ],
    [
      'English yes + verb + pronoun',
      [
        ['restart ledger in prod', 'restart', { app: 'ledger', environment: 'production' }],
        ['yep, restart it', 'confirm', { app: 'ledger', environment: 'production' }],
      ],
    ],
    [
      'the plan’s own app said again',
      [
        ['roll back search-api on production', 'rollback', { app: 'search-api', environment: 'production' }],
        ['ok roll back search-api', 'confirm', { app: 'search-api', environment: 'production' }],
      ],
    ],
    [
      'an English confirm phrase',
      [
        ['remove report-job from dev', 'delete', { app: 'report-job', environment: 'development' }],
        ['fine, carry on', 'confirm', { app: 'report-job', environment: 'development' }],
      ],
    ],
    [
      'a refusal with 할래',
      [
        ['queue-worker 운영에서 지워줘', 'delete', { app: 'queue-worker', environment: 'production' }],
        ['음 아니 취소할래', 'cancel', { app: 'queue-worker', environment: 'production' }],
      ],
    ],
  ])('%s', (_name, turns) => expectConversation(turns));

  it('a yes with another app is that app’s own command, not a confirmation of the plan', () => {
    const [, second] = replay([
      ['restart ledger in prod', 'restart', {}],
      ['yes, restart mailer', 'restart', {}],
    ]);
    expect(second[1]).toBe('restart');
    expect(second[2]).toEqual({ app: 'mailer', environment: 'staging' });
  });

  it('a yes with the operation asked as a question confirms nothing', () => {
    const [, second] = replay([
      ['delete mailer in prod', 'delete', {}],
      ['yes delete it?', 'unknown', {}],
    ]);
    expect(second[1]).not.toBe('confirm');
  });
});

describe('an outcome question after an operation reads the status of its app there', () => {
  it.each<[string, Expected[]]>([
    [
      'a Korean perfective "… 끝난 거야?"',
      [
        [
          'shop-ui 2.0.3 개발에 배포해줘',
          'deploy',
          { app: 'shop-ui', environment: 'development', tag: '2.0.3' },
        ],
        ['배포 다 끝난 거야?', 'status', { app: 'shop-ui', environment: 'development' }],
      ],
    ],
    [
      'a scale checked with "잘 줄었어?"',
      [
        ['ledger 스테이징 2개로 줄여줘', 'scale', { app: 'ledger', environment: 'staging', replicas: 2 }],
        ['잘 줄었어?', 'status', { app: 'ledger', environment: 'staging' }],
      ],
    ],
    [
      'a count checked, not set ("이제 다섯 개 맞아?")',
      [
        ['개발 mailer 5개로 늘려줘', 'scale', { app: 'mailer', environment: 'development', replicas: 5 }],
        ['이제 다섯 개 맞아?', 'status', { app: 'mailer', environment: 'development' }],
      ],
    ],
    [
      'after a confirmed delete ("정말 지워진 거지?")',
      [
        ['report-job 개발에서 삭제', 'delete', { app: 'report-job', environment: 'development' }],
        ['응 진행', 'confirm', { app: 'report-job', environment: 'development' }],
        ['정말 지워진 거지?', 'status', { app: 'report-job', environment: 'development' }],
      ],
    ],
    [
      'English "are all N up yet?" and "is it really gone?"',
      [
        [
          'scale search-api to 4 in dev',
          'scale',
          { app: 'search-api', environment: 'development', replicas: 4 },
        ],
        ['are all 4 running now?', 'status', { app: 'search-api', environment: 'development' }],
        ['delete queue-worker on staging', 'delete', { app: 'queue-worker', environment: 'staging' }],
        ['yes', 'confirm', { app: 'queue-worker', environment: 'staging' }],
        [
          'has it really been removed from staging?',
          'status',
          { app: 'queue-worker', environment: 'staging' },
        ],
      ],
    ],
    [
      'the app just worked on, named again ("ledger back up 됐나?")',
      [
        ['restart ledger on dev', 'restart', { app: 'ledger', environment: 'development' }],
        ['ledger back up 됐나?', 'status', { app: 'ledger', environment: 'development' }],
      ],
    ],
  ])('%s', (_name, turns) => expectConversation(turns));

  it('with nothing done before, a perfective question is no command', () => {
    const [first] = replay([['다 끝난 거야?', 'unknown', {}]]);
    expect(first[1]).toBe('unknown');
  });
});

describe('a count of lines is a log read of the app just worked on', () => {
  it.each<[string, Expected[]]>([
    [
      'after a scale ("그럼 last 15 lines")',
      [
        ['scale mailer to 3 on dev', 'scale', { app: 'mailer', environment: 'development', replicas: 3 }],
        ['그럼 last 15 lines', 'logs', { app: 'mailer', environment: 'development', lines: 15 }],
      ],
    ],
    [
      'after a log read ("only the last 30")',
      [
        ['show search-api logs on staging', 'logs', { app: 'search-api', environment: 'staging' }],
        ['only the last 30', 'logs', { app: 'search-api', environment: 'staging', lines: 30 }],
      ],
    ],
  ])('%s', (_name, turns) => expectConversation(turns));
});

describe('a status question naming only an environment, right after working on one app, is about that app', () => {
  it.each<[string, Expected[]]>([
    [
      'Korean, another environment',
      [
        ['queue-worker 개발에서 재시작해줘', 'restart', { app: 'queue-worker', environment: 'development' }],
        ['운영 쪽 상태는 괜찮아?', 'status', { app: 'queue-worker', environment: 'production' }],
      ],
    ],
    [
      'English, the environment just used',
      [
        [
          'deploy shop-ui 4.1.0 to dev',
          'deploy',
          { app: 'shop-ui', environment: 'development', tag: '4.1.0' },
        ],
        ['check the status in dev', 'status', { app: 'shop-ui', environment: 'development' }],
      ],
    ],
  ])('%s', (_name, turns) => expectConversation(turns));

  it.each(['운영 전체 상태 보여줘', 'status of all apps in production', '운영 앱 목록'])(
    'a list asked for ("%s") stays a list',
    (command) => {
      const [, second] = replay([
        ['restart mailer on dev', 'restart', {}],
        [command, 'list', {}],
      ]);
      expect(second[1]).toBe('list');
      expect(second[2]).toEqual({ environment: 'production' });
    },
  );
});

describe('a history asking who or what was deployed is over every app', () => {
  it.each<[string, Expected[]]>([
    [
      'Korean "누가 … 배포했어?"',
      [
        ['mailer 1.4.2 스테이징 배포', 'deploy', { app: 'mailer', environment: 'staging', tag: '1.4.2' }],
        ['어제 누가 배포했는지 이력 좀', 'history', {}],
      ],
    ],
    [
      'English "what got released …?"',
      [
        ['deploy ledger 0.9.1 to dev', 'deploy', { app: 'ledger', environment: 'development', tag: '0.9.1' }],
        ['what got released last week?', 'history', {}],
        ['restart mailer', 'restart', { app: 'mailer', environment: 'staging' }],
      ],
    ],
  ])('%s', (_name, turns) => expectConversation(turns));

  it('a history of "it" stays the app just worked on', () => {
    const [, second] = replay([
      ['deploy ledger 0.9.1 to dev', 'deploy', {}],
      ['show its deployment history', 'history', {}],
    ]);
    expect(second[2]).toEqual({ app: 'ledger' });
  });
});

describe('after "never mind", a read asked instead is the command; a change there stays refused', () => {
  it.each<[string, Expected[]]>([
    [
      'English dismissal, Korean read',
      [
        ['is search-api ok on dev', 'status', { app: 'search-api', environment: 'development' }],
        ['should I restart it?', 'unknown', {}, true],
        ['nvm, 로그 좀 보여줘', 'logs', { app: 'search-api', environment: 'development' }],
      ],
    ],
    [
      'a plan dropped for a read; a later yes confirms nothing',
      [
        ['report-job 운영에서 롤백해', 'rollback', { app: 'report-job', environment: 'production' }],
        ['그건 됐고 상태나 알려줘', 'status', { app: 'report-job', environment: 'production' }],
        ['응', 'unknown', {}, true],
      ],
    ],
  ])('%s', (_name, turns) => expectConversation(turns));

  it('a change behind "forget it" is not run', () => {
    const [, second] = replay([
      ['delete mailer in prod', 'delete', {}],
      ['forget it, restart it instead', 'unknown', {}],
    ]);
    expect(['unknown', 'cancel']).toContain(second[1]);
  });
});

describe('a history of everything after one app ("전체 이력은?") is over every app', () => {
  it('Korean', () =>
    expectConversation([
      ['운영 ledger 상태', 'status', { app: 'ledger', environment: 'production' }],
      ['전체 배포 이력 보여줘', 'history', {}],
    ]));
});

describe('a what-if about an operation ("N이면 … 어떻게 돼?") is no command and leaves the plan waiting', () => {
  it.each<[string, Expected[]]>([
    [
      'Korean conditional after a scale to 0',
      [
        [
          '운영 queue-worker 0개로 줄여줘',
          'scale',
          { app: 'queue-worker', environment: 'production', replicas: 0 },
        ],
        ['0개면 메시지는 어떻게 돼?', 'unknown', {}, true],
        ['ok 진행해', 'confirm', { app: 'queue-worker', environment: 'production', replicas: 0 }],
      ],
    ],
    [
      'a read asked as a what-if',
      [
        ['restart mailer on dev', 'restart', { app: 'mailer', environment: 'development' }],
        ['운영에서 재시작되면 상태 괜찮을까?', 'unknown', {}, true],
      ],
    ],
  ])('%s', (_name, turns) => expectConversation(turns));
});

describe('a report of the past is no command and carries nothing over', () => {
  it.each<[string, Expected[]]>([
    [
      'English "we … last week btw"',
      [
        ['deploy ledger 3.3.0 to dev', 'deploy', { app: 'ledger', environment: 'development', tag: '3.3.0' }],
        ['fyi we shipped it to prod on monday lol', 'unknown', {}, true],
        ['is the dev one healthy?', 'status', { app: 'ledger', environment: 'development' }],
      ],
    ],
    [
      'Korean "… 했었음"',
      [
        ['restart mailer on staging', 'restart', { app: 'mailer', environment: 'staging' }],
        ['지난주에 운영에서도 restart 했었음', 'unknown', {}, true],
      ],
    ],
  ])('%s', (_name, turns) => expectConversation(turns));
});

describe('a yes to "did you mean …?" takes the app offered, not what the suggestion only spelled out', () => {
  it.each<[string, Expected[]]>([
    [
      'log lines the user did not ask for',
      [
        ['mailr 로그 좀', 'logs', { environment: 'staging' }, true],
        ['네', 'logs', { app: 'mailer', environment: 'staging' }],
      ],
    ],
    [
      'log lines the user asked for stay',
      [
        ['show 30 lines of ledgr logs in dev', 'logs', { environment: 'development', lines: 30 }, true],
        ['yes', 'logs', { app: 'ledger', environment: 'development', lines: 30 }],
      ],
    ],
  ])('%s', (_name, turns) => expectConversation(turns));
});

describe('"the former" / "the latter" pick among the apps offered (they are no app names)', () => {
  it('English', () =>
    expectConversation([
      ['restart mailer and ledger on dev', 'restart', { environment: 'development' }, true],
      ['the latter please', 'restart', { app: 'ledger', environment: 'development' }],
    ]));
});

describe('a remark after an operation ("로컬에서는 잘 되던데") is no outcome question', () => {
  it('Korean remark endings', () =>
    expectConversation([
      ['deploy shop-ui 5.0.0 to dev', 'deploy', { app: 'shop-ui', environment: 'development', tag: '5.0.0' }],
      ['로컬에서는 잘 되던데', 'unknown', {}, true],
      ['잘 떴어?', 'status', { app: 'shop-ui', environment: 'development' }],
    ]));
});
