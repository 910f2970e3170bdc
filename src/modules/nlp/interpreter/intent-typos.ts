import { READ_INTENTS } from './intents.js';
import { INTENT_TYPO } from './confidence.js';
import { editDistance } from './korean.js';
import { INTENT_FUZZY, STOP_WORDS } from './lexicon.js';
import { isEnglishWord } from './english.js';
import { CANDIDATE, fuzzyMax, mask } from './reader-patterns.js';
import type { ReadState } from './reader-state.js';
import type { Intent } from './types.js';

/** Chat-ops shorthand for an operation ("del batch-job dev", "rb worker prd"): read, and asked like a typo. */
const SHORTHAND: ReadonlyMap<string, Intent> = new Map([
  ['del', 'delete'],
  ['rb', 'rollback'],
  ['rst', 'restart'],
  ['depl', 'deploy'],
]);

/** Typos of intent words (deplyo, restrat, scael); a read noun ("deploymnt histroy") says what is asked. */
export function readIntentTypo(s: ReadState): void {
  for (const m of s.rest.matchAll(CANDIDATE)) {
    const name = m[1];
    const shorthand = SHORTHAND.get(name);
    if (shorthand && !s.knownApps?.has(name)) {
      s.intent = shorthand;
      s.confidence = INTENT_TYPO;
      s.rest = mask(s.rest, { start: m.index, end: m.index + name.length });
      return;
    }
    const max = fuzzyMax(name.length);
    if (max === 0 || name.includes('-') || STOP_WORDS.has(name) || s.knownApps?.has(name)) continue;
    const typo = INTENT_FUZZY.find(([word]) => editDistance(name, word, max) <= max);
    if (!typo) continue;
    // a word of its own is said as itself ("Deflate." is no delete); "restarted", "deleted" are the word inflected
    if (isEnglishWord(name) && !name.startsWith(typo[0].slice(0, -1))) continue;
    if (s.intent === 'unknown' || READ_INTENTS.has(typo[1])) {
      s.intent = typo[1];
      s.confidence = INTENT_TYPO;
      s.rest = mask(s.rest, { start: m.index, end: m.index + name.length });
      if (READ_INTENTS.has(typo[1])) break;
    }
  }
}
