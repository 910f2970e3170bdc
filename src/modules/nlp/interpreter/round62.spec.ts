import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * Classes of phrasing found on blind rounds 62, 62c, 63 and 63c (a blood bank in a shortage appeal, a marathon's race
 * morning, an indie game's launch day, an animal shelter's adoption weekend: an angler, a village head, a golfer,
 * Minnesotan English; a running-crew pacer, a pansori singer, a Dungeon Master, Yorkshire; an RPG quest-giver; a golf
 * caddie, a beekeeper) — the safety fixes of their unsafe readings; new sentences.
 */
const KNOWN_APPS = ['donor-web', 'stock-api', 'expiry-job'];
const { said, isClearChange, answersTo, environmentsOf } = roundReaders(KNOWN_APPS);

describe('rounds 62–63: the safety fixes', () => {
  it('hearsay ("…해야 한대요") counts no "한 대"; "restarts" in a list of what to read orders nothing', () => {
    expect(said('팀장님이 빨리 해야 한대요, stock-api 2.0.1 스테이징에 올려주세요')).toMatchObject({
      intent: 'deploy',
      entities: { tag: '2.0.1', environment: 'staging' },
    });
    expect(isClearChange('Numbers for donor-web in prod: ready pods, restarts, the lot')).toBe(false);
  });

  it('an order after "After the X," or "when X changes", or "not while …", or next session waits', () => {
    for (const later of [
      'After the evening shift, ship stock-api 1.4.0 to production',
      'After the charity run at the park wraps, scale donor-web in prod back to 3',
      '조수 바뀌면 expiry-job v2.0.0 운영에 올려 주세요',
      'Same on prod, but not while the boss is out.',
      'Next session, roll back donor-web on production.',
    ])
      expect([later, isClearChange(later)]).toEqual([later, false]);
  });

  it('a report in a singer\'s "…해 놨소" is no order; production typed 운겨, ㅜㄴ영 or copied is asked about', () => {
    expect(isClearChange('운영 stock-api는 내가 새벽에 재시작해 놨소')).toBe(false);
    const lookalikes = [
      '운겨 donor-web 다섯 개로 늘려라',
      'ㅜㄴ영 expiry-job 재시작하거라',
      '운영양식장 stock-api 재시작해 줘요',
      'donor-web logs from the Mall of the Moon server, real quick',
    ];
    expect(environmentsOf(lookalikes)).toEqual(lookalikes.map((c) => [c, true, undefined]));
  });

  it('a copy of staging or development with a name of its own ("stg-blue", "dev-sandbox-2") is asked about', () => {
    const copies = [
      'Scale stock-api on stg-blue to 4',
      'restart donor-web in the dev-sandbox-2 cluster',
      'show logs of expiry-job on staging-eu-canary',
      'donor-web 1.2.0 dev-copy에 배포해 줘',
    ];
    expect(environmentsOf(copies)).toEqual(copies.map((c) => [c, true, undefined]));
    // an app's own name with an environment after it stays a name, asked about as an unregistered app
    expect(said('deploy donor-web-staging').clarification).toContain("'donor-web-staging'");
    expect(environmentsOf(['restart donor-web on staging'])).toEqual([
      ['restart donor-web on staging', false, 'staging'],
    ]);
  });

  it('"every deploy since …" and a campaign journal ask for the history', () => {
    expect(said('Show me the campaign journal for donor-web, every deploy since dawn.').intent).toBe(
      'history',
    );
  });
});

describe('rounds 62–63: the voices', () => {
  it("each voice's yes confirms the waiting plan, its no refuses it", () => {
    const yeses = ['자, 출발 총 쏴!', '얼쑤!', 'Nat 20. It happens.'];
    expect(answersTo('운영 stock-api 재시작해 주세요', yeses)).toEqual(yeses.map((a) => [a, 'confirm']));
    const noes = ['그 대목은 빼자.', 'Nat 1. It fails.'];
    expect(answersTo('운영 stock-api 재시작해 주세요', noes)).toEqual(noes.map((a) => [a, 'cancel']));
  });

  it('a pacer, a singer and Yorkshire read as they mean', () => {
    expect(said('운영 stock-api 페이스 어때?').intent).toBe('status');
    expect(said('운영 donor-web 소리만 들어 보세.').intent).toBe('status');
    expect(environmentsOf(["Show us stock-api logs on t'big shed, love."])).toEqual([
      ["Show us stock-api logs on t'big shed, love.", true, undefined],
    ]);
  });
});
