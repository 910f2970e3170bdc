import { CHANGE_INTENTS } from './intents.js';
import { interpret } from './interpreter.js';
import { lastReadingOf, replayConversation } from '../../../../test/support/nlp-conversation-replay.js';

/**
 * The safety fixes of blind rounds 90 (a hanbok rental's palace night week), 90c (a honey co-op's live shopping), 91 (a
 * salt cooperative's last harvest: relayed, quoted and taken-back orders) and 91c (a seaside amusement park), 2026-12-05.
 */
const KNOWN_APPS = ['gate-api', 'ticket-web', 'rental-api'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });
const clearChange = (command: string) => {
  const r = said(command);
  return CHANGE_INTENTS.has(r.intent) && !r.ambiguous;
};

describe('a colleague addressed, a complaint, a condition or data runs nothing', () => {
  it.each([
    '@민지 staging에 ticket-web 2.0.1 deploy 좀 해줘.',
    '박 대리님, 스테이징 rental-api 롤백 좀 해 주십시오.',
    '누나한테 prod gate-api 3개로 scale 해 달라고 말 좀 해줘.',
    '수위 센서 값이 또 튀면 운영 gate-api 롤백하십시오.',
    'ticket-web 운영에 test 예약들 delete 해줘.',
    'prod rental-api restart 해줘… 아 wait, 그냥 놔둬.',
  ])('%s', (command) => {
    expect(clearChange(command)).toBe(false);
  });

  it('a complaint after a look at the app ("로그인이 자꾸 튕겨요") is no restart', () => {
    const r = lastReadingOf(['스테이징 gate-api 상태 봐줘', '예매 로그인이 자꾸 튕겨요'], KNOWN_APPS);
    expect(CHANGE_INTENTS.has(r.intent) && !r.ambiguous).toBe(false);
  });

  it('the bot addressed, and a restart word said as an order, still run', () => {
    expect(clearChange('@bot deploy gate-api 0.8.1 to dev, ty')).toBe(true);
    expect(said('gate-api 한번 튕겨줘')).toMatchObject({ intent: 'restart', ambiguous: false });
  });
});

describe('what a sentence says in passing does not change the target', () => {
  it('a count corrected as it is said is the second one', () => {
    expect(said('Scale rental-api on staging to five, no, seven.').entities.replicas).toBe(7);
    expect(said('scale rental-api to 4 no wait 7').entities.replicas).toBe(7);
    expect(said('rental-api 5개, 아니 7개로 늘려줘').entities.replicas).toBe(7);
  });

  it('a sign-off after a dash keeps the production look-alike asked about', () => {
    const r = said('scale gate-api to 4 on prdo. — Priya');
    expect({ ambiguous: r.ambiguous, environment: r.entities.environment }).toEqual({
      ambiguous: true,
      environment: undefined,
    });
  });

  it('"same tag, forward march" names no tag "forward"', () => {
    expect(
      lastReadingOf(
        ['deploy ticket-web 6.0.2 to staging', 'Now prod as well, same tag, forward march.'],
        KNOWN_APPS,
      ).entities.tag,
    ).toBe('6.0.2');
  });

  it('"레플리카 이십으로 늘려" is 20', () => {
    expect(said('운영 gate-api 레플리카 이십으로 늘려 주세요.').entities.replicas).toBe(20);
  });
});

describe('answers to a waiting plan', () => {
  const plan = ['운영 gate-api 2개로 줄여줘'] as const;
  it.each([
    '시러 줄이지 마용 손님 많당',
    '손님 많으니까 하지 마세요',
    '하지 마세요',
    '에~ 손님들 입장 중이니 오늘은 없던 일로 합시다.',
  ])('"%s" cancels it, and a yes after it runs nothing', (no) => {
    const turns = replayConversation(
      [
        [plan[0], 'scale', {}],
        [no, 'cancel', {}],
        ['넹', 'unknown', {}],
      ],
      KNOWN_APPS,
    );
    expect(turns.map(([, intent]) => intent)).toEqual(['scale', 'cancel', 'unknown']);
  });

  it('"Same deploy for X" after a read of X carries the last deploy\'s release', () => {
    expect(
      lastReadingOf(
        [
          'deploy ticket-web 3.3.1 to staging',
          'rental-api logs on staging',
          'Same deploy for rental-api, righto.',
        ],
        KNOWN_APPS,
      ),
    ).toMatchObject({
      intent: 'deploy',
      entities: { app: 'rental-api', tag: '3.3.1', environment: 'staging' },
    });
  });

  it('"에~ 이번에는 5개로 합시다" corrects the count before "운영계도 합시다"', () => {
    expect(
      lastReadingOf(
        ['에~ 스테이징 gate-api를 3개로 맞춥시다.', '에~ 이번에는 5개로 합시다.', '에~ 운영계도 합시다.'],
        KNOWN_APPS,
      ).entities,
    ).toEqual({ app: 'gate-api', environment: 'production', replicas: 5 });
  });
});
