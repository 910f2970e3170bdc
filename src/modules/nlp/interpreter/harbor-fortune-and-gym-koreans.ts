/**
 * Korean as rounds 60–61's voices write it, in the standard forms the rules read: a fishing-boat captain and a
 * skipper ("닻 올려!" = go ahead, "회항해" = turn back = no), a fortune teller ("괘가 길하다, 해요" = it bodes well, do it;
 * "흉하다, 덮어" = ill-omened, drop it = no), a personal trainer ("회원님", "오운완" are colour), a subway driver and a
 * pansori singer ("얼쑤" = yes, "그 대목은 빼자" = no, "소리 들어 보세" = let us hear how it sounds = the status).
 */
export const MAY_HAVE_HARBOR_FORTUNE_OR_GYM =
  /닻|회항|길하|길해|흉하|회원님|오운완|시뮬레이터|얼쑤|대목|소리|출발\s?총|페이스/;

export const HARBOR_FORTUNE_AND_GYM: ReadonlyArray<readonly [RegExp, string]> = [
  // the captain's yes and no
  [/닻\s?(?:을\s?)?올려(?:라)?/g, '진행해'],
  [/회항(?:해|하라|한다|합니다|해요)/g, '취소해'],
  // the fortune teller's omens: a good one is colour before the yes, a bad one and "덮어" refuse
  [/(?:괘가\s?)?길하(?:다|네|네요|구나)(?:\s?길해)?[!.,]?/g, ''],
  [/(?:괘가\s?)?흉하(?:다|네|네요|구나)[!.,]?\s?덮어(?:요|라)?/g, '취소해요'],
  // the trainer's colour
  [/(?<=^|\s)회원님[,!~]?(?=\s|$)|오운완[!~]*/g, ''],
  // a running-crew pacer: the starting gun is the go, the pace is how it runs
  [/출발\s?총\s?(?:쏴|쏜다|쏩니다)(?:라|요)?[!.]?/g, '진행해!'],
  [/페이스(?=\s?(?:어때|어떠|봐|좀|확인|체크))/g, '상태'],
  // the pansori singer
  [/(?<=^|\s)얼쑤[!.,~]*/g, '진행해'],
  [/그\s?대목은\s?빼(?:자|세|시게|거라)[!.,~]*/g, '취소해'],
  [/소리(?:만|를|도)?\s?(?:좀\s?)?들어\s?보(?:세|자|시게|거라|아라)/g, '상태 보여줘'],
  // "운영시뮬레이터": production's simulator — a copy
  [/(?<=운영\s?)시뮬레이터/g, '모의'],
];

export const HARBOR_FORTUNE_OR_GYM = [MAY_HAVE_HARBOR_FORTUNE_OR_GYM, HARBOR_FORTUNE_AND_GYM] as const;
