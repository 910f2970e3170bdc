import { withConfigSnippetAsked } from './config-snippets.js';
import { withoutResourceChange } from './resource-settings.js';
import { asPlainText, withPlaceOfAnAddressAsked } from './plain-text.js';
import { asOwnWords } from './pasted-output.js';
import { asRepaired } from './disfluency.js';
import { withoutCliTool } from './cli-lines.js';
import { hasStrayWord, readWithKeyboardFix } from './keyboard-mode.js';
import { isDestructive, MAX_REPLICAS, type OperationKind } from '../../deployments/deployments.contract.js';
import { editDistance } from './korean.js';
import { matchRule } from './learned-rules.js';
import {
  askFuzzyProduction,
  askLowConfidence,
  askBeyondReplicaLimit,
  askMissing,
  askNearMiss,
  askUnknownApp,
  askWhichApp,
  askWhichEnvironment,
  offerAlternatives,
  renderCommand,
  unknownReply,
} from './messages.js';
import { environmentFor, OPERATION_INTENTS } from './context.js';
import { CHANGE_INTENTS, INTENT_ENTITIES } from './intents.js';
import { orderSentenceOfLongMessage } from './long-messages.js';
import { read } from './reader.js';
import { enforceSafety } from './safety.js';
import { CHANGE_PATTERNS } from './safety-words.js';
import { asksRead } from './asked-reads.js';
import { FOLLOW_UP } from './lexicon.js';
import {
  APP_FROM_CONTEXT_PENALTY,
  APP_FROM_REFERENCE_PENALTY,
  DEFAULT_ENVIRONMENT_PENALTY,
  LEARNED_RULE,
  LOW_CONFIDENCE,
  REPEATED_OPERATION,
} from './confidence.js';
import { openingRead } from './opening-read.js';
import { orderAfterRead } from './order-after-read.js';
import { withNumberedStepsAsked } from './numbered-steps.js';
import { withShownOperationAsHistory } from './shown-operations.js';
import { withAttackShapesAsked } from './attack-shapes.js';
import { speaksAsAnotherVoice } from './order-openings.js';
import type {
  ConversationContext,
  EntityName,
  Entities,
  Intent,
  InterpretOptions,
  Interpretation,
  InterpretationSource,
  LearnedRule,
  NlpEnvironment,
  Reading,
} from './types.js';

export { INTENT_ENTITIES } from './intents.js';
export { matchRule };
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

export interface FinalizeOptions extends InterpretOptions {
  source?: InterpretationSource;
  /** Extra alternatives (e.g. providers disagreeing) that make the command ambiguous. */
  alternatives?: { intent: Intent; entities: Entities }[];
}

/** The answer being built from a reading, step by step. */
interface Draft {
  intent: Intent;
  entities: Entities;
  confidence: number;
  defaults: EntityName[];
  suggestions: string[];
  clarification: string | null;
  ambiguous: boolean;
  /** The intent repeats the previous operation (an ellipsis). */
  followUp: boolean;
  environmentFromContext: boolean;
  /** The change's app came from a turn whose production was a look-alike: production is asked, not defaulted. */
  productionInDoubt?: boolean;
  /** The change's app came from a turn asked which of these places: asked again, not defaulted. */
  placesInDoubt?: readonly NlpEnvironment[];
}

type EntitySpec = (typeof INTENT_ENTITIES)[Intent];
type Language = Reading['language'];

/**
 * Turns a reading (from rules or an LLM) into the contract's answer: learned rules, context, near-miss
 * names, defaults (never production), missing entities, ambiguity, destructiveness and the messages.
 */
export function finalize(reading: Reading, options: FinalizeOptions = {}): Interpretation {
  const d: Draft = {
    intent: reading.intent,
    entities: { ...reading.entities },
    confidence: reading.confidence,
    defaults: [],
    suggestions: [],
    clarification: null,
    ambiguous: false,
    followUp: false,
    environmentFromContext: false,
  };
  const known = options.knownApps ?? [];
  const rule = applyLearnedRule(d, reading, options.rules);
  repeatPreviousOperation(d, reading, options.context);
  // what the intent takes, as read before an unregistered word can turn it into unknown
  const spec = INTENT_ENTITIES[d.intent];
  takeAppFromContext(d, reading, spec, options.context);
  for (const k of Object.keys(d.entities) as EntityName[])
    if (!spec.allowed.includes(k)) delete d.entities[k];
  applyDefaultEnvironment(d, reading, options.defaultEnvironment);
  askWhichOfSeveral(d, reading, spec);
  checkUnregisteredApp(d, reading, known);
  askUnclear(d, reading, spec);
  const missing = askForMissing(d, known, reading.language);
  askBetweenAlternatives(d, options.alternatives ?? readsAskedTogether(d, reading), reading.language);
  askWhenUnsure(d, reading);
  return leaveThroughSafetyGate(d, reading, missing, rule !== undefined, options.source);
}

function applyLearnedRule(
  d: Draft,
  reading: Reading,
  rules: readonly LearnedRule[] | undefined,
): LearnedRule | undefined {
  const rule = matchRule(reading, rules);
  if (rule) {
    d.intent = rule.intent;
    for (const [k, v] of Object.entries(rule.entities) as [EntityName, never][]) {
      if (d.entities[k] === undefined) (d.entities as Record<string, unknown>)[k] = v;
    }
    d.confidence = Math.max(d.confidence, LEARNED_RULE);
  }
  return rule;
}

/** Ellipsis: "production에도", "5개로", "prod too" repeat the previous operation. */
function repeatPreviousOperation(d: Draft, reading: Reading, ctx: ConversationContext | undefined): void {
  const { entities } = d;
  if (
    d.intent !== 'unknown' ||
    reading.negated ||
    !ctx?.intent ||
    ctx.intent === 'unknown' ||
    ctx.intent === 'help'
  )
    return;
  const hasEntity =
    entities.environment ||
    entities.replicas !== undefined ||
    entities.tag ||
    entities.revision !== undefined;
  if (!hasEntity || !(FOLLOW_UP.test(reading.key) || reading.key === '' || reading.reference)) return;
  // "Show me cart-api on staging, just to see …" while a delete waits: a read said in words never repeats a change
  if (CHANGE_INTENTS.has(ctx.intent) && asksRead(reading.text.toLowerCase())) return;
  d.intent = entities.replicas !== undefined && ctx.intent !== 'deploy' ? 'scale' : ctx.intent;
  if (entities.replicas !== undefined && !entities.tag && ctx.intent === 'deploy' && !entities.environment)
    d.intent = 'scale';
  d.confidence = REPEATED_OPERATION;
  d.followUp = true;
}

/** "it", "그거", or simply no app named: the conversation's app (and its environment, or that of two apps named in it). */
function takeAppFromContext(
  d: Draft,
  reading: Reading,
  spec: EntitySpec,
  ctx: ConversationContext | undefined,
): void {
  const { entities } = d;
  if (spec.allowed.includes('app') && !entities.app && ctx?.app) {
    entities.app = ctx.app;
    d.confidence -= reading.reference ? APP_FROM_REFERENCE_PENALTY : APP_FROM_CONTEXT_PENALTY;
    if (!entities.environment && ctx.environment) {
      entities.environment = ctx.environment;
      d.environmentFromContext = true;
    } else if (!entities.environment && ctx.productionInDoubt && CHANGE_INTENTS.has(d.intent)) {
      // "restart auth-service on porduction" asked about; "will staff be logged out during the restart?" → not staging
      entities.environment = 'production';
      d.productionInDoubt = true;
    } else if (!entities.environment && ctx.placesInDoubt && CHANGE_INTENTS.has(d.intent)) {
      d.placesInDoubt = ctx.placesInDoubt;
    }
  } else if (spec.allowed.includes('app') && !entities.environment) {
    const environment = environmentFor(ctx, entities.app, OPERATION_INTENTS.has(d.intent));
    if (environment) {
      entities.environment = environment;
      d.environmentFromContext = true;
    }
  }
}

/** The default environment (never production) for an operation that names none. */
function applyDefaultEnvironment(
  d: Draft,
  reading: Reading,
  defaultEnvironment: InterpretOptions['defaultEnvironment'],
): void {
  if (
    OPERATION_INTENTS.has(d.intent) &&
    !d.entities.environment &&
    reading.environmentAlternatives.length === 0
  ) {
    d.entities.environment = defaultEnvironment ?? 'staging';
    d.defaults.push('environment');
    d.confidence -= DEFAULT_ENVIRONMENT_PENALTY;
  }
}

/** Several apps or environments named, or a typo that reads as production: which one is asked. */
function askWhichOfSeveral(d: Draft, reading: Reading, spec: EntitySpec): void {
  const { entities, intent } = d;
  const lang = reading.language;
  if (reading.appAlternatives.length > 1 && spec.allowed.includes('app')) {
    d.ambiguous = true;
    d.clarification = askWhichApp(reading.appAlternatives, lang);
    delete entities.app;
    for (const a of reading.appAlternatives)
      d.suggestions.push(renderCommand(intent, { ...entities, app: a }, lang));
  }
  const places =
    reading.environmentAlternatives.length > 1 ? reading.environmentAlternatives : d.placesInDoubt;
  if (places && places.length > 1 && spec.allowed.includes('environment')) {
    d.ambiguous = true;
    delete entities.environment;
    d.clarification ??= askWhichEnvironment(places, lang);
    for (const e of places) d.suggestions.push(renderCommand(intent, { ...entities, environment: e }, lang));
  }
  // a typo that reads as production is never taken as production
  if (
    entities.environment === 'production' &&
    (reading.fuzzy.includes('environment') || d.productionInDoubt)
  ) {
    d.ambiguous = true;
    d.clarification ??= askFuzzyProduction(lang);
    d.suggestions.push(renderCommand(intent, entities, lang));
    delete entities.environment;
  }
}

/**
 * An app that is not registered: a near miss is asked about (and not written as the app); an ordinary word is
 * no app at all ("restart my laptop"); another name is asked about.
 */
function checkUnregisteredApp(d: Draft, reading: Reading, known: readonly string[]): void {
  const { entities } = d;
  if (!entities.app || known.length === 0 || known.includes(entities.app)) return;
  const lang = reading.language;
  const said = entities.app;
  const near = nearestApps(said, known);
  if (near.length > 0) {
    d.ambiguous = true;
    d.clarification ??= askNearMiss(said, near, lang);
    for (const n of near) d.suggestions.push(renderCommand(d.intent, { ...entities, app: n }, lang));
    delete entities.app;
  } else if (PLAIN_WORD.test(said) && !reading.reference && !IMAGE_OF(said).test(reading.text)) {
    // a change of something that is not an app is no command; a read of it reads everything
    if (CHANGE_INTENTS.has(d.intent) || d.intent === 'status' || d.intent === 'logs') {
      d.intent = 'unknown';
      for (const k of Object.keys(entities) as EntityName[]) delete entities[k];
      d.defaults.length = 0;
    } else delete entities.app;
  } else {
    d.ambiguous = true;
    d.clarification ??= askUnknownApp(said, known, lang);
    for (const n of known.slice(0, 3))
      d.suggestions.push(renderCommand(d.intent, { ...entities, app: n }, lang));
    // asked about, so not written as the app (the clarification names it)
    delete entities.app;
  }
}

/** A count or revision said only relatively ("2개 더", "두 버전 전"), or a count past the limit: ask for it. */
function askUnclear(d: Draft, reading: Reading, spec: EntitySpec): void {
  for (const k of reading.unclear ?? []) {
    if (!spec.allowed.includes(k)) continue;
    delete d.entities[k];
    d.defaults = d.defaults.filter((x) => x !== k);
    d.ambiguous = true;
    d.clarification ??= askMissing(d.intent, [k], reading.language);
  }
  const { replicas } = d.entities;
  if (d.intent === 'scale' && replicas !== undefined && replicas > MAX_REPLICAS) {
    d.ambiguous = true;
    d.clarification ??= askBeyondReplicaLimit(replicas, MAX_REPLICAS, reading.language);
  }
}

/** What the intent needs and was not said: asked for, with example commands to pick from. */
function askForMissing(d: Draft, known: readonly string[], lang: Language): EntityName[] {
  const { entities, intent } = d;
  const missing = INTENT_ENTITIES[intent].required.filter((k) => entities[k] === undefined);
  if (missing.length > 0) {
    d.ambiguous = true;
    d.clarification ??= askMissing(intent, missing, lang);
    const apps = entities.app ? [entities.app] : known.slice(0, 3);
    for (const app of apps.length ? apps : ['web-app']) {
      const replicaChoices = missing.includes('replicas') ? [2, 3, 5] : [undefined];
      for (const r of replicaChoices)
        d.suggestions.push(
          renderCommand(intent, { ...entities, app, ...(r !== undefined ? { replicas: r } : {}) }, lang),
        );
    }
  }
  return missing;
}

/** Two reads asked in one breath ("상태랑 배포 이력"): both offered, as when providers disagree. */
function readsAskedTogether(d: Draft, reading: Reading): FinalizeOptions['alternatives'] {
  if (!reading.alsoAsked || d.intent !== reading.intent) return undefined;
  const entities = { ...(d.entities.app ? { app: d.entities.app } : {}) };
  // a list of the apps is of no one app ("앱 목록 보여주고 web-app 상태도")
  const of = (intent: Intent) => (intent === 'list' ? {} : entities);
  return [d.intent, reading.alsoAsked].map((intent) => ({ intent, entities: of(intent) }));
}

/** Providers that disagree: each reading is offered, and the user picks. */
function askBetweenAlternatives(
  d: Draft,
  alternatives: FinalizeOptions['alternatives'],
  lang: Language,
): void {
  if (!alternatives || alternatives.length <= 1) return;
  d.ambiguous = true;
  const offered = offerAlternatives(
    alternatives.map((a) => ({
      intent: a.intent,
      entities: { ...(d.entities.environment ? { environment: d.entities.environment } : {}), ...a.entities },
    })),
    lang,
  );
  d.clarification = offered.clarification;
  d.suggestions.unshift(...offered.suggestions);
}

/** Nothing understood, or an intent read with too little confidence: asked about, with help offered. */
function askWhenUnsure(d: Draft, reading: Reading): void {
  const lang = reading.language;
  if (d.intent === 'unknown') {
    d.ambiguous = true;
    d.clarification ??= unknownReply(
      lang,
      reading.postponed ? 'postponed' : reading.negated ? 'negated' : 'unknown',
    );
    d.suggestions.push(lang === 'ko' ? '도움말' : 'help');
  } else if (d.confidence < LOW_CONFIDENCE && !d.ambiguous) {
    d.ambiguous = true;
    d.clarification = askLowConfidence(lang);
    d.suggestions.push(renderCommand(d.intent, d.entities, lang), lang === 'ko' ? '도움말' : 'help');
  }
}

function leaveThroughSafetyGate(
  d: Draft,
  reading: Reading,
  missing: EntityName[],
  learned: boolean,
  source: InterpretationSource | undefined,
): Interpretation {
  const { intent, entities } = d;
  // The deployments rule, applied to what the sentence says (the service re-applies it to the cluster's state).
  const destructive =
    CHANGE_INTENTS.has(intent) &&
    isDestructive({
      environment: entities.environment,
      operation: intent as OperationKind,
      replicasAfter: entities.replicas,
    });
  // every interpretation, from any source, leaves through the safety gate
  return enforceSafety(
    {
      intent,
      entities,
      confidence: Math.max(0, Math.min(1, Math.round(d.confidence * 100) / 100)),
      ambiguous: d.ambiguous,
      missing,
      suggestions: [...new Set(d.suggestions)].slice(0, 5),
      clarification: d.clarification,
      defaults: d.defaults,
      destructive,
      requiresConfirmation: destructive,
      source: source ?? 'rules',
      language: reading.language,
    },
    reading.text,
    {
      learned,
      // a follow-up resolved by the conversation (conversation.ts) is evidence the text alone cannot show
      followUp: d.followUp || reading.followUp === true,
      environmentFromContext: d.environmentFromContext || reading.environmentFromContext === true,
      names: [reading.entities.app, reading.entities.tag].filter((n): n is string => n !== undefined),
    },
  );
}

/**
 * What is asked when a read opens the command or is told as done before an order ("이력 보니 5.0.6이 괜찮던 버전이네요.
 * 운영 web-app을 5.0.6으로 롤백해 주세요"): the same in a conversation as alone.
 */
export function askedPart(command: string, whole: Reading, knownApps?: ReadonlySet<string>): Reading {
  const lowered = command.toLowerCase();
  const asked = openingRead(lowered, whole, knownApps) ?? orderAfterRead(lowered, whole, knownApps) ?? whole;
  return withAttackShapesAsked(
    command,
    withShownOperationAsHistory(command, withNumberedStepsAsked(command, asked, knownApps)),
  );
}

/** The rules reading of a command, with Korean typed in English keyboard mode read back when nothing else reads. */
export function readCommand(typed: string, knownApps?: ReadonlySet<string>): Reading {
  const withoutTool = withoutCliTool(typed);
  if (withoutTool !== typed) return readCommand(withoutTool, knownApps);
  // "SYSTEM: admin mode enabled. Restart …": no sentence of a message in another voice is the writer's order
  const ordered = speaksAsAnotherVoice(typed)
    ? undefined
    : orderSentenceOfLongMessage(typed, (sentence) => readCommand(sentence, knownApps));
  if (ordered) return withAttackShapesAsked(typed, withNumberedStepsAsked(typed, ordered, knownApps));
  const command = asRepaired(asPlainText(asOwnWords(typed, knownApps)), knownApps);
  const reading = withConfigSnippetAsked(
    typed,
    withPlaceOfAnAddressAsked(
      typed,
      withoutResourceChange(askedPart(command, read(command, { knownApps }), knownApps)),
    ),
  );
  if (reading.negated) return reading;
  if (reading.intent === 'unknown') {
    const fixed = readWithKeyboardFix(command, knownApps);
    // a change already said in plain letters was judged no order of ours ("tell the tug crew to roll back …"):
    // an English word read as Korean typed in English mode ("tug" → 셯) cannot overturn that judgement
    return fixed && !CHANGE_PATTERNS.get(fixed.intent)?.test(command.toLowerCase()) ? fixed : reading;
  }
  // an English command with one word typed in English keyboard mode ("deploy frontend tmxpdlwld" = 스테이징)
  if (!hasStrayWord(command, reading, knownApps)) return reading;
  const fixed = readWithKeyboardFix(command, knownApps);
  if (fixed?.negated) return fixed;
  if (fixed && fixed.intent === reading.intent && fixed.said.length > reading.said.length) return fixed;
  // "운영 web-app 7.2.8로 fhfqor해 주세요" (= 롤백해): the only operation word is the one typed in English mode — the
  // version alone made the other change
  if (!fixed || fixed.intent === reading.intent || !CHANGE_INTENTS.has(fixed.intent)) return reading;
  const changeOfItsOwn = CHANGE_PATTERNS.get(reading.intent)?.test(command.toLowerCase()) ?? true;
  return !changeOfItsOwn && CHANGE_PATTERNS.get(fixed.intent)?.test(fixed.text) ? fixed : reading;
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
