import { CHANGE_INTENTS } from './intents.js';
import { POSTPONED, QUESTION } from './safety-words.js';
import { NLP_ENVIRONMENTS, type Reading } from './types.js';

/*
 * A long message — an e-mail, a handover note, a ticket — of three sentences or more, where one sentence orders a
 * change and the others report what happened (past deploys, rollbacks, restarts, counts, other apps and places),
 * say why, thank or sign off: the order is that sentence, read alone, with its own app and values — the versions and
 * operations the report names are no part of it. A place said only in the report is asked (blind round 196; the
 * report's "롤백한 뒤" had made a restart order a rollback to the report's version).
 */
const SENTENCES = /(?<=[.!?。])\s+|\s*\n+\s*/;
/** How an order's own sentence ends or opens: "…해 주십시오.", "…바랍니다.", "Please …", "Roll back …", "pa-restart po …". */
const ORDER_SENTENCE =
  /(?:주십시오|주세요|주시오|줘요?|해라|하십시오|하세요|하시오|시오|하자|합시다|바랍니다|바람|요망)[.!~]*$|^(?:please|pls|kindly|paki-?\S|pa-\S)|^(?:re-?deploy|deploy|restart|roll|rollback|revert|scale|delete|remove|ship|bounce|promote)\s|\s(?:please|po|salamat(?:\s+po)?)[.!]*$/;
/** Words of a sentence beside the order that hold it, take it back or ask. */
const HOLDS =
  /아니|취소|잠깐|잠시만|보류|잘못|정정|없던\s?(?:일|걸)|(?<![a-z])(?:wait|hold|cancel|never\s?mind|scratch|unless|if|actually|correction|i\s+meant|disregard|ignore|forget|belay|as\s+you\s+were)(?![a-z])|[?？]/;
/** "토요일 밤 … 롤백한 뒤 오류는 멈췄습니다.", "We rolled it back on Saturday.": a time of the past, nothing put off. */
const TOLD_IN_THE_PAST =
  /(?:었|았|였|했|됐|렸|췄|났|왔|갔|졌|웠)(?:습니다|어요|다|음|고요)[.!~]*$|(?<![a-z])(?:was|were|did|had|went|rolled|restarted|deployed|scaled|pushed|shipped)(?![a-z])/;
const TO_A_PERSON = /[가-힣]\s?(?:님|씨)(?:께서|께|,)|(?:^|\n)\s*(?:수신|제목|참조|to|subject|re|cc)\s*:/i;
/** "안녕하십니까, …": a greeting, no question. */
const GREETING = /^\s*(?:안녕하(?:십니까|세요|셨어요)|좋은\s?아침입니다)[?,.!\s]*/;
/** The value an operation needs, said in another sentence ("Deploy billing-api to prod. Tag is 2.8.0."). */
const NEEDED: Readonly<Partial<Record<string, 'tag' | 'replicas'>>> = { deploy: 'tag', scale: 'replicas' };
const PLACE_WORD =
  /운영(?!팀|진|자|실|본부|\s?중)|프로덕션|스테이징|개발(?!팀|자)|(?<![a-z])(?:prod|production|prd|live|stg|staging|dev|development)(?![a-z])/;

export function orderSentenceOfLongMessage(
  command: string,
  readAlone: (sentence: string) => Reading,
): Reading | undefined {
  const sentences = command
    .split(SENTENCES)
    .map((s) => s.trim())
    .filter(Boolean);
  // a message to a colleague ("김 팀장님, …", "…님께서 재시작해 주시기 바랍니다", a memo's "수신:") is read whole: it is
  // theirs to do
  if (sentences.length < 3 || TO_A_PERSON.test(command)) return undefined;
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
  // another sentence that orders, refuses, takes back, puts off or asks: the message is read whole
  const holds = (said: string) => {
    const s = said.replace(GREETING, '');
    if (!s) return false;
    const alone = readAlone(s);
    const lowered = s.toLowerCase();
    const needed = NEEDED[reading.intent];
    if (HOLDS.test(lowered)) return true;
    if (
      needed !== undefined &&
      reading.entities[needed] === undefined &&
      alone.entities[needed] !== undefined
    )
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
  };
  if (others.some(holds)) return undefined;
  const placeElsewhere =
    reading.entities.environment === undefined && others.some((s) => PLACE_WORD.test(s.toLowerCase()));
  return {
    ...reading,
    orderClause: sentence,
    ...(placeElsewhere ? { environmentAlternatives: [...NLP_ENVIRONMENTS] } : {}),
  };
}
