/**
 * A read told as done, then an order (blind round 141): "배포 로그 확인함, stg에 web-app 5.1.1 deploy 해", "status 보니까
 * 밀렸네 prod worker 6개로 scale 해", "I checked logs already, please restart order-api on staging.", "The deploy history
 * shows 1.8.7 was the last good one — roll cart-api on staging back to it." — the read is what was looked at, the order
 * after it is what is asked. The order must read as a change by itself, with its app, on no condition.
 */
import { CHANGE_INTENTS, READ_INTENTS } from './intents.js';
import { read } from './reader.js';
import type { Reading } from './types.js';

/** A read told as done or not needed: what was looked at, not what is asked. */
const READ_DONE =
  /확인(?:함|했|하였|완료)|봤(?:어|고|는데|습니다|음)|보니까?(?=\s)|볼\s?필요\s?(?:없|없어)|(?<![a-z])(?:checked|looked\s+at|saw|have\s+seen|shows|showed|is\s+(?:bad|broken|fine|ok|okay|good|clean)|looks?\s+(?:bad|broken|fine|ok|okay|good|clean))(?![a-z])/;
/** Where what was seen ends and the order begins. */
const TOLD_ENDS =
  /[.!。](?:\s+|$)|[,;—–]\s+|\s-\s|(?<=(?:니까|는데|없고|했고|했는데|봤고|했으니|으니|네|음|함))\s+/g;
const ON_A_CONDITION =
  /(?<![a-z])(?:if|when|once|unless|in\s+case)(?![a-z])|[가-힣](?:으면|면|거든)(?![가-힣])/;
const IT = /(?<![a-z])(?:it|them|that\s+one)(?![a-z])|그거|그걸|걔|얘/;
/** "roll cart-api back to it", "그걸로 돌려": the version told before is the one meant. */
const TO_IT = /(?<![a-z])(?:to|back\s+to)\s+(?:it|that(?:\s+one)?)(?![a-z])|그\s?(?:버전|걸로|거로|것으로)/;

export function orderAfterRead(
  lowered: string,
  whole: Reading,
  knownApps: ReadonlySet<string> | undefined,
): Reading | undefined {
  if (!(READ_INTENTS.has(whole.intent) || whole.intent === 'unknown') || whole.negated) return undefined;
  const told = READ_DONE.exec(lowered);
  if (!told) return undefined;
  TOLD_ENDS.lastIndex = told.index;
  const end = TOLD_ENDS.exec(lowered);
  if (!end) return undefined;
  // "If the snow report still shows zero by noon, roll back frontend": the order waits on what is seen
  if (ON_A_CONDITION.test(lowered.slice(0, end.index))) return undefined;
  const rest = lowered.slice(end.index + end[0].length);
  if (rest.trim() === '' || ON_A_CONDITION.test(rest) || READ_DONE.test(rest)) return undefined;
  const order = read(rest, { knownApps });
  if (!CHANGE_INTENTS.has(order.intent) || order.negated) return undefined;
  const { tag, revision, app } = whole.entities;
  // "release notes for auth-service 3.5.0 look good, ship it to dev": "it" is the app (and version) just looked at
  if (!order.entities.app) {
    if (!app || !IT.test(rest)) return undefined;
    return { ...order, entities: { ...(tag ? { tag } : {}), ...order.entities, app } };
  }
  const pointed =
    order.entities.tag === undefined && order.entities.revision === undefined && TO_IT.test(rest);
  return pointed && (tag ?? revision) !== undefined
    ? { ...order, entities: { ...order.entities, ...(tag ? { tag } : { revision }) } }
    : order;
}
