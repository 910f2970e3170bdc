import { relaysOrder } from './relayed-orders.js';
import {
  CHANGE_OR_GERUND,
  CHANGE_PATTERNS,
  HYPOTHETICAL,
  KO_CONDITIONAL,
  NEGATION,
  OPERATION_VERB_PAST,
  POSTPONED,
  QUESTION,
  RETRACTED_ORDER,
  readFor,
} from './safety-words.js';
import type { Intent } from './types.js';

/**
 * A long message — a greeting, who writes, what happened, one sentence that orders the change, a sign-off ("예보관
 * 서민정입니다. 방금 반영된 … 어긋나 표시됩니다. 운영 frontend를 2.13.4로 롤백해 주십시오.", "Thank you for your hard work.
 * Our load test printed … Please scale api-server on staging to 4. Best regards — Mori"): the order is that one
 * sentence when every other sentence only tells — it names no operation and no read, asks nothing, refuses nothing,
 * sets no condition, puts nothing off and passes on no one else's order. A place said only in what is told is asked
 * (`place-of-the-report.ts` reads where the clause stands).
 */
const SENTENCES = /(?<=[.!?。])\s+|\s*\n+\s*/;
/** A place named: said beside the order only in what is told, it is asked about (`place-of-the-report.ts`). */
/** "본 메시지는 … 시스템이 자동 생성하였습니다": a sentence that speaks as a machine makes the order beside it no one's own. */
const MACHINE_VOICE =
  /자동\s?(?:생성|발송|알림|메시지|메세지)|시스템|봇|(?<![a-z])(?:bot|automated|automatic|system|noreply|no-reply)(?![a-z])/;
/** The order's own sentence ends as one: "… 해 주십시오.", "… 롤백해", "Please deploy …", "Roll back … now." */
const ORDERS =
  /(?:주십시오|주세요|주시오|줘요?|해라|하십시오|하세요|하시오|시오|해|하자|합시다|갑시다|바랍니다|바람|요망)[.!~]*$|^(?:please|pls|kindly)\s|^(?:re-?deploy|deploy|restart|roll|rollback|scale|delete|remove|ship|bounce)\s|\splease[.!]*$/;
/** "1. ", "2) ": a list's own numbering. */
const LIST_NUMBER = /^\s*\d{1,2}[.)]\s+/;
/** A word that takes back, waits or hedges, in any sentence beside the order. */
const TAKES_BACK =
  /아니|취소|잠깐|잠시만|보류|(?<![a-z])(?:no|not|wait|hold|cancel|never\s?mind|scratch|unless|if|maybe|perhaps)(?![a-z])/;

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
  const sentences = text
    .split(SENTENCES)
    .map((s) => s.trim())
    .filter(Boolean);
  if (sentences.length < 2) return undefined;
  const own = CHANGE_PATTERNS.get(intent);
  const ordering = sentences.filter((s) => own?.test(s.toLowerCase()));
  if (ordering.length !== 1) return undefined;
  const [order] = ordering;
  const told = (s: string) => s === order || onlyTells(s.toLowerCase());
  if (!ORDERS.test(order.toLowerCase()) || !sentences.every(told)) return undefined;
  // the clause as written: where it stands in the message tells whether a place was said only before it
  return ordersAlone(order.toLowerCase()) ? order : undefined;
}
