import { INFERRED_INTENT } from './confidence.js';
import { editDistance, jamo } from './korean.js';
import { INTENT_FUZZY_KO } from './lexicon.js';
import { HANGUL_RUN, NOT_A_TYPO_KO } from './reader-patterns.js';
import type { ReadState } from './reader-state.js';

/** Korean typo tolerance (jamo level) when no intent was found: 롤뱍 → 롤백, 제시작 → 재시작. */
export function readKoreanIntentTypo(s: ReadState): void {
  if (s.intent !== 'unknown' || s.language !== 'ko' || s.outOfDomain) return;
  for (const run of s.rest.matchAll(HANGUL_RUN)) {
    const word = run[0];
    for (const [kw, name] of INTENT_FUZZY_KO) {
      for (let i = 0; i + kw.length <= word.length; i++) {
        const win = word.slice(i, i + kw.length);
        if (NOT_A_TYPO_KO.has(win)) continue;
        if (win !== kw && editDistance(jamo(win), jamo(kw), 1) <= 1 && !/[해줘]/.test(win.slice(-1))) {
          s.intent = name;
          s.confidence = INFERRED_INTENT;
          return;
        }
      }
    }
  }
  // a syllable typed apart into lone jamo ("재시ㅏㄱ": 재시작 with its ㅈ dropped), the word as a whole
  for (const run of s.rest.matchAll(WORD_WITH_LONE_JAMO)) {
    const typed = jamo(run[0]);
    const hit = INTENT_FUZZY_KO.find(([kw]) => kw.length >= 3 && editDistance(typed, jamo(kw), 1) <= 1);
    if (hit) {
      s.intent = hit[1];
      s.confidence = INFERRED_INTENT;
      return;
    }
  }
}
const WORD_WITH_LONE_JAMO = /[가-힣]+[ㄱ-ㅣ]+[가-힣ㄱ-ㅣ]*/g;
