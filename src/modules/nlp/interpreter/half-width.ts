const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;
const FULL_WIDTH_ALL = /[\uFF01-\uFF5E\u3000]/g;

/**
 * Full-width Latin letters, digits and punctuation — a Japanese or Chinese keyboard's "ｐｒｏｄ", "１００", "？" — as the
 * ASCII they stand for, so a question mark asks and a count counts whatever keyboard typed it. Hangul compatibility
 * jamo ("ㄱㄱ", "ㅇㅇ") are left as they are (NFKC would turn them into conjoining jamo).
 */
export function asHalfWidth(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH_ALL, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}
