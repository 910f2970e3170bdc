import {
  expectProductionAskedAbout,
  replayConversation,
} from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on blind round 52 (a ferry operator's booking platform on a typhoon weekend) — a
 * teacher's Korean, a martial-arts novel's Korean, Yoda's English, Early Modern English — with the safety fixes of
 * its unsafe readings; new sentences.
 */
const KNOWN_APPS = ['fare-api', 'deck-web', 'manifest-job'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });
const isClearChange = (command: string) => {
  const r = said(command);
  return ['deploy', 'scale', 'rollback', 'restart', 'delete'].includes(r.intent) && !r.ambiguous;
};

describe('round 52: the safety fixes', () => {
  it('a refusal after the verb ("…, you must not", "we will not", "Roll not back") refuses the change', () => {
    for (const refusal of [
      'Delete manifest-job on staging, you must not.',
      'Scale fare-api to 9 in prod, we will not.',
      'Roll not back deck-web, I pray you.',
      'Restart it not, the fare-api in production.',
    ])
      expect([refusal, isClearChange(refusal)]).toEqual([refusal, false]);
  });

  it('"on the morrow" and "anon" put a change off: nothing is done now', () => {
    for (const later of [
      'On the morrow, delete manifest-job from staging.',
      'Anon, restart deck-web in production.',
    ])
      expect([later, said(later).intent, isClearChange(later)]).toEqual([later, 'unknown', false]);
  });

  it('"…이 물러간 뒤에", "…끝난 후에" put the order off until an event (and "물러간" is no rollback)', () => {
    for (const later of [
      '바람이 물러간 뒤에 deck-web 2.1.0을 운영에 배포하라.',
      '점검 끝난 후에 fare-api 운영 재시작해 주세요',
    ])
      expect([later, said(later).intent, isClearChange(later)]).toEqual([later, 'unknown', false]);
  });

  it('a copy, rehearsal or mirror of production glued to 운영, and 본산, are asked about', () => {
    expectProductionAskedAbout(said, [
      'deck-web 운영복제에 배포해 주세요',
      'fare-api 운영미러 3개로 늘려줘',
      '본산의 manifest-job을 재시작하라',
    ]);
  });
});

describe('round 52: the voices', () => {
  it('Yoda: "…, deploy you must", "to production you will deploy" are the order', () => {
    expect(said('Deck-web 2.0.0 to staging, deploy you must.')).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
      entities: { app: 'deck-web', environment: 'staging', tag: '2.0.0' },
    });
    expect(said('Restart fare-api on staging you must.')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
    });
    expect(said('Fare-api, to development you will restart. Yes, yes.')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
    });
  });

  it('Early Modern English: "prithee", "how fareth", "lay before me the record of all deployments"', () => {
    expect(said('How fareth fare-api in production?')).toMatchObject({ intent: 'status' });
    expect(said('Lay before me the record of all deployments, prithee.').intent).toBe('history');
    expect(said('Prithee, teach me the manner of thy use.').intent).toBe('help');
  });

  it('a martial-arts novel: "없애거라", "배포하랏", "내력을 고하라", "배포하였느냐?"', () => {
    expect(said('스테이징의 manifest-job을 없애거라!')).toMatchObject({ intent: 'delete', ambiguous: false });
    expect(said('deck-web 1.2.0을 개발에 배포하랏!')).toMatchObject({ intent: 'deploy', ambiguous: false });
    expect(said('fare-api의 배포 내력을 아뢰어라.').intent).toBe('history');
    expect(said('deck-web 운영에 배포하였느냐?').intent).toBe('status');
    expect(said('만약 fare-api를 운영에서 삭제한다면 어찌 되겠느냐?').intent).toBe('unknown');
  });

  it('a rollback ordered with the scale refused beside it is the rollback', () => {
    expect(said('manifest-job 운영 롤백해 주세요! 스케일은 건드리지 마세요.')).toMatchObject({
      intent: 'rollback',
      ambiguous: false,
      entities: { app: 'manifest-job', environment: 'production' },
    });
  });
});

describe('round 52c: the safety fixes and the voices in a conversation', () => {
  const replay = (commands: string[]) =>
    replayConversation(
      commands.map((c) => [c, '', {}] as const),
      KNOWN_APPS,
    );

  it('a "~" before more words ends the sentence: the remark after it names no operation of the order', () => {
    expect(said('자, 스테이징 fare-api 네 개로 맞춰 주세요~ 어제 롤백한 뒤로 느려졌어요')).toMatchObject({
      intent: 'scale',
      ambiguous: false,
      entities: { app: 'fare-api', environment: 'staging', replicas: 4 },
    });
  });

  it('"…거든" is a condition: "물결이 잦아들거든 운영에 올리거라" waits', () => {
    const later = '물결이 잦아들거든 deck-web 2.2.0을 운영에 올리거라';
    expect([said(later).intent, isClearChange(later)]).toEqual(['unknown', false]);
  });

  it('총단, 본공연, "the front lines" and "the Globe" are asked about', () => {
    expectProductionAskedAbout(said, [
      '총단의 fare-api를 당장 재시작하라!',
      '학예회 본공연 쪽 deck-web 상태 알려 주세요~',
      'On the front lines, manifest-job to four scale you must.',
      'Prithee deploy deck-web v1.0.0 upon the Globe.',
    ]);
  });

  it('"그리하라" and "Do it, you will." confirm the plan waiting; "물렀거라" refuses it', () => {
    for (const [answer, reply] of [
      ['그리하라', 'confirm'],
      ['좋다, 그리하라', 'confirm'],
      ['Do it, you will.', 'confirm'],
      ['물렀거라!', 'cancel'],
      ['허하노라', 'confirm'],
      ['당장 그리하라!', 'confirm'],
      ['그리하라, 지체 말고', 'confirm'],
    ] as const)
      expect([answer, replay(['운영의 fare-api를 재시작하거라', answer])[1][1]]).toEqual([answer, reply]);
  });
});
