import { speaksAsAnotherVoice } from './order-openings.js';
import { asPlainText } from './plain-text.js';
import { asOwnWords } from './pasted-output.js';
import { asRepaired } from './disfluency.js';
import { withAliasNamed } from './app-aliases.js';
import { contextFrom, OPERATION_INTENTS, type Turn } from './context.js';
import { withPlausibleApps } from './app-names.js';
import {
  REPEATED_OPERATION,
  ANSWER_TO_QUESTION,
  GUESS,
  LOW_CONFIDENCE,
  STATUS_OF_CONTEXT_APP,
  UNKNOWN_INTENT,
} from './confidence.js';
import {
  askedDeploy,
  withPointedAppNamed,
  BOTH,
  deleteOfAnotherApp,
  versionLeftOpen,
  remarkOnWhatRan,
  onlyRemarks,
  correctedSinceLastOperation,
  lastChange,
  lastOperation,
  openQuestion,
  ranAlready,
} from './conversation-history.js';
import { answerToPlan, besideThePlan, lowersAgain } from './conversation-plan.js';
import { answerToQuestion, keepDoubtedProduction, lateAnswer } from './conversation-answers.js';
import { repeatedEntities } from './repeated-entities.js';
import { withCarriedValues } from './carried-values.js';
import {
  AGAIN,
  ALSO,
  BARE_NUMBER,
  CONDITIONAL_QUESTION,
  CORRECTION,
  ONLY,
  HYPOTHETICAL,
  POLITE_REQUEST,
  SAID_WRONG,
  SAME,
  WHO_OR_WHAT_DEPLOYED,
  normalise,
  NUMBER_WORD,
  MADE_A_COUNT,
  SAID_OF_IT,
  SAME_RELEASE,
  SAME_VALUE,
} from './conversation-patterns.js';
import {
  answerBeforeExplanation,
  correctsSomething,
  withoutCandidatePutOff,
  loneNumber,
  merged,
  noNoAsCorrection,
  readAfterDismissal,
  says,
  withKeyboardFix,
  withoutExcluded,
  withoutExcludedApp,
  backToCount,
  withTheOtherApp,
  sameForAnotherApp,
} from './conversation-words.js';
import {
  linesAfterLogs,
  fromLastOperation,
  narrowedRead,
  sameReadForAnotherApp,
  statusOfLastApp,
  type FollowUp,
  type Resolved,
  askWhichReferent,
  askWhichEnvironment,
  redoneRelease,
  undoneWithoutRelease,
  appOfItsChange,
  severalPointedAt,
} from './conversation-reads.js';
import { CHANGE_INTENTS, READ_INTENTS } from './intents.js';
import { lookedAtInstead, saysOwnUnreadVerb, withoutGenericDo } from './follow-up-verbs.js';
import { askedPart, finalize, type FinalizeOptions } from './interpreter.js';
import { ALL_MARKER, FOLLOW_UP } from './lexicon.js';
import { keepingRecent } from './memo.js';
import { read } from './reader.js';
import { readBareReply, readReply, type Reply, KEEPS_AS_IS } from './replies.js';
import { answeredPlan, turnOf } from './turns.js';
import {
  countCorrected,
  onlyReportsWhatWasDone,
  raisedAsAsked,
  theOneThere,
  versionOfAnotherApp,
  versionPickedFromList,
  withEnvironmentThere,
} from './picks-from-reads.js';
import type { ConversationContext, Entities, Interpretation, InterpretOptions, Reading } from './types.js';

export { answeredPlan, turnOf } from './turns.js';

/** A count in digits or in words ("6", "다섯 개로요", "now five"): what may open a follow-up before its why. */
const COUNT_SAID = new RegExp(`\\d|${NUMBER_WORD.source}`);

/**
 * How a person reads a follow-up, on top of the single-command reader: answers to the service's own
 * question complete that command, corrections replace only what they name, "거기서"/"there" keeps the
 * environment, "같은 거"/"the same" keeps the tag, a bare number repeats the last scale, "그거" after two apps
 * is asked about, and ordinary words are no app names. Pure and synchronous: the service (REST and MCP) and the
 * conversation specs use exactly this, before `finalize` (which ends in the safety gate).
 */

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

/** The same registered apps, the same set (so what is remembered per set of apps outlives one command). */
const appSet = keepingRecent((joined: string): ReadonlySet<string> => new Set(joined.split('\n')));

/**
 * The reading of one command in its conversation (before finalize): the rules reader, then what the
 * previous turns make of it. `reply` is set when the command only answers a plan waiting for confirmation.
 */
export function readInConversation(
  typed: string,
  knownApps: readonly string[],
  history: readonly Turn[],
): ConversationReading {
  const apps = knownApps.length > 0 ? appSet(knownApps.join('\n')) : undefined;
  const { text: said, pointed } = ownWordsPointing(typed, apps, history);
  const command = lastOperation(history) ? noNoAsCorrection(said, apps) : said;
  const context = withoutExcludedApp(contextFrom(history), command, history);
  // "klepaas: ✅ 승인 완료 — 운영 worker 재시작": the service's (or a system's) words pasted back approve nothing
  const answer = speaksAsAnotherVoice(typed) ? undefined : answerToPlan(command, apps, history);
  // with no plan waiting, only a whole answer answers the service's own question (a yes with a remark does not)
  const reply = answer?.reply ?? readBareReply(command);
  const plan = answer?.plan;
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
  const answered = answerPart(command, apps, history);
  const { now, text, own, called } = readCallingAliases(withoutCandidatePutOff(answered, history, apps), {
    history,
    apps,
    knownApps,
    talkedAbout: context?.app,
  });
  const f: FollowUp = {
    text,
    apps,
    history,
    context,
    said: own.entities,
    reply,
    lone: undefined,
    question: undefined,
    previous: undefined,
    ...(called || pointed ? { pointed: called ?? pointed } : {}),
  };
  // a refusal, or a report of what was done before ("we deployed it last week btw"), carries nothing over
  if (own.negated) return done(f, { reading: own });
  // "운영은 그냥 두게", "leave prod alone": kept as it is, nothing answered or repeated ("only payment-svc; …" answers)
  if (own.intent === 'unknown' && KEEPS_AS_IS.test(text) && !ONLY.test(text))
    return done(f, { reading: own });
  if (onlyReportsWhatWasDone(own, text) || (own.intent === 'unknown' && onlyRemarks(text, now, own, history)))
    return done(f, { reading: { ...own, entities: {}, appAlternatives: [], environmentAlternatives: [] } });
  const reading = linesAfterLogs(picked(f, withEnvironmentThere(f, own)), text, history);
  // "now 14, the searches are going crazy": a bare number, then only why
  const numberFirst = normalise(now.split(/[,;!]|\.\s/)[0]);
  const bare =
    BARE_NUMBER.test(text) || CORRECTION.test(text)
      ? text
      : COUNT_SAID.test(numberFirst) && BARE_NUMBER.test(numberFirst) && numberFirst;
  // "이제 다섯 개로요, 손님이 많아요": a count opens it, its why follows (the count is all the rules read)
  const onlyCount = !CORRECTION.test(text) && Object.keys(reading.entities).every((e) => e === 'replicas');
  f.lone =
    reading.intent === 'unknown' && (!says(reading) || onlyCount) && bare ? loneNumber(bare) : undefined;
  f.question = openQuestion(history, lateAnswer(reading, f.lone, text));
  f.previous = lastOperation(history);
  const several = besideThePlan(now, text, f.said, history);
  if (several) return done(f, { reading: { ...reading, ...several } });
  const lowered = lowersAgain(reading, text, history);
  const resolved =
    (lowered && { reading: lowered, followUp: true }) ??
    answerToQuestion(f, reading) ??
    keepDoubtedProduction(f, reading) ??
    sameReadForAnotherApp(f, reading) ??
    narrowedRead(f, reading) ??
    fromLastOperation(f, reading) ??
    statusOfLastApp(f, reading);
  if (resolved) return done(f, resolved);
  const corrected = correctedOrRepeated(f, reading);
  return done(f, { ...corrected, reading: referredTo(f, corrected.reading) });
}

/** The operation repeated or corrected by a follow-up, with what the follow-up says of its own. */
function repeatedAs(
  f: FollowUp,
  reading: Reading,
  how: { repeated: Turn; appRead?: string; correction: boolean; another: boolean },
): Resolved {
  const { text, lone } = f;
  const { repeated, appRead, correction, another } = how;
  // "same version to prod" after a scale: no release to repeat — the turn is read as it is
  if (SAME_RELEASE.test(text) && repeated.intent !== 'deploy') return { reading };
  if (
    reading.intent === 'unknown' &&
    CHANGE_INTENTS.has(repeated.intent) &&
    saysOwnUnreadVerb(reading.text, reading.key)
  )
    return { reading: lookedAtInstead(reading, repeated) };
  const onlyReplicas =
    (reading.entities.replicas !== undefined || lone !== undefined) &&
    !reading.entities.tag &&
    !reading.entities.app &&
    !reading.entities.environment;
  const intent =
    (reading.intent === 'scale' || onlyReplicas) &&
    repeated.intent !== 'scale' &&
    (!correction || MADE_A_COUNT.test(text))
      ? 'scale'
      : reading.intent === 'scale' && repeated.intent !== 'deploy'
        ? 'scale'
        : repeated.intent;
  const { base, unclear } = repeatedEntities(f, reading, repeated, intent, { correction, another });
  // "scale frontend to 2" → "order-api there, status" → "There, same count": the count goes to the app just read
  if (appRead && !reading.entities.app) base.app = appRead;
  const entities = merged(base, reading.entities);
  if (remarkOnWhatRan(reading, correction, entities, repeated))
    return { reading: { ...reading, intent: 'unknown', entities: {} } };
  return {
    reading: {
      ...reading,
      unclear,
      // "아 잘못 말했어 4개" states a slip; it asks nothing
      text: reading.text.replace(SAID_WRONG, ' '),
      intent,
      entities,
      confidence: Math.max(reading.confidence, ANSWER_TO_QUESTION),
    },
    followUp: true,
  };
}

/** "네, 진행해 주세요" right after a change that ran (nothing waits for a yes): no second run of it. */
function yesToWhatRan(f: FollowUp, said: Reading): boolean {
  const last = f.history[0];
  return (
    ranAlready(last) &&
    (said.intent === 'unknown' || said.intent === last.intent) &&
    Object.entries(said.entities).every(([k, v]) => last.entities[k as keyof Entities] === v) &&
    readReply(said.text.split(/(?<=[.!?])\s+/)[0]) === 'confirm'
  );
}

/** A version or an operation picked by what was just read or asked. */
const picked = (f: FollowUp, reading: Reading) =>
  versionOfAnotherApp(f, raisedAsAsked(f, versionPickedFromList(f, reading)));

/** What a follow-up refers to: the values carried over, the app "there", or which of two apps (asked). */
const referredTo = (f: FollowUp, reading: Reading) =>
  askWhichReferent(f, theOneThere(f, withCarriedValues(f, reading)));

/** The person's own words as plain text, with "the former" or "the other one" read as the app they point at. */
function ownWordsPointing(
  typed: string,
  apps: ReadonlySet<string> | undefined,
  history: readonly Turn[],
): { text: string; pointed?: Entities } {
  return withPointedAppNamed(
    history,
    asRepaired(asPlainText(asOwnWords(typed, apps)), apps),
    openQuestion(history) !== undefined,
  );
}

/** The answer before its explanation, when the service asked or a correction may follow an operation. */
function answerPart(
  command: string,
  apps: ReadonlySet<string> | undefined,
  history: readonly Turn[],
): string {
  if (openQuestion(history)) return answerBeforeExplanation(command, apps);
  return lastOperation(history) ? answerBeforeExplanation(command, apps, correctsSomething) : command;
}

/**
 * The command's own reading; an order or a read that names no app but calls one by a word the conversation put before
 * its name ("로그인 쪽 재시작해") is read with that app — only when the word adds nothing but the app.
 */
function readCallingAliases(
  said: string,
  c: {
    history: readonly Turn[];
    apps: ReadonlySet<string> | undefined;
    knownApps: readonly string[];
    talkedAbout: string | undefined;
  },
): { now: string; text: string; own: Reading; called?: Entities } {
  const { history, apps, knownApps } = c;
  const text = normalise(said);
  const own = readOwnWords(said, text, apps, knownApps);
  // "둘 다요! 푸드트럭 줄이 …": both are meant, the alias is only in the remark
  const calls = !own.entities.app && OPERATION_INTENTS.has(own.intent) && !BOTH.test(text);
  const alias = calls ? withAliasNamed(history, said) : undefined;
  // the app talked about already: nothing for the alias to add
  if (!alias || alias.pointed.app === c.talkedAbout) return { now: said, text, own };
  const aliasText = normalise(alias.text);
  const again = readOwnWords(alias.text, aliasText, apps, knownApps);
  if (again.intent !== own.intent || again.entities.app !== alias.pointed.app)
    return { now: said, text, own };
  return { now: alias.text, text: aliasText, own: again, called: alias.pointed };
}

/** What the command itself says, read by the rules (with keyboard mode, plausible apps and exclusions). */
function readOwnWords(
  command: string,
  text: string,
  apps: ReadonlySet<string> | undefined,
  knownApps: readonly string[],
): Reading {
  let reading = askedPart(command, read(command, { knownApps: apps }), apps);
  // "nvm, 로그 보여줘": the refused part is no app and no negation of the read asked after it
  reading = readAfterDismissal(text, apps) ?? reading;
  reading = withKeyboardFix(reading, command, text, apps);
  // "2.4.1로 다시 올려봐": a restart names no version; with one it is a deploy of that version
  if (reading.intent === 'restart' && reading.entities.tag) reading = { ...reading, intent: 'deploy' };
  reading = withPlausibleApps(reading, knownApps);
  return withoutExcluded(reading, text);
}

/** The reading to finalize, with what the conversation adds to how sure it is and where it is read. */
function done(f: FollowUp, { reading: own, followUp = false }: Resolved): ConversationReading {
  const { context } = f;
  const back = f.pointed && (!f.said.app || f.said.app === f.pointed.app) ? f.pointed : undefined;
  const said = back
    ? {
        ...own,
        appAlternatives: [],
        entities: {
          ...own.entities,
          ...back,
          ...(f.said.environment ? { environment: f.said.environment } : {}),
        },
      }
    : own;
  const asked = said.intent === 'deploy' ? askedDeploy(f.history, said.entities) : undefined;
  // what the words point at, then what they leave open: a change by what it was, several apps, an undo, a place
  const ofItsChange = appOfItsChange(f, asked ? { ...said, entities: asked } : said);
  const pointed = back ? ofItsChange : severalPointedAt(f, ofItsChange);
  const placed = withTheOtherApp(askWhichEnvironment(f, undoneWithoutRelease(f, pointed)), f.text, f.history);
  const r =
    placed.intent === 'deploy' && versionLeftOpen(f.history, placed.entities, f.text)
      ? { ...placed, unclear: [...(placed.unclear ?? []), 'tag' as const] }
      : placed;
  const carriedEnvironment =
    r.entities.environment !== undefined && r.entities.environment !== f.said.environment;
  const hypothetical =
    (CHANGE_INTENTS.has(r.intent) && HYPOTHETICAL.test(r.text) && !POLITE_REQUEST.test(r.text)) ||
    (r.intent !== 'unknown' && CONDITIONAL_QUESTION.test(f.text));
  // "이제 괜찮아?": a weak status cue is sure enough when the conversation names the app it asks about
  const weakStatus =
    r.intent === 'status' && !r.entities.app && r.confidence < LOW_CONFIDENCE && context?.app;
  const redone = redoneRelease(f, r);
  const reading: Reading = {
    ...r,
    ...(redone ? { entities: { ...r.entities, tag: redone } } : {}),
    ...(weakStatus ? { confidence: STATUS_OF_CONTEXT_APP } : {}),
    ...(r.intent === 'delete' && !f.said.app && deleteOfAnotherApp(f.history, context?.app)
      ? { confidence: Math.min(r.confidence, GUESS) }
      : {}),
    ...(hypothetical ? { intent: 'unknown', confidence: UNKNOWN_INTENT } : {}),
    ...(followUp ? { followUp: true } : {}),
    ...(carriedEnvironment ? { environmentFromContext: true } : {}),
    // "운영에도 같은 걸 올리게" with no deploy run before it to be the same as (one only asked about names a release
    // that may have been corrected since): which release is asked, never left out
    ...(r.intent === 'deploy' &&
    r.entities.tag === undefined &&
    SAME.test(f.text) &&
    !f.history.some((t) => t.intent === 'deploy' && !t.ambiguous)
      ? { unclear: [...(r.unclear ?? []), 'tag' as const] }
      : {}),
  };
  // a list or a history reads every environment unless one is said or pointed at ("거기"), and every app when it
  // asks who or what was deployed or for all of it ("전체 이력은?")
  const everywhere = (reading.intent as string) === 'history' || reading.intent === 'list';
  const everyApp =
    everywhere && !f.said.app && (WHO_OR_WHAT_DEPLOYED.test(f.text) || ALL_MARKER.test(f.text));
  return {
    reading,
    context:
      (everywhere || r.environmentAlternatives.length > 1) && context
        ? { ...context, environment: undefined, ...(everyApp ? { app: undefined, tag: undefined } : {}) }
        : context,
  };
}

const refersBack = (text: string) => ALSO.test(text) || SAME.test(text) || FOLLOW_UP.test(text);
const HELD_BACK = /(?<![a-z])(?:hold|until|till)(?![a-z])|보류|기다려/;

function correctedOrRepeated(f: FollowUp, said: Reading): Resolved {
  const { previous, text, lone } = f;
  if (yesToWhatRan(f, said)) return { reading: { ...said, intent: 'unknown', entities: {} } };
  const reading = withoutGenericDo(f, said);
  if (previous && reading.intent === 'unknown' && !says(reading) && AGAIN.test(text))
    return {
      reading: {
        ...reading,
        intent: previous.intent,
        entities: { ...previous.entities },
        confidence: REPEATED_OPERATION,
      },
      followUp: true,
    };
  if (
    !previous ||
    !says(reading) ||
    !(
      reading.intent === 'unknown' ||
      (CORRECTION.test(text) && (reading.intent === previous.intent || reading.intent === 'scale'))
    )
  )
    return {
      reading: sameForAnotherApp(
        backToCount(reading, text, lastChange(f.history)),
        text,
        // "Same deploy for payment-svc" after a read of its logs: the last deploy, not the read
        f.history.find((t) => !t.ambiguous && t.intent === reading.intent) ?? previous,
        correctedSinceLastOperation(f.history),
        f.history,
      ),
    };
  const correction = CORRECTION.test(text);
  const another = reading.entities.app !== undefined && reading.entities.app !== previous.entities.app;
  const short = text.split(' ').length <= 3 && !reading.entities.app;
  if (!(correction || short || lone !== undefined || refersBack(text))) return { reading };
  // "Ugh, and order-api has been flaky all day too": said of the app, no order of its own — nothing repeated
  if (reading.intent === 'unknown' && !correction && lone === undefined && SAID_OF_IT.test(text))
    return { reading };
  // "Actually no, hold production until the monks sign off": the place is held back, not the change moved there
  if (HELD_BACK.test(text)) return { reading };
  // "same …" after a question refers to the last change — but "same for billing-api" after a read of another app
  // repeats that read: only a count or a version said the same ties it back to the change
  const change = SAME.test(text) && READ_INTENTS.has(previous.intent) && lastChange(f.history);
  const readOfAnother = change && previous.entities.app && previous.entities.app !== change.entities.app;
  const repeated =
    countCorrected(text, f.history) ??
    (change && (!readOfAnother || SAME_VALUE.test(text)) ? change : previous);
  const appRead = readOfAnother && repeated === change ? previous.entities.app : undefined;
  return repeatedAs(f, reading, { repeated, appRead, correction, another });
}

export interface ConversationTurn {
  /** Set when the command answered a plan waiting for confirmation (nothing else was read). */
  reply?: Reply;
  interpretation: Interpretation;
  turn: Turn;
}

/** What a plan leaves once answered: it no longer waits for an answer. */
export const answeredTurn = (plan: Turn): Turn => ({ ...plan, requiresConfirmation: false });
/** One command read in its conversation by the rules alone (the service weighs it with the classifier: classifier/turn.ts). */
export function interpretInConversation(command: string, options: ConversationOptions): ConversationTurn {
  const knownApps = options.knownApps ?? [];
  const { reply, plan, reading, context } = readInConversation(command, knownApps, options.history);
  const finalizeOptions: FinalizeOptions = { ...options, context };
  if (reply && plan)
    return {
      reply,
      interpretation: answeredPlan(plan, reading.language),
      // the plan no longer waits for an answer
      turn: answeredTurn(plan),
    };
  const interpretation = finalize(reading, finalizeOptions);
  return { interpretation, turn: turnOf(interpretation, reading, knownApps) };
}
