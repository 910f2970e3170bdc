import { askedBack } from './confidence.js';
import { CHANGE_INTENTS } from './intents.js';
import { NEGATION } from './lexicon.js';
import { CHANGE_PATTERNS } from './safety-words.js';
import type { Reading } from './types.js';

/**
 * "1. 운영 worker 상태 확인 2. 운영 worker 재시작", "1) deploy api-server 4.3.0 to prod 2) scale it to 12", "① … ② …": the steps
 * of a plan, numbered from one — when more than one step names an operation or a read, no single step is the order
 * (asked, never one step run alone; blind round 244).
 */
const STEP_MARK =
  /(?<=^|[\s,;:(—–-])(?:(\d{1,2})[.)](?![\d.])|([①②③④⑤⑥⑦⑧⑨])|(첫째|둘째|셋째|넷째)(?=[,\s])|step\s*(\d{1,2})(?=[\s:.)]))/gi;
const CIRCLED = '①②③④⑤⑥⑦⑧⑨';
const KOREAN_ORDINAL = ['첫째', '둘째', '셋째', '넷째'];
const READ_WORD = /상태|로그|이력|기록|목록|확인|(?<![a-z])(?:status|logs?|history|list|check)(?![a-z])/;

function stepNumber(m: RegExpMatchArray): number {
  if (m[1] ?? m[4]) return Number(m[1] ?? m[4]);
  if (m[2]) return CIRCLED.indexOf(m[2]) + 1;
  return KOREAN_ORDINAL.indexOf(m[3] ?? '') + 1;
}

/** A step told as done or as a fact ("…확인되었습니다", "…입니다"): a report, no step to take. */
const REPORTED = /(?:었|았|였|됐|했|입|됩)(?:습)?니다[.\s]*$/;
const POINTER =
  /(?<![a-z])(?:it|them|that)(?![a-z])|그거|같은\s?앱|운영|스테이징|개발|(?<![a-z])(?:prod|production|staging|stg|dev)(?![a-z])/;

/** A step that asks for an operation or a read of a target: "운영 worker 재시작", "scale it to 12", "check web-app status". */
function asksForSomething(step: string, apps: ReadonlySet<string> | undefined): boolean {
  if (REPORTED.test(step) || NEGATION.test(step)) return false;
  const named = READ_WORD.test(step) || [...CHANGE_PATTERNS.values()].some((re) => re.test(step));
  return named && ([...(apps ?? [])].some((app) => step.includes(app)) || POINTER.test(step));
}

function severalNumberedSteps(t: string, apps: ReadonlySet<string> | undefined): boolean {
  // counted from one, one after the other: "to 3. 2 pods …" is no list
  const steps = [...t.matchAll(STEP_MARK)].filter((m, k) => stepNumber(m) === k + 1);
  if (steps.length < 2) return false;
  const texts = steps.map((m, k) => t.slice((m.index ?? 0) + m[0].length, steps[k + 1]?.index ?? t.length));
  return texts.filter((s) => asksForSomething(s, apps)).length >= 2;
}

/** A change read from numbered steps, as typed (the reader drops a leading "1."), is asked. */
export function withNumberedStepsAsked(
  typed: string,
  reading: Reading,
  apps: ReadonlySet<string> | undefined,
): Reading {
  if (!CHANGE_INTENTS.has(reading.intent) || !severalNumberedSteps(typed.toLowerCase(), apps)) return reading;
  return askedBack(reading);
}
