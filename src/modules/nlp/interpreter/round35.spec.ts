import {
  expectClearReadings,
  expectProductionAskedAbout,
} from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on blind rounds 35 and 35c (a convenience-store chain on Pepero Day, 2026-12-03) — a
 * Yanbian Korean-Chinese operator, a store owner dictating to a phone, a Thai engineer's English, a Kenyan
 * engineer's English — with the safety fixes of their unsafe readings; new sentences.
 */
const KNOWN_APPS = ['pos-web', 'points-api', 'stock-worker', 'owner-login', 'settle-batch'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('round 35: the safety fixes', () => {
  it('an operation word in a remark after another change is no order of it: the change ordered first runs', () => {
    expectClearReadings(said, [
      [
        'Restart owner-login on production, rollback last week not the cause, logins stuck.',
        'restart',
        { app: 'owner-login', environment: 'production' },
      ],
      [
        'please deploy points-api v4.2.0 to prod, delete of old coupons not needed.',
        'deploy',
        { app: 'points-api', environment: 'production', tag: 'v4.2.0' },
      ],
    ]);
    // the first change only asked about: never the remark's operation either
    expect(
      said('Restart owner-login on production khrap, rollback yesterday not the problem.'),
    ).toMatchObject({
      ambiguous: true,
    });
  });

  it('production in Chinese (生产, 线上, 正式环境), as 정식환경 or in Swahili is asked about, never the default', () => {
    expectProductionAskedAbout(said, [
      'points-api 生产에 4.1.0 배포해주쇼.',
      'stock-worker 线上 재기동 부탁함다.',
      'pos-web 正式环境 롤백해주쇼, 빨리빨리.',
      'settle-batch 정식환경 4개로 늘려주쇼.',
      'restart stock-worker on 生产 please',
      'Kindly restart owner-login on uzalishaji, sawa?',
    ]);
  });
});
