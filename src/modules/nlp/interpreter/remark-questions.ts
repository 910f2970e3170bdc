import { isOrder } from './order-grammar.js';
import { GREETING_AT_START, QUESTION } from './safety-words.js';
import type { Intent } from './types.js';

/** "… 아직 테스트 중인 거야": a sentence explained after, no question. */
const EXPLAINED_AFTER = /(?<=[가-힣])\s거(?:야|예요|에요|임)(?=[\s.!~]*$)/;
/** A count said as the order: "스테이징 cart-api 8개로", "6개로". */
const COUNT_ORDERED = /\d+\s?(?:개|대)?\s?(?:으로|로)\s*$/;
/** A past-tense statement in 반말 that reads as a question alone ("세일 시작했어", "손님 몰려 있어"). */
const TOLD_IN_PAST = /(?<=[가-힣])(?:했어|했지|있어)(?=[\s.!~]*$)/;

/**
 * "8개로 늘려, 세일 시작했어", "6개로, 마지막 팀 착륙했어": a remark after the order's own clause that ends like a
 * question ("…했어") but is told, not asked — no question mark anywhere, and the clause before it orders the change.
 */
function toldAfterOrder(intent: Intent, t: string, names: ReadonlySet<string>): boolean {
  if (t.includes('?')) return false;
  const comma = t.indexOf(', ');
  if (comma < 0) return false;
  const [order, remark] = [t.slice(0, comma), t.slice(comma + 2)];
  if (QUESTION.test(order) || !TOLD_IN_PAST.test(remark)) return false;
  if (QUESTION.test(remark.replace(TOLD_IN_PAST, ' '))) return false;
  return isOrder(intent, order, names) || (intent === 'scale' && COUNT_ORDERED.test(order));
}

/** Whether `asked` is worded as a question about `intent`, not as the order with a remark after it. */
export function asksQuestion(intent: Intent, said: string, names: ReadonlySet<string>): boolean {
  // "안녕하십니까, …": a greeting is no question
  const asked = said.replace(GREETING_AT_START, '');
  return (
    QUESTION.test(/[.!]\s/.test(asked) ? asked.replace(EXPLAINED_AFTER, ' ') : asked) &&
    !toldAfterOrder(intent, asked, names)
  );
}
