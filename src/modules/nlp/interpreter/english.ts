import { ENGLISH_WORDS } from './data/english-words.js';

let dictionary: ReadonlySet<string> | undefined;
const words = (): ReadonlySet<string> => (dictionary ??= new Set(ENGLISH_WORDS.split(' ')));

/** An ordinary English word (SCOWL size 35, two letters or more). */
export const isEnglishWord = (word: string): boolean => words().has(word);
