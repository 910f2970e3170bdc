import fc from 'fast-check';
import { CHANGE_INTENTS } from '../interpreter/intents.js';
import { readCommand } from '../interpreter/interpreter.js';
import { INTENTS, type Intent } from '../interpreter/types.js';
import { CLASSIFIER_THRESHOLDS, combine, disagreeOnChange } from './combine.js';
import type { Classification } from './intent-classifier.js';

const knownApps = ['web-app', 'api-server', 'worker', 'cart-api'];
const options = { knownApps, defaultEnvironment: 'staging' as const };
const read = (command: string) => readCommand(command, new Set(knownApps));

/** Commands the rules read as each kind: clear changes, reads, help, unknown. */
const COMMANDS = [
  'web-app을 production에 배포해줘',
  'deploy web-app:v1.2.0 to staging',
  'scale worker to 3 replicas',
  'worker 5개로 늘려줘',
  'roll back cart-api in production',
  'api-server 롤백해줘',
  'restart api-server',
  'web-app 재시작',
  'delete worker from dev',
  'cart-api 삭제해줘',
  'web-app 상태 보여줘',
  'show logs of api-server',
  'list apps in staging',
  'web-app 배포 이력 보여줘',
  'help',
  '도움말',
  'order a pizza',
  '오늘 날씨 어때',
  'web-app 배포하지 마',
  'zorblax web-app',
];

const classification = (intent: Intent, score: number, others: [Intent, number][] = []): Classification => {
  const scores: Partial<Record<Intent, number>> = { [intent]: score };
  for (const [i, s] of others) if (i !== intent) scores[i] = s;
  const ranked = Object.entries(scores).sort(([, a], [, b]) => b - a) as [Intent, number][];
  return {
    intent: ranked[0][0],
    score: ranked[0][1],
    runnerUp: ranked[1] ? { intent: ranked[1][0], score: ranked[1][1] } : null,
    scores,
  };
};

const arbClassification = fc
  .tuple(
    fc.constantFrom(...INTENTS),
    fc.double({ min: 0.01, max: 1, noNaN: true }),
    fc.array(fc.tuple(fc.constantFrom(...INTENTS), fc.double({ min: 0, max: 1, noNaN: true })), {
      maxLength: 3,
    }),
  )
  .map(([intent, score, others]) => classification(intent, score, others));

describe('combine (rules + classifier)', () => {
  it('property: any disagreement between the rules and the classifier about a change is ambiguous', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COMMANDS), arbClassification, (command, c) => {
        const reading = read(command);
        const r = combine(reading, c, options);
        if (disagreeOnChange(reading.intent, c)) expect(r.ambiguous).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('property: the classifier never makes a change happen on its own', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COMMANDS), arbClassification, (command, c) => {
        const reading = read(command);
        const r = combine(reading, c, options);
        const rulesAlone = combine(reading, null, options);
        if (CHANGE_INTENTS.has(r.intent) && !r.ambiguous) {
          // an executable change is exactly the rules' own reading, and the classifier did not contradict it
          expect(rulesAlone).toEqual(r);
          expect(disagreeOnChange(reading.intent, c)).toBe(false);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('agreement → as the rules say', () => {
    const reading = read('restart api-server');
    expect(combine(reading, classification('restart', 0.9), options)).toEqual(
      combine(reading, null, options),
    );
  });

  it('rules unknown + a confident read → that read with the rules’ entities, source classifier', () => {
    const reading = read('zorblax web-app');
    expect(reading.intent).toBe('unknown');
    const r = combine(reading, classification('status', 0.95), options);
    expect(r).toMatchObject({ intent: 'status', ambiguous: false, source: 'classifier' });
    expect(r.entities.app).toBe('web-app');
    // not confident enough → still unknown
    const unsure = combine(reading, classification('status', CLASSIFIER_THRESHOLDS.confident - 0.1), options);
    expect(unsure.intent).toBe('unknown');
  });

  it('rules unknown + the classifier says a change → ambiguous with a clarification, never executed', () => {
    const r = combine(read('zorblax web-app'), classification('delete', 0.99), options);
    expect(r).toMatchObject({ intent: 'delete', ambiguous: true, source: 'classifier' });
    expect(r.clarification).toBeTruthy();
  });

  it('rules say a change, the classifier another intent by the margin → ambiguous naming both readings', () => {
    const r = combine(
      read('restart api-server'),
      classification('status', 0.95, [['restart', 0.05]]),
      options,
    );
    expect(r.ambiguous).toBe(true);
    expect(r.clarification).toContain('restart api-server');
    expect(r.clarification).toContain('show the status of api-server');
    // within the margin the rules stand
    const close = combine(
      read('restart api-server'),
      classification('status', 0.5, [['restart', 0.45]]),
      options,
    );
    expect(close).toMatchObject({ intent: 'restart', ambiguous: false });
  });

  it('rules say a change, the classifier reads no operation → unknown, offering the rules’ reading', () => {
    const r = combine(
      read('restart api-server'),
      classification('unknown', 0.95, [['restart', 0.05]]),
      options,
    );
    expect(r).toMatchObject({ intent: 'unknown', ambiguous: true });
    expect(r.clarification).toContain('restart api-server');
  });

  it('a reading offered back never names an app the command did not say, and is no suggestion to send', () => {
    for (const [command, blank] of [
      ['좌석 hold 꼬임 그거 rollback', '(앱 이름)을 이전 버전으로 롤백해줘'],
      ['seat hold is broken, that thing, rollback', 'roll back (app name) to the previous version'],
    ]) {
      const r = combine(read(command), classification('unknown', 0.95, [['rollback', 0.05]]), options);
      expect(r).toMatchObject({ intent: 'unknown', ambiguous: true });
      expect(r.clarification).toContain(blank);
      for (const app of knownApps) expect(r.clarification).not.toContain(app);
      expect(r.suggestions.join(' ')).not.toMatch(/롤백|roll back|\(app name\)|앱 이름/);
    }
  });

  it('two different reads → as the rules say', () => {
    const reading = read('web-app 상태 보여줘');
    expect(combine(reading, classification('history', 0.99), options)).toEqual(
      combine(reading, null, options),
    );
  });

  it('the classifier says a change the rules read as a read → ambiguous', () => {
    const r = combine(read('web-app 상태 보여줘'), classification('deploy', 0.95), options);
    expect(r.ambiguous).toBe(true);
    expect(r.clarification).toMatch(/배포해줘/);
  });

  it('a negation stays as the rules read it', () => {
    const reading = read('web-app 배포하지 마');
    expect(combine(reading, classification('deploy', 1), options)).toEqual(combine(reading, null, options));
  });

  it('an intent the conversation carried ("아니다 5개로" after a scale) stays as the rules read it', () => {
    const reading = { ...read('worker 5개로'), intent: 'scale' as const, followUp: true };
    const r = combine(reading, classification('unknown', 0.99), options);
    expect(r).toEqual(combine(reading, null, options));
  });

  it('a phrase the user taught (learned rule) stays as taught', () => {
    const reading = read('zorblax web-app');
    const rules = [{ key: reading.key, intent: 'restart' as const, entities: {} }];
    const r = combine(reading, classification('status', 0.95), { ...options, rules });
    expect(r).toMatchObject({ intent: 'restart', ambiguous: false });
  });
});
