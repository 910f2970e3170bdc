import { convertQwertyToHangul } from 'es-hangul';
import { isEnglishWord, withPlausibleApps } from './app-names.js';
import { OPERATION_INTENTS, contextFrom, type Turn } from './context.js';
import { parseNumber } from './korean.js';
import { finalize, nearestApps, type FinalizeOptions } from './interpreter.js';
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
 * environment, "같은 거"/"the same" keeps the tag, a bare number repeats the last scale, "그거" after two apps
 * is asked about, and ordinary words are no app names. Pure and synchronous: the service (REST and MCP) and the
 * conversation specs use exactly this, before `finalize` (which ends in the safety gate).
 */

/** "아니다 5개로", "actually, 6 instead", "스테이징 말고 dev로", "I meant cart-api". */
const CORRECTION =
  /^(?:아니다|아니야|아냐|아니|아|앗|아\s?참|정정|actually|no|nope|sorry|oops|oh|wait|make\s+(?:it|that))(?![a-z가-힣])|말고|대신|아니고|아니라|잘못\s?(?:말|했|썼|봤)|정정|(?<![a-z])(?:instead|rather|not|i\s+meant?|my\s+bad|typo)(?![a-z])/;
/** "같은 거", "똑같이", "the same", "same version": the previous tag goes along. */
const SAME = /같은\s?(?:거|것|걸|버전|태그|이미지|빌드)|똑같이|똑같은|그대로|동일한|(?<![a-z])same(?![a-z])/;
/** "거기서", "there": the previous environment, not the default. */
const THERE =
  /거기서|거기에|거기도|거기|그\s?환경|같은\s?환경|(?<![a-z])(?:there|same\s+env(?:ironment)?|that\s+env(?:ironment)?)(?![a-z])/;
/** "X 말고", "not X", "instead of X": X is what the user does not mean. */
const EXCLUDED =
  /([a-z가-힣][a-z0-9가-힣-]*?)(?:을|를|은|는|이|가|에서|에)?\s?(?:말고|아니고|아니라|대신)|(?<![a-z])(?:not|instead\s+of|rather\s+than)\s+(?:the\s+|in\s+|on\s+)?([a-z][a-z0-9-]*)/g;
/** A count the user does not mean: "3개 말고", "not 3", "instead of 3". */
const EXCLUDED_COUNT =
  /(\d+)\s?(?:개|대)?\s?(?:말고|아니고|아니라|대신)|(?<![a-z])(?:not|instead\s+of|rather\s+than)\s+(\d+)(?![\d.])/g;
/** Nothing but a number and filler: "now 6", "6으로", "이번엔 7개". */
const BARE_NUMBER =
  /^(?:(?:now|then|and|make\s+it|how\s+about|what\s+about|이제|이번엔|이번에는|그럼|그러면|다시)\s?)*(\d+|[a-z]+|[가-힣]+?)\s?(?:개로|개|대로|대|으로|로|replicas?|instances?|pods?|lines?|줄)?\s?(?:please|해줘|해|줘|요|then)?$/;

/** "api도", "api too", "same for api": the previous operation, for another app. */
const ALSO =
  /도(?:\s|$)|똑같이|마찬가지|(?<![a-z])(?:too|also|as\s+well|same\s+for|same\s+with|likewise)(?![a-z])/;
/** One number, alone in the command ("actually, 6 instead"). */
const LONE_NUMBER = /(?<![\w.:-])(\d+)(?![\w.:-])/g;
/** "잘 떴어?", "됐어?", "is it healthy?", "is everything back up?": how did the last operation go. */
const HOW_DID_IT_GO =
  /(?:몇|무슨|어떤|어느)\s?버전|(?<![a-z])(?:what|which)\s+version(?![a-z])|잘\s?(?:떴|됐|돼|되|돌아|올라|뜨|살아)|(?:돌아왔|살아났|올라왔|다시\s?떴)(?:어|나|니|나요|어요)|^(?:[가-힣a-z-]+(?:은|는)\s)?(?:다\s)?(?:(?:배포|롤백|재시작|스케일|삭제|업데이트)\s?)?(?:됐|떴|끝났|성공했|올라갔|살아났)(?:어|나|니|나요|어요|습니까)|(?<![a-z])(?:is\s+(?:it|everything|that)\s+(?:back\s+)?(?:up|ok|okay|running|fine|healthy|done|alive)|did\s+it\s+(?:work|go\s+through|succeed|come\s+back|come\s+up)|is\s+it\s+back|was\s+(?:it|the\s+(?:deploy(?:ment)?|rollback|restart|scaling|scale|delete|deletion|release))\s+(?:successful|ok|okay|fine)|how'?s\s+it\s+(?:going|doing|looking)|how\s+did\s+it\s+go|all\s+good)(?![a-z])/;
/** "몇 버전이야?", "what version is it on?": about the app just worked on. */
const VERSION_QUESTION = /(?:몇|무슨|어떤|어느)\s?버전|(?<![a-z])(?:what|which)\s+version(?![a-z])/;
/** "api-server는?", "and order-api?", "what about cart-api": the same question about another app. */
const WHAT_ABOUT =
  /^[a-z][a-z0-9-]*\s?(?:은|는|도|것도|거도|꺼도|것은|거는|건|것|거)$|^(?:and|what\s+about|how\s+about)\s+[a-z][a-z0-9-]*$|^[a-z][a-z0-9-]*\s+(?:too|also)$/;
const READS: ReadonlySet<string> = new Set(['status', 'logs', 'history', 'list']);
const NOT_A_COMMAND: ReadonlySet<string> = new Set(['unknown', 'help']);
const CHANGES: ReadonlySet<string> = new Set(['deploy', 'scale', 'rollback', 'restart', 'delete']);

/**
 * Advice or a hypothesis about a change ("재시작해야 할까?", "삭제하면 복구 돼?", "should I restart it?") is no
 * command: `unknown`, so it neither runs nor replaces a plan waiting for an answer. Other question forms are
 * the safety gate's (safety.ts).
 */
const HYPOTHETICAL =
  /하면|할까|해야\s?(?:해|하나|할까|돼|될까)|(?<![a-z])(?:should\s+(?:i|we)|what\s+if|what\s+happens|would\s+it|is\s+it\s+(?:safe|ok|okay)\s+to)(?![a-z])/;
const POLITE_REQUEST =
  /(?<![a-z])(?:can|could|would|will)\s+you(?![a-z])|줄래|줄\s?수\s?있|주시겠|주실래|주실\s?수|해\s?줄\s?래/;
/** "잘못 말했어": the user owns a slip (a statement, not a question). */
const SAID_WRONG = /잘못\s?(?:말|했|썼|봤|입력|쳤)[가-힣]*/g;
/** "첫 번째", "the latter": which of the offered alternatives. */
const ORDINALS: ReadonlyArray<readonly [RegExp, number]> = [
  [/첫\s?번째|첫째|앞에\s?(?:거|것|꺼)|전자|1번|(?<![a-z])(?:first|former)(?![a-z])/, 0],
  [/두\s?번째|둘째|뒤에\s?(?:거|것|꺼)|후자|2번|(?<![a-z])(?:second|latter)(?![a-z])/, 1],
];
/** "cart-api 말한 거야", "I meant staging": says what an answer means; not a question about it. */
const ANSWER_PHRASE =
  /(?:말한|말했던|얘기한|얘기했던|말씀하신|말씀드린|뜻한|의미한)\s?(?:거|것|건)(?:야|예요|에요|이에요|입니다|임|요)?|(?<![a-z])i\s+(?:meant|mean)(?![a-z])/g;

export interface ConversationOptions extends Omit<InterpretOptions, 'context'> {
  /** The conversation so far, newest turn first. */
  history: readonly Turn[];
}

export interface ConversationReading {
  /** A bare yes/no to a destructive plan the last turn asked to confirm. */
  reply?: Reply;
  /** The plan the reply answers. */
  plan?: Turn;
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

/** The last clear change (what "the same" refers to after questions about it). */
function lastChange(history: readonly Turn[]): Turn | undefined {
  return history.find((t) => !t.ambiguous && CHANGES.has(t.intent));
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
  const entities = { ...reading.entities };
  let unclear = reading.unclear;
  // "3개 말고 4개", "not 3 but 4": the other count (two counts are no longer unclear)
  const excludedCounts = new Set([...text.matchAll(EXCLUDED_COUNT)].map((m) => Number(m[1] ?? m[2])));
  if (excludedCounts.size > 0) {
    const others = [...text.matchAll(LONE_NUMBER)]
      .map((m) => Number(m[1]))
      .filter((n) => !excludedCounts.has(n));
    if (others.length === 1) {
      entities.replicas = others[0];
      unclear = unclear?.filter((k) => k !== 'replicas');
    } else if (entities.replicas !== undefined && excludedCounts.has(entities.replicas))
      delete entities.replicas;
  }
  if (envs.size === 0 && apps.size === 0) return { ...reading, entities, unclear };
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
    unclear,
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
  r.entities.lines !== undefined ||
  r.appAlternatives.length > 0 ||
  r.environmentAlternatives.length > 0;

/** The plan a bare "네"/"no" answers: the last turn that said anything, if it was a destructive plan. */
function pendingPlan(history: readonly Turn[]): Turn | undefined {
  // a question about a concept or help in between does not drop the plan
  const said = history.find((t) => t.intent !== 'unknown' && t.intent !== 'help');
  return said && !said.ambiguous && said.requiresConfirmation ? said : undefined;
}

/**
 * Korean typed with the keyboard in English mode ("web-app qovhgownj" = 배포해줘, "tp rofh" = 세 개로), also when
 * it only says entities. App names and English words are left alone (and cost no conversion).
 */
function keyboardFixed(command: string, apps: ReadonlySet<string> | undefined): Reading | undefined {
  if (/[\uac00-\ud7a3]/.test(command)) return undefined;
  let changed = false;
  const converted = command.replace(/[a-z]+(?:[-_.][a-z0-9]+)*/gi, (word) => {
    const lower = word.toLowerCase();
    if (word.length < 2 || /[-_.]/.test(word) || apps?.has(lower) || isEnglishWord(lower)) return word;
    try {
      const ko = convertQwertyToHangul(word);
      if (!/^[\uac00-\ud7a3]+$/.test(ko)) return word;
      changed = true;
      return ko;
    } catch {
      return word; // es-hangul throws on letter runs that do not assemble into syllables
    }
  });
  if (!changed) return undefined;
  const r = read(converted, { knownApps: apps });
  if (r.intent === 'unknown' && (!says(r) || r.entities.app)) return undefined;
  return { ...r, confidence: Math.min(r.confidence, 0.7), language: 'ko' };
}

/** A lone number in a follow-up ("actually, 6 instead", "make it one instead", "다시 1개로"). */
function loneNumber(text: string): number | undefined {
  const excluded = new Set([...text.matchAll(EXCLUDED_COUNT)].map((m) => Number(m[1] ?? m[2])));
  const digits = [...text.matchAll(LONE_NUMBER)].filter((m) => !excluded.has(Number(m[1])));
  if (digits.length === 1) return Number(digits[0][1]);
  if (digits.length > 1) return undefined;
  const words = text
    .split(' ')
    .map((w) => parseNumber(w.replace(/(?:개로|개|대로|대|으로|로)$/, '')))
    .filter((n): n is number => n !== undefined);
  return words.length === 1 ? words[0] : undefined;
}

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
  const context = contextFrom(history);
  let said: Entities = {};
  /** The reading to finalize; `followUp` when its intent was carried from an earlier turn. */
  const done = (r: Reading, followUp = false): ConversationReading => {
    const carriedEnvironment =
      r.entities.environment !== undefined && r.entities.environment !== said.environment;
    const hypothetical = CHANGES.has(r.intent) && HYPOTHETICAL.test(r.text) && !POLITE_REQUEST.test(r.text);
    // "이제 괜찮아?": a weak status cue is sure enough when the conversation names the app it asks about
    const weakStatus = r.intent === 'status' && !r.entities.app && r.confidence < 0.6 && context?.app;
    const reading: Reading = {
      ...r,
      ...(weakStatus ? { confidence: 0.75 } : {}),
      ...(hypothetical ? { intent: 'unknown', confidence: 0.2 } : {}),
      ...(followUp ? { followUp: true } : {}),
      ...(carriedEnvironment ? { environmentFromContext: true } : {}),
    };
    // a list or a history reads every environment unless one is said or pointed at ("거기")
    const everywhere = (reading.intent as string) === 'history' || reading.intent === 'list';
    return {
      reading,
      context: everywhere && context ? { ...context, environment: undefined } : context,
    };
  };

  const reply = readReply(command);
  const plan = reply ? pendingPlan(history) : undefined;
  if (reply && plan) {
    // the answer says nothing of its own ("go ahead with the deletion" names no app "ahead")
    const plain = read(command, { knownApps: apps });
    return {
      reply,
      plan,
      reading: { ...plain, intent: 'unknown', entities: {}, appAlternatives: [] },
      context,
    };
  }

  let reading = read(command, { knownApps: apps });
  if (reading.intent === 'unknown' && !reading.negated) reading = keyboardFixed(command, apps) ?? reading;
  // "2.4.1로 다시 올려봐": a restart names no version; with one it is a deploy of that version
  if (reading.intent === 'restart' && reading.entities.tag) reading = { ...reading, intent: 'deploy' };
  reading = withPlausibleApps(reading, knownApps);
  reading = withoutExcluded(reading, text);
  said = reading.entities;
  if (reading.negated) return done(reading);

  // "거기서": the environment of the turn referred to, even for another app
  if (!reading.entities.environment && reading.environmentAlternatives.length === 0 && THERE.test(text)) {
    const there = history.find((t) => t.entities.environment)?.entities.environment;
    if (there) reading = { ...reading, entities: { ...reading.entities, environment: there } };
  }
  // a number alone ("now 6", "6으로") or in a correction ("actually, 6 instead")
  const lone =
    reading.intent === 'unknown' && !says(reading) && (BARE_NUMBER.test(text) || CORRECTION.test(text))
      ? loneNumber(text)
      : undefined;

  // an answer to the service's own question completes that command
  const question = openQuestion(history);
  if (question && (reading.intent === 'unknown' || reading.intent === question.intent)) {
    // "응" to "Did you mean 'web-app'?": the one suggestion offered
    if (reply === 'confirm' && question.yesMeans) {
      const suggested = read(question.yesMeans, { knownApps: apps });
      said = suggested.entities;
      return done({ ...suggested, language: reading.language });
    }
    // "첫 번째", "the second one": a pick among the apps or environments the question offered
    const pick = ORDINALS.find(([re]) => re.test(text))?.[1];
    if (pick !== undefined && !says(reading)) {
      const apps = question.apps ?? [];
      const envs = question.environments ?? [];
      const chosen: Entities =
        apps.length > 1 && apps[pick]
          ? { app: apps[pick] }
          : envs.length > 1 && envs[pick]
            ? { environment: envs[pick] }
            : {};
      if (chosen.app || chosen.environment)
        return done(
          {
            ...reading,
            intent: question.intent,
            entities: merged(question.entities, chosen),
            confidence: 0.85,
          },
          true,
        );
    }
    if (says(reading) || (lone !== undefined && question.intent === 'scale')) {
      const given = lone !== undefined ? { ...reading.entities, replicas: lone } : reading.entities;
      const base = { ...question.entities };
      // what was in doubt is replaced by the answer, never kept beside it
      if (given.app || reading.appAlternatives.length) delete base.app;
      if (question.defaults?.includes('environment')) delete base.environment;
      // a production that was only guessed stays a question until the answer names the environment
      const stillDoubted =
        question.doubted?.includes('environment') === true && given.environment === undefined;
      if (stillDoubted) base.environment = 'production';
      return done(
        {
          ...reading,
          ...(stillDoubted ? { fuzzy: [...reading.fuzzy, 'environment' as const] } : {}),
          text: reading.text.replace(ANSWER_PHRASE, ' '),
          intent: question.intent,
          entities: merged(base, given),
          confidence: Math.max(reading.confidence, 0.85),
        },
        true,
      );
    }
  }

  // "cart-api prdo 재시작" → "로그 보여줘": the app goes on, the production only guessed stays a question
  if (
    question?.doubted?.includes('environment') &&
    question.entities.app &&
    OPERATION_INTENTS.has(reading.intent) &&
    reading.intent !== question.intent &&
    !reading.entities.app &&
    !reading.entities.environment &&
    reading.appAlternatives.length === 0 &&
    reading.environmentAlternatives.length === 0
  )
    return done({
      ...reading,
      entities: { ...reading.entities, app: question.entities.app, environment: 'production' },
      fuzzy: [...reading.fuzzy, 'environment'],
    });

  // "api-server는?", "and order-api?", "batch-job 것도": the same read for another app
  const lastRead = history.find((t) => !t.ambiguous && t.intent !== 'unknown' && t.intent !== 'help');
  if (
    lastRead &&
    READS.has(lastRead.intent) &&
    reading.intent === 'unknown' &&
    reading.entities.app &&
    reading.entities.app !== lastRead.entities.app &&
    WHAT_ABOUT.test(text)
  ) {
    const { app: _app, lines: _lines, ...kept } = lastRead.entities;
    return done(
      { ...reading, intent: lastRead.intent, entities: merged(kept, reading.entities), confidence: 0.8 },
      true,
    );
  }

  const previous = lastOperation(history);
  if (previous && reading.intent === 'unknown') {
    // a bare or corrected number after a scale (or logs): the same again with that number
    if (lone !== undefined && (previous.intent === 'scale' || previous.intent === 'logs')) {
      const key = previous.intent === 'scale' ? 'replicas' : 'lines';
      return done(
        {
          ...reading,
          intent: previous.intent,
          entities: { ...previous.entities, [key]: lone },
          confidence: 0.8,
        },
        true,
      );
    }
    // "잘 떴어?", "is it healthy?": how the last operation went is its app's status
    if (HOW_DID_IT_GO.test(text) && !reading.entities.app && reading.entities.replicas === undefined) {
      const { app, environment } = previous.entities;
      return done(
        {
          ...reading,
          intent: 'status',
          entities: { ...(app ? { app } : {}), environment: reading.entities.environment ?? environment },
          confidence: 0.8,
        },
        true,
      );
    }
  }
  // "지금 운영은 몇 버전이야?" right after working on one app: that app's version there, not every app's
  if (
    previous?.entities.app &&
    reading.intent === 'list' &&
    !reading.entities.app &&
    VERSION_QUESTION.test(text)
  )
    return done(
      {
        ...reading,
        intent: 'status',
        entities: {
          app: previous.entities.app,
          environment: reading.entities.environment ?? previous.entities.environment,
        },
        confidence: 0.8,
      },
      true,
    );

  let followUp = false;
  if (
    previous &&
    says(reading) &&
    (reading.intent === 'unknown' ||
      (CORRECTION.test(text) && (reading.intent === previous.intent || reading.intent === 'scale')))
  ) {
    const correction = CORRECTION.test(text);
    const another = reading.entities.app !== undefined && reading.entities.app !== previous.entities.app;
    const short = text.split(' ').length <= 3 && !reading.entities.app;
    // a correction replaces only what it names; "api도 똑같이", "운영에도", "운영만", "아 개발로" repeat the
    // last operation with what they name
    if (correction || ALSO.test(text) || SAME.test(text) || FOLLOW_UP.test(text) || short) {
      // "same …" after a question refers to the last change, not to the question
      const repeated = (SAME.test(text) && READS.has(previous.intent) && lastChange(history)) || previous;
      const onlyReplicas =
        (reading.entities.replicas !== undefined || lone !== undefined) &&
        !reading.entities.tag &&
        !reading.entities.app &&
        !reading.entities.environment;
      const intent =
        (reading.intent === 'scale' || onlyReplicas) && repeated.intent !== 'scale' && !correction
          ? 'scale'
          : reading.intent === 'scale' && repeated.intent !== 'deploy'
            ? 'scale'
            : repeated.intent;
      const base = { ...repeated.entities };
      if (another) {
        delete base.tag;
        // "same for cart-api", "api도 똑같이": the same count for the other app
        if (!correction && !SAME.test(text) && !ALSO.test(text)) delete base.replicas;
      }
      if (reading.environmentAlternatives.length) delete base.environment;
      if (reading.appAlternatives.length) delete base.app;
      if (lone !== undefined && intent === 'scale') base.replicas = lone;
      reading = {
        ...reading,
        // "아 잘못 말했어 4개" states a slip; it asks nothing
        text: reading.text.replace(SAID_WRONG, ' '),
        intent,
        entities: merged(base, reading.entities),
        confidence: Math.max(reading.confidence, 0.85),
      };
      followUp = true;
    }
  }

  // "운영에도 같은 거 올려줘", "same version to prod": the tag just deployed goes along
  const deployed = history.find((t) => !t.ambiguous && t.intent === 'deploy' && t.entities.tag);
  if (
    deployed &&
    reading.intent === 'deploy' &&
    !reading.entities.tag &&
    (!reading.entities.app || reading.entities.app === deployed.entities.app) &&
    (SAME.test(text) ||
      ALSO.test(text) ||
      /에도|에서도/.test(text) ||
      // "이제 prod에 올려줘" right after deploying a version: that version goes on
      (deployed === lastChange(history) &&
        reading.entities.environment !== undefined &&
        reading.entities.environment !== deployed.entities.environment))
  )
    reading = {
      ...reading,
      entities: { app: deployed.entities.app, ...reading.entities, tag: deployed.entities.tag },
    };

  // "그거" right after two apps were discussed: which one?
  if (!reading.entities.app && reading.appAlternatives.length === 0) {
    const { apps: candidates, turn } = referents(history);
    if (candidates.length > 1) {
      reading = { ...reading, appAlternatives: candidates };
      // the environment those apps were named in goes along (a question about them is no context otherwise)
      const env = turn?.entities.environment;
      if (
        !reading.entities.environment &&
        env &&
        !turn.defaults?.includes('environment') &&
        !turn.doubted?.includes('environment')
      )
        reading = { ...reading, entities: { ...reading.entities, environment: env } };
    }
  }
  return done(reading, followUp);
}

/**
 * The apps a "그거"/"it" could mean: those of a turn that named several, or the apps of the last two turns
 * when they did the same thing to different apps ("web-app 배포" → "api-server도 배포"). After different
 * operations ("web-app 배포" → "거기서 api-server 재시작"), the last app is the one meant.
 */
function referents(history: readonly Turn[]): { apps: string[]; turn?: Turn } {
  const named = history
    .slice(0, 3)
    .filter((t) => (t.apps?.length ?? 0) > 1 || (!t.ambiguous && t.entities.app));
  if (named.length === 0) return { apps: [] };
  if ((named[0].apps?.length ?? 0) > 1) return { apps: named[0].apps!, turn: named[0] };
  const [a, b] = named;
  // "web-app 상태" → "아니 cart-api": the correction withdrew web-app; cart-api is the one referent left
  if (b && b.entities.app && b.intent === a.intent && b.entities.app !== a.entities.app && !a.corrects)
    return { apps: [a.entities.app!, b.entities.app], turn: a };
  return { apps: [] };
}

/** What a turn leaves for the next ones. */
/** The one command a bare "응"/"yes" stands for after this turn's question, if it asked a yes/no question. */
function yesMeans(
  i: Interpretation,
  reading: Reading | undefined,
  knownApps: readonly string[],
): string | undefined {
  if (!i.ambiguous || i.suggestions.length === 0) return undefined;
  const said = reading?.entities.app;
  // "Did you mean 'cart-api'?" → the suggestion with that app
  if (said && knownApps.length > 0 && !knownApps.includes(said)) {
    const near = nearestApps(said, knownApps);
    return near.length === 1
      ? i.suggestions.find((s) => new RegExp(`(?<![a-z0-9-])${near[0]}(?![a-z0-9-])`).test(s))
      : undefined;
  }
  // "Did you mean production?" and other questions with one way out
  return i.suggestions.length === 1 ? i.suggestions[0] : undefined;
}

export function turnOf(
  interpretation: Interpretation,
  reading?: Reading,
  knownApps: readonly string[] = [],
): Turn {
  const yes = yesMeans(interpretation, reading, knownApps);
  // production read from a look-alike ("prdo", "운엉") or a model's guess is in doubt: an answer that does not
  // name an environment never inherits it
  const doubted = reading?.fuzzy.includes('environment') === true;
  return {
    intent: interpretation.intent,
    entities: interpretation.entities,
    ambiguous: interpretation.ambiguous,
    requiresConfirmation: interpretation.requiresConfirmation,
    defaults: interpretation.defaults,
    suggestions: interpretation.suggestions,
    // what an unknown turn (chit-chat, "now 0" with nothing to repeat) mentions is no referent
    ...(reading && reading.appAlternatives.length > 1 && !NOT_A_COMMAND.has(interpretation.intent)
      ? { apps: reading.appAlternatives }
      : {}),
    ...(reading && reading.environmentAlternatives.length > 1 && !NOT_A_COMMAND.has(interpretation.intent)
      ? { environments: reading.environmentAlternatives }
      : {}),
    ...(doubted ? { doubted: ['environment' as const] } : {}),
    ...(yes ? { yesMeans: yes } : {}),
    ...(reading && CORRECTION.test(normalise(reading.text)) ? { corrects: true } : {}),
  };
}

/** What a "네"/"no" is about: the plan's own operation (as the service records the answer). */
export function answeredPlan(plan: Turn, language: Interpretation['language']): Interpretation {
  return {
    intent: plan.intent,
    entities: plan.entities,
    confidence: 1,
    ambiguous: false,
    missing: [],
    suggestions: [],
    clarification: null,
    defaults: [],
    destructive: true,
    requiresConfirmation: true,
    source: 'rules',
    language,
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
  const { reply, plan, reading, context } = readInConversation(command, knownApps, options.history);
  const finalizeOptions: FinalizeOptions = { ...options, context };
  if (reply && plan)
    return {
      reply,
      interpretation: answeredPlan(plan, reading.language),
      // the plan no longer waits for an answer
      turn: { ...plan, requiresConfirmation: false },
    };
  const interpretation = finalize(reading, finalizeOptions);
  return { interpretation, turn: turnOf(interpretation, reading, knownApps) };
}
