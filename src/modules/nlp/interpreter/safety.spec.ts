import fc from 'fast-check';
import { CHANGE_INTENTS } from './intents.js';
import { interpret } from './interpreter.js';
import { enforceSafety } from './safety.js';
import type { Intent, Interpretation, NlpEnvironment } from './types.js';

/**
 * Property-based proof of the safety invariant (issue 12, point 1): whatever the phrasing, a read, a question, a
 * negation or a hypothetical that contains an operation word never comes back as an unambiguous change — from
 * the rules, and from any other source (an LLM's or a classifier's answer passed through the same gate).
 */
const knownApps = ['web-app', 'api-server', 'billing-api', 'worker', 'frontend'];
const app = fc.oneof(
  fc.constantFrom(...knownApps),
  fc.constantFrom('ghost-svc', 'orders2', 'legacy-api', 'newthing'),
);
const envKo = fc.constantFrom('', '스테이징 ', '운영 ', '개발 ', 'prod ', 'staging ', '운영계 ');
const envEn = fc.constantFrom('', ' in staging', ' in prod', ' to production', ' on dev', ' in live');

type Op = { intent: Intent; ko: string; en: string; past: string };
const OPS: Op[] = [
  { intent: 'deploy', ko: '배포', en: 'deploy', past: 'deployed' },
  { intent: 'deploy', ko: '재배포', en: 'redeploy', past: 'redeployed' },
  { intent: 'restart', ko: '재시작', en: 'restart', past: 'restarted' },
  { intent: 'rollback', ko: '롤백', en: 'roll back', past: 'rolled back' },
  { intent: 'delete', ko: '삭제', en: 'delete', past: 'deleted' },
  { intent: 'scale', ko: '스케일', en: 'scale', past: 'scaled' },
];
const op = fc.constantFrom(...OPS);

const ko = {
  read: [
    (a: string, e: string, o: Op) => `${e}${a} ${o.ko} 이력 보여줘`,
    (a: string, e: string, o: Op) => `${e}${a} ${o.ko} 기록 좀`,
    (a: string, e: string, o: Op) => `${e}${a} ${o.ko} 현황`,
    (a: string, e: string, o: Op) => `${e}${a} ${o.ko} 상태 알려줘`,
    (a: string, e: string, o: Op) => `${e}${o.ko} 목록 보여줘`,
    (a: string, e: string, o: Op) => `${a} ${o.ko} 리스트`,
  ],
  question: [
    (a: string, e: string, o: Op) => `${e}${a} ${o.ko}됐어?`,
    (a: string, e: string, o: Op) => `${e}${a} ${o.ko}했어?`,
    (a: string, e: string, o: Op) => `${a} ${o.ko} 언제 했어`,
    (a: string, e: string, o: Op) => `${e}${a} ${o.ko} 몇 번 했지?`,
    (a: string, e: string, o: Op) => `${a} ${o.ko} 어때?`,
    (a: string, e: string, o: Op) => `${a} ${o.ko} 뭐야?`,
    (a: string, e: string, o: Op) => `${e}${a} ${o.ko}해?`,
  ],
  negation: [
    (a: string, e: string, o: Op) => `${e}${a} ${o.ko}하지 마`,
    (a: string, e: string, o: Op) => `${e}${a} ${o.ko}하지 말아줘`,
    (a: string, e: string, o: Op) => `${a} ${o.ko} 말고 그냥 둬`,
    (a: string, e: string, o: Op) => `${e}${a} ${o.ko} 안 돼`,
    (a: string, e: string, o: Op) => `${a} ${o.ko} 취소`,
    (a: string, e: string, o: Op) => `${a} ${o.ko}ㄴㄴ`,
    (a: string, e: string, o: Op) => `${e}${a} ${o.ko}하지 말자`,
    (a: string, e: string, o: Op) => `${a} ${o.ko} 관둬`,
    (a: string, e: string, o: Op) => `${e}${a} ${o.ko} no no`,
  ],
  report: [
    (a: string, e: string, o: Op) => `${e}${a} ${o.ko}했음`,
    (a: string, e: string, o: Op) => `${a} ${o.ko}함`,
    (a: string, e: string, o: Op) => `${e}${a} ${o.ko} 완료`,
    (a: string, e: string, o: Op) => `어제 ${e}${a} ${o.ko}했다`,
    (a: string, e: string, o: Op) => `${a} ${o.ko} 때문에 야근했어`,
    (a: string, e: string, o: Op) => `${a} ${o.ko} 자동화 너무 좋다`,
    (a: string, e: string, o: Op) => `${e}${a} ${o.ko} 예정이야`,
    (a: string, e: string, o: Op) => `${a} ${o.ko} 진행 중`,
    (a: string, e: string, o: Op) => `내일 ${e}${a} ${o.ko}할 거야`,
  ],
  hypothetical: [
    (a: string, e: string, o: Op) => `${e}${a} ${o.ko}하면 어떻게 돼?`,
    (a: string, e: string, o: Op) => `${a} 지금 ${o.ko}해도 될까?`,
    (a: string, e: string, o: Op) => `만약 ${e}${a} ${o.ko}하면?`,
    (a: string, e: string, o: Op) => `${a} ${o.ko}하는 게 나을까`,
  ],
};
const en = {
  read: [
    (a: string, e: string, o: Op) => `show ${o.en} history of ${a}${e}`,
    (a: string, e: string, o: Op) => `${o.en} status of ${a}${e}`,
    (a: string, e: string, o: Op) => `${a} ${o.en} history`,
    (a: string, e: string, o: Op) => `list the ${o.en} log of ${a}${e}`,
  ],
  question: [
    (a: string, e: string, o: Op) => `did ${a} ${o.en}${e}?`,
    (a: string, e: string, o: Op) => `was ${a} ${o.past}${e}`,
    (a: string, e: string, o: Op) => `how many times did we ${o.en} ${a}${e}?`,
    (a: string, e: string, o: Op) => `when did ${a} last ${o.en}?`,
    (a: string, e: string, o: Op) => `is ${a} being ${o.past}${e}?`,
    (a: string, e: string, o: Op) => `which ${o.en} of ${a} failed?`,
    (a: string, e: string, o: Op) => `are we going to ${o.en} ${a}${e}?`,
  ],
  negation: [
    (a: string, e: string, o: Op) => `don't ${o.en} ${a}${e}`,
    (a: string, e: string, o: Op) => `do not ${o.en} ${a}${e}`,
    (a: string, e: string, o: Op) => `never ${o.en} ${a}${e}`,
    // round 30: "no delete batch-job on prod" had deleted (the pattern never matched)
    (a: string, e: string, o: Op) => `no ${o.en} ${a}${e}`,
    (a: string, e: string, o: Op) => `please don't ${o.en} ${a}`,
    (a: string, e: string, o: Op) => `cancel the ${o.en} of ${a}${e}`,
    (a: string, e: string, o: Op) => `let's not ${o.en} ${a}${e}`,
    (a: string, e: string, o: Op) => `I'd rather not ${o.en} ${a}${e}`,
    (a: string, e: string, o: Op) => `${o.en} ${a}${e}... never mind`,
  ],
  report: [
    (a: string, e: string, o: Op) => `we ${o.past} ${a}${e} yesterday`,
    (a: string, e: string, o: Op) => `I already ${o.past} ${a}`,
    (a: string, e: string, o: Op) => `the ${o.en} of ${a}${e} was slow`,
    (a: string, e: string, o: Op) => `write a script to ${o.en} ${a}`,
    (a: string, e: string, o: Op) => `we're planning to ${o.en} ${a}${e}`,
    (a: string, e: string, o: Op) => `the ${o.en} of ${a}${e} is in progress`,
  ],
  hypothetical: [
    (a: string, e: string, o: Op) => `what if I ${o.en} ${a}${e}?`,
    (a: string, e: string, o: Op) => `what happens if we ${o.en} ${a}${e}`,
    (a: string, e: string, o: Op) => `should I ${o.en} ${a}${e}?`,
    (a: string, e: string, o: Op) => `could ${o.en}ing ${a} break anything?`,
    (a: string, e: string, o: Op) => `I wonder if we ${o.en} ${a}${e}`,
    (a: string, e: string, o: Op) => `${o.en} ${a}${e} in case it fails`,
  ],
};
const mixed = [
  (a: string, e: string, o: Op) => `${e}${a} ${o.en} 이력`,
  (a: string, e: string, o: Op) => `${e}${a} ${o.en} 됐어?`,
  (a: string, e: string, o: Op) => `${a} ${o.en} 하지 마`,
  (a: string, e: string, o: Op) => `${a} ${o.ko} history`,
  (a: string, e: string, o: Op) => `${a} ${o.en} 하면 어떻게 돼?`,
  (a: string, e: string, o: Op) => `${e}${a} ${o.ko} status`,
];

/** Chat noise around the sentence: never turns it into an order. */
const noise = fc.tuple(
  fc.constantFrom('', '혹시 ', 'hey ', 'ok ', '음 ', 'so '),
  fc.constantFrom('', '?', '.', ' ㅋㅋ', '!!', ' pls?'),
  fc.boolean(),
);
const decorate = ([pre, post, upper]: [string, string, boolean], text: string) =>
  `${pre}${upper ? text.toUpperCase() : text}${post}`;

const isClearChange = (i: Interpretation) => CHANGE_INTENTS.has(i.intent) && !i.ambiguous;

/** What a model might claim for the text: the change, unambiguous, with every entity filled in. */
function claimedChange(o: Op, a: string, env: NlpEnvironment, language: 'ko' | 'en'): Interpretation {
  return {
    intent: o.intent,
    entities: { app: a, environment: env, ...(o.intent === 'scale' ? { replicas: 3 } : {}) },
    confidence: 0.99,
    ambiguous: false,
    missing: [],
    suggestions: [],
    clarification: null,
    defaults: [],
    destructive: false,
    requiresConfirmation: false,
    source: 'anthropic',
    language,
  };
}

const families = (templates: Record<string, ((a: string, e: string, o: Op) => string)[]>) =>
  Object.entries(templates).map(([family, list]) => [family, list] as const);

describe('safety invariant: reads, questions, negations and hypotheticals never become a change', () => {
  it.each(families(ko))('Korean %s', (_family, templates) => {
    fc.assert(
      fc.property(fc.constantFrom(...templates), app, envKo, op, noise, (t, a, e, o, n) => {
        const text = decorate(n, t(a, e, o));
        expect({ text, clearChange: isClearChange(interpret(text, { knownApps })) }).toEqual({
          text,
          clearChange: false,
        });
        expect(isClearChange(enforceSafety(claimedChange(o, a, 'staging', 'ko'), text))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it.each(families(en))('English %s', (_family, templates) => {
    fc.assert(
      fc.property(fc.constantFrom(...templates), app, envEn, op, noise, (t, a, e, o, n) => {
        const text = decorate(n, t(a, e, o));
        expect({ text, clearChange: isClearChange(interpret(text, { knownApps })) }).toEqual({
          text,
          clearChange: false,
        });
        expect(isClearChange(enforceSafety(claimedChange(o, a, 'staging', 'en'), text))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('mixed Korean and English', () => {
    fc.assert(
      fc.property(fc.constantFrom(...mixed), app, envKo, op, noise, (t, a, e, o, n) => {
        const text = decorate(n, t(a, e, o));
        expect({ text, clearChange: isClearChange(interpret(text, { knownApps })) }).toEqual({
          text,
          clearChange: false,
        });
        expect(isClearChange(enforceSafety(claimedChange(o, a, 'staging', 'ko'), text))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('a model that says production where the text does not is asked about, never taken', () => {
    fc.assert(
      fc.property(fc.constantFrom(...knownApps), op, (a, o) => {
        const text = `${a} ${o.ko}해줘`;
        const gated = enforceSafety(claimedChange(o, a, 'production', 'ko'), text);
        expect(isClearChange(gated)).toBe(false);
      }),
    );
  });

  it('a named production is never dropped from a change (numbers, particles and word order around it)', () => {
    const prodKo = fc.constantFrom('운영', '운영계', '프로덕션', '상용', 'prod', 'production');
    const prodEn = fc.constantFrom('prod', 'production', 'live', 'prd');
    const count = fc.integer({ min: 0, max: 20 });
    const orders = fc.oneof(
      fc
        .tuple(fc.constantFrom(...knownApps), prodKo, count)
        .map(([a, e, n]) => `${e}에서 ${a} ${n}개로 내려줘`),
      fc
        .tuple(fc.constantFrom(...knownApps), prodKo, count)
        .map(([a, e, n]) => `${a} ${e}에서 ${n}개로 내려줘`),
      fc.tuple(fc.constantFrom(...knownApps), prodKo, count).map(([a, e, n]) => `${a} ${e} ${n}개로 맞춰줘`),
      fc
        .tuple(fc.constantFrom(...knownApps), prodKo, count)
        .map(([a, e, n]) => `${e} ${a} 리비전 ${n + 1}로 롤백해줘`),
      fc.tuple(fc.constantFrom(...knownApps), prodKo).map(([a, e]) => `${a}을 ${e}에 배포해줘`),
      fc
        .tuple(fc.constantFrom(...knownApps), prodKo, count)
        .map(([a, e, n]) => `${e}에서 ${a} ${n}개에서 ${n + 2}개로 늘려줘`),
      fc.tuple(fc.constantFrom(...knownApps), prodEn, count).map(([a, e, n]) => `scale ${a} to ${n} in ${e}`),
      fc.tuple(fc.constantFrom(...knownApps), prodEn).map(([a, e]) => `restart ${a} on ${e}`),
      fc.tuple(fc.constantFrom(...knownApps), prodEn).map(([a, e]) => `deploy ${a}:v1.2.3 to ${e}`),
    );
    fc.assert(
      fc.property(orders, (text) => {
        const r = interpret(text, { knownApps });
        if (isClearChange(r))
          expect({ text, environment: r.entities.environment }).toEqual({ text, environment: 'production' });
      }),
      { numRuns: 400 },
    );
  });

  it('what the gate asks back suggests the order itself, which then reads clearly', () => {
    const asked = fc.oneof(
      fc.tuple(fc.constantFrom(...knownApps), op).map(([a, o]) => `can you ${o.en} ${a}?`),
      fc.tuple(fc.constantFrom(...knownApps), op).map(([a, o]) => `${a} ${o.ko}해 줄래?`),
      fc.tuple(fc.constantFrom(...knownApps), op).map(([a, o]) => `${a} ${o.ko} 준비`),
    );
    fc.assert(
      fc.property(asked, (text) => {
        const r = interpret(text, { knownApps });
        expect(isClearChange(r)).toBe(false);
        for (const s of r.suggestions.filter((x) => x !== 'help' && x !== '도움말')) {
          const again = interpret(s, { knownApps });
          expect({ s, intent: again.intent, ambiguous: again.ambiguous }).toEqual({
            s,
            intent: r.intent,
            ambiguous: false,
          });
        }
      }),
    );
  });

  it('a remark after a polite order that names another operation never turns the order into that operation', () => {
    const ordered = fc.constantFrom(
      ['deploy', 'deploy web-app v2.0.1 to prod'],
      ['deploy', 'ship frontend v3.1.0 to staging'],
      ['restart', 'restart worker on prod'],
      ['rollback', 'roll back api-server on prod'],
      ['scale', 'scale billing-api on prod to 5'],
    );
    const remark = fc.constantFrom(
      'the restart loop is fixed',
      'the last rollback broke checkout',
      'we had a crash after the restart',
      'no more crashes since the rollback',
      'the delete button is broken',
      'the coupon drop starts at nine',
      'the deploy pipeline was slow',
      'scaling issues are gone',
      // the remark's operation word bare, refused or in the past ("…, rollback yesterday not the problem")
      'rollback yesterday not the problem',
      'restart did not help last time',
      'delete not needed',
      'deploy last night was fine',
      'scale up was not the fix',
      '롤백은 어제 했는데 소용없었어',
    );
    const please = fc.constantFrom('please, ', 'pls ', 'kindly ', '');
    fc.assert(
      fc.property(ordered, remark, please, ([intent, order], r, p) => {
        const text = `${p}${order}, ${r}`;
        const read = interpret(text, { knownApps });
        if (isClearChange(read)) expect({ text, intent: read.intent }).toEqual({ text, intent });
      }),
      { numRuns: 300 },
    );
  });

  // the property is not vacuous: the same words as an order are a change
  it('orders with the same words are changes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...knownApps), op, fc.boolean(), (a, o, korean) => {
        const text = korean
          ? `${a} ${o.ko}해줘${o.intent === 'scale' ? ' 3개로' : ''}`
          : `${o.en} ${a}${o.intent === 'scale' ? ' to 3' : ''}`;
        const r = interpret(text, { knownApps });
        expect({ text, intent: r.intent, ambiguous: r.ambiguous }).toEqual({
          text,
          intent: o.intent,
          ambiguous: false,
        });
      }),
    );
  });
});
