import { HAS_CLAUSE_MARK, withClauseAtOtherTopic } from './others-refused.js';
import { judgeChange, type ChangeVerdict } from './safety.js';
import { CHANGE_PATTERNS, HAS_NUMBER, NEGATION, PAST, PAST_TIME } from './safety-words.js';
import type { Intent } from './types.js';

/*
 * Which change a sentence orders when another change's word comes before this one's: "배포하고 재시작해" orders the
 * first, "Restart X on production, rollback yesterday not the problem" the restart (the rollback is only a remark).
 */

/** Another change whose word comes before `intent`'s and which the sentence orders, if any. */
export function orderedBefore(
  intent: Intent,
  t: string,
  names: ReadonlySet<string> = new Set(),
): { intent: Intent; verdict: ChangeVerdict } | undefined {
  const own = CHANGE_PATTERNS.get(intent)?.exec(t);
  if (!own) return undefined;
  for (const [other, re] of CHANGE_PATTERNS) {
    const at = other === intent ? undefined : re.exec(t);
    if (!at || at.index >= own.index) continue;
    const verdict = judgeChange(other, t, {}, names);
    if (verdict.kind === 'order') return { intent: other, verdict };
  }
  return undefined;
}

/** "rollback yesterday not the problem", "롤백은 소용이 없었다": the later operation word in a remark, not an order. */
const NOT_SAID_AS_ORDER =
  /(?<![a-z])(?:not|no|n't)(?![a-z])|아니|안\s|않|소용\s?없|[었았였했됐](?=다|어|습|느|니|지|는|고|음|[\s.,!?]|$)|끝난\s?일/;

/** "…. The rollback at 0400Z is confirmed good.": the operation the subject of a statement, not an order. */
const OPERATION_AS_SUBJECT =
  /^\s*(?:(?:and|but|so)\s+)?(?:the|that|this|our|last|yesterday's)\s+(?:[a-z0-9-]+\s+)?(?:rollback|roll-back|deploy(?:ment)?|release|restart|scale-?(?:up|down)?)(?:'s|\s+(?:\S+\s+){0,3}?(?:is|was|were|are|looks?|looked|went|seems?|has|had))(?![a-z])/;
/** Where one clause ends and the next begins: a comma, a full stop, a semicolon, an ellipsis, a dash. */
const CLAUSE_BREAK = /[,.;!?…]\s|[,;…]|\s[-–—]\s/;

/**
 * `intent`'s word sits in a remark (negated, in the past, at a past time) after another change's clause:
 * that change when its own clause orders it — "Restart X on production, rollback yesterday not the problem" —
 * and null when its clause only asks about it (never the remark's operation); undefined otherwise.
 */
export function orderedBeforeRemark(
  intent: Intent,
  t: string,
  names: ReadonlySet<string> = new Set(),
): { intent: Intent; verdict: ChangeVerdict } | null | undefined {
  t = withClauseAtOtherTopic(t);
  if (!HAS_CLAUSE_MARK.test(t)) return undefined;
  const own = CHANGE_PATTERNS.get(intent)?.exec(t);
  // no clause ends before this operation's word (most commands): no earlier clause to order anything
  const clauseStart = own ? Math.max(...[...',.;!?…'].map((c) => t.lastIndexOf(c, own.index))) + 1 : 0;
  if (!own || clauseStart === 0) return undefined;
  // the remark from the start of its clause: "…, no rollback needed"
  const later = t.slice(clauseStart);
  const remark =
    NOT_SAID_AS_ORDER.test(later) ||
    NEGATION.test(later) ||
    PAST.test(later) ||
    PAST_TIME.test(later) ||
    OPERATION_AS_SUBJECT.test(later);
  if (!remark) return undefined;
  for (const [other, re] of CHANGE_PATTERNS) {
    const at = other === intent ? null : re.exec(t);
    const end = at ? at.index + at[0].length : Infinity;
    const gap = end <= own.index ? CLAUSE_BREAK.exec(t.slice(end, own.index)) : null;
    if (!gap) continue;
    const verdict = judgeChange(other, t.slice(0, end + gap.index), {}, names);
    if (verdict.kind === 'order') return { intent: other, verdict };
    if (verdict.kind === 'ask') return null;
  }
  // "payment-svc on staging to 4, the rollback is over": the count said before the remark is the order
  const before = t.slice(0, clauseStart - 1);
  const counted = HAS_NUMBER.test(before) ? judgeChange('scale', before, {}, names) : undefined;
  if (counted?.kind === 'order') return { intent: 'scale', verdict: counted };
  return OPERATION_AS_SUBJECT.test(later) ? null : undefined;
}
