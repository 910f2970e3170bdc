import fc from 'fast-check';
import type { Turn } from './context.js';
import { interpretInConversation } from './conversation.js';
import { readReply } from './replies.js';

/**
 * Invariants of the conversation layer, over generated conversations: production is never invented (only
 * carried from a turn that said it), and a bare "yes" is never read into something that names what to change.
 */
const APPS = ['web-app', 'api-server', 'cart-api', 'worker'];
const CHANGE = new Set(['deploy', 'scale', 'rollback', 'restart', 'delete']);

const app = fc.constantFrom(...APPS);
const env = fc.constantFrom('staging', 'dev', '스테이징', '개발', 'stg', 'development');
const lookAlike = fc.constantFrom(
  'prdo',
  'prodd',
  'prodcution',
  '운엉',
  '운용',
  '프러덕션',
  '프러닥션',
  '프로닥션',
  '뿌로덕션',
  '프로듀숀',
  'liev',
  'preprod',
);
const count = fc.integer({ min: 0, max: 12 });
const tag = fc.constantFrom('v1.2.0', '2.0.1', 'v3', 'sha-abc1234');

/** Commands and follow-ups that never name production (look-alikes included). */
const command = fc.oneof(
  fc.tuple(app, env, tag).map(([a, e, t]) => `${a}:${t} ${e}에 배포해줘`),
  fc.tuple(app, env).map(([a, e]) => `restart ${a} in ${e}`),
  fc.tuple(app, count).map(([a, n]) => `${a} ${n}개로 늘려줘`),
  fc.tuple(app, lookAlike).map(([a, p]) => `deploy ${a} to ${p}`),
  fc.tuple(app, lookAlike).map(([a, p]) => `${a}을 ${p}에 재시작해줘`),
  fc.tuple(env).map(([e]) => `${e}에도 같은 거 올려줘`),
  fc.tuple(env).map(([e]) => `same version to ${e} please`),
  fc.tuple(env).map(([e]) => `아니 ${e}로`),
  fc.tuple(lookAlike).map(([p]) => `${p}에도 똑같이`),
  fc.tuple(count).map(([n]) => `아니다 ${n}개로`),
  fc.tuple(count).map(([n]) => `now ${n}`),
  fc.tuple(app).map(([a]) => `${a}도 똑같이 해줘`),
  fc.constantFrom(
    '그거 재시작해줘',
    '거기서 로그 보여줘',
    'roll it back',
    '응',
    'yes',
    '네 진행해',
    'go ahead',
    '아니',
    'cancel',
    '그거 삭제해줘',
    'do the same',
    '잘 됐어?',
    'was it successful?',
  ),
);

describe('conversation invariants (fast-check)', () => {
  it('production never appears in a clear change unless the user affirmed it (look-alikes are asked about)', () => {
    fc.assert(
      fc.property(fc.array(command, { minLength: 1, maxLength: 6 }), (commands) => {
        const history: Turn[] = [];
        let affirmed = false;
        for (const c of commands) {
          const last = history.at(-1);
          // "응" to "did you mean production?" is the user saying production
          if (last?.ambiguous && last.doubted?.includes('environment') && readReply(c) === 'confirm')
            affirmed = true;
          const r = interpretInConversation(c, { knownApps: APPS, history: [...history].reverse() });
          const i = r.interpretation;
          const clearChange = r.reply === 'confirm' || (CHANGE.has(i.intent) && !i.ambiguous);
          if (!affirmed && clearChange && i.entities.environment === 'production') return false;
          history.push(r.turn);
        }
        return true;
      }),
      { numRuns: 400, seed: 12 },
    );
  });

  it('a named production is never dropped by a follow-up that names no other environment', () => {
    const prodWord = fc.constantFrom('prod', '운영', 'production', '프로덕션', 'live');
    const first = fc.oneof(
      fc.tuple(app, prodWord, tag).map(([a, p, t]) => `deploy ${a}:${t} to ${p}`),
      fc.tuple(app, prodWord).map(([a, p]) => `${p}에서 ${a} 재시작해줘`),
      fc.tuple(app, prodWord, count).map(([a, p, n]) => `${p} ${a} ${n}개로 늘려줘`),
      fc.tuple(app, app, prodWord).map(([a, b, p]) => `${a}이랑 ${b} ${p}에 재시작해줘`),
      fc.tuple(app, prodWord).map(([a, p]) => `${p} ${a} 로그 보여줘`),
    );
    const followUp = fc.oneof(
      count.map((n) => `아니다 ${n}개로`),
      count.map((n) => `now ${n}`),
      count.map((n) => `${n}개로 늘려줘`),
      app.map((a) => `${a}도 똑같이 해줘`),
      app.map((a) => `${a} 말한 거야`),
      app.map((a) => `아니 ${a}`),
      fc.constantFrom('그거 재시작해줘', 'restart it', 'roll it back', '거기서 로그 보여줘', '첫 번째', '응'),
    );
    fc.assert(
      fc.property(first, fc.array(followUp, { minLength: 1, maxLength: 4 }), (start, rest) => {
        const history: Turn[] = [];
        for (const c of [start, ...rest]) {
          const r = interpretInConversation(c, { knownApps: APPS, history: [...history].reverse() });
          const i = r.interpretation;
          const clearChange = r.reply === 'confirm' || (CHANGE.has(i.intent) && !i.ambiguous);
          if (clearChange && i.entities.environment !== 'production') return false;
          history.push(r.turn);
        }
        return true;
      }),
      { numRuns: 400, seed: 5 },
    );
  });

  it('a yes with a number, an environment or an app in it is a command, never a bare confirmation', () => {
    const yes = fc.constantFrom('응', '네', 'yes', 'ok', 'go ahead', 'ㅇㅇ', '좋아', 'sure');
    const named = fc.oneof(
      count.map((n) => `${n}개로`),
      count.map((n) => String(n)),
      env,
      fc.constantFrom('prod', '운영', 'production'),
      app,
      tag,
    );
    fc.assert(
      fc.property(yes, named, fc.boolean(), (y, n, before) => {
        const text = before ? `${n} ${y}` : `${y} ${n}`;
        return readReply(text) === undefined;
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
