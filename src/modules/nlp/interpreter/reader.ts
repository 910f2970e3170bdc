import { readImagesAndTags } from './reader-images.js';
import { askValuesSaidTwice } from './values-said-twice.js';
import { askCountBeforeScale } from './reverted-scale.js';
import { askCountsNotTheTarget } from './counts-not-the-target.js';
import { askTargetOfAPromotion } from './promotion-target.js';
import { editDistance, hasHangul, jamo } from './korean.js';
import {
  ALL_MARKER,
  DEFINITION,
  INTENT_PATTERNS,
  LIST_CUE,
  NEGATION,
  OUT_OF_DOMAIN,
  REFERENCE,
  STOP_WORDS,
  WEAK_DEPLOY,
} from './lexicon.js';
import { CHANGE_INTENTS, READ_INTENTS } from './intents.js';
import { CONCEPT, HYPOTHETICAL, judgeChange, type ChangeVerdict } from './safety.js';
import { orderedBefore, orderedBeforeRemark } from './ordered-before.js';
import { orderAfterOtherReplaced, withoutOthersRefused } from './others-refused.js';
import {
  QUOTED_SENTENCE,
  REPLACED_OPERATION,
  JOKED_ORDER,
  IRONIC_ORDER,
  RETRACTED_ORDER,
  TOLD,
  withoutReportedFailures,
} from './safety-words.js';
import { askPlaceOnlyReported } from './place-of-the-report.js';
import { changeBeforeRemark, readBeforeRefusal, sentenceOfOrder } from './remarks.js';
import { readWhatIsAskedInstead } from './asked-instead.js';
import { askRelativeTargets } from './relative-targets.js';
import { readsForeignThing } from './foreign-reads.js';
import { CLEAR_READING, GUESS, INFERRED_INTENT, INTENT_TYPO, UNKNOWN_INTENT } from './confidence.js';
import {
  ACKNOWLEDGED,
  ANY_CHANGE,
  BARE_TURN,
  CANDIDATE,
  GLUED_APP_READ,
  GLUED_VERB,
  HANGUL_RUN,
  HISTORY_NOUN,
  LONE_QUESTION_MARK,
  PLEASE,
  READ_NOUN_TYPOS,
  APP_DEPLOYMENTS,
  BACK_TO,
  ARROW_COUNT,
  SHOW,
  TERSE_GO,
  UNREAD_WORD_BEFORE_GO,
  SHOWN_APP,
  OPERATION_STEM,
  READ_ONLY_ASIDE,
  DEPLOYMENTS_OVERVIEW,
  ONE_THING_ASKED_ABOUT,
  TERSE_STATUS_QUESTION,
  mask,
  normalise,
  plain,
  spacedAroundApps,
  ASKED_LAST,
} from './reader-patterns.js';
import {
  correctIntentByCounts,
  joinSplitAppNames,
  pickApp,
  pickEnvironment,
  readAppCandidates,
  readCounts,
  readEnvironments,
  readScaleTarget,
  settleCounts,
} from './reader-entities.js';
import { CLOSING_SIMILE, maskNumbersOfStatementsAfterRequest } from './reason-clauses.js';
import type { ReadState } from './reader-state.js';
import { readChangeBeforeRead, readFirstOfJoinedChanges, readTwoJoinedReads } from './joined-intents.js';
import { readKoreanIntentTypo } from './korean-intent-typos.js';
import { readRollbackTarget } from './reader-rollback-target.js';
import { residueKey } from './residue-key.js';
import type { EntityName, Reading } from './types.js';
import { readIntentTypo } from './intent-typos.js';
import { withPodNamesAsApps } from './pod-names.js';

export interface ReaderOptions {
  knownApps?: ReadonlySet<string>;
}

/**
 * The rule-based reader: intent + entities from one command, no context, no defaults. Each step reads what the steps
 * before it left (`ReadState.rest`): tags before numbers (1.2.3 is no count), numbers before places and apps, intent last.
 */
export function read(text: string, options: ReaderOptions = {}): Reading {
  const s = startReading(text, options.knownApps);
  readImagesAndTags(s);
  readIntentWords(s);
  readChangeBeforeRead(s);
  readFirstOfJoinedChanges(s);
  readNounTypoBesideChange(s);
  readChangeVerdict(s);
  readTwoJoinedReads(s);
  maskNumbersOfStatementsAfterRequest(s);
  readCounts(s);
  correctIntentByCounts(s);
  readScaleTarget(s);
  readRollbackTarget(s);
  settleCounts(s);
  askValuesSaidTwice(s);
  askCountBeforeScale(s);
  askCountsNotTheTarget(s);
  readEnvironments(s);
  readAppCandidates(s);
  joinSplitAppNames(s);
  pickApp(s);
  readKoreanIntentTypo(s);
  pickEnvironment(s);
  askTargetOfAPromotion(s);
  askPlaceOnlyReported(s);
  inferIntentFromEntities(s);
  settleIntent(s);
  askRelativeTargets(s);
  return readingOf(s);
}

function startReading(original: string, knownApps: ReadonlySet<string> | undefined): ReadState {
  const lowered = plain(original);
  // "고객님 말씀으로는 '메인 화면 글자가 깨져요'라고 하시네요": a sentence quoted is someone else's words, not read
  const own = normalise(lowered.replace(QUOTED_SENTENCE, ' ').replace(CLOSING_SIMILE, ' '));
  let text = knownApps ? withPodNamesAsApps(spacedAroundApps(own, knownApps), knownApps) : own;
  if (knownApps && GLUED_VERB.test(text))
    text = text.replace(GLUED_VERB, (m, verb: string, name: string) =>
      knownApps?.has(name) ? `${verb} ${name}` : m,
    );
  // "api-serverlogs": a registered app run into the read word after it
  if (knownApps && GLUED_APP_READ.test(text))
    text = text.replace(GLUED_APP_READ, (m, name: string, word: string) =>
      knownApps.has(name) ? `${name} ${word}` : m,
    );
  return {
    original,
    lowered,
    text,
    rest: text,
    knownApps,
    language: hasHangul(text) ? 'ko' : 'en',
    intent: 'unknown',
    confidence: CLEAR_READING,
    entities: {},
    fuzzy: [],
    unclear: [],
    imageApps: [],
    joinedAt: -1,
    alsoAsked: null,
    negated: false,
    postponed: false,
    settled: false,
    askedAboutChange: false,
    outOfDomain: false,
    envHits: [],
    candidates: [],
    appAlternatives: [],
    environmentAlternatives: [],
    reference: false,
  };
}

/** Strong intent patterns in priority order, then a lone "?" (help), then typos of intent words. */
function readIntentWords(s: ReadState): void {
  for (const [name, re] of INTENT_PATTERNS) {
    if (re.test(s.rest)) {
      s.intent = name;
      break;
    }
  }
  // head-final: "배포 히스토리 상태" asks for a status, "status history" for a history
  if (s.intent === 'history') {
    const last = Math.max(s.rest.lastIndexOf('상태'), s.rest.lastIndexOf('status'));
    if (last > (HISTORY_NOUN.exec(s.rest)?.index ?? Infinity)) s.intent = 'status';
  }
  if (READ_INTENTS.has(s.intent)) s.intent = changeBeforeRemark(s.lowered, s.knownApps) ?? s.intent;
  if (s.intent === 'unknown' && LONE_QUESTION_MARK.test(s.original)) s.intent = 'help';
  if (s.intent === 'unknown') readIntentTypo(s);
  else if (CHANGE_INTENTS.has(s.intent)) readReadNounTypo(s);
}

/** "auth-service deploy histroy": a read noun typed a letter off beside a change word is what is asked. */
function readReadNounTypo(s: ReadState): void {
  for (const m of s.rest.matchAll(CANDIDATE)) {
    const word = m[1];
    if (word.length < 6 || STOP_WORDS.has(word) || s.knownApps?.has(word)) continue;
    const noun = READ_NOUNS_EN.find((n) => editDistance(word, n, 1) === 1);
    if (noun) {
      s.intent = noun === 'history' ? 'history' : 'status';
      s.confidence = INTENT_TYPO;
      s.rest = mask(s.rest, { start: m.index, end: m.index + word.length });
      return;
    }
  }
}
const READ_NOUNS_EN = ['history', 'status'];

/** Read nouns typed one letter off beside a change word ("web-app 배포 이럭"): the read they ask for. */
function readNounTypoBesideChange(s: ReadState): void {
  if (!CHANGE_INTENTS.has(s.intent) || s.language !== 'ko') return;
  for (const run of s.rest.matchAll(HANGUL_RUN)) {
    const noun = READ_NOUN_TYPOS.find(
      ([kw]) => run[0] !== kw && run[0].length === kw.length && editDistance(jamo(run[0]), jamo(kw), 1) <= 1,
    );
    if (noun) {
      s.intent = noun[1];
      break;
    }
  }
}

const WHY = /왜|뭣땀시|어째서|(?<![a-z])(?:why|how\s+come)(?![a-z])/;
/** Words in double quotes, or in single quotes around Korean (an apostrophe in "don't" opens no quote). */
const QUOTED_WORDS = /["“”][^"“”]{1,80}["“”]|‘[^’]{1,80}’|'(?=[가-힣])[^']{1,80}'/g;

/**
 * A change word in a question, beside a read noun or refused: read what is really asked. A change refused and
 * a read asked instead is the read ("재시작하지 말고 로그만 보여줘"); a what-if about a change is no read either.
 */
/** A clause that asks to be shown something ("worker 로그 줘", "send X prod logs"). */
const ASKS_TO_SEE =
  /보여|알려|줘|주세요|체크|(?<![a-z])(?:send|show|give|get|pull|fetch|print|tail|check)(?![a-z])/;

/**
 * "Send worker prod logs. restart 0715 no change.": a read asked in the opening clause, a change only named after it —
 * the read (the classifier still weighs the whole command, so a change really ordered there is asked about).
 */
function readAskedFirst(lowered: string): ChangeVerdict | undefined {
  const first = readBeforeRefusal(lowered);
  return first && ASKS_TO_SEE.test(first.clause) ? { kind: 'read', intent: first.intent } : undefined;
}

function readChangeVerdict(s: ReadState): void {
  let refused = false;
  if (CHANGE_INTENTS.has(s.intent)) {
    let verdict = judgeChange(s.intent, s.lowered, {}, s.knownApps);
    // "please deploy X, the restart loop is fixed": the operation ordered first, not the one its remark names
    // "…재시작 부탁드립니다… 롤백은 어제 이미 했어요": the order, not a read of what its remark reports
    const ordered =
      verdict.kind === 'ask'
        ? (orderedBefore(s.intent, s.lowered, s.knownApps) ??
          orderedBeforeRemark(s.intent, s.lowered, s.knownApps) ??
          undefined)
        : verdict.kind === 'read' || verdict.kind === 'negated'
          ? (orderedBeforeRemark(s.intent, s.lowered, s.knownApps) ?? undefined)
          : undefined;
    if (ordered) [s.intent, verdict] = [ordered.intent, ordered.verdict];
    if (verdict.kind === 'order' || verdict.kind === 'ask') verdict = readAskedFirst(s.lowered) ?? verdict;
    if (verdict.kind === 'read' && verdict.asked === true && WHY.test(s.lowered)) {
      // "왜 frontend 운영에 deploy 했습니까?", "why was auth-service rolled back?": a reason asked for, which no
      // read of the cluster gives
      s.intent = 'unknown';
      s.settled = true;
    } else if (verdict.kind === 'read') {
      s.intent = verdict.intent;
      s.askedAboutChange = verdict.asked === true;
    } else if (verdict.kind === 'unknown') {
      s.intent = 'unknown';
      // a concept, a what-if, a note for the record (FYI), an order waiting on a condition: no read for a classifier
      // to fill in either
      s.settled =
        verdict.settled === true ||
        CONCEPT.test(s.lowered) ||
        HYPOTHETICAL.test(s.lowered) ||
        TOLD.test(s.lowered);
    } else if (verdict.kind === 'ask' && TOLD.test(s.lowered)) {
      // "we deployed web-app on tuesday, fyi": told, not asked
      s.intent = 'unknown';
      s.settled = true;
    } else if (verdict.kind === 'negated') {
      refused = true;
      s.postponed = verdict.postponed === true;
    } else if (verdict.kind === 'order') {
      const clause =
        verdict.clause ??
        sentenceOfOrder(s.intent, s.original, s.knownApps) ??
        orderAfterOtherReplaced(s.intent, s.lowered);
      if (clause) s.orderClause = clause;
      // "roll back web-app prod now, v7.2.2 broke the countdown": the version the remark blames is no target
      const { tag } = s.entities;
      if (s.intent === 'rollback' && tag && verdict.clause && !verdict.clause.includes(tag))
        delete s.entities.tag;
    }
  }
  // "… 기록만 보여줘 실행은 하지 말고", "show the logs but don't change anything": a read, said to stay one
  const rest = READ_INTENTS.has(s.intent) ? s.rest.replace(READ_ONLY_ASIDE, ' ') : s.rest;
  // the clauses of another operation's refusal are told apart by the punctuation the masked text no longer has
  const refuses = (t: string) => NEGATION.test(withoutReportedFailures(withoutOthersRefused(s.intent, t)));
  // a refusal inside quotes is someone else's words ("수험생이 \"결제 취소해 주세요\"라고 하는데…"), not the user's
  const replaced = REPLACED_OPERATION.exec(s.rest);
  s.negated =
    refused ||
    !!replaced ||
    RETRACTED_ORDER.test(s.lowered) ||
    JOKED_ORDER.test(s.lowered) ||
    IRONIC_ORDER.test(s.lowered) ||
    (refuses(rest) && refuses(s.lowered.replace(QUOTED_WORDS, ' ')));
  if (s.negated) readWhatIsAskedInstead(s, replaced);
  // "cart-api delete 하면 어떻게 돼?"
  if (
    !CHANGE_INTENTS.has(s.intent) &&
    s.intent !== 'help' &&
    HYPOTHETICAL.test(s.text) &&
    ANY_CHANGE.test(s.rest)
  ) {
    s.intent = 'unknown';
    s.settled = true;
  }
  s.outOfDomain = OUT_OF_DOMAIN.test(s.rest);
}

/** "auth-service 3.0.0 is on dev only", "It's only on dev so far", "개발에만 올라가 있어": where a version is, told. */
const WHERE_A_VERSION_IS =
  /(?<![a-z])(?:is|are|was|were|it'?s|sits|runs|lives|stays|remains)\s+(?:(?:only|still|now|already|just|currently)\s+)*(?:on|in)\s+(?:dev|development|stg|stage|staging|prod|production|live)(?![a-z])|(?:개발|스테이징|운영)(?:에만|에는|엔|에)\s?(?:있|떠\s?있|올라가\s?있|깔려\s?있|배포돼\s?있|배포되어\s?있)/;

/** No verb, but the entities say it: "web-app 3개로" (scale), "web-app revision 2" (rollback), "태그 v9로 바꿔". */
function inferIntentFromEntities(s: ReadState): void {
  const { entities, text: t } = s;
  s.reference = REFERENCE.test(t);
  if (s.intent === 'unknown' && !s.outOfDomain && !s.negated && (entities.app || s.reference)) {
    if (entities.replicas !== undefined) s.intent = entities.tag === undefined ? 'scale' : 'deploy';
    else if (entities.revision !== undefined) s.intent = 'rollback';
    // "billing-api prod back to 3.0.9": going back to a version named is a rollback to it
    else if (entities.tag !== undefined && BACK_TO.test(t)) s.intent = 'rollback';
    else if (entities.tag !== undefined && /바꿔|바꾸|변경|교체|switch|change|set/.test(t))
      s.intent = 'deploy';
    // "api-server v2.0.1 스테이징", "auth-service 1.12.0 to stage please": a version sent somewhere
    else if (
      entities.tag !== undefined &&
      (entities.environment || s.envHits.length > 0 || PLEASE.test(t)) &&
      !WHERE_A_VERSION_IS.test(s.lowered)
    )
      s.intent = 'deploy';
    // "billing-api 3.1.0", "auth-service v4.0.0 go": a registered app and a version, nothing else — send it
    else if (
      entities.tag !== undefined &&
      entities.app !== undefined &&
      s.knownApps?.has(entities.app) &&
      TERSE_GO.test(s.rest.replace(entities.app, ''))
    )
      s.intent = 'deploy';
    else if (entities.lines !== undefined) s.intent = 'logs';
    else if (s.unclear.includes('replicas')) s.intent = 'scale';
    if (s.intent !== 'unknown') s.confidence = INFERRED_INTENT;
  }
  // "last 30 lines 보여줘": lines shown are only ever a log's ("100줄" alone repeats the last read instead)
  if (
    s.intent === 'unknown' &&
    entities.lines !== undefined &&
    SHOW.test(t) &&
    !s.outOfDomain &&
    !s.negated
  ) {
    s.intent = 'logs';
    s.confidence = INFERRED_INTENT;
  }
  // "show me auth-service on dev", "Tá, show me …, the gateway is slow": a registered app shown, nothing else named —
  // how it is doing (the greeting and the remark only as written, `lowered`)
  const shown = s.intent === 'unknown' && entities.app && s.knownApps?.has(entities.app);
  if (shown && (SHOWN_APP.test(t) || SHOWN_APP.test(s.lowered)) && !s.outOfDomain && !s.negated) {
    s.intent = 'status';
    s.confidence = INFERRED_INTENT;
  }
  // "billing-api stg → 4": a bare count after the arrow is the number of replicas
  const arrowCount = ARROW_COUNT.exec(t);
  if (s.intent === 'unknown' && arrowCount && entities.app && entities.tag === undefined) {
    entities.replicas = Number(arrowCount[1]);
    s.intent = 'scale';
    s.confidence = INFERRED_INTENT;
  }
  if (s.intent === 'unknown' && WEAK_DEPLOY.test(t) && (entities.app || s.reference)) {
    s.intent = 'deploy';
    // "web-app 리붓 ㄱㄱ": a word never read stands where the verb would — asked, not taken for a deploy
    s.confidence = UNREAD_WORD_BEFORE_GO.test(s.rest) ? GUESS : INFERRED_INTENT;
  }
  // "cart-api stage?", "api-server up?", "did web-app come back on dev?" (a short note may follow: "… there? Quick q."): a
  // registered app asked about, no operation word in the question (a what-if or a concept stays settled as unknown)
  if (
    s.intent === 'unknown' &&
    !s.negated &&
    entities.app !== undefined &&
    s.knownApps?.has(entities.app) &&
    ASKED_LAST.test(s.lowered) &&
    (TERSE_STATUS_QUESTION.test(s.rest.replace(entities.app, '')) ||
      (!s.settled &&
        !s.outOfDomain &&
        !ANY_CHANGE.test(s.text) &&
        !OPERATION_STEM.test(s.text) &&
        residueKey(s.rest, [entities.app]) !== ''))
  ) {
    s.intent = 'status';
    s.confidence = INFERRED_INTENT;
  }
}

/** The last word on the intent: lists, guesses, chit-chat, definitions and refusals. */
function settleIntent(s: ReadState): void {
  const { entities, text: t, reference } = s;
  // "어제 배포 때문에 야근했어": a question about a change, but of nothing in particular
  if (s.askedAboutChange && s.intent === 'status' && !entities.app && !reference) s.intent = 'unknown';
  // "모든 앱 상태" / "status of all apps" / "운영 배포 현황" (a whole environment) is a list
  // … as is "지금 running 중인 app list", "배포 현황 좀": a status word, but of no app, and a list asked for
  if (
    s.intent === 'status' &&
    !entities.app &&
    !reference &&
    (ALL_MARKER.test(t) || s.envHits.length > 0 || LIST_CUE.test(t) || DEPLOYMENTS_OVERVIEW.test(t)) &&
    !ONE_THING_ASKED_ABOUT.test(t)
  )
    s.intent = 'list';
  // "list billing-api deployments", "cart-api 배포 목록": the deployments of one app are its history
  if (
    s.intent === 'list' &&
    entities.app !== undefined &&
    s.knownApps?.has(entities.app) &&
    APP_DEPLOYMENTS.test(t)
  )
    s.intent = 'history';
  // "is ghcr.io/acme/web-app:v4 what's running in prod?": what runs there, asked of one registered app, is its status
  else if (
    s.intent === 'list' &&
    entities.app !== undefined &&
    s.knownApps?.has(entities.app) &&
    !ALL_MARKER.test(t)
  )
    s.intent = 'status';
  // "batch-job 돌려줘": run, restart or turn back? read as a restart the gate will ask about
  if (s.intent === 'unknown' && entities.app && BARE_TURN.test(t)) {
    s.intent = 'restart';
    s.confidence = GUESS;
  }
  // weak status cues (어때, check) with nothing to check
  if (
    s.intent === 'status' &&
    !entities.app &&
    !reference &&
    /어때|어떤지|괜찮|doing|check/.test(t) &&
    !/상태|status|health/.test(t)
  )
    s.confidence = GUESS;
  // "the history of the printing press": a read of something that is no deployment
  if (readsForeignThing(t, s.intent) && !s.envHits.length && !reference) s.outOfDomain = true;
  if (
    s.outOfDomain &&
    s.intent !== 'help' &&
    !(entities.app && (s.knownApps?.has(entities.app) || /[-\d]/.test(entities.app)))
  ) {
    s.intent = 'unknown';
    s.settled = true;
  }
  if (DEFINITION.test(t) && !entities.app && !reference && s.intent !== 'help') {
    s.intent = 'unknown';
    s.settled = true;
  }
  // "web-app 0개로 하면 어떻게 돼?": a what-if about a count, with no change word to find it by
  const counted = entities.replicas !== undefined || entities.revision !== undefined;
  if (counted && !CHANGE_INTENTS.has(s.intent) && s.intent !== 'help' && HYPOTHETICAL.test(s.text)) {
    s.intent = 'unknown';
    s.settled = true;
  }
  // "롤백된 거 확인했어요 감사합니다": what was seen is told back, nothing asked
  if (READ_INTENTS.has(s.intent) && ACKNOWLEDGED.test(s.lowered)) [s.intent, s.settled] = ['unknown', true];
  if (s.negated) s.intent = 'unknown';
  // "we deployed web-app on tuesday, fyi": told for the record, nothing asked
  if (s.intent === 'unknown' && TOLD.test(s.lowered)) s.settled = true;
  if (s.intent === 'unknown') s.confidence = UNKNOWN_INTENT;
}

function readingOf(s: ReadState): Reading {
  const { entities } = s;
  return {
    intent: s.intent,
    entities,
    confidence: s.confidence,
    language: s.language,
    reference: s.reference,
    appAlternatives: s.appAlternatives,
    environmentAlternatives: s.environmentAlternatives,
    fuzzy: s.fuzzy,
    negated: s.negated,
    ...(s.postponed ? { postponed: true } : {}),
    ...(s.settled ? { settled: true } : {}),
    key: residueKey(s.rest, entities.app ? [entities.app] : []),
    ...(s.unclear.length > 0 ? { unclear: s.unclear } : {}),
    ...(s.alsoAsked ? { alsoAsked: s.alsoAsked } : {}),
    said: Object.keys(entities) as EntityName[],
    text: s.lowered,
    ...(s.orderClause && (CHANGE_INTENTS.has(s.intent) || s.readBeforeRefusal)
      ? { orderClause: s.orderClause }
      : {}),
  };
}
