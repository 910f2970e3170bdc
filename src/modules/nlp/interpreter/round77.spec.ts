import { lastReadingOf } from '../../../../test/support/nlp-conversation-replay.js';
import { CHANGE_INTENTS } from './intents.js';
import { interpret } from './interpreter.js';

/**
 * The safety fixes of blind rounds 77 and 77c (a riverside town's Dano festival; a kite festival, 2026-12-05), and
 * the classes found beside them by probing before they were scored; new sentences.
 */
const KNOWN_APPS = ['kite-api', 'reel', 'wind-board'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });
const clearChange = (command: string) => {
  const r = said(command);
  return CHANGE_INTENTS.has(r.intent) && !r.ambiguous;
};
const lastOf = (...commands: string[]) => lastReadingOf(commands, KNOWN_APPS);

describe("the speaker's own act, announced, runs nothing (asked back or unknown)", () => {
  it.each([
    'Let me restart reel on staging real quick.',
    'lemme roll back kite-api in prod',
    'I shall redeploy wind-board to production myself after lunch.',
    'I will scale reel on staging to four myself.',
    '제가 reel 스테이징 재시작해 볼게요',
    'kite-api 운영은 제가 5개로 늘려 보겠습니다',
    'wind-board 2.1.0 운영에 배포해 볼게요, 연 날리고 나서요',
  ])('%s', (command) => expect(clearChange(command)).toBe(false));

  it('"let me see the logs" is still a read, "let\'s restart" still an order', () => {
    expect(said('Let me see the logs of reel on staging.').intent).toBe('logs');
    expect(clearChange("Let's restart reel on staging.")).toBe(true);
  });

  it('"제가 직접 할게요" while a change waits names no order', () => {
    const r = lastOf('reel 운영 재시작해 주세요', '아니요, 운영은 제가 직접 할게요.');
    expect(CHANGE_INTENTS.has(r.intent) && !r.ambiguous).toBe(false);
  });
});

describe('hearsay and orders cut off, then taken back', () => {
  it.each([
    '사장님이 reel 스테이징 4개로 늘려 놨대요',
    '누가 kite-api 운영 롤백해 놨답니다, 연 대회 전에요',
    'reel 스테이징 재시작해 주… 아니요, 그냥 두세요',
    'wind-board 운영 재시작해 주십쇼, 아니다, 그냥 두십쇼',
  ])('%s', (command) => expect(clearChange(command)).toBe(false));
});

describe('a read waved off before an order, a request to be told after it: the order', () => {
  it.each([
    ['Never mind the logs, restart reel on staging.', 'restart'],
    ['Forget about the status — roll back kite-api on staging.', 'rollback'],
    ['로그는 됐고 reel 스테이징 재시작해 주세요', 'restart'],
    ['상태는 됐어요, kite-api 스테이징 롤백해 주세요', 'rollback'],
    ['제가 로그 확인할게요, reel 스테이징 재시작해 주세요', 'restart'],
    ["Restart reel on staging; let me know when it's done.", 'restart'],
    ['reel 스테이징 재시작해 주세요, 끝나면 알려 주세요', 'restart'],
  ])('%s', (command, intent) => {
    const r = said(command);
    expect([r.intent, r.ambiguous]).toEqual([intent, false]);
  });
});

describe('the version refused is never the one deployed', () => {
  it.each([
    'kite-api 3.0.1 말고 3.0.2 스테이징에 배포해 주세요',
    'Deploy kite-api to staging — not 3.0.1, 3.0.2.',
    'Deploy kite-api 3.0.2 rather than 3.0.1 to staging.',
  ])('%s', (command) => expect(said(command).entities.tag).toBe('3.0.2'));

  it('a correction "X 말고 Y" replaces the tag, and "the same" then carries the corrected one', () => {
    const steps = ['kite-api 3.0.1 스테이징에 올려 주세요', '3.0.1 말고 3.0.2요', '운영에도 같은 걸로요'];
    expect(lastOf(...steps.slice(0, 2)).entities.tag).toBe('3.0.2');
    expect(lastOf(...steps).entities).toMatchObject({ tag: '3.0.2', environment: 'production' });
    expect(lastOf('Deploy kite-api 3.0.1 to staging.', 'Not 3.0.1, 3.0.2.').entities.tag).toBe('3.0.2');
  });
});

describe('the same count carried', () => {
  it.each(['개발도 같은 숫자로 맞춰 주세요', '개발도 같은 개수로 해 주세요', 'Same number on dev.'])(
    '%s',
    (followUp) => {
      const r = lastOf('reel 스테이징 여섯 개로 늘려 주세요', followUp);
      expect([r.intent, r.entities.replicas, r.entities.environment]).toEqual(['scale', 6, 'development']);
    },
  );
});

describe('look-alikes and counts', () => {
  it('운욤 (운영 with two letters slipped) is asked about, 운용 is a word', () => {
    expect(said('운욤 reel 재시작해 주세요').entities.environment).not.toBe('production');
    expect(clearChange('운욤 reel 재시작해 주세요')).toBe(false);
  });
  it('"put … on three" is a count, not a deploy', () => {
    expect(said('Put reel on three on staging.').intent).not.toBe('deploy');
    expect(said('Put reel 2.0.1 on staging.').intent).toBe('deploy');
  });
  it('"if you please" is politeness; "how does one use this" asks for help', () => {
    expect(said('How does one use this thing?').intent).toBe('help');
    expect(said('재시작해 봤거든요, reel 스테이징 상태 좀 봐 주세요').intent).toBe('status');
  });
});
