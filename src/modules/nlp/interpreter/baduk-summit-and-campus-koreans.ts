/**
 * Korean as rounds 58–59's voices write it, in the standard forms the rules read: a baduk (Go) player and commentator
 * ("착수하세요" = go ahead, "돌 던집니다" = I resign = no, "형세 판단" = the status, "그 대마" = that one, "같은 수를 두세요" =
 * the same, "초읽기입니다" = no time left), a mountain guide shouting ("출발!" = go, "점호!" = roll call = the status,
 * "이상 없나!" = all well?) and a panicked teaching assistant ("네네 빨리요" = yes, "스톱스톱" = stop, "spsp" = 네네 typed
 * in English mode).
 */
export const MAY_HAVE_BADUK_SUMMIT_OR_CAMPUS =
  /착수|돌\s?던|형세|대마|같은\s?수|초읽기|장고|수순|출발|점호|이상\s?없|확보\s?완료|로프|빨리요|스톱스톱|spsp/;

export const BADUK_SUMMIT_AND_CAMPUS: ReadonlyArray<readonly [RegExp, string]> = [
  // the baduk player's yes and no, and the board's words for the status and for "that one"
  [/(?:이제\s?)?착수(?=\s?(?:하세요|해\s?주세요|합시다|하시죠))/g, '진행'],
  [/돌\s?던(?:집니다|지겠습니다|져요)[.!]?/g, '취소합니다.'],
  [/형세(?:\s?판단)?/g, '상태'],
  [/그\s?대마/g, '그거'],
  [/같은\s?수(?:를)?\s?두(?:세요|시죠|죠|십시오)/g, '똑같이 해 주세요'],
  [/같은\s?수(?:를)?\s?두겠습니다/g, '똑같이 하겠습니다'],
  [/(?<=^|[.,!]\s?)(?:장고\s?끝났습니다|초읽기(?:입니다|에\s?몰렸습니다))[.!]?/g, ''],
  [/(?<=[.,!]\s?)(?:초읽기(?:입니다|에\s?몰렸습니다)|그게\s?수순입니다|덤은\s?없습니다)[.!]?/g, ''],
  // the mountain guide: "출발!" (go), "점호!" (roll call: how is it), "확보 완료!" (secured), "로프 걸어!" (colour)
  [/(?<=^\s*|[.,!]\s*)(?:확보\s?완료|로프\s?걸어)!?/g, ''],
  [/(?<=^\s*|[.,!]\s*)출발!/g, '진행해!'],
  [/점호!?/g, '상태 확인'],
  [/이상\s?없나!?/g, '괜찮아?'],
  // the teaching assistant
  [/빨리요/g, '빨리'],
  [/(?:스톱){2,}/g, '스톱'],
  [/(?<![a-z])spsp(?![a-z])/g, '네네'],
];

export const BADUK_SUMMIT_OR_CAMPUS = [MAY_HAVE_BADUK_SUMMIT_OR_CAMPUS, BADUK_SUMMIT_AND_CAMPUS] as const;
