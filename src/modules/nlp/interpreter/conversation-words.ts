/** What a follow-up itself says, before the conversation completes it: exclusions, lone numbers, keyboard mode, "too". */
import { putOffUntilLater } from './later.js';
import { isEnglishWord } from './app-names.js';
import { INFERRED_INTENT } from './confidence.js';
import {
  ALSO,
  DISMISSAL,
  EXCLUDED,
  EXCLUDED_COUNT,
  LONE_NUMBER,
  PAST_REPORT,
  SAME,
  countSaidTo,
} from './conversation-patterns.js';
import { KEEPS_AS_IS } from './replies.js';
import { contextFrom, type Turn } from './context.js';
import { OTHER_ONE, openQuestion, otherApp } from './conversation-history.js';
import { CHANGE_INTENTS, READ_INTENTS } from './intents.js';
import { parseNumber, typedInEnglishMode } from './korean.js';
import { ENV_BY_ALIAS } from './lexicon.js';
import { read } from './reader.js';
import { ANY_CHANGE } from './reader-patterns.js';
import type { ConversationContext, EntityName, Entities, NlpEnvironment, Reading } from './types.js';

/**
 * "운영도 해줘, web-app은 제외": the app refused is not the one the conversation goes on with — which one is asked; "the
 * other one" is the other app just named.
 */
export function withoutExcludedApp(
  context: ConversationContext | undefined,
  command: string,
  history: readonly Turn[],
): ConversationContext | undefined {
  if (context?.app === undefined) return context;
  if (refusesApp(command, context.app)) return { ...context, app: undefined };
  // "나머지 하나도 재시작해 주십시오": the other of the two apps just named, or none (asked)
  return OTHER_ONE.test(command.toLowerCase())
    ? { ...context, app: otherApp(history, context.app) }
    : context;
}

/** The command says the app is not meant ("web-app은 제외", "except web-app", "web-app 말고"). */
export function refusesApp(command: string, app: string): boolean {
  return excludedWords(command.toLowerCase()).includes(app);
}

/** The words a command says it does not mean: "X 말고", "X는 제외", "not X", "except X". */
function excludedWords(text: string): string[] {
  return [...text.matchAll(EXCLUDED)].map((m) => m[1] ?? m[2]);
}

/** Removes what the user says they do not mean ("스테이징 말고 dev로", "cart-api 말고"). */
export function withoutExcluded(reading: Reading, text: string): Reading {
  const envs = new Set<NlpEnvironment>();
  const apps = new Set<string>();
  for (const word of excludedWords(text)) {
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
export function merged(base: Entities, given: Entities): Entities {
  const out: Entities = { ...base };
  for (const [k, v] of Object.entries(given) as [EntityName, never][])
    if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

export const says = (r: Reading) =>
  r.entities.app !== undefined ||
  r.entities.environment !== undefined ||
  r.entities.replicas !== undefined ||
  r.entities.tag !== undefined ||
  r.entities.revision !== undefined ||
  r.entities.lines !== undefined ||
  r.appAlternatives.length > 0 ||
  r.environmentAlternatives.length > 0;

/**
 * Korean typed with the keyboard in English mode ("web-app qovhgownj" = 배포해줘, "tp rofh" = 세 개로, "운영 order-api
 * gudtp 판단" = 형세), also when it only says entities. App names and English words are left alone (and cost no conversion).
 */
export function keyboardFixed(command: string, apps: ReadonlySet<string> | undefined): Reading | undefined {
  let changed = false;
  const converted = command.replace(/[a-z]+(?:[-_.][a-z0-9]+)*/gi, (word) => {
    const lower = word.toLowerCase();
    if (word.length < 2 || /[-_.]/.test(word) || apps?.has(lower) || isEnglishWord(lower)) return word;
    const ko = typedInEnglishMode(word);
    if (ko === null || !/^[\uac00-\ud7a3]+$/.test(ko)) return word;
    changed = true;
    return ko;
  });
  if (!changed) return undefined;
  const r = read(converted, { knownApps: apps });
  if (r.intent === 'unknown' && (!says(r) || r.entities.app)) return undefined;
  return { ...r, confidence: Math.min(r.confidence, INFERRED_INTENT), language: 'ko' };
}

/**
 * The reading with Korean typed in English mode read back: when nothing else reads, or when an environment typed so
 * stands beside a Korean order that names none ("roqkf auth-service 재시작" = 개발).
 */
export function withKeyboardFix(
  reading: Reading,
  command: string,
  text: string,
  apps: ReadonlySet<string> | undefined,
): Reading {
  if (reading.negated || PAST_REPORT.test(text)) return reading;
  const fixed = keyboardFixed(command, apps);
  if (!fixed || reading.intent === 'unknown') return fixed ?? reading;
  const besideKorean = !reading.entities.environment && /[\uac00-\ud7a3]/.test(command);
  return fixed.intent === reading.intent && besideKorean ? fixed : reading;
}

const ADNOMINAL_NUMBER = /^(?:한|두|세|네|스무)$/;
const ONE_AS_PRONOUN =
  /(?<![a-z])(?:the|other|this|that|which|each|every|any|no|another|last|first|second|right|wrong|same|new|old)\s+one(?![a-z])/gi;
/** A lone number in a follow-up ("actually, 6 instead", "make it one instead", "다시 1개로"). */
/** "wait 5 minutes", "one sec", "10분만": a span of time, never a count. */
const TIME_SPAN =
  /(?<![\w.])(?:\d+|one|two|three|four|five|ten|fifteen|twenty|thirty|a|an)\s?(?:minutes?|mins?|seconds?|secs?|hours?|hrs?)(?![a-z])|(?<![\w.])\d+\s?(?:분|초|시간)/g;

export function loneNumber(said: string): number | undefined {
  const text = said.replace(TIME_SPAN, ' ');
  const excluded = new Set([...text.matchAll(EXCLUDED_COUNT)].map((m) => Number(m[1] ?? m[2])));
  const digits = new Set(
    [...text.matchAll(LONE_NUMBER)].map((m) => Number(m[1])).filter((n) => !excluded.has(n)),
  );
  if (digits.size === 1) return [...digits][0];
  if (digits.size > 1) return undefined;
  // "네 진행해주세요": 한, 두, 세, 네 count only before a counter (네 alone is yes)
  // "the other one", "not the one from this morning": a pronoun, no count
  const words = text
    .replace(ONE_AS_PRONOUN, ' ')
    .split(' ')
    .filter((w) => !ADNOMINAL_NUMBER.test(w))
    .map((w) => parseNumber(w.replace(/(?:개로|개|대로|대|으로|로)$/, '')))
    .filter((n): n is number => n !== undefined);
  // "Make it seven, love — the pattern calls for seven": the same number twice is one
  return new Set(words).size === 1 ? words[0] : undefined;
}

/**
 * "never mind, 그냥 logs 보여줘", "그건 됐고 상태나 알려줘": what is dropped is refused, the read asked after it is
 * the command. Only a read is taken from behind a refusal; a change there stays refused (unknown).
 */
export function readAfterDismissal(text: string, apps: ReadonlySet<string> | undefined): Reading | undefined {
  const rest = DISMISSAL.exec(text)?.[1];
  if (!rest) return undefined;
  const r = read(rest, { knownApps: apps });
  return READ_INTENTS.has(r.intent) && !r.negated ? r : undefined;
}

const YES_BUT =
  /^\s*(?:yes|yeah|yep|ok|okay|sure|aye|예|네|응|ㅇㅇ)[,.]?\s+(?:but|근데|다만|대신)[,\s]+(\S.*)$/is;

/**
 * "ㄴㄴ 10개로", "ㄴㄴ 스테이징으로", "nvm, prod not stg" after an operation: the chat "no no" (or a "never mind" before a
 * place) opens a correction, as "아니 10개로" does —
 * not a refusal. Only when what follows names something and refuses nothing itself ("ㄴㄴ 하지 마", "ㄴㄴ QA 아직
 * 씀" stay a no).
 */
export function noNoAsCorrection(command: string, apps: ReadonlySet<string> | undefined): string {
  // "예, 다만 스테이징에서 먼저 하십시오", "Yes but 6": a yes that puts something else in — a correction, not a go
  const but = YES_BUT.exec(command);
  if (but) {
    const rest = read(but[1], { knownApps: apps });
    return !rest.negated && says(rest) ? `아니 ${but[1]}` : command;
  }
  const m = /^\s*(?:ㄴㄴ+|nvm|never\s?mind)[,\s]+(\S.*)$/is.exec(command);
  if (!m) return command;
  const rest = read(m[1], { knownApps: apps });
  const named = /^\s*ㄴ/.test(command) ? says(rest) : rest.entities.environment !== undefined; // "nvm, prod not stg"
  return rest.intent === 'unknown' && !rest.negated && named ? `아니 ${m[1]}` : command;
}

/**
 * "Ano, production. Produkce is just Czech for it", "Igen, production. Éles means production in Hungarian": an answer
 * to the service's question, then why the word was another — the answer alone, when what follows orders, reads and
 * names nothing. After an operation, a correction then why ("아니요, 스테이징이요. 구청 검토가 아직이에요", "no, staging. the
 * review is not done yet") is read the same way: the why is no order, read or "not yet" of its own.
 */
export function answerBeforeExplanation(
  command: string,
  apps: ReadonlySet<string> | undefined,
  answers: (answer: Reading, why: Reading) => boolean = (answer) => answer.entities.environment !== undefined,
): string {
  const m = /^([^.!?]{1,40}?)[.!]\s+(\S.*)$/s.exec(command.trim());
  if (!m) return command;
  const answer = read(m[1], { knownApps: apps });
  const why = read(m[2], { knownApps: apps });
  const namesApp = why.entities.app !== undefined && (apps?.has(why.entities.app) ?? true);
  // "운영이요. 근데 롤백하면 어제 청구서도 없어져요?": a question or an operation after the answer is no why — asked
  // — and "스테이징. 근데 마지막 비행 끝나고 해": a wait after it holds the answer back
  const asks =
    /[?？]/.test(m[2]) ||
    ANY_CHANGE.test(why.text) ||
    // (a wait that names a place of its own puts off that place: "개발만요. 스테이징은 다음 전시 때 할게요")
    ((why.postponed === true || putOffUntilLater(m[2].toLowerCase())) && !why.entities.environment);
  return answers(answer, why) && why.intent === 'unknown' && !namesApp && !asks && !correctsValue(why, m[2])
    ? m[1]
    : command;
}
/** "스테이징이요. 그리고 6.4.0 말고 6.4.1로 해 주세요": after the answer, a value corrected — part of the answer (round 161c). */
const correctsValue = (why: Reading, said: string): boolean =>
  (why.entities.tag !== undefined ||
    why.entities.replicas !== undefined ||
    why.entities.revision !== undefined) &&
  /말고|아니(?:고|라)|(?<![a-z])(?:instead|not|rather)(?![a-z])/.test(said.toLowerCase());

/**
 * "cart-api도 같은 버전으로 올려 주세요", "now cart-api too", "restart cart-api as well": the operation just done, for another
 * app — where it was done, and a deploy with the release it deployed; after a correction not understood ("Oops, make
 * that 3.9.1") that release is in doubt and asked. A version that app was given earlier in `history` is its own.
 */
export function sameForAnotherApp(
  reading: Reading,
  text: string,
  previous: Turn | undefined,
  doubted: boolean,
  history: readonly Turn[] = [],
): Reading {
  const e = reading.entities;
  if (
    previous?.intent !== reading.intent ||
    !CHANGE_INTENTS.has(reading.intent) ||
    e.app === undefined ||
    e.app === previous.entities.app ||
    !(SAME.test(text) || ALSO.test(text))
  )
    return reading;
  const { environment } = previous.entities;
  // "타임테이블은 운영에도 아까 그 버전으로": the version that app itself was given earlier, not the other app's
  const tag =
    history.find((t) => t.intent === 'deploy' && t.entities.app === e.app && t.entities.tag)?.entities.tag ??
    previous.entities.tag;
  const carriesTag = reading.intent === 'deploy' && e.tag === undefined && tag !== undefined;
  // "Put frontend on the same version there too" after web-app 4.7.0 and api-server 2.9.1: which of the two is asked
  const [last, before] = history.filter((t) => t.intent === 'deploy' && !t.ambiguous && t.entities.tag);
  const twoVersions =
    last && before && last.entities.app !== before.entities.app && last.entities.tag !== before.entities.tag;
  const inDoubt =
    doubted || (twoVersions && !history.some((t) => t.intent === 'deploy' && t.entities.app === e.app));
  return {
    ...reading,
    entities: {
      ...e,
      ...(e.environment === undefined && environment ? { environment } : {}),
      ...(carriesTag && !inDoubt ? { tag } : {}),
    },
    ...(carriesTag && inDoubt ? { unclear: [...(reading.unclear ?? []), 'tag' as const] } : {}),
  };
}

/**
 * "나머지 하나도 운영에 올려 주세요": a reading that kept the app the conversation was on takes the other one just named;
 * so does "걔도 재시작해 주세요" right after a restart of that app — "it too" is not the app just restarted (blind
 * round 162c). With no other app named, which one is asked.
 */
export function withTheOtherApp(reading: Reading, text: string, history: readonly Turn[]): Reading {
  const talkedAbout = contextFrom(history)?.app;
  // an app left unsaid is filled with the conversation's app later: the app it would be filled with
  const unsaid = reading.entities.app === undefined && talkedAbout !== undefined;
  if (unsaid && operationOfAnotherApp(reading, talkedAbout, text, history)) return withAppAsked(reading);
  const app = reading.entities.app ?? (reading.reference ? talkedAbout : undefined);
  if (app === undefined || app !== talkedAbout || text.includes(app)) return reading;
  if (!OTHER_ONE.test(text) && !itTooAfterItsChange(reading, app, text, history)) return reading;
  const other = otherApp(history, app);
  return other ? { ...reading, entities: { ...reading.entities, app: other } } : withAppAsked(reading);
}
function withAppAsked(reading: Reading): Reading {
  const { app: _asked, ...entities } = reading.entities;
  return { ...reading, entities, unclear: [...(reading.unclear ?? []), 'app' as const] };
}
/**
 * "네, 이제 롤백도 진행해 주세요" after a restart of api-server put worker's rollback aside: the rollback asked earlier was
 * of another app — which one is asked, never the app just restarted (round 164c).
 */
const OPERATION_TOO =
  /(?:롤백|재시작|재기동|배포|삭제|스케일)도|(?<![a-z])(?:rollback|restart|deploy(?:ment)?|deletion|scale)\s+too(?![a-z])/;
function operationOfAnotherApp(
  reading: Reading,
  app: string,
  text: string,
  history: readonly Turn[],
): boolean {
  const last = history.find((t) => CHANGE_INTENTS.has(t.intent));
  return (
    CHANGE_INTENTS.has(reading.intent) &&
    OPERATION_TOO.test(text) &&
    last !== undefined &&
    last.intent !== reading.intent &&
    history.some((t) => t.intent === reading.intent && t.entities.app !== undefined && t.entities.app !== app)
  );
}
const IT_TOO =
  /(?<![가-힣])(?:걔|얘|쟤|그거|그것|이거|이것)도(?![가-힣])|(?<![a-z])(?:restart|redeploy|deploy|bounce|reboot|scale|roll\s+back|rollback|delete|remove|do)\s+(?:it|that\s+one|this\s+one)\s+(?:too|as\s+well)(?![a-z])/;
/** "it too" for the change just done to the app it would otherwise mean. */
function itTooAfterItsChange(reading: Reading, app: string, text: string, history: readonly Turn[]): boolean {
  const last = history.find((t) => CHANGE_INTENTS.has(t.intent));
  return IT_TOO.test(text) && last?.intent === reading.intent && last.entities.app === app;
}

/**
 * "back to 2 pls", "원래대로 3개로 돌려 주세요" after a scale: the count it had, not a revision; "원래대로 돌려 주세요" alone asks
 * which count — a rollback only when a revision or version is said.
 */
export function backToCount(reading: Reading, text: string, previous?: Turn): Reading {
  if (previous?.intent !== 'scale' || reading.intent !== 'rollback' || REVISION_SAID.test(text))
    return reading;
  const { revision, tag, ...rest } = reading.entities;
  if (tag !== undefined) return reading;
  const count =
    revision !== undefined && BACK_TO_NUMBER.test(text) ? revision : (countSaidTo(text) ?? loneNumber(text));
  if (count !== undefined) return { ...reading, intent: 'scale', entities: { ...rest, replicas: count } };
  return RESTORED.test(text) && revision === undefined
    ? { ...reading, intent: 'scale', entities: rest, unclear: [...(reading.unclear ?? []), 'replicas'] }
    : reading;
}
const RESTORED =
  /원래대로|원상\s?복구|(?<![a-z])(?:back\s+to\s+(?:what\s+it\s+was|normal|before)|as\s+it\s+was)(?![a-z])/;
const BACK_TO_NUMBER = /(?<![a-z])back\s+(?:down\s+|up\s+)?to\s+\d+(?![\d.])/;
const REVISION_SAID = /revision|(?<![a-z])rev(?![a-z])|리비전|리비젼|version|버전|#\d/;

/**
 * A bare no and the value that puts it right ("아니요, 스테이징이요", "no, 6"), before a why that names, refuses and keeps
 * nothing ("Actually, scratch that for production. Leave the big stage untouched" is no such pair).
 */
/** "아니요, 스테이징", "no, 5", "아 그거 말고 worker로", "not that one, worker": a no and the value meant instead. */
const BARE_NO_AND_VALUE =
  /^(?:(?:아니요|아뇨|아니오|아니|no|nope)[,\s]+\S+(?:\s?(?:이요|요|please))?|(?:아\s?|앗\s?)?(?:그거|그건|그것|이거|그\s?앱)\s?말고\s?\S+?(?:으로|로)?(?:요)?|(?:no[,\s]+)?not\s+(?:that|this)(?:\s+one)?[,\s]+\S+)$/;
export const correctsSomething = (answer: Reading, why: Reading): boolean =>
  BARE_NO_AND_VALUE.test(answer.text.replace(/[.!]+$/, '')) &&
  answer.intent === 'unknown' &&
  says(answer) &&
  !says(why) &&
  !why.negated &&
  !KEEPS_AS_IS.test(why.text);

/** "auth-service 우선 실시. api-server는 대기", "dev first, staging later": one candidate now, the other put off. */
const ONE_NOW_OTHER_LATER =
  /^(.*?(?:먼저|우선|(?<![a-z])first(?![a-z])).*?)(?:[,.;]|\s(?:and|then))\s*(\S+?)(?:은|는)?\s+(?:대기|나중에?|추후\S*|이따가?|보류|later|afterwards|after|tomorrow|내일)(?:[\s.,!].*)?$/i;

/** The answer to a question offering apps or environments, without the candidate it puts off for later. */
export function withoutCandidatePutOff(
  command: string,
  history: readonly Turn[],
  apps: ReadonlySet<string> | undefined,
): string {
  const m = ONE_NOW_OTHER_LATER.exec(command.trim());
  const question = m ? openQuestion(history) : undefined;
  if (!m || !question) return command;
  const putOff = m[2].toLowerCase();
  const env = read(putOff, { knownApps: apps }).entities.environment;
  const offered =
    (question.apps ?? []).includes(putOff) ||
    (env !== undefined && (question.environments ?? []).includes(env));
  return offered ? m[1] : command;
}
