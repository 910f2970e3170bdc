import { HARBOR_FORTUNE_OR_GYM } from './harbor-fortune-and-gym-koreans.js';
import { BADUK_SUMMIT_OR_CAMPUS } from './baduk-summit-and-campus-koreans.js';
import { BROADCAST_KITCHEN_OR_TAXI } from './broadcast-kitchen-taxi-and-clinic-koreans.js';
/**
 * Korean as rounds 39–41's voices write it, in the standard forms the rules read: a North Korean-born engineer's
 * 문화어 ("배포해주시라요", "재기동하라우", "하기요", "습네다", "봉사기", "날래", "인차", "일없습니다") and a compliance
 * officer's statute style ("제1조(배포) …를 배포한다.", "…하여야 한다", "…하라", "…하지 아니한다", "…로 한다").
 */

/** A syllable with ㅂ as its final consonant (습, 입, 옵, 깁, 됩): the 합니다-style ending's stem. */
const endsInBieup = (syllable: string) => (syllable.charCodeAt(0) - 0xac00) % 28 === 17;

const MAY_HAVE_MUNHWAEO =
  /시라요|라우|기요|[가-힣]네[다까]|되였|래일|리력|날래|인차|동무|봉사기|판(?:으로|을|은|이)?(?![가-힣])|판\s?전|일없|대기렬|기냥/;
const MUNHWAEO: ReadonlyArray<readonly [RegExp, string | ((m: string, ...g: string[]) => string)]> = [
  // "배포해주시라요", "늘려주시라요", "보여주시라요", "하시라요": please (해주세요)
  [/주시라요/g, '주세요'],
  [/(?<=[가-힣])하시라요/g, '해주세요'],
  // "배포하라우", "올리라우", "줄이라우", "지우라우": the order (해라)
  [/(?<=[가-힣])하라우/g, '해줘'],
  [/(?<=[가-힣])([리이])라우/g, (_m, stem) => `${stem === '리' ? '려' : '여'}줘`],
  [/(?<=[가-힣])우라우/g, '워줘'],
  // "기냥 두라우": leave it (그냥 둬)
  [/기냥/g, '그냥'],
  [/(?<=[가-힣\s])두라우/g, '둬'],
  // "배포하기요", "지우기요", "올리기요": let us do it — the order
  [/(?<=[가-힣])하기요/g, '해줘'],
  [/(?<=[가-힣])우기요/g, '워줘'],
  [/(?<=[가-힣])리기요/g, '려줘'],
  // "습네다", "입네다", "됩네까": 습니다, 입니다, 됩니까
  [
    /([가-힣])네([다까])/g,
    (m, before: string, end: string) => (endsInBieup(before) ? `${before}니${end}` : m),
  ],
  [/되였/g, '되었'],
  [/래일/g, '내일'],
  [/리력/g, '이력'],
  [/대기렬/g, '대기열'],
  [/(?<=^|\s)날래(?=\s|$)/g, '빨리'],
  [/(?<=^|\s)인차(?=\s|$)/g, '바로'],
  [/(?<=^|\s)동무[,!]?\s?/g, ''],
  [/봉사기/g, '서버'],
  // "직전 판으로", "고친 판", "어제 배포한 판": a version
  [/(?<=(?:직전|이전|전|고친|새|배포한|지난|예전|마지막)\s?)판(?=[으로은는을이가의]|\s|$)/g, '버전'],
  // "두 판 전으로": two versions back
  [/(?<=(?:한|두|세|네|다섯|\d)\s?)판(?=\s?전)/g, '버전'],
  // "일없습니다", Yanbian "일없슴다": it is fine (괜찮습니다) — "QA 일없슴다", "롤백은 일없습니다" (no need of it)
  // said alone to a plan ("일없습네다.", "아니, 일없습네다."): no, thank you
  [/(?<=^\s*(?:아니[,.]?\s*)?)일없(?=습|슴|어|다|소)/g, '아니요 괜찮'],
  [/일없(?=습|슴|어|다|소|음)/g, '괜찮'],
];

const MAY_HAVE_STATUTE =
  /동의함|동의합니다|불허|요청함|이행|한다|린다|인다|운다|하라|하여야|아니하|아니함|승인|이의|할\s?것|제\s?\d+\s?[조항호]|(?:^|\s)\d+\.\s/;
const STATUTE: ReadonlyArray<readonly [RegExp, string]> = [
  // clause headers and list numbers ("제1조(배포) ", "1. ") name no count
  [/제\s?\d+\s?조\s?\([^)]{1,12}\)\s?/g, ''],
  // (not the count closing a sentence: "scale X to 12. no deploy today")
  [/(?<=^|\n|[.!?]\s)\d+\.\s(?=[가-힣a-z])/g, ''],
  // "승인하지 아니함": the officer's no; "승인함", "이의 없음": yes
  [/승인하지\s?(?:아니함|아니한다|않음)/g, '취소'],
  [/이의\s?없음/g, '좋아요'],
  // "제2조를 지체 없이 시행할 것", "제1항 본문을": the clause the officer points back to is the plan itself
  [/제\s?\d+\s?[조항호](?:\s?본문)?(?:를|을|의)?\s?(?=[가-힣])/g, ''],
  [/지체\s?없이/g, '바로'],
  // "…하지 아니한다", "…되지 아니하였음": not (않는다, 않았음)
  [/아니한다/g, '않는다'],
  [/아니하였/g, '않았'],
  [/아니함/g, '않음'],
  [/아니하고/g, '않고'],
  [/아니하는/g, '않는'],
  // "보고하라", "보고할 것", "보고하여야 한다": tell me; "제출하라": show me
  [/보고(?:하여야\s?한다|하라|할\s?것)/g, '알려줘'],
  [/제출(?:하여야\s?한다|하라|할\s?것)/g, '보여줘'],
  // "축소하여야 한다", "배포하여야 한다": the order
  [/(?<=[가-힣])하여야\s?한다/g, '해줘'],
  // "재기동한다.", "삭제한다.", "16개로 한다.": the order, as a statute says it
  [
    /(?<=(?:배포|재기동|재시작|삭제|롤백|증설|축소|원복|deploy|restart|rollback|delete|scale)\s?)한다(?=[.\s]|$)/g,
    '해줘',
  ],
  [/(?<=(?:개|대|버전|v?\d[\w.-]*)로\s?)한다(?=[.\s]|$)/g, '해줘'],
  // "되돌린다", "늘린다", "줄인다", "올린다", "지운다": the order
  [/(?<=[가-힣])([돌늘올])린다(?=[.\s]|$)/g, '$1려줘'],
  [/(?<=[가-힣])줄인다(?=[.\s]|$)/g, '줄여줘'],
  [/(?<=^|\s|[을를])지운다(?=[.\s]|$)/g, '지워줘'],
  [/(?:시행|이행)(?:하라|할\s?것|한다)/g, '진행해줘'],
  // a contracts manager's "…할 것을 요청함", "…을 재요청함": please do it; "동의함" yes, "불허함" no
  [/(?<=[가-힣])할\s?것을\s?(?:재?요청(?:함|합니다|드립니다|드림)|요망함)/g, '해 주세요'],
  [/(?<=[가-힣]\s?)(?:을|를)?\s?재요청(?:함|합니다|드립니다)/g, ' 해 주세요'],
  [/(?<=^|\s|\.)동의(?:함|합니다)(?=[.\s]|$)/g, '좋아요'],
  [/(?<=^|\s)(?:상기\s)?(?:\S+\s)?건?\s?불허(?:함|합니다)(?=[.\s]|$)/g, '취소'],
  [/(?<=[가-힣])하라(?=[.,\s]|$)/g, '해줘'],
];

const MAY_HAVE_SERVICE_OR_GAMER =
  /실게요|시죠|드릴게요|시겠어요|되세요|되셨|하세요\?|가능하실까요|리붓|리겜|버프|너프|패치|핫픽스|본섭/;
/**
 * A store-floor manager's service Korean, every verb honoured ("배포 진행하실게요", "재시작 도와드릴게요", "스케일 조정
 * 들어가실게요", "로그 확인 가능하실까요": please do it), and a gamer's words (리붓 / 리겜 restart, 버프 / 너프 scale up /
 * down, 패치 deploy).
 */
const SERVICE_AND_GAMER: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:진행|도와|들어가|해|맞춰|올려|내려|늘려|줄여)\s?(?:주실게요|하실게요|드릴게요)/g, '해 주세요'],
  // "로그 보여 주실게요", "지워 주실게요": please show, please delete
  [/(?<=(?:보여|지워|돌려|띄워|되돌려)\s?)주실게요/g, '주세요'],
  // "배포 되실게요", "재시작 진행되세요": the operation honoured as if it did itself — please do it
  [/(?<=[가-힣]\s?)(?:(?:진행\s?)?되실게요|진행\s?되세요)(?=[\s.,!~]|$)/g, ' 해 주세요'],
  // "…들어가지 마실게요": please don't
  [/(?<=지\s?)마실게요/g, '마세요'],
  [/(?<=[가-힣])(?:하실게요|드릴게요)(?=[\s.,!~]|$)/g, ' 해 주세요'],
  [/확인\s?가능하실까요/g, '보여 주세요'],
  [/부탁드릴게요/g, '부탁드립니다'],
  // "재기동해 주시죠!", "배포 진행하시죠": please do (never with a question mark)
  [/(?<=[가-힣]\s?)주시죠(?=[!.~\s]|$)/g, '주세요'],
  [/(?<=[가-힣])하시죠(?=[!.~\s]|$)/g, '해 주세요'],
  [/되셨어요/g, '됐어요'],
  [/(?<=^|\s)(?:리붓|리겜)/g, '재시작'],
  [/(?<=^|\s)버프/g, '늘려'],
  [/(?<=^|\s)너프/g, '줄여'],
  [/(?<=^|\s)(?:핫픽스\s?)?패치(?!\s?노트)/g, '배포'],
];

const MAY_HAVE_TRANSLATIONESE = /것을|것이|바입니다|되어지|되어진|되어질|에\s?대한|필요가\s?있습니다/;
/**
 * Translationese ("web-app을 배포하는 것을 해 주세요", "…에 대한 재시작을 진행하는 것이 요구됩니다", "그것은 롤백되어질 필요가
 * 있습니다", "…삭제되어지는 것을 원합니다"): the request it calques.
 */
const TRANSLATIONESE: ReadonlyArray<readonly [RegExp, string]> = [
  [/에\s?대한/g, '의'],
  [/(?:하는|되는|되어지는)\s?것을\s?(?:해\s?주세요|해\s?주십시오|원합니다|원해요|바랍니다)/g, '해 주세요'],
  [/(?:하는|되는|되어지는)\s?것이\s?(?:요구됩니다|필요합니다)/g, '해 주세요'],
  [/(?:하는|되는)\s?것이\s?가능할까요/g, '해 주실 수 있을까요'],
  [/부탁드리는\s?바입니다/g, '부탁드립니다'],
  [/되어질\s?필요가\s?있습니다/g, '해 주세요'],
  [/되어지는\s?것은\s?좋습니다|되어져도\s?좋습니다/g, '해도 됩니다'],
  [/되어진/g, '된'],
  [/되어질/g, '될'],
  [/되어지/g, '되'],
];

const MAY_HAVE_LEARNER = /다\s(?:해\s?)?주세요/;
/**
 * A learner's Korean: the dictionary form before the request ("deploy 하다 해주세요", "지우다 해주세요", "재시작 하다
 * 주세요") — the request made of it.
 */
const AS_REQUESTED: Readonly<Record<string, string>> = {
  지우: '지워',
  줄이: '줄여',
  늘리: '늘려',
  올리: '올려',
  내리: '내려',
  돌리: '돌려',
  보이: '보여',
};
const LEARNER: ReadonlyArray<readonly [RegExp, string | ((m: string, ...g: string[]) => string)]> = [
  [/(?<=[가-힣a-z]\s?)하다\s(?:해\s?)?주세요/g, '해 주세요'],
  [
    /(?<=^|\s)(지우|줄이|늘리|올리|내리|돌리|보이)다\s(?:해\s?)?주세요/g,
    (_m, stem: string) => `${AS_REQUESTED[stem]} 주세요`,
  ],
];

const MAY_HAVE_JAPANESE = /[\u3040-\u30ff]|하이|이이에|아토데|이마|춋또|맛테|다이조부|스미마셍|오네가이/;
/**
 * A 재일교포's Korean with Japanese words, in kana or Hangul: はい / 하이 yes, いいえ / 이이에 no, あとで / 아토데 later,
 * いま / 이마 now, ちょっと待って / 춋또 맛테 wait, 大丈夫 / 다이조부 fine, お願いします / 오네가이시마스 please.
 */
const JAPANESE: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<=^|\s)(?:はい|하이)(?=[\s,.!~]|$)/g, '네'],
  [/(?<=^|\s)(?:いいえ|이이에)(?=[\s,.!~]|$)/g, '아니요'],
  [/(?<=^|\s)(?:あとで|아토데)(?=[\s,.!~]|$)/g, '나중에'],
  [/(?<=^|\s)(?:いま|今|이마)(?=[\s,.!~]|$)/g, '지금'],
  [/(?:ちょっと|춋또)\s?(?:待って|맛테)/g, '잠깐만'],
  [/大丈夫|다이조부/g, '괜찮아요'],
  [/お願いします|오네가이(?:시마스)?/g, '부탁합니다'],
  [/すみません|스미마셍/g, ''],
];

const MAY_HAVE_CHART_SHORTHAND = /(?<![a-z])(?:prn|stat|f\/u)(?![a-z])/i;
/** A nurse's chart shorthand in Korean: "PRN" (only if needed — a condition), "stat" (now), "f/u" (to follow up later). */
const CHART_SHORTHAND: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<![a-z])prn(?![a-z])/gi, '필요하면'],
  [/(?<![a-z])stat(?![a-z])/gi, '지금'],
  [/(?<![a-z])f\/u(?![a-z])/gi, '나중에'],
];

const MAY_HAVE_MARTIAL_ARTS_NOVEL =
  /거라|거든|하라|하노라|그리|옳|지체|하랏|고하라|아뢰어라|일러라|내력|느냐|느니라|명하노라|초식|그대|어찌/;
/**
 * A martial-arts novel's Korean (무협지체): "없애거라" / "배포하랏" (the order, 해라), "고하라", "아뢰어라", "일러라" (tell
 * me: 알려줘), "배포 내력" (history), "배포하였느냐?" (did you: 했어?), "…느니라" (a statement), "명하노라" (I order it).
 */
const MARTIAL_ARTS_NOVEL: ReadonlyArray<readonly [RegExp, string]> = [
  // "그리하라", "허락하노라": so be it — the yes; "물렀거라": stand back — the no
  [/(?<![가-힣])(?:그리\s?(?:하라|하거라|해줘)|허락하노라|허하노라)(?![가-힣])/g, '진행해'],
  [/(?<=,\s?)지체\s?말고(?=[!.]?\s*$)/g, '빨리'],
  [/(?<![가-힣])물렀거라(?![가-힣])/g, '취소'],
  [/(?<![가-힣])(?:좋다|옳거니|옳다)(?=\s*[,!.]\s*(?:그리|진행)|\s*$)/g, '좋아'],
  [/(?<=[가-힣]\s?)두거라/g, '둬'],
  [/(?<=[가-힣])하거라/g, '해줘'],
  [/(?<=[가-힣])거라(?=[!.]|\s|$)/g, '줘'],
  [/(?<=[가-힣])하랏/g, '해줘'],
  [/(?:을|를)?\s?(?:고하라|아뢰어라|아뢰라|일러라|일러\s?다오)/g, ' 알려줘'],
  [/내력/g, '이력'],
  [/(?<=[가-힣])하였느냐/g, '했어'],
  [/(?<=[가-힣])되었느냐/g, '됐어'],
  [/(?<=[가-힣])느냐/g, '니'],
  [/(?<=[가-힣])느니라/g, '다'],
  [/(?:을|를)?\s?명하노라/g, '해줘'],
  [/부릴\s?수\s?있는\s?초식/g, '할 수 있는 기능'],
  [/(?<=^|\s)그대(?:가|는|의)?(?=\s)/g, ''],
  [/어찌/g, '어떻게'],
  // "파도가 잦아들거든 …": when / if (…면)
  [/(?<=[가-힣])거든(?=\s)/g, '면'],
];

const MAY_HAVE_OTAKU = /것이다|가즈아|ㄷㄷ/;
/**
 * An otaku's Korean (덕후체): "재시작하는 것이다", "띄워주는 것이다" (the order, 해줘), "해본 것이다" (tried: 해봤다), "…인
 * 것이다" (is), "가즈아" (let's go — the yes), "ㄷㄷ" (trembling — no word of the order).
 */
const OTAKU: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<=[가-힣])해\s?주는\s?것이다/g, '해줘'],
  [/(?<=[가-힣])하는\s?것이다/g, '해줘'],
  [/(?<=[가-힣])주는\s?것이다/g, '줘'],
  [/(?<=[가-힣])리는\s?것이다/g, '려줘'],
  [/(?<=[가-힣])이는\s?것이다/g, '여줘'],
  [/(?<=[가-힣]\s?)보는\s?것이다/g, '봐줘'],
  [/(?<=[가-힣])추는\s?것이다/g, '춰줘'],
  [/(?<=[가-힣])본\s?것이다/g, '봤다'],
  [/(?<=[가-힣])한\s?것이다/g, '하다'],
  [/인\s?것이다/g, '이다'],
  [/(?<![가-힣])가즈아+(?![가-힣])/g, '진행해'],
  [/\s?ㄷㄷ+/g, ''],
];

const MAY_HAVE_SING_SONG = /[가-힣]~/;
/** A teacher's sing-song Korean: "…주세요~ 어제 롤백한 뒤로 느려졌어요" — a "~" before more words ends the sentence. */
const SING_SONG: ReadonlyArray<readonly [RegExp, string]> = [[/(?<=[가-힣])~+(?=\s+\S)/g, '.']];

/** The past of a verb stem before 두다/놓다/보다: "해" → "했", "늘려" → "늘렸". */
const PAST_OF_STEM: Readonly<Record<string, string>> = {
  해: '했',
  려: '렸',
  워: '웠',
  춰: '췄',
  켜: '켰',
  여: '였',
};
const pastOfStem = (_m: string, stem: string): string => PAST_OF_STEM[stem] ?? stem;

const MAY_HAVE_DONE_AND_LEFT = /뒀|놨|두었|놓았|봤|보았|한대요|한답니다/;
/**
 * "재시작해 뒀습니다", "올려 놨어요": done and left so — a report of what was done, as "재시작했습니다" is (the order "재시작해
 * 둬" has no past); "재시작해 봤어요": tried, the same.
 */
const DONE_AND_LEFT: ReadonlyArray<readonly [RegExp, (m: string, stem: string) => string]> = [
  [
    /(?<=[가-힣]|[a-z]\s)([해려워춰켜여])\s?(?:뒀|두었|놨|놓았)(?=습니다|어요|어|음|다|답|대|단|던|지|는데|소)/g,
    pastOfStem,
  ],
  // "재시작해 봤는데 그대로예요", "늘려 봤어요": tried — done, a report ("재시작해 봐" and "해 보세요" still ask for it)
  [
    /(?<=[가-힣]|[a-z]\s)([해려워춰켜여])\s?(?:봤|보았)(?=습니다|어요|어|음|다|답|대|단|던|지|는데|더니|거든|고|소|으나|으니|지만)/g,
    pastOfStem,
  ],
  // "…맞춰야 한대요" (someone says we must): hearsay, no "한 대" (one unit) counted
  [/(?<=[가-힣]\s)한(?:대요|답니다)/g, () => '한다고 해요'],
];

/** The tables, each with the test that it may apply. */
export const MORE_KOREANS = [
  [MAY_HAVE_MUNHWAEO, MUNHWAEO],
  [MAY_HAVE_STATUTE, STATUTE],
  [MAY_HAVE_SERVICE_OR_GAMER, SERVICE_AND_GAMER],
  [MAY_HAVE_TRANSLATIONESE, TRANSLATIONESE],
  [MAY_HAVE_LEARNER, LEARNER],
  [MAY_HAVE_JAPANESE, JAPANESE],
  [MAY_HAVE_CHART_SHORTHAND, CHART_SHORTHAND],
  [MAY_HAVE_MARTIAL_ARTS_NOVEL, MARTIAL_ARTS_NOVEL],
  [MAY_HAVE_SING_SONG, SING_SONG],
  [MAY_HAVE_OTAKU, OTAKU],
  BROADCAST_KITCHEN_OR_TAXI,
  BADUK_SUMMIT_OR_CAMPUS,
  HARBOR_FORTUNE_OR_GYM,
  [MAY_HAVE_DONE_AND_LEFT, DONE_AND_LEFT],
] as const;

/** The command with rounds 39–41's Korean voices in standard form. */
export function inStandardKorean(text: string): string {
  let t = text;
  for (const [may, table] of MORE_KOREANS) {
    if (!may.test(t)) continue;
    for (const [form, standard] of table)
      t = typeof standard === 'string' ? t.replace(form, standard) : t.replace(form, standard);
  }
  return t;
}
