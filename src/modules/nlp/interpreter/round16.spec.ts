import { expectConversation } from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on the train split of blind rounds 16 and 16c (a streaming service's live sports weekend,
 * 2026-12-02), and the safety fixes of round 16's two unsafe dev readings; new sentences.
 */
const KNOWN_APPS = ['shop-ui', 'ledger', 'mailer', 'search-api', 'queue-worker'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('production is not taken on a guess', () => {
  it('"운영헤" (에 typed 헤) is a look-alike: asked about, the environment left out', () => {
    const r = said('mailer 운영헤 로그 보여줘');
    expect(r).toMatchObject({ intent: 'logs', ambiguous: true, entities: { app: 'mailer' } });
    expect(r.entities.environment).toBeUndefined();
  });

  it('a go-word the only word of a deploy to production is asked about; with a version it is the order', () => {
    expect(said('ledger 운영 ㄱㄱ')).toMatchObject({ intent: 'deploy', ambiguous: true });
    expect(said('ledger v4.1.0 운영 ㄱㄱ')).toMatchObject({ intent: 'deploy', ambiguous: false });
  });

  it('"킥오프 1시간 전에 …" puts the order off; "1시간 전에 배포한 …" names a past deploy', () => {
    expect(said('중계 30분 전에 search-api 운영 20개로 늘려줘')).toMatchObject({
      intent: 'unknown',
      ambiguous: true,
    });
    expect(said('1시간 전에 배포한 버전으로 search-api 스테이징 롤백해')).toMatchObject({
      intent: 'rollback',
      ambiguous: false,
    });
  });
});

describe('an order said as its bare noun, then what is broken', () => {
  it('"운영 queue-worker 재시작 발송 막힘" is the restart; "재시작 다 끝남" reports it', () => {
    expect(said('운영 queue-worker 재시작 발송 막힘')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
      entities: { app: 'queue-worker', environment: 'production' },
    });
    expect(said('queue-worker 재시작 다 끝남').ambiguous).toBe(true);
  });
});

describe('round 16c: answers and outcome questions', () => {
  it('"mailer 쪽 ㄱ 발송 느림" answers which app to restart; "ㅇㅇ 고고고" and "됐냐" follow', () =>
    expectConversation(
      [
        ['restart the app on staging', 'restart', { environment: 'staging' }, true],
        ['mailer 쪽 ㄱ 발송 느림', 'restart', { app: 'mailer', environment: 'staging' }],
        ['됐냐', 'status', { app: 'mailer', environment: 'staging' }],
      ],
      KNOWN_APPS,
    ));

  it('"ㅇㅇ 빨리해" confirms; "did that restart work? sorry just checking" asks the outcome', () =>
    expectConversation(
      [
        ['ledger 운영 재시작해줘', 'restart', { app: 'ledger', environment: 'production' }],
        ['ㅇㅇ 빨리해', 'confirm', { app: 'ledger', environment: 'production' }],
        [
          'did that restart work? sorry just checking',
          'status',
          { app: 'ledger', environment: 'production' },
        ],
      ],
      KNOWN_APPS,
    ));

  it('"Could you tell me whether the rollback completed?" asks how the last operation went', () =>
    expectConversation(
      [
        ['roll back search-api in prod', 'rollback', { app: 'search-api', environment: 'production' }],
        ['ㅇㅇ 고고고', 'confirm', { app: 'search-api', environment: 'production' }],
        [
          'Could you tell me whether the rollback completed?',
          'status',
          { app: 'search-api', environment: 'production' },
        ],
      ],
      KNOWN_APPS,
    ));
});
