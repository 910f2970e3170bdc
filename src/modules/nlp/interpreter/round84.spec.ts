import { CHANGE_INTENTS } from './intents.js';
import { interpret } from './interpreter.js';
import { lastReadingOf, replayConversation } from '../../../../test/support/nlp-conversation-replay.js';

/**
 * The safety fixes of blind rounds 84 (a marathon's race day: operation words that must not run) and 84c (a bank's
 * month-end close night: destructive plans and their answers), 2026-12-05.
 */
const KNOWN_APPS = ['timing-api', 'tracker', 'transfer-api', 'settle-job'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });
const clearChange = (command: string) => {
  const r = said(command);
  return CHANGE_INTENTS.has(r.intent) && !r.ambiguous;
};

describe('sarcasm, a takeback, a condition, a wait and a production described run nothing', () => {
  it.each([
    "sure, let's just delete timing-api in prod and hand-time the runners lol",
    'oh yeah, restart tracker on prod mid-race, what could possibly go wrong',
    'Please delete settle-job from development. On reflection, I would rather you left it exactly as it is.',
    '혹시 문자가 또 두 번씩 나가면요, 그때는 tracker 운영을 이전 버전으로 롤백해 주세요',
    '마지막 주자분이 결승선에 들어오고 나서요, timing-api 운영을 2개로 줄여 주세요',
    '본대회 서버에 있는 tracker도 2.4.2로 올려 주세요, 스테이징에서는 확인까지 다 끝났어요',
    '고객 쪽 transfer-api 재시작해 주세요',
    'Please delete settle-job from the customer-facing side',
  ])('%s', (command) => {
    expect(clearChange(command)).toBe(false);
  });
  it.each([
    'get deploy tracker -n stg',
    'wait, get pods settle-job -n prod first',
    'describe deploy tracker',
  ])("kubectl's read %s is a status", (command) => {
    expect(said(command).intent).toBe('status');
  });
});

describe('in a conversation', () => {
  const apps = ['api-server', 'order-api', 'worker'];
  it('"the first one" after two apps read one by one is the one named first', () => {
    const r = lastReadingOf(
      ['logs api-server -n prod', 'logs order-api -n prod', 'bounce that one', 'the first one pls'],
      apps,
    );
    expect(r.entities.app).toBe('api-server');
  });
  it('"back to 2" after a scale to 0 is the count, not revision 2', () => {
    const r = lastReadingOf(['scale worker to 0 on staging', 'get po worker -n stg', 'back to 2 pls'], apps);
    expect(r).toMatchObject({ intent: 'scale', entities: { replicas: 2 } });
  });
  it('"ㄱㄱ 바로 올려" while a scale up waits confirms that scale, not a deploy', () => {
    const turns = replayConversation(
      [
        ['운영 api-server 4개로 올려줘', 'scale', {}],
        ['ㄱㄱ 바로 올려 ㅋㅋ', 'confirm', {}],
      ],
      apps,
    );
    expect(turns[1][1]).toBe('confirm');
  });
});
