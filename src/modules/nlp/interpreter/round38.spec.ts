import {
  expectClearReadings,
  expectProductionAskedAbout,
} from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on blind round 38 (a city marathon on race morning, 2026-12-03) — memes and 야민정음, a
 * formal email-like Korean, an Israeli engineer's English, a Hungarian engineer's English — with the safety fixes
 * of its unsafe readings; new sentences.
 */
const KNOWN_APPS = ['race-web', 'bib-api', 'timing-worker', 'runner-login', 'result-batch'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('round 38: the safety fixes', () => {
  it('production in Hungarian (éles, élesben), Hebrew English (ha-production) or as "운영쓰" is asked about', () => {
    expectProductionAskedAbout(said, [
      'Scale bib-api to 12 élesben, köszi.',
      'Restart timing-worker on éles környezet, gyorsan.',
      'Deploy race-web v3.0.1 to ha-production, bevakasha.',
      'runner-login 운영쓰 재시작 ㄱㄱ',
    ]);
  });

  it('"롤뺵" (롤백 typed with shifted keys) is a rollback, never a deploy; Hebrew and Hungarian words leave the order', () => {
    expectClearReadings(said, [
      ['result-batch 개발 롤뺵 ㄱㄱ', 'rollback', { app: 'result-batch', environment: 'development' }],
      ['Restart bib-api on staging achshav, toda.', 'restart', { app: 'bib-api', environment: 'staging' }],
      [
        'Deploy race-web v1.2.0 to dev, kérem, gyorsan.',
        'deploy',
        { app: 'race-web', environment: 'development', tag: 'v1.2.0' },
      ],
    ]);
  });
});
