/**
 * A read asked for in a message's opening sentence, and only remarks after it (blind round 137): "When worker 5.1.0
 * was deployed? I think it is the one with picking bug.", "Please show me status of all services in production, the
 * order surge is starting.", "Please check order-api logs in production, if you see OOM then restart it." — the
 * read. A change said after it only on a condition is not ordered; one said plainly, or a second read, leaves the
 * whole message to the reader.
 */
import { READ_INTENTS } from './intents.js';
import { read } from './reader.js';
import { ACKNOWLEDGED } from './reader-patterns.js';
import { CHANGE_PATTERNS, READS } from './safety-words.js';
import type { Reading } from './types.js';

/** Where the opening sentence or clause ends: a full stop, a question or exclamation mark, or a comma. */
const OPENING_END = /[.!?。？]\s+|,\s+/;
/** "Show me the help.": what is asked after it is the help. */
const ASKS_HELP = /(?<![a-z])help(?![a-z])|도움말|사용법/;
/** "if you see OOM then restart it", "OOM 보이면 재시작해": a change only on a condition. */
const ON_A_CONDITION =
  /(?<![a-z])(?:if|when|once|unless|in\s+case)(?![a-z])|[가-힣](?:으면|면|거든)(?![가-힣])/;

export function openingRead(
  lowered: string,
  whole: Reading,
  knownApps: ReadonlySet<string> | undefined,
): Reading | undefined {
  if (READ_INTENTS.has(whole.intent) && !whole.negated) return undefined;
  const end = OPENING_END.exec(lowered);
  if (!end) return undefined;
  const rest = lowered.slice(end.index + end[0].length);
  if (rest.trim() === '' || ASKS_HELP.test(rest) || READS.some(([, re]) => re.test(rest))) return undefined;
  const changeSaid = [...CHANGE_PATTERNS.values()].some((re) => re.test(rest));
  if (changeSaid && !ON_A_CONDITION.test(rest)) return undefined;
  const said = lowered.slice(0, end.index + 1);
  // "web-app status confirmed, thanks": a read told back as seen asks nothing
  if (ACKNOWLEDGED.test(lowered)) return undefined;
  const opening = read(said, { knownApps });
  // the read asked by its own word ("logs", "상태", "when was … deployed"), not one guessed from a report
  const askedByItsWord = READS.some(([intent, re]) => intent === opening.intent && re.test(said));
  const readsSomething =
    opening.entities.app !== undefined ||
    opening.entities.environment !== undefined ||
    opening.intent === 'list';
  return READ_INTENTS.has(opening.intent) && !opening.negated && askedByItsWord && readsSomething
    ? opening
    : undefined;
}
