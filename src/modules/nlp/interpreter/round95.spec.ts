import { readCommand } from './interpreter.js';
import { lastReadingOf } from '../../../../test/support/nlp-conversation-replay.js';
import { isClearReading, roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The safety fixes of blind rounds 95 (a gliding field: relayed orders, slang, hedged changes, casual reads), 96 (an ice
 * sculpture festival: image references, odd environments, counts, typos), 95c (a solstice market: "the same", two
 * referents, slang answers) and 96c (a bathhouse: corrections, waits, relayed orders, ellipsis), 2026-12-05.
 */
const KNOWN_APPS = ['gate-api', 'ticket-web', 'rental-api'];
const known = new Set(KNOWN_APPS);
const { said, turns: replayed } = roundReaders(KNOWN_APPS);
const isClearChange = isClearReading;

describe('an order for someone else stays theirs', () => {
  it('an English word is not read as Korean typed in English mode to overturn that ("tug" is no 셯)', () => {
    expect(isClearChange(said('Please tell the tug crew to roll back rental-api on staging.'))).toBe(false);
    // Korean typed in English mode still reads when nothing else does
    expect(said('ticket-web qovhgownj')).toMatchObject({ intent: 'deploy', entities: { app: 'ticket-web' } });
  });

  it('a colleague addressed by a title ("박 교관님, …") is asked the order, not the service', () => {
    expect(isClearChange(said('박 교관님, 스테이징 gate-api를 롤백해 주십시오.'))).toBe(false);
  });
});

describe('a look at an operation, a vague count, a bump of pods', () => {
  it.each([
    'check on the gate-api rollback in prod',
    "how'd the restart go on gate-api stg",
    'stg ticket-web 배포 좀 봐줘',
    'prod gate-api 스케일 된 거 확인 좀',
  ])('"%s" is no change', (command) => {
    expect(isClearChange(said(command))).toBe(false);
  });

  it('"check on the … rollback" and "… 스케일 된 거 확인 좀" are the status', () => {
    expect(said('check on the gate-api rollback in prod').intent).toBe('status');
    expect(said('prod gate-api 스케일 된 거 확인 좀').intent).toBe('status');
  });

  it('"bump … up a few pods" is a scale with no count; "bump … to 2.0.1" still a deploy', () => {
    expect(said('bump ticket-web on prod up a few pods')).toMatchObject({ intent: 'scale', ambiguous: true });
    expect(said('bump ticket-web on prod up a few pods').entities.replicas).toBeUndefined();
    expect(said('bump ticket-web to 2.0.1 on prod').intent).toBe('deploy');
  });

  it('"roughly ten pods" is no count', () => {
    const r = said('Please scale gate-api on staging to roughly ten pods.');
    expect(r.entities.replicas).toBeUndefined();
    expect(r.ambiguous).toBe(true);
  });

  it('"<app> to N on prod" is a scale to N; "to 3 environments" is none', () => {
    expect(said('rental-api to 4 on prod.')).toMatchObject({
      intent: 'scale',
      entities: { replicas: 4, environment: 'production' },
    });
    expect(said('deploy rental-api to 3 environments').entities.replicas).toBeUndefined();
  });

  it('"줄이 길어" (the queue is long) is no "줄이다"; "3개로 줄이자" still is', () => {
    expect(said('gate-api 3개로 ㄱㄱ 줄이 길어')).toMatchObject({
      intent: 'scale',
      entities: { replicas: 3 },
    });
    expect(said('gate-api 3개로 줄이자')).toMatchObject({ intent: 'scale', entities: { replicas: 3 } });
  });
});

describe('Korean written without spaces', () => {
  it('keeps an image reference joined on after an environment ("개발계rental-api:2027.01.16")', () => {
    expect(said('개발계rental-api:2027.01.16 띄워줘').entities).toMatchObject({
      tag: '2027.01.16',
      environment: 'development',
    });
  });

  it('reads a condition run into the environment after it', () => {
    expect(isClearChange(said('눈오기시작하면운영rental-api 4개로늘려'))).toBe(false);
  });

  it('an order waiting on a condition leaves no read for the classifier to fill in', () => {
    expect(readCommand('마지막 손님 나가면 prod gate-api 재시작해', known).settled).toBe(true);
    // a look asked first is still the read ("로그 먼저 보여 주시고, 오류가 계속되면 롤백")
    expect(
      readCommand('운영 gate-api 로그를 먼저 보여 주시고, 오류가 계속되면 롤백하십시오.', known).settled,
    ).not.toBe(true);
  });
});

describe('help asked in new words', () => {
  it.each(['이 봇 뭐 할 줄 알아?', 'What sort of requests can this assistant handle?'])('"%s"', (command) => {
    expect(said(command).intent).toBe('help');
  });
});

describe('answers to a waiting plan', () => {
  it.each(['아니요, 스테이징이요. 검토가 아직이에요.', 'no, staging. the review is not done yet.'])(
    '"%s" moves the deploy to staging, and a yes after it runs nothing in production',
    (correction) => {
      const turns = replayed(['운영에 rental-api 5.2.0 올려 주세요', correction, '네']);
      expect(turns[1]).toMatchObject({
        intent: 'deploy',
        entities: { app: 'rental-api', environment: 'staging', tag: '5.2.0' },
      });
      expect(turns[2].intent).not.toBe('confirm');
    },
  );

  it('"Actually, scratch that for production. Leave the big stage untouched …" is no correction to run', () => {
    const r = lastReadingOf(
      [
        'scale gate-api on staging to 3',
        'production as well',
        'Actually, scratch that for production. Leave the big stage untouched until the cello is glued.',
      ],
      KNOWN_APPS,
    );
    expect(isClearChange(r)).toBe(false);
  });

  it('a number opening a turn not understood stops the plan waiting ("6. More mushers coming in.")', () => {
    const turns = replayed(['gate-api to 4 on prod.', '6. More mushers coming in.', 'Go.']);
    expect(turns[2]).not.toMatchObject({ intent: 'confirm', entities: { replicas: 4 } });
  });

  it.each([
    'Very well, proceed. The anthem is long enough.',
    'Right, do proceed with it now; the choir is dismissed.',
  ])('"%s" confirms', (yes) => {
    expect(replayed(['Kindly deploy gate-api 3.3.1 to production', yes])[1].intent).toBe('confirm');
  });
});

describe('follow-ups', () => {
  it('"restart it" after a look at two environments asks which', () => {
    const r = lastReadingOf(["how's gate-api on dev and prod", "restart it, it's lagging"], KNOWN_APPS);
    expect(r).toMatchObject({ intent: 'restart', ambiguous: true });
    expect(r.entities.environment).toBeUndefined();
  });

  it('"…도 똑같이 ㄱㄱ" with a remark after it repeats the scale with its count', () => {
    expect(
      lastReadingOf(
        ['ticket-web 스테이징 4개로 ㄱㄱ 줄 미쳤음', 'gate-api도 똑같이 ㄱㄱ 붕어빵 줄도 길어'],
        KNOWN_APPS,
      ),
    ).toMatchObject({ intent: 'scale', entities: { app: 'gate-api', replicas: 4 } });
  });

  it('"…도 똑같이 ㄱㄱ" after a read repeats the read, then a restart stays where it was read', () => {
    const turns = replayed([
      '운영 rental-api 상태 좀',
      'gate-api도 똑같이 ㄱㄱ 전광판도 멈춘 듯',
      'gate-api 재시작 ㄱㄱ',
    ]);
    expect(turns[1]).toMatchObject({
      intent: 'status',
      entities: { app: 'gate-api', environment: 'production' },
    });
    expect(turns[2]).toMatchObject({ intent: 'restart', entities: { environment: 'production' } });
  });
});
