import {
  expectClearReadings,
  expectConversation,
  expectEachAnswerToPlan,
  expectProductionAskedAbout,
  replayConversation,
} from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on blind rounds 43 and 43c (a water and district-heating utility on a cold-wave night,
 * 2026-12-04) — stock and coin slang, an elder's text-message Korean, a Ukrainian engineer's English, a New
 * Zealander's — with the safety fixes of their unsafe readings; new sentences.
 */
const KNOWN_APPS = ['leak-api', 'valve-web', 'pressure-worker', 'meter-batch', 'relief-billing'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('round 43: the safety fixes', () => {
  it('실계좌 / 실전계좌 (the real trading account), vyrobnytstvo (Ukrainian) and pre-live are asked about', () => {
    expectProductionAskedAbout(said, [
      'valve-web v2.0.1 실전계좌에 배포 ㄱㄱ',
      '실계좌 쪽 leak-api 재시작해 주세요',
      'Scale pressure-worker on vyrobnytstvo to 12, shvydko',
      'Chuck valve-web 3.1.0 on pre-live, chur',
    ]);
  });

  it('"네" beside "진행해주세요" is yes, never the count four', () => {
    const [, answered] = replayConversation(
      [
        ['운영 pressure-worker 12개로 늘려주세요', 'scale', {}],
        ['아 그러니까 진행하라는 거예요, 네 진행해주세요', 'scale', {}],
      ],
      KNOWN_APPS,
    );
    expect(answered[2].replicas).not.toBe(4);
  });

  it('"give it 3 replicas" after "do you want me to deploy …?" is a scale of that app, without the version', () => {
    expectConversation(
      [
        [
          'Deploy leak-api v3.0.9 to dev, right?',
          'deploy',
          { app: 'leak-api', environment: 'development', tag: 'v3.0.9' },
          true,
        ],
        ['Give it 3 replicas', 'scale', { app: 'leak-api', environment: 'development', replicas: 3 }],
      ],
      KNOWN_APPS,
    );
  });
});

describe('round 43: numbers in a remark', () => {
  it('an HTTP status in a remark ("fails with 502", "504 다발") is no line count, revision or app', () => {
    expectClearReadings(said, [
      [
        'Logs of leak-api on prod zaraz, dispatch fails with 502',
        'logs',
        { app: 'leak-api', environment: 'production' },
      ],
      ['valve-web 운영 로그 보여주세요, 504 다발', 'logs', { app: 'valve-web', environment: 'production' }],
    ]);
  });
});

describe('an order, then a read in a sentence of its own', () => {
  it('is asked about, never answered with the read alone (the order silently dropped)', () => {
    for (const command of [
      'leak-api 재시작해줘. 로그 보여줘',
      'restart valve-web. show me the logs',
      'leak-api 재시작해줘. 배포 기록 보여줘',
    ]) {
      const r = said(command);
      expect({ command, intent: r.intent, ambiguous: r.ambiguous }).toEqual({
        command,
        intent: 'restart',
        ambiguous: true,
      });
    }
  });
});

describe('round 43: the voices', () => {
  it('Ukrainian and New Zealand words: "tam" is there, "te same" the same, "ni, 10" a correction, "eh" softens', () => {
    expectConversation(
      [
        [
          'Scale pressure-worker to 8 on staging',
          'scale',
          { app: 'pressure-worker', environment: 'staging', replicas: 8 },
        ],
        ['Ni, 10. Not 8', 'scale', { app: 'pressure-worker', environment: 'staging', replicas: 10 }],
      ],
      KNOWN_APPS,
    );
    expectConversation(
      [
        [
          'deploy leak-api v2.9.7 to staging',
          'deploy',
          { app: 'leak-api', environment: 'staging', tag: 'v2.9.7' },
        ],
        ['Te same version on prod', 'deploy', { app: 'leak-api', environment: 'production', tag: 'v2.9.7' }],
      ],
      KNOWN_APPS,
    );
    expectClearReadings(said, [
      [
        'Bounce leak-api on staging eh, logins are munted',
        'restart',
        { app: 'leak-api', environment: 'staging' },
      ],
    ]);
  });

  it('the elder\'s "됬나요~?" and "말구", "7 should do it", "all 6 running already?" after a scale', () => {
    const scaled = { app: 'meter-batch', environment: 'staging', replicas: 6 } as const;
    expectConversation(
      [
        ['meter-batch 스테이징 6개로 늘려 주세요~', 'scale', scaled],
        ['그리고 스테이징 말구 개발이에요..', 'scale', { ...scaled, environment: 'development' }],
        ['잘 됬나요~? ㅎㅎ', 'status', { app: 'meter-batch', environment: 'development' }],
      ],
      KNOWN_APPS,
    );
    expectConversation(
      [
        [
          'scale pressure-worker on staging',
          'scale',
          { app: 'pressure-worker', environment: 'staging' },
          true,
        ],
        ['7 should do it', 'scale', { app: 'pressure-worker', environment: 'staging', replicas: 7 }],
        ['All 7 running already?', 'status', { app: 'pressure-worker', environment: 'staging' }],
      ],
      KNOWN_APPS,
    );
  });

  it('"sweet as", "nah yeah, go for it", "tak, tak" confirm a waiting plan', () => {
    expectEachAnswerToPlan(
      ['운영 meter-batch 삭제해줘', 'delete', { app: 'meter-batch', environment: 'production' }],
      ['Sweet as, do it', 'Nah yeah, go for it', 'Tak, tak, go', 'Hard out, send it'],
      'confirm',
      KNOWN_APPS,
    );
  });
});
