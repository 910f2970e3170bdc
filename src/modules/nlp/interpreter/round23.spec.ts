import {
  expectAnswerToWaitingDelete,
  expectConversation,
  type ExpectedTurn,
} from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on the train splits of blind rounds 23 and 23c (a concert-ticketing platform on the
 * morning a world tour's tickets open, 2026-12-03) — Slack Korean full of English tech words, Singlish, a team lead's
 * formal Korean, an American contractor's shorthand; new sentences.
 */
const KNOWN_APPS = ['seat-api', 'queue-gate', 'pay-gw', 'fan-auth', 'resale-worker'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('round 23: orders and their remarks', () => {
  it.each([
    ['resale-worker 스테이징 v2.0.1 배포 바랍니다. 취소표 알림 로직 변경분입니다.', 'deploy'],
    ['pay-gw 운영 환경 16개로 스케일 아웃 요청드립니다. 결제 폭증이 예상됩니다.', 'scale'],
    ['fan-auth 개발 환경 삭제 부탁드립니다. 더 이상 사용하지 않습니다.', 'delete'],
    ['해당 앱 seat-api 운영 재기동 진행 부탁드리겠습니다.', 'restart'],
  ])('%s → a clear %s', (command, intent) =>
    expect(said(command)).toMatchObject({ intent, ambiguous: false }),
  );

  it('"취소표" (a cancelled ticket) refuses nothing; "배포 취소해줘" still does', () => {
    expect(said('seat-api prod 로그 봐봐 취소표 batch 멈춘듯')).toMatchObject({ intent: 'logs' });
    expect(said('seat-api 배포 취소해줘').intent).toBe('unknown');
  });

  it('a version the remark after a rollback blames is no rollback target', () => {
    expect(said('roll back seat-api prod now, v3.1.0 broke the seat map')).toMatchObject({
      intent: 'rollback',
      entities: { app: 'seat-api', environment: 'production' },
    });
    expect(said('roll back seat-api prod now, v3.1.0 broke the seat map').entities.tag).toBeUndefined();
    expect(said('roll back seat-api prod to v3.0.9, v3.1.0 broke it').entities.tag).toBe('v3.0.9');
  });

  it('"…안정된 이후에 진행 부탁드리겠습니다" puts the order off; "Restart X can or not?" is a request, asked back', () => {
    expect(said('queue-gate 운영 반영은 트래픽이 안정된 이후에 진행 부탁드리겠습니다.')).toMatchObject({
      intent: 'unknown',
    });
    expect(said('Restart queue-gate can or not?')).toMatchObject({ intent: 'restart', ambiguous: true });
  });
});

describe('round 23c: conversations', () => {
  const conversations: [string, ExpectedTurn[]][] = [
    [
      'Singlish particles are no app names; "did it land?" asks how the last operation went',
      [
        ['seat-api 운영 상태 보여줘', 'status', { app: 'seat-api', environment: 'production' }],
        ['Ok then show me its logs lah', 'logs', { app: 'seat-api', environment: 'production' }],
        [
          'Ok just restart it lah, fans waiting since 9',
          'restart',
          { app: 'seat-api', environment: 'production' },
        ],
        ['Ok can, go', 'confirm', { app: 'seat-api', environment: 'production' }],
        ['did it land?', 'status', { app: 'seat-api', environment: 'production' }],
      ],
    ],
    [
      'a symptom said before an order is no app name ("timeout 천지네 걍 restart ㄱㄱ")',
      [
        ['pay-gw 운영 로그 보여줘', 'logs', { app: 'pay-gw', environment: 'production' }],
        ['timeout 천지네 걍 restart ㄱㄱ', 'restart', { app: 'pay-gw', environment: 'production' }],
        ['ㅇㅇ 진행시켜 빨리', 'confirm', { app: 'pay-gw', environment: 'production' }],
      ],
    ],
  ];
  it.each(conversations)('%s', (_what, turns) => expectConversation(turns, KNOWN_APPS));

  it.each([
    ['yep do it, ty', 'confirm'],
    ['Confirm plus chop', 'confirm'],
    ['네, 승인합니다. 진행 부탁드리겠습니다.', 'confirm'],
    ['ㅇㅇ 지워버려 미련없음', 'confirm'],
  ])('"%s" answers a waiting plan: %s', (reply, intent) =>
    expectAnswerToWaitingDelete(reply, intent, 'fan-auth', KNOWN_APPS),
  );
});
