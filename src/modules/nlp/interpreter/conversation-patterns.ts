/** The words a follow-up is read by (conversation.ts): corrections, "the same", "there", answers, what-ifs. */
import { EN_NUMBER_SOURCE, KOREAN_NUMBER_SOURCE, inStandardForm } from './korean.js';
import { EN_NUMBERS } from './english-numbers.js';
import type { Entities } from './types.js';

/** A count in words ("five", "a dozen", "다섯 개"): what a yes that only colours the plan never says. */
export const NUMBER_WORD = new RegExp(
  `(?<![a-z])(?:${EN_NUMBER_SOURCE}|dozen)(?![a-z])|(?<![가-힣])${KOREAN_NUMBER_SOURCE}\\s?(?:개|대)`,
);

const numberWord = (w: string) => String(EN_NUMBERS[w]);

/** "아니다 5개로", "actually, 6 instead", "스테이징 말고 dev로", "I meant cart-api". */
export const CORRECTION =
  /^(?:(?:어이|자|저기|야),?\s)?(?:아니다|아니야|아냐|아니|아|앗|아\s?참|정정|actually|no|nope|sorry|oops|oh|wait|make\s+(?:it|that))(?![a-z가-힣])(?!\s(?:근데|그런데|진짜|정말|왜|뭐|이게|무슨|참))|말고|대신|아니고|아니라|(?:이|가)\s?아니(?:었|였)(?:습니다|어요|어|다)|잘못\s?(?:말|했|썼|씀|봤)|정정|(?<![a-z])(?:instead|rather|not|i\s+meant?|i\s+said(?=\s+v?\d)|said\s+(?:it\s+)?wrong|meant|my\s+bad|typo|correction|i\s+apologi[sz]e|the\s+correct\s+(?:version|tag|one|environment|count|number|app)\s+is|make\s+(?:it|that)(?=\s+\d))(?![a-z])/;
/** "같은 거", "똑같이", "the same", "same version": the previous tag goes along. */
export const SAME =
  /같은\s?(?:거|것|걸|버전|태그|이미지|빌드|판|수|숫자|개수|갯수)|그\s?(?:버전|판|태그|빌드)(?:으로|로)|똑같이|똑같은|그대로|동일한|동일하게|상동|(?<![a-z])(?:same|likewise)(?![a-z])/;
/** "거기서", "그곳의", "해당 환경의", "there": the previous environment, not the default ("there's a buyer" is no place). */
export const THERE =
  /거기서|거기에|거기도|거기|그곳|그쪽\s?환경|그\s?환경|같은\s?환경|해당\s?(?:환경|네임스페이스|클러스터)|동일\s?환경|(?<![가-힣])동\s?환경|(?<![a-z])(?<!(?:hi|hey|hello|so)\s)(?:there(?!['’]s|['’]ll|\s+(?:is|are|was|were|will|be|seems?|must|might|may|could|should|has|have|had|you\s+go)(?![a-z]))|same\s+env(?:ironment)?|that\s+env(?:ironment)?|same\s+place)(?![a-z])|같은\s곳/;
/** "X 말고", "not X", "instead of X": X is what the user does not mean. */
export const EXCLUDED =
  /([a-z가-힣][a-z0-9가-힣-]*?)(?:을|를|은|는|이|가|에서|에)?\s?(?:말고|아니고|아니라|대신|빼고|(?:만\s?)?제외|아니(?:었|였)(?:습니다|어요|어|다|고)(?=[\s.,]))|(?<![a-z])(?:not|instead\s+of|rather\s+than|except(?:\s+for)?|excluding|but\s+not)\s+(?:the\s+|in\s+|on\s+)?([a-z][a-z0-9-]*)/g;
/** A count the user does not mean: "3개 말고", "not 3", "instead of 3", "4개밖에 안 떴네" (a count reported). */
export const EXCLUDED_COUNT =
  /(\d+)\s?(?:개|대)?\s?(?:말고|아니고|아니라|대신|밖에)|(?<![a-z])(?:not|instead\s+of|rather\s+than)\s+(\d+)(?![\d.])/g;
/** Nothing but a number and filler: "now 6", "6으로", "이번엔 7개". */
export const BARE_NUMBER =
  /^(?:(?:now|then|and|make\s+it|how\s+about|what\s+about|이제|이번엔|이번에는|그럼|그러면|다시|자|어이|에~*|음)[,~]?\s?)*(\d+|[a-z]+|[가-힣]+?)\s?(?:개로|개|대로|대|으로|로|replicas?|instances?|pods?|lines?|줄|total|in\s+total)?\s?(?:please|해줘|해|줘|요|합시다|하자|해요|갑시다|가자|then|now|instead|should\s+do(?:\s+it)?|will\s+do|is\s+(?:fine|enough|plenty))?$/;

/** "only in dev", "prod 것만", "just billing-api": narrows the read just made. */
export const ONLY = /(?<![a-z])(?:only|just)(?![a-z])|(?:것|거|꺼)?만(?:\s|$)/;
/** "do it again", "한 번 더", "다시 해 줘. 또 멈췄대.": the last operation once more, as it was (a report after it says why). */
export const AGAIN =
  /^(?:(?:please|pls|ok|okay|then|so|hmm|um|well)\s)?(?:(?:do\s+(?:it|that|this)|same\s+thing|try)\s+)?(?:again|once\s+more|one\s+more\s+time)(?:\s+(?:please|pls))?$|^(?:그거\s?)?(?:(?:한\s?번\s?더|다시\s?한\s?번)(?:\s?(?:해|해줘|해\s?주세요|가자|하자))?|(?:다시|또)\s?(?:해|해\s?줘|해\s?주세요|해\s?주십시오|해요|ㄱ+))(?:\s(?!.*(?:말고|아니|하지|마요|마세요|\?))[^?]*(?:대|래|어|네|요|다|음|임|됨))?$/;
/** "api도", "api too", "same for api": the previous operation, for another app. */
export const ALSO =
  /도요?(?:\s|$)|똑같이|마찬가지|상동|^\s*(?:이번엔|이번에는)\s+(?=[a-z][a-z0-9]*-)|(?<![a-z])(?:too|also|as\s+well|same\s+for|same\s+with|likewise)(?![a-z])|^\s*this\s+time\s+(?=[a-z][a-z0-9]*-)/;
/** One number, alone in the command ("actually, 6 instead"). */
// "하객이 400명이래", "37 users": a number of people, things or time is no count of replicas (blind round 167c)
export const LONE_NUMBER =
  /(?<![\w.:-])(\d+)(?![\w.:-])(?!\s?(?:명|건|원|분|초|시간|시|일|번째|번|회|퍼센트|%|(?:people|users|customers|guests|orders|errors|tickets|calls)(?![a-z])))/g;
/** "잘 떴어?", "됐어?", "is it healthy?", "is everything back up?", "done liao? working now?": how did the last operation go. */
export const HOW_DID_IT_GO =
  /(?:몇|무슨|어떤|어느)\s?버전|(?<![a-z])(?:what|which)\s+version(?![a-z])|잘\s?(?:떴|됐|돼|되|돌아|올라|뜨|살아|끝났)(?![가-힣]*(?:니다|[.!])\s+\S)|(?:진짜|정말|다)?\s?(?:없어졌|지워졌)(?:어|나|니|냐|지|나요|어요)|(?:줄었|늘었|바뀌었|내려갔|올라갔)는지|(?:(?:됐|되었|떴|떳|끝났|지워졌|없어졌|사라졌|내려갔|올라갔|늘었|줄었)는?|(?:running|ready|정상)\s?(?:인|이었는|였는))지\s?(?:좀\s?|한\s?번\s?)?(?:봐|확인|체크|알려|보여|전해)|(?:돌아왔|살아났|올라왔|다시\s?떴)(?:어|나|니|나요|어요)|(?:진짜|정말|다)?\s?사라(?:짐|졌)|잘\s?들어갔|(?<![가-힣])(?:살아남|돌아옴|멀쩡함|먹힘|다시\s?먹힘|보임|들어가는\s?각|(?:잘\s?)?반영(?:되었|됐)는지요)(?![가-힣])|(?<![a-z])(?:are\s+)?we\s+good(?![a-z])|^(?:[가-힣a-z-]+(?:은|는)\s)?(?:다\s)?(?:(?:배포|롤백|재시작|재기동|리스타트|스케일링|스케일|삭제|업데이트|rollout|deploy|rollback|restart)\s?)?(?:(?:successful|성공)\s?)?(?:됐|떴|끝났|성공했|올라갔|살아났|했)(?:어|나|니|냐|나요|어요|습니까)|(?<![a-z])(?:is\s+(?:it|everything|that)\s+(?:back\s+)?(?:up|ok|okay|running|fine|healthy|done|alive|gone|sorted|out)|reckon\s+(?:it'?s|it\s+is|they'?re)\s+(?:(?:all|now)\s+)?(?:out|running|up|back|live|done)|reckon\s+(?:it|that|they)\s+(?:came\s+back|took|worked|landed|stuck)|has\s+it\s+come\s+back(?:\s+up)?|(?:anything|something)\s+(?:stuck|broken|failing|wrong)|any\s+(?:pods?|replicas?)\s+(?:still\s+)?(?:crash\w*|restarting|pending|failing|down|not\s+ready)|did\s+(?:it|that|this|the)(?:\s+(?:deploy(?:ment)?|rollback|revert|rollout|update|upgrade|restart|scaling|scale|delete|deletion|release))?\s+(?:work|go\s+through|succeed|come\s+back|come\s+up|land|fix\s+it|help|sort\s+it(?:\s+out)?)|has\s+(?:it|that|the\s+(?:deploy(?:ment)?|rollback|rollout|restart|scaling|deletion|release))\s+(?:finished|completed|succeeded|worked|gone\s+through)|whether\s+(?:the\s+|it\s+|that\s+)?(?:deploy(?:ment)?|rollback|revert|rollout|restart|scaling|scale|delete|deletion|release)?\s*(?:has\s+|have\s+)?(?:completed|succeeded|worked|went\s+through|finished)|(?:verify|check|confirm)\s+(?:that\s+)?(?:it|that|this)\s+(?:is|was|has\s+been)\s+(?:really\s+|actually\s+)?(?:removed|gone|deleted|done|up|running|back|restarted|deployed|rolled\s+back|scaled)|is\s+everything\s+(?:quiet|calm|stable|good|fine)(?:\s+now)?|is\s+it\s+back|was\s+(?:it|the\s+(?:deploy(?:ment)?|rollback|revert|rollout|update|upgrade|restart|scaling|scale|delete|deletion|release))\s+(?:successful|ok|okay|fine)|how'?s\s+it\s+(?:going|doing|looking)|(?:deploy(?:ment)?|rollback|rollout|restart|scaling|scale|delete|deletion|release)\s+(?:is|was)\s+(?:a\s+)?success(?:ful)?|(?:is\s+)?[a-z-]+\s+(?:is|are)\s+(?:ok|okay|fine|good|up|back)\s+now|is\s+(?:it|the\s+[a-z-]+)\s+showing(?:\s+(?:now|well|properly|ok|okay|up|correctly))*|how\s+did\s+it\s+go|all\s+\d{1,3}\s+(?:are\s+|pods\s+|replicas\s+)?(?:running|ready|up)|did\s+(?:it|that)\s+go\s+out(?:\s+(?:ok|okay|fine|well|alright))?|all\s+good|done\s+already|(?:is\s+it\s+)?working\s+(?:now|already)|how\s+it\s+is|how\s+is\s+it(?:\s+now)?|can\s+(?:login|log\s+in|book|pay|access|use\s+it)(?:\s+(?:already|now))*\s*(?:\?|or\s+not)|(?:ok|okay|working|running|up)\s+or\s+not)(?![a-z])/;
/**
 * More outcome questions, by their form: a Korean perfective verb at the end ("rollout 다 끝난 거야", "잘
 * 늘어났어", "다 지워진 거 맞아", "delete 됐어"), a count checked ("이제 세 개 맞지"), or English "is/are …
 * up/gone/done (yet)" ("are all 7 up yet", "is it really gone from dev"). A count in them is asked about.
 */
export const OUTCOME_QUESTION = new RegExp(
  [
    '(?:됐|됬|된|되었|떴|뜬|끝났|끝난|올라갔|올라간|올라왔|늘어났|늘어난|줄었|줄어든|줄어들었|지워졌|지워진|없어졌|없어진|내려갔|내려간|살아났|살아난|부활했|부활한|부활함|돌아왔|돌아온|바뀌었|바뀐|반영됐|반영된|적용됐|적용된|완료됐|완료된)' +
      '(?:어|어요|나|나요|니|지|죠|습니까|는지|는가|음|냐|\\s?(?:거|건|것)(?:야|지|죠|예요|에요|임|인가|인가요)?(?:\\s?맞(?:아|지|나|죠|니|아요|나요|습니까))?)?$',
    '(?:개|대)\\s?맞(?:아|지|나|죠|니|아요|나요|습니까)$',
    '^(?:(?:so|and|ok|okay)[,\\s]+)?(?:is|are|has|have)\\s+(?:it|they|that|this|everything|all(?:\\s+\\d+)?|the\\s+(?:[a-z]+\\s+)?[a-z]+|[a-z][a-z0-9-]*|\\d+)' +
      '(?:\\s+(?:of\\s+them|pods?|replicas?|instances?|really|actually|all|now|finally|already|been|fully))*' +
      '\\s+(?:back\\s+)?(?:up|back|gone|done|finished|completed?|running|ready|healthy|live|deleted|removed|restarted|deployed|rolled\\s+(?:back|out)|scaled|through|over)' +
      '(?:\\s+(?:yet|now|already|again|ok|okay|(?:from|in|on)\\s+[a-z]+))*$',
    // "Did it print?", "Is it filling again?", "Has it picked up its stitches?": a yes-no question about "it" that names
    // no operation asks how the last one went
    "^(?:(?:so|and|ok|okay|well)[,\\s]+)?(?:is|did|has|does)\\s+it\\s+(?!.*(?:roll|restart|redeploy|deploy|delet|remov|scal|ship|releas|safe|possible|okay\\s+to|ok\\s+to|worth))(?:[a-z'-]+\\s+){0,5}[a-z'-]+$",
    // "all 5 ready?", "all pods up?": the count asked about is checked
    '^(?:are\\s+)?all(?:\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten))?(?:\\s+(?:pods?|replicas?|instances?))?\\s+(?:ready|up|running|healthy)(?:\\s+(?:yet|now))?$',
    // "올라감?", "반영됨?": the outcome asked in the terse nominal form
    '^(?:다\\s?|잘\\s?)?(?:올라감|됨|끝남|떴음|뜸|반영됨|적용됨|완료됨|살아남)$',
  ].join('|'),
);
/** "몇 버전이야?", "what version is it on?": about the app just worked on. */
export const VERSION_QUESTION = /(?:몇|무슨|어떤|어느)\s?버전|(?<![a-z])(?:what|which)\s+version(?![a-z])/;
/** "api-server는?", "and order-api?", "what about cart-api", "and web-app's, cheers": the same question about another app. */
export const WHAT_ABOUT =
  /^[a-z][a-z0-9-]*\s?(?:은|는|도|것도|거도|꺼도|것은|거는|건|것|거)$|^(?:and|what\s+about|how\s+about)\s+[a-z][a-z0-9-]*(?:['’]s)?(?:[,\s]+(?:cheers|ta|thanks|thx|pls|please|mate|then))*[.!?]*$|^[a-z][a-z0-9-]*\s+(?:too|also)$/;
/** "never mind, …", "그건 됐고 …": a refusal of what came before, then what is asked instead (group 1). */
export const DISMISSAL =
  /^(?:(?:아니|아냐|아니야|음|아)\s)?(?:never\s?mind|nvm|forget\s+(?:it|that|about\s+it)|scratch\s+that|그건\s?됐고|됐고|됐어|관두고|취소하고|그만하고)\s(.+)$/;
/** "누가 뭐 deploy 했어?", "what got deployed this week?": a history over every app, not the one just worked on. */
export const WHO_OR_WHAT_DEPLOYED =
  /누가|누구|(?:무엇|뭐|뭘)(?:을|를|이|가)?\s?(?:배포|deploy|릴리스|release|올렸|나갔|바뀌었)|(?:배포된|나간|올라간)\s?(?:거|것|게|건)\s?(?:다|전부|모두)|(?<![a-z])(?:who|what\s+(?:was|got|has\s+been|have\s+been|went|did\s+[a-z]+)\s+(?:deployed|released|shipped|out|deploy|release|ship)|what\s+(?:shipped|went\s+out|got\s+released)|anything\s+(?:deployed|released|shipped))(?![a-z])/;
export const NOT_A_COMMAND: ReadonlySet<string> = new Set(['unknown', 'help']);

/**
 * Advice or a hypothesis about a change ("재시작해야 할까?", "삭제하면 복구 돼?", "should I restart it?") is no
 * command: `unknown`, so it neither runs nor replaces a plan waiting for an answer. Other question forms are
 * the safety gate's (safety.ts).
 */
export const HYPOTHETICAL =
  /하면|할까|해야\s?(?:해|하나|할까|돼|될까)|(?<![a-z])(?:should\s+(?:i|we)|what\s+if|what\s+happens|would\s+it|is\s+it\s+(?:safe|ok|okay)\s+to)(?![a-z])/;
/**
 * "0이면 queue는 어떻게 돼?", "prod라면 괜찮을까?", "지우면 배송 기록도 같이 날아갑니까?": a what-if about any operation,
 * read or change, is no command.
 */
export const CONDITIONAL_QUESTION =
  /(?:이면|라면|다면|하면|되면|개면|대면|\d면)\s(?:[^\s]+\s){0,3}?(?:어떻게|어때|괜찮|문제|위험)|(?:지우|삭제하|롤백하|되돌리|재시작하|재기동하|배포하|줄이|늘리)면\s.*(?:까|냐|니|나요|가요|죠|지요)\s*$/;
/**
 * "we deployed it to prod last week btw", "어제 rollback 했었음", "운영 X는 아까 제가 재시작해 뒀어요": a report of the past,
 * nothing to repeat or run — and no environment for what comes next.
 */
export const PAST_REPORT =
  /(?<![a-z])(?:we|i|they|someone|somebody|he|she|(?:my|our|your|the)\s+[a-z]+)\s+(?:already\s+|just\s+|also\s+)?(?:deployed|redeployed|restarted|rebooted|bounced|rolled\s+(?:it\s+)?back|scaled|deleted|removed|released|shipped|pushed)(?![a-z])|했었|됐었|했던데|(?<![가-힣])(?:내가|제가|아까|방금|이미|벌써|어제|(?:\d{1,2}|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|열한|열두)\s?시)\s(?:\S+\s){0,4}?(?:배포|재배포|재시작|재기동|롤백|원복|삭제|스케일)\s?(?:했|해\s?뒀|해\s?놨|해\s?두었)(?:어요|어|습니다|음|다)(?![?])(?!.*[?？])/;
/**
 * "아 그리고 염료 항아리 두 개 더 주문했다.": the writer's own deed told in the past, naming no app, place or version,
 * read for no operation — its count is no follow-up of the last change (blind round 160c); one clause alone ("prod요,
 * 손가락이 꼬였어요" answers with its place, "5개 말고 6개로요! 더 나왔어요" corrects), and not what the writer said or
 * meant ("두 번째 것을 말씀드렸습니다" answers) nor a slip owned. "알았어" and "좋았어" acknowledge; they stay replies.
 */
const OWN_PAST_STATEMENT =
  /^(?!.*(?:말했|말씀|얘기했|이야기했|뜻했|적었|썼|골랐|말고|아니|잘못))[^,.!?~]*(?<!알|좋)(?:했|었|았|였|렸|샀|왔|갔|봤|났|줬|졌|쳤)(?:다|어|어요|습니다|음|네|네요)[\s.!~ㅋㅎ]*$/;
export const tellsOwnDeed = (now: string, said: Entities): boolean =>
  OWN_PAST_STATEMENT.test(now) && !said.app && !said.environment && !said.tag;
export const POLITE_REQUEST =
  /(?<![a-z])(?:can|could|would|will)\s+you(?![a-z])|줄래|줄\s?수\s?있|주시겠|주실래|주실\s?수|해\s?줄\s?래/;
/** "잘못 말했어": the user owns a slip (a statement, not a question). */
export const SAID_WRONG = /잘못\s?(?:말|했|썼|봤|입력|쳤)[가-힣]*/g;
/** "첫 번째", "the latter": which of the offered alternatives. */
export const ORDINALS: ReadonlyArray<readonly [RegExp, number]> = [
  [/첫\s?번째|첫째|앞에\s?(?:거|것|꺼)|전자|1번|(?<![a-z])(?:first|former)(?![a-z])/, 0],
  [/두\s?번째|둘째|뒤에\s?(?:거|것|꺼)|후자|2번|(?<![a-z])(?:second|latter)(?![a-z])/, 1],
];
/** "cart-api 말한 거야", "I meant staging": says what an answer means; not a question about it. */
export const ANSWER_PHRASE =
  /(?:말한|말했던|얘기한|얘기했던|말씀하신|말씀드린|뜻한|의미한)\s?(?:거|것|건)(?:야|예요|에요|이에요|입니다|임|요)?|(?<![a-z])i\s+(?:meant|mean)(?![a-z])/g;

/** NFC, lower case, punctuation gone, single spaces: the text these patterns read. */
/** "six, not eight": a count corrected in words is the count in digits, as "6, not 8" is read. */
const WORDS_NOT_WORDS = new RegExp(
  `(?<![a-z])(${EN_NUMBER_SOURCE})(\\s*,?\\s+not\\s+)(${EN_NUMBER_SOURCE})(?![a-z])`,
  'g',
);
/** "four no wait seven", "4, no, 7": a count taken back on the spot for the one after it. */
const NUMBER_TAKEN_BACK = new RegExp(
  `(?<![a-z0-9.])(?:\\d+|${EN_NUMBER_SOURCE})\\s*,?\\s+(?:no|nah|nope|sorry)\\s*,?\\s+(?:wait\\s*,?\\s+)?(\\d+|${EN_NUMBER_SOURCE})(?![a-z0-9.])`,
  'g',
);
export const normalise = (text: string) =>
  inStandardForm(text.normalize('NFC'))
    .toLowerCase()
    .replace(
      WORDS_NOT_WORDS,
      (_m, n: string, not: string, m: string) => `${numberWord(n)}${not}${numberWord(m)}`,
    )
    .replace(NUMBER_TAKEN_BACK, (_m, meant: string) => meant)
    .replace(/[“”"`,!?~;()[\]{}<>]|\.(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** "… to 2", "… at 6": the one count an English follow-up names with no replica word (a version or a time is none). */
const COUNT_SAID_TO = /(?<![a-z])(?:to|at)\s+(\d{1,3})(?![0-9.:a-z%])/g;
export function countSaidTo(text: string): number | undefined {
  const counts = [...text.matchAll(COUNT_SAID_TO)];
  return counts.length === 1 ? Number(counts[0][1]) : undefined;
}
/**
 * "운영은 맨날 불이야", "order-api는 오늘 잘 굴러갔어요", "worker's been the steady one all season", "Prod's got six": a
 * remark about a place, an app or a version — it answers no question and repeats nothing ("스테이징은 괜찮아요",
 * "staging is fine" may choose it, and an order said beside it is read as one).
 */
export const REMARK_ON_NAMED = new RegExp(
  // "제가 cart-api라고 썼네요": what the speaker typed by mistake, no target
  '[a-z][a-z0-9]*-[a-z0-9-]+(?:이)?라고\\s?(?:잘못\\s?)?(?:썼|적었|쳤)|' +
    '^(?:[^,.!?]*?\\s)?(?:운영|프로덕션|스테이징|개발|production|prod|staging|stg|dev|development|[a-z][a-z0-9]*-[a-z0-9-]+|\\d+(?:\\.\\d+)+)' +
    '(?:은|는|이|가|이라|이라서|라서|\\s?때(?:도|는|에도)?)\\s' +
    '(?![^,.!?]*(?:말한|말씀|얘기|뜻|맞|아니|의도|괜찮|좋아|좋겠|부탁|요청|진행|말고|같은\\s?(?:걸|거로|것으로|수|숫자|개수|버전|태그)|똑같|그대로|(?<![가-힣])(?:해|줘|해\\s?줘|주세요|하자|가자)(?![가-힣])))' +
    // a clause of its own, not a count or a place asked for ("운영은 3개로요")
    '(?![^,.!?]*(?:\\d\\s?(?:개|대)(?:로|으로)?요?|(?:로|으로)요)\\s*(?:[,.!?]|$))[^,.!?]*?[가-힣](?:요|야|어|아|죠|다|네|구나|군)(?=[\\s,.!~]|$)' +
    "|^(?:honestly,?\\s+|well,?\\s+|eh,?\\s+)?(?:prod|production|staging|stg|dev|development|[a-z][a-z0-9]*-[a-z0-9-]+)(?:'s|’s|\\s+is|\\s+was|\\s+has|\\s+had|\\s+always|\\s+never|\\s+usually)\\s+(?!(?:fine|ok|okay|good|great|perfect|the\\s+one|what|it|me|my)(?![a-z]))(?![^.!?]*(?:meant|mean|said|that\\s+one|please|pls|go\\s+ahead|too|also|as\\s+well|there|not|production|prod|staging|dev))",
);

/** "Make it three, one per hoop" after a deploy: a count made, a scale ("make that 8.0.1" corrects the version). */
/** "make it 4", "I mean scale web-app … to 4 pods", "스케일을 말씀드렸습니다": a count asked by its own words, not a deploy's. */
export const MADE_A_COUNT =
  /(?<![a-z])make\s+(?:it|that)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)(?![0-9.a-z])|(?<![a-z])(?:scale|scaled|scaling)(?![a-z])|스케일/;

/** A statement about how something is or was ("has been flaky", "keeps timing out", "이상하던데"). */
export const SAID_OF_IT =
  /(?<![a-z])(?:has|have)\s+been\s+[a-z]+|(?<![a-z])(?:is|was|were|are)\s+(?:\w+\s+)?(?:flaky|slow|down|broken|failing|weird|acting\s+up|crashing|erroring|fine|ok|okay)(?![a-z])|(?<![a-z])keeps\s+[a-z]+ing|(?:이상하|느리|먹통이|멈춰\s?있|죽어\s?있)(?:던데|더라|네|다)(?:요)?(?=[\s.!~]|$)/;

export const SAME_COUNT =
  /같은\s?(?:수|숫자|개수|갯수|레플리카|replica)|(?<![a-z])same\s+(?:number|count|replicas?|amount|size|scale)(?![a-z])/;

/** "같은 버전으로", "same release": the version the last deploy ran. */
export const SAME_RELEASE =
  /같은\s?(?:버전|태그|이미지|빌드|판)|그\s?(?:버전|판|태그|빌드|version|tag|build|release)(?:으로|로|(?![가-힣a-z]))|(?<![a-z])(?:same|that)\s+(?:version|tag|image|build|release)(?![a-z])/;
/** A count or a version said the same: what ties "the same" to the last change rather than to a read after it. */
export const SAME_VALUE = new RegExp(`${SAME_COUNT.source}|${SAME_RELEASE.source}`);
