import { disassemble } from 'es-hangul';

/** The 두벌식 keyboard, a row of keys per string (a shifted double letter sits on its single's key). */
const ROWS = ['ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔ', 'ㅁㄴㅇㄹㅎㅗㅓㅏㅣ', 'ㅋㅌㅊㅍㅠㅜㅡ'];
const SHIFTED: Readonly<Record<string, string>> = {
  ㅃ: 'ㅂ',
  ㅉ: 'ㅈ',
  ㄸ: 'ㄷ',
  ㄲ: 'ㄱ',
  ㅆ: 'ㅅ',
  ㅒ: 'ㅐ',
  ㅖ: 'ㅔ',
};
const KEY = new Map<string, readonly [number, number]>(
  ROWS.flatMap((row, r) => [...row].map((letter, c) => [letter, [r, c]] as const)),
);

/** Two keys side by side, or touching across rows (the rows are staggered: a key sits above-right of the next row's). */
function touching(a: string, b: string): boolean {
  const [x, y] = [KEY.get(SHIFTED[a] ?? a), KEY.get(SHIFTED[b] ?? b)];
  if (!x || !y) return false;
  const [rows, columns] = [y[0] - x[0], y[1] - x[1]];
  if (rows === 0) return Math.abs(columns) === 1;
  if (rows === 1) return columns === 0 || columns === -1;
  if (rows === -1) return columns === 0 || columns === 1;
  return false;
}

/**
 * 운욘 for 운영: two letters of the word each typed with the key beside it (ㅕ → ㅛ, ㅇ → ㄴ), the rest of the word
 * as it is — one syllable at least untouched, or each syllable one key off (은엉: ㅜ → ㅡ, ㅕ → ㅓ).
 */
export function twoKeysOff(typed: string, word: string): boolean {
  if (typed.length !== word.length) return false;
  let off = 0;
  let untouched = 0;
  let twiceInOne = false;
  for (let k = 0; k < word.length; k++) {
    if (typed[k] === word[k]) {
      untouched++;
      continue;
    }
    const [a, b] = [disassemble(typed[k]), disassemble(word[k])];
    if (a.length !== b.length) return false;
    let here = 0;
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) continue;
      if (!touching(a[i], b[i])) return false;
      here++;
    }
    off += here;
    twiceInOne ||= here > 1;
  }
  return off === 2 && (untouched > 0 || !twiceInOne);
}
