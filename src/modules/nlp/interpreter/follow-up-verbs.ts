import type { Turn } from './context.js';
import type { FollowUp } from './conversation-reads.js';
import { STATUS_OF_CONTEXT_APP } from './confidence.js';
import { ALSO, SAME } from './conversation-patterns.js';
import { isEnglishWord } from './english.js';
import { CHANGE_INTENTS, READ_INTENTS } from './intents.js';
import type { Reading } from './types.js';

/*
 * A follow-up repeats the last change only when it says nothing of its own but "that, for this one too" ("worker도요",
 * "prod as well", "do it on staging instead"). One that carries a verb of its own the rules could not read ("worker도
 * 확인해 주세요", "peek at worker too", "Spotlight on production frontend instead") or an "also" about something no
 * rule knows ("거기 맥도요": the pulse too) asks for something else: running the previous change on it would do what
 * nobody asked. The words checked are the reading's residue (`key`), what no rule explained.
 */

/** Korean words that only say "do it" (the operation is the previous one) or how, never what. */
const KOREAN_DO =
  /^(?:해|하|하여|해서|해다|진행|처리|실행|적용|반영|시행|이행|조치|수행|작업|부탁|요청|똑같이|똑가치|같이|그렇게|그러케|이렇게|동일하게|마찬가지로|그대로|먼저|우선|일단|다시|한번|빨리|얼른|바로|좀|지금|걸로|거로|것으로|거|것|그거|이거|그것|이것)$/;
/** A predicate and its request ending: "확인해 주세요", "짚어 주세요", "살펴봐 줘", "점검 부탁드려요". */
const KOREAN_REQUEST =
  /(?<![가-힣])([가-힣]+?)(?:해|하여)?\s?(?:주세(?:요|여|용)|주십시오|주시(?:겠|죠|오|고)|주실|줄래|줘|주쇼|주소|주라|다오|부탁)/g;
/** "환경으로 부탁드립니다": what stands before the request is where, not what to do. */
const NOT_A_VERB = /(?:으로|로|에|에서|도|만|은|는|이|가)$/;
/** "worker도 점검 좀", "거기도 확인": a look asked in Korean, with or without a request ending. */
const KOREAN_LOOK = /(?<!여쭤\s?|물어\s?)봐|보여|확인|살펴|살피|들여다|점검|체크|훑어/;
/** English verbs that ask to look, shared by the read-verb and look-verb tests. */
const ENGLISH_LOOK_WORDS =
  'peek|check|inspect|show\\s+me|view|watch|monitor|eyeball|examine|glance|verify|review|scan';
/** "worker too, show me", "same for worker, just look": a read asked in English words the rules left unread. */
const ENGLISH_READ_VERB = new RegExp(
  `(?<![a-z])(?:look\\s+at|just\\s+look|(?:take\\s+)?a\\s+look|${ENGLISH_LOOK_WORDS})(?![a-z])`,
);
/** "X도(요)" about a thing: not a reference ("그것도", "쪽도"), not a place ("운영에도", "dev로도"). */
const KOREAN_ALSO_THING = /^([가-힣]+)도요?$/;
const KOREAN_ALSO_NOT_A_THING =
  /(?:에|에서|으로|로|하여|해서|대해서|대하여)$|^(?:것|거|건|쪽|측|편|애|얘|걔|거기|여기|저기|그것|이것|저것|그거|이거|저거|그쪽|이쪽|저쪽)$/;

/** English words that open an order of the previous operation, or only talk around it. */
const ENGLISH_DO = new Set(
  (
    'and now then also so ok okay yes yeah yep yup sure right alright please pls plz same do make run put give try go ' +
    'just actually well oh ah hmm sorry but wait correction not no nope nah over there here it that this the a an on ' +
    'to in at for with only first both again let lets apply proceed repeat likewise meant mean i we you my our good ' +
    'great fine cool thanks thank kindly perhaps maybe also instead as use switch move change target pick choose take ' +
    'send push ship switch'
  ).split(' '),
);
/** A clause of the follow-up: what stands between commas, dashes and sentence ends. */
// a chat go-word closes the order ("cart-api도 똑같이 ㄱㄱ 붕어빵 줄도 길어": what follows is a remark)
const CLAUSES = /[,;:.!?—–]+|\s-\s|(?<=(?:^|\s)(?:ㄱ+|고고|ㄱㄱ))\s/;
const FOLLOW_UP_MARK = /(?<![a-z])(?:too|also|as\s+well|same|likewise|instead|rather|there)(?![a-z])/;

/** The look in the clause that says "too" (도) or in the last one: "마이크 체크, 운영 말고 스테이징" is a remark. */
function koreanLook(text: string): boolean {
  const clauses = text.split(CLAUSES).filter((c) => c.trim() !== '');
  return clauses.some((c, i) => (i === clauses.length - 1 || /도요?(?:\s|$)/.test(c)) && KOREAN_LOOK.test(c));
}

function koreanOwnVerb(text: string, residue: ReadonlySet<string>): boolean {
  for (const m of text.matchAll(KOREAN_REQUEST)) {
    const verb = m[1];
    // the reading found no operation, so any predicate but a do-word is one the rules did not read
    if (!KOREAN_DO.test(verb) && !NOT_A_VERB.test(verb)) return true;
  }
  const orderClause = text.split(CLAUSES)[0];
  return orderClause.split(/\s+/).some((word) => {
    const thing = KOREAN_ALSO_THING.exec(word)?.[1];
    return thing !== undefined && residue.has(`${thing}도`) && !KOREAN_ALSO_NOT_A_THING.test(thing);
  });
}

function englishOwnVerb(text: string, residue: ReadonlySet<string>): boolean {
  const clause = text.split(CLAUSES).find((c) => FOLLOW_UP_MARK.test(c));
  const first = clause?.trim().split(/\s+/)[0];
  return first !== undefined && residue.has(first) && !ENGLISH_DO.has(first) && isEnglishWord(first);
}

/** Whether a follow-up says an operation of its own that the rules did not read (so it repeats no change). */
export function saysOwnUnreadVerb(text: string, key: string): boolean {
  const residue = new Set(key.split(' ').filter(Boolean));
  return (
    ENGLISH_READ_VERB.test(text) ||
    koreanLook(text) ||
    koreanOwnVerb(text, residue) ||
    englishOwnVerb(text, residue)
  );
}

/**
 * "운영계에도 동일하게 반영 부탁드립니다", "batch-job도 똑같이 ㄱ" after a scale, a restart or a read: the same operation, not
 * a deploy — 반영/적용/ㄱ only say "do it".
 */
export function withoutGenericDo({ previous, text }: FollowUp, said: Reading): Reading {
  return previous &&
    (CHANGE_INTENTS.has(previous.intent) || READ_INTENTS.has(previous.intent)) &&
    said.intent === 'deploy' &&
    !said.entities.tag &&
    (SAME.test(text) || ALSO.test(text) || /에도|에서도/.test(text)) &&
    GENERIC_DO.test(text) &&
    !DEPLOY_OWN_WORD.test(text)
    ? { ...said, intent: 'unknown' }
    : said;
}

const GENERIC_DO = /반영|적용|(?<![가-힣ㄱ-ㅎ])ㄱ+(?![가-힣])|(?<![a-z])go(?![a-z])/;
export const DEPLOY_OWN_WORD = /배포|디플로이|(?<![a-z])(?:deploy|ship|release|redeploy)(?![a-z])/;

/** "봐 주세요", "확인해", "살펴", "peek at", "have a squint at": the verb asks to look. */
const LOOK_VERB = new RegExp(
  `${KOREAN_LOOK.source}|(?<![a-z])(?:look|squint|${ENGLISH_LOOK_WORDS})(?![a-z])`,
);

/** "봐 주세요", "peek at": a look, asked in words. */
export const saysLook = (text: string): boolean => LOOK_VERB.test(text);

/**
 * "worker도 좀 봐 주세요", "peek at worker too" after a change: a look at what it names (or at the app the change was
 * on), where the change was — the status, never the change; any other verb of its own stays unread (asked).
 */
export function lookedAtInstead(reading: Reading, previous: Turn): Reading {
  if (!saysLook(reading.text)) return reading;
  const { app, environment } = previous.entities;
  return {
    ...reading,
    intent: 'status',
    entities: {
      ...(app !== undefined ? { app } : {}),
      ...(environment !== undefined ? { environment } : {}),
      ...reading.entities,
    },
    confidence: STATUS_OF_CONTEXT_APP,
  };
}
