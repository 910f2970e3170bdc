import { assemble } from 'es-hangul';

/* Words as they were typed, before anything reads them (blind rounds 161c, 164). */

/**
 * "ㄹㅗㄹㅂㅐㄱ해 주세요", "ㅅㅡㅌㅔㅇㅣㅈㅣㅇ": a word spelled out in loose letters, read as its syllables (round 164) —
 * not production's (a look-alike, asked) nor a run of consonants ("ㅋㅋㅋ", "ㅇㅇ") or vowels ("ㅠㅠ").
 */
const SPELLED_IN_JAMO = /[ㄱ-ㅎ][ㅏ-ㅣ][ㄱ-ㅣ]{2,}/g;
function inSyllables(run: string): string {
  const word = assemble([...run]);
  return /^[가-힣]+$/.test(word) && !/운영|프로덕션|상용/.test(word) ? word : run;
}
/** "운 영에 …": production with a stray space inside, as typed with two fingers (round 164). */
const SPACED_PRODUCTION = /(?<![가-힣])운\s영(?=[에은는이의도으]|\s|$)/g;

/** "리비전 22요, 아 아니 21로": a revision corrected to a bare number — the number meant, with its word. */
export const REVISION_CORRECTED_IN_PLACE =
  /(revision|rev|리비전)\s?\d+\s?(?:요|이요|번)?\s*[.,—–-]*\s*(?:아\s?)?(?:no|nope|wait|sorry|i\s+mean|아니|아니다)\s*[,.]?\s+(?=\d+(?![\d.]))/g;

/** Production's stray space closed and loose letters read as syllables. */
export const asTypedMeant = (text: string): string =>
  text.replace(SPACED_PRODUCTION, '운영').replace(SPELLED_IN_JAMO, inSyllables);
