import { CHANGE_INTENTS } from './intents.js';
import { interpret } from './interpreter.js';
import { lastReadingOf, replayConversation } from '../../../../test/support/nlp-conversation-replay.js';

/**
 * The safety fixes of blind rounds 92 (a vertical farm: ops jargon, image references, look-alikes), 92c (a show cave),
 * 93 (a soybean-paste village, all Korean) and 93c (a shaved-ice café chain), 2026-12-05.
 */
const KNOWN_APPS = ['gate-api', 'ticket-web', 'rental-api'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });
const isClearChange = (r: { intent: string; ambiguous: boolean }) =>
  (CHANGE_INTENTS as ReadonlySet<string>).has(r.intent) && !r.ambiguous;

describe('a numbered production, a relative count, an order taken back in dialect', () => {
  it('"운영2 클러스터" is a second production, asked about; "운영2개로" is still a count', () => {
    const r = said('운영2 클러스터 ticket-web 롤백 부탁');
    expect({ ambiguous: r.ambiguous, environment: r.entities.environment }).toEqual({
      ambiguous: true,
      environment: undefined,
    });
    expect(said('운영-3에 ticket-web 배포해줘').entities.environment).toBeUndefined();
    expect(said('운영2개로 ticket-web 늘려줘').entities).toMatchObject({
      environment: 'production',
      replicas: 2,
    });
  });

  it('"한 대만 빼 주쇼" takes one out: a relative count, asked', () => {
    const r = said('운영 gate-api 한 대만 빼 주쇼');
    expect(r.entities.replicas).toBeUndefined();
    expect(r.ambiguous).toBe(true);
  });

  it('"…켜 주이소. 아이다 마, 고마 나 두이소" is taken back', () => {
    expect(isClearChange(said('운영 rental-api 다시 켜 주이소. 아이다 마, 고마 나 두이소'))).toBe(false);
  });

  it('semver build metadata is part of the tag', () => {
    expect(said('deploy rental-api 2.8.1+build.114 to staging').entities.tag).toBe('2.8.1+build.114');
    expect(
      said('prod rental-api를 registry.farm.internal:5000/farm/rental-api:2.8.1+build.114 로 올려 주세요')
        .entities.tag,
    ).toBe('2.8.1+build.114');
  });
});

describe('a place or an app left as it is', () => {
  it('cancels the plan that would change it, after a reason', () => {
    const turns = replayConversation(
      [
        ['운영 gate-api 재시작해 주세요', 'restart', {}],
        ['아, 해설사들이 아직 탐방 중이래요. gate-api는 그냥 두세요.', 'cancel', {}],
        ['네', 'unknown', {}],
      ],
      KNOWN_APPS,
    );
    expect(turns.map(([, intent]) => intent)).toEqual(['restart', 'cancel', 'unknown']);
  });

  it.each(['운영은 그냥 둬', '운영은 그대로 둘래요'])(
    '"%s" after a staging deploy deploys nothing to production',
    (keep) => {
      expect(
        isClearChange(lastReadingOf(['스테이징에 rental-api 1.7.2 배포해 주세요', keep], KNOWN_APPS)),
      ).toBe(false);
    },
  );
});

describe('round 94 and 94c: a wait, a revision corrected, a look before a change, places left alone', () => {
  it.each([
    'Scale rental-api on prod to 12 when the furnace hits temp, ta',
    'Check ticket-web on prod and then bounce it, cheers',
  ])('%s runs nothing now', (command) => {
    expect(isClearChange(said(command))).toBe(false);
  });

  it('reads the revision meant and a count gone back to', () => {
    expect(
      said('Roll back gate-api on staging to revision 13 — no, revision 12. — Mira').entities.revision,
    ).toBe(12);
    expect(said('스테이징 gate-api를 원래대로 2개로 되돌리십시오.')).toMatchObject({
      intent: 'scale',
      entities: { replicas: 2 },
    });
  });

  it.each(['운영은 그냥 두게.', 'leave prod until the flood recedes', 'skip prod'])(
    '"%s" after a restart asked for everywhere answers nothing',
    (keep) => {
      expect(isClearChange(lastReadingOf(['rental-api, 전 환경에서 재시작하게.', keep], KNOWN_APPS))).toBe(
        false,
      );
    },
  );

  it('"the same" deployed with no release to carry asks which release', () => {
    const r = lastReadingOf(
      [
        '회원 gate-api 1.8.0을 개발에 올리게. 아니, 스테이징이네.',
        'rental-api도 같은 버전으로 하게.',
        '운영에도 같은 걸 올리게.',
      ],
      KNOWN_APPS,
    );
    expect(isClearChange(r)).toBe(false);
  });
});
