import { josa } from 'es-hangul';
import { AppError } from '../../common/errors/app-error.js';
import { ERROR_MESSAGES, errorMessage, hasErrorMessage } from '../../common/errors/error-messages.js';
import { localizeError } from '../../common/errors/localize-error.js';
import { withJosa } from '../../common/i18n/josa.js';
import type { Language } from '../../common/i18n/language.js';
import type { AnyTemplate, ParamKind } from '../../common/i18n/templates.js';
import { AppNotFoundError } from '../apps/apps.errors.js';
import { InsufficientScopeError } from '../auth/auth.errors.js';
import {
  ConfirmationError,
  DeploymentNotFoundError,
  InvalidOperationError,
  NotDeployedError,
  OperationInProgressError,
  RollbackTargetError,
} from '../deployments/deployments.errors.js';
import { UnknownEnvironmentError } from '../apps/environments.service.js';
import { ClusterNotConfiguredError, mapKubeError } from '../kubernetes/kubernetes.errors.js';
import { CLARIFICATIONS, INTENT_KO, renderCommand } from './interpreter/messages.js';
import { INTENTS, NLP_ENVIRONMENTS, type Entities } from './interpreter/types.js';
import {
  CommandTooLongError,
  InteractionNotFoundError,
  InvalidCorrectionError,
  RuleNotFoundError,
} from './nlp.errors.js';
import { ANSWERS } from './answers.js';

/**
 * Every template of every catalogue (answers, clarifications, errors, suggested commands), rendered with
 * names ending in a consonant, in a vowel and in ㄹ: Korean particles must follow the final sound
 * (롤백은, 스케일은, 배포는; web-app을, api를; v1로, 3으로), and a Korean answer has no English in it
 * (nor an English answer Korean) apart from the names themselves and code.
 */

type Final = 'consonant' | 'vowel' | 'rieul';
/** Sample names with their final sound as a Korean reader says them (the expectation, independent of withJosa). */
const WORDS: Record<string, Final> = {
  'web-app': 'consonant', // 앱
  api: 'vowel', // 에이피아이
  결제앱: 'consonant',
  결제서버: 'vowel',
  모바일: 'rieul',
  v1: 'rieul', // 일
  v2: 'vowel', // 이
  staging: 'consonant', // 징
  production: 'consonant', // 션
};
const NUMBERS: Record<number, Final> = {
  0: 'consonant',
  1: 'rieul',
  2: 'vowel',
  3: 'consonant',
  10: 'consonant',
};
const TEXT = 'T-1';

const PARTICLES: { form: string; pair: string; after: Final[] }[] = [
  { form: '으로', pair: '으로/로', after: ['consonant'] },
  { form: '로', pair: '으로/로', after: ['vowel', 'rieul'] },
  { form: '이라', pair: '이라/라', after: ['consonant', 'rieul'] },
  { form: '라', pair: '이라/라', after: ['vowel'] },
  { form: '이에요', pair: '이에요/예요', after: ['consonant', 'rieul'] },
  { form: '예요', pair: '이에요/예요', after: ['vowel'] },
  { form: '을', pair: '을/를', after: ['consonant', 'rieul'] },
  { form: '를', pair: '을/를', after: ['vowel'] },
  { form: '은', pair: '은/는', after: ['consonant', 'rieul'] },
  { form: '는', pair: '은/는', after: ['vowel'] },
  { form: '과', pair: '와/과', after: ['consonant', 'rieul'] },
  { form: '와', pair: '와/과', after: ['vowel'] },
  { form: '이', pair: '이/가', after: ['consonant', 'rieul'] },
  { form: '가', pair: '이/가', after: ['vowel'] },
];

function samples(kind: ParamKind): unknown[] {
  switch (kind) {
    case 'word':
      return Object.keys(WORDS);
    case 'number':
      return Object.keys(NUMBERS).map(Number);
    case 'words':
      return [['web-app'], ['web-app', 'api'], ['api', '모바일'], ['결제서버', '결제앱']];
    case 'intent':
      return [...INTENTS];
    default:
      return [TEXT];
  }
}

/** Each template with a baseline, then every value of every parameter in turn (and absent when optional). */
function* renderings(t: AnyTemplate): Generator<Record<string, unknown>> {
  const spec = Object.entries(t.params) as [string, string][];
  const base = Object.fromEntries(
    spec.map(([name, k]) => [name, samples(k.replace('?', '') as ParamKind)[0]]),
  );
  yield base;
  for (const [name, k] of spec) {
    for (const v of samples(k.replace('?', '') as ParamKind)) yield { ...base, [name]: v };
    if (k.endsWith('?')) yield { ...base, [name]: undefined };
  }
}

/** Names, numbers and intents a particle may follow in this rendering, with their final sound. */
function surfaces(args: Record<string, unknown>): Map<string, Final> {
  const out = new Map<string, Final>();
  for (const v of Object.values(args)) {
    const values = Array.isArray(v) ? v : [v];
    for (const x of values) {
      if (typeof x === 'number') out.set(String(x), NUMBERS[x]);
      else if (typeof x === 'string' && x in WORDS) out.set(x, WORDS[x]);
      else if (typeof x === 'string' && (INTENTS as readonly string[]).includes(x)) {
        const ko = INTENT_KO[x as (typeof INTENTS)[number]];
        const final =
          josa.pick(ko, '으로/로') === '로'
            ? josa.pick(ko, '을/를') === '을'
              ? 'rieul'
              : 'vowel'
            : 'consonant';
        out.set(ko, final);
      }
    }
  }
  return out;
}

const BOUNDARY = /[A-Za-z0-9가-힣_.-]/;

/** Wrong particles after a name: `롤백는`, `v1으로`, `api을`, and the lazy `을(를)` forms. */
function particleErrors(text: string, names: Map<string, Final>): string[] {
  const errors: string[] = [];
  if (/\((?:을|를|이|가|은|는|으|와|과)\)|[을이은와]\((?:를|가|는|과)\)/.test(text))
    errors.push(`lazy particle in: ${text}`);
  for (const [name, final] of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      if (i > 0 && BOUNDARY.test(text[i - 1])) continue;
      let rest = text.slice(i + name.length);
      if (rest && BOUNDARY.test(rest[0]) && !/[가-힣]/.test(rest[0])) continue;
      rest = rest.replace(/^['"’”)\]]+/u, '');
      const particle = PARTICLES.find((p) => rest.startsWith(p.form));
      if (particle && !particle.after.includes(final))
        errors.push(
          `"${name}${particle.form}" (${final}-final takes the other form of ${particle.pair}) in: ${text}`,
        );
    }
  }
  return errors;
}

/** What is left of a text once names, quoted examples, paths and code identifiers are taken out. */
function prose(text: string, args: Record<string, unknown>): string {
  let out = text;
  const values = Object.values(args).flatMap((v) => (Array.isArray(v) ? v : [v]));
  for (const v of values.map(String).sort((a, b) => b.length - a.length))
    if (v.length > 0) out = out.split(v).join(' ');
  return out
    .replace(/"[^"]*"|'[^']*'/g, ' ') // quoted examples and names
    .replace(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/g, ' ') // JSON shapes
    .replace(/\S*\/\S*/g, ' ') // paths
    .replace(/\b[A-Za-z]+(?:[A-Z_][A-Za-z]*)+\b/g, ' ') // confirmationToken, process_command
    .replace(/운영\(production\)/g, ' ') // the gloss README promises
    .replace(/\b(?:GET|API|HTTP|RBAC|KUBECONFIG|kubeconfig)\b/g, ' ');
}

function languageErrors(text: string, args: Record<string, unknown>, lang: Language): string[] {
  const left = prose(text, args);
  if (lang === 'ko') {
    const english = left.match(/[A-Za-z]{2,}/g);
    return english ? [`English ${JSON.stringify(english)} in a Korean answer: ${text}`] : [];
  }
  const korean = left.match(/[가-힣ㄱ-ㅎ]+/g);
  return korean ? [`Korean ${JSON.stringify(korean)} in an English answer: ${text}`] : [];
}

const CATALOGUES: Record<string, Record<string, AnyTemplate>> = {
  answers: ANSWERS,
  clarifications: CLARIFICATIONS,
  errors: ERROR_MESSAGES,
};

describe('one language per answer: every template of every catalogue', () => {
  for (const [catalogue, templates] of Object.entries(CATALOGUES)) {
    it(`${catalogue}: particles follow the final sound; Korean and English never mix`, () => {
      const problems: string[] = [];
      let checked = 0;
      for (const [key, t] of Object.entries(templates)) {
        for (const args of renderings(t)) {
          for (const lang of ['ko', 'en'] as const) {
            const text = t[lang](args as never);
            checked += 1;
            if (!text.trim()) problems.push(`${catalogue}.${key} (${lang}) is empty`);
            if (lang === 'ko')
              problems.push(...particleErrors(text, surfaces(args)).map((p) => `${key}: ${p}`));
            problems.push(...languageErrors(text, args, lang).map((p) => `${key}: ${p}`));
          }
        }
      }
      expect(problems).toEqual([]);
      expect(checked).toBeGreaterThan(Object.keys(templates).length * 4);
    });
  }

  it('suggested commands (renderCommand) take the right particles and stay in their language', () => {
    const problems: string[] = [];
    for (const intent of INTENTS) {
      for (const app of Object.keys(WORDS)) {
        for (const e of [
          { app },
          { app, environment: 'staging' },
          { app, tag: 'v1' },
          { app, tag: 'v2', replicas: 2 },
          { app, revision: 1 },
          { app, revision: 2 },
          { app, revision: 3 },
          { app, replicas: 0, lines: 10 },
        ] as Entities[]) {
          for (const environment of [undefined, ...NLP_ENVIRONMENTS]) {
            const entities = { ...e, ...(environment ? { environment } : {}) };
            const args = entities as Record<string, unknown>;
            const ko = renderCommand(intent, entities, 'ko');
            problems.push(...particleErrors(ko, surfaces(args)), ...languageErrors(ko, args, 'ko'));
            problems.push(...languageErrors(renderCommand(intent, entities, 'en'), args, 'en'));
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('withJosa reads Hangul (es-hangul) and Latin names and digits by their final sound', () => {
    expect(['롤백', '스케일', '배포', '재시작'].map((w) => withJosa(w, '은/는'))).toEqual([
      '롤백은',
      '스케일은',
      '배포는',
      '재시작은',
    ]);
    expect(withJosa('web-app', '을/를')).toBe('web-app을');
    expect(withJosa('api', '을/를')).toBe('api를');
    expect(withJosa("'web-app'", '을/를')).toBe("'web-app'을");
    expect(withJosa('v1', '으로/로')).toBe('v1로');
    expect(withJosa('3', '으로/로')).toBe('3으로');
    expect(withJosa('2', '으로/로')).toBe('2로');
    expect(withJosa('모바일', '으로/로')).toBe('모바일로');
    expect(withJosa('web-app', '와/과')).toBe('web-app과');
    expect(withJosa('api', '와/과')).toBe('api와');
  });
});

describe('errors: one catalogue renders every error a command can meet, in English and Korean', () => {
  const kubeCtx = { verb: 'patch', resource: 'deployments', namespace: 'staging', name: 'web-app' };
  const kubeStatus = (code: number) => Object.assign(new Error('x'), { code, body: { message: 'boom' } });
  const errors: AppError[] = [
    new AppNotFoundError('web-app'),
    new NotDeployedError('web-app', 'staging', 'staging'),
    RollbackTargetError.noPrevious('web-app', 'staging'),
    RollbackTargetError.revision('api', 'production', 2),
    RollbackTargetError.tag('api', 'staging', 'v1'),
    new OperationInProgressError('web-app', 'staging', 'op-1'),
    ConfirmationError.invalid(),
    ConfirmationError.expired(),
    ConfirmationError.used(),
    ConfirmationError.otherUser(),
    ConfirmationError.planChanged(),
    new InvalidOperationError('invalid_operation.replicas', {}),
    new InvalidOperationError('invalid_operation.tag', {}),
    new InvalidOperationError('invalid_operation.revision', {}),
    new InvalidOperationError('invalid_operation.deploy_needs_tag', {}),
    new InvalidOperationError('invalid_operation.scale_needs_replicas', {}),
    new InvalidOperationError('invalid_operation.rollback_revision_and_tag', {}),
    new InvalidOperationError('invalid_operation.unknown_operation', { operation: 'x', known: 'deploy' }),
    new InvalidOperationError('invalid_operation.unknown_source', { source: 'x' }),
    new DeploymentNotFoundError('d-1'),
    new UnknownEnvironmentError('qa'),
    new ClusterNotConfiguredError(),
    ...[404, 409, 403, 401, 422, 500, 418].map((c) => mapKubeError(kubeStatus(c), kubeCtx)),
    mapKubeError(Object.assign(new Error('t'), { code: 'ETIMEDOUT' }), kubeCtx),
    mapKubeError(Object.assign(new Error('r'), { code: 'ECONNREFUSED' }), kubeCtx),
    new CommandTooLongError(500),
    new InteractionNotFoundError('i-1'),
    new RuleNotFoundError('r-1'),
    new InvalidCorrectionError(),
    new InsufficientScopeError(['deploy:read'], ['nlp:execute']),
    new InsufficientScopeError(['deploy:write'], ['nlp:execute'], undefined, 'deploy through a command'),
  ];

  it.each(errors.map((e) => [e.messageKey, e]))(
    '%s: English from the catalogue, Korean on demand',
    (_, err) => {
      const e = err as AppError;
      expect(hasErrorMessage(e.messageKey)).toBe(true);
      expect(errorMessage(e.messageKey as never, e.params as never, 'en')).toBe(e.message);
      const ko = localizeError(e, 'ko') as AppError;
      expect(ko).toBeInstanceOf(e.constructor);
      expect({ status: ko.status, code: ko.code, details: ko.details, options: ko.options }).toEqual({
        status: e.status,
        code: e.code,
        details: e.details,
        options: e.options,
      });
      expect(ko.message).toMatch(/[가-힣]/);
      expect(languageErrors(ko.message, e.params as Record<string, unknown>, 'ko')).toEqual([]);
      expect(localizeError(e, 'en')).toBe(e);
    },
  );

  it('an error the catalogue does not know is still answered in Korean, by its status', () => {
    const ko = localizeError(new AppError(409, 'something_new', 'Something new happened'), 'ko') as AppError;
    expect(ko).toMatchObject({ code: 'something_new', status: 409 });
    expect(ko.message).toMatch(/^[^A-Za-z]+$/);
  });
});
