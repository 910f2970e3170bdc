import { ANSWER_TO_QUESTION } from './confidence.js';
import { OPERATION_INTENTS, type Turn } from './context.js';
import { ANSWER_PHRASE, ORDINALS } from './conversation-patterns.js';
import type { FollowUp, Resolved } from './conversation-reads.js';
import { merged, says } from './conversation-words.js';
import { DEPLOY_OWN_WORD, saysLook } from './follow-up-verbs.js';
import { CHANGE_INTENTS, INTENT_ENTITIES } from './intents.js';
import { read } from './reader.js';
import { TERSE_GO } from './reader-patterns.js';
import type { Entities, Reading } from './types.js';
import type { LateAnswer } from './conversation-history.js';
import { PAST } from './safety-words.js';

/*
 * Answers to what the service itself asked: "cart-api 얘기한 거야" to "which app?", "the second one" to a list it
 * offered, "yes, production" to "did you mean production?" — each completes the command that asked.
 */

const PRODUCTION_SAID = /(?<![a-z])(?:production|prod)(?![a-z])|운영|프로덕션/;

/** "Staging, and give it 3 pods" to "deploy 1.4.0 to dev or staging?": the place asked, and a count the deploy takes. */
function placeAndCountForIt(reading: Reading, question: Turn | undefined): boolean {
  return (
    reading.intent === 'scale' &&
    reading.entities.environment !== undefined &&
    question !== undefined &&
    // "운영이요! 그리고 3개로 띄워 주세요" to "did you mean production?" as well
    ((question.environments?.length ?? 0) > 1 ||
      (question.intent === 'deploy' && question.doubted?.includes('environment') === true)) &&
    INTENT_ENTITIES[question.intent].allowed.includes('replicas')
  );
}

/** "응" to "Did you mean 'web-app'?": the one suggestion offered. */
function yesToTheSuggestion(f: FollowUp, question: Turn, yesMeans: string, reading: Reading): Resolved {
  const suggested = read(yesMeans, { knownApps: f.apps });
  // what the suggestion only spelled out ("… 로그 100줄") was not asked: the app or environment it offers is
  const entities = Object.fromEntries(
    Object.entries(suggested.entities).filter(
      ([k]) => k === 'app' || k === 'environment' || k in question.entities,
    ),
  ) as Entities;
  f.said = entities;
  return { reading: { ...suggested, entities, language: reading.language } };
}

/** An answer to the service's own question completes that command. */
export function answerToQuestion(f: FollowUp, reading: Reading): Resolved | undefined {
  const { question, lone } = f;
  // "worker ㄱㄱ", "payment-svc 쪽 ㄱ 결제 느림" to "which app should I restart?": the go-word answers the question,
  // it orders no deploy
  const bareGo =
    CHANGE_INTENTS.has(reading.intent) &&
    !reading.entities.tag &&
    (TERSE_GO.test(reading.key) || (reading.intent === 'deploy' && !DEPLOY_OWN_WORD.test(f.text)));
  // no question open: "두 번째 것도" may still pick from an offer answered before
  if (!question) return pickedFromAnEarlierOffer(f, reading);
  const countForIt = placeAndCountForIt(reading, question);
  if (reading.intent !== 'unknown' && reading.intent !== question.intent && !bareGo && !countForIt)
    return undefined;
  if (f.reply === 'confirm' && question.yesMeans)
    return yesToTheSuggestion(f, question, question.yesMeans, reading);
  // "worker가 8개니까 8개로 해" to "how many for cart-api?": the app of the reason is not the one asked about
  if (appOnlyInReason(f.text, reading.entities.app, question.entities.app)) {
    const { app: _reasonApp, ...rest } = reading.entities;
    reading = { ...reading, entities: rest, appAlternatives: [] };
  }
  const picked = pickAmongOffered(f, question, reading);
  if (picked) return picked;
  if (!says(reading) && !(lone !== undefined && question.intent === 'scale')) return undefined;
  const given: Entities =
    lone !== undefined ? { ...reading.entities, replicas: lone } : { ...reading.entities };
  // "give it 3 replicas" after "do you want me to deploy …?": a count answers no other question; it asks a scale —
  // and "the logs …, thirty lines" answers no deploy: what the question's operation does not take is no answer to it
  if (
    given.replicas !== undefined &&
    question.intent !== 'scale' &&
    question.entities.replicas === undefined &&
    !countForIt
  )
    return undefined;
  if (given.lines !== undefined && !INTENT_ENTITIES[question.intent].allowed.includes('lines'))
    return undefined;
  // "Evet, production. Canlı is our word for it": production said outright answers "did you mean production?",
  // whatever look-alike the answer explains beside it
  const saidOutright =
    question.doubted?.includes('environment') === true &&
    reading.fuzzy.includes('environment') &&
    PRODUCTION_SAID.test(f.text);
  if (saidOutright) given.environment = 'production';
  const base = { ...question.entities };
  // what was in doubt is replaced by the answer, never kept beside it
  if (given.app || reading.appAlternatives.length) delete base.app;
  if (question.defaults?.includes('environment')) delete base.environment;
  // a production that was only guessed stays a question until the answer names the environment
  const stillDoubted = question.doubted?.includes('environment') === true && given.environment === undefined;
  if (stillDoubted) base.environment = 'production';
  const fuzzy = saidOutright ? reading.fuzzy.filter((e) => e !== 'environment') : reading.fuzzy;
  return {
    reading: {
      ...reading,
      fuzzy: stillDoubted ? [...fuzzy, 'environment' as const] : fuzzy,
      text: reading.text.replace(ANSWER_PHRASE, ' '),
      intent: question.intent,
      entities: merged(base, given),
      confidence: Math.max(reading.confidence, ANSWER_TO_QUESTION),
    },
    followUp: true,
  };
}

/** "첫 번째", "the second one": a pick among the apps or environments the question offered. */
function pickAmongOffered(f: FollowUp, question: Turn, own: Reading): Resolved | undefined {
  const pick = ORDINALS.find(([re]) => re.test(f.text))?.[1];
  // "the former" names no app "former"
  const { app: word, ...rest } = own.entities;
  const ordinalWord = word !== undefined && !f.apps?.has(word) && ORDINALS.some(([re]) => re.test(word));
  const reading = ordinalWord ? { ...own, entities: rest } : own;
  if (pick === undefined || says(reading)) return undefined;
  const apps = question.apps ?? [];
  const envs = question.environments ?? [];
  const chosen: Entities =
    apps.length > 1 && apps[pick]
      ? { app: apps[pick] }
      : envs.length > 1 && envs[pick]
        ? { environment: envs[pick] }
        : {};
  if (!chosen.app && !chosen.environment) return undefined;
  // "첫 번째 것도 봐 주세요" to "which app should I restart?": a look at the one picked, not the change
  const looked = CHANGE_INTENTS.has(question.intent) && saysLook(reading.text);
  return {
    reading: {
      ...reading,
      intent: looked ? 'status' : question.intent,
      entities: looked
        ? merged({ environment: question.entities.environment }, chosen)
        : merged(question.entities, chosen),
      confidence: ANSWER_TO_QUESTION,
    },
    followUp: true,
  };
}

/** "cart-api prdo 재시작" → "로그 보여줘": the app goes on, the production only guessed stays a question. */
export function keepDoubtedProduction(f: FollowUp, reading: Reading): Resolved | undefined {
  const { question } = f;
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
    return {
      reading: {
        ...reading,
        entities: { ...reading.entities, app: question.entities.app, environment: 'production' },
        fuzzy: [...reading.fuzzy, 'environment'],
      },
    };
  return undefined;
}

/**
 * A correction replaces only what it names; "api도 똑같이", "운영에도", "운영만", "아 개발로" repeat the last
 * operation with what they name.
 */
/** "also", "the same", "then", "and": words that tie a follow-up to what came before. */

/** An answer that names a place, an app or a count, and reports nothing done, may answer a question asked before. */
export function lateAnswer(reading: Reading, lone: number | undefined, text: string): LateAnswer {
  return {
    namesSomething: (says(reading) || lone !== undefined) && !PAST.test(text),
    intent: reading.intent,
  };
}

/** "worker가 8개니까 …", "worker는 두 개입니다. …": an app opening a reason or a statement before the answer. */
const REASON_OPENING =
  /^\s*([a-z][a-z0-9-]*)\s?(?:가|이|는|은)\s[^?]*?(?:니까|이니까|라서|므로|입니다|이에요|예요)[.!,]?\s/;
function appOnlyInReason(text: string, app: string | undefined, asked: string | undefined): boolean {
  if (!app || !asked || app === asked) return false;
  const m = REASON_OPENING.exec(text.toLowerCase());
  return m?.[1] === app && !text.toLowerCase().slice(m[0].length).includes(app);
}

/** "두 번째 것도", "the second one too": one of the apps offered before, by its place in the offer. */
const NTH_OF_AN_OFFER =
  /(첫|두)\s?번째\s?(?:거|것|꺼|앱|서비스)|(?<![a-z])the\s+(first|second)\s+(?:one|app|service)(?![a-z])/;
/**
 * "두 번째 것도 재시작해 주세요" after the first of two offered apps was picked and done: the second of that offer — never
 * the app just done again.
 */
function pickedFromAnEarlierOffer(f: FollowUp, own: Reading): Resolved | undefined {
  // an app the words already point at ("the former", read before) is theirs to name
  const m = own.entities.app || f.pointed ? null : NTH_OF_AN_OFFER.exec(f.text);
  if (!m) return undefined;
  const offer = f.history.slice(0, 4).find((t) => (t.apps?.length ?? 0) > 1);
  const app = offer?.apps?.[m[1] === '첫' || m[2] === 'first' ? 0 : 1];
  if (!offer || !app) return undefined;
  const intent = own.intent === 'unknown' ? offer.intent : own.intent;
  // the offer's release and count go with its own operation ("첫 번째 것도 같은 version으로요"), its place with any
  const carried = intent === offer.intent ? offer.entities : { environment: offer.entities.environment };
  const entities = merged(carried, { ...own.entities, app });
  return { reading: { ...own, intent, entities, confidence: ANSWER_TO_QUESTION }, followUp: true };
}
