import { READ_INTENTS } from './intents.js';
import { INTENT_PATTERNS, NEGATION } from './lexicon.js';
import { INSTEAD } from './reader-patterns.js';
import type { ReadState } from './reader-state.js';
import { readBeforeRefusal } from './remarks.js';
import { judgeChange } from './safety.js';

export /**
 * A refusal, or an operation replaced ("롤백 대신 …"), with something asked instead: the read asked after it, or the
 * change asked instead of the one replaced when its own words order it; or a read asked before the refusal.
 */
function readWhatIsAskedInstead(s: ReadState, replaced: RegExpExecArray | null): void {
  const at = replaced ?? INSTEAD.exec(s.rest);
  const instead = at ? s.rest.slice(at.index + at[0].length) : '';
  // what the refused words name is not what is asked ("삭제하지 말고 0개로 내려": 내려 is no delete here)
  const refusedOne = replaced ? INTENT_PATTERNS.find(([, re]) => re.test(replaced[0]))?.[0] : undefined;
  const asked =
    at && !NEGATION.test(instead)
      ? INTENT_PATTERNS.find(([i, re]) => i !== refusedOne && re.test(instead))?.[0]
      : undefined;
  const readFirst = asked ? undefined : readBeforeRefusal(s.lowered);
  // a change asked instead of the one replaced ("롤백 대신 4개로 늘려") is the order when its own words order it
  const ordered = (i: typeof s.intent) =>
    judgeChange(i, at ? s.text.slice(at.index + at[0].length) : '', {}, s.knownApps);
  const swapped = (i: typeof s.intent) => replaced && ordered(i).kind === 'order';
  if (asked && (READ_INTENTS.has(asked) || swapped(asked))) {
    s.intent = asked;
    s.negated = false;
    // the classifier weighs what is asked, not the refused operation's words before it
    if (at) s.orderClause = s.text.slice(at.index + at[0].length).trim();
  } else if (readFirst) {
    s.intent = readFirst.intent;
    s.negated = false;
    s.postponed = false;
    // the classifier weighs the read's clause, not the refused operation's words after it
    s.orderClause = readFirst.clause;
    s.readBeforeRefusal = true;
  }
}
