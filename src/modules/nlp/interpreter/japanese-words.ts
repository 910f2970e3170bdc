/**
 * A few Japanese words in a Korean or English message (blind round 136c, an engineer who writes Korean with Japanese
 * interjections): "はい、진행해 주세요", "いや、やめます。취소해 주세요", "だいじょうぶですね。이제 운영에도 해 주세요" — read as
 * the Korean said beside them; fillers ("うーん", "えっと") are nothing. Japanese full stops and commas are punctuation.
 */
const KANA_OR_MARK = /[\u3040-\u30ff。、]/;
const JAPANESE_AS_KOREAN: readonly (readonly [RegExp, string])[] = [
  [/(?:うーん|ううん(?=、)|えっと|ええと|あのー?|えー)[、,]?\s*/g, ''],
  [/やめ(?:ます|ましょう|よう|て(?:ください)?)|キャンセル(?:して(?:ください)?)?/g, '취소'],
  [/(?:だいじょうぶ|大丈夫)(?:です)?(?:ね|よ)?/g, '괜찮네요'],
  [/ちょっと\s?待って(?:ください)?|待って(?:ください)?/g, '잠깐만요'],
  [/(?:お願い|おねがい)(?:します)?/g, '부탁합니다'],
  [/ありがとう(?:ございます)?/g, '고마워요'],
  [/すみません|ごめん(?:なさい)?/g, '죄송해요'],
  [/じゃあ|では/g, '그럼'],
  [/はい|ええ(?=[、,。\s])|うん(?=[、,。\s])/g, '네'],
  [/いいえ|いや/g, '아니'],
  [/。\s*/g, '. '],
  [/、\s*/g, ', '],
];

export function withJapaneseAsKorean(text: string): string {
  if (!KANA_OR_MARK.test(text)) return text;
  let t = text;
  for (const [japanese, korean] of JAPANESE_AS_KOREAN) t = t.replace(japanese, korean);
  return t;
}
