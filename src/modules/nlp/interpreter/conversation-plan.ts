/** How a follow-up answers a destructive plan that waits for confirmation (conversation.ts). */
import { questionAfterTheOrder } from './short-of-an-order.js';
import { yesHeldBack } from './held-yes.js';
import type { Turn } from './context.js';
import { describedAmongSeveral, pendingPlan } from './conversation-history.js';
import type { Entities, EntityName, NlpEnvironment, Reading } from './types.js';
import { CHANGE_INTENTS } from './intents.js';
import { keepingPerContext } from './memo.js';
import { read } from './reader.js';
import { acknowledges, KEEPS_AS_IS, readReply, remembers, type Reply } from './replies.js';
import { CHANGE_PATTERNS, KO_CONDITIONAL, PLACE_WORD } from './safety-words.js';
import { ENV_BY_ALIAS, NEGATION } from './lexicon.js';
import { NUMBER_WORD } from './conversation-patterns.js';

export interface PlanAnswer {
  reply: Reply;
  plan: Turn;
}

const COMPARED: readonly EntityName[] = ['app', 'environment', 'tag', 'replicas', 'revision'];

/**
 * The answer to the plan waiting, if the command is one: a bare "네"/"cancel", or a yes followed by the plan's
 * own operation and nothing else ("ㅇㅇ 지워", "yes, restart it", "응 worker 재시작해", "알겠습니다, 재기동 진행해 주세요", "네 production도
 * 진행해요"), which asks for the
 * change already planned, not for a second one. A yes with anything the plan does not say (another app,
 * environment, count or version), a question or a negation is no answer.
 */
export function answerToPlan(
  command: string,
  apps: ReadonlySet<string> | undefined,
  history: readonly Turn[],
): PlanAnswer | undefined {
  const answer = answerOf(command, apps, history);
  // "네, 전시실에 관람객이 없으면 해 주세요", "ㅇㅇ prod 아니면 해": a yes on a condition runs nothing until it is met
  // (in the sentence of the yes: "네, 해 주세요. 마감 전에 끝나면 좋겠어요" hopes, it sets no condition)
  const first = command.toLowerCase().split(/(?<=[.!?])\s+/)[0];
  if (answer?.reply === 'confirm' && questionAfterTheOrder(command.toLowerCase())) return undefined;
  if (answer?.reply === 'confirm' && saysAnotherValue(command, answer.plan)) return undefined;
  if (answer?.reply === 'confirm' && (yesHeldBack(command) || namesAnotherPlace(command, answer.plan)))
    return undefined;
  return answer?.reply === 'confirm' && ON_CONDITION.test(first) ? undefined : answer;
}

/**
 * A count, revision or version as written: "1.8.2", "40으로", "5개", "to 5", "revision 40" — not a time ("6시 전에"), a
 * rate ("97%에서") or a name.
 */
const NUMBER_SAID =
  /(?<![\w.:/-])(?:\d+\.\d+(?:\.\d+)*|\d+(?=\s?(?:개|대|번|으로|로(?![가-힣])|replicas?|pods?)))(?![\w.:/-])|(?<=(?:to|revision|rev|리비전)\s?)\d+(?![\w.:%/-])/g;
/**
 * "예, 다만 41이 아니라 40으로 롤백하십시오", "yes but 3 not 5": a yes that says a number the plan does not hold answers
 * nothing — it is the command with that value, read anew (blind round 197c).
 */
function saysAnotherValue(command: string, plan: Turn): boolean {
  const { replicas, revision, tag } = plan.entities;
  const planned = new Set(
    [replicas, revision, tag?.replace(/^v/, '')].filter((v) => v !== undefined).map(String),
  );
  return [...command.matchAll(NUMBER_SAID)].some(([n]) => !planned.has(n));
}

const PLAIN_PLACE = new RegExp(PLACE_WORD.source, 'g');
const KEPT_OUT =
  /^\s?(?:환경|서버)?\s?(?:은|는|도|만|에는|엔)?\s?(?:말고|빼고|아니면|아니고|아니라|그대로|제외|건드리|놔|냅|손대)|^\s+(?:alone|untouched|stays|as\s+is)/;
/** "Yeah — sorry, prod, I meant. Dev's already clean.": a yes that names another place than the plan's is no yes. */
function namesAnotherPlace(command: string, plan: Turn): boolean {
  // the yes's own sentence, in plain place words ("인스타 라이브 큐", a reason's "스테이징에서만 봐요" name no place for it)
  const t = command.toLowerCase().split(/(?<=[.!?])\s+/)[0];
  const places = [...t.matchAll(PLAIN_PLACE)]
    // "운영만 아니면", "스테이징은 그대로 두십시오", "개발은 빼고요": a place kept out is no other place for the plan
    .filter((m) => !KEPT_OUT.test(t.slice(m.index + m[0].length, m.index + m[0].length + 16)))
    .map((m) => ENV_BY_ALIAS.get(m[0]));
  return plan.entities.environment !== undefined && places.some((p) => p && p !== plan.entities.environment);
}

const ON_CONDITION = new RegExp(
  // "응 해, 운영만 아니면.": unless, closing the yes
  `${KO_CONDITIONAL.source}|아니면(?=[\\s.,!~]*$)|(?<![a-z])(?:if|unless|provided|as\\s+long\\s+as)(?![a-z])`,
);

/**
 * "알았고, 내려. 경매 전에 끝내자." while a scale to 0 waits, "그래 올려, 트럭 온다." while a deploy waits: the plan's own
 * verb after an acknowledgement is its yes — never a delete of the app nor a new deploy without its version (blind
 * rounds 133c, 157c).
 */
const PLANNED_VERB: Readonly<Record<string, string>> = {
  deploy: '올려|배포해|배포|디플로이',
  restart: '재시작해|재시작|재기동해|재기동',
  rollback: '롤백해|롤백|되돌려|돌려',
  delete: '지워|삭제해|삭제',
  scale: '늘려|줄여|맞춰',
};
const asPlanned = (verb: string) =>
  new RegExp(
    `^(?:(?:알았고|알았어|알겠어|알겠습니다|그래|응|ㅇㅇ|어|네|예|좋아|오케이|ok|okay|ㄱㄱ|고고)[,\\s]+)?(?:${verb})(?:\\s?(?:줘|주세요|라|요))?[.!~]*$`,
  );
const AS_PLANNED = new Map(
  [...Object.entries(PLANNED_VERB), ['scale to 0', '내려']].map(([k, verb]) => [k, asPlanned(verb)]),
);
/** What follows "응 내려," may only say why: a number, a place, a no or a but corrects or holds the plan. */
const CORRECTS_OR_HOLDS =
  /\d|운영|프로덕션|스테이징|개발|말고|아니|근데|하지만|(?<![a-z])(?:prod|production|staging|stg|dev|but|not)(?![a-z])/;
function goesAsPlanned(command: string, plan: Turn): boolean {
  const planned = AS_PLANNED.get(
    plan.intent === 'scale' && plan.entities.replicas === 0 ? 'scale to 0' : plan.intent,
  );
  if (!planned) return false;
  const sentences = command.trim().split(/(?<=[.!?])\s+/);
  const sentence = sentences[0];
  if (planned.test(sentence.toLowerCase())) return true;
  // "괜찮대. ㄱㄱ 내려": only why first, then the yes
  const before = sentences.slice(0, -1).join(' ').toLowerCase();
  if (
    sentences.length > 1 &&
    planned.test(sentences.at(-1)!.toLowerCase()) &&
    !CORRECTS_OR_HOLDS.test(before) &&
    !before.includes('?')
  )
    return true;
  // "응 내려, 결항 환불 테스트 트래픽 어차피 없어.": the yes, then only why
  const clause = sentence.split(/(?<=,)\s+/)[0];
  const rest = command.trim().slice(clause.length);
  return planned.test(clause.toLowerCase().replace(/,$/, '')) && !CORRECTS_OR_HOLDS.test(rest.toLowerCase());
}

function answerOf(
  command: string,
  apps: ReadonlySet<string> | undefined,
  history: readonly Turn[],
): PlanAnswer | undefined {
  const plan = pendingPlan(history);
  if (!plan) return undefined;
  if (goesAsPlanned(command, plan)) return { reply: 'confirm', plan };
  // "알겠습니다. 삭제는 확인이 필요하군요.": a thing realised, ending the message, says no go (round 164c)
  if (REALISED_AT_END.test(command))
    return readReply(command) === 'cancel' ? { reply: 'cancel', plan } : undefined;
  // "방금 것은 없던 일로 하십시오": what was just asked, called off before it ran — the no to it, not an undo
  if (CALLED_OFF_BEFORE_IT_RAN.test(command)) return { reply: 'cancel', plan };
  if (proceedsWithThePlan(command, plan)) return { reply: 'confirm', plan };
  const reply = readReply(command);
  // "응, 재시작해" while a delete waits: a yes to another change orders that change, it never runs the plan
  if (reply === 'confirm' && ordersAnotherChange(command, apps, plan)) return undefined;
  if (reply) return { reply, plan };
  if (/[?？]\s*$/.test(command)) return undefined;
  if (undoesPlan(command, apps, plan) || refusesPlan(command, apps, plan)) return { reply: 'cancel', plan };
  // "…오후 수거 중이니 오늘은 없던 일로 합시다": why first, then the no — a cancel runs nothing, so it may come last
  const clauses = command.split(LAST_CLAUSE);
  const lastClause = clauses.at(-1)?.replace(TIME_ADVERB, '');
  if (
    clauses.length > 1 &&
    ((lastClause && CALLED_OFF.test(lastClause) && readReply(lastClause) === 'cancel') ||
      clauses.some((c) => leavesPlanAlone(c, apps, plan)))
  )
    return { reply: 'cancel', plan };
  const words = command.trim().split(/\s+/);
  if (goesOnAsPlanned(words, apps, plan)) return { reply: 'confirm', plan };
  // "검수 통과입니다. 운영 반영 진행 바랍니다", "aight we good, send it": a remark that says nothing of its own, then the
  // plan's go in a sentence or clause of its own
  const sentences = command.split(/(?<=[.!,;])\s+/);
  if (sentences.length > 1 && saysNothing(sentences.slice(0, -1).join(' '), apps)) {
    const last = sentences[sentences.length - 1].trim().split(/\s+/);
    if (goesOnAsPlanned(last, apps, plan)) return { reply: 'confirm', plan };
  }
  // "응 진행해, 돛 올려.", "ok deploy 진행, trail 핀 확인할게요.": a whole yes (or a yes and the plan's own operation),
  // then colour that names nothing and asks for nothing
  const opening = sentences[0].trim();
  if (
    sentences.length > 1 &&
    ((readReply(opening) === 'confirm' && !remembers(opening)) ||
      yesThenRestated(opening.split(/\s+/), apps, plan)) &&
    onlyColour(sentences.slice(1).join(' '), apps, plan)
  )
    return { reply: 'confirm', plan };
  if (yesThenRestated(words, apps, plan)) return { reply: 'confirm', plan };
  // "복명복창. 운영 frontend 7개 증원. 승인합니다.": the plan read back with what it names, a full stop, then the yes
  for (let k = words.length - 1; k > 0; k--)
    if (
      /[.!]$/.test(words[k - 1]) &&
      readReply(words.slice(k).join(' ')) === 'confirm' &&
      namesWhatPlanSays(words.slice(0, k), apps, plan) &&
      restates(words.slice(0, k), apps, plan)
    )
      return { reply: 'confirm', plan };
  return undefined;
}

const REALISED_AT_END = /(?<!좋)(?:군요|구나|구만|구먼|는군)[.!~]*\s*$/;

/** "Kindly proceed with the production release.": the plan's own operation (and place), named as what to go on with. */
const PROCEED_WITH =
  /(?<![a-z])(?:proceed|go\s+ahead|carry\s+on|continue)\s+with\s+(?:the\s+|that\s+|this\s+)?(?:(production|prod|staging|stg|development|dev)\s+)?(release|deploy(?:ment)?|roll-?back|restart|scal(?:e|ing)|delet(?:e|ion))(?![a-z])/;
const PROCEEDED_INTENT: Record<string, string> = {
  release: 'deploy',
  deploy: 'deploy',
  deployment: 'deploy',
  rollback: 'rollback',
  'roll-back': 'rollback',
  restart: 'restart',
  scale: 'scale',
  scaling: 'scale',
  delete: 'delete',
  deletion: 'delete',
};
function proceedsWithThePlan(command: string, plan: Turn): boolean {
  const lower = command.toLowerCase();
  const m = PROCEED_WITH.exec(lower);
  if (!m || /\d|(?<![a-z])(?:but|not|instead|wait)(?![a-z])/.test(lower)) return false;
  return (
    PROCEEDED_INTENT[m[2]] === plan.intent && (!m[1] || ENV_BY_ALIAS.get(m[1]) === plan.entities.environment)
  );
}

/** "방금 것은 없던 일로 하십시오", "없던 걸로 해": the plan just asked for, called off. */
const CALLED_OFF_BEFORE_IT_RAN =
  /^\s*(?:(?:방금|아까)\s?(?:것|거|건|그거|그것)(?:은|는|도)?\s?)?(?:없던|없었던)\s?(?:일|걸|것)(?:로|으로)?\s?(?:하|해|합|치|칩)/;
const LAST_CLAUSE = /[.!,]\s+|(?<=[가-힣](?:니까?|어서|라서|으니|므로))\s+/;
/** A no in so many words (a wait — "잠깐 대기", "잠시만" — keeps the plan waiting). */
const CALLED_OFF =
  /없던\s?(?:일|걸|것)|취소|지\s?마|말자|그만|관두|관둬|안\s?(?:할|해)|싫어|시러|(?:그냥|그대로)\s?(?:둬|두|둘|놔)|^\s*(?:just\s+)?leave\s+it(?:\s+(?:be|alone|as\s+it\s+is))?[\s.!]*$/i;
const TIME_ADVERB = /^(?:오늘은|그냥|일단|그럼|그러면|지금은|이번엔)\s/;

/** A remark with no app, place, number, change, read, no or wait of its own. */
function saysNothing(remark: string, apps: ReadonlySet<string> | undefined): boolean {
  const r = read(remark, { knownApps: apps });
  return (
    r.intent === 'unknown' &&
    Object.keys(r.entities).length === 0 &&
    !r.negated &&
    !r.postponed &&
    !/\d|[?？]/.test(remark)
  );
}

/** The words name the plan's app, environment or count themselves (a read-back, not a question about it). */
function namesWhatPlanSays(
  words: readonly string[],
  apps: ReadonlySet<string> | undefined,
  plan: Turn,
): boolean {
  const { entities } = read(words.join(' '), { knownApps: apps });
  return (['app', 'environment', 'replicas'] as const).some(
    (e) => entities[e] !== undefined && entities[e] === plan.entities[e],
  );
}

/** The words say the plan's own operation, and nothing it does not say. */
function restates(words: readonly string[], apps: ReadonlySet<string> | undefined, plan: Turn): boolean {
  const said = read(words.join(' '), { knownApps: apps });
  // "ㄱㄱ 바로 올려" while a scale up waits: raising it is that scale, said with the deploy's verb
  const raised =
    plan.intent === 'scale' &&
    plan.entities.replicas !== 0 &&
    said.intent === 'deploy' &&
    RAISE.test(words.join(' '));
  // "ㅇㅇ 내려" while a scale to 0 waits: taking it down is that scale, said with the delete's verb
  const lowered = plan.entities.replicas === 0 && said.intent === 'delete' && LOWER.test(words.join(' '));
  const same =
    (said.intent === plan.intent || raised || lowered) &&
    !said.negated &&
    said.appAlternatives.length === 0 &&
    said.environmentAlternatives.length === 0 &&
    COMPARED.every((e) => said.entities[e] === undefined || said.entities[e] === plan.entities[e]);
  return same || goesOnAsPlanned(words, apps, plan);
}

/** "ㅇㅇ 지워", "알겠습니다, 재기동 진행해 주세요": the plan's own operation after a yes or an acknowledgement. */
function yesThenRestated(
  words: readonly string[],
  apps: ReadonlySet<string> | undefined,
  plan: Turn,
): boolean {
  for (let k = 1; k < words.length; k++) {
    const first = words.slice(0, k).join(' ');
    if (readReply(first) !== 'confirm' && !acknowledges(first)) continue;
    if (restates(words.slice(k), apps, plan)) return true;
  }
  return false;
}

const HOLDS_BACK =
  /잠깐|잠시|(?<!(?:들|다|모두|계속|이|가)\s)기다(?!린다|리고|리는|리시|리잖|렸)|근데|그런데|허나|하지만|다만|단,|만약|대신|말고|이후|나서|거든|끝나고|지나|[?？]|내일|나중에|이따|(?<![a-z])(?:wait|hold|hang\s+on|but|if|instead|not|provided|unless|once|after|anon|later|leave|keep|tomorrow|tonight|better)(?![a-z])/;

/** Words after a yes that name no app, place, other count, version or operation, and hold nothing back. */
function onlyColour(rest: string, apps: ReadonlySet<string> | undefined, plan: Turn): boolean {
  const lower = rest.toLowerCase();
  const said = read(rest, { knownApps: apps });
  return (
    Object.keys(said.entities).length === 0 &&
    said.appAlternatives.length === 0 &&
    !said.negated &&
    !said.postponed &&
    [...lower.matchAll(/\d+/g)].every((m) => Number(m[0]) === plan.entities.replicas) &&
    !NUMBER_WORD.test(lower) &&
    !HOLDS_BACK.test(lower) &&
    !NEGATION.test(lower) &&
    !Object.values(NAMED_CHANGE).some((re) => re?.test(lower))
  );
}

/** The operation named in so many words (a go-word — "ship it", "ㄱㄱ", "반영" — names none). */
const NAMED_CHANGE: Partial<Record<string, RegExp>> = {
  restart: /재시작|재기동|restart|reboot|bounce/,
  delete: /삭제|지워|지우|delete|remove/,
  rollback: /롤백|되돌|원복|rollback|roll\s?(?:it\s)?back|revert/,
  scale: /스케일|늘려|줄여|scale|replicas?(?![a-z])/,
  deploy: /배포|deploy|release/,
};

function ordersAnotherChange(command: string, apps: ReadonlySet<string> | undefined, plan: Turn): boolean {
  const said = read(command, { knownApps: apps });
  return (
    CHANGE_INTENTS.has(said.intent) &&
    said.intent !== plan.intent &&
    (NAMED_CHANGE[said.intent]?.test(command.toLowerCase()) ?? false) &&
    !(NAMED_CHANGE[plan.intent]?.test(command.toLowerCase()) ?? false) &&
    !said.negated &&
    !restates(command.trim().split(/\s+/), apps, plan)
  );
}

const ROLLBACK = CHANGE_PATTERNS.get('rollback');
// the raise or the take-down closes the words ("…에 올려 둔 채 …" raises nothing)
const RAISE =
  /^(?:\S+\s)*(?:바로\s|빨리\s|얼른\s)?(?:올려|올리자|올려줘|올려요)(?![가-힣])(?:\s?(?:줘|주세요|줘요|주십시오))?[\s.!~]*(?:[ㅋㅎㅠㅜ]+[\s.!~]*)?$/;
const LOWER =
  /^(?:\S+\s)*(?:바로\s|빨리\s|얼른\s)?(?:내려|내리자|내려줘|내려요)(?![가-힣])(?:\s?(?:줘|주세요|줘요|주십시오))?[\s.!~]*(?:[ㅋㅎㅠㅜ]+[\s.!~]*)?$|(?<![a-z])(?:take\s+it\s+)?down(?![a-z])/;
const NO_APPS: ReadonlySet<string> = new Set();
/** One word as the reader reads it; words recur from command to command, the registered apps rarely change. */
const readWord = keepingPerContext(
  (word: string, apps: ReadonlySet<string>) => read(word, { knownApps: apps.size > 0 ? apps : undefined }),
  4096,
);

/**
 * "네 production도 진행해요", "ㅇㅇ 9개 ㄱ", "운영 맞다. 진행.", "Approved. Proceed with 14.": words that only name what the plan already says (its
 * app, environment, count) and yes- or go-words — the plan itself, not a second one.
 */
function goesOnAsPlanned(
  words: readonly string[],
  apps: ReadonlySet<string> | undefined,
  plan: Turn,
): boolean {
  const rest: string[] = [];
  let named = false;
  let alsoNamed = false;
  for (const word of words) {
    // "Approved. Proceed with 14.": the plan's own count, as a bare number
    const count = /^(\d{1,3})[.!]*$/.exec(word);
    if (count && Number(count[1]) === plan.entities.replicas) {
      named = true;
      continue;
    }
    const said = readWord(word, apps ?? NO_APPS);
    const entities = Object.entries(said.entities);
    if (entities.length === 0 || (said.intent !== 'unknown' && said.intent !== plan.intent)) {
      rest.push(word);
      continue;
    }
    if (!entities.every(([e, v]) => plan.entities[e as EntityName] === v)) return false;
    named = true;
    alsoNamed ||= /[가-힣a-z0-9]도요?$/.test(word);
  }
  // "api-server도 확인해 주세요": the plan's app "too", to be checked as well — a look, no go ("운영도 진행해요" goes)
  if (alsoNamed && /확인|점검|체크|살펴|봐|보여/.test(rest.join(' '))) return false;
  return named && rest.length > 0 && readReply(rest.join(' ')) === 'confirm';
}

/**
 * "revert: 방금 거", "undo that" while a plan waits: what never ran is undone by not running it — the plan refused,
 * never a rollback of what runs now.
 */
function undoesPlan(command: string, apps: ReadonlySet<string> | undefined, plan: Turn): boolean {
  // "Nah, undo that, the hopper's emptying on its own now": the undo in a short clause of its own, why after it
  const clause = command.split(/[,.;!]\s+|\s[—–-]+\s/).find((c) => ROLLBACK?.test(c.toLowerCase()));
  if (plan.intent === 'rollback' || !clause || clause.trim().split(/\s+/).length > 4) return false;
  const said = read(clause, { knownApps: apps });
  return (
    said.intent === 'rollback' &&
    !said.negated &&
    said.entities.tag === undefined &&
    said.entities.revision === undefined &&
    namesOnlyThePlans(said, plan)
  );
}

/** "auth-service는 그냥 두세요", "운영은 그대로 둘래요": what the plan would change, left as it is. */
function leavesPlanAlone(clause: string, apps: ReadonlySet<string> | undefined, plan: Turn): boolean {
  const said = read(clause, { knownApps: apps });
  return (
    KEEPS_AS_IS.test(clause) &&
    (said.entities.app ?? said.entities.environment) !== undefined &&
    namesOnlyThePlans(said, plan)
  );
}

/** "시러 줄이지 마용 손님 많당", "don't restart it, the guests are on": the plan's own change refused — a no. */
function refusesPlan(command: string, apps: ReadonlySet<string> | undefined, plan: Turn): boolean {
  const said = read(command, { knownApps: apps });
  return (
    NEGATION.test(command.toLowerCase()) &&
    (said.intent === plan.intent ||
      (said.intent === 'unknown' &&
        (CHANGE_PATTERNS.get(plan.intent)?.test(command.toLowerCase()) ?? false))) &&
    namesOnlyThePlans(said, plan)
  );
}

/** What the reading names of app and place is what the plan names (or nothing). */
function namesOnlyThePlans(said: { entities: Turn['entities'] }, plan: Turn): boolean {
  return (['app', 'environment'] as const).every(
    (e) => said.entities[e] === undefined || said.entities[e] === plan.entities[e],
  );
}

/** "and", "too", "as well", "도": another app beside the one the plan is for. */
const BESIDE =
  /(?<![a-z])(?:and|too|also|as\s+well|plus)(?![a-z])|(?<=[a-z0-9])도(?![가-힣])|(?<=[a-z0-9]\s?)(?:랑|하고|까지)(?![가-힣])/;

/**
 * "yep and cart-api too" while a restart of worker waits: a yes to the plan and another app beside it — one
 * operation does one app, so which is asked (the plan is not run, nor the other app's alone).
 */
function yesAndAnotherApp(command: string, app: string, history: readonly Turn[]): string[] | undefined {
  const plan = pendingPlan(history);
  const planned = plan?.entities.app;
  if (!planned || planned === app || !BESIDE.test(command.toLowerCase())) return undefined;
  const words = command.trim().split(/\s+/);
  const opensWithYes = [1, 2].some(
    (k) => k < words.length && readReply(words.slice(0, k).join(' ')) === 'confirm',
  );
  return opensWithYes ? [planned, app] : undefined;
}

/**
 * Several targets where one is read: another app beside the plan's ("yep and cart-api too"), one of several described
 * apps, or another place beside the plan's ("네, 스테이징 것도 같이 지워 주세요" while the dev delete waits) — which is asked.
 */
export function besideThePlan(
  command: string,
  text: string,
  said: Entities,
  history: readonly Turn[],
): Pick<Reading, 'appAlternatives'> | Pick<Reading, 'environmentAlternatives'> | undefined {
  const apps = said.app ? yesAndAnotherApp(command, said.app, history) : describedAmongSeveral(text, history);
  if (apps) return { appAlternatives: apps };
  const planned = pendingPlan(history)?.entities.environment;
  const place = said.environment;
  if (!planned || !place || planned === place || !ALSO_THERE.test(command.toLowerCase())) return undefined;
  if (readReply(command.trim().split(/[\s,]+/)[0]) !== 'confirm') return undefined;
  return { environmentAlternatives: [planned, place] as NlpEnvironment[] };
}
const ALSO_THERE = /(?:것|거|꺼|쪽|에서)?도\s?(?:같이|함께|다)|(?<![a-z])(?:too|as\s+well)(?![a-z])/;

/** 내려 as "take down" ("내려간다", "내려와" go down, they take nothing down). */
const TAKE_DOWN = /내려(?!\s?(?:가|간|갈|갔|와|왔|앉|오))/;
/** A word that deletes besides 내려 ("내려" alone stands for the scale to 0 just talked about). */
const deletesInOtherWords = (text: string) =>
  CHANGE_PATTERNS.get('delete')?.test(text.replace(/내려|내리/g, ' ')) ?? false;
/**
 * "괜찮대. ㄱㄱ 내려" after a scale to 0 was asked and called off: the bare 내려 orders that scale again, not a delete of
 * the app (README reads a bare 내려 as a delete only where nothing else was being taken down); with no app said and
 * no scale to 0 before it, which app to take down (and how) is asked.
 */
export function lowersAgain(reading: Reading, text: string, history: readonly Turn[]): Reading | undefined {
  if (reading.intent !== 'delete' || !TAKE_DOWN.test(text) || deletesInOtherWords(text)) return undefined;
  const last = history.find((t) => CHANGE_INTENTS.has(t.intent));
  if (last?.intent !== 'scale' || last.entities.replicas !== 0 || !last.entities.app)
    // "응, 내려." with no app of its own: taking down what the talk was about is asked, never a delete on a guess
    return reading.entities.app ? undefined : { ...reading, unclear: [...(reading.unclear ?? []), 'app'] };
  const { app, environment } = reading.entities;
  if ((app && app !== last.entities.app) || (environment && environment !== last.entities.environment))
    return undefined;
  return { ...reading, intent: 'scale', entities: { ...last.entities } };
}
