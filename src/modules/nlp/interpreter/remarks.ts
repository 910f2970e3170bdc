/**
 * On-call shorthand (blind round 11): an order with an incident remark before or after it, set apart by a comma,
 * a dash or "!!" — "X prod restart 좀, timeout 계속 남", "hotfix broke prod — X rollback asap", "롤백 X 운영 지금
 * 당장!! 고객 … 비었대". The remark is no part of the order: when exactly one clause holds the change's word and
 * is an order of it, and no other clause asks for something (a read, another change, a question), it is the order.
 */
import { ENV_BY_ALIAS } from './lexicon.js';
import { isOrder } from './order-grammar.js';
import { CHANGE_PATTERNS, NEGATION, ORDER_ANY, READS } from './safety-words.js';
import type { Intent } from './types.js';

/**
 * Where a remark is set apart from the order: a comma or semicolon, a dash between spaces, "!!", a full stop, ㅠㅠ —
 * or, in on-call Korean, just the end of the order's imperative ("worker 재시작해 큐가 안 빠져", "… 리스타트 ㄱ session 꼬임",
 * "… 늘려줘요 load test 해야 돼요", "… 배포 진행 부탁드립니다 shipping fee 로직 변경입니다", "… 올려주셈 ㅈㅅ 팝업 수정본임").
 */
const CLAUSE_BREAK =
  /\s*(?:[,;]|\s[—–]+\s|\s--?\s|!+|\.(?=\s)|\s[ㅠㅜ]+(?:\s|$)|\s(?=\())\s*|(?<=(?:[가-힣ㄱa-z]\s?ㄱ|ㄱㄱ|(?:해|늘려|줄여|돌려|올려|내려|지워|버려|없애|해놔|띄워|날려)(?:줘|줘요|줘여|쥬|주세요|주세여|주셈|주삼|요|여)?~*|부탁(?:해|해요|드립니다|드려요)|ㅈㅅ))\s+(?=[^\s])/;
/** A clause that reports or describes: a past tense, or a copula ("… 로직 변경입니다", "… 배너 들어간 버전임"). */
const REPORTED_CLAUSE =
  /(?:(?:았|었|였|했|됐)(?:습니다|어요|어|음|다)|입니다|이에요|예요|이야|임|이다)[.!]*$/;
/** A clause that asks or doubts ("…할까", "…괜찮나", "…인지"): not a remark. */
const ASKS = /(?:까|까요|나요|니|냐|는지|ㄴ지|인지|죠|지요)$|\?/;

/** The clauses of a command, split where a remark may begin. */
function clausesOf(t: string): string[] {
  return t
    .split(CLAUSE_BREAK)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

/** `t` is the gate's readable text (normalised). The order's clause, or undefined when it is no such order. */
export function orderBesideRemark(intent: Intent, t: string, names: ReadonlySet<string>): string | undefined {
  const clauses = splitAtNominalReport(t) ?? clausesOf(t);
  if (clauses.length < 2) return undefined;
  const own = ORDER_ANY.get(intent);
  // "… 배포 진행해 주십시오. 변경 승인 받았습니다.": a clause closed by a statement reports, whatever its words
  const withWord = clauses.filter((c) => own?.test(c) && !REPORTED_CLAUSE.test(c));
  if (withWord.length !== 1 || !isOrder(intent, withWord[0], names)) return undefined;
  if (ordersAnotherThing(withWord[0], clauses, names)) return undefined;
  return onlyRemarksBeside(withWord[0], clauses, names) ? withWord[0] : undefined;
}

/**
 * "패들 내려! 운영 payment-svc 롤백 절대 안 돼": the order has an object of its own (the paddles), not the app another
 * clause names — it is no order of that app.
 */
function ordersAnotherThing(order: string, clauses: string[], names: ReadonlySet<string>): boolean {
  const object = OWN_OBJECT.exec(order)?.[1];
  const named = (c: string) => [...names].some((n) => c.includes(n));
  return (
    object !== undefined &&
    !ENV_BY_ALIAS.has(object.replace(PARTICLE_END, '')) &&
    !named(order) &&
    clauses.some((c) => c !== order && named(c))
  );
}
const OWN_OBJECT = /^\s*([가-힣]{2,})\s+\S+\s*$/;
const PARTICLE_END = /(?:에서|에는|에|을|를|은|는|도|만)$/;

/** Every clause but `order` is a remark: it asks nothing, reads nothing and orders no change ("no rollback" refuses one). */
function onlyRemarksBeside(order: string, clauses: string[], names: ReadonlySet<string>): boolean {
  return clauses.every(
    (c) =>
      c === order ||
      (!ASKS.test(c) &&
        !READS.some(([, re]) => re.test(c)) &&
        ![...CHANGE_PATTERNS.keys()].some(
          (i) => CHANGE_PATTERNS.get(i)?.test(c) && isOrder(i, c, names) && !NEGATION.test(c),
        )),
  );
}

/**
 * "batch-job 개발 0개로 내려주세요 이자계산 test 끝났어여": an order said by its count, opening the command, then a
 * report that is only why (`reported` tells a report, whatever its words). The order's clause, or undefined.
 */
export function countedOrderBesideRemark(
  intent: Intent,
  t: string,
  names: ReadonlySet<string>,
  counted: (clause: string) => boolean,
  reported: (clause: string) => boolean,
): string | undefined {
  const clauses = clausesOf(t);
  const [order] = clauses;
  if (clauses.length < 2 || !counted(order) || reported(order) || !isOrder(intent, order, names))
    return undefined;
  return onlyRemarksBeside(order, clauses, names) ? order : undefined;
}

/**
 * "… 7개로 늘려주세요 load test 해야돼여": after a spoken order, what has to be done next says why — it doubts
 * nothing ("…해야 하나?", "…해야 할까" still do).
 */
const NEED_AFTER_ORDER =
  /(?<=(?:줘|줘요|줘여|주세요|주세여|주십시오|해요|부탁(?:해|해요|드립니다|드려요))[~!.]*)\s+(?:[^\s?]+\s){0,3}[^\s?]*해야\s?(?:돼|되|해|함|됨|한다|된다|합니다|됩니다)(?:요|여|염|용)?[.!~ㅠㅜ]*$/;
export const withoutNeedRemark = (t: string): string =>
  t.includes('해야') ? t.replace(NEED_AFTER_ORDER, '') : t;

/**
 * "운영 worker 재시작 인제스트 끊김", "… 재시작 매칭 안잡힘", "… 재시작 결제창 무한로딩": an order said as its bare
 * noun, then what is broken — a subject (no adverb, no operation, no "…해도") and a failure word, or what went
 * wrong ("쿠폰 중복지급됨"; "롤백 적용됨", "재시작 완료됨" report the operation instead). "재시작 다 끝남", "롤백 잘 됨", "재시작 좀 느림" report the operation itself: no split.
 */
const BARE_ORDER_THEN_FAILURE =
  /^(.*?(?:재시작|재기동|롤백))\s+((?!(?:좀|다|잘|너무|완전|넘|계속|또|아직|방금|재시작|롤백|배포)(?:\s|$))[가-힣a-z0-9-]{2,}(?<![도데니면서고])\s?(?:끊김|느림|터짐|죽음|멈춤|밀림|튕김|막힘|깨짐|에러남|오류남|먹통|무한\s?로딩|안\s?(?:잡힘|뜸|열림|붙음|먹힘|나옴|넘어감|들어감|됨)|(?<=\s)[가-힣]{2,5}(?<!완료|적용|반영|성공|처리|복구|해결|정상화|배포|롤백|재시작|재기동|진행|시작|다\s?|잘\s?)됨))$/;
function splitAtNominalReport(t: string): string[] | undefined {
  const m = BARE_ORDER_THEN_FAILURE.exec(t);
  return m ? [m[1], m[2]] : undefined;
}

/** A clause that asks to be shown or told something: a read asked for, not a remark. */
/** A read asked in a remark — but "the logs show a backlog", "metrics tell us …" state what they show. */
const SHOWS =
  /보여|알려|확인|체크|봐\s?줘|볼\s?수|\?|(?<![a-z])(?<!(?:logs?|metrics|graphs?|dashboards?|numbers|data|alerts?|traces?|grafana|it|they)\s)(?:show|tell|check|list|give|print|display|see|view|get|pull|fetch|what|which|how|when)(?![a-z])/;

/**
 * "deploy frontend to stage, QA needs the new parcel timeline", "worker 배포해줘 label 출력 밀림": an order first, then
 * a remark that happens to hold a read noun (timeline, 출력) and asks nothing — the change the first clause orders.
 * `t` is the reader's lowered text; undefined when the read is really asked.
 */
export function changeBeforeRemark(t: string, names: ReadonlySet<string> = new Set()): Intent | undefined {
  const clauses = clausesOf(t);
  if (clauses.length < 2) return undefined;
  const [order, ...remarks] = clauses;
  if (READS.some(([, re]) => re.test(order))) return undefined;
  const intent = [...CHANGE_PATTERNS.keys()].find(
    (i) => CHANGE_PATTERNS.get(i)?.test(order) && isOrder(i, order, names),
  );
  if (!intent) return undefined;
  // a change named in a statement after the order ("오전 배포 이후 기록 조회가 지연되고 있습니다") reports why
  const asked = remarks.some(
    (c) =>
      SHOWS.test(c) ||
      ASKS.test(c) ||
      ([...CHANGE_PATTERNS.values()].some((re) => re.test(c)) && !STATEMENT_SENTENCE.test(c.trim())),
  );
  return asked ? undefined : intent;
}

/**
 * "…, lmk if the PG complains", "…, no worries if it takes a tick", "…, then we see how": an aside after the order
 * that asks nothing of it — its "if"/"how" is no question and no condition ("deploy X if the tests pass" still is).
 */
const ASIDE_AFTER_ORDER =
  /,\s+(?:(?:and\s+)?(?:lmk|let\s+me\s+know|tell\s+me|ping\s+me|shout|give\s+me\s+a\s+shout|no\s+worries|no\s+stress|all\s+good)\s+if\s|then\s+(?:we|i)(?:'ll|\s+will)?\s+see\s+how(?![a-z])|(?:we'll|we\s+will|let's)\s+see\s+how\s+it\s+goes).*$/;
export const withoutAside = (t: string): string => (t.includes(',') ? t.replace(ASIDE_AFTER_ORDER, '') : t);

/** A sentence that states or expects something, asks nothing and requests nothing. */
const STATEMENT_SENTENCE =
  /^(?!.*(?:주세요|주십시오|바랍니다|하세요|해줘|부탁|요망|바람|please|pls|\?))(?:.*(?:니다|어요|아요|에요|예요|[가-힣]다|음|임)|(?:we|it|they|the|there|this|that|i|our)\s.*)[.!]*$/;
/**
 * "… 6개로 배포해 주십시오. 월요일 오전 예약 폭주가 예상됩니다.": sentences after a whole order that only state why —
 * a time in them is not when to act. The order's sentence, or `t` as it is.
 */
export function withoutTrailingStatements(intent: Intent, t: string, names: ReadonlySet<string>): string {
  const sentences = t.split(/(?<=[.!])\s+/);
  if (sentences.length < 2) return t;
  const [order, ...rest] = sentences;
  if (!isOrder(intent, order.replace(/[.!]+$/, ''), names)) return t;
  return rest.every((c) => STATEMENT_SENTENCE.test(c) && !saysChange(c)) ? order : t;
}

/** A sentence's end, a dash set apart by spaces, or a Korean request's ending followed by a comma or a tilde. */
const ORDER_SENTENCE_END = /(?<=[.!。])\s+|\s[—–]+\s|\s-{1,2}\s|(?<=[가-힣](?:요|줘|해|삼|셈))[,~]+\s*/;
/** Whether a sentence or clause says any change. */
const saysChange = (c: string): boolean => [...CHANGE_PATTERNS.values()].some((re) => re.test(c));

/**
 * "cart-api 개발에 1.22.0 올려라. 롤백은 하지 말 것. 오버.", "Deploy X to prod — members can't log in", "X 1개로
 * 줄이세요, 재시작은 아까 했어요": the opening sentence, when it alone says the change and
 * the sentences after it only remark — what the classifier should weigh, not the remark's other operation.
 */
export function sentenceOfOrder(
  intent: Intent,
  original: string,
  apps: ReadonlySet<string> = new Set(),
): string | undefined {
  const sentences = original.split(ORDER_SENTENCE_END).filter((x) => x.trim() !== '');
  if (sentences.length < 2) return undefined;
  const own = CHANGE_PATTERNS.get(intent);
  // only an opening order: a change said in a later sentence may be a condition or a remark the rules misread
  const saying = sentences.filter((x) => own?.test(x.toLowerCase()));
  if (saying.length !== 1) return undefined;
  if (saying[0] === sentences[0]) return saying[0];
  // "안녕하세요, … 문의가 40건 넘게 들어왔습니다. 운영 frontend 재시작 부탁드립니다. 서하 드림": a later sentence that asks
  // for the change on the app it names, the only one saying any change — the classifier weighs it, not the report
  // around it (round 169); "…, 올려 주세요" names nothing of its own and is weighed with what it follows
  const said = saying[0].toLowerCase();
  const namesApp = [...apps].some((app) => said.includes(app));
  return namesApp &&
    ASKS_SOMETHING.test(said) &&
    sentences.filter((x) => saysChange(x.toLowerCase())).length === 1
    ? saying[0]
    : undefined;
}

/** The end of a sentence or clause: a full stop, a comma or semicolon, or a Korean request's ending ("로그 줘 재시작은 하지 마"). */
const CLAUSE_END = /(?<=[.!?。;])\s+|(?<=(?:줘|줘요|주세요|주십시오|부탁해|부탁해요|부탁드립니다))\s+/;

/**
 * "cart-api 운영 로그 100줄 부탁드립니다! 롤백은 지금 고려하지 않습니다!", "Show me X status on prod. Don't restart
 * anything yet.": a read asked in the opening sentence, another operation refused in the sentences after it — the
 * read is what is asked.
 */
export function readBeforeRefusal(lowered: string): { intent: Intent; clause: string } | undefined {
  const [first, ...after] = lowered.split(CLAUSE_END).filter((x) => x.trim() !== '');
  if (after.length === 0 || NEGATION.test(first)) return undefined;
  if ([...CHANGE_PATTERNS.values()].some((re) => re.test(first))) return undefined;
  const read = READS.find(([, re]) => re.test(first))?.[0];
  return read && !after.some((x) => READS.some(([, re]) => re.test(x)))
    ? { intent: read, clause: first }
    : undefined;
}

/** A request, a question or an order's imperative: a sentence that asks for something of its own. */
const ASKS_SOMETHING =
  /주세요|주십시오|바랍니다|하세요|해줘|줘요?(?=[\s.!~]|$)|하자|합시다|하죠|부탁|요망|바람|please|pls|\?|^\s*(?:show|check|give|tell|send|pull|restart|deploy|roll|scale|delete|remove|bounce)(?![a-z])/;
/** Words that could put the order off or hang it on something ("until", "once", "끝나고", "지금은 말고"). */
const WAIT_WORD =
  /(?<![a-z])(?:after|before|until|till|once|when|if|unless|later|tomorrow|tonight|not\s+(?:now|yet)|wait|hold|no|nope|scratch|cancel)(?![a-z])|끝나|후에|뒤에|전에|까지|나중|이따|내일|모레|면(?=[\s,.!~]|$)|때(?=[\s,.!~]|$)|아직|지금은\s?말고|대기|기다|아니|아이다|아냐|취소/;
/** The speaker's own later act ("will dig in tomorrow", "원인은 주말에 볼게"): a time in it is not when to act. */
const OWN_LATER_ACT =
  /(?<![a-z])(?:i|we)(?:'ll|\s+will|\s+am\s+going\s+to|'m\s+going\s+to)\s|(?<![a-z])will\s+(?:dig|look|check|ask|test|see|follow)|(?:볼게|볼게요|할게|할게요|말할게|말할게요|보겠습니다|하겠습니다|드릴게요|보겠어요|하겠어요)(?=[\s.!~]|$)/;

/**
 * "개발계 출석부 집계가 이틀째 비어 있습니다. 개발계 batch-job을 재시작해 주십시오. 원인은 내일 회의에서 함께 보겠습니다.",
 * "cert queue backed up again on staging. restart worker on staging. third time this week, will dig in tomorrow": one
 * sentence orders the change, the others only tell — why, what it is, the speaker's own plans — and ask, hold or
 * refuse nothing: a time in them is not when to act (blind round 134). The order's sentence, or `t` as it is.
 */
export function orderAmongRemarks(intent: Intent, t: string, names: ReadonlySet<string>): string {
  const sentences = t.split(/(?<=[.!])\s+/).filter((x) => x.trim() !== '');
  if (sentences.length < 2) return t;
  const own = CHANGE_PATTERNS.get(intent);
  const orders = sentences.filter((x) => own?.test(x) && isOrder(intent, x.replace(/[.!~]+$/, ''), names));
  if (orders.length !== 1) return t;
  const tells = (x: string) =>
    x === orders[0] ||
    (![...CHANGE_PATTERNS.values()].some((re) => re.test(x)) &&
      !ASKS_SOMETHING.test(x) &&
      !NEGATION.test(x) &&
      (!WAIT_WORD.test(x) || OWN_LATER_ACT.test(x)));
  return sentences.every(tells) ? orders[0] : t;
}

/** What says when to act: the order's own sentence, without the sentences after or around it that only tell. */
export const ownSentencesOfOrder = (intent: Intent, t: string, names: ReadonlySet<string>): string =>
  orderAmongRemarks(intent, withoutTrailingStatements(intent, t, names), names);
