import { lastReadingOf, replayConversation } from '../../../../test/support/nlp-conversation-replay.js';
import { CHANGE_INTENTS } from './intents.js';
import { interpret } from './interpreter.js';

/**
 * The safety fixes of blind rounds 80 and 80c (an app company's launch day in mixed Korean and English; a meal-kit
 * company's release day over several apps, 2026-12-05); new sentences.
 */
const KNOWN_APPS = ['menu-api', 'kit-worker', 'box-web'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });
const clearChange = (command: string) => {
  const r = said(command);
  return CHANGE_INTENTS.has(r.intent) && !r.ambiguous;
};
const lastOf = (...commands: string[]) => lastReadingOf(commands, KNOWN_APPS);

describe('mixed-language reports, cut-off orders, waits and questions run nothing', () => {
  it.each([
    'box-web 프로드 restart 해 주… 아 아니에요 다시 떠요',
    'menu-api 운영에 2.0.1 deploy 부탁드… 아 죄송해요 잠깐만요',
    'kit-worker 프로드 restart 해 봤는데 그대로임',
    '아까 실장님이 box-web 프로드 8개로 늘리셨대요',
    'after standup: delete menu-api env=dev',
    'scale kit-worker prd 0 -- would that page anyone',
  ])('%s', (command) => expect(clearChange(command)).toBe(false));
});

describe('production typed or described in new ways is asked about', () => {
  it.each([
    'kit-worker 프로듣 restart 해 줘',
    'box-web 2.0.1 쁘로드에 deploy 해 주세요',
    'deploy menu-api:2.0.1 --env=the-real-one',
    'scale box-web to 10 on the cluster that pays our salaries',
    'Put menu-api 2.0.1 on launch-rehearsal.',
  ])('%s', (command) => {
    expect(said(command).entities.environment).not.toBe('production');
    expect(clearChange(command)).toBe(false);
  });
});

describe('"launch" the noun, and honorific reports beside an order', () => {
  it('"Scale X on staging to 4, launch traffic starts at noon" scales, deploys nothing', () => {
    expect(said('Scale box-web on staging to 4, launch traffic starts at noon.').intent).toBe('scale');
  });
  it('"…들어가셨어요" in a remark leaves the order', () => {
    expect(clearChange('kit-worker 스테이징에 2.0.1 올려 주세요, 새 규칙이 들어가셨어요')).toBe(true);
  });
});

describe('follow-ups over several apps and places', () => {
  it('"restart that one" after one app was read on dev and on production asks where', () => {
    const r = lastOf('box-web logs on dev', 'and on prod', 'restart that one');
    expect([r.intent, r.ambiguous, r.entities.environment]).toEqual(['restart', true, undefined]);
  });
  it('"거기서 재시작해 주세요" still means the last place', () => {
    const r = lastOf('box-web 개발 로그 보여 주세요', '운영 로그도요', '거기서 재시작해 주세요');
    expect(r.entities.environment).toBe('production');
  });
  it('"No, scratch that — … prod untouched" while a production scale waits cancels it', () => {
    const steps = [
      'Scale menu-api on staging to 8.',
      'Prod the same.',
      'No, scratch that — finance wants prod untouched.',
    ];
    const replayed = replayConversation(
      steps.map((c) => [c, '', {}] as const),
      KNOWN_APPS,
    );
    expect(replayed.at(-1)?.[1]).toBe('cancel');
  });
  it('a remark, then the plan named with a go, in a sentence of its own, confirms it', () => {
    const r = lastOf(
      '스테이징 kit-worker 2개로 맞춰 주세요',
      '운영도 같은 수로 맞춰 주세요',
      '검수 통과입니다. 운영 반영 진행 바랍니다',
    );
    expect([r.intent, r.entities.environment, r.entities.replicas]).toEqual(['scale', 'production', 2]);
  });
});
