import { expectConversation } from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on the train splits of blind rounds 18 and 18c (a university's registration and learning
 * platform in the first week of a semester, 2026-12-02), and the safety fixes of their unsafe dev readings; new
 * sentences.
 */
const KNOWN_APPS = ['shop-ui', 'ledger', 'mailer', 'search-api', 'queue-worker'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('an order for a later clock time or a finished event is put off', () => {
  it.each([
    'Bounce mailer prod at 23:30.',
    'Once the payroll export has finished, please scale ledger in production to 3 replicas.',
    'when the nightly import is done, restart queue-worker on staging',
    '이따가 ledger 스테이징 지워줘',
  ])('%s', (command) => {
    expect(said(command)).toMatchObject({ intent: 'unknown', ambiguous: true });
  });

  it('a clock time in a report of what happened leaves the order for now', () => {
    expect(said('restart mailer prod, it hung at 02:10')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
      entities: { app: 'mailer', environment: 'production' },
    });
  });
});

describe('written orders and remarks after them', () => {
  it('"…배포하도록", "…배포할 것" (a written instruction) order', () => {
    expect(said('ledger 스테이징에 v1.2.0 배포하도록')).toMatchObject({ intent: 'deploy', ambiguous: false });
    expect(said('mailer 개발 재시작할 것')).toMatchObject({ intent: 'restart', ambiguous: false });
  });

  it('"밤 11시 … 재시작할 것" is for later', () => {
    expect(said('밤 11시 mailer 운영 재시작할 것')).toMatchObject({ intent: 'unknown', ambiguous: true });
  });

  it('"… 안함", "(… 안돼요)" after an order report something, they refuse nothing; "배포 안함" still refuses', () => {
    expect(said('search-api 개발 하나로 줄이자 ㅋㅋ 주말엔 아무도 접속 안함')).toMatchObject({
      intent: 'scale',
    });
    expect(said('ledger 운영 재시작 해주세요 (결제 화면 저장 안돼요)')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
    });
    expect(said('ledger 운영 배포 안함').intent).not.toBe('deploy');
  });

  it('a laugh glued to the ending ("재시작햌ㅋ") keeps the order', () => {
    expect(said('mailer 개발 재시작햌ㅋ')).toMatchObject({ intent: 'restart', ambiguous: false });
  });
});

describe('a version and a count', () => {
  it('"ledger prod v3.1.0 replicas 4. Go." deploys that version with 4 replicas (no scale that drops it)', () => {
    expect(said('ledger prod v3.1.0 replicas 4. Go.')).toMatchObject({
      intent: 'deploy',
      entities: { app: 'ledger', environment: 'production', tag: 'v3.1.0', replicas: 4 },
    });
    expect(said('ledger prod replicas 4')).toMatchObject({
      intent: 'scale',
      entities: { replicas: 4 },
    });
  });
});

describe('counts of an operation are a status read', () => {
  it('"restart 횟수", "deploy 횟수" beside English words ask, they restart nothing', () => {
    expect(said('queue-worker 운영 restart 횟수 좀 알려줘')).toMatchObject({
      intent: 'status',
      ambiguous: false,
    });
  });
});

describe('round 18c: a yes that names the plan, a count more with a remark', () => {
  it('"운영 맞음. 진행." after a correction to production confirms the restart planned there', () =>
    expectConversation(
      [
        ['ledger 재시작. 스테이징.', 'restart', { app: 'ledger', environment: 'staging' }],
        ['아니 운영.', 'restart', { app: 'ledger', environment: 'production' }],
        ['운영 맞음. 진행.', 'confirm', { app: 'ledger', environment: 'production' }],
      ],
      KNOWN_APPS,
    ));

  it('"2개 더 ㄱ 트래픽 폭주" asks the total; "ㅇㅇ 7개 ㄱ" confirms the 7 then planned', () =>
    expectConversation(
      [
        ['queue-worker 운영 몇개 떠있어?', 'status', { app: 'queue-worker', environment: 'production' }],
        ['2개 더 ㄱ 트래픽 폭주', 'scale', { app: 'queue-worker', environment: 'production' }, true],
        ['아 합쳐서 7개', 'scale', { app: 'queue-worker', environment: 'production', replicas: 7 }],
        ['ㅇㅇ 7개 ㄱ', 'confirm', { app: 'queue-worker', environment: 'production', replicas: 7 }],
      ],
      KNOWN_APPS,
    ));

  it('"Approved. Proceed with 6." confirms a scale to 6; with another number it confirms nothing', () => {
    expectConversation(
      [
        [
          'Scale search-api prod to 6.',
          'scale',
          { app: 'search-api', environment: 'production', replicas: 6 },
        ],
        [
          'Approved. Proceed with 6.',
          'confirm',
          { app: 'search-api', environment: 'production', replicas: 6 },
        ],
      ],
      KNOWN_APPS,
    );
    expectConversation(
      [
        [
          'Scale search-api prod to 6.',
          'scale',
          { app: 'search-api', environment: 'production', replicas: 6 },
        ],
        ['Approved. Proceed with 5.', 'unknown', {}, true],
      ],
      KNOWN_APPS,
    );
  });

  it('"ㅇㅋ 암튼 삭제 ㄱ" after a help question confirms the waiting delete', () =>
    expectConversation(
      [
        ['ledger 개발 지워 이제 안씀', 'delete', { app: 'ledger', environment: 'development' }],
        ['근데 너 뭐 할수있음?ㅋㅋ', 'help', {}],
        ['ㅇㅋ 암튼 삭제 ㄱ', 'confirm', { app: 'ledger', environment: 'development' }],
      ],
      KNOWN_APPS,
    ));
});
