import {
  expectProductionAskedAbout,
  replayConversation,
} from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on blind rounds 48, 48c, 49 and 49c (a construction-materials marketplace on the first
 * morning of a building season, a baseball club's stadium services on opening day, 2026-12-04) — a site foreman's
 * Japanese-origin slang, a contracts manager's legalese, Cockney, Sri Lankan English, a live sports caster's Korean,
 * a 재일교포's Korean with Japanese words, Scouse, Trinidadian English — with the safety fixes of their unsafe
 * readings; new sentences.
 */
const KNOWN_APPS = ['crane-api', 'gate-web', 'mix-worker', 'site-db'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });
const replay = (commands: string[]) =>
  replayConversation(
    commands.map((c) => [c, '', {}] as const),
    KNOWN_APPS,
  );

describe('rounds 48–49: the safety fixes', () => {
  it('"…로 환원" is a rollback to that version, never a deploy of it', () => {
    expect(said('mix-worker의 개발 환경 버전을 1.4.2로 환원하여 줄 것을 요청함.')).toMatchObject({
      intent: 'rollback',
      entities: { app: 'mix-worker', environment: 'development', tag: '1.4.2' },
    });
  });

  it('본공사, 실현장, 실거래 환경, 영업계, 1군 서버, 본무대 and 본방 are asked about, never the default', () => {
    expectProductionAskedAbout(said, [
      '본공사 쪽 gate-web 상태 봐라',
      '실현장 서버 crane-api 재기동해',
      '실거래 환경 site-db 로그 50줄을 제출하여 줄 것.',
      '영업계 mix-worker 재시작 요청함.',
      'gate-web v2.0.3 1군 서버에 배포합니다!',
      '본무대 crane-api 재시작해 주십시오!',
      '본방 site-db 롤백해 주세요.',
      '실황 서버 mix-worker 재기동해 주십시오!',
      '프로다쿠숀에 gate-web v1.0.2 배포 오네가이시마스.',
    ]);
  });

  it('"함바 다녀와서" puts the order off until after the break: nothing runs now', () => {
    const [, later] = replay(['운영 crane-api 롤백해', '아니 운영은 함바 다녀와서 똑같이 하자']);
    expect(later[1]).not.toBe('rollback');
    expect(said('운영 crane-api 점심 다녀와서 재시작하자').intent).not.toBe('restart');
  });

  it('a go-order after a deploy was asked back keeps the version asked about, with only a concept question between', () => {
    const turns = replay([
      '스테이징 gate-web v3.1.0 쏴',
      '운영에도 같은 놈으로 올려',
      '근데 배포하면 세션 날아가냐?',
      '상관없다 바로 쏴',
    ]);
    expect(turns[3][2]).toEqual({ app: 'gate-web', environment: 'production', tag: 'v3.1.0' });
  });

  it('"both of them" after two apps asks which one — one operation never picks the last app alone', () => {
    const turns = replay([
      'Scale crane-api to 4 on staging',
      'gate-web also same',
      'Both of them same on production also',
    ]);
    expect(turns[2][3]).toBe(true);
  });
});

describe('rounds 48–49: classes of their train splits', () => {
  it('a count closing a sentence is no list number: "scale X to 12. No deploy today."', () => {
    expect(said('Scale site-db on production to 12. No deploy today.')).toMatchObject({
      intent: 'scale',
      entities: { app: 'site-db', environment: 'production', replicas: 12 },
    });
  });

  it('Japanese words of a 재일교포 and the English of Sri Lanka, London, Liverpool and Trinidad', () => {
    expect(said('あとで crane-api 스테이징 롤백해 주세요.').intent).not.toBe('rollback');
    expect(said('Put a restart to gate-web on staging machan')).toMatchObject({ intent: 'restart' });
    expect(said('Doh restart mix-worker on staging, allyuh').intent).not.toBe('restart');
    expect(said('Restart mix-worker on staging jus now').intent).not.toBe('restart');
    for (const yes of ['はい', 'Can do, go go', 'Go on then', 'Sound'])
      expect([yes, replay(['운영 site-db 재시작해 주세요', yes])[1][1]]).toEqual([yes, 'confirm']);
  });

  it('"…해 주시죠!" is a request, and a read asked before another operation is refused stays that read', () => {
    expect(said('crane-api 개발 재기동해 주시죠! 롤백은 하지 않습니다!')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
    });
    expect(said('site-db 운영 로그 50줄 부탁드립니다! 롤백은 지금 고려하지 않습니다!')).toMatchObject({
      intent: 'logs',
      entities: { app: 'site-db', environment: 'production', lines: 50 },
    });
    expect(said("Show me gate-web status on prod. Don't restart anything yet.").intent).toBe('status');
    // the refusal in the opening sentence is still a refusal
    expect(said("Don't restart gate-web on prod. Show me its status.").intent).not.toBe('restart');
  });

  it('"after me bevvy" is later, and "proper jarg" names no app', () => {
    expect(said('Ship mix-worker 2.0.1 to prod after me bevvy, la.').intent).not.toBe('deploy');
    const turns = replay([
      'Gis the status of crane-api and gate-web on prod, la.',
      "One of them's proper jarg. Bounce it.",
    ]);
    expect(turns[1][2]).toEqual({ environment: 'production' });
  });

  it('a contracts manager\'s "…할 것을 요청함" orders; "동의함" and "오케 가자" answer yes, "불허함" no', () => {
    expect(said('운영 환경 site-db를 재시작할 것을 요청함.')).toMatchObject({
      intent: 'restart',
      entities: { app: 'site-db', environment: 'production' },
      ambiguous: false,
    });
    const plan = '운영 gate-web 재시작해 주세요';
    for (const [answer, reply] of [
      ['동의함.', 'confirm'],
      ['오케 가자', 'confirm'],
      ['상기 재시작 건 불허함.', 'cancel'],
    ] as const)
      expect([answer, replay([plan, answer])[1][1]]).toEqual([answer, reply]);
  });
});
