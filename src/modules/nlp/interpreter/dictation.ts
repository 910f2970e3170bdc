/**
 * What a speech-to-text leaves in a message (blind round 124), written as it was meant: versions said aloud ("one
 * point two point three", "이 점 영 점 영", "v 2.3" → 1.2.3, 2.0.0, v2.3 — so a deploy takes the release asked for
 * instead of redeploying what runs), operation verbs split or misheard ("re start", "de ploy", "role back"), and this
 * service's own wake word ("hey klepaas, …", "클레파스야 …"), which addresses no colleague.
 */
const EN_DIGITS: Readonly<Record<string, string>> = {
  zero: '0',
  oh: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
};
const KO_DIGITS: Readonly<Record<string, string>> = {
  영: '0',
  공: '0',
  일: '1',
  이: '2',
  삼: '3',
  사: '4',
  오: '5',
  육: '6',
  칠: '7',
  팔: '8',
  구: '9',
  십: '10',
};
const EN = `(${Object.keys(EN_DIGITS).join('|')}|\\d+)`;
const KO = `([${Object.keys(KO_DIGITS)
  .filter((k) => k.length === 1)
  .join('')}]|\\d+)`;
/** "two point nine", "one point two point three" (English numbers joined by "point"). */
const SPOKEN_EN = new RegExp(`(?<![a-z])${EN}\\s+point\\s+${EN}(?:\\s+point\\s+${EN})?(?![a-z])`, 'gi');
/** A particle after a version said aloud ("일 점 팔 점 영으로 롤백"). */
const KO_PARTICLE = '(?:으로|로|을|를|은|는|이|가|에|의|까지|버전)';
/** "삼 점 일 점 영" — three parts: a Korean "이 점" alone is "this point". */
const SPOKEN_KO = new RegExp(
  `(?<![가-힣])${KO}\\s?점\\s?${KO}\\s?점\\s?${KO}(?=$|[^가-힣]|${KO_PARTICLE})`,
  'g',
);
/** "v 2.3", "브이 2.0.3" (a spoken v): the v goes on the version. */
const V_APART = /(?<![a-z가-힣])([vV]|브이)\s(\d+(?:\.\d+)+)(?![\d.])/g;
/** "영 쩜 구" — 쩜 is only ever a dot, so two parts are a version too. */
const SPOKEN_KO_DOT = new RegExp(`(?<![가-힣])${KO}\\s?쩜\\s?${KO}(?:\\s?쩜\\s?${KO})?(?![가-힣])`, 'g');
const MAYBE_SPOKEN = /point|점|쩜|[vV]\s\d|브이\s\d/;
/** Punctuation said aloud and written out by dictation ("… comma …", "… full stop", "… 물음표"). */
const SPOKEN_PUNCTUATION: readonly (readonly [RegExp, string])[] = [
  [/\s+(?:comma|쉼표)(?=\s)/gi, ','],
  [/\s+(?:full\s+stop|period|마침표)\s*$/gi, '.'],
  [/\s+(?:full\s+stop|마침표)(?=\s)/gi, '.'],
  [/\s+(?:question\s+mark|물음표)\s*$/gi, '?'],
  // "… from dev question mark yaar": a word of address after it
  [/\s+(?:question\s+mark|물음표)(?=\s+[a-z가-힣]+[\s.!]*$)/gi, '?'],
  [/\s+(?:exclamation\s+(?:mark|point)|느낌표)\s*$/gi, '!'],
];
const MAYBE_PUNCTUATION_SAID =
  /comma|full\s+stop|period|question\s+mark|exclamation|쉼표|마침표|물음표|느낌표/i;
const SPLIT_VERBS: readonly (readonly [RegExp, string])[] = [
  [/(?<![a-z])re\s+start(?![a-z])/gi, 'restart'],
  [/(?<![a-z])de\s+ploy(?![a-z])/gi, 'deploy'],
  [/(?<![a-z])role\s+back(?![a-z])/gi, 'roll back'],
];
const MAYBE_SPLIT = /(?<![a-z])(?:re|de|role)\s/i;
const WAKE_WORD =
  /^\s*(?:(?:hey|ok|okay|hi|yo|헤이|오케이)[\s,]+)?(?:klepaas|k-le-paas|클레파스)(?:야|아)?(?:[\s,:!]+|$)/i;

const digitOf = (word: string, table: Readonly<Record<string, string>>): string =>
  table[word.toLowerCase()] ?? word;

export function asDictationMeant(said: string): string {
  const text = MAYBE_SPLIT.test(said)
    ? SPLIT_VERBS.reduce((t, [re, verb]) => t.replace(re, verb), said.replace(WAKE_WORD, ''))
    : said.replace(WAKE_WORD, '');
  const punctuated = MAYBE_PUNCTUATION_SAID.test(text)
    ? SPOKEN_PUNCTUATION.reduce((t, [re, mark]) => t.replace(re, mark), text)
    : text;
  if (!MAYBE_SPOKEN.test(punctuated)) return punctuated;
  return punctuated
    .replace(SPOKEN_EN, (_, a: string, b: string, c?: string) =>
      [a, b, c]
        .filter((p) => p !== undefined)
        .map((p) => digitOf(p, EN_DIGITS))
        .join('.'),
    )
    .replace(SPOKEN_KO, (_, a: string, b: string, c: string) =>
      [a, b, c].map((p) => digitOf(p, KO_DIGITS)).join('.'),
    )
    .replace(SPOKEN_KO_DOT, (_, a: string, b: string, c?: string) =>
      [a, b, c]
        .filter((p) => p !== undefined)
        .map((p) => digitOf(p, KO_DIGITS))
        .join('.'),
    )
    .replace(V_APART, (_, v: string, version: string) => `${v === '브이' ? 'v' : v}${version}`);
}
