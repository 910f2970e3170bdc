import { CHANGE_INTENTS } from './intents.js';
import { interpret } from './interpreter.js';
import { lastReadingOf, replayConversation } from '../../../../test/support/nlp-conversation-replay.js';

/**
 * The safety fixes of blind rounds 83 (a game studio's patch day: versions, tags, revisions) and 83c (a university's
 * course-registration morning: sessions over several apps), 2026-12-05.
 */
const KNOWN_APPS = ['lobby', 'match-api', 'shop'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });
const clearChange = (command: string) => {
  const r = said(command);
  return CHANGE_INTENTS.has(r.intent) && !r.ambiguous;
};

describe('a version corrected as it is typed is the second one', () => {
  it.each([
    ['lobby 운영에 v2.3.0 앗 아니에요 v2.3.1 올려 주세요', 'v2.3.1'],
    ['Please deploy shop v2.3.1, or rather v2.3.2, to staging.', 'v2.3.2'],
    ['Could you deploy match-api 2.3.0, I am sorry, I meant 2.3.1, to staging?', '2.3.1'],
    ["Could you deploy match-api 2.3.0, I'm sorry, I meant 2.3.1, to staging.", '2.3.1'],
    ['lobby 운영에 latest로 띄워줘', 'latest'],
  ])('%s', (command, tag) => {
    expect(said(command).entities.tag).toBe(tag);
  });
});

describe('a production described, a try reported, an own act announced or "a couple back" runs nothing', () => {
  it.each([
    '유저들 노는 섭 lobby 재시작해줘',
    'Please deploy shop v2.3.1 to the environment our players are actually on.',
    'Roll match-api back to 2.2.9 on the box players patch from. Now.',
    '학생들이 접속하는 쪽 shop을 재시작해 주십시오.',
    'lobby 스테이징은 제가 리비전 9로 롤백해 봤는데 그대로예요',
    '제가 지금 lobby 2.3.2 스테이징에 올릴게요, 빌드 확인만 하고요',
    'Please roll shop on development back a couple of releases',
  ])('%s', (command) => {
    expect(clearChange(command)).toBe(false);
  });
});

describe('in a conversation', () => {
  const apps = ['worker', 'batch-job', 'cart-api', 'order-api'];
  it.each([
    [
      [
        '스테이징 worker와 batch-job 로그를 보여 주십시오.',
        '첫 번째 것만 보여 주십시오.',
        '그러면 batch-job부터 재시작해 주십시오.',
        '다른 것도 재시작해 주십시오.',
      ],
      'worker',
    ],
    [
      [
        '스테이징에 order-api 4.12.6 올려 주세요',
        'cart-api도 같은 버전으로 올려 주세요',
        '운영에 order-api부터 같은 걸로요',
        '네, 진행해 주세요',
        '나머지 하나도 운영에 올려 주세요',
      ],
      'cart-api',
    ],
  ])('"the other one" is the other app just named (%#)', (commands, app) => {
    expect(lastReadingOf(commands, apps).entities.app).toBe(app);
  });
  it('"아닙니다, … 그대로 두십시오" cancels the plan waiting', () => {
    const turns = replayConversation(
      [
        ['운영 cart-api 재시작해 주십시오.', 'restart', {}],
        ['아닙니다, cart-api는 그대로 두십시오.', 'cancel', {}],
      ],
      apps,
    );
    expect(turns[1][1]).toBe('cancel');
  });
  it('a yes naming another count than the plan runs nothing', () => {
    const r = lastReadingOf(
      ['Please scale order-api in production to ten replicas.', 'Yes, twelve; please proceed.'],
      apps,
    );
    expect(CHANGE_INTENTS.has(r.intent) && !r.ambiguous).toBe(false);
  });
  it('"nvm, prod not stg" corrects the place, and "order-api too" keeps it', () => {
    const r = lastReadingOf(
      ['restart cart-api on stg pls', 'nvm, prod not stg', 'yep go', 'order-api too pls'],
      apps,
    );
    expect(r.entities).toMatchObject({ app: 'order-api', environment: 'production' });
  });
  it('"I said 20, I meant 24" is the count, and the yes after it runs 24', () => {
    const r = lastReadingOf(
      ['Scale order-api on prod to 20.', 'Hold it. I said 20, I meant 24.', 'Do it.'],
      apps,
    );
    expect(r.entities.replicas).toBe(24);
  });
});
