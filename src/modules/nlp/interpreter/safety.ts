import { doubtOrOthersLine, opensWithOwnVerb, speaksAsAnotherVoice } from './order-openings.js';
import { editDistance, jamo } from './korean.js';
import { CHANGE_INTENTS } from './intents.js';
import { INTENT_FUZZY, INTENT_FUZZY_KO, withVerbalOrders } from './lexicon.js';
import { askConfirmChange, askFuzzyProduction } from './messages.js';
import { withoutOtherReplacedBefore, withoutOthersRefused } from './others-refused.js';
import type { Intent, Interpretation } from './types.js';
import { asQuestion, asRead, asUnknown } from './safety-answers.js';
import {
  NEGATION,
  withoutNoUseRemark,
  withoutReportedFailures,
  HYPOTHETICAL,
  POSTPONED,
  PAST,
  EMBEDDED_QUESTION,
  CONCEPT,
  READS,
  readFor,
  CHANGE_PATTERNS,
  ORDER_ANY,
  CONJUNCTION,
  PRODUCTION,
  MY_THING_KO,
  LATIN_TOKEN,
  HANGUL_TOKEN,
  normalise,
  GLUED_VERB,
  REFUSAL,
  TAG_LIKE,
  PAST_EVIDENCE,
  DATA_DELETED,
  FOREIGN_OBJECT,
  POLITE_IF,
  REMARK_KO,
  KO_CONDITIONAL,
  CAUSE,
  LOOK_FIRST,
  ORDER_AT_END,
  QUOTED,
  HAS_NUMBER,
  PLEASE,
  ORDER_WORDS,
  undoesDeploy,
  THANKS_AT_END,
  FEELING_AT_END,
  SPEAKER_FIRST,
  ORDER_ENDED,
  TOLD,
  TOLD_AS_DONE,
  LIST_ASKED,
  QUOTED_SENTENCE,
  JOINED_COUNT,
  REPORT_BOUNDARY,
  ENDING_ONLY,
  POD_COUNT,
} from './safety-words.js';
import { hedges, isOrder } from './order-grammar.js';
import { announcedAs, announcesOwnChange } from './announced-changes.js';
import { relaysOrder } from './relayed-orders.js';
import { shortOfAnOrder } from './short-of-an-order.js';
import { asksQuestion } from './remark-questions.js';
import { orderAmongToldSentences } from './long-messages.js';
import { endsInThePast, endsOnCondition } from './trailing-conditions.js';
import { DONE_LATER, putOffUntilLater, withoutAnotherOperationsTime, withoutFollowUpLater } from './later.js';
import {
  changeBeforeRemark,
  countedOrderBesideRemark,
  orderBesideRemark,
  withoutAside,
  withoutNeedRemark,
  ownSentencesOfOrder,
} from './remarks.js';
import { needsOperation } from './polite.js';
import { questionVerdict } from './asked-reads.js';
import { orderedBeforeRemark } from './ordered-before.js';

export { CONCEPT, CONJUNCTION, HYPOTHETICAL } from './safety-words.js';

/**
 * The safety gate: the last step of every interpretation, whatever produced it (the rules, a classifier, an
 * LLM, the ensemble). A change (deploy, scale, rollback, restart, delete) leaves here unambiguous only when the
 * text holds an instruction to make that change. Questions, read nouns (이력, 현황, history, status …),
 * negations and hypotheticals become a read, `unknown` or a clarification — never an executed change —
 * even when the reader that produced the interpretation missed them.
 */

/** What the text alone cannot show, told by the caller: a learned phrase, or a follow-up of the last turn. */
export interface SafetyEvidence {
  /** The phrase matched a rule learned from the user's own correction. */
  learned?: boolean;
  /** The intent was carried from the previous operation ("prod too", "5개로"). */
  followUp?: boolean;
  /** The environment came from the conversation, not from the text. */
  environmentFromContext?: boolean;
  /** Names the reading found in the text (an unregistered app asked about, a tag): they may follow an order. */
  names?: readonly string[];
}

function twoChanges(intent: Intent, said: string): boolean {
  // "재시작하지 말고 롤백해": the operation refused before this one is no second change
  const t = withoutOtherReplacedBefore(intent, said);
  const own = CHANGE_PATTERNS.get(intent)?.exec(t);
  if (!own) return false;
  if (intent === 'deploy') {
    const after = t.slice(own.index + own[0].length - 1);
    const join = CONJUNCTION.exec(after);
    if (join && JOINED_COUNT.test(after.slice(join.index))) return true;
    // "운영 pe 10 replicas, phir 6.4.5 deploy" (then): a count said first and joined to the deploy after it
    const count = [...t.slice(0, own.index).matchAll(POD_COUNT)].pop();
    if (count && CONJUNCTION.test(t.slice(count.index + count[0].length, own.index))) return true;
  }
  for (const [other, re] of CHANGE_PATTERNS) {
    if (other === intent) continue;
    const m = re.exec(t);
    if (!m) continue;
    const [a, b] = m.index < own.index ? [m, own] : [own, m];
    const undone = undoesDeploy(a === m ? other : intent, b === m ? other : intent);
    // from the operation word's last letter: "늘리고 재시작" joins with a 고 glued to the verb
    if (!undone && CONJUNCTION.test(t.slice(a.index + a[0].length - 1, b.index))) return true;
  }
  return false;
}
/**
 * "재시작하고 로그 보여줘", "restart worker and show the logs": the change word, then a conjunction — near it, or
 * anywhere before the read it is joined to ("restart X on prod and then chuck me the last 40 log lines").
 */
function changeThenMore(intent: Intent, t: string, read?: Intent): boolean {
  const own = CHANGE_PATTERNS.get(intent)?.exec(t);
  if (!own) return false;
  const after = own.index + own[0].length - 1;
  if (CONJUNCTION.test(t.slice(after, after + 15))) return true;
  const readAt = read ? READS.find(([i]) => i === read)?.[1].exec(t)?.index : undefined;
  return readAt !== undefined && readAt > after && CONJUNCTION.test(t.slice(after, readAt));
}

/** A typo of one of the intent's words. */
function saysTypo(intent: Intent, t: string): boolean {
  for (const m of t.matchAll(LATIN_TOKEN)) {
    const max = m[0].length >= 7 ? 2 : 1;
    if (INTENT_FUZZY.some(([w, i]) => i === intent && editDistance(m[0], w, max) <= max)) return true;
  }
  for (const m of t.matchAll(HANGUL_TOKEN)) {
    for (const [w, i] of INTENT_FUZZY_KO) {
      if (i !== intent) continue;
      for (let k = 0; k + w.length <= m[0].length; k++)
        if (editDistance(jamo(m[0].slice(k, k + w.length)), jamo(w), 1) <= 1) return true;
    }
  }
  return false;
}

function refusesOperation(intent: Intent, t: string): boolean {
  const op = CHANGE_PATTERNS.get(intent);
  if (!op) return false;
  for (const m of t.matchAll(REFUSAL)) {
    // "not to prod, deploy …": what "not" refuses ends with its clause
    const near =
      m[0] === 'not'
        ? t.slice(m.index + 3, m.index + 22).split(/[,;.]/)[0]
        : // "scale X to 12. No deploy today": a "no" opening a sentence refuses nothing before it
          (t
            .slice(Math.max(0, m.index - 12), m.index)
            .split(/[.!?;]\s/)
            .at(-1) ?? '');
    if (op.test(near)) return true;
  }
  return false;
}

/** The first sentence orders `intent` and says no read; a later one asks a read. */
function orderThenRead(intent: Intent, text: string, names: ReadonlySet<string>): boolean {
  const sentences = text.toLowerCase().split(/(?<=[.!])\s+/);
  if (sentences.length < 2) return false;
  const first = readableText(sentences[0], names);
  return (
    (CHANGE_PATTERNS.get(intent)?.test(first) ?? false) &&
    readFor(first) === undefined &&
    isOrder(intent, first, names) &&
    readFor(readableText(sentences.slice(1).join(' '), names)) !== undefined
  );
}

/** What the text says about a change the reader or a model found. */
export type ChangeVerdict =
  /** `clause`: the order's own clause when a remark stands beside it */
  | { kind: 'order'; clause?: string }
  /** refused ("하지 마", "don't") */
  | { kind: 'negated'; postponed?: boolean }
  /** not about doing it: a concept, a what-if, a mention ("롤백이 뭐야?", "what happens if I delete …") */
  | { kind: 'unknown'; settled?: boolean }
  /** what is asked is a read ("배포 이력", "배포됐어?", "how many pods are running") */
  | { kind: 'read'; intent: Intent; asked?: boolean }
  /** a request with a question mark, or a change named without an order: ask before doing anything */
  | { kind: 'ask' };

/** The change's own word closes the sentence, only an ending after it ("… 싹 다 지워", "… 삭제해"). */

/** A read only in what comes before the last report boundary, and an order of `intent` after it. */
function orderAfterReport(intent: Intent, t: string, names: ReadonlySet<string>): boolean {
  const boundary = [...t.matchAll(REPORT_BOUNDARY)].at(-1);
  if (!boundary) return false;
  const at = boundary.index + boundary[0].length;
  const [head, tail] = [t.slice(0, at), t.slice(at)];
  return (
    readFor(head) !== undefined &&
    readFor(tail) === undefined &&
    (CHANGE_PATTERNS.get(intent)?.test(tail) ?? false) &&
    isOrder(intent, tail, names)
  );
}

function endsWithOrderWord(intent: Intent, t: string): boolean {
  const words = ORDER_WORDS.get(intent);
  const last = words ? [...t.matchAll(words)].at(-1) : undefined;
  return last !== undefined && ENDING_ONLY.test(t.slice(last.index + last[0].length));
}

/** "Undo what you just did on dev": an order about what was done, no question ("what … did?"). */
const UNDO_WHAT_WAS_DONE =
  /^(\s*(?:please\s+)?(?:undo|revert|reverse|roll\s+back))\s+what\s+(?:you|we|i|they)\s+(?:just\s+)?(?:did|deployed|shipped|pushed|released|changed)(?![a-z])/;
/** The text as the gate reads it: normalised, politeness as "please", an operation verb run into a name split. */
function readableText(text: string, names: ReadonlySet<string>): string {
  let t = withVerbalOrders(normalise(text))
    .replace(UNDO_WHAT_WAS_DONE, '$1 it')
    .replace(POLITE_IF, 'please ')
    .replace(FEELING_AT_END, '')
    .replace(THANKS_AT_END, '')
    .replace(FEELING_AT_END, '');
  for (const m of names.size > 0 ? t.matchAll(GLUED_VERB) : [])
    if (names.has(t.slice(m.index + m[0].length).split(' ')[0])) {
      t = t.replace(GLUED_VERB, (verb, _v: string, at: number) =>
        names.has(t.slice(at + verb.length).split(' ')[0]) ? `${verb} ` : verb,
      );
      break;
    }
  return t;
}

/**
 * Whether `text` orders the change `intent`. Shared by the rules reader (to read the right intent in the
 * first place) and the gate (which trusts no reader). `text` may be raw: it is normalised here. `names` are
 * the app and tag the interpretation found (they may stand anywhere in an order).
 */
export function judgeChange(
  intent: Intent,
  text: string,
  evidence: SafetyEvidence = {},
  names: ReadonlySet<string> = new Set(),
): ChangeVerdict {
  // "이게 맞는지 모르겠지만 일단 …", "not sure this is the fix, but restart …": an order the writer doubts is asked back,
  // as is one only pasted from someone else ("> scale … — 지훈", "[04:05] Mina: scale …")
  if (speaksAsAnotherVoice(text)) return { kind: 'unknown', settled: true };
  const doubt = doubtOrOthersLine(text);
  if (doubt) {
    const rest = judgeChange(intent, text.slice(doubt[0].length), evidence, names);
    return rest.kind === 'order' ? { kind: 'ask' } : rest;
  }
  const verdict = judgeAlone(intent, text, evidence, names);
  const open = verdict.kind === 'ask' || verdict.kind === 'read';
  if (open || (verdict.kind === 'order' && !verdict.clause)) {
    // the one sentence that orders, among sentences that only tell, is the order — and what the classifier weighs
    const told = (s: string) => judgeAlone(intent, s, evidence, names).kind === 'order';
    const clause = orderAmongToldSentences(intent, text, told);
    if (clause) return { kind: 'order', clause };
  }
  if (verdict.kind !== 'order' || evidence.learned || evidence.followUp) return verdict;
  // "Restart X on production, rollback yesterday not the problem": an earlier change said, this one no order of it
  return orderedBeforeRemark(intent, text.toLowerCase(), names) === undefined ? verdict : { kind: 'ask' };
}

const VERB_AS_MODIFIER = /^\s?(?:둔|놓은|놨던|뒀던|놓았던)(?=\s|$|[,.])/;

/** An order given before the condition ("배포 단디 해주이소, 쿠폰 다 날아가면 큰일"): the condition is what could go wrong. */
/** "…올려. 상어 터널 야간 관람 예약 들어간 거야.": a sentence after the order explains what it is — no question. */

function orderedBeforeCondition(intent: Intent, t: string, at: number): boolean {
  const op = CHANGE_PATTERNS.get(intent)?.exec(t);
  // a scale said by its count alone ("0개로 내려") has no scale word: its sentence is the one before the condition
  if (op?.index !== undefined && op.index >= at) return false;
  const before = t.slice(op?.index ?? 0, at);
  if (!op && !SENTENCE_ENDED.test(before)) return false;
  // "운영 batch-job 0개로 내려. 경매 도중에 정산 돌면 낙찰가 꼬여.": the order's sentence ended, and the condition's own
  // sentence orders nothing — it says why (blind round 133c)
  // "장바구니 5개로 늘려, 매입 오픈하면 더 몰려.": the order's clause ended with its verb and a comma — the same
  return (
    ORDER_ENDED.test(before) ||
    ((SENTENCE_ENDED.test(before) || ORDER_CLAUSE_ENDED.test(before)) && !ORDER_ENDED.test(`${t.slice(at)}.`))
  );
}
const SENTENCE_ENDED = /[.!]\s/;
const ORDER_CLAUSE_ENDED = /(?:해|줘|줘요|주세요|려|려요|세요|십시오|하자|시오)\s?,\s/;

/**
 * Read words that are no read asked: they report why, before the order ("…에서 장애가 확인되었습니다. 직전 버전으로
 * 롤백해 주세요") — null, the read dropped — or they are the remark's, after it ("deploy X to stage, QA needs the new
 * timeline", "8개로 늘려 주십시오, 로그상 요청이 세 배입니다") — the order, by its clause where one stands apart.
 */
function readBesideOrder(
  intent: Intent,
  t: string,
  names: ReadonlySet<string>,
  question: boolean,
): ChangeVerdict | null | undefined {
  if (!question && orderAfterReport(intent, t, names)) return null;
  if (changeBeforeRemark(t, names) !== intent) return undefined;
  const clause = orderBesideRemark(intent, t, names);
  return clause ? { kind: 'order', clause } : null;
}

function judgeAlone(
  intent: Intent,
  text: string,
  evidence: SafetyEvidence,
  names: ReadonlySet<string>,
): ChangeVerdict {
  const t = readableText(text, names);
  const own = readableText(text.replace(QUOTED_SENTENCE, ' '), names); // a quoted "안 돼요" is someone else's
  if (
    NEGATION.test(withoutReportedFailures(withoutOthersRefused(intent, own))) ||
    refusesOperation(intent, own)
  )
    return { kind: 'negated' };
  // "상태 보고 이상하면 재시작해": the read is asked now, the change only waits on it ("…재시작해줘" asks which);
  // before orders put off until an event, which "로그 보고 에러 나면 롤백해" would otherwise be
  const condition = KO_CONDITIONAL.exec(withoutFollowUpLater(t));
  const looked = condition ? readFor(t.slice(0, condition.index)) : undefined;
  if (looked && LOOK_FIRST.test(t.slice(0, condition?.index)) && !ORDER_AT_END.test(t))
    return { kind: 'read', intent: looked };
  // "롤백은 내일 하자": not now — and nothing is scheduled for later either
  const when = withoutAnotherOperationsTime(ownSentencesOfOrder(intent, t, names));
  if (POSTPONED.test(when) || putOffUntilLater(when) || DONE_LATER.test(t))
    return { kind: 'negated', postponed: true };
  const considered = withoutNeedRemark(withoutOthersRefused(intent, t));
  if (CONCEPT.test(considered) || HYPOTHETICAL.test(considered)) return { kind: 'unknown' };
  if (CAUSE.test(t) && !ORDER_AT_END.test(t)) return { kind: 'unknown' };
  // "재시작하면 다운타임 생겨", "운영이면 배포해줘": a condition — talk about it, or an order that waits on it
  if (condition && !orderedBeforeCondition(intent, t, condition.index))
    return ORDER_AT_END.test(t) ? { kind: 'ask' } : { kind: 'unknown', settled: !readFor(t) };
  if (endsOnCondition(t) || endsInThePast(t)) return { kind: 'unknown', settled: !readFor(t) };
  if (!evidence.learned && relaysOrder(t)) return { kind: 'unknown', settled: true }; // someone else's order
  const short = shortOfAnOrder(intent, t, names);
  if (short) return short;
  const op = CHANGE_PATTERNS.get(intent);
  // "tripod에 올려 둔 채 …", "띄워 놓은 거 …": the operation's verb as a modifier ("having put it up"), no order
  const verb = op?.exec(t);
  if (verb && !ORDER_AT_END.test(t) && VERB_AS_MODIFIER.test(t.slice(verb.index + verb[0].length)))
    return { kind: 'unknown' };
  const quoted = QUOTED.exec(t);
  if (quoted && op?.test(quoted[0])) return { kind: 'unknown' };
  let read = readFor(t);
  const asked = withoutAside(t);
  const embedded = EMBEDDED_QUESTION.test(asked);
  const question = asksQuestion(intent, asked, names);
  // "스테이징에 올라가 있는 거 싹 다 지워": what runs there is the object of the order, not a list asked for
  if (
    read === 'list' &&
    !question &&
    !LIST_ASKED.test(t) &&
    (isOrder(intent, t, names) || endsWithOrderWord(intent, t))
  )
    read = undefined;
  const besideOrder = read ? readBesideOrder(intent, t, names, question) : undefined;
  if (besideOrder) return besideOrder;
  if (besideOrder === null) read = undefined;
  if (read) {
    // an order and a read in one command: ask rather than do one of them on a guess
    if (
      !question &&
      read !== 'history' &&
      CONJUNCTION.test(t) &&
      (isOrder(intent, t, names) || changeThenMore(intent, t, read))
    )
      return { kind: 'ask' };
    // "web-app 재시작해줘. 로그 보여줘": an order, then a read in a sentence of its own — asked, never dropped
    if (!question && orderThenRead(intent, text, names)) return { kind: 'ask' };
    return { kind: 'read', intent: read };
  }
  // "방금 restart 했어요 FYI", "scale out 하기로 했어": told, not asked
  if (question && !t.includes('?') && TOLD.test(t)) return { kind: 'unknown' };
  if (question) return questionVerdict(intent, t, names, embedded);
  // "let me restart worker", "재시작해 볼게요": the speaker's own act, announced — asked back ("늘리는 중": told), never run
  if (!evidence.learned && announcesOwnChange(intent, t)) return { kind: announcedAs(t) };
  if (evidence.learned || evidence.followUp) return { kind: 'order' };
  // "I rollback X on prod already, just tell you": what the speaker did, told
  if (TOLD.test(t) && (SPEAKER_FIRST.test(t) || TOLD_AS_DONE.test(t))) return { kind: 'unknown' };
  return orderOrAsk(intent, t, names);
}

/** "어제 올린 7.1.3부터 이럼", "broken since 7.1.3": the version is when something began, no release asked for. */
const sinceTag = (t: string, tag: string): boolean => {
  const at = t.indexOf(tag);
  return (
    /^\s?(?:부터|이후|때부터)/.test(t.slice(at + tag.length)) || /(?<![a-z])since\s+$/.test(t.slice(0, at))
  );
};

/** No question, no read, no refusal: an order when its words say one, otherwise asked about. */
function orderOrAsk(intent: Intent, t: string, names: ReadonlySet<string>): ChangeVerdict {
  // "web-app 3개로", "web-app revision 2" (a count says it), "web-app v2 스테이징" (a tag, with no verb at all)
  const saysWord = ORDER_ANY.get(intent)?.test(t) || saysTypo(intent, t);
  // a rollback's number is a revision: "8개로 증설 필. 지난주 롤백 이후 …" counts pods for another operation
  const counted =
    (intent === 'scale' && HAS_NUMBER.test(t)) ||
    (intent === 'rollback' && HAS_NUMBER.test(sentenceWith(intent, t).replace(POD_COUNT, ' '))) ||
    (!saysWord &&
      intent === 'deploy' &&
      [...names].some((n) => TAG_LIKE.test(n) && t.includes(n) && !sinceTag(t, n)));
  // "… 0개로 내려줘, 안 쓴다": why the order is wanted, no report of what happened
  const ordered = withoutNoUseRemark(t);
  const reports = (c: string) => REMARK_KO.test(c) || PAST.test(c) || PAST_EVIDENCE.test(c);
  const reported = REMARK_KO.test(ordered) || PAST.test(t) || PAST_EVIDENCE.test(t);
  if (!saysWord) {
    if (!counted) return { kind: 'ask' };
    if (!reported && !hedges(t) && !(intent === 'deploy' && opensWithOwnVerb(t))) return { kind: 'order' };
    const clause = countedOrderBesideRemark(intent, t, names, (c) => HAS_NUMBER.test(c), reports);
    return clause ? { kind: 'order', clause } : { kind: 'ask' };
  }
  if (twoChanges(intent, t) || goWordOnlyToProduction(intent, t, names)) return { kind: 'ask' };
  if (isOrder(intent, ordered, names)) {
    // an order that reads whole may still open with its clause and end with a remark ("…배포해 줘요, 새 큐 들어갔어")
    const opening = ordered === t ? orderBesideRemark(intent, t, names) : ordered;
    return opening && t.startsWith(opening) ? { kind: 'order', clause: opening } : { kind: 'order' };
  }
  if (counted && !reported && !hedges(t)) return { kind: 'order' };
  const clause = orderBesideRemark(intent, t, names);
  if (clause) return { kind: 'order', clause };
  return needsOperation(intent, t, names) ? { kind: 'order' } : { kind: 'ask' };
}

/**
 * "web-app 운영 ㅂㅍ ㄱㄱ": a go-word the only word of a deploy to production, no version — not done on a guess; nor is
 * "ㅂㅍ" (배포 as two initials) the only word of one anywhere.
 */
function goWordOnlyToProduction(intent: Intent, t: string, names: ReadonlySet<string>): boolean {
  return (
    intent === 'deploy' &&
    (PRODUCTION.test(t) || /ㅂㅍ/.test(t)) &&
    !CHANGE_PATTERNS.get('deploy')?.test(t) &&
    !saysTypo(intent, t) &&
    ![...names].some((n) => TAG_LIKE.test(n) && t.includes(n))
  );
}

function reportsChange(t: string): boolean {
  return (
    (PAST.test(t) || PAST_EVIDENCE.test(t)) && !ORDER_AT_END.test(t) && !PLEASE.test(t) && !t.includes('?')
  );
}

/** The sentence that names `intent` ("Set X to 10. Rollback is off today": the 10 is no revision). */
const sentenceWith = (intent: Intent, t: string): string =>
  t.split(/(?<=[.!?;])\s+/).find((c) => CHANGE_PATTERNS.get(intent)?.test(c)) ?? t;

/** The gate. Pure; cheap (a handful of precompiled patterns; the typo scan runs only without an exact word). */
export function enforceSafety(
  i: Interpretation,
  text: string,
  evidence: SafetyEvidence = {},
): Interpretation {
  if (!CHANGE_INTENTS.has(i.intent)) return i;
  // "web-app 캐시 삭제해줘": data of the app, not the app ("drop coupons on dev" deletes an app named coupons)
  const data = i.intent === 'delete' ? DATA_DELETED.exec(normalise(text)) : null;
  if (data && !(i.entities.app !== undefined && data[0].endsWith(i.entities.app)))
    return asUnknown(i, 'unknown');
  const names = new Set(
    [i.entities.app, i.entities.tag, ...(evidence.names ?? [])].filter((n): n is string => n !== undefined),
  );
  const verdict = judgeChange(i.intent, text, evidence, names);
  if (verdict.kind === 'negated') return asUnknown(i, verdict.postponed ? 'postponed' : 'negated');
  if (verdict.kind === 'unknown') return asUnknown(i, 'unknown');
  // a change word with no app and no order: talk about deploys, not a deploy ("배포 자동화 너무 좋다"); an order
  // about something that is not an app ("restart my laptop", "delete this message")
  if (
    i.missing.includes('app') &&
    !evidence.names?.length &&
    (verdict.kind === 'ask' || FOREIGN_OBJECT.test(normalise(text)) || MY_THING_KO.test(normalise(text)))
  )
    return asUnknown(i, 'unknown');
  // "web-app 배포 너무 느리다": a remark about a change, not an order nor a question
  if (verdict.kind === 'ask' && REMARK_KO.test(normalise(text)) && !ORDER_AT_END.test(normalise(text)))
    return asUnknown(i, 'unknown');
  // "we rolled back payment-svc last night", "cart-api 재시작 예정이야": a report or a plan, not a request
  if (verdict.kind === 'ask' && reportsChange(normalise(text))) return asUnknown(i, 'unknown');
  if (i.ambiguous) return i;
  if (verdict.kind === 'read') return asRead(i, verdict.intent);
  if (verdict.kind === 'ask') return asQuestion(i, askConfirmChange(i.intent, i.entities, i.language));
  if (
    i.entities.environment === 'production' &&
    !evidence.environmentFromContext &&
    !PRODUCTION.test(normalise(text))
  )
    return asQuestion(i, askFuzzyProduction(i.language));
  return i;
}
