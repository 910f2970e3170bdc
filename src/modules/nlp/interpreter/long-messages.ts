import { CHANGE_INTENTS } from './intents.js';
import { relaysOrder } from './relayed-orders.js';
import {
  CHANGE_OR_GERUND,
  CHANGE_PATTERNS,
  GREETING_AT_START,
  HYPOTHETICAL,
  KO_CONDITIONAL,
  NEGATION,
  OPERATION_VERB_PAST,
  PLACE_WORD,
  POSTPONED,
  QUESTION,
  RETRACTED_ORDER,
  readFor,
} from './safety-words.js';
import { NLP_ENVIRONMENTS, type Intent, type Reading } from './types.js';

/*
 * A message of several sentences — an e-mail, a handover note, a ticket — where one sentence orders a change and the
 * others tell what happened (past deploys, rollbacks, restarts, counts, other apps and places), say why, greet, thank
 * or sign off: the order is that sentence, with its own app and values; the versions and operations the others name
 * are no part of it. A place said only beside the order is asked. Two readers share the sentences and the order's
 * shape: the whole message read from its first words (`orderSentenceOfLongMessage`, three sentences or more, blind
 * round 196: a report's "롤백한 뒤" had made a restart order a rollback to the report's version) and the safety gate's
 * check that a change's words stand in one ordering sentence among sentences that only tell
 * (`orderAmongToldSentences`; `place-of-the-report.ts` reads where that clause stands).
 */
const SENTENCES = /(?<=[.!?。])\s+|\s*\n+\s*/;
const sentencesOf = (text: string) =>
  text
    .split(SENTENCES)
    .map((s) => s.trim())
    .filter(Boolean);
/** How an order's own sentence ends or opens: "…해 주십시오.", "…바랍니다.", "Please …", "Roll back …", "pa-restart po …". */
const ORDER_SENTENCE =
  /(?:주십시오|주세요|주시오|줘요?|해라|하십시오|하세요|하시오|시오|해|하자|합시다|갑시다|바랍니다|바람|요망)[.!~]*$|^(?:please|pls|kindly|paki-?\S|pa-\S)|^(?:re-?deploy|deploy|restart|roll|rollback|revert|scale|delete|remove|ship|bounce|promote)\s|\s(?:please|po|salamat(?:\s+po)?)[.!]*$/;
/** Words of a sentence beside the order that hold it, take it back or ask. */
const HOLDS =
  /아니|취소|잠깐|잠시만|보류|잘못|정정|없던\s?(?:일|걸)|(?<![a-z])(?:wait|hold|cancel|never\s?mind|scratch|unless|if|actually|correction|i\s+meant|disregard|ignore|forget|belay|as\s+you\s+were)(?![a-z])|[?？]/;
/** "토요일 밤 … 롤백한 뒤 오류는 멈췄습니다.", "We rolled it back on Saturday.": a time of the past, nothing put off. */
const TOLD_IN_THE_PAST =
  /(?:었|았|였|했|됐|렸|췄|났|왔|갔|졌|웠)(?:습니다|어요|다|음|고요)[.!~]*$|(?<![a-z])(?:was|were|did|had|went|rolled|restarted|deployed|scaled|pushed|shipped)(?![a-z])/;
const TO_A_PERSON = /[가-힣]\s?(?:님|씨)(?:께서|께|,)|(?:^|\n)\s*(?:수신|제목|참조|to|subject|re|cc)\s*:/i;
/** The value an operation needs, said in another sentence ("Deploy billing-api to prod. Tag is 2.8.0."). */
const NEEDED: Readonly<Partial<Record<string, 'tag' | 'replicas'>>> = { deploy: 'tag', scale: 'replicas' };
/** "본 메시지는 … 시스템이 자동 생성하였습니다": a sentence that speaks as a machine makes the order beside it no one's own. */
const MACHINE_VOICE =
  /자동\s?(?:생성|발송|알림|메시지|메세지)|시스템|봇|(?<![a-z])(?:bot|automated|automatic|system|noreply|no-reply)(?![a-z])/;
/** "1. ", "2) ": a list's own numbering. */
const LIST_NUMBER = /^\s*\d{1,2}[.)]\s+/;
/** A word that takes back, waits or hedges, in any sentence beside the order. */
const TAKES_BACK =
  /아니|취소|잠깐|잠시만|보류|(?<![a-z])(?:no|not|wait|hold|cancel|never\s?mind|scratch|unless|if|maybe|perhaps)(?![a-z])/;

export function orderSentenceOfLongMessage(
  command: string,
  readAlone: (sentence: string) => Reading,
): Reading | undefined {
  const sentences = sentencesOf(command);
  const vented = ventedBeforeOrder(sentences);
  // a message to a colleague ("김 팀장님, …", "…님께서 재시작해 주시기 바랍니다", a memo's "수신:") is read whole: it is
  // theirs to do
  if ((sentences.length < 3 && !vented) || TO_A_PERSON.test(command)) return undefined;
  const orders = sentences
    .filter((s) => ORDER_SENTENCE.test(s.toLowerCase()) && !/[?？]/.test(s))
    .map((sentence) => ({ sentence, reading: readAlone(sentence) }))
    // the order's sentence names its app ("없던 일로 해 주세요" alone is no order of a change)
    .filter(
      ({ reading }) =>
        CHANGE_INTENTS.has(reading.intent) && !reading.negated && reading.entities.app !== undefined,
    );
  if (orders.length !== 1) return undefined;
  const [{ sentence, reading }] = orders;
  const others = sentences.filter((s) => s !== sentence);
  if (vented ? sentence !== sentences.at(-1) : others.some((s) => holdsTheOrder(reading, s, readAlone)))
    return undefined;
  const placeElsewhere =
    reading.entities.environment === undefined && others.some((s) => PLACE_WORD.test(s.toLowerCase()));
  return {
    ...reading,
    orderClause: sentence,
    ...(placeElsewhere ? { environmentAlternatives: [...NLP_ENVIRONMENTS] } : {}),
  };
}

/**
 * "이게 말이 돼? 매칭이 1분 걸려 ㅠㅠ 스테이징 web-app 재시작해", "Is anything in this event working at all? Restart batch-job
 * on staging.": questions vented before the last sentence ask nothing of the service — the order after them is the
 * writer's (blind round 213); a question with a word that holds ("wait, is prod ok?") still holds it.
 */
function ventedBeforeOrder(sentences: readonly string[]): boolean {
  return (
    sentences.length >= 2 &&
    sentences
      .slice(0, -1)
      .every((s) => /[?？]$/.test(s) && !HOLDS.test(s.toLowerCase().replace(/[?？]/g, ''))) &&
    !/[?？]/.test(sentences[sentences.length - 1]) &&
    !TOLD_IN_THE_PAST.test(sentences[sentences.length - 1].toLowerCase())
  );
}

/** Whether a sentence beside the order orders, refuses, takes back, puts off, asks or gives the value it lacks. */
function holdsTheOrder(order: Reading, said: string, readAlone: (sentence: string) => Reading): boolean {
  const s = said.replace(GREETING_AT_START, '');
  if (!s) return false;
  const alone = readAlone(s);
  const lowered = s.toLowerCase();
  const needed = NEEDED[order.intent];
  if (HOLDS.test(lowered)) return true;
  if (needed !== undefined && order.entities[needed] === undefined && alone.entities[needed] !== undefined)
    return true;
  // what was done, told in the past, holds nothing — whatever its operation word
  if (TOLD_IN_THE_PAST.test(lowered)) return false;
  return (
    CHANGE_INTENTS.has(alone.intent) ||
    alone.negated ||
    alone.postponed === true ||
    POSTPONED.test(lowered) ||
    QUESTION.test(lowered)
  );
}

/** A sentence that only tells: it names no operation and no read, asks, refuses, hedges, counts or relays nothing. */
function onlyTells(sentence: string): boolean {
  return !(
    [...CHANGE_OR_GERUND.values()].some((re) => re.test(sentence)) ||
    readFor(sentence) !== undefined ||
    QUESTION.test(sentence) ||
    NEGATION.test(sentence) ||
    TAKES_BACK.test(sentence) ||
    MACHINE_VOICE.test(sentence) ||
    OPERATION_VERB_PAST.test(sentence) ||
    /\d/.test(sentence.replace(LIST_NUMBER, '')) ||
    KO_CONDITIONAL.test(sentence) ||
    HYPOTHETICAL.test(sentence) ||
    POSTPONED.test(sentence) ||
    RETRACTED_ORDER.test(sentence) ||
    relaysOrder(sentence)
  );
}

/** The one sentence of `text` that orders `intent` among sentences that only tell, if `ordersAlone` says it orders. */
export function orderAmongToldSentences(
  intent: Intent,
  text: string,
  ordersAlone: (sentence: string) => boolean,
): string | undefined {
  const sentences = sentencesOf(text);
  if (sentences.length < 2) return undefined;
  const own = CHANGE_PATTERNS.get(intent);
  const ordering = sentences.filter((s) => own?.test(s.toLowerCase()));
  if (ordering.length !== 1) return undefined;
  const [order] = ordering;
  const told = (s: string) => s === order || onlyTells(s.toLowerCase());
  if (!ORDER_SENTENCE.test(order.toLowerCase()) || !sentences.every(told)) return undefined;
  // the clause as written: where it stands in the message tells whether a place was said only before it
  return ordersAlone(order.toLowerCase()) ? order : undefined;
}
