/** A Chinese character (CJK unified ideographs). */
export const HAN = /[\u4e00-\u9fff]/;
const HAN_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
/** "十二" → 12, "三十" → 30, "一百" → 100: a Chinese count up to 999. */
function hanNumber(word: string): string {
  let total = 0;
  let digit = 0;
  for (const c of word) {
    if (c === '百' || c === '十') {
      total += (digit || 1) * (c === '百' ? 100 : 10);
      digit = 0;
    } else digit = HAN_DIGITS[c] ?? 0;
  }
  return String(total + digit);
}
/**
 * A Korean-Chinese operator's Chinese words between the Korean ones: yes, no, wait, quickly, when, and counts in
 * Chinese numerals. (The Chinese words for production are left as they are: asked about as look-alikes.)
 */
const CHINESE: ReadonlyArray<readonly [RegExp, string | ((word: string) => string)]> = [
  [/没问题|沒問題|好的/g, 'ok'],
  [/不要(?:[\s,，]*不要)*/g, 'no'],
  [/等一下|等等/g, 'wait'],
  [/快点|快點|赶快|趕快|快快/g, 'quickly'],
  [/明天/g, 'tomorrow'],
  [/现在|現在|马上|馬上/g, 'now'],
  [/谢谢|謝謝/g, 'thanks'],
  [/[一二两三四五六七八九十百]+(?=\s?(?:개|대|pods?|replicas?|줄|lines?)(?![a-z]))/g, hanNumber],
];

/** The Chinese words of CHINESE in the English or Korean ones they stand for. */
export function withoutChineseWords(text: string): string {
  let t = text;
  for (const [word, standard] of CHINESE)
    t = typeof standard === 'string' ? t.replace(word, standard) : t.replace(word, standard);
  return t;
}
