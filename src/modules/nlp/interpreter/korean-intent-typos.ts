import { INFERRED_INTENT } from './confidence.js';
import { editDistance, jamo } from './korean.js';
import { CHANGE_INTENTS } from './intents.js';
import { INTENT_FUZZY_KO } from './lexicon.js';
import { HANGUL_RUN, NOT_A_TYPO_KO } from './reader-patterns.js';
import type { ReadState } from './reader-state.js';

/** Korean typo tolerance (jamo level) when no intent was found: 롤뱍 → 롤백, 제시작 → 재시작. */
export function readKoreanIntentTypo(s: ReadState): void {
  if (s.language === 'ko' && !s.outOfDomain && CHANGE_INTENTS.has(s.intent)) orderedByTypo(s);
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

/** A change word typed a jamo off and closed by an order ("제시작해줘"), with its request ending. */
const TYPED_ORDER = /([가-힣]{2,4})\s?(?:해\s?줘|해\s?주세요|해\s?줄래|해요|해)(?![가-힣])/g;

/**
 * "worker 제시작해줘 어제 배포하고 채팅이 이상해": the order is the mistyped restart, not the deploy the remark after it
 * names — read as that operation, as the typo alone is ("제시작해줘"), with a typo's confidence.
 */
function orderedByTypo(s: ReadState): void {
  for (const m of s.rest.matchAll(TYPED_ORDER)) {
    const word = m[1];
    const typo = INTENT_FUZZY_KO.find(
      ([kw, name]) =>
        name !== s.intent &&
        CHANGE_INTENTS.has(name) &&
        kw.length === word.length &&
        word !== kw &&
        !NOT_A_TYPO_KO.has(word) &&
        editDistance(jamo(word), jamo(kw), 1) <= 1,
    );
    if (typo) {
      s.intent = typo[1];
      s.confidence = INFERRED_INTENT;
      return;
    }
  }
}
