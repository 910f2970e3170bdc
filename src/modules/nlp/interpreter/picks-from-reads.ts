/**
 * Follow-ups that pick out of what the conversation just read or said: the place of a list or history just read, a
 * version picked from it, a count corrected after a read, and a report of what was done that asks nothing.
 */
import type { Turn } from './context.js';
import { lastChange, placeAmongSeveral } from './conversation-history.js';
import { MADE_A_COUNT, PAST_REPORT, THERE } from './conversation-patterns.js';
import { READ_ASKED_FOR } from './lexicon.js';
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

/**
 * The scale whose count a correction withdraws ("Ah, 5 not 3", "Make it seven" after a read since the scale), if it is
 * the last change.
 */
export function countCorrected(text: string, history: readonly Turn[]): Turn | undefined {
  // "Make it seven" right after a read of the app just scaled: the scale's count, corrected
  const read = history[0];
  const scaled = lastChange(history);
  if (
    MADE_A_COUNT.test(text) &&
    read &&
    READ_INTENTS.has(read.intent) &&
    scaled?.intent === 'scale' &&
    read.entities.app === scaled.entities.app
  )
    return scaled;
  const m = COUNT_NOT_COUNT.exec(text);
  const change = m && lastChange(history);
  const withdrawn = m && Number(m[2] ?? m[3]);
  return change && change.intent === 'scale' && change.entities.replicas === withdrawn ? change : undefined;
}

const QUESTION = /[?？]|언제|뭐|왜|어떻게|몇|어디|(?<![a-z])(?:when|what|why|how|which|where)(?![a-z])/;

/**
 * "운영 billing-api는 아까 9시 50분에 재시작해 뒀습니다. 형세는 괜찮았죠.": a report of what was done, with a remark on how
 * it went and no read asked — it names no target for the turns after it (blind rounds 59c, 61c).
 */
export function onlyReportsWhatWasDone(own: Reading, text: string): boolean {
  return (
    READ_INTENTS.has(own.intent) &&
    PAST_REPORT.test(text) &&
    !READ_ASKED_FOR.test(text) &&
    !QUESTION.test(text)
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

/**
 * "어 올려, 빨리." while the service asks about a scale ("다시 1개로 올려" was asked back): raise it as asked — the
 * scale, never a deploy of whatever runs now (blind round 133c).
 */
export function raisedAsAsked(f: FollowUp, reading: Reading): Reading {
  const asked = f.history[0];
  return asked?.ambiguous &&
    asked.intent === 'scale' &&
    reading.intent === 'deploy' &&
    !reading.entities.tag &&
    /올려|올리/.test(f.text)
    ? { ...reading, intent: 'scale' }
    : reading;
}

/**
 * "The web-app one, 4.7.0." answering which version frontend's deploy should take: the version web-app was given —
 * frontend is still the app deployed (blind round 134c).
 */
export function versionOfAnotherApp(f: FollowUp, reading: Reading): Reading {
  const asked = f.history[0];
  const other = reading.entities.app;
  if (
    !asked?.ambiguous ||
    asked.intent !== 'deploy' ||
    asked.entities.tag !== undefined ||
    !asked.entities.app ||
    !other ||
    other === asked.entities.app ||
    !new RegExp(
      `(?<![a-z0-9-])the\\s+${other}\\s+(?:one|version|release)|${other}\\s?(?:거|꺼|것|버전)`,
    ).test(f.text)
  )
    return reading;
  const tag =
    reading.entities.tag ??
    f.history.find((t) => t.intent === 'deploy' && t.entities.app === other && t.entities.tag)?.entities.tag;
  return tag ? { ...reading, intent: 'deploy', entities: { ...asked.entities, tag } } : reading;
}

const DEPLOYED_THERE =
  /(?:배포(?:했던|한|됐던|된)|올렸던|올린)\s?(?:그\s?)?(?:환경|곳|데)|(?<![a-z])where\s+(?:we|you|i)\s+(?:just\s+)?(?:deployed|shipped|released)(?![a-z])/;

/** "거기서": the environment of the turn referred to, even for another app. */
export function withEnvironmentThere(f: FollowUp, reading: Reading): Reading {
  if (reading.entities.environment || reading.environmentAlternatives.length > 0) return reading;
  // "아까 그 환경에서", "거기 것도" right after one app was read in two places: which place is asked
  if (
    placeAmongSeveral(f.text, f.history) ||
    (THERE.test(f.text) && (f.history[0]?.environments?.length ?? 0) > 1)
  )
    return { ...reading, unclear: [...(reading.unclear ?? []), 'environment'] };
  if (!THERE.test(f.text)) return pointedIntoRead(f, reading);
  // "배포했던 그 환경에서", "where we deployed it": the place of that app's last deploy
  const deployedThere = DEPLOYED_THERE.test(f.text)
    ? f.history.find(
        (t) =>
          t.intent === 'deploy' &&
          t.entities.environment &&
          (!reading.entities.app || t.entities.app === reading.entities.app),
      )
    : undefined;
  const there = (deployedThere ?? f.history.find((t) => t.entities.environment))?.entities.environment;
  if (there) return { ...reading, entities: { ...reading.entities, environment: there } };
  // "해당 환경 …" with no environment said before: which one is asked, never the default taken for it
  return { ...reading, unclear: [...(reading.unclear ?? []), 'environment'] };
}
