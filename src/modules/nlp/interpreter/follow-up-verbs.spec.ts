import fc from 'fast-check';
import type { Turn } from './context.js';
import { interpretInConversation } from './conversation.js';
import { saysOwnUnreadVerb } from './follow-up-verbs.js';
import { CHANGE_INTENTS } from './intents.js';
import type { Interpretation } from './types.js';

/**
 * A follow-up with a verb of its own never repeats the previous change (blind round 72c found "개발 cart-api 맥도
 * 짚어 주세요" scaling cart-api, "Spotlight on production frontend instead" rolling it back, and "worker도 보여 주세요"
 * restarted worker), while a follow-up that only says "that, here too" still does.
 */
const APPS = ['web-app', 'api-server', 'cart-api', 'worker'];

function conversation(...commands: string[]): Interpretation {
  const history: Turn[] = [];
  let last: Interpretation | undefined;
  for (const command of commands) {
    const r = interpretInConversation(command, { knownApps: APPS, history: [...history].reverse() });
    history.push(r.turn);
    last = r.interpretation;
  }
  return last!;
}
const clearChange = (i: Interpretation) => CHANGE_INTENTS.has(i.intent) && !i.ambiguous;

const app = fc.constantFrom(...APPS);
const change = fc.constantFrom(
  'restart api-server on staging',
  'restart api-server on production',
  'api-server 스테이징에 재시작해 줘',
  'scale api-server to 3 on dev',
  'api-server 개발에 3개로 늘려 줘',
  'roll back api-server on staging',
  'deploy api-server:v2.1.0 to staging',
);
const readFollowUp = fc.oneof(
  fc
    .tuple(
      app,
      fc.constantFrom(
        '확인해 주세요',
        '봐 주세요',
        '살펴봐 주세요',
        '들여다봐 줘',
        '점검 부탁드려요',
        '짚어 주세요',
        '보여 주세요',
        '좀 봐 주세요',
        '좀 훑어 주세요',
      ),
    )
    .map(([a, verb]) => `${a}도 ${verb}`),
  fc
    .tuple(app, fc.constantFrom('peek at', 'look at', 'check', 'inspect', 'eyeball', 'show me'))
    .map(([a, verb]) => `${verb} ${a} too`),
  app.map((a) => `${a} too, show me`),
  app.map((a) => `same for ${a}, just look`),
  app.map((a) => `Spotlight on production ${a} instead.`),
  fc.constantFrom('거기 맥도요.', '거기 기운도요', '운영 맥도 짚어 주세요'),
);

describe('a follow-up with its own verb', () => {
  it('never repeats the previous change (generated)', () => {
    fc.assert(
      fc.property(change, readFollowUp, (first, followUp) => !clearChange(conversation(first, followUp))),
      { numRuns: 300 },
    );
  });

  it.each([
    ['worker도 좀 봐 주세요'],
    ['거기 worker도 확인해 주세요'],
    ['peek at worker too'],
    ['worker too, but just look'],
  ])('"%s" after a production restart looks at worker there: a status, never the restart', (followUp) => {
    const i = conversation('restart api-server on production', followUp);
    expect(i.intent).toBe('status');
    expect(i.entities).toMatchObject({ app: 'worker', environment: 'production' });
  });

  it('"api-server도 확인해 주세요" while the production restart of api-server waits checks it, it confirms nothing', () => {
    const i = conversation('restart api-server on production', 'api-server도 확인해 주세요');
    expect(i).toMatchObject({ intent: 'status', entities: { app: 'api-server', environment: 'production' } });
  });

  it('a word of its own is no typo of an operation: "Deflate." after a deletion deletes nothing', () => {
    expect(clearChange(conversation('Delete cart-api on dev', 'Deflate. We keep that envelope.'))).toBe(
      false,
    );
    expect(conversation('Deflate.').intent).not.toBe('delete');
  });

  it.each([
    ['restart api-server on staging', 'worker도요', 'restart', 'worker'],
    ['restart api-server on staging', 'worker도 해 주세요', 'restart', 'worker'],
    ['restart api-server on staging', 'worker too', 'restart', 'worker'],
    ['scale api-server to 3 on dev', 'same for worker, please', 'scale', 'worker'],
    ['restart api-server on staging', '운영에도 진행해 주세요', 'restart', 'api-server'],
  ])('"%s" → "%s" still repeats it: %s %s', (first, followUp, intent, target) => {
    const i = conversation(first, followUp);
    expect(i.intent).toBe(intent);
    expect(i.entities.app).toBe(target);
  });
});

describe('saysOwnUnreadVerb', () => {
  it.each([
    ['개발 cart-api 맥도 짚어 주세요.', '맥도 짚어', true],
    ['거기 맥도요.', '거기 맥도', true],
    ['spotlight on production frontend instead.', 'spotlight instead', true],
    ['worker도 확인해 주세요', '확인', true],
    // the words only say "do it", where, or talk around the order
    ['운영에도 진행해 주세요', '진행', false],
    [
      '정정드립니다. 스테이징이 아니라 개발 환경으로 부탁드립니다.',
      '정정드립니다 아니라 환경으로 부탁드립니다',
      false,
    ],
    ['looks fine, same build to live', 'looks fine', false],
    ['batch-job 것도 똑같이', '것도 똑같이', false],
    ['do it on staging instead', 'instead', false],
  ])('%s → %s', (text, key, expected) => {
    expect(saysOwnUnreadVerb(text, key)).toBe(expected);
  });
});
