import { editDistance, jamo } from './korean.js';
import { ENV_BY_ALIAS } from './lexicon.js';
import { HANGUL_RUN, mask } from './reader-patterns.js';
import type { ReadState } from './reader-state.js';
import type { NlpEnvironment } from './types.js';

/** "프로 덕션", "운 영", "프로덕 션": production split by a dictation's spaces — production, asked about as a look-alike. */
const SPLIT_PRODUCTION = /프\s?로\s?덕\s?션|(?<![가-힣])운\s영(?![가-힣])/;

/**
 * "스태이징", "스테 이징", "개 발": a staging word one letter off, or an environment word split by a space. Taken as
 * that environment (neither is production, whose look-alikes are asked about instead).
 */
export function readKoreanEnvironmentSlip(s: ReadState): void {
  const split = SPLIT_PRODUCTION.exec(s.rest);
  if (split && /\s/.test(split[0])) {
    s.envHits.push({ env: 'production', start: split.index, end: split.index + split[0].length });
    s.fuzzy.push('environment');
    s.rest = mask(s.rest, s.envHits[0]);
    return;
  }
  for (const [env, alias, spaced] of KOREAN_SAFE_ENV_WORDS) {
    const split = spaced.exec(s.rest);
    if (split && split[0] !== alias) {
      s.envHits.push({ env, start: split.index, end: split.index + split[0].length });
      s.rest = mask(s.rest, s.envHits[0]);
      return;
    }
    // a two-syllable word one letter off is too often another word (개별, 개방)
    if (alias.length < 3) continue;
    for (const run of s.rest.matchAll(HANGUL_RUN)) {
      for (let k = 0; k + alias.length <= run[0].length; k++) {
        const window = run[0].slice(k, k + alias.length);
        if (window !== alias && editDistance(jamo(window), jamo(alias), 1) <= 1) {
          const start = run.index + k;
          s.envHits.push({ env, start, end: start + alias.length });
          s.rest = mask(s.rest, s.envHits[0]);
          return;
        }
      }
    }
  }
}
const KOREAN_SAFE_ENV_WORDS = (['스테이징', '개발'] as const).map(
  (alias) => [ENV_BY_ALIAS.get(alias) as NlpEnvironment, alias, new RegExp([...alias].join('\\s?'))] as const,
);
