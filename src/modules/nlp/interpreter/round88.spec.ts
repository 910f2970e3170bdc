import { CHANGE_INTENTS } from './intents.js';
import { interpret } from './interpreter.js';
import { lastReadingOf } from '../../../../test/support/nlp-conversation-replay.js';

/**
 * The safety fixes of blind rounds 88 (a forest office in the wildfire season), 88c (an escape-room chain), 89 (a
 * water-purifier rental's recall week: orders for someone else, the speaker's own acts, conditions) and 89c (a hot-spring
 * resort's shuttle driver), 2026-12-05.
 */
const KNOWN_APPS = ['gate-api', 'ticket-web', 'rental-api'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });
const clearChange = (command: string) => {
  const r = said(command);
  return CHANGE_INTENTS.has(r.intent) && !r.ambiguous;
};

describe('an order for someone else, told as done, taken back or waiting runs nothing', () => {
  it.each([
    // relayed to a colleague
    '김 과장님한테 운영 gate-api 재시작 좀 해 달라고 전해 주세요.',
    '박 팀장한테 rental-api 운영 6개로 늘려달라고 카톡 좀 보내줘',
    '오 대리한테 ticket-web 운영 롤백하라고 해~',
    'Kindly ask the platform team to roll back gate-api on staging.',
    'tell Jun to restart rental-api in prod when he is in',
    'Could you have Priya restart ticket-web in production?',
    'can somebody on ops delete rental-api from dev?',
    // told as done
    'fyi 롤백 done on gate-api prod',
    'Please note we restarted ticket-web on staging this morning, the queue is still stuck.',
    // taken back in the next sentence
    '운영 rental-api 롤백해 주세요. 아, 아니에요 그냥 두세요.',
    'ticket-web 운영 재시작 ㄱ.. 아 아니다 냅둬',
    // a condition said first, a wait until something happens
    'Should the nightly import fail again, kindly roll back gate-api on staging.',
    '점검반 철수하고 나서 운영 ticket-web 배포해 주세요.',
  ])('%s', (command) => {
    expect(clearChange(command)).toBe(false);
  });

  it('an order relayed to the service, one operation after another and "the box X feeds" as a place still read', () => {
    expect(said('deploy gate-api 2.0.1 to staging').ambiguous).toBe(false);
    expect(said('I kindly ask to restart rental-api in development').intent).toBe('restart');
    expect(said('when did rental-api get its last deploy?').intent).toBe('history');
  });
});

describe('production described by who uses it is asked about, for a read too', () => {
  it.each([
    '진짜 예약 받는 서버에 ticket-web 5.2.0 배포해 주세요.',
    'Logs of gate-api on the box the lookout cameras feed.',
    'check ticket-web on the one the public actually sees',
    '손님들보는쪽ticket-web좀봐줘',
  ])('%s', (command) => {
    const r = said(command);
    expect({ command, ambiguous: r.ambiguous, environment: r.entities.environment }).toEqual({
      command,
      ambiguous: true,
      environment: undefined,
    });
  });
});

describe('a look at an app is its status', () => {
  it.each([
    ['스테이징 gate-api 확인해 주세요.', 'staging'],
    ['운영 ticket-web 좀 봐 줘', 'production'],
    ['Look at rental-api in prod.', 'production'],
  ] as const)('%s', (command, environment) => {
    expect(said(command)).toMatchObject({
      intent: 'status',
      ambiguous: false,
      entities: { environment },
    });
  });
});

describe('follow-ups after a correction', () => {
  it('"the same" for another app after a tag correction not understood asks which release', () => {
    const r = lastReadingOf(
      [
        'deploy gate-api 3.9.0 to production',
        'Oops, make that 3.9.1, not 3.9.0. Totally my typo.',
        'Same deploy for ticket-web in prod too, please.',
      ],
      KNOWN_APPS,
    );
    expect(r.ambiguous).toBe(true);
    expect(r.entities.tag).toBeUndefined();
  });

  it('"자, 이번엔 5" corrects the count, and "운영도 오라이" carries it; 오라이 says yes', () => {
    expect(
      lastReadingOf(['스테이징 rental-api 3개로 맞춰', '자, 이번엔 5', '운영도 오라이'], KNOWN_APPS).entities,
    ).toEqual({ app: 'rental-api', environment: 'production', replicas: 5 });
  });
});
