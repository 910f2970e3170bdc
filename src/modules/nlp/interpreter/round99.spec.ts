import { lastReadingOf } from '../../../../test/support/nlp-conversation-replay.js';
import { isClearReading, roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The safety fixes of blind rounds 99 (a silkworm farm: indirect deletes, off and on, undo words, hedged production
 * orders), 100 (a cockle feast in 전라도 dialect, 다나까, a call centre's register and a teenager's typos), 99c (a
 * windmill village: pointers, "again", "undo that") and 100c (a heritage tram line: language switches, one-word
 * turns), 2026-12-05; and 101 (a dragon boat race: reads asked in new ways, apps named by what they do).
 */
const KNOWN_APPS = ['gate-api', 'ticket-web', 'rental-api'];
const { said, turns: replayed } = roundReaders(KNOWN_APPS);
const isClearChange = isClearReading;

describe('orders that are not orders yet', () => {
  it.each([
    '운영 rental-api를 8개로 늘려야 할 것 같기도 해요.',
    '19시 폐장 후 운영 gate-api 재시작할 것.',
    '경매 끝나불면 운영에 ticket-web 2.8.1 올려 주쇼',
  ])('"%s" runs nothing now', (command) => {
    expect(isClearChange(said(command))).toBe(false);
  });

  it('"if you please;" is politeness, not a condition: two apps asked about, production kept', () => {
    expect(
      said('Restart gate-api and rental-api on prod, if you please; both tunes have gone flat.'),
    ).toMatchObject({
      intent: 'restart',
      ambiguous: true,
      entities: { environment: 'production' },
    });
  });
});

describe('a second or a temporary production', () => {
  it.each([
    '운영쪽2 gate-api 열 개로 증원할 것.',
    '운영-임시 환경의 rental-api 삭제해 주시면 감사하겠습니다.',
  ])('"%s" is asked about, never production', (command) => {
    const r = said(command);
    expect(r.entities.environment).toBeUndefined();
    expect(isClearChange(r)).toBe(false);
  });
});

describe('undo and again', () => {
  it('"Nah, undo that, …" while a deploy waits cancels it', () => {
    const turns = replayed([
      'Deploy gate-api 1.1.0 to production',
      "Nah, undo that, the hopper's emptying on its own now.",
      'yes',
    ]);
    expect(turns[1].intent).toBe('cancel');
    expect(turns[2].intent).not.toBe('confirm');
  });

  it('"Undo that" after a scale asks the count to go back to; "Back to 5 then" answers it', () => {
    const turns = replayed([
      'Scale gate-api to 5 on staging',
      '7, actually, a second hopper opened.',
      "Undo that, it's too many for the flour we've got.",
      'Back to 5 then, sacks are limited.',
    ]);
    expect(turns[2]).toMatchObject({ intent: 'scale', ambiguous: true });
    expect(turns[3]).toMatchObject({ intent: 'scale', entities: { replicas: 5 } });
  });

  it('"Undo that" after a restart is no rollback run unasked', () => {
    expect(
      isClearChange(
        lastReadingOf(['Bounce rental-api on staging', "Undo that, it's made it worse"], KNOWN_APPS),
      ),
    ).toBe(false);
  });

  it('"다시 배포해 주십시오" deploys the release the last deploy ran', () => {
    expect(
      lastReadingOf(
        ['gate-api 1.2.7을 개발에 배포해 주십시오.', '로그를 보여 주십시오.', '다시 배포해 주십시오.'],
        KNOWN_APPS,
      ),
    ).toMatchObject({
      intent: 'deploy',
      entities: { app: 'gate-api', tag: '1.2.7', environment: 'development' },
    });
  });
});

describe('round 101: one pod deleted, a check that it came back', () => {
  it.each(['운영 gate-api 파드 하나 멈춘 거 delete 해 둥둥', '운영 gate-api pod 하나 죽은 거 지워줘'])(
    '"%s" deletes no app',
    (command) => {
      expect(isClearChange(said(command))).toBe(false);
    },
  );

  it('"web-app 돌아왔어?", "살아났어?" ask its status', () => {
    expect(said('gate-api 돌아왔어?').intent).toBe('status');
    expect(said('ticket-web 살아났어?').intent).toBe('status');
  });
});

describe('pointers', () => {
  it('"아까 재시작한 거" is the app that was restarted, wherever the talk went since', () => {
    expect(
      lastReadingOf(
        [
          'rental-api 개발에서 재시작해 줘',
          '스테이징 ticket-web 상태 보여 줘',
          '아까 재시작한 거 로그 보여 줘',
        ],
        KNOWN_APPS,
      ),
    ).toMatchObject({ intent: 'logs', entities: { app: 'rental-api', environment: 'development' } });
    // "배포된 앱 목록" lists what is deployed; it points at no one app
    expect(
      lastReadingOf(
        ['rental-api 개발에서 재시작해 줘', '현재 배포된 앱 목록을 보여 주시겠습니까'],
        KNOWN_APPS,
      ).intent,
    ).toBe('list');
  });

  it('"Bounce the first two" after three apps asks which', () => {
    const r = lastReadingOf(
      [
        "What's gate-api up to on staging?",
        'And rental-api?',
        'Show me ticket-web logs too',
        'Bounce the first two',
      ],
      KNOWN_APPS,
    );
    expect(r).toMatchObject({ intent: 'restart', ambiguous: true });
    expect(r.entities.app).toBeUndefined();
  });
});
