import { ENGLISH_WORDS } from './data/english-words.js';

let dictionary: ReadonlySet<string> | undefined;
const words = (): ReadonlySet<string> => (dictionary ??= new Set(ENGLISH_WORDS.split(' ')));

const PREFIXED = /^(?:mis|re|un|over|under|pre|dis|de)(?=[a-z]{4,}$)/;

/**
 * An ordinary English word (SCOWL size 35, two letters or more), or one of them behind a common prefix that the
 * list leaves out ("miscalculated", "mistyped", "reconfigured").
 */
export const isEnglishWord = (word: string): boolean =>
  words().has(word) || (PREFIXED.test(word) && words().has(word.replace(PREFIXED, '')));
