import {
  expectClearReadings,
  expectEachAnswerToPlan,
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
        'Restart owner-login on production khrap, rollback yesterday not the problem.',
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
      said('Could you restart owner-login on production?, rollback yesterday not the problem.'),
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

describe('round 35: the train split', () => {
  it('Thai particles (khrap, kha) and Swahili words (tafadhali, sasa hivi, haraka) leave the order as it is', () => {
    expectClearReadings(said, [
      ['Restart pos-web on staging tonnii khrap.', 'restart', { app: 'pos-web', environment: 'staging' }],
      [
        'Tafadhali deploy points-api v3.0.2 to production sasa hivi.',
        'deploy',
        { app: 'points-api', environment: 'production', tag: 'v3.0.2' },
      ],
      [
        'Roll back stock-worker on prod haraka haraka kha.',
        'rollback',
        { app: 'stock-worker', environment: 'production' },
      ],
    ]);
    // "mai" before an operation word is the negation; "kesho, bado" puts it off
    expect(said('owner-login 운영 mai restart tonnii khrap')).toMatchObject({ ambiguous: true });
    expect(said('Restart pos-web 운영 kesho, bado.')).toMatchObject({ ambiguous: true });
  });

  it('Yanbian endings (함다, 슴까, 기렇슴다) and Chinese counts read as the standard ones; what the speaker did is told', () => {
    expectClearReadings(said, [
      [
        'stock-worker 운영 十二개로 늘려주오, 快点.',
        'scale',
        { app: 'stock-worker', environment: 'production', replicas: 12 },
      ],
      ['points-api 스테이징 재기동 부탁함다.', 'restart', { app: 'points-api', environment: 'staging' }],
    ]);
    expect(said('I rollback points-api on prod laew khrap, just tell you.')).toMatchObject({
      intent: 'unknown',
    });
  });
});

describe("round 35: counts, hurry and history said the store owner's way", () => {
  it('"지금 pod 20개인데 30개로" sets 30; "빨리빨리 해주세요" orders; "…배포한거 전부 보여주세요" is the history', () => {
    expectClearReadings(said, [
      [
        'points-api 운영 지금 pod 8개인데 14개로 맞춰주세요',
        'scale',
        { app: 'points-api', environment: 'production', replicas: 14 },
      ],
      ['pos-web 운영 restart 빨리빨리 해주세요.', 'restart', { app: 'pos-web', environment: 'production' }],
      ['지난주부터 운영에 deploy 된거 전부 보여주세요', 'history', { environment: 'production' }],
      ['행사 준비하면서 배포한거 다 보여주세요', 'history', {}],
      [
        'When points-api 2.0.1 go to prod?',
        'history',
        { app: 'points-api', environment: 'production', tag: '2.0.1' },
      ],
      ['Kindly remind me when we last restarted stock-worker.', 'history', { app: 'stock-worker' }],
    ]);
  });
});

describe('round 35c: answers in these voices', () => {
  it('"기렇슴다, 진행하오", "没问题, 진행해주쇼", "Chai, go rew rew", "Ndiyo, sawa" confirm; "不要不要" cancels', () => {
    const order = [
      'restart worker on prod',
      'restart',
      { app: 'worker', environment: 'production' },
    ] as const;
    expectEachAnswerToPlan(
      order,
      ['기렇슴다, 진행하오', '没问题, 진행해주쇼', 'Chai, go rew rew', 'Ndiyo, sawa'],
      'confirm',
      ['worker'],
    );
    expectEachAnswerToPlan(order, ['不要不要! 취소하오', 'Hapana, cancel'], 'cancel', ['worker']);
  });
});
