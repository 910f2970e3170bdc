import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 164–166 and 164c–166c (2026-12-06): production typed with a stray space is production, in
 * loose letters it is asked; words spelled in loose letters are read; "늘릴까 말까" and "Provided …, remove …" run
 * nothing; an app left alone ("X은 놔두고 Y만") is not the target; a reason told before an order in a contracted form
 * ("…찍혀서") leaves the order; an old version deleted is no delete of the app; a status code in a remark is no line
 * count; in a conversation "…하군요" confirms nothing, "롤백도 진행해" after another app's restart asks which app,
 * "그거 운영에도 올려" after a read asks which version, and "the one that's failing" asks which app. Sentences written
 * here, not taken from the rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, turns, isClearChange } = roundReaders(KNOWN_APPS);

describe('how people type (round 164)', () => {
  it('"운 영에 kiosk-web 재 시작해 주세요" restarts production', () => {
    expect(said('운 영에 kiosk-web 재 시작해 주세요.')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
      entities: { environment: 'production' },
    });
  });

  it('production in loose letters ("ㅇㅜㄴㅇㅕㅇ") is asked, never dropped to the default', () => {
    const r = said('ㅇㅜㄴㅇㅕㅇ cart-api 재시작해 주세요.');
    expect(r.ambiguous).toBe(true);
    expect(r.entities.environment).toBeUndefined();
  });

  it.each([
    ['개발 ledger-api ㄹㅗㄹㅂㅐㄱ해 주세요.', 'rollback'],
    ['스테이징 worker ㄹㅗㄱㅡ 보여 주세요.', 'logs'],
  ])('%j is read in its syllables', (command, intent) => {
    expect(said(command)).toMatchObject({ intent, ambiguous: false });
  });
});

describe('questions, conditions and reasons (rounds 165–166)', () => {
  it.each([
    '개발 ledger-api 4개로 늘릴까 말까',
    'Provided the nightly import finishes, remove batch-job from development.',
    'As long as QA signs off, restart kiosk-web on staging.',
    '개발 kiosk-web 오래된 버전 지워',
  ])('%j runs nothing', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it('"kiosk-web은 놔두고 stg cart-api만 재시작해" restarts cart-api', () => {
    expect(said('kiosk-web은 놔두고 stg cart-api만 재시작해')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
      entities: { app: 'cart-api' },
    });
  });

  it('"로그에 경고가 계속 찍혀서 운영 worker 재시작해" is the restart', () => {
    expect(said('로그에 경고가 계속 찍혀서 운영 worker 재시작해')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
    });
  });

  it('"ledger-api 로그 보여줘, 502 아직 나나 보게" reads no 502 lines', () => {
    expect(said('ledger-api 로그 보여줘, 502 아직 나나 보게').entities.lines).toBeUndefined();
  });
});

describe('in a conversation (rounds 164c–166c)', () => {
  it('"알겠습니다. 삭제는 확인이 필요하군요." confirms nothing', () => {
    const [, ack] = turns(['개발 kiosk-web 삭제해 주세요', '알겠습니다. 삭제는 확인이 필요하군요.']);
    expect(ack.intent).not.toBe('confirm');
  });

  it('"롤백도 진행해 주세요" after another app\'s restart asks which app', () => {
    const [, , also] = turns([
      '스테이징 worker 롤백해 주세요',
      '스테이징 ledger-api 재시작해 주세요',
      '네, 롤백도 진행해 주세요.',
    ]);
    expect(also.intent === 'rollback' && !also.ambiguous && also.entities.app === 'ledger-api').toBe(false);
  });

  it('"그거 운영에도 올려 주세요" after a status read asks which version', () => {
    const [, promote] = turns(['스테이징 kiosk-web 상태 어때?', '좋네요. 그거 운영에도 올려 주세요.']);
    expect(promote.intent).toBe('deploy');
    expect(promote.ambiguous).toBe(true);
  });

  it('"그거 운영에도 올려 주세요" after a deploy of a version takes that version', () => {
    const [, , promote] = turns([
      '스테이징 kiosk-web 3.0.2 배포해 주세요',
      'kiosk-web 상태 어때?',
      '좋네요. 그거 운영에도 올려 주세요.',
    ]);
    expect(promote).toMatchObject({
      intent: 'deploy',
      entities: { tag: '3.0.2', environment: 'production' },
    });
  });
});
