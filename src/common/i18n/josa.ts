import { josa } from 'es-hangul';

const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/;

/** Whether a Latin/digit word is read with a final consonant in Korean (web-app → 앱 → 을, v1 → 일 → 로). */
function latinHasBatchim(word: string): boolean {
  const last = word
    .replace(/[^a-z0-9]/gi, '')
    .slice(-1)
    .toLowerCase();
  if (!last) return false;
  if (/[0-9]/.test(last)) return '0136780'.includes(last);
  return 'lmnbpg'.includes(last);
}

/** Whether the final consonant is ㄹ, which takes 로 rather than 으로 (v1 → 일로, mobile → 로). */
function latinEndsInRieul(word: string): boolean {
  const last = word
    .replace(/[^a-z0-9]/gi, '')
    .slice(-1)
    .toLowerCase();
  return last === 'l' || '178'.includes(last);
}

export type JosaPair = '을/를' | '이/가' | '은/는' | '으로/로' | '와/과' | '이에요/예요' | '이라/라';

/**
 * Word + the particle its final sound takes: es-hangul's `josa` for Hangul (롤백은, 스케일로, 배포는), the
 * Korean reading of the last letter or digit for Latin names and numbers (web-app을, api를, v1로, 3으로).
 * Quotes and brackets after the word are looked through ('web-app'을).
 */
export function withJosa(word: string, pair: JosaPair): string {
  const core = word.replace(/['"’”)\]]+$/u, '');
  if (HANGUL_SYLLABLE.test(core.slice(-1))) {
    const particle = josa.pick(core, pair);
    return word + particle;
  }
  const [withBatchim, withoutBatchim] = pair.split('/');
  const batchim = latinHasBatchim(core);
  if (pair === '으로/로') return word + (batchim && !latinEndsInRieul(core) ? withBatchim : withoutBatchim);
  // 와/과 is the other way round: 과 after a final consonant
  if (pair === '와/과') return word + (batchim ? '과' : '와');
  return word + (batchim ? withBatchim : withoutBatchim);
}
