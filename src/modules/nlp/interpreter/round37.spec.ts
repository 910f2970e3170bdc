import {
  expectConversation,
  expectProductionAskedAbout,
} from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on blind rounds 37 and 37c (a pension and health-insurance portal on statement day,
 * 2026-12-03) — a civil servant's 공문, a call-center agent relaying an elder, a Mongolian engineer's English, a Greek
 * engineer's English — with the safety fixes of their unsafe readings; new sentences.
 */
const KNOWN_APPS = ['portal-web', 'statement-api', 'letter-worker', 'member-login', 'notice-batch'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('round 37: the safety fixes', () => {
  it('공문: a date or a clock time the order is for, "…완료 후", "실시 여부 회신", two operations joined by 및 run nothing now', () => {
    for (const text of [
      'portal-web 운영계 v2.1.0 배포는 2026. 12. 7.(월) 07:00에 시행할 것.',
      '19:00 이후 statement-api 운영계 replicas 8개로 축소 바람.',
      'letter-worker 운영계 재기동은 안내문 발송 완료 후 실시하여 주시기 바랍니다.',
      'statement-api 운영계 금일 rollback 실시 여부 회신 바람.',
      'portal-web 스테이징 v1.4.0 배포 및 4개로 scale 조치 바람.',
    ])
      expect({ text, ambiguous: said(text).ambiguous }).toEqual({ text, ambiguous: true });
  });

  it('production as 실운영계, in Greek (paragogi) or Mongolian (gol orchin) is asked about', () => {
    expectProductionAskedAbout(said, [
      '실운영계 letter-worker 재기동 조치 바람.',
      'Scale statement-api to 5 on paragogi, parakalo.',
      'Restart member-login on gol orchin, hurdan.',
    ]);
  });
});

const CONVERSATION_APPS = ['web-app', 'api-server', 'billing-api', 'batch-job', 'worker'];

describe('round 37c: which app, and answers in these voices', () => {
  it('"the one that broke" after two apps were named asks which, even when one was taken up since', () => {
    expectConversation(
      [
        ['show logs of api-server and worker on prod', 'logs', { environment: 'production' }, true],
        ['api-server', 'logs', { app: 'api-server', environment: 'production' }, false],
        ['Roll back the one that broke, please', 'rollback', { environment: 'production' }, true],
      ],
      CONVERSATION_APPS,
    );
  });

  it('"Nai, parakalo" and "Tiim" confirm; "Ochi" and "Ügüi" cancel', () => {
    for (const [answer, reply] of [
      ['Nai, parakalo', 'confirm'],
      ['Tiim', 'confirm'],
      ['Ochi', 'cancel'],
      ['Ügüi, ügüi', 'cancel'],
    ] as const)
      expectConversation(
        [
          ['restart worker on prod', 'restart', { app: 'worker', environment: 'production' }, false],
          [answer, reply, { app: 'worker', environment: 'production' }, false],
        ],
        CONVERSATION_APPS,
      );
  });
});
