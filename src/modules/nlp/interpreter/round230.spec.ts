import { isClearReading, roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 230–232 and 230c–232c (2026-12-07): a hold ("잠깐만", "hold on, one sec", "wait") keeps a
 * plan waiting for the answer after it — no go and no no; a hold first and no yes after it is never a confirm; someone
 * else's yes passed on ("the team said it can go dark") is not the writer's; a span of time ("wait 5 minutes") is no
 * count; a read noun in the remark after an order ("the logs show a backlog") leaves the order. Sentences written
 * here, not taken from the rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, replay } = roundReaders(KNOWN_APPS);
const intents = (commands: string[]) => replay(commands).map(([, intent]) => intent);

describe('a plan held (round 230c)', () => {
  it.each([['잠깐만요'], ['hold on, one sec'], ['wait']])(
    '%j keeps the plan; the yes after it runs it',
    (hold) => {
      expect(intents(['운영 worker 재시작해 주세요', hold, '네, 진행해 주세요'])).toEqual([
        'restart',
        'unknown',
        'confirm',
      ]);
    },
  );

  it('a hold with a no cancels', () => {
    expect(intents(['restart ledger-api on prod', 'hold on, no'])).toEqual(['restart', 'cancel']);
  });

  it('a hold first, then words that repeat the operation, confirms nothing', () => {
    const [, held] = replay(['운영 worker 4개로 맞춰 주세요', '잠깐만요, 라벨 좀 맞추고요.']);
    expect(held[1]).not.toBe('confirm');
  });

  it.each(['wait 5 minutes', 'wait, one minute.'])('%j is no count', (command) => {
    const [, waited] = replay(['scale kiosk-web on prod to 6', command]);
    expect(waited[2].replicas).toBeUndefined();
    expect(waited[1]).not.toBe('confirm');
  });

  it("someone else's yes passed on confirms nothing; the writer's own go does", () => {
    expect(
      intents(['restart kiosk-web on prod', 'Ok, the venue team said the screens can go dark.'])[1],
    ).not.toBe('confirm');
    expect(intents(['restart kiosk-web on prod', 'Ok, the venue team said fine, go ahead.'])[1]).toBe(
      'confirm',
    );
  });
});

describe('a read noun in a remark after the order (round 231)', () => {
  it('"scale …, the logs show a backlog" is no logs read', () => {
    const r = said('scale worker on staging to 5, the logs show a backlog');
    expect(r.intent).not.toBe('logs');
    expect(isClearReading(r) ? r.entities.replicas : 5).toBe(5);
  });
});
