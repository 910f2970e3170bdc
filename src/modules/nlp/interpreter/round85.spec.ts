import { CHANGE_INTENTS } from './intents.js';
import { interpret } from './interpreter.js';
import { lastReadingOf } from '../../../../test/support/nlp-conversation-replay.js';

/**
 * The safety fixes of blind rounds 85 (a library's e-book platform: polite and indirect requests) and 85c (a
 * broadcaster's election night: numbers across turns), 2026-12-05.
 */
const KNOWN_APPS = ['lending-api', 'catalog-web', 'results-web'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });
const clearChange = (command: string) => {
  const r = said(command);
  return CHANGE_INTENTS.has(r.intent) && !r.ambiguous;
};

describe('a takeback, a sign-off to wait for and a production described run nothing', () => {
  it.each([
    "Would you deploy lending-api 2.2.0 to staging, please. Oh dear, no, forget I said that; the testing isn't finished.",
    "Kindly revert back lending-api on staging after the DB team's sign-off tonight.",
    '실사용자 붙는 쪽 cluster의 lending-api rollback 부탁드려요',
    '이용자분들 보시는 서버에 있는 catalog-web 재시작해 주세요',
    '송출 나가는 쪽 results-web 당장 재시작해',
  ])('%s', (command) => {
    expect(clearChange(command)).toBe(false);
  });
});

describe('in a conversation', () => {
  const apps = ['worker', 'web-app', 'batch-job'];
  it('"and web-app\'s, cheers" asks the same read of web-app, so "that one" has two referents', () => {
    const r = lastReadingOf(
      ['worker logs on prod, mate', "and web-app's, cheers", 'bounce that one, ta'],
      apps,
    );
    expect(r.ambiguous).toBe(true);
  });
  it('"원래대로 돌려 주세요" after a scale is no rollback', () => {
    const r = lastReadingOf(
      ['운영 web-app 12개로 늘려 주세요.', '네, 진행해 주세요.', '원래대로 돌려 주세요.'],
      apps,
    );
    expect(r.intent).not.toBe('rollback');
  });
  it('"sorry mate, 13 not 14" corrects the revision', () => {
    const r = lastReadingOf(['roll back web-app on prod to revision 14', 'sorry mate, 13 not 14'], apps);
    expect(r.entities.revision).toBe(13);
  });
});
