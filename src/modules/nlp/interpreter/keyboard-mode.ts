import { read } from './reader.js';
import { DICTIONARY_WORDS, ENV_BY_ALIAS, STOP_WORDS } from './lexicon.js';
import { typedInEnglishMode } from './korean.js';
import { INFERRED_INTENT } from './confidence.js';
import type { Reading } from './types.js';

const LATIN_WORD = /[a-z]+(?:-[a-z0-9]+)*/gi;
const HANGUL_SYLLABLES = /^(?:[\uac00-\ud7a3]+|ㄱㄱ|ㅇㅇ|ㄴㄴ)$/;
/** "dnsdudd" = 운영ㅇ: a key pressed once too often after a place — a look-alike the reader asks about. */
const PLACE_AND_A_LETTER = /^([\uac00-\ud7a3]{2,})[\u3131-\u314e]$/;
const isPlaceAndALetter = (ko: string) => ENV_BY_ALIAS.has(PLACE_AND_A_LETTER.exec(ko)?.[1] ?? '');
const HANGUL = /[\uac00-\ud7a3]/;
/** A refusal in the words typed in English mode (하지마, 말고, 안 돼): not one the English words made. */
const KOREAN_REFUSAL = /지\s?마|말고|안\s?돼|하지\s?말/;
/** "김비서, …", "자, …": a Korean word that only addresses someone, before Korean typed in English mode. */
const HANGUL_VOCATIVE = /^[\uac00-\ud7a3]{1,5},\s+/;

/**
 * Korean typed with the keyboard in English mode ("web-app qovhgownj" = "web-app 배포해줘"): words that are
 * not app names (nor, in a Korean sentence, English words) are converted back with es-hangul's
 * convertQwertyToHangul. Only used when the command reads as nothing at all.
 */
export function readWithKeyboardFix(said: string, knownApps?: ReadonlySet<string>): Reading | undefined {
  const command = said.replace(HANGUL_VOCATIVE, '');
  const inKorean = HANGUL.test(command);
  let changed = false;
  let refuses = false;
  const fixed = command.replace(LATIN_WORD, (word) => {
    const lower = word.toLowerCase();
    if (word.length < 2 || word.includes('-') || STOP_WORDS.has(lower) || knownApps?.has(lower)) return word;
    if (inKorean && DICTIONARY_WORDS.has(lower)) return word;
    const ko = typedInEnglishMode(word);
    if (ko === null || !(HANGUL_SYLLABLES.test(ko) || isPlaceAndALetter(ko))) return word;
    changed = true;
    refuses ||= KOREAN_REFUSAL.test(ko);
    return ko;
  });
  if (!changed) return undefined;
  const reading = read(fixed, { knownApps });
  // "wotlwkrgkwlak" = 재시작하지마: a refusal typed in English mode is still a refusal
  if (reading.intent === 'unknown' && !(reading.negated && refuses)) return undefined;
  return { ...reading, confidence: Math.min(reading.confidence, INFERRED_INTENT), language: 'ko' };
}

/** A Latin word the reading did not use and no dictionary explains: perhaps Korean typed in English mode. */
/** Units and measures written in Latin letters ("8000 rps", "p99", "512mb"): no Korean typed in English mode. */
const UNIT = /^(?:rps|tps|qps|ops|ms|kb|mb|gb|tb|cpu|ram|vcpu|p\d{2})$/;

export function hasStrayWord(said: string, reading: Reading, knownApps?: ReadonlySet<string>): boolean {
  const command = said.replace(HANGUL_VOCATIVE, '');
  for (const m of command.toLowerCase().matchAll(LATIN_WORD)) {
    const w = m[0];
    if (w.length < 2 || w.includes('-') || w === reading.entities.app) continue;
    if (STOP_WORDS.has(w) || DICTIONARY_WORDS.has(w) || knownApps?.has(w) || UNIT.test(w)) continue;
    return true;
  }
  return false;
}
