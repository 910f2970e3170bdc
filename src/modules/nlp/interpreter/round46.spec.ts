import {
  expectProductionAskedAbout,
  replayConversation,
} from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on blind rounds 46, 46c, 47 and 47c (a bike-share service on a marathon morning, a
 * ticketing platform on a K-pop ticket-opening night, 2026-12-04) — 다나까체, a learner's Korean, Manglish, Welsh
 * English, spelling-breakage Korean, 사물존칭 Korean, Canadian and Hong Kong English — with the safety fixes of their
 * unsafe readings; new sentences.
 */
const KNOWN_APPS = ['dock-api', 'ride-web', 'rack-sync', 'pay-gate'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });
const replay = (commands: string[]) =>
  replayConversation(
    commands.map((c) => [c, '', {}] as const),
    KNOWN_APPS,
  );

describe('rounds 46–47: the safety fixes', () => {
  it('"get shot of X" removes X — never a deploy', () => {
    expect(said('Get shot of rack-sync on dev, nobody uses it.')).toMatchObject({
      intent: 'delete',
      entities: { app: 'rack-sync', environment: 'development' },
    });
  });

  it('"지금 아니에요" and "now cannot" say not now: the order waits for later, nothing runs', () => {
    for (const command of [
      '나중에 dock-api 개발에서 지워 주세요 지금 아니에요',
      'Deploy ride-web 2.0.1 to prod after 11pm la, now cannot.',
      '금일 15시부로 dock-api 운영 12개로 증설할 것.',
    ])
      expect([command, said(command).ambiguous || said(command).intent === 'unknown']).toEqual([
        command,
        true,
      ]);
  });

  it('실무계, 작전계, 운잉, 본환경, 리얼서버, 실고객 환경 and 진짜 서버 are asked about, never the default', () => {
    expectProductionAskedAbout(said, [
      'rack-sync 실무계 재기동할 것.',
      'ride-web v2.1.0 작전계 배포 실시 바랍니다.',
      'pay-gate 운잉 로그 보여 주세요',
      'dock-api 본환경 재시작 해 주실게요',
      'ride-web 리얼서버 롤백 진행하실게요',
      'dock-api 실고객 환경 20개로 늘려 주실게요',
      '진짜 서버에 ride-web v4.0.0 배포해주세요',
    ]);
  });

  it('"before the 8 o\'clock drop" is a time, not a delete', () => {
    expect(said("Restart rack-sync on prod before the 8 o'clock drop").intent).toBe('restart');
  });

  it('a report in Manglish ("Deploy sudah done at 6") orders no deploy beside the scale', () => {
    // the order is the scale; the remark after it reports a deploy: never a deploy, at most asked about
    const reading = said('Make dock-api on prod 12 pods, queue cannot catch up. Deploy sudah done at 6.');
    expect(reading.intent).not.toBe('deploy');
  });

  it('"어 잠만여 … 해도 되는지 … 확인하구 올께여" goes to ask first: no confirmation of the waiting plan', () => {
    const [, , wait] = replay([
      '운영 pay-gate 상태 봐주세여',
      '거기 dock-api 9개로 늘려주세여',
      '어 잠만여 이거 해도 되는지 팀장님꺼 확인하구 올께여',
    ]);
    expect(wait[1]).not.toBe('confirm');
  });

  it('Hong Kong particles are no app names, and "Hai, m goi" is a yes', () => {
    const [logs, , hai] = replay([
      'Show 20 lines log of rack-sync and pay-gate on production la',
      'Restart rack-sync on production lor',
      'Hai, m goi',
    ]);
    expect(logs[3]).toBe(true);
    expect(
      JSON.stringify(said('Show 20 lines log of rack-sync and pay-gate on production la')),
    ).not.toContain('"la"');
    expect(hai[1]).toBe('confirm');
  });
});

describe('rounds 46–47: classes of their train splits', () => {
  it("a learner's dictionary form and 사물존칭 orders are the requests they make", () => {
    for (const [command, intent] of [
      ['rack-sync 개발에 재시작 하다 주세요', 'restart'],
      ['ride-web을 v2.0.0 스테이징에 deploy 하다 해주세요', 'deploy'],
      ['개발에 pay-gate 지우다 해주세요', 'delete'],
      ['dock-api 스테이징 배포 되실게요', 'deploy'],
      ['pay-gate 스테이징 로그 보여 주실게요', 'logs'],
    ] as const)
      expect([command, said(command).intent, said(command).ambiguous]).toEqual([command, intent, false]);
    expect(said('ride-web 스테이징에는 배포 들어가지 마실게요').intent).not.toBe('deploy');
  });

  it('"넹넹", "Hai la" and "Hai hai" answer a waiting plan', () => {
    for (const yes of ['넹넹 해주세여', 'Hai la', 'Hai hai, faai di']) {
      const [, answer] = replay(['dock-api 운영 재시작해 주세요', yes]);
      expect([yes, answer[1]]).toEqual([yes, 'confirm']);
    }
  });

  it('"N개로 증원" scales; staff "증원" does not', () => {
    expect(said('rack-sync 스테이징 6개로 증원 바랍니다.')).toMatchObject({
      intent: 'scale',
      entities: { app: 'rack-sync', replicas: 6 },
    });
    expect(said('콜센터 상담원 20명 증원 부탁드립니다').intent).not.toBe('scale');
  });

  it('"Ie", "취소예요 취소" and a plan read back before "승인합니다" answer the waiting plan', () => {
    const plan = '운영 dock-api 8개로 늘려 주세요';
    for (const [answer, reply] of [
      ['Ie, go on', 'confirm'],
      ['아 취소예요 취소, 끝나고 할게요', 'cancel'],
      ['복명복창. 운영 dock-api 8개 증원. 승인합니다.', 'confirm'],
    ] as const)
      expect([answer, replay([plan, answer])[1][1]]).toEqual([answer, reply]);
    // a question about the plan before a go-word is no read-back
    expect(replay([plan, '증원 시 결제 영향 여부 회신 바람.'])[1][1]).not.toBe('confirm');
  });
});
