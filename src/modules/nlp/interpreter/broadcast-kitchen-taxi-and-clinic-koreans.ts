/**
 * Korean as rounds 56–57's voices write it, in the standard forms the rules read: a sports commentator ("재시작
 * 가시죠", "배포는 지금 바로 가셔야 합니다", "해설 좀 해 주세요"), a home-shopping host ("놓치지 마세요", "마감 임박!"), a
 * TV chef ("올려 주시면 됩니다, 참 쉽죠?", "줄여 봐요") and a taxi driver ("올리쇼", "보여 주쇼", "재시작합시다", "손님",
 * "아이고"); a rapper's yes ("드랍 더 비트") and a weather caster's ("쾌청, 진행하세요"); a kindergarten teacher ("옳지", "X
 * 친구" = X) and a doctor ("재시작 처방합니다", "9개로 증량하세요", "바이탈 체크", "처방대로 진행하세요").
 */

const MAY_HAVE_BROADCAST_KITCHEN_OR_TAXI =
  /놓치지|임박|가시죠|가셔야|주시죠|쉽죠|쇼(?=[\s.,!~]|$)|손님|아이고|합시다|해설|사태|쾌청|흐림|드랍\s?더\s?비트|봐요|옳지|친구|처방|증량|감량|바이탈|투약|경과\s?관찰|절제|소생|환자/;

/** The stem a 하오체 "-쇼" or a "-봐요" stands on, as the 해요체 request says it (올리쇼 → 올려 줘). */
const REQUEST_STEM: Readonly<Record<string, string>> = {
  하: '해',
  리: '려',
  우: '워',
  이: '여',
  키: '켜',
  추: '춰',
};

const BROADCAST_KITCHEN_AND_TAXI: ReadonlyArray<
  readonly [RegExp, string | ((m: string, ...g: string[]) => string)]
> = [
  // the host's and the caster's colour: no part of the order ("놓치지 마세요" refuses nothing)
  [/놓치지\s?마세요[!.,~]*/g, ''],
  [/(?:마감|매진)\s?임박[!.,~]*/g, ''],
  [/(?<=^|\s)(?:아이고|쾌청|흐림)[!.,~]*(?=\s|$)/g, ''],
  [/(?<=^|\s)손님(?=\s*[,.!~]|\s*$)/g, ''],
  [/(?<=^|\s|[,.!])참\s?쉽죠\s?\?/g, ''],
  // the commentator's "재시작 가시죠", "배포는 지금 바로 가셔야 합니다": the request
  [
    /(?<=(?:배포|재시작|재기동|롤백|삭제|스케일|원복)(?:은|는|도)?\s(?:[가-힣]+\s){0,3}?)가(?:시죠|셔야\s?(?:합니다|해요|됩니다|돼요))(?=[\s.,!~]|$)/g,
    '해 주세요',
  ],
  [
    /(?<=(?:배포|재시작|재기동|롤백|삭제|스케일|원복)\s?)가(?:시죠|셔야\s?(?:합니다|해요|됩니다|돼요))(?=[\s.,!~]|$)/g,
    '해 주세요',
  ],
  [/주시죠(?=[\s.,!~]|$)/g, '주세요'],
  // the driver's 하오체: "올리쇼" (올려 줘), "보여 주쇼" (보여 줘), "재시작합시다" (let us: the order)
  [/(?<=[가-힣\s])주쇼(?=[\s.,!~]|$)/g, '줘'],
  [/(?<=[가-힣])([하리우이키추])쇼(?=[\s.,!~]|$)/g, (_m, stem: string) => `${REQUEST_STEM[stem]} 줘`],
  [/(?<=(?:배포|재시작|재기동|롤백|삭제|스케일|원복|증설|축소)\s?)합시다(?=[\s.,!~]|$)/g, '해줘'],
  // the chef's "줄여 봐요", "재시작해 봐요": try it — the request
  [/(?<=(?:해|려|여|워|춰|켜)\s?)봐요(?=[\s.,!~]|$)/g, '주세요'],
  // "뭘 시킬 수 있는지 해설 좀 해 주세요": explain (help); "매진 사태": the situation, no 상태 mistyped
  [/해설(?=\s?좀\s?해)/g, '설명'],
  [/사태/g, '상황'],
  // the rapper's yes
  [/드랍\s?더\s?비트/g, '진행해'],
  // the teacher's "옳지" (good), "cart-api 친구" (the app as a child)
  [/(?<=^|\s)옳지(?:\s?옳지)*[!.,~]*(?=\s|$)/g, ''],
  [/(?<=[a-z0-9]\s?)친구(?=도|는|가|를|\s|$)/g, ''],
  // the doctor's orders: "재시작 처방합니다", "9개로 증량하세요", "투약 중단하세요" (stop: no), "처방대로 진행하세요" (yes)
  [/(?<=(?:배포|재시작|재기동|롤백|삭제)\s?)처방(?:합니다|하세요|해\s?주세요)(?=[\s.,!~]|$)/g, '해 주세요'],
  [
    /(?<=(?:\d+|[가-힣]{1,3})\s?(?:개|대)(?:로|으로)\s?)(?:증량|감량)(?:하세요|해\s?주세요|합니다)/g,
    '조정해 주세요',
  ],
  [/투약\s?중단(?:하세요|해\s?주세요)/g, '취소해 주세요'],
  [/처방대로/g, '그대로'],
  // "X은 절제하세요": excise it — a delete (confirmed like any); "소생했습니까?": is it back up; "환자 상태 양호합니다": a
  // report after a yes, no read asked
  [
    /(?<=[a-z0-9]\s?(?:은|는|을|를)?\s?)절제(?:하세요|해\s?주세요|합시다|합니다)(?=[\s.,!~]|$)/g,
    '삭제해 주세요',
  ],
  [/소생\s?반응\s?(?:있습니까|있나요|있어요)/g, '살아났습니까'],
  [/소생했(?=습니까|나요|어요|어\?)/g, '살아났'],
  [/(?<=[.!]\s?)환자\s?상태\s?(?:양호|안정적)(?:합니다|해요|입니다)?[.!]?/g, ''],
  // the teacher's "우리 반 친구들 이름 다 보여 주세요": the apps
  [/(?:우리\s?반\s?)?친구들\s?이름/g, '앱 목록'],
  [/바이탈(?:\s?사인)?\s?(?:체크|확인)/g, '상태 확인'],
  [/바이탈(?:\s?사인)?/g, '상태'],
  [/경과\s?관찰/g, '상태 확인'],
];

export const BROADCAST_KITCHEN_OR_TAXI = [
  MAY_HAVE_BROADCAST_KITCHEN_OR_TAXI,
  BROADCAST_KITCHEN_AND_TAXI,
] as const;
