import {
  expectConversation,
  expectEachAnswerToPlan,
  expectProductionAskedAbout,
} from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on blind rounds 45 and 45c (a disaster-alert and shelter-finder service during a
 * nationwide earthquake drill, 2026-12-04) — a civil-defence official's radio procedure, corporate chat full of English
 * acronyms, a Nepali engineer's English, a US Southerner's — with the safety fixes of their unsafe readings; new
 * sentences.
 */
const KNOWN_APPS = ['alert-web', 'shelter-map', 'cbs-worker', 'relief-billing', 'drill-batch'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('round 45: the safety fixes', () => {
  it('a correction of the version not understood drops the plan: "LGTM" after it runs nothing', () => {
    expectConversation(
      [
        [
          'alert-web v2.7.1 운영 배포해줘',
          'deploy',
          { app: 'alert-web', environment: 'production', tag: 'v2.7.1' },
        ],
        ['아 v2.7.1 말고 v2.7.2요, 2.7.1은 WIP 빌드였어요', 'unknown', {}, true],
        ['LGTM, 진행해 주세요', 'unknown', {}, true],
      ],
      KNOWN_APPS,
    );
  });

  it('본망, 실전망, 실제계, 프덕, P환경, prahd, perduction and utpadan are asked about, never the default', () => {
    expectProductionAskedAbout(said, [
      'cbs-worker 본망 재기동 바람. 이상.',
      'alert-web v2.0.1 실전망에 배포하라. 오버.',
      '실제계 cbs-worker 재기동 바람. 이상.',
      'shelter-map 1.2.0 프덕에 배포 ASAP 부탁드려요',
      'alert-web P환경 12개로 늘려 주세요 FYI',
      'Scale alert-web on prahd to 20.',
      "Restart cbs-worker on perduction, y'all",
      'Deploy shelter-map on utpadan, garnus',
    ]);
  });

  it('"LGTM" and "hajur" answer a waiting plan; "LGTM, 롤백 진행해 주세요" is no second rollback', () => {
    expectEachAnswerToPlan(
      ['운영 alert-web 롤백해줘', 'rollback', { app: 'alert-web', environment: 'production' }],
      ['LGTM, 롤백 진행해 주세요', 'LGTM', 'Hajur, go ahead', '승인. 이상'],
      'confirm',
      KNOWN_APPS,
    );
  });
});
