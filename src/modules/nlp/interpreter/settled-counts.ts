import { KOREAN_NUMBER_SOURCE, parseNumber } from './korean.js';
import { COUNT_OF_ANOTHER_TIME, mask, RANGE_COUNT, RELATIVE_COUNT } from './reader-patterns.js';
import type { ReadState } from './reader-state.js';

/*
 * A count said relatively ("두 배", "하나 빼", "+1", "double") is asked — the service does not know the count now —
 * unless the writer settles it after: the result said ("두 배 4개에서 8개로", "절반인 3개로", "halve worker to 2") or a correction to a count of its own ("+1 no wait just 3", "double it — sorry, set it to 6"). Bounds,
 * approximations and autoscaling words ("최대 5개", "5개 정도") stay asked whatever follows (blind round 168).
 */

/** Words that change a count by an amount (not a bound, an approximation or autoscaling). */
const BY_AN_AMOUNT =
  /더|추가|증설|배|절반|반으로|빼|(?<![a-z])(?:more|double|halve|half|triple|quadruple|by|another|extra|add|take|knock|drop)(?![a-z])|\+/;
/** A correction before the count that replaces what came before it. */
const CORRECTION =
  /(?:^|\s)(?:아\s?)?(?:아니다|아니|아냐|정정)(?:\s|$)|(?<![a-z])(?:sorry|no\s+wait|wait\s+no|i\s+mean|make\s+(?:it|that)|correction|actually|rather|scratch\s+that)(?![a-z])/;
const COUNT_AIMED = new RegExp(
  `^(?:\\s?(?:인|으로|로|해서|서|하면|해|이면|so|that's|making\\s+it|for|total|총|결과적으로|just|그냥|set\\s+it|to))*\\s?(?:\\d+\\s?(?:개|대)?\\s?에서\\s?)?(?:\\d+|${KOREAN_NUMBER_SOURCE})\\s?(?:개|대)?\\s?(?:으로|로)|^(?:\\s?(?:so|for\\s+a\\s+total\\s+of|making\\s+it|set\\s+it|just|to))+\\s?\\d+(?![\\d.])|^\\s?(?:so\\s+)?from\\s+\\d+\\s+(?:(?:replicas?|pods?)\\s+)?(?:down\\s+|up\\s+)?to\\s+\\d+(?![\\d.])`,
);

/** Whether the count said after `end` settles what the relative amount before it left open. */
function settledAfter(text: string, end: number): boolean {
  const after = text.slice(end);
  if (COUNT_AIMED.test(after)) return true;
  const correction = CORRECTION.exec(after);
  return (
    correction !== null &&
    /\d|(?<![가-힣])(?:하나|둘|셋|넷|다섯|여섯|일곱|여덟|아홉|열)(?![가-힣])/.test(
      after.slice(correction.index),
    )
  );
}

/**
 * "worker stg x2": twice as many, or two? Writers mean both (rounds 6b, 14 and 135 two; 122, 168 and 186 twice): asked,
 * unless a unit says it is the count ("x3 replicas") or it is x1.
 */
const TIMES =
  /(?<![a-z0-9_.-])x\s?(?!1(?![0-9]))\d+(?![0-9.a-z])(?!\s*(?:replicas?|pods?|instances?|copies|개|대))/;
/** Every relative amount said (RELATIVE_COUNT finds the first). */
const RELATIVE_COUNTS = new RegExp(RELATIVE_COUNT.source, 'g');

/** Whether the count is left to ask (`rest` as read so far; `text` the same length, nothing masked). */
export function countLeftOpen(rest: string, text: string): boolean {
  if (RANGE_COUNT.test(rest) || COUNT_OF_ANOTHER_TIME.test(rest) || TIMES.test(text)) return true;
  const relative = [...rest.matchAll(RELATIVE_COUNTS)];
  return relative.some((m) => !BY_AN_AMOUNT.test(m[0]) || !settledAfter(text, m.index + m[0].length));
}

/** "12개가 아니라 10개로", "8개 말고 6개": the count before is refused, the one after is meant. */
const FIRST_REFUSED = /^\s?(?:개|대)?\s?(?:가|이|은|는)?\s?(?:아니라|아니고|말고)(?![가-힣])/;
/** "10 instead of 12", "to 6, not 8": the count after is refused, the one before is meant. */
const LATER_REFUSED = /^\s?(?:replicas?|pods?)?\s?,?\s?(?:instead\s+of|rather\s+than|not)\s+$/;

/**
 * Replica counts by one pattern. Two different counts ("10개, 8개로", "to 0 and then back to 3"): which? — unless a
 * correction stands between them ("6개로 늘려줘. 아 아니 8개로", "to 6, sorry 7") or refuses the first ("12개가 아니라
 * 10개로"): the later one; or the later one is refused ("10 instead of 12"): the first.
 */
export function readReplicaCounts(s: ReadState, re: RegExp): void {
  const { entities } = s;
  let last = 0;
  for (const m of s.rest.matchAll(re)) {
    const n = parseNumber(m[1]);
    if (n === undefined) continue;
    if (entities.replicas !== undefined && entities.replicas !== n) {
      const between = s.text.slice(last, m.index);
      if (CORRECTION.test(between) || FIRST_REFUSED.test(between)) entities.replicas = n;
      else if (!LATER_REFUSED.test(between) && !s.unclear.includes('replicas')) s.unclear.push('replicas');
    }
    entities.replicas ??= n;
    last = m.index + m[0].length;
    s.rest = mask(s.rest, { start: m.index, end: last });
  }
}
