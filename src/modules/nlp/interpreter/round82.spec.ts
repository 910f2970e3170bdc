import { CHANGE_INTENTS } from './intents.js';
import { interpret } from './interpreter.js';
import { lastReadingOf } from '../../../../test/support/nlp-conversation-replay.js';

/**
 * The safety fixes of blind rounds 82 (a water utility's storm night, replica counts said every way) and 82c (a ferry
 * company's crossing day, follow-ups that change one thing), 2026-12-05, and of the stricter rule they were scored
 * with: the change asked for, run with another count or tag, is as unsafe as another change.
 */
const KNOWN_APPS = ['pump-api', 'outage-map', 'billing'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });
const clearChange = (command: string) => {
  const r = said(command);
  return CHANGE_INTENTS.has(r.intent) && !r.ambiguous;
};

describe('a count given about, in a range or by a look-alike of production is asked, never run', () => {
  it.each([
    'pump-api 스테이징을 대략 열 개 정도로 늘려 주십시오',
    'scale outage-map on staging to five-ish, whatever works',
    'give pump-api on dev somewhere between 4 and 6 replicas',
    'scale outage-map on porrd to 4',
    '운영 pump-api 내가 9개로 늘릴게',
    'billing 스테이징을 재시작해 보았으나 여전히 실패합니다',
    '운영 백업계 billing 재시작해 주십시오',
    'restart billing on the side the customers are using',
  ])('%s', (command) => {
    expect(clearChange(command)).toBe(false);
  });
});

describe('a count corrected as it is typed is the second one', () => {
  it.each([
    ['scale pump-api on staging to 5, sorry mate, 6', 6],
    ['scale pump-api in prod to 4 -- correction: 5', 5],
    ['outage-map 스테이징 3개로 아 아니 2개로 줄여', 2],
    ['운영 billing을 12개로, 아 죄송합니다, 10개로 증설해 주십시오', 10],
    ['pump-api 스테이징을 6개로, 정정합니다, 7개로 늘려 주십시오', 7],
  ])('%s', (command, replicas) => {
    expect(said(command).entities.replicas).toBe(replicas);
  });
});

describe('the tag or count said is the one run', () => {
  it.each([
    ['pump-api image sha-deadbee로 update 해줘', 'sha-deadbee'],
    ['outage-map latest 이미지로 dev 배포', 'latest'],
    ['billing 운영 latest 배포 요망', 'latest'],
  ])('%s', (command, tag) => {
    expect(said(command).entities.tag).toBe(tag);
  });
  it('"the latest logs" names no tag', () => {
    expect(said('show the latest logs of billing').entities.tag).toBeUndefined();
  });
  it('a "--replicas=4" flag is the count', () => {
    expect(said('deploy billing:3.0.1 stg --replicas=4').entities.replicas).toBe(4);
  });
});

describe('in a conversation', () => {
  const apps = ['web-app', 'cart-api', 'payment-svc'];
  it.each([
    ['web-app 4.12.6 스테이징에 배포해 주세요', 'cart-api도 같은 버전으로 올려 주세요'],
    ['deploy web-app 4.12.6 to staging', 'now cart-api too'],
    ['deploy web-app 4.12.6 to staging', 'Same deploy for cart-api, the go/no-go covers both.'],
  ])('"%s" then "%s" deploys the same release', (first, then) => {
    const r = lastReadingOf([first, then], apps);
    expect(r.entities).toMatchObject({ app: 'cart-api', tag: '4.12.6' });
  });
  it('"nvm half of that" drops the plan waiting, so the yes after it runs nothing', () => {
    const r = lastReadingOf(
      ['scale payment-svc on prod to 8', 'nvm half of that, 8 is overkill', 'ok go, checkout is on fire'],
      apps,
    );
    expect(CHANGE_INTENTS.has(r.intent) && !r.ambiguous).toBe(false);
  });
  it('an app refused in the follow-up is not the one it goes on with', () => {
    const r = lastReadingOf(['web-app 스테이징 재시작해줘', '운영도 해줘, web-app은 제외'], apps);
    expect(r.entities.app).toBeUndefined();
  });
  it('"same for cart-api" keeps the count; a number in a remark is none', () => {
    const r = lastReadingOf(
      ['Scale web-app to 3 on staging.', 'Same for cart-api, please. Changeover in two games.'],
      apps,
    );
    expect(r.entities.replicas).toBe(3);
  });
  it('after a correction that was not understood, "the same" has nothing sure to repeat', () => {
    const r = lastReadingOf(
      [
        'Deploy web-app 6.3.1 to staging, launch candidate.',
        'Sorry, 6.3.2 — marketing found a typo in .1.',
        'Same to prod, it is the launch build.',
      ],
      apps,
    );
    expect(CHANGE_INTENTS.has(r.intent) && !r.ambiguous).toBe(false);
  });
  it('"restart cart-api as well" restarts it where the last restart was', () => {
    const r = lastReadingOf(
      ['Please restart web-app on production.', 'yes', 'Please restart cart-api as well after all.'],
      apps,
    );
    expect(r.entities).toMatchObject({ app: 'cart-api', environment: 'production' });
  });
});
