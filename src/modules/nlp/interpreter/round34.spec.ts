import {
  expectClearReadings,
  expectConversation,
  expectEachAnswerToPlan,
  expectProductionAskedAbout,
} from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on blind rounds 34 and 34c (a weather service on a heavy-rain warning day, 2026-12-03) — a
 * terse meteorologist, a careful elder at the console, a Polish engineer's English, a Turkish engineer's English —
 * with the safety fixes of round 34's unsafe readings; new sentences.
 */
const KNOWN_APPS = ['forecast-web', 'forecast-api', 'alert-worker', 'partner-login', 'radar-batch'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('round 34: the safety fixes', () => {
  it('a pod count is no revision: "8개로 증설 필. 지난주 롤백 이후 …" scales, it never rolls back', () => {
    expectClearReadings(said, [
      [
        'forecast-api 운영 pod 8개로 증설 필. 지난주 롤백 이후 응답 지연 지속',
        'scale',
        { app: 'forecast-api', environment: 'production', replicas: 8 },
      ],
    ]);
  });

  it('production in other words (현업, canlı, prodüksiyon) is asked about, and so is an unregistered name', () => {
    expectProductionAskedAbout(said, [
      'forecast-api 현업 서버 재기동 요.',
      'Scale partner-login on canlı to 6 abi.',
      'Delete alert-worker from prodüksiyon, lütfen.',
    ]);
    expect(said('flood-map 스테이징은 잘 되는 건가요?')).toMatchObject({ ambiguous: true });
  });
});

describe('round 34: the train split', () => {
  it('the forecaster\'s "재기동 필", "배포 요함"; the elder\'s "해주셔용"; Polish and Turkish politeness', () => {
    expectClearReadings(said, [
      [
        'radar-batch 개발 재기동 필. 레이더 수집 누락',
        'restart',
        { app: 'radar-batch', environment: 'development' },
      ],
      [
        '운영 forecast-api v2.0.3 배포 요함. 특보 필드 추가분',
        'deploy',
        { app: 'forecast-api', environment: 'production', tag: 'v2.0.3' },
      ],
      [
        '스테이징 alert-worker 좀 재시작 해주셔용',
        'restart',
        { app: 'alert-worker', environment: 'staging' },
      ],
      [
        'Restart forecast-web on staging teraz, proszę',
        'restart',
        { app: 'forecast-web', environment: 'staging' },
      ],
      [
        'Deploy forecast-api v2.1.0 to dev lütfen, hemen',
        'deploy',
        { app: 'forecast-api', environment: 'development', tag: 'v2.1.0' },
      ],
    ]);
  });
});

const CONVERSATION_APPS = ['web-app', 'api-server', 'billing-api', 'batch-job', 'worker'];

describe('round 34c: answers in these voices', () => {
  it('"확인, 진행 요", "Tak, tak", "Evet, şimdi" confirm; production said outright answers "did you mean production?"', () => {
    const order = [
      'restart worker on prod',
      'restart',
      { app: 'worker', environment: 'production' },
    ] as const;
    expectEachAnswerToPlan(
      order,
      ['확인, 진행 요', 'Tak, tak', 'Evet, şimdi, 빨리'],
      'confirm',
      CONVERSATION_APPS,
    );
    expectConversation(
      [
        ['restart api-server on canlı', 'restart', { app: 'api-server' }, true],
        [
          'Evet, production. Canlı is our word for it',
          'restart',
          { app: 'api-server', environment: 'production' },
        ],
      ],
      CONVERSATION_APPS,
    );
  });
});
