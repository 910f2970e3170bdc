import { lastReadingOf } from '../../../../test/support/nlp-conversation-replay.js';
import { CHANGE_INTENTS } from './intents.js';
import { interpret } from './interpreter.js';

/**
 * The safety fixes of blind rounds 79 and 79c (a neighbourhood's sports day; on call for a laundromat chain,
 * 2026-12-05); new sentences.
 */
const KNOWN_APPS = ['dryer-api', 'coin', 'wash-board'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });
const clearChange = (command: string) => {
  const r = said(command);
  return CHANGE_INTENTS.has(r.intent) && !r.ambiguous;
};
const lastOf = (...commands: string[]) => lastReadingOf(commands, KNOWN_APPS);

describe('production typed wrong or described is asked about, never taken as said or as the default', () => {
  it.each([
    'ㅇ운영 coin 재시작 ㄱㄱ',
    '프러드 dryer-api 롤백해 주세요',
    '돈 버는 서버 coin 4개로 ㄱㄱ',
    'dryer-api 2.0.1 실제로 장사하는 서버에 올려 주세요',
    'put coin 2.0.1 on the grown-up server pls',
  ])('%s', (command) => {
    expect(said(command).entities.environment).toBeUndefined();
    expect(clearChange(command)).toBe(false);
  });
  it('"운영ㄱㄱ" (a go glued on) is no look-alike, and 프로드 is production', () => {
    expect(said('프로드 dryer-api 롤백해 주세요').entities.environment).toBe('production');
  });
});

describe("the speaker's own act and a yes with a condition run nothing", () => {
  it('"…늘리는 건 내가 함" announces; "제가 merge 잘못함" (a report of a slip) leaves the order', () => {
    expect(clearChange('coin 개발 3개로 늘리는 건 내가 함 ㅋㅋ')).toBe(false);
    expect(clearChange('coin 스테이징 롤백해주세요 ㅠ 제가 merge 잘못함')).toBe(true);
  });
  it('"넵, 근데 손님 없을 때만요" while a production deploy waits confirms nothing', () => {
    const r = lastOf('운영에 coin 2.0.1 배포해 주세요', '넵, 근데 손님 없을 때만요');
    expect(CHANGE_INTENTS.has(r.intent) && !r.ambiguous).toBe(false);
  });
  it('"네, 진행해 주시면 감사하겠습니다" still confirms', () => {
    const r = lastOf('운영에 coin 2.0.1 배포해 주세요', '네, 진행해 주시면 감사하겠습니다.');
    expect([r.intent, r.entities.environment]).toEqual(['deploy', 'production']);
  });
  it('"yep and dryer-api too" while a restart of coin waits asks which, running neither', () => {
    const r = lastOf('restart coin on prod pls', 'yep and dryer-api too');
    expect(CHANGE_INTENTS.has(r.intent) && !r.ambiguous).toBe(false);
  });
});

describe('a number corrected as it is typed: the second one runs, never the first', () => {
  it.each([
    ['deploy coin 3.4.0 sorry 3.4.1 to prod', { tag: '3.4.1' }],
    ['coin 2.0.1 아니 2.0.2 스테이징에 배포해 줘', { tag: '2.0.2' }],
    ['scale coin on staging to 3 no wait 4', { replicas: 4 }],
    ['coin 스테이징 3개 아니 4개로 늘려 줘', { replicas: 4 }],
    ['roll back coin in prod to revision 12 sorry 11', { revision: 11 }],
    ['coin 스테이징 리비전 13… 아니 12로 되돌려 주세요', { revision: 12 }],
  ])('%s', (command, entities) => expect(said(command).entities).toMatchObject(entities));

  it('a measure or the current count beside the order is neither the version nor the target', () => {
    expect(said('재고 1.8일분이라 급해요. coin 3.3.0 운영 배포해 주세요').entities.tag).toBe('3.3.0');
    expect(said('coin on prod currently reads 10 pods; reduce to 4.').entities.replicas).toBe(4);
  });
});
