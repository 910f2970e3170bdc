/** Learned corrections (feedback): the rule whose phrase a reading's residue matches, exactly or within a typo. */
import { CLEAR_READING } from './confidence.js';
import { editDistance, jamo } from './korean.js';
import type { LearnedRule, Reading } from './types.js';

/** A learned phrase still matches with up to a quarter of its jamo changed (a typo or a particle). */
const RULE_KEY_TYPO_SHARE = 0.25;

function keyDistance(a: string, b: string): number {
  const ja = jamo(a);
  const jb = jamo(b);
  return editDistance(ja, jb, Math.max(1, Math.floor(Math.max(ja.length, jb.length) * RULE_KEY_TYPO_SHARE)));
}

/** The learned rule that applies to a reading: same residue, or (when the reader had no idea) a close one. */
export function matchRule(
  reading: Reading,
  rules: readonly LearnedRule[] | undefined,
): LearnedRule | undefined {
  if (!rules || rules.length === 0 || reading.key.length < 2) return undefined;
  const exact = rules.find((r) => r.key === reading.key);
  if (exact) return exact;
  let best: LearnedRule | undefined;
  let bestD = Infinity;
  for (const r of rules) {
    if (r.key.length < 2) continue;
    const limit = Math.max(
      1,
      Math.floor(Math.max(jamo(r.key).length, jamo(reading.key).length) * RULE_KEY_TYPO_SHARE),
    );
    const d = keyDistance(r.key, reading.key);
    if (d <= limit && d < bestD) {
      best = r;
      bestD = d;
    }
  }
  // a close (not identical) phrase only overrides a reading that is unsure or fuzzy
  if (
    best &&
    (reading.intent === 'unknown' || reading.confidence < CLEAR_READING || reading.intent === best.intent)
  )
    return best;
  return undefined;
}
