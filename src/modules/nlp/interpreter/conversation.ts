import { withPlausibleApps } from './app-names.js';
import { OPERATION_INTENTS, contextFrom, type Turn } from './context.js';
import { parseNumber } from './korean.js';
import { finalize, readWithKeyboardFix, type FinalizeOptions } from './interpreter.js';
import { ENV_BY_ALIAS, FOLLOW_UP } from './lexicon.js';
import { read } from './reader.js';
import { readReply, type Reply } from './replies.js';
import type {
  ConversationContext,
  EntityName,
  Entities,
  Interpretation,
  InterpretOptions,
  NlpEnvironment,
  Reading,
} from './types.js';

/**
 * How a person reads a follow-up, on top of the single-command reader: answers to the service's own
 * question complete that command, corrections replace only what they name, "거기서"/"there" keeps the
 * environment, "같은 거"/"the same" keeps the tag, a bare number repeats the last scale, and "그거" after
 * two apps is asked about. Pure: the service and the conversation specs use exactly this.
 */

/** "아니다 5개로", "actually, 6 instead", "스테이징 말고 dev로", "I meant cart-api". */
const CORRECTION =
  /^(?:아니다|아니야|아냐|아니|아\s?참|정정|actually|no|nope|sorry|oops|wait|i\s+meant?|make\s+(?:it|that))(?![a-z])|말고|대신|아니고|아니라|(?<![a-z])(?:instead|rather|not)(?![a-z])/;
/** "같은 거", "똑같이", "the same", "same version": the previous tag goes along. */
const SAME =
  /같은\s?(?:거|것|걸|버전|태그|이미지|빌드)|똑같이|똑같은|그대로|동일한|(?<![a-z])(?:the\s+same|same\s+(?:version|tag|image|one|thing|build|release))(?![a-z])/;
/** "거기서", "there": the previous environment, not the default. */
const THERE =
  /거기서|거기에|거기도|거기|그\s?환경|같은\s?환경|(?<![a-z])(?:there|same\s+env(?:ironment)?|that\s+env(?:ironment)?)(?![a-z])/;
/** "X 말고", "not X", "instead of X": X is what the user does not mean. */
const EXCLUDED =
  /([a-z가-힣][a-z0-9가-힣-]*?)(?:을|를|은|는|이|가|에서|에)?\s?(?:말고|아니고|아니라|대신)|(?<![a-z])(?:not|instead\s+of|rather\s+than)\s+(?:the\s+|in\s+|on\s+)?([a-z][a-z0-9-]*)/g;
/** Nothing but a number and filler: "now 6", "6으로", "이번엔 7개". */
const BARE_NUMBER =
  /^(?:(?:now|then|and|make\s+it|how\s+about|what\s+about|이제|이번엔|이번에는|그럼|그러면|다시)\s?)*(\d+|[a-z]+|[가-힣]+?)\s?(?:개로|개|대로|대|으로|로|replicas?|instances?|pods?|lines?|줄)?\s?(?:please|해줘|해|줘|요|then)?$/;

/** "api도", "api too", "same for api": the previous operation, for another app. */
const ALSO =
  /도(?:\s|$)|똑같이|마찬가지|(?<![a-z])(?:too|also|as\s+well|same\s+for|same\s+with|likewise)(?![a-z])/;
/** One number, alone in the command ("actually, 6 instead"). */
const LONE_NUMBER = /(?<![\w.:-])(\d+)(?![\w.:-])/g;
/**
 * A change asked as a question about what happened or whether to ("was the rollback successful?",
 * "롤백 됐어?", "should I restart it?") is never the change itself; polite requests ("can you …?",
 * "해줄래?") still are.
 */
const QUESTION =
  /\?\s*$|^(?:was|were|did|is|are|has|have|had|does|do|should|shall)(?![a-z])|(?:됐|했|되었|하였|됐는|했는)(?:어|나|니|는지|나요|어요|습니까|을까|지)|(?:하면|할까|해야\s?(?:해|하나|할까))(?:요)?\s*$/;
const POLITE_REQUEST =
  /(?<![a-z])(?:can|could|would|will)\s+you(?![a-z])|줄래|줄\s?수\s?있|주시겠|주실래|주실\s?수|해\s?줄\s?래|please(?![a-z])/;
const CHANGES: ReadonlySet<string> = new Set(['deploy', 'scale', 'rollback', 'restart', 'delete']);

export interface ConversationOptions extends Omit<InterpretOptions, 'context'> {
  /** The conversation so far, newest turn first. */
  history: readonly Turn[];
}

export interface ConversationReading {
  /** A bare yes/no to a destructive plan the last turn asked to confirm. */
  reply?: Reply;
  reading: Reading;
  context?: ConversationContext;
}

const normalise = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[“”"`,!?~;()[\]{}<>]|\.(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The last clear turn of an operation (what a correction or ellipsis repeats). */
function lastOperation(history: readonly Turn[]): Turn | undefined {
  return history.find((t) => !t.ambiguous && OPERATION_INTENTS.has(t.intent));
}

/** A question the service asked and is waiting on (the last turn, if it was an ambiguous operation). */
function openQuestion(history: readonly Turn[]): Turn | undefined {
  const last = history[0];
  return last?.ambiguous && OPERATION_INTENTS.has(last.intent) ? last : undefined;
}

/** Removes what the user says they do not mean ("스테이징 말고 dev로", "cart-api 말고"). */
function withoutExcluded(reading: Reading, text: string): Reading {
  const envs = new Set<NlpEnvironment>();
  const apps = new Set<string>();
  for (const m of text.matchAll(EXCLUDED)) {
    const word = m[1] ?? m[2];
    const env = ENV_BY_ALIAS.get(word) ?? ENV_BY_ALIAS.get(word.replace(/(?:환경|계|서버)$/, ''));
    if (env) envs.add(env);
    else apps.add(word);
  }
  if (envs.size === 0 && apps.size === 0) return reading;
  const entities = { ...reading.entities };
  let envAlternatives = reading.environmentAlternatives;
  if (envs.size > 0) {
    const mentioned = [
      ...new Set([...envAlternatives, ...(entities.environment ? [entities.environment] : [])]),
    ].filter((e) => !envs.has(e));
    envAlternatives = mentioned.length > 1 ? mentioned : [];
    if (mentioned.length === 1) entities.environment = mentioned[0];
    else delete entities.environment;
  }
  let appAlternatives = reading.appAlternatives;
  if (apps.size > 0) {
    const mentioned = [...new Set([...appAlternatives, ...(entities.app ? [entities.app] : [])])].filter(
      (a) => !apps.has(a),
    );
    appAlternatives = mentioned.length > 1 ? mentioned : [];
    if (mentioned.length === 1) entities.app = mentioned[0];
    else delete entities.app;
  }
  return {
    ...reading,
    entities,
    environmentAlternatives: envAlternatives,
    appAlternatives,
    // an excluded production look-alike is no longer in doubt
    fuzzy:
      entities.environment === 'production'
        ? reading.fuzzy
        : reading.fuzzy.filter((f) => f !== 'environment'),
  };
}

/** Only the entities the user gave, over the ones of the command being completed or corrected. */
function merged(base: Entities, given: Entities): Entities {
  const out: Entities = { ...base };
  for (const [k, v] of Object.entries(given) as [EntityName, never][])
    if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

const says = (r: Reading) =>
  r.entities.app !== undefined ||
  r.entities.environment !== undefined ||
  r.entities.replicas !== undefined ||
  r.entities.tag !== undefined ||
  r.entities.revision !== undefined ||
  r.appAlternatives.length > 0 ||
  r.environmentAlternatives.length > 0;

/**
 * The reading of one command in its conversation (before finalize): the rules reader, then what the
 * previous turns make of it. `reply` is set when the command only answers a plan waiting for confirmation.
 */
export function readInConversation(
  command: string,
  knownApps: readonly string[],
  history: readonly Turn[],
): ConversationReading {
  const apps = knownApps.length > 0 ? new Set(knownApps) : undefined;
  const text = normalise(command);
  const last = history[0];
  const context = contextFrom(history);

  const reply = readReply(command);
  if (reply && last && !last.ambiguous && last.requiresConfirmation) {
    // the answer says nothing of its own ("go ahead with the deletion" names no app "ahead")
    const plain = read(command, { knownApps: apps });
    return { reply, reading: { ...plain, intent: 'unknown', entities: {}, appAlternatives: [] }, context };
  }

  let reading = read(command, { knownApps: apps });
  if (reading.intent === 'unknown' && !reading.negated)
    reading = readWithKeyboardFix(command, apps) ?? reading;
  reading = withPlausibleApps(reading, knownApps);
  reading = withoutExcluded(reading, text);

  // "거기서": the environment of the turn referred to, even for another app
  if (!reading.entities.environment && reading.environmentAlternatives.length === 0 && THERE.test(text)) {
    const there = history.find((t) => t.entities.environment)?.entities.environment;
    if (there) reading = { ...reading, entities: { ...reading.entities, environment: there } };
  }

  const question = openQuestion(history);
  const previous = lastOperation(history);
  if (question && !reading.negated && (reading.intent === 'unknown' || reading.intent === question.intent)) {
    // "응" to "Did you mean 'web-app'?": the one suggestion offered
    if (reply === 'confirm' && question.suggestions?.length === 1) {
      const suggested = read(question.suggestions[0], { knownApps: apps });
      return { reading: { ...suggested, language: reading.language }, context };
    }
    if (says(reading)) {
      const base = { ...question.entities };
      // what was in doubt is replaced by the answer, never kept beside it
      if (reading.entities.app || reading.appAlternatives.length) delete base.app;
      if (question.defaults?.includes('environment')) delete base.environment;
      return {
        reading: {
          ...reading,
          intent: question.intent,
          entities: merged(base, reading.entities),
          confidence: Math.max(reading.confidence, 0.85),
        },
        context,
      };
    }
  }

  if (previous && !reading.negated) {
    // "actually, 6 instead": a lone number corrects the count of the last scale
    const lone = [...text.matchAll(LONE_NUMBER)];
    if (
      reading.intent === 'unknown' &&
      !says(reading) &&
      lone.length === 1 &&
      CORRECTION.test(text) &&
      (previous.intent === 'scale' || previous.intent === 'logs')
    ) {
      const key = previous.intent === 'scale' ? 'replicas' : 'lines';
      reading = { ...reading, entities: { ...reading.entities, [key]: Number(lone[0][1]) } };
    }
    // a bare number after a scale (or logs): the same again with that number
    const bare = reading.intent === 'unknown' ? BARE_NUMBER.exec(text) : null;
    const n = bare ? parseNumber(bare[1]) : undefined;
    if (n !== undefined && !says(reading) && (previous.intent === 'scale' || previous.intent === 'logs')) {
      const key = previous.intent === 'scale' ? 'replicas' : 'lines';
      return {
        reading: {
          ...reading,
          intent: previous.intent,
          entities: { ...previous.entities, [key]: n },
          confidence: 0.8,
        },
        context,
      };
    }
    // a correction replaces only what it names
    if (
      CORRECTION.test(text) &&
      says(reading) &&
      (reading.intent === 'unknown' || reading.intent === previous.intent || reading.intent === 'scale')
    ) {
      const intent = reading.intent === 'scale' && previous.intent !== 'deploy' ? 'scale' : previous.intent;
      const base = { ...previous.entities };
      if (reading.entities.app && reading.entities.app !== base.app) delete base.tag;
      if (reading.environmentAlternatives.length) delete base.environment;
      if (reading.appAlternatives.length) delete base.app;
      return {
        reading: {
          ...reading,
          intent,
          entities: merged(base, reading.entities),
          confidence: Math.max(reading.confidence, 0.85),
        },
        context,
      };
    }
  }

  // "api도 똑같이 해줘", "same for cart-api": the last operation for another app, in the same place
  if (
    previous &&
    !reading.negated &&
    reading.intent === 'unknown' &&
    reading.entities.app &&
    reading.entities.app !== previous.entities.app &&
    reading.entities.replicas === undefined &&
    ALSO.test(text)
  ) {
    const { tag: _tag, app: _app, ...kept } = previous.entities;
    return {
      reading: {
        ...reading,
        intent: previous.intent,
        entities: merged(kept, reading.entities),
        confidence: Math.max(reading.confidence, 0.8),
      },
      context,
    };
  }

  // "운영에도 같은 거 올려줘", "same version to prod": the tag goes along to the other environment
  if (
    previous?.entities.tag &&
    !reading.entities.tag &&
    (reading.intent === 'deploy' || reading.intent === 'unknown') &&
    (!reading.entities.app || reading.entities.app === previous.entities.app) &&
    (SAME.test(text) ||
      (reading.intent === 'deploy' && FOLLOW_UP.test(text) && /에도|too|also|as\s+well/.test(text)))
  ) {
    reading = {
      ...reading,
      intent: 'deploy',
      entities: { ...reading.entities, tag: previous.entities.tag },
      confidence: Math.max(reading.confidence, 0.8),
    };
  }

  if (CHANGES.has(reading.intent) && QUESTION.test(text) && !POLITE_REQUEST.test(text))
    reading = { ...reading, intent: 'status', confidence: Math.min(reading.confidence, 0.7) };

  // "그거" right after a turn that named two apps: which one?
  const mentioned = history.find((t) => t.entities.app || (t.apps?.length ?? 0) > 1);
  if (
    !reading.entities.app &&
    reading.appAlternatives.length === 0 &&
    mentioned?.apps &&
    mentioned.apps.length > 1
  )
    reading = { ...reading, appAlternatives: mentioned.apps };

  return { reading, context };
}

/** What a turn leaves for the next ones. */
export function turnOf(interpretation: Interpretation, reading?: Reading): Turn {
  return {
    intent: interpretation.intent,
    entities: interpretation.entities,
    ambiguous: interpretation.ambiguous,
    requiresConfirmation: interpretation.requiresConfirmation,
    defaults: interpretation.defaults,
    suggestions: interpretation.suggestions,
    ...(reading && reading.appAlternatives.length > 1 ? { apps: reading.appAlternatives } : {}),
  };
}

export interface ConversationTurn {
  /** Set when the command answered a plan waiting for confirmation (nothing else was read). */
  reply?: Reply;
  interpretation: Interpretation;
  turn: Turn;
}

/** One command read in its conversation, as the service reads it (rules only). */
export function interpretInConversation(command: string, options: ConversationOptions): ConversationTurn {
  const knownApps = options.knownApps ?? [];
  const { reply, reading, context } = readInConversation(command, knownApps, options.history);
  const finalizeOptions: FinalizeOptions = { ...options, context };
  if (reply) {
    // the plan's own operation, as the service records it; it no longer waits for an answer
    const last = options.history[0];
    const interpretation: Interpretation = {
      intent: last.intent,
      entities: last.entities,
      confidence: 1,
      ambiguous: false,
      missing: [],
      suggestions: [],
      clarification: null,
      defaults: [],
      destructive: true,
      requiresConfirmation: true,
      source: 'rules',
      language: reading.language,
    };
    return { reply, interpretation, turn: { ...last, requiresConfirmation: false } };
  }
  const interpretation = finalize(reading, finalizeOptions);
  return { interpretation, turn: turnOf(interpretation, reading) };
}
