import fc from 'fast-check';
import { interpretInConversation } from './conversation.js';
import { CHANGE_INTENTS } from './intents.js';
import { interpret } from './interpreter.js';

/**
 * The safety fixes of blind rounds 73 and 73c (a theme park on Children's Day; a smelt ice-fishing festival,
 * 2026-12-05): an order taken back in the same message, and a test copy of production named after its word; new
 * sentences.
 */
const KNOWN_APPS = ['ticketing', 'ride-queue', 'photo-kiosk'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });
const clearChange = (command: string) => {
  const r = said(command);
  return CHANGE_INTENTS.has(r.intent) && !r.ambiguous;
};

describe('an order taken back in the same message is no order', () => {
  const order = fc.constantFrom(
    'ticketing 운영 롤백해 줘',
    'ride-queue 운영에 재시작해 줘',
    'photo-kiosk 개발에서 삭제해 주세요',
    'ticketing 운영 5개로 늘려 줘',
  );
  const takenBack = fc.constantFrom(
    '… 가 아니고, 그냥 냅둬',
    '... 아니다, 그냥 놔둬',
    ', 는 농담이고 그냥 둬',
    ' 아니 그냥 냅둬 커피나 마시자',
    '… 아냐 하지 마',
  );

  it('Korean: "X 해 줘… 가 아니고, 그냥 냅둬" never runs X (generated)', () => {
    fc.assert(fc.property(order, takenBack, (o, back) => !clearChange(`${o}${back}`)));
  });

  it('English: "roll back ticketing on prod... no wait, just leave it" runs nothing', () => {
    expect(clearChange('roll back ticketing on prod... no wait, just leave it')).toBe(false);
    expect(clearChange('restart ride-queue in production, actually never mind')).toBe(false);
  });

  it('a correction to another operation is no retraction, and a plain order still runs', () => {
    expect(said('ticketing 운영 롤백해 줘').intent).toBe('rollback');
    expect(said('ride-queue 재시작해 주고 로그는 그냥 둬').intent).toBe('restart');
    expect(said('ticketing 롤백해 줘, 아니 재시작해 줘').intent).not.toBe('unknown');
  });
});

describe('an operation told in the past is a report, never run (round 73\'s train: "… 4.0.1로 올려 놨어요")', () => {
  const app = fc.constantFrom(...KNOWN_APPS);
  const env = fc.constantFrom('스테이징', '개발', '스테이징에', '개발에서');
  const told = fc.constantFrom(
    '3개로 늘렸어요',
    '2개로 줄였습니다',
    '4.0.1 올렸어요',
    '다시 띄웠어요',
    '4.0.1로 올려 놨어요',
    '이전 버전으로 돌렸음',
    '5개로 늘어났어요',
    '4.0.1 올라갔어요',
    '2개로 줄여 뒀어요',
  );

  it('"ticketing 스테이징 3개로 늘렸어요", "… 4.0.1 올렸어요" (generated)', () => {
    fc.assert(fc.property(app, env, told, (a, e, t) => !clearChange(`${a} ${e} ${t}`)));
  });

  it('the same words as an order still run, and a past remark after an order keeps it', () => {
    expect(said('ticketing 스테이징 3개로 늘려 줘')).toMatchObject({ intent: 'scale', ambiguous: false });
    expect(said('ticketing 스테이징에 4.0.1 올려 줘')).toMatchObject({ intent: 'deploy', ambiguous: false });
    expect(said('ticketing 3개로 늘려 줘, 어제 줄였는데 부족해')).toMatchObject({ intent: 'scale' });
  });
});

describe('an order said as a joke, or not said after all, runs nothing', () => {
  const order = fc.constantFrom(
    'ticketing 운영 배포해 줘',
    'ride-queue 운영 재시작해 줘',
    'photo-kiosk 개발에서 삭제해 줘',
  );
  const joke = fc.constantFrom(' ㅋㅋ 농담이야', ' ㅋㅋㅋ 장난임', '... 라고 하려다 말았어', ', 은 농담이고');

  it('Korean (generated)', () => {
    fc.assert(fc.property(order, joke, (o, j) => !clearChange(`${o}${j}`)));
  });

  it('English, and "not joking" / a joke about something else stay orders', () => {
    expect(clearChange('deploy ticketing to prod — just kidding')).toBe(false);
    expect(clearChange('deploy ticketing to prod, jk')).toBe(false);
    expect(said('농담 아니고 ticketing 스테이징 배포해 줘')).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
    });
    expect(said('ticketing 4.0.1 스테이징에 올려 줘, 지난번 삭제 얘기는 농담이었고')).toMatchObject({
      intent: 'deploy',
    });
    expect(
      said('Roll initiative, then roll back ticketing on staging. Kidding about the first part.'),
    ).toMatchObject({ intent: 'rollback' });
  });
});

it('a command shown as an example is not given: "example: …", "e.g. …", "예시: …"', () => {
  expect(clearChange('example: restart ticketing on dev')).toBe(false);
  expect(clearChange('e.g. restart ticketing on dev')).toBe(false);
  expect(clearChange('예시: ticketing 개발 재시작해 줘')).toBe(false);
  expect(said('restart ticketing on dev')).toMatchObject({ intent: 'restart', ambiguous: false });
});

describe('"운영 테스트 컷", "운영 테스트 서버" is a test copy named after production — asked, never production', () => {
  it.each(['운영 테스트 컷에도 똑같이 해 주세요.', '운영 테스트 서버에도 똑같이 해 주세요'])(
    '%s',
    (followUp) => {
      const first = interpretInConversation('photo-kiosk 재시작해 주세요', {
        knownApps: KNOWN_APPS,
        history: [],
      });
      const r = interpretInConversation(followUp, { knownApps: KNOWN_APPS, history: [first.turn] });
      expect(r.interpretation.entities.environment).not.toBe('production');
    },
  );
});
