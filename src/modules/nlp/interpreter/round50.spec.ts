import {
  expectProductionAskedAbout,
  replayConversation,
} from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on blind rounds 50 and 50c (a library network's e-book lending on National Reading Day,
 * 2026-12-04) — a dad-joke punster's Korean, a nurse's chart shorthand, a US veteran's radio English, a Bangladeshi
 * engineer's English — with the safety fixes of their unsafe readings; new sentences.
 */
const KNOWN_APPS = ['loan-api', 'seat-web', 'drm-worker'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('round 50: the safety fixes', () => {
  it('본판, 찐서버, 메인 서버, 실병동, 임상 서버, the real-world, downrange and the original server are asked about', () => {
    expectProductionAskedAbout(said, [
      '본판 loan-api 상태 어때?',
      'seat-web v1.2.0 찐서버에 배포해 줘.',
      '메인 서버 drm-worker 재시작해 줘.',
      '실병동 seat-web 12개로 늘려 주세요.',
      '임상 서버 loan-api 로그 100줄 부탁드려요.',
      'Restart drm-worker in the real-world environment, out.',
      "What's the status of loan-api downrange? Over.",
      'Scale seat-web to 20 in original server, kindly.',
    ]);
  });

  it('"PRN" is only if needed: a condition, nothing runs now; "stat" is now', () => {
    const prn = said('seat-web 운영 PRN 재시작, 오류 재발 시에만 부탁드려요.');
    expect(prn.ambiguous || prn.intent === 'unknown').toBe(true);
    expect(said('seat-web 스테이징 stat 재시작 부탁드려요')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
    });
  });

  it('radio words: "over" closing a message is no time, "Affirmative" and "Wilco" say yes', () => {
    expect(said('once the morning rush is over, deploy seat-web v2.0.0 to prod').intent).not.toBe('deploy');
    for (const yes of ['Affirmative.', 'Wilco', 'Haan'])
      expect([
        yes,
        replayConversation(
          [
            ['운영 drm-worker 재시작해 주세요', '', {}],
            [yes, '', {}],
          ],
          KNOWN_APPS,
        )[1][1],
      ]).toEqual([yes, 'confirm']);
  });
});

describe('rounds 50c–51c: the safety fixes', () => {
  const replay = (commands: string[]) =>
    replayConversation(
      commands.map((c) => [c, '', {}] as const),
      KNOWN_APPS,
    );

  it('"운영에도 반영 부탁" after a restart repeats the restart there, never a deploy', () => {
    const [, again] = replay(['fix: 스테이징 seat-web 재시작', '운영에도 반영 부탁']);
    expect([again[1], again[2]]).toEqual(['restart', { app: 'seat-web', environment: 'production' }]);
  });

  it('a mistyped order before a remark is that order: "제시작해줘 어제 배포하고 …" is no rollback', () => {
    expect(said('스테이징 drm-worker 제시작해줘 어제 배포하고 채팅이 이상해').intent).toBe('restart');
  });

  it('"revert: 방금 거" while a deploy waits refuses the deploy — no rollback of what runs now', () => {
    const [, revert] = replay(['feat: 운영 loan-api v2.0.3 배포', 'revert: 방금 거']);
    expect(revert[1]).toBe('cancel');
  });

  it('"after the grand final, not rn" and "ㅇㅇ 근데 이따가 해" wait', () => {
    const [, later] = replay([
      'restart drm-worker on staging',
      'prod same thing but after the grand final, not rn',
    ]);
    expect(later[1]).not.toBe('restart');
    const [, yesLater] = replay(['운영 loan-api 재시작해 주세요', 'ㅇㅇ 근데 이따가 해 지금 경기중이야']);
    expect(yesLater[1]).not.toBe('confirm');
  });

  it('찐섭, 레알섭, 뿌로덕숑, 프로 서버 and prooood are asked about; "subject to approval" waits', () => {
    expectProductionAskedAbout(said, [
      'seat-web 찐섭 재시작해줘용',
      '레알섭 loan-api 상태 어때',
      '뿌로덕숑 seat-web 60개로 늘려줘',
      '프로 서버에 seat-web v5.0.1 올려 주세요',
      'scale loan-api on prooood to 28',
    ]);
    expect(said("Subject to the sponsor's approval, scale seat-web on production to 25.").intent).not.toBe(
      'scale',
    );
  });

  it('"ack" and a lawyer\'s "Granted; so ordered." answer yes, "nack" no', () => {
    for (const [answer, reply] of [
      ['ack', 'confirm'],
      ['Granted; so ordered.', 'confirm'],
      ['nack', 'cancel'],
    ] as const)
      expect([answer, replay(['운영 loan-api 재시작해 주세요', answer])[1][1]]).toEqual([answer, reply]);
  });
});
