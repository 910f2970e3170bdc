import { convertQwertyToHangul } from 'es-hangul';
import { isDestructive, type OperationKind } from '../../deployments/deployments.contract.js';
import { editDistance, jamo } from './korean.js';
import {
  askAlternatives,
  askFuzzyProduction,
  askLowConfidence,
  askMissing,
  askNearMiss,
  askUnknownApp,
  askWhichApp,
  askWhichEnvironment,
  renderCommand,
  unknownReply,
} from './messages.js';
import { OPERATION_INTENTS } from './context.js';
import { CHANGE_INTENTS, INTENT_ENTITIES } from './intents.js';
import { read } from './reader.js';
import { enforceSafety } from './safety.js';
import { DICTIONARY_WORDS, FOLLOW_UP, STOP_WORDS } from './lexicon.js';
import type {
  EntityName,
  Entities,
  Intent,
  InterpretOptions,
  Interpretation,
  InterpretationSource,
  LearnedRule,
  Reading,
} from './types.js';

export { INTENT_ENTITIES } from './intents.js';
export const LOW_CONFIDENCE = 0.6;
/** The name as an image's repository ("ghcr.io/acme/billing:2.3.0"): an app name, whatever word it is. */
const IMAGE_OF = (name: string) => new RegExp(`/${name}(?::|@|(?![a-z0-9_.-]))|(?<![a-z0-9_./-])${name}:`);
/** An unregistered name that is an ordinary word, not an app name (app names carry a hyphen or a digit). */
const PLAIN_WORD = /^[a-z]+$/;

/** Nearest known app names for a name that is not one (webapp / web-ap → web-app). */
export function nearestApps(name: string, known: readonly string[]): string[] {
  const plain = name.replace(/[-_.]/g, '');
  const max = name.length <= 4 ? 1 : 2;
  let best = Infinity;
  let out: string[] = [];
  for (const k of known) {
    const d = Math.min(editDistance(name, k, max), editDistance(plain, k.replace(/[-_.]/g, ''), max));
    if (d > max) continue;
    if (d < best) {
      best = d;
      out = [k];
    } else if (d === best) out.push(k);
  }
  return out;
}

function keyDistance(a: string, b: string): number {
  const ja = jamo(a);
  const jb = jamo(b);
  return editDistance(ja, jb, Math.max(1, Math.floor(Math.max(ja.length, jb.length) * 0.25)));
}

/** The learned rule that applies to a reading: same residue, or (when the reader had no idea) a close one. */
export function matchRule(
  reading: Reading,
  rules: readonly LearnedRule[] | undefined,
): LearnedRule | undefined {
  if (!rules || rules.length === 0 || reading.key.length < 2) return undefined;
  const exact = rules.find((r) => r.key === reading.key);
  if (exact) return exact;
  let best: LearnedRule | undefined;
  let bestD = Infinity;
  for (const r of rules) {
    if (r.key.length < 2) continue;
    const limit = Math.max(1, Math.floor(Math.max(jamo(r.key).length, jamo(reading.key).length) * 0.25));
    const d = keyDistance(r.key, reading.key);
    if (d <= limit && d < bestD) {
      best = r;
      bestD = d;
    }
  }
  // a close (not identical) phrase only overrides a reading that is unsure or fuzzy
  if (best && (reading.intent === 'unknown' || reading.confidence < 0.9 || reading.intent === best.intent))
    return best;
  return undefined;
}

export interface FinalizeOptions extends InterpretOptions {
  source?: InterpretationSource;
  /** Extra alternatives (e.g. providers disagreeing) that make the command ambiguous. */
  alternatives?: { intent: Intent; entities: Entities }[];
}

/**
 * Turns a reading (from rules or an LLM) into the contract's answer: learned rules, context, near-miss
 * names, defaults (never production), missing entities, ambiguity, destructiveness and the messages.
 */
export function finalize(reading: Reading, options: FinalizeOptions = {}): Interpretation {
  const lang = reading.language;
  let intent = reading.intent;
  const entities: Entities = { ...reading.entities };
  let confidence = reading.confidence;
  const defaults: EntityName[] = [];
  const suggestions: string[] = [];
  let clarification: string | null = null;
  let ambiguous = false;
  const ctx = options.context;
  const known = options.knownApps ?? [];

  const rule = matchRule(reading, options.rules);
  if (rule) {
    intent = rule.intent;
    for (const [k, v] of Object.entries(rule.entities) as [EntityName, never][]) {
      if (entities[k] === undefined) (entities as Record<string, unknown>)[k] = v;
    }
    confidence = Math.max(confidence, 0.92);
  }

  let followUp = false;
  let environmentFromContext = false;
  // ellipsis: "production에도", "5개로", "prod too" repeat the previous operation
  if (
    intent === 'unknown' &&
    !reading.negated &&
    ctx?.intent &&
    ctx.intent !== 'unknown' &&
    ctx.intent !== 'help'
  ) {
    const hasEntity =
      entities.environment ||
      entities.replicas !== undefined ||
      entities.tag ||
      entities.revision !== undefined;
    if (hasEntity && (FOLLOW_UP.test(reading.key) || reading.key === '' || reading.reference)) {
      intent = entities.replicas !== undefined && ctx.intent !== 'deploy' ? 'scale' : ctx.intent;
      if (
        entities.replicas !== undefined &&
        !entities.tag &&
        ctx.intent === 'deploy' &&
        !entities.environment
      )
        intent = 'scale';
      confidence = 0.75;
      followUp = true;
    }
  }

  const spec = INTENT_ENTITIES[intent];
  // context: "it", "그거", or simply no app named
  if (spec.allowed.includes('app') && !entities.app && ctx?.app) {
    entities.app = ctx.app;
    confidence -= reading.reference ? 0.02 : 0.05;
    if (!entities.environment && ctx.environment) {
      entities.environment = ctx.environment;
      environmentFromContext = true;
    }
  } else if (
    spec.allowed.includes('app') &&
    entities.app &&
    ctx?.app === entities.app &&
    !entities.environment &&
    ctx.environment
  ) {
    entities.environment = ctx.environment;
    environmentFromContext = true;
  }

  // only what applies to the intent
  for (const k of Object.keys(entities) as EntityName[]) if (!spec.allowed.includes(k)) delete entities[k];

  // defaults (never production)
  if (
    OPERATION_INTENTS.has(intent) &&
    !entities.environment &&
    reading.environmentAlternatives.length === 0
  ) {
    entities.environment = options.defaultEnvironment ?? 'staging';
    defaults.push('environment');
    confidence -= 0.03;
  }

  // several apps / environments named
  if (reading.appAlternatives.length > 1 && spec.allowed.includes('app')) {
    ambiguous = true;
    clarification = askWhichApp(reading.appAlternatives, lang);
    delete entities.app;
    for (const a of reading.appAlternatives)
      suggestions.push(renderCommand(intent, { ...entities, app: a }, lang));
  }
  if (reading.environmentAlternatives.length > 1 && spec.allowed.includes('environment')) {
    ambiguous = true;
    delete entities.environment;
    clarification ??= askWhichEnvironment(reading.environmentAlternatives, lang);
    for (const e of reading.environmentAlternatives)
      suggestions.push(renderCommand(intent, { ...entities, environment: e }, lang));
  }
  // a typo that reads as production is never taken as production
  if (entities.environment === 'production' && reading.fuzzy.includes('environment')) {
    ambiguous = true;
    clarification ??= askFuzzyProduction(lang);
    suggestions.push(renderCommand(intent, entities, lang));
    delete entities.environment;
  }

  // an app that is not registered: a near miss is asked about (and not written as the app); an ordinary
  // word is no app at all ("restart my laptop"); another name is asked about
  if (entities.app && known.length > 0 && !known.includes(entities.app)) {
    const said = entities.app;
    const near = nearestApps(said, known);
    if (near.length > 0) {
      ambiguous = true;
      clarification ??= askNearMiss(said, near, lang);
      for (const n of near) suggestions.push(renderCommand(intent, { ...entities, app: n }, lang));
      delete entities.app;
    } else if (PLAIN_WORD.test(said) && !reading.reference && !IMAGE_OF(said).test(reading.text)) {
      // a change of something that is not an app is no command; a read of it reads everything
      if (CHANGE_INTENTS.has(intent) || intent === 'status' || intent === 'logs') {
        intent = 'unknown';
        for (const k of Object.keys(entities) as EntityName[]) delete entities[k];
        defaults.length = 0;
      } else delete entities.app;
    } else {
      ambiguous = true;
      clarification ??= askUnknownApp(said, known, lang);
      for (const n of known.slice(0, 3))
        suggestions.push(renderCommand(intent, { ...entities, app: n }, lang));
      // asked about, so not written as the app (the clarification names it)
      delete entities.app;
    }
  }
  // a count or revision said only relatively ("2개 더", "두 버전 전"): ask for it
  for (const k of reading.unclear ?? []) {
    if (!spec.allowed.includes(k)) continue;
    delete entities[k];
    ambiguous = true;
    clarification ??= askMissing(intent, [k], lang);
  }

  const missing = INTENT_ENTITIES[intent].required.filter((k) => entities[k] === undefined);
  if (missing.length > 0) {
    ambiguous = true;
    clarification ??= askMissing(intent, missing, lang);
    const apps = entities.app ? [entities.app] : known.slice(0, 3);
    for (const app of apps.length ? apps : ['web-app']) {
      const replicaChoices = missing.includes('replicas') ? [2, 3, 5] : [undefined];
      for (const r of replicaChoices)
        suggestions.push(
          renderCommand(intent, { ...entities, app, ...(r !== undefined ? { replicas: r } : {}) }, lang),
        );
    }
  }

  if (options.alternatives && options.alternatives.length > 1) {
    ambiguous = true;
    const described = options.alternatives.map((a) =>
      renderCommand(
        a.intent,
        { ...(entities.environment ? { environment: entities.environment } : {}), ...a.entities },
        lang,
      ),
    );
    clarification = askAlternatives(described, lang);
    suggestions.unshift(...described);
  }

  if (intent === 'unknown') {
    ambiguous = true;
    clarification ??= unknownReply(lang, reading.negated);
    suggestions.push(lang === 'ko' ? '도움말' : 'help');
  } else if (confidence < LOW_CONFIDENCE && !ambiguous) {
    ambiguous = true;
    clarification = askLowConfidence(lang);
    suggestions.push(renderCommand(intent, entities, lang), lang === 'ko' ? '도움말' : 'help');
  }

  // The deployments rule, applied to what the sentence says (the service re-applies it to the cluster's state).
  const destructive =
    CHANGE_INTENTS.has(intent) &&
    isDestructive({
      environment: entities.environment,
      operation: intent as OperationKind,
      replicasAfter: entities.replicas,
    });

  // every interpretation, from any source, leaves through the safety gate
  const learned = rule !== undefined;
  return enforceSafety(
    {
      intent,
      entities,
      confidence: Math.max(0, Math.min(1, Math.round(confidence * 100) / 100)),
      ambiguous,
      missing,
      suggestions: [...new Set(suggestions)].slice(0, 5),
      clarification,
      defaults,
      destructive,
      requiresConfirmation: destructive,
      source: options.source ?? 'rules',
      language: lang,
    },
    reading.text,
    {
      learned,
      // a follow-up resolved by the conversation (conversation.ts) is evidence the text alone cannot show
      followUp: followUp || reading.followUp === true,
      environmentFromContext: environmentFromContext || reading.environmentFromContext === true,
      names: [reading.entities.app, reading.entities.tag].filter((n): n is string => n !== undefined),
    },
  );
}

const LATIN_WORD = /[a-z]+(?:-[a-z0-9]+)*/gi;
const HANGUL_SYLLABLES = /^(?:[\uac00-\ud7a3]+|ㄱㄱ|ㅇㅇ|ㄴㄴ)$/;
const HANGUL = /[\uac00-\ud7a3]/;

/**
 * Korean typed with the keyboard in English mode ("web-app qovhgownj" = "web-app 배포해줘"): words that are
 * not app names are converted back with es-hangul's convertQwertyToHangul. Only used when the command
 * reads as nothing at all.
 */
export function readWithKeyboardFix(command: string, knownApps?: ReadonlySet<string>): Reading | undefined {
  if (/[\uac00-\ud7a3]/.test(command)) return undefined;
  let changed = false;
  const fixed = command.replace(LATIN_WORD, (word) => {
    if (
      word.length < 2 ||
      word.includes('-') ||
      STOP_WORDS.has(word.toLowerCase()) ||
      knownApps?.has(word.toLowerCase())
    )
      return word;
    let ko: string;
    try {
      ko = convertQwertyToHangul(word);
    } catch {
      return word; // es-hangul throws on letter runs that do not assemble into syllables
    }
    if (!HANGUL_SYLLABLES.test(ko)) return word;
    changed = true;
    return ko;
  });
  if (!changed) return undefined;
  const reading = read(fixed, { knownApps });
  if (reading.intent === 'unknown') return undefined;
  return { ...reading, confidence: Math.min(reading.confidence, 0.7), language: 'ko' };
}

/** A Latin word the reading did not use and no dictionary explains: perhaps Korean typed in English mode. */
function hasStrayWord(command: string, reading: Reading, knownApps?: ReadonlySet<string>): boolean {
  if (HANGUL.test(command)) return false;
  for (const m of command.toLowerCase().matchAll(LATIN_WORD)) {
    const w = m[0];
    if (w.length < 2 || w.includes('-') || w === reading.entities.app) continue;
    if (STOP_WORDS.has(w) || DICTIONARY_WORDS.has(w) || knownApps?.has(w)) continue;
    return true;
  }
  return false;
}

/** The rules reading of a command, with Korean typed in English keyboard mode read back when nothing else reads. */
export function readCommand(command: string, knownApps?: ReadonlySet<string>): Reading {
  const reading = read(command, { knownApps });
  if (reading.negated) return reading;
  if (reading.intent === 'unknown') return readWithKeyboardFix(command, knownApps) ?? reading;
  // an English command with one word typed in English keyboard mode ("deploy frontend tmxpdlwld" = 스테이징)
  if (!hasStrayWord(command, reading, knownApps)) return reading;
  const fixed = readWithKeyboardFix(command, knownApps);
  return fixed && fixed.intent === reading.intent && fixed.said.length > reading.said.length
    ? fixed
    : reading;
}

const knownAppSets = new WeakMap<readonly string[], ReadonlySet<string>>();
/** The known apps as a set, built once per list (callers pass the same list call after call). */
function knownAppSet(apps: readonly string[] | undefined): ReadonlySet<string> | undefined {
  if (!apps || apps.length === 0) return undefined;
  let set = knownAppSets.get(apps);
  if (!set) knownAppSets.set(apps, (set = new Set(apps)));
  return set;
}

/** The offline interpreter: rules reader + finalize. Pure and synchronous. */
export function interpret(command: string, options: InterpretOptions = {}): Interpretation {
  return finalize(readCommand(command, knownAppSet(options.knownApps)), options);
}
