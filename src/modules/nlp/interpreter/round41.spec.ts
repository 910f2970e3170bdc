import {
  expectClearReadings,
  expectProductionAskedAbout,
} from '../../../../test/support/nlp-conversation-replay.js';
import { CHANGE_INTENTS } from './intents.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on blind rounds 41 and 41c (a football club's ticketing and streaming on derby day,
 * 2026-12-03) — Korean with Hanja, translationese, Jamaican Patois, Pakistani English with Urdu words — with the
 * safety fixes of their unsafe readings; new sentences.
 */
const KNOWN_APPS = ['seat-web', 'ticket-api', 'stats-worker', 'member-billing', 'settle-batch'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });
const clearChange = (command: string) => {
  const r = said(command);
  return { command, clearChange: CHANGE_INTENTS.has(r.intent) && !r.ambiguous };
};

describe('round 41: the safety fixes', () => {
  it('運營 (운영 in Hanja) is production, never dropped for the default; the Hanja words read as Korean', () => {
    expectClearReadings(said, [
      ['stats-worker 運營 再起動 要請', 'restart', { app: 'stats-worker', environment: 'production' }],
      ['開發 環境의 ticket-api 削除 要請', 'delete', { app: 'ticket-api', environment: 'development' }],
      [
        '스테이징 seat-web 4個로 擴張 바람',
        'scale',
        { app: 'seat-web', environment: 'staging', replicas: 4 },
      ],
    ]);
  });

  it('運用, 實環境, 本番, "asli wala", "di live one", "production wala" are asked about', () => {
    expectProductionAskedAbout(said, [
      'ticket-api 運用 環境 再起動 要請',
      'seat-web 實環境에 v2.0.0 配布 바람',
      'stats-worker 本番 再起動',
      'ticket-api asli wala ke logs dikhao.',
      'Scale di seat-web to 9 pon di live one.',
      'Restart settle-batch on production wala jaldi.',
    ]);
  });

  it('later in Patois and Urdu, a refusal in Urdu, and a past remark beside a later order: never a clear change', () => {
    for (const command of [
      'Deploy seat-web v1.2.0 to prod, soon come.',
      'member-billing prod pe restart karo kal.',
      'Nahi yaar, ticket-api delete mat karo.',
      'Deploy seat-web to prod tomorrow, the old one was broken',
      'seat-web 운영 pe 8 replicas karo, phir 2.0.1 deploy karo.',
    ])
      expect(clearChange(command)).toEqual({ command, clearChange: false });
  });
});

describe('round 41: the voices', () => {
  it('translationese and a past "kal" remark leave the order as it is', () => {
    expectClearReadings(said, [
      [
        '스테이징 환경의 ticket-api에 대한 재시작을 진행하는 것이 요구됩니다.',
        'restart',
        { app: 'ticket-api', environment: 'staging' },
      ],
      [
        'stats-worker가 개발에서 롤백되어지는 것을 원합니다.',
        'rollback',
        { app: 'stats-worker', environment: 'development' },
      ],
      [
        'Scale settle-batch to 3 on staging, the restart kal did nothing',
        'scale',
        { app: 'settle-batch', environment: 'staging', replicas: 3 },
      ],
    ]);
  });
});
