/** The safety gate's vocabulary (safety.ts, order-grammar.ts): questions, refusals, what-ifs, reads, order words. */
import { EN_NUMBER_SOURCE, KOREAN_NUMBER_SOURCE, inStandardForm } from './korean.js';
import { CHANGE_INTENTS } from './intents.js';
import { keepingRecent } from './memo.js';
import {
  ENV_ALIASES,
  ENV_WORD_SUFFIX,
  HISTORY_CUE,
  EN_REFUSAL,
  INTENT_PATTERNS,
  KO_REFUSAL,
  SPACED_WORD,
  STATUS_CUE,
} from './lexicon.js';
import type { Intent } from './types.js';

export const W = (alts: string) => `(?<![a-z0-9_-])(?:${alts})(?![a-z0-9_-])`;

/** "하지 마", "don't", "취소": the command refuses an operation. */
export const NEGATION = new RegExp(
  `괜히\\s?(?:\\S+\\s)?\\S*(?:었|았|였|렸|췄|웠|줬|했|켰)(?:나|네)(?![가-힣])|(?:운영|프로덕션|스테이징|개발)(?:은|는|이|가)?\\s?아니(?:에요|예요|야|다|죠|지요|거든요?|라니까|잖아)[.!~]*$|(?<!(?:스테이징|개발|staging|stg|dev)[^]*)(?:운영|프로덕션)(?:은|는)\\s?아직\\s?(?:아니|아닙|아냐|안\\s?돼|안\\s?됩)|ㄴㄴ|(?:은|는)\\s?즐(?![가-힣])|하지\\s?마|하지\\s?말|지\\s?마(?:라|요|세요|셈|삼|쇼|십시오|시오|시게|게나?)?(?![가-힣])|말아\\s?(?:줘|주세요|요)?|마세요|하면\\s?안|안\\s?(?:해|하|할|돼|됨|함|된다)|` +
    `하지\\s?않(?!(?:으므로|으니|아서|기\\s?때문))|(?<!(?:^|[.!,]\\s|라\\s|니까\\s|서\\s)(?:이제|이젠|더\\s?이상|더는)\\s)필요(?:는|가)?\\s?없(?!(?:으므로|으니|어서|기\\s?때문|는\\s?[가-힣]+(?:입니다|이에요|예요|이야|임|이니|이라)))|금지|` +
    KO_REFUSAL +
    `|그만|보류|건드리지|하지\\s?말자|말자(?![가-힣])|관둬|관두자|됐고|` +
    W(EN_REFUSAL) +
    `|` +
    W(
      `h?wag\\s+(?:po\\s+|na\\s+|muna\\s+)*(?:i-|mag-|pa-)?[a-z]+|said\\s+no(?:body|\\s?one)(?:\\s+[a-z']+){0,6},?\\s+ever|(?:don'?t|dont|do\\s+not)(?!\\s+(?:worry|fret|panic|stress|be\\s+alarmed)(?![a-z]))(?!\\s+(?:use|need)(?:\\s+(?:it|this|that|them|there|here))*\\s+any\\s?more)|never|(?:avoid|refrain\\s+from)\\s+[a-z]+ing|no\\s+need(?!\\s+to\\s+(?:explain|describe|tell\\s+me\\s+(?:what|how|why)))|no\\s+(?:more\\s+)?(?:deploys?|deployments?|releases?|restarts?|rollbacks?|deletes?|deletions?|scaling)\\s+(?:for|of|to|on|in|today|tonight|this|until|before)|no\\s+(?:deploy|redeploy|delete|remove|restart|rollback|roll\\s+back|scale|touch|bounce)(?=\\s+[a-z0-9-]+(?:\\s|[.!,]|$))|no\\s+(?:re)?(?:deploys?|restarts?|rollbacks?|deletes?|scaling|scale)(?:\\s+(?:needed|please|thanks))?(?=\\s*(?:[.!,;]|$))|not\\s+now|hold\\s+off|cancel(?!.*\\s(?:and|then)\\s+(?:revert|roll\\s?back|restore|go\\s+back))|abort|stop\\s+that|shouldn'?t|mustn'?t|nope|no\\s+no|let'?s\\s+not|rather\\s+not|never\\s?mind|nvm|forget\\s+(?:it|about)|skip|(?:you|we|i|they|thou|ye)\\s+(?:must|will|shall|shalt|should|may|can)\\s*(?:not|n't)(?=\\s*[.,!;]|\\s*$)|(?:deploy|restart|roll|delete|scale|remove|redeploy|release|touch)\\s+(?:it\\s+|thou\\s+|ye\\s+)?not(?!\\s+(?:only|just))`,
    ) +
    // "remove X, we don't use it there anymore": the reason of the order, not a refusal of it (above)
    // a bare "no" closing the sentence takes back what came before it ("batch-job prod 배포 no")
    `|(?<![a-z])no[.!~]*$`,
);
/**
 * "로그인 안됨", "결제가 안 돼", "hot reload 안 먹음" beside an order: something reported as not working, no refusal
 * of the order — unless what does not work is the operation itself ("배포 안 돼" stays a refusal).
 */
const REPORTED_FAILURE =
  /(\S+)\s?안\s?(?:됨|돼|되네|된다|되더라|돼요|됩니다|먹음|먹어|빠져|빠짐|함|해요|옴|와|와요|뜸|떠|나옴|된다고|된대요?|된다네요?|멈춰|멈춰요|멈춰서요|멈춤|멈춥니다)(?![가-힣])/g;
const OPERATION_SUBJECT =
  /배포|재시작|롤백|삭제|스케일|실행|작업|진행|반영|deploy|restart|rollback|delete|scale|운영|개발|스테이징|prod|dev|stg|staging|live|그거|이거|그건|이건|저거|지금|아직|절대|(?:은|는|엔|에는|에선|에서는|(?<!하나|전혀|아무것)도)$/;
/**
 * Where an order's imperative ends, before the report — right before it or two words and a parenthesis before ("…
 * restart ㄱ 로그인 안됨", "… 되돌려 ㅠㅠ login 안 됨", "… 줄이자 ㅋㅋ 아무도 test 안함", "… 해주세요 (장바구니 저장 안돼요)"),
 * or a sentence of a few words after its comma or full stop ("… 원복하세요, 카드 결제 test 가 하나도 안 된다").
 */
const AFTER_ORDER =
  /(?:(?:ㄱ|해|줘|주세요|려|여|자|바람|요망|바랍니다|[ㅠㅜㅋ]+|!)[.~,]*(?:\s+\(?[^\s()]+){0,2}|(?:해|줘|요|려|여|자|켜|라)[.,!~]+(?:\s+[^\s()]+){1,6})\s*\(?\s*$/;
/** "… 지워버려 안씀", "… 없애주세요~ 이제 필요없음": after the order, why it is wanted (no use any more), no refusal. */
const NO_USE_AFTER_ORDER =
  /(?<=(?:ㄱ|해|줘|주세요|주세여|려|여|요|자|애|워|니다)[~!.,]*)\s+(?:\S+\s){0,2}(?:이제\s?|더\s?이상\s?|더는\s?)?(?:필요\s?없(?:음|어요|어|다|습니다)|안\s?(?:씀|써요|써|쓴다|쓰임|써서|쓰니까)|(?:사용|이용)\s?(?:하지\s?않(?:습니다|아요|음)|안\s?(?:함|해요|합니다)))[.!~ㅋㅎㅠ]*$/;
const NO_USE_WORD =
  /필요\s?없|안\s?[씀써쓴쓰]|(?:사용|이용)\s?(?:하지\s?않|안\s?)|n't\s+(?:need|use|have\s+any)|not\s+(?:need|use)|no\s+longer/;
/** "bin X on staging, it's the old one we don't need", "…, we don't use it any more", "…, don't have anybody using
 * already" (Singlish): why, no refusal. */
const NO_USE_AFTER_ORDER_EN =
  /(?:,\s+(?:(?:it's|its|it\s+is|that's|they're)\s+(?:[a-z-]+\s+){0,5}?)?(?:we|i)\s+(?:don't|do\s+not|no\s+longer)\s+(?:need|use)(?:\s+(?:it|them))?(?:\s+any\s?more)?|(?:,\s+|\s)(?:(?:we|i)\s+)?(?:don't|dont|do\s+not)\s+have\s+any(?:body|one)\s+using(?:\s+(?:it|them|already|any\s?more))*)[.!]*$/;
/** The command without a closing "no use any more" remark ("… 0개로 내려줘, 안 쓴다" → "… 0개로 내려줘,"). */
export function withoutNoUseRemark(t: string): string {
  // the pre-test keeps the end-anchored pattern off the many commands that cannot hold it
  return NO_USE_WORD.test(t) ? t.replace(NO_USE_AFTER_ORDER, '').replace(NO_USE_AFTER_ORDER_EN, '') : t;
}
/**
 * "bounce cart-api on prod, coupons do not apply", "…, the docks do not release the bikes": after the order, a failure
 * reported (something else does not work) — no refusal.
 */
const REPORTED_FAILURE_EN =
  /(?:^|[,;]\s*|\s)(?:the\s+|our\s+)?(?:[a-z-]+\s+)?(?:[a-z]+s|they|it)\s+(?:do|does|did)\s*(?:n'?t|not)\s+(?!want|need|use|deploy|redeploy|restart|roll|rollback|delete|remove|scale|touch|bounce)[a-z]+(?![^,.!?]*(?:don'?t|do\s+not|never|(?<![a-z])no(?![a-z])))[^,.!?]*[.!]*$/;
export function withoutReportedFailures(t: string): string {
  t = withoutNoUseRemark(t).replace(REPORTED_FAILURE_EN, '');
  if (!t.includes('안')) return t;
  const reported = (m: string, subject: string, at: number) =>
    OPERATION_SUBJECT.test(subject) || !AFTER_ORDER.test(t.slice(0, at)) ? m : ' ';
  return t.replace(REPORTED_FAILURE, reported).replace(STILL_FAILING, reported);
}
/** "… 부탁드려요, 고객 인증 아직 안 돼요": something that still does not work (a "not yet" of its own refuses). */
const STILL_FAILING = /([^\s,.!]+)\s(?:아직|여전히|계속)\s?안\s?(?:됨|돼|되네|돼요|됩니다|된다)(?![가-힣])/g;
/** "what if", "롤백하면 어떻게 돼?", "should I restart": talk about an operation, not an order. */
/**
 * A change put off ("롤백은 내일 하자", "deploy X to prod tomorrow", "내일 운영 배포해줘"): not to be done now — the
 * service does not schedule, so it is answered like a refusal (nothing done) and said again when it is time.
 */
export const POSTPONED = new RegExp(
  `(?:끝나|마치|되|나오|들어오|빠지|비)는\\s?대로(?![가-힣])|(?<=[이가]\\s?)(?!(?:말하|원하|시키|바라|하)는)[가-힣]{1,3}는\\s?대로(?![가-힣])|(?:^|[\\s가-힣])(?:할|될|날|길|질|올|갈|을|일|는)\\s?경우(?:에는|에만|에|엔|라면)?(?![가-힣])|기다렸다가?(?=\\s)|까지\\s?기다(?:렸|려)|지금(?:\\s?당장)?은?\\s?말고|(?:확인|승인|컨펌|리뷰|허락)\\s?(?:받고|받은\\s?(?:뒤|후|다음))|일단\\s?대기|대기\\s?(?:해|하고)\\s?(?:줘|주세요|있어)|대기\\s?(?:하십시오|하세요|해\\s?주십시오)(?=[\\s.!]*$)|기다려\\s?(?:줘|주세요)|(?:내일|모레|나중에|다음에|다음\\s?주에?|다음\\s?달에?|이따가?)\\s?(?:\\S+\\s?){0,2}(?:하자|합시다|할게요?|해야지|하죠)|(?:내일|모레|다음\\s?주에?|다음\\s?달에?)\\s?(?:\\S+\\s?){0,5}해\\s?(?:줘|주세요|주실래요|줄래)|(?:\\d+|한|두|세|네|다섯|열|삼십)\\s?(?:시간|분|초)\\s?(?:뒤|후|있다가|지나서)|(?<=[가-힣])[간난친된](?:\\s?(?:뒤|후|다음))(?:에|에야|에나)?(?=\\s)|` +
    W(
      `(?:later|tomorrow|next\\s+(?:week|sprint|month))(?:\\s+(?:please|pls))?\\s*[.!]?$|after\\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\\s+(?:tonight|pm|am|o'?clock))?(?=\\s*[.,;!]|\\s*$)|^\\s*after\\s+[a-z]+(?:\\s+[a-z]+)?\\s+at\\s+\\d{1,2}(?::\\d{2})?(?:\\s?(?:am|pm))?\\s*,|(?:sit\\s+on|hold|park|shelve|put\\s+off|postpone|delay)\\s+(?:\\S+\\s+){0,6}?(?:until|till|til)\\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|noon|midnight|next|the\\s+(?:end|weekend|morning|evening|afternoon)|end\\s+of|after|\\d{1,2}(?::\\d{2})?(?:\\s?(?:am|pm))?)|not\\s+(?:right\\s+)?now|(?<=(?:^|[,;.!—–-])\\s*)not\\s+yet(?=\\s*(?:[,;.!]|$))|(?:tomorrow|tonight)\\s+(?:morning|evening|night|at\\s+\\d)|(?:once|after|when|the\\s+(?:moment|minute|second|instant))\\s+(?:the\\s+|our\\s+|this\\s+)?[a-z0-9 -]+?(?:\\s+(?:wraps?\\s+up|is\\s+(?:done|over|finished|complete|out|gone|served|up)|(?:has\\s+)?left|leaves|closes|finishes|ends|completes)|'s\\s+(?:out|gone|done|over))(?!.*(?:actually|(?<![a-z])now(?![a-z])))|(?:in|after)\\s+(?:\\d+|an?|one|two|five|ten|thirty)\\s+(?:minutes?|mins?|hours?|hrs?|seconds?|secs?)`,
    ),
);
export const HYPOTHETICAL = new RegExp(
  `(?<!(?:안|못)\\s?)해도\\s?(?:된대|좋대|괜찮대)(?:요)?(?=[\\s.!~]|$)|(?:권장|추천|권고)(?:\\s?(?:함|임|드림|사항))?(?=[\\s.!~]*$)|(?:권장|추천|권고)\\s?(?:한대|했대|한다고|했다고|하더라|했어|했습니다|합니다|해요|한다|했음|드립니다|드려요)|(?:^|[.!?;]\\s)if\\s+(?:the|it|this|that|[a-z0-9-]+)\\s+(?:\\S+\\s+){0,6}?(?:looks?|is|are|goes|passes|works|stays|seems|succeeds|fails)\\s|(?:^|[.!?;]\\s)(?:should|in\\s+case)\\s+(?!(?:i|we|you)\\s)(?:the|it|this|that|our|[a-z0-9-]+)\\s+(?:\\S+\\s+){0,6}?\\S+,\\s|(?<!주신|주시|해\\s?주신)다면\\s?(?:\\S+\\s?){0,3}?(?:어떻게|어떨|어찌|영향|될까|되나|괜찮|문제)|하면\\s?(?:어떻게|어찌|뭐가|무슨|될까|되나|돼|안)|하면\\s?(?:\\S+\\s?){1,2}(?:어떻게|어찌)\\s?(?:돼|되|될)|(?:하|되|리|르|으|시|내|려)면\\s?(?:어때|어떨까|어떨지|좋을까|나을까)|면\\s?(?:어떡|어떻게|어쩌)|어떡하지|될지|모르겠(?!(?:는데|지만)요?\\s?,)|(?:으|이)?면\\s?어떻게|만약|만일|해도\\s?(?:돼|될까|되나|괜찮)|(?:워|려|여|어|아|와|꿔|춰|혀|해)도\\s?(?:돼|될까|되나|괜찮|(?:\\S+\\s?){0,3}(?:없겠|괜찮겠|문제\\s?없|상관\\s?없))|해야\\s?(?:하나|할까|돼(?!서)|되나|해(?!서)|할지|하는지)|할지|(?:필요한지|필요할지)\\s?(?:\\S+\\s?){0,2}(?:의견|판단|검토|조언|알려|회신)|(?:배포|롤백|재시작|재기동|삭제|스케일|증설|축소|원복)\\s?(?:여부|필요성|가능성|진행\\s?여부)?\\s?(?:를|을)?\\s?(?:검토|판단)|하는\\s?게\\s?(?:좋|나을|맞)|할까|될까|야\\s?(?:되는데|하는데|할\\s?텐데|될\\s?텐데)|` +
    W(
      `(?:i|we)['’]d\\s+(?!(?:really|so|much|also|just|already|never|be|been|have|had|like|love|appreciate|rather|prefer)(?![a-z]))[a-z]+(?<!ed)(?!.*(?:go\\s+ahead|please\\s+do|do\\s+(?:it|that|so)|proceed))|what\\s+if|(?:my|our)\\s+(?:recommendation|suggestion)|(?:i|we)\\s+(?:would\\s+)?(?:recommend|suggest)|would\\s+it\\s+help|would\\s+[a-z]+ing\\s+(?:\\S+\\s+){0,3}help|what\\s+happens|what\\s+would|would\\s+happen|should\\s+(?:i|we|you)|do\\s+you\\s+think|d'?you\\s+think|would\\s+it\\s+be\\s+(?:wise|better|smart|sensible|a\\s+good\\s+idea)|is\\s+it\\s+better\\s+to|(?:give|need)\\s+(?:me\\s+)?(?:some\\s+)?advice|(?:we|i)\\s+should(?!n)(?!.*(?:please\\s+do|go\\s+ahead|do\\s+(?:it|that|so)\\s+now|proceed))|how\\s+about\\s+[a-z]+ing|worth\\s+[a-z]+ing|(?:would|do|could|can)\\s+you\\s+(?:recommend|advise|suggest)|shall\\s+(?:i|we)|if\\s+(?:i|we|you)|suppose|hypothetically|is\\s+it\\s+(?:safe|ok|okay|fine|risky|dangerous|a\\s+good\\s+idea|wise)|thinking\\s+out\\s+loud|do\\s+(?:i|we)\\s+need|worth|whether|in\\s+case|wonder(?:ing)?|curious`,
    ),
);
/**
 * 몇 asks ("몇 개 떠 있어?") unless it counts back ("몇 개 전 리비전으로": a relative revision) or up ("몇 개 더
 * 늘려": a few more) — both asked about.
 */
export const FEW = `몇(?!\\s?(?:개|번|버전|단계|리비전|versions?|revisions?)?\\s?(?:전|이전|뒤로))(?!\\s?(?:개|대)\\s?(?:더|추가))`;
/** Question forms (Korean endings, English question words at the start, a question mark). */
export const QUESTION = new RegExp(
  `\\?|어때|어떰|(?:떴|왔|났|갔|졌)는지|(?:된|됐던|되어\\s?있는|한)\\s?(?:것|거|게)\\s?맞(?:는지|나|니|냐|죠|지|습니까|는가)|됐어(?!서)|됐나|됐니|됐냐|됐지|됐을|되었(?!습니다|어서|다)|됐는지|했어(?!서)|했나|했니|했냐|했지|했을|했는지|했던|(?<!(?:나|생기|터지|밀리|쌓이|늘|떨어지|튕기|실패하|멈추|죽|몰리|꼬이)고\\s?)있어(?!서)|있나|있니|있냐|있는지|있을까|` +
    `뭐야|뭐지|뭐였|뭐예요|뭔가|뭐임|${FEW}|언제|어디|누가|왜|인가요|인가|인지|일까|건가|거야|나요|(?:좋겠|어떻겠|괜찮겠)(?:나|는가|소|습니까)(?![가-힣])|` +
    `^(?:(?:so|and|hey|um|uh|ok|okay|but|well|음|혹시|근데|그런데|아)[\\s,]+)*(?:how|what|what's|whats|which|when|where|who|why|was|were|did|didn't|does|is|isn't|are|has|have|had|should|could|can|will|would|shall|am|do\\s+(?:you|we|i|they))(?=\\s|$)|` +
    // "Provided the new job runs clean tonight, remove …": a condition, as "if" is (round 165)
    W(`how|whether|if|provided|providing|assuming|supposing|(?:as|so)\\s+long\\s+as`) +
    `|(?:[;—–]|\\s--?)\\s*(?:would|will|could|does|is|can|should)\\s+(?:that|it|this|they)\\s+[a-z]`,
);
/**
 * 올렸/늘렸/줄였/띄웠/지웠/돌렸/켰 — and what they did, 늘어났/올라갔/줄었 — an operation's own verb in the past ("스테이징에
 * 4.0.1 올렸어요", "5개로 늘어났어요" tell, they ask nothing).
 */
export const OPERATION_VERB_PAST =
  /(?:(?:올|늘|내|돌|띄|지|줄|바|켜|껐다\s?)(?:렸|웠|였|꿨|켰)|늘어났|줄었|줄어들었|올라갔|올라왔|내려갔|꺼졌|지워졌|돌아갔|바뀌었|바꼈|(?<=[가-힣])해\s?(?:봤|보았))(?=어|습니|다(?![가-힣])|다(?:더|던|고|며)|음(?![가-힣])|는데|네요|거든|대(?:요)?(?![가-힣])|답니다)/;
/** The past: a report or a question about what happened ("배포됐어?", "did it roll back"), not an order. */
export const PAST = new RegExp(
  `(?<=[해려워춰켜여]\\s?)(?:뒀|놨|두었|놓았)(?=습|어|음|다|지|는데|고|소)|(?<=[해려워춰켜여]\\s?)(?:둠|놓음)(?![가-힣])|됐|했었|됐었|되었|됬|했어|했나|했는데|했더니|했지만|했으나|했니|했냐|했지|했는지|했음|했습|성공|실패|완료|끝났|끝남|끝냄|예정|계획|할\\s?거(?:야|예요|에요|임|다)|할게|하려고|하려는|할\\s?생각|(?<=(?:배포|재시작|재기동|롤백|원복|삭제|스케일|반영|올리|늘리|줄이|내리|지우|돌리|띄우|바꾸)(?:하)?)셨(?=어|습|다|대|답|는데|네|거든|던|지|나)|(?:하는|진행)\\s?중|` +
    `${OPERATION_VERB_PAST.source}|` +
    W(
      `did|was|were|has|have|had|went|succeeded|successful|failed|finished|done|completed|worked|planning|plan\\s+to|going\\s+to|gonna|in\\s+progress`,
    ),
);
/** A time in the past: a question about a change then asks for the history ("… yesterday?", "어제 …했어?"). */
export const PAST_TIME = new RegExp(
  `어제|그저께|그제|지난\\s?(?:주|달|번|밤)|저번|며칠\\s?전|주말에|` +
    W(
      `yesterday|last\\s+(?:time|night|week|month|weekend|friday|monday|tuesday|wednesday|thursday|sprint|release)|ever|ago|over\\s+the\\s+weekend|this\\s+morning|earlier\\s+today`,
    ),
);
/** A question asked inside an order ("배포됐는지 알려줘", "tell me if it was deployed"): still a question. */
export const EMBEDDED_QUESTION = new RegExp(
  `는지|은지|ㄴ지|인지|할지|될지|(?<=[가-힣]\\s?)건지|` + W(`if|whether|how\\s+many|what|which|when`),
);
/** The endings of an order right after the operation word ("배포해 줄래", "올려줘", "재시작 좀 부탁해", "배포하도록", "배포할 것"). */
export const ORDER_AFTER_KO =
  /^\s?(?:좀\s?|하고\s?)?(?:(?:해|시켜|해서)?\s?(?:줄래|줄\s?수|주실|주시겠|주시면|줘|주세요|주라|줘요|부탁|ㄱㄱ|고고)|하도록|할\s?것(?![가-힣]))/;
/** "can you restart …", "could you please roll back …": a polite order. */
export const POLITE_EN =
  /(?<![a-z0-9_-])(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|just\s+|kindly\s+)?/g;
export const PLEASE = new RegExp(W(`please|pleas|pls|plz|plse|bitte|can\\s+or\\s+not`));
export const POLITE_START =
  /^(?:hey\s+|ok\s+|so\s+)?(?:can|could|would|will)\s+(?:you|u)\s+(?!tell|explain|show|say|check|see|confirm)/;
/** "배포가 뭐야", "what is a rollback", "difference between restart and redeploy": about words, not apps. */
export const CONCEPT = new RegExp(
  // "example: restart X on dev", "예시: …": a command shown, not given
  `^\\s*e\\.g\\.?\\s|^\\s*(?:@[\\w-]+\\s+)?(?:examples?|e\\.g\\.|for\\s+example|for\\s+instance|sample|(?:예시|예문)(?:예요|이에요|입니다|야|임)?|예를\\s?들(?:어|면))\\s*[:：]|restart\\s?polic|rollout\\s?strateg|배포\\s?전략|재시작\\s?정책|(?:이란|란|라는\\s?(?:게|건|것))\\s?(?:뭐|무엇|무슨)|(?:이|가|은|는)\\s?(?:뭐야|뭔가요|뭐예요|뭐지|무엇)|무슨\\s?뜻|뜻이|의미|차이|설명해|` +
    W(
      `what'?s\\s+an?\\s+[a-z]+(?:\\s+[a-z]+)?\\s*\\??$|what\\s+(?:is|are|does)\\s+(?:an?\\s+|the\\s+)?(?:deploy|deployment|rollback|roll\\s?back|restart|scale|scaling|delete|redeploy|rollout)s?\\s*(?:mean|\\?|$)|what\\s+does\\s+\\S+\\s+mean|meaning|difference\\s+between|explain|define|definition`,
    ),
);
const OPERATION_NOUN =
  '(?:deploy(?:ment)?|redeploy|rollback|roll-?out|restart|release|scale-?(?:up|down)?|scaling)';
/** Read nouns → the read they ask for (first match wins). */
export const READS: ReadonlyArray<readonly [Intent, RegExp]> = [
  // "can't log into the app", "log in": signing in, no logs
  ['logs', new RegExp(`로그(?!인)|` + W(`logs|log(?!\\s+(?:in|into|on|out)(?![a-z]))`))],
  ['history', HISTORY_CUE],
  [
    'list',
    new RegExp(
      `목록|리스트|(?:앱|app|서비스)(?:이|가|은|는)?\\s?몇\\s?개|(?:배포|deploy)\\s?된\\s?(?:앱|서비스|apps?|services?)(?:들)?\\s?(?:이|가)?\\s?(?:뭐|어떤|무슨)|(?:배포|deploy)\\s?된\\s?(?:거|것|앱|서비스|apps?|services?)(?:들)?\\s?(?:다|전부|모두)|(?:떠|올라가)\\s?있는\\s?(?:서비스|앱|거|것)|` +
        W(
          `list|everything\\s+(?:deployed|running)|which\\s+(?:apps|services)|what\\s+(?:apps|services)|what\\s+do\\s+we\\s+have`,
        ),
    ),
  ],
  [
    'status',
    new RegExp(
      `상태|현황(?!판)|헬스|(?:재시작|롤백|배포|restart|rollback|deploy)\\s?(?:횟수|수)|(?:배포|롤백|재시작|재기동|스케일|삭제)\\s?결과|` +
        W(
          `status|state|health|healthy|(?:restart|rollback|deploy)\\s+count|number\\s+of\\s+restarts|(?:deploy(?:ment)?|rollback|restart)\\s+results?`,
        ) +
        // "check cart-api on prod and then bounce it": a look first, then a change — the look is a read
        `|^(?:please\\s+|pls\\s+|kindly\\s+)?(?:check|look\\s+at|peek\\s+at|check\\s+on)\\s+(?=.*(?<![a-z])(?:and|then)\\s)` +
        // "check on the billing-api rollback", "how'd the restart go": an operation looked at, not ordered
        `|^(?:please\\s+|pls\\s+)?(?:check\\s+on|look\\s+(?:in\\s+)?on|keep\\s+an\\s+eye\\s+on)\\s+(?:the|that|this)\\s+(?:[a-z0-9-]+\\s+)?${OPERATION_NOUN}(?![a-z])` +
        `|(?<![a-z])how(?:'d|\\s+did|\\s+was|'s|\\s+is)\\s+(?:the|that|this|my|our)\\s+(?:[a-z0-9-]+\\s+)?${OPERATION_NOUN}\\s+(?:go|going|looking)(?![a-z])`,
    ),
  ],
];

/** The read a text asks for by its read nouns, if any (the first of READS that matches). */
export function readFor(t: string): Intent | undefined {
  return READS.find(([, re]) => re.test(t))?.[0];
}
/** In a question, these ask for the status ("몇 개 떠 있어?", "how many pods are running?"). */
export const STATUS_QUESTION_WORDS = new RegExp(
  `${FEW}|떠\\s?있|떴는지|돌고\\s?있|살아\\s?있|올라가\\s?있|올라갔|나갔(?:어|나|니|냐|는지)|` +
    W(`how\\s+many|running|up|alive`) +
    // "is web-app at 3 replicas now?": the count is checked, not set
    `|(?<![a-z])(?:at|on)\\s+\\d{1,3}\\s+(?:replicas?|pods?|instances?|copies)(?![a-z])`,
);
export const STATUS_QUESTION = {
  test: (t: string) => STATUS_QUESTION_WORDS.test(t) || STATUS_CUE.test(t),
};
export const CHANGE_PATTERNS = new Map(INTENT_PATTERNS.filter(([i]) => CHANGE_INTENTS.has(i)));
/** Each change's -ing forms ("I'm not restarting anything tonight", "not rolling anything back"). */
const GERUNDS: Partial<Record<Intent, string>> = {
  deploy: 'deploying|redeploying|shipping|releasing|rolling\\s+out',
  scale: 'scaling',
  rollback: 'rolling\\s+(?:[a-z0-9-]+\\s+){0,2}back|reverting',
  restart: 'restarting|rebooting|bouncing|recycling',
  delete: 'deleting|removing|wiping',
};
/** A change's words, its -ing forms too: what a remark after another order names when it refuses it. */
export const CHANGE_OR_GERUND = new Map(
  [...CHANGE_PATTERNS].map(([intent, re]) => {
    const gerund = GERUNDS[intent];
    return [intent, gerund ? new RegExp(`${re.source}|(?<![a-z])(?:${gerund})(?![a-z])`) : re] as const;
  }),
);
/** Order words that are not an operation's own word but say "do it" ("태그 v9로 바꿔", "land web-app v3 …"). */
export const ORDER_EXTRA: Partial<Record<Intent, string>> = {
  deploy:
    `ㄱㄱ|고고|(?<![가-힣ㄱ-ㅣ])ㄱ(?![가-힣ㄱ-ㅎ])|->|→|바꿔|바꾸|변경(?!\\s?(?:분|사항|점|건|내역|이력))|교체|` +
    W(`go\\s+go|switch|change|set|land|put|get|bring|move|roll\\s+out`),
  scale: `맞춰|맞추|키워|키우|` + W(`set|bigger|smaller|more|fewer`),
};
/** The words of each change in their order form, global: where in the sentence the order stands. */
export const ORDER_WORDS = new Map(
  [...CHANGE_PATTERNS].map(([intent, re]) => {
    const extra = ORDER_EXTRA[intent];
    return [intent, new RegExp(extra ? `${re.source}|${extra}` : re.source, 'g')] as const;
  }),
);
/** The same words, not global: does the sentence hold one at all? */
export const ORDER_ANY = new Map(
  [...ORDER_WORDS].map(([intent, re]) => [intent, new RegExp(re.source)] as const),
);
/** "방금 배포 무르고 전 버전으로", "release 취소하고 revert": a deploy then a rollback is one rollback (the deploy is undone). */
export const undoesDeploy = (first: Intent, second: Intent): boolean =>
  first === 'deploy' && second === 'rollback';
/**
 * Two different changes joined ("배포하고 3개로 늘려줘", "배포하구 …", "restart it and then delete …", "…, tapos deploy …"):
 * which one is meant?
 */
export const CONJUNCTION =
  /(?:하고|하구(?=\s|,)|(?:한|하신|시킨|린|운|인|낸|친|킨|긴|진|된)\s?(?:다음|뒤|후)|고\s?나서|했다가|(?<=[가-힣])고(?=\s|,\s?)|그\s?다음에)|(?<![a-z])(?:and|then|after\s+that|afterwards|followed\s+by|tapos|pagkatapos|danach|ensuite|puis|sono\s+ato)(?![a-z])|그리고|(?<=\s)및(?=\s)/;
export const PRODUCTION = new RegExp(
  ENV_ALIASES.filter(([env]) => env === 'production')
    .flatMap(([, aliases]) => aliases)
    .map((a) => (/[가-힣]/.test(a) ? a : W(`${a}(?:-${ENV_WORD_SUFFIX})?`)))
    .join('|'),
);
/** "내 계정 삭제해줘": my own thing, not an app. */
export const MY_THING_KO = /(?:^|\s)(?:내|제|나의|저의|우리)\s[가-힣]+/;
export const LATIN_TOKEN = /[a-z]{4,}/g;
export const HANGUL_TOKEN = /[가-힣]{2,}/g;

/** NFC, lower case, single spaces; the reader and the gate read the same text one after the other. */
export const normalise = keepingRecent((text: string): string =>
  inStandardForm(text.normalize('NFC'))
    .toLowerCase()
    .replace(SPACE_RUNS, ' ')
    .trim()
    .replace(JAMO_IN_WORD, '')
    // "개 발 에 서 삭 제": Hangul typed one syllable at a time reads as the words it spells (as the reader does)
    .replace(SPACED_SYLLABLES, (m) => m.replace(SPACE_RUNS, ''))
    .replace(SPACED_WORD, (m) => m.replace(SPACE_RUNS, ''))
    // "web-app을staging에deploy": a Latin word glued to a Korean particle is a word of its own
    .replace(HANGUL_THEN_LATIN, ' '),
);
export const SPACE_RUNS = /\s+/g;
/** "배ㅍ포": a lone jamo typed inside a word (not beside a production word's syllable: "운ㅇ영" is asked about). */
export const JAMO_IN_WORD = /(?<=[가-힣])(?<![운영프로덕션])[ㄱ-ㅎㅏ-ㅣ](?=[가-힣])(?![운영프로덕션])/g;
export const SPACED_SYLLABLES = /(?<![가-힣])(?:[가-힣] ){2,}[가-힣](?![가-힣])/g;
export const HANGUL_THEN_LATIN = /(?<=[가-힣])(?=[a-z])/g;
/** An operation verb run into the name after it ("restartworker", "showlogs"): two words. */
export const GLUED_VERB = /(?<![a-z0-9_-])(deploy|restart|rollback|delete|remove|scale|redeploy)(?=[a-z])/g;

/** "롤백 말고", "not delete": the operation itself is refused (other words may be corrected, "스테이징 말고"). */
// "4 not 6", "6개 말고 4개로": a count corrected, not the operation refused
export const REFUSAL = /(?<!\d\s?(?:개|대)?\s?)말고|(?<![a-z])not(?![a-z])(?!\s+\d)/g;
/** A version-like name: what a tag looks like (v2, 1.4.0, sha-4f2a9c1, latest). */
export const TAG_LIKE =
  /^(?:v?\d+(?:\.\d+)*(?:-[0-9a-z.-]+)?|(?:sha|git)-[0-9a-f]+|[0-9a-f]{7,40}|latest|(?:release|build|rc|hotfix|nightly|pr)-\d[0-9a-z.-]*)$/;
/** The operation in the past tense anywhere: "we restarted it yesterday". */
export const PAST_EVIDENCE =
  /(?<![a-z])(?:rolled|rollbacked|deployed|restarted|scaled|deleted|removed|released|shipped|reverted|redeployed|rebooted|bounced|pushed)(?![a-z])/;
/** An operation word in the past tense: a report, not an order. */
export const PAST_FORM =
  /^(?:rolled|rollbacked|deployed|restarted|scaled|deleted|removed|released|shipped|reverted|redeployed|pushed)(?![a-z])/;
/** An English verb's object that is a thing, not an app ("my laptop", "this message", "the conversation"). */
/**
 * "web-app 캐시 삭제해줘", "order-api 운영 DB에서 테스트 예약 데이터 삭제하라", "clear the web-app cache": what is deleted is
 * data of an app, not the app — nothing we delete; nor is one pod ("파드 하나 멈춘 거 delete 해": close to a restart, asked).
 */
export const DATA_DELETED =
  /(?<![a-z])(?:delete|remove|clean\s+up|purge|prune)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:old|older|previous|stale|unused)\s+(?:versions?|releases?|builds?|images?|tags?|revisions?)(?![a-z])|(?:예전|이전|옛날|지난|오래된|낡은)\s?(?:버전|이미지|빌드|릴리즈|리비전)(?:들)?\s?(?:을|를|은|는)?\s?(?:다\s?|전부\s?)?(?:정리|삭제|지워|지우|제거)|(?:파드|pod|인스턴스|컨테이너)\s?(?:중에\s?)?(?:[^\s,.]+\s?){0,3}?(?:거|것|놈|애)\s?(?:을|를)?\s?(?:싹\s?|다\s?)?(?:삭제|지워|지우|날려|치워|delete|remove|kill)|(?<![a-z0-9-])(?:캐시|데이터|레코드|로그|기록|파일|세션|큐|메시지|사진|예약|주문|쿠폰|티켓|이용권|백업|스냅샷|이미지|항목|배너|알림|브랜치|(?<=\s)(?<!(?:환경|운영|개발|스테이징|프로덕션|상용|[a-z0-9])\s)건)(?:들)?\s?(?:을|를|은|는|도|만)?\s?(?:하나\s?|한\s?개\s?|몇\s?개\s?)?(?:전부\s?|다\s?|싹\s?|모두\s?)?(?:삭제|지워|지우|제거|날려|비워|정리|delete|remove|clear|purge|wipe)|(?<![a-z])(?:delete|remove|clear|purge|wipe|drop|flush)\s+(?:the\s+|all\s+(?:the\s+)?|old\s+|stale\s+|test\s+)*(?:[a-z0-9-]+(?:'s)?\s+)?(?:cache|caches|data|records?|rows?|logs?|files?|sessions?|queue|messages?|photos?|bookings?|orders?|coupons?|tickets?|passes|backups?|snapshots?|images?|pictures?|scans?|banners?|entr(?:y|ies)|branch(?:es)?|alerts?)(?:\s+(?:message|entry|entries))?(?![a-z0-9_-])/;
export const FOREIGN_OBJECT =
  /(?<![a-z])(?:restart|delete|remove|deploy|scale|roll\s+back|rollback|revert|reboot)\s+(?:my|this|that|the|our|your|his|her|a|an)\s+(?!app|apps|service|services|one|deployment|pods?|it|whole|same|previous|last|new|current|latest)[a-z]{3,}(?![a-z0-9-])/;
/** "I'd appreciate it if you …": politeness, not a condition. */
export const POLITE_IF =
  /(?:해\s?)?주시면\s?(?:감사|고맙|좋겠|좋을|됩니다|돼요|되요)[가-힣]*|(?<![a-z])(?:(?:when(?:ever)?|if)\s+you\s+(?:get\s+(?:a|the)\s+(?:chance|sec|second|moment|minute)|have\s+(?:a\s+)?(?:sec|second|moment|minute|time)|can|are\s+free|'re\s+free)|at\s+your\s+convenience|i\s+would\s+like\s+you\s+to|i'?d\s+like\s+you\s+to|kindly)[,\s]*|(?:시간|여유)\s?(?:되시|있으시)면\s?|괜찮으시면\s?|편하실\s?때\s?|가능하(?:시|다)면|(?:해\s?)?주시기\s?(?:바랍니다|바래요|부탁)[가-힣]*|부탁\s?드려도\s?(?:될까요|되나요|돼요|될까)|(?:해|해\s?주실)\s?수\s?있(?:나요|을까요|으세요|으실까요)|[,\s]*if\s+(?:that'?s|that\s+is|it'?s|it\s+is)\s+(?:alright|all\s+right|ok|okay|fine)(?=\s*$|[,.!;])|[,\s]*if\s+you\s+(?:please|would|will|(?:would\s+)?(?:do\s+not|don'?t|wouldn'?t)\s+mind)(?=\s*$|[,.!;])|(?:i'?d|i\s+would|we'?d)\s+appreciate\s+it\s+if\s+you|it\s+would\s+be\s+great\s+if\s+you|if\s+you\s+could/g;
/** A Korean sentence that ends as a remark (…다, …네, …군, …음, ㅋㅋ, ㅠㅠ). */
export const REMARK_KO =
  /^(?!.*(?:부탁드립니다|부탁합니다|바랍니다|주십시오)[.!~]*$).*(?:[가-힣](?:다|네|군|구나|음|ㅋ+|ㅎ+|ㅠ+)[.!~ㅋㅎㅠ]*$|[ㅋㅎㅠ]{2,}$)/;
/** "배포 때문에 야근각": the change is the cause of something told, not asked for. */
export const CAUSE =
  /(?:배포|롤백|재시작|삭제|스케일|deploy|rollback|restart)\S{0,2}\s?(?:때문에|탓에|덕분에|덕에)/;
/** "상태 보고 이상하면 재시작해": look first; the change waits on what the read shows. */
export const LOOK_FIRST = /(?:보고|확인하고|체크하고|본\s?(?:다음|뒤|후)에?)\s/;
/** A Korean conditional clause (…하면, …되면, …이면, 줄이면, 늘리면). */
/** "…하면", "…되면": a condition — but "…해 주시면 감사하겠습니다" is a polite request. */
export const KO_CONDITIONAL =
  /(?<![가-힣])이러면(?=\s)|이렇게\s?되면(?=\s)|아니면\s?(?:해|하|진행|ㄱ)(?![가-힣])|[가-힣]지\s?않는\s?(?:한|이상)(?=\s|,)|(?:았|었|였|났|됐|했|겼|렸|웠|졌|않|없|있)다면(?=\s|,|$)|(?:초과|미만|이상|이하|발생|실패|장애|오류|에러|지연|다운|중단|폭주)\s?시(?=\s|,)|(?:하|되|이|리|르|으|시|내|나|뀌|오|지|치|와|져|려|워|기|빼|열|가|줄|늘|들|돌|받|끊|쉬|추|우|두|꾸|쓰|끄|뜨|크|튀|뛰|밀|떨|히|튕|불)면(?:(?=\s|$|\?|(?:운영|개발|스테이징|프로덕션|상용)(?:계|환경)?(?:\s|[a-z]))|요(?=[\s,]|$))(?!\s?(?:정말\s?)?(?:감사|고맙))|(?<=[해줘]\s?)주면(?=\s)(?!\s?(?:정말\s?)?(?:감사|고맙|좋겠|좋을|돼|되|됩|땡큐|끝|ok|okay))|(?:되|하|않|없|나|이)거든(?=\s)/;
export const ORDER_AT_END =
  /(?:줘|주세요|줘요|해라|하자|합시다|ㄱㄱ|부탁해|부탁해요|부탁드립니다|부탁합니다|부탁드려요|부탁드릴게요|부탁드리겠습니다|바랍니다|주십시오|하고\s?싶(?:습니다|어요|어))[.!~]*$/;
/** An operation word inside quotes is a mention (print "restart api-server"), not an order. */
export const QUOTED = /["“”'‘’`][^"“”'‘’`]{1,80}["“”'‘’`]/;
/** A count or a revision said with its shape: "3개로", "to 3", "x3", "5 replicas", "리비전 2", "revision 2". */
export const HAS_NUMBER = new RegExp(
  `(?:\\d+|(?<![가-힣])${KOREAN_NUMBER_SOURCE})\\s?(?:개|대|으로|로)|(?:replicas?|pods?|instances?|레플리카|파드)\\s?[:=]?\\s?\\d+|(?:^|\\s)(?:to|=|x|→|->|make\\s+it)\\s?\\d+|\\d+\\s?(?:번째|번)?\\s?(?:리비전|리비젼|revision)|\\d+\\s?(?:replicas?|pods?|instances?|copies)|(?:리비전|리비젼|revision|rev)\\s?#?\\d+|#\\d+|` +
    W(`(?:${EN_NUMBER_SOURCE})\\s+(?:replicas?|pods?|instances?|copies)`),
);

/** A tag question closing a sentence ("…, ok?", "…, right?", "…, seen?" in Patois, "…, theek hai?" in Urdu). */
export const TAG_QUESTION =
  /,?\s*(?:ok|okay|alright|all\s+right|right|yeah|seen|sound\s+good|theek\s+hai|thik\s+hai|innit|yeah\s+mate|alright\s+mate)\s*\?+\s*$/;

/** "… restart ty", "… bounce stage thx": thanks after an order is still the order. */
/** "안녕하십니까, …", "Good evening. …": a greeting before the message, never its question. */
export const GREETING_AT_START =
  /^\s*(?:안녕하(?:십니까|세요|세여|신가요|셨어요)|좋은\s?아침입니다|(?:hello|hi|hey|good\s+(?:morning|afternoon|evening))(?![a-z]))[?,.!~]*\s*/;
/**
 * An environment named in a sentence: "운영팀", "개발자", "운영 중인" (in operation) name people or a state, no place.
 * Where a place said only beside the order is asked about (long messages, doubted targets).
 */
export const PLACE_WORD =
  /운영(?!팀|진|자|실|본부|\s?중)|프로덕션|스테이징|개발(?!팀|자)|(?<![a-z])(?:prod|production|prd|live|stg|stage|staging|dev|development)(?![a-z])/;
export const THANKS_AT_END =
  /\s(?:thx|thanks|thank\s+you|ty|tyvm|cheers|danke|땡큐|감사합니다|감사해요|고마워요?)\s*$/;

/** "… 재시작 ㅠㅠ 급해요", "… 롤백해주세여 ㅠ", "… 재시작 🙇": how the order feels, after it, is still the order. */
export const FEELING_AT_END =
  /(?:\s*(?:[ㅠㅜㅋㅎ]+|\p{Extended_Pictographic}(?:\u{FE0F}|\u{200D}|\p{Emoji_Modifier}|\u2640|\u2642|\p{Extended_Pictographic})*|급해요?|급함|급합니다|제발|ㅈㅂ|plz+|pls|asap|urgent))+\s*$/u;
/** The sentence opens with its speaker as the subject ("I rollback …", "제가 …"). */
export const SPEAKER_FIRST = /^(?:(?:i|we)(?:'ve|'m|'re)?\s|(?:내가|제가|저희가|우리가)\s)/;
/** "방금 restart 했어요 FYI", "kindly note …": what follows is told, not asked. */
export const TOLD =
  /(?<![a-z])(?:fyi|btw|(?:kindly|please)\s+(?:note|be\s+(?:advised|informed))|(?:just\s+)?for\s+your\s+(?:information|info|knowledge)|just\s+(?:telling|letting|tell|to\s+tell)\s+(?:you|una|u)(?:\s+know)?|just\s+so\s+(?:you|una|u)\s+know)(?![a-z])|참고(?:로|하세요|해|바랍니다)|(?:그리|그렇게|그냥)?\s?알고만?\s?(?:계세요|계십시오|있어|계셔|계시쇼|계시오)|그냥\s?말씀\s?드려요|(?<![가-힣])(?:내가|제가|아까|방금|이미|벌써)\s(?:\S+\s){0,4}?(?:배포|재시작|재기동|롤백|원복|삭제|deploy|restart|rollback|delete|scale)\s?(?:했|해\s?뒀|해\s?놨)(?:어요|어|습니다|음)(?=[\s.!]*$|[.!,]\s)|하기로\s?(?:했|함|결정)/;
/** "fyi 재시작 done on worker prod", "kindly note we deployed … yesterday": what was done, told. */
export const TOLD_AS_DONE =
  /(?<![a-z])(?:i|we)\s+(?:\S+\s+)?(?:re-?deployed|deployed|restarted|rebooted|rolled|rollbacked|scaled|deleted|removed|bounced|reverted|released|shipped)(?![a-z])|(?<![a-z])(?:done|completed|finished)(?![a-z])|완료(?:됐|했|되었|하였|함|됨)/;

/** A list asked for in words (a show verb, 목록, "what"), not only named as an object. */
export const LIST_ASKED = /보여|알려|목록|리스트|뭐|(?<![a-z])(?:list|show|what|which|tell)(?![a-z])/;
/** A quoted sentence — two words or more in quotes, one of them Korean — is someone else's words, not read. */
export const QUOTED_SENTENCE = /["“”‘'](?=[^"“”’']*[가-힣])(?=[^"“”’']*\s)[^"“”’']{3,120}["“”’']/g;
/** A count said after a conjunction that follows the deploy ("push X to staging, then make it three replicas"). */
export const JOINED_COUNT =
  /(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|한|두|세|네|다섯)\s?(?:replicas?|pods?|instances?|copies|개|대)(?![a-z])/;

/** Where a report or a reason ends and what is asked begins: "…어서", "…니까", "…므로", a full stop. */
export const REPORT_BOUNDARY =
  /(?:어서|아서|해서|라서|돼서|되어서|[혀져쳐켜펴려겨녀워봐꿔줘둬뤄]서|니까|으므로|므로|[.!])\s/g;

export const ENDING_ONLY = /^[가-힣]{0,4}[.!~]*$/;

/** A question mark, or an English question's auxiliary first ("어제 배포 때문에 야근했어" is a remark). */
export const ASKED_OUTRIGHT = /\?|^(?:did|has|have|was|were)\s/;

export const POD_COUNT = /\d+\s?(?:개|대|replicas?|pods?|instances?)(?![a-z])/g;

/**
 * "롤백 대신 4개로 늘려", "재시작은 잠시 미루고 상태만", "instead of a rollback, restart it", "롤백 ㄴㄴ 재시작만", "Do not
 * restart X; roll it back instead", "not a restart, rollout undo …": the operation replaced or put off, not the one asked.
 */
export const REPLACED_OPERATION =
  /(?:재?배포|재시작|재기동|롤백|삭제|스케일|증설|축소)\s?(?:을|를|은|는)?\s?(?:대신|말고|(?:잠시|일단|좀)?\s?(?:미루고|보류하고)(?=\s+[^\s요]))|(?:지우|없애|삭제하|재시작하|재기동하|롤백하|되돌리|배포하|내리|줄이|늘리|스케일하)지\s?(?:말고|마시고)(?=\s+\S)|(?<![a-z])instead\s+of\s+(?:a\s+|the\s+)?(?:rollback|roll(?:ing)?\s+(?:it\s+)?back|restart(?:ing)?|redeploy(?:ing)?|deploy(?:ing|ment)?|delet(?:e|ing|ion)|scal(?:e|ing))(?![a-z])|(?:재?배포|재시작|재기동|롤백|삭제|스케일)\s?(?:은|는)?\s?(?:ㄴㄴ|노노)(?=\s+\S)|(?<![a-z])(?:(?:please\s+)?(?:don'?t|do\s+not)\s+(?:re-?deploy|deploy|restart|bounce|roll\s+(?:\S+\s+){0,3}?back|rollback|delete|remove|scale)(?![a-z])[^,;.!?—]*|not\s+(?:a\s+|the\s+)?(?:re-?deploy|deploy(?:ment)?|restart|rollback|deletion|delete|scale)(?![a-z])\s*)[,;.—]\s*(?=\S)/;
/**
 * An order taken back in the same message: "order-api 운영 롤백해 줘… 가 아니고, 그냥 냅둬", "… 는 무슨… 그냥 둬", "… 가
 * 아니라 그냥 두십시오", "roll back order-api on prod... no wait, just leave it", "Deploy X. Actually, scratch that",
 * "Scale X to 10. Wait, pass, forget I said anything", "Delete X. No — I withdraw that". A "no" after the order and a
 * leave-it after the "no" (or a plain "scratch that", "forget I said anything" after an operation word); a
 * correction to another operation ("… 아니 재시작해 줘") or another thing left alone ("… cart-api는 그냥 둬") is not one.
 */
const KO_ORDER_END =
  '(?:(?<=[가-힣]\\s?)ㄱ{1,3}|(?<=[해워려여춰켜]\\s?)주(?=\\s?(?:…|\\.{2,}))|해|줘|주세요|주십시오|주십쇼|주쇼|주시오|주이소|주소|주구려|주셔요|주셈|주라|하자|합시다|해라|가자|하십시오|해요|부탁(?:드립니다|드려요|해요|합니다|해)|(?<=[가-힣])(?:워|려|춰|켜|꺼|애))(?:요)?(?![가-힣])';
const KO_NO =
  '(?:아니고|아니라|아니다|아닙니다|아니오|아니요|아뇨|아냐|아니야|아니|농담이고|농담|취소|됐고|됐다|말고|는\\s?무슨|은\\s?무슨|잠깐만?|아이다|아이라|wait|no\\s+wait)';
const KO_LEAVE_IT =
  '(?:냅둬|냅두|놔둬|놔두|나\\s?둬|나\\s?두(?:이소|소|세요)|두이소|둬|두자|두세요|두십시오|두십쇼|두쇼|두시오|두셔요|없던\\s?(?:걸|것)으?로|됐소|두고|둡시다|내버려|관두|관둬|하지\\s?마|하지\\s?말|말자|없던\\s?일|됐어|됐습니다|됐다)';
const EN_OPERATION = '(?:deploy|restart|roll|scale|delete|remove|redeploy|release|ship|bounce|revert)';
const EN_NO = '(?:no|nah|nope|wait|actually|pass|hmm|hold\\s+on|hang\\s+(?:on|about))';
const EN_LEAVE_IT =
  "(?:(?:just\\s+)?leave\\s+(?:it|them)(?:\\s+(?:alone|be|as\\s+is))?|forget\\s+it|never\\s?mind(?=\\s*(?:[,.;!]|$))|don'?t\\s+(?:do|touch)\\s+(?:it|that|anything))";
const EN_TAKEN_BACK =
  '(?:scratch\\s+that|(?:scrap|pull|drop|kill)\\s+that|on\\s+(?:reflection|second\\s+thoughts?)|(?:i\\s+would|i\\x27?d)\\s+rather\\s+you\\s+(?:left|didn\\x27?t|did\\s+not)|ignore\\s+me|never\\s*mind\\s+me|forget\\s+(?:i\\s+said\\s+(?:anything|that|it)|that|what\\s+i\\s+said)|i\\s+withdraw\\s+(?:that|it)|disregard\\s+that|ignore\\s+that|cancel\\s+that)';
export const RETRACTED_ORDER = new RegExp(
  `${KO_ORDER_END}[^가-힣]{0,6}(?:가|는|은|이)\\s?아니(?:고|라|에요|야|요)|` +
    `${KO_ORDER_END}[^가-힣]{0,6}(?:(?:가|는|은|이|요|아|앗|어|헐|아이고),?\\s)?${KO_NO}[\\s\\S]{0,40}?(?:그냥\\s?)?${KO_LEAVE_IT}|` +
    // "배포해 주… 아니오, …": an order broken off by a no
    `(?:(?<=[해워려여춰켜]\\s?)주|부탁\\s?드|부탁)(?:…|\\.{2,})\\s*(?:(?:아|앗|어|헐)\\s?)?(?:${KO_NO}|죄송|미안|잠깐|잠시만)|` +
    // "…늘려 주소, 품바… 아이고 됐소, 없던 걸로 하소": an order, then the message ends by calling it off
    `${KO_ORDER_END}[\\s\\S]{0,40}?(?<!(?:롤백|배포|재시작|재기동|삭제|스케일|원복)(?:은|는|을|를|도)?\\s?)(?:없던\\s?(?:걸|것|일)\\s?(?:으?로)?|됐소|관둬|관두세요|취소할게요?|취소합니다)(?:\\s?(?:해|하|합)[가-힣]*)?[\\s.!~]*$|` +
    `(?<![a-z])${EN_OPERATION}[\\s\\S]*?[,.;!—–-]\\s*(?:(?:or\\s+)?${EN_NO}[\\s,.;!—–-]+[\\s\\S]{0,60}?${EN_LEAVE_IT}(?![a-z])|[\\s\\S]{0,60}?${EN_TAKEN_BACK}(?![a-z]))`,
);
/**
 * An order said as a joke or not said after all: "web-app 운영 배포해 줘 ㅋㅋ 농담이야", "… 라고 하려다 말았어", "deploy web-app
 * to prod — just kidding", and sarcasm ("restart … mid-race, what could possibly go wrong", "let's just delete … lol")
 * ("농담 아니고", "no kidding" are no jokes).
 */
export const JOKED_ORDER =
  /(?:해|줘|주세요|주십시오|하세요|하자|해라|가자)(?![가-힣])[^가-힣a-z0-9]*(?:(?:하하+|허허+|헤헤+|호호+|ㅋ+|ㅎ+)[^가-힣a-z0-9]*)?(?:(?:은|는|이건|그건|이거|그거|방금\s?(?:건|거|말은)|라는\s?(?:건|거|말은)|라고\s?한\s?(?:건|거|말은))\s?)?(?:농담|장난)(?!\s?(?:아니|아님|아냐|말고))|하려다\s?(?:말았|참았|관뒀)|(?<!(?:no|not|ain'?t|i'?m\s+not|i\s+am\s+not)\s)(?<![a-z])(?:just\s+)?(?:kidding|joking)(?![a-z])(?!\s+about)|(?<![a-z])(?:jk|j\/k)(?![a-z])|ㅋ+\s*(?:농담|장난)(?!\s?(?:아니|아님|아냐|말고|(?:이고|이구)\s*[^\s.!?~ㅋ]))|(?<![a-z])what\s+could\s+(?:possibly\s+)?go\s+wrong|(?<![a-z])let'?s\s+just\s+[\s\S]*(?<![a-z])(?:lol|lmao|rofl)[\s.!]*$/;

/**
 * Sarcasm: an order said with the irony that takes it back ("… scale it to a thousand pods, money grows on trees",
 * "bounce worker again, fourth time's the charm", "… that worked great the last five times", "100개로 scale out 하죠 뭐, 돈이 남아도니까"). Only tails no sincere
 * order carries; a plain "great idea" may be meant.
 */
export const IRONIC_ORDER =
  /what\s+could\s+(?:possibly\s+)?go\s+wrong|(?:second|third|fourth|fifth|sixth|nth)\s+time'?s\s+(?:the|a)\s+charm|money\s+grows\s+on\s+trees|top[\s-]tier\s+thinking|call\s+it\s+a\s+feature|see\s+who\s+notices|(?:fixed|solved)\s+everything,?\s+right(?![a-z])|love\s+a\s+(?:blank|broken|white|empty)\s+(?:page|screen)|(?:because\s+)?that\s+(?:worked|went)\s+(?:so\s+well|great|brilliantly)\s+(?:last\s+time|the\s+last\s+(?:[a-z]+\s+)?times)|돈이\s?(?:남아\s?도|남아\s?돌|썩어\s?나)|퍽이나|잘도\s?되겠다|잘\s?되겠네\s?(?:ㅋ|ㅎ)/;

/** How an order ends before a condition that follows it (safety.ts, orderedBeforeCondition). */
export const ORDER_ENDED =
  /(?:줘|주세요|주이소|하이소|해라|하자|ㄱㄱ|주십시오|부탁해|부탁드려|부탁드립니다)(?:요)?[\s,.!~]|해(?:요)?[,.!~]/;

/**
 * "운영 worker 파드 중 하나만 재시작해", "restart just one pod of web-app": a restart here restarts every pod of the app
 * (a rolling restart) — one pod alone is more than was asked, so it is asked ("one pod at a time" is how it rolls).
 */
export const ONE_POD_ONLY =
  /(?:파드|pod|인스턴스|컨테이너|레플리카)\s?(?:중에?\s?)?(?:하나|한\s?개|1\s?개)만|(?:파드|pod|인스턴스|컨테이너)\s?중에?\s?(?:하나|한\s?개)(?:를|만)?\s?(?:재시작|재기동|restart|다시)|(?<![a-z])(?:just|only)\s+(?:one|a\s+single|1)\s+(?:pod|replica|instance|container)(?![a-z])|(?<![a-z])(?:one|a\s+single)\s+(?:pod|replica|instance|container)\s+(?:of|in|on)(?![a-z])(?!.*\bat\s+a\s+time\b)/;
