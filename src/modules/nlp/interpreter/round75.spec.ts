import { interpretInConversation } from './conversation.js';
import type { Turn } from './context.js';
import { CHANGE_INTENTS } from './intents.js';
import { interpret } from './interpreter.js';

/**
 * The safety fixes of blind rounds 75 and 75c (a city zoo's baby-panda week; a highway rest area on a holiday
 * evening, 2026-12-05); new sentences.
 */
const KNOWN_APPS = ['tickets', 'feeder', 'gate-api'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });
const clearChange = (command: string) => {
  const r = said(command);
  return CHANGE_INTENTS.has(r.intent) && !r.ambiguous;
};

describe('an order waiting on an event is not run now', () => {
  it.each([
    '다음 공연 올라가면 그때 tickets 스테이징 롤백 부탁드려요',
    '방학 들어가면 feeder 개발 삭제해 주세요',
    '트래픽 줄면 gate-api 스테이징 롤백해 줘',
    '손님 다 나가면 tickets 1.2.0 운영에 배포해 줘',
  ])('%s', (command) => expect(clearChange(command)).toBe(false));

  it('a condition after the order is what could go wrong, not what it waits on: the order stands', () => {
    expect(said('tickets 개발에 재배포 좀 해주세요 웬만하면 지금요')).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
    });
    expect(said('feeder 운영 재시작해 줘. 롤백은 더 나빠지면 그때 생각하자')).toMatchObject({
      intent: 'restart',
    });
    // "해 주면 …": an offer for doing it, no order
    expect(clearChange('운영 tickets 롤백해 주면 내가 케이크 쏜다')).toBe(false);
  });
});

describe('what is told, joked or taken back runs nothing', () => {
  it.each([
    '기린 목처럼 gate-api 100개로 늘려 버릴까 ㅋㅋㅋ 장난이야',
    '팀장님이 gate-api 스테이징 3개로 줄였대요',
    'feeder 스테이징 배포해 주세요… 는 아니고요, 원고부터 넘길게요',
    'tickets 운영 재시작해 봤는데 그대로예요ㅠ',
    'tickets 운영 재시작해 봤어요',
    'gate-api 스테이징 5개로 늘려 봤는데 느려요',
  ])('%s', (command) => expect(clearChange(command)).toBe(false));
});

it('"해 봐", "해 보세요" still ask to try it: an order', () => {
  expect(said('tickets 스테이징 재시작해 봐')).toMatchObject({ intent: 'restart', ambiguous: false });
  expect(said('tickets 스테이징 재시작해 보세요')).toMatchObject({ intent: 'restart', ambiguous: false });
});

describe('production described or typed wrong is asked about', () => {
  it.each([
    '관람객 보는 서버에 tickets 5.4.1 올려 줘',
    '웅여 feeder 재시작해 줘',
    'ㅇ누영 feeder 네 개로 늘려 주세요',
    '운영 시험 주유기에서 gate-api 재시작해 주세요',
    'Put tickets v5.1.0 on the timetabled service, please.',
  ])('%s', (command) => {
    expect(said(command).entities.environment).not.toBe('production');
    expect(clearChange(command)).toBe(false);
  });
});

it('"X there too — just a look" after a production restart is its status there', () => {
  const history: Turn[] = [];
  const first = interpretInConversation('restart tickets on production', { knownApps: KNOWN_APPS, history });
  const r = interpretInConversation('feeder there too — just a look, no hammer on the shoe.', {
    knownApps: KNOWN_APPS,
    history: [first.turn],
  });
  expect(r.interpretation).toMatchObject({
    intent: 'status',
    entities: { app: 'feeder', environment: 'production' },
  });
});
