/**
 * Follow-ups that pick out of what the conversation just read or said: the place of a list or history just read, a
 * version picked from it, a count corrected after a read, and a report of what was done that asks nothing.
 */
import type { Turn } from './context.js';
import { lastChange } from './conversation-history.js';
import { PAST_REPORT } from './conversation-patterns.js';
import type { FollowUp } from './conversation-reads.js';
import { CHANGE_INTENTS, READ_INTENTS } from './intents.js';
import type { Reading } from './types.js';

/** "그중에 빨간 거", "그 전 거로", "the last one", "the one with errors": a pick out of what was just read. */
const POINTS_INTO_READ =
  /그\s?중에?|그\s?전\s?(?:거|것|걸|꺼)|맨\s?(?:위|아래|처음|마지막)|(?<![a-z])the\s+(?:last|top|latest|newest|first|bottom)\s+(?:one|entry|release|deploy)|(?<![a-z])the\s+one\s+(?:with|that|which|the|released|deployed|throwing|showing)(?![a-z])/;

/**
 * "Roll back the last one" after production's history was read, "그중에 빨간 거 재시작해" after its list: the pick is in
 * the place that was read — never the default taken for it (blind rounds 113c, 132c).
 */
export function pointedIntoRead(f: FollowUp, reading: Reading): Reading {
  const read = f.history[0];
  if (
    !CHANGE_INTENTS.has(reading.intent) ||
    !read ||
    !READ_INTENTS.has(read.intent) ||
    !read.entities.environment ||
    !POINTS_INTO_READ.test(f.text)
  )
    return reading;
  return { ...reading, entities: { ...reading.entities, environment: read.entities.environment } };
}

const VERSION_IN_THE_LIST =
  /맨\s?(?:위|아래|처음|마지막)|최신\s?(?:버전|version|판|거|것)|(?<![a-z])(?:the\s+)?(?:top|latest|newest|most\s+recent)\s+(?:one|version|release|entry|build)(?![a-z])/;

/**
 * "거기 맨 위 판을 개발에도 올리시오", "거기 최신 version으로 prod에도": a version picked out of a history just read —
 * which one the list showed is not in the words, asked (blind round 113c).
 */
export function versionPickedFromList(f: FollowUp, reading: Reading): Reading {
  return reading.intent === 'deploy' &&
    !reading.entities.tag &&
    f.history[0]?.intent === 'history' &&
    VERSION_IN_THE_LIST.test(f.text)
    ? { ...reading, unclear: [...(reading.unclear ?? []), 'tag'] }
    : reading;
}

/** "5 not 3", "3개 말고 5개", "3 아니고 5": a count corrected, the count it withdraws said. */
const COUNT_NOT_COUNT =
  /(\d+)\s*(?:not|instead\s+of|rather\s+than)\s+(\d+)(?![\d.])|(?<![\d.])(\d+)\s?(?:개|대)?\s?(?:말고|아니고|아니라)\s?(\d+)/;

/** The scale whose count a correction withdraws ("Ah, 5 not 3" after a read since the scale to 3), if it is the last change. */
export function countCorrected(text: string, history: readonly Turn[]): Turn | undefined {
  const m = COUNT_NOT_COUNT.exec(text);
  const change = m && lastChange(history);
  const withdrawn = m && Number(m[2] ?? m[3]);
  return change && change.intent === 'scale' && change.entities.replicas === withdrawn ? change : undefined;
}

/** A read asked for in so many words ("로그 보여줘", "check it"): a report beside it does not make it a remark. */
const READ_ASKED =
  /보여|알려|확인|봐\s?줘|줘|주세요|주십시오|체크|(?<![a-z])(?:show|check|tell|give|send|pull|look)(?![a-z])/;
const QUESTION = /[?？]|언제|뭐|왜|어떻게|몇|어디|(?<![a-z])(?:when|what|why|how|which|where)(?![a-z])/;

/**
 * "운영 billing-api는 아까 9시 50분에 재시작해 뒀습니다. 형세는 괜찮았죠.": a report of what was done, with a remark on how
 * it went and no read asked — it names no target for the turns after it (blind rounds 59c, 61c).
 */
export function onlyReportsWhatWasDone(own: Reading, text: string): boolean {
  return (
    READ_INTENTS.has(own.intent) && PAST_REPORT.test(text) && !READ_ASKED.test(text) && !QUESTION.test(text)
  );
}

/** "거기 것도", "그쪽 거", "the one there": the thing of the turn just before, where it was looked at. */
const THE_ONE_THERE =
  /거기\s?(?:것|거|꺼|건)|그쪽\s?(?:것|거|꺼)|(?<![a-z])the\s+one\s+(?:over\s+)?there(?![a-z])/;

/**
 * "staging cart-api 3개로" → "prod랑 staging order-api status" → "거기 것도 3개로": the one there is the app just read
 * (order-api), not the last change's (blind round 132c).
 */
export function theOneThere(f: FollowUp, reading: Reading): Reading {
  const app = f.history[0]?.entities.app;
  return !f.said.app && app && reading.entities.app !== app && THE_ONE_THERE.test(f.text)
    ? { ...reading, entities: { ...reading.entities, app } }
    : reading;
}
