import { interpret } from './interpreter.js';

/** Classes of phrasing found on the train splits of the blind rounds; every sentence here is new. */
const knownApps = ['web-app', 'api', 'payment-svc', 'checkout'];
const read = (command: string) => interpret(command, { knownApps });

describe('interpreter: what follows an order without undoing it', () => {
  it.each([
    // the tag told after the order, in its own words (커밋 …, 태그 … 임, branch)
    ['checkout 스테이징에 배포해줘. 이미지 태그 1.8.2 임', 'deploy', { tag: '1.8.2' }],
    ['web-app 개발 배포요 커밋 9f3e2d1 태그로', 'deploy', { tag: '9f3e2d1' }],
    // politeness and an aside closing an English order
    ['ship checkout v2.4.0 to dev when you get a minute', 'deploy', { tag: 'v2.4.0' }],
    ['restart payment-svc on staging while I check the dashboards', 'restart', {}],
    // a bare 고 (go) and 요청함 closing a terse Korean order
    ['checkout 개발 배포 고', 'deploy', {}],
    ['개발 web-app 재시작 요청함', 'restart', {}],
    // a Korean sentence closed by an English operation verb
    ['web-app 개발에 hotfix-77 태그로 deploy', 'deploy', { tag: 'hotfix-77' }],
    ['payment-svc 개발 멈춤임 restart', 'restart', {}],
  ])('%s → %s', (command, intent, entities) => {
    const r = read(command);
    expect(r).toMatchObject({ intent, ambiguous: false });
    expect(r.entities).toMatchObject(entities);
  });

  it('an English verb after "to" or "the" in a Korean sentence is no order', () => {
    expect(read('혹시 web-app 이라는 script to deploy').ambiguous).toBe(true);
    expect(read('오늘 회의 주제는 web-app deploy').ambiguous).toBe(true);
  });
});

describe('interpreter: advice, refusals and what-ifs are never changes', () => {
  it.each([
    'refrain from deleting checkout this week please',
    'avoid redeploying web-app during the demo',
    'do you think we should roll back checkout in prod?',
    'we should probably restart payment-svc at some point',
    'would you recommend scaling web-app down on staging?',
    'checkout 레플리카 2개로 하면 응답 속도 어떻게 돼?',
    'web-app 리비전 4로 하면 어떻게 될까',
  ])('%s → unknown', (command) => {
    expect(read(command)).toMatchObject({ intent: 'unknown', ambiguous: true });
  });
});

describe('interpreter: lists of what runs, records that are not deployments', () => {
  it('"배포된 앱/서비스 뭐 있어" is a list; with a time word it is the history', () => {
    expect(read('개발에 배포된 앱들 뭐 있는지 보여줘')).toMatchObject({
      intent: 'list',
      entities: { environment: 'development' },
    });
    expect(read('배포된 서비스 어떤 게 있어?').intent).toBe('list');
    expect(read('어제 배포된 서비스 뭐 있어?').intent).toBe('history');
  });

  it.each([
    'show my browser history',
    'can I see the search history',
    'tell me the history of the printing press',
    'list of best pasta recipes',
    '주문 내역 어디서 봐요',
    'good evening everyone',
    '커피 마실 사람?',
  ])('%s → unknown', (command) => {
    expect(read(command).intent).toBe('unknown');
  });

  it('the history and list of deployments stay reads', () => {
    expect(read('history of web-app in prod').intent).toBe('history');
    expect(read('list of apps on staging').intent).toBe('list');
    expect(read('show me the history of deployments').intent).toBe('history');
  });
});

describe('interpreter: set-to with the replica count said at length', () => {
  it('"set X\'s replica count in production to N" is a scale to N', () => {
    expect(read("please set checkout's replica count in production to 9")).toMatchObject({
      intent: 'scale',
      ambiguous: false,
      entities: { app: 'checkout', environment: 'production', replicas: 9 },
    });
  });
});

describe('interpreter: slips inside Korean words and endings', () => {
  it.each([
    ['checkout 재시작해줭', 'restart'],
    ['web-app 개발에 배포해줘용', 'deploy'],
    ['payment-svc 롤ㄹ백해줘', 'rollback'],
    ['checkout 재시ㅈ작 부탁해', 'restart'],
  ])('%s → %s', (command, intent) => {
    expect(read(command)).toMatchObject({ intent, ambiguous: false });
  });

  it('a jamo after or inside a production word is still a look-alike, asked about', () => {
    expect(read('checkout 운ㅇ영 로그').entities.environment).not.toBe('production');
    const r = read('checkout 운영ㅇ에 재시작해줘');
    expect(r.ambiguous).toBe(true);
    expect(r.entities.environment).not.toBe('production');
  });
});

describe('interpreter: causes, waits and conditions around a change', () => {
  it.each([
    'web-app 재시작 때문에 알림이 엄청 왔네',
    'checkout rollback 탓에 주문이 잠깐 끊겼음',
    'checkout 운영 배포는 QA 승인 받고 진행할게요, 잠시 기다려 주세요',
    'payment-svc 삭제는 일단 대기해 주세요',
    'if the canary on staging looks good, ship checkout to prod afterwards',
    'If it is still slow after lunch we can restart web-app.',
  ])('%s → no change', (command) => {
    const r = read(command);
    expect(r.intent === 'unknown' || r.ambiguous).toBe(true);
  });

  it('"read it, and if it is bad, change it" asks the read now', () => {
    expect(read('개발 checkout 로그 보고 에러 나면 롤백해')).toMatchObject({
      intent: 'logs',
      ambiguous: false,
      entities: { app: 'checkout', environment: 'development' },
    });
    expect(read('web-app 상태 확인하고 느리면 재시작해').intent).toBe('status');
    // asked for outright ("…해줘"): which one is meant is asked
    expect(read('web-app 상태 확인하고 느리면 재시작해줘').ambiguous).toBe(true);
  });

  it('a cause told before an order keeps the order', () => {
    expect(read('배포 때문에 에러가 나요 checkout 롤백해주세요')).toMatchObject({
      intent: 'rollback',
      ambiguous: false,
    });
  });
});

describe('interpreter: questions about words and chit-chat', () => {
  it.each([
    '스테이징이랑 stg는 같은 뜻인가요?',
    '개발이랑 dev 같은 의미야?',
    'write a short poem about pods',
  ])('%s → unknown', (command) => {
    expect(read(command).intent).toBe('unknown');
  });
});

describe('interpreter: concessions, how far revisions went, what a word does, a count joined after a deploy', () => {
  it.each([
    'checkout 개발에서 지워도 스테이징은 문제 없겠죠?',
    'web-app 운영 재시작해도 괜찮을까',
    'payment-svc 줄여도 상관 없겠지',
  ])('%s → no change', (command) => {
    expect(read(command).intent).toBe('unknown');
  });

  it('"revision 몇까지 갔어" asks the history', () => {
    expect(read('checkout 스테이징 리비전 몇까지 올라갔어?')).toMatchObject({
      intent: 'history',
      entities: { app: 'checkout', environment: 'staging' },
    });
  });

  it('"X는 뭘 하는 거예요" asks about a word', () => {
    expect(read('롤링 업데이트는 뭘 바꾸는 거예요?').intent).toBe('unknown');
  });

  it('a count joined after a deploy stays with it, the deploy asked about (since round 21: rounds 15–21 label it so)', () => {
    const r = read('checkout v3.2.0 개발에 배포하고 4개로 늘려줘');
    expect(r).toMatchObject({ intent: 'deploy', ambiguous: true });
    expect(r.entities.replicas).toBe(4);
    expect(read('deploy checkout with 2 replicas').entities.replicas).toBe(2);
  });
});

describe('interpreter: acknowledgements and environment names', () => {
  it('a read told back as seen ("확인했어요", "confirmed, thanks") is no question', () => {
    expect(read('checkout 재시작된 거 확인했습니다 고마워요').intent).toBe('unknown');
    expect(read('web-app status confirmed, thanks').intent).toBe('unknown');
    expect(read('checkout 재시작된 거 확인했어?').intent).not.toBe('unknown');
  });

  it('asking which environment aliases exist is help', () => {
    expect(read('environment alias 어떤 게 있어요?').intent).toBe('help');
    expect(read('쓸 수 있는 환경 별칭 알려줘').intent).toBe('help');
  });
});

describe('interpreter: a question about a registered app with no operation word asks its status', () => {
  it.each([
    ['did checkout come back on staging?', { app: 'checkout', environment: 'staging' }],
    ['web-app 개발에서 메모리 여유 있어?', { app: 'web-app', environment: 'development' }],
    ['is payment-svc on the latest build yet?', { app: 'payment-svc' }],
  ])('%s → status', (command, entities) => {
    expect(read(command)).toMatchObject({ intent: 'status', ambiguous: false, entities });
  });

  it.each([
    'would bouncing checkout clear the cache?',
    'checkout 지울까?',
    'do you think web-app needs more replicas?',
  ])('an operation in another form is no status question: %s', (command) => {
    expect(read(command).intent).not.toBe('status');
  });
});

describe('interpreter: operations in a time window, audit trails and who pushed are the history', () => {
  it.each([
    ['checkout releases in prod since monday', { app: 'checkout', environment: 'production' }],
    ['any rollbacks on staging last week?', { environment: 'staging' }],
    ['audit trail for web-app', { app: 'web-app' }],
    ['who shipped the newest payment-svc build?', { app: 'payment-svc' }],
  ])('%s → history', (command, entities) => {
    expect(read(command)).toMatchObject({ intent: 'history', ambiguous: false, entities });
  });

  it('"no restarts … today" refuses, it asks no history', () => {
    expect(read('no rollbacks for checkout today please').intent).toBe('unknown');
  });
});
