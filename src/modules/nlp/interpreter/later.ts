/**
 * A change put off until a later time or event (blind rounds 11–13, "for-later"): "나중에 …", "점검 끝나고 …", "피크 시즌 끝나고 …", "비 그치면 …", "push 나가기 10분 전에 …", "캠페인 종료 후 …", "once the promo starts", "once booking rush over", "once the upload has finished", "once the storm passes", "after the maintenance window", "after 교수님 meeting", "at 03:00", "at 6 o'clock", "이따가 …", "… 10분 전에", "… later", "금요일에 … 삭제해줘", "퇴근 전에 …
 * 해둬", "점심 먹고 하자", "승인 나면 …", "트래픽이 안정된 이후에 …", "엠바고 해제 후 …", "출구조사 발표 후 …", "내일 9am: …", "at 6pm restart …". The service does not schedule, so the
 * gate answers it like a postponed order (nothing done, say it again when it is time). Not when the time word
 * is only the hour the order is sent ("새벽 3시에 미안한데 … 해줘", "… since 3am") or "now" is said as well.
 */
import { W } from './safety-words.js';

/** A day, a part of the day or a moment of the working day that is still to come. */
const KO_LATER_TIME =
  /(?:^|\s)(?:(?<!(?:는|은)\s)나중에|(?:\S+\s?)?(?:전날|다음\s?날|익일)(?!이라|이니|이어서|이고|인데|이잖)|월말에|월초에|정오에|언젠가는?|(?<![\d.])\d{1,2}월\s?(?:초|말|중순|중)?에(?=\s)|(?:이번\s?)?주말에(?!\s?(?:연락|미안|죄송|깨워|실례))|(?<![가-힣])(?:아침|오전|낮|오후|저녁|새벽|밤)에\s(?:다시|또|도로)\s|오늘\s?(?:밤|저녁)에|이따가?(?=\s)|(?:좀|조금)\s?있다(?:가)?(?=\s)|자정\s?(?:에|쯤|(?:이\s?)?(?:지나고|지나서|지나면|넘어서|넘으면|넘기고)|(?:이후|후|뒤)에?)|내일|명일|낼|모레|글피|다음\s?(?:주|달|스프린트|분기)|다음\s?(?:[가-힣]{1,4}\s?){1,2}(?:날|때|번|철|시즌)에?(?=\s)|(?<![가-힣])(?!오늘|그\s?날|이\s?날|어느\s?날)[가-힣]{2,}\s?날에(?=\s)|[월화수목금토일]요일(?:에|날|쯤|\s?(?:오전|오후|아침|저녁|밤))|그때\s?(?:가서\s?)?(?:배포|재시작|롤백|삭제|스케일|진행|반영)|퇴근\s?(?:전|후|하기\s?전|하고)|(?:쉬는|휴식|브레이크)\s?시간에|[가-힣]{1,4}\s?중(?:엔|에는)\s?말고|점심\s?(?:먹고|후|시간|끝나고|지나고|지나서|이후|뒤)|저녁\s?(?:먹고|때|에)|(?:점검|작업|배포|변경)\s?(?:시간|창|윈도우)\s?(?:에|때)|(?:(?:오전|오후|밤|저녁|새벽|아침)\s?)?\d{1,2}\s?시(?:\s?\d{1,2}\s?분|\s?반)?\s?(?:에|쯤|정각|부로|(?:이\s?)?(?:넘어서|넘으면|지나서|지나고|지나면)|(?:이후|후|뒤)에?)(?!\s?(?:미안|죄송|깨워))|(?:오전|오후|밤|저녁|새벽|아침)\s?\d{1,2}\s?시(?:\s?\d{1,2}\s?분|\s?반)?(?=\s)(?!\s?(?:미안|죄송|깨워|부터|이후|이후로|넘어서))|(?:[01]\d|2[0-4])[0-5]\d\s?시\s?(?:부로|부터|에|정각|이후|후)|(?:\d{1,2}|한|두|세)\s?시간\s?(?:뒤|후|있다가)|\d{1,3}\s?분\s?(?:뒤|후|있다가)|(?:시작|오픈|점검|배포|이벤트|event|launch|킥오프|kickoff|경기|매치|match|중계|방송|세일|sale|프로모션|promo|피크|peak|마감|[가-힣]+기)\s?(?:\d{1,3}|한|두|세|반)\s?(?:분|시간)\s?전(?:에|까지)|[가-힣]+(?<!했|됐|었|았)고\s?나서(?=\s+(?:ㄱ+|고고|하(?:라우|라|시오|세요|시게|자|십시오)|해|해줘|진행|배포|재시작|롤백|삭제|올려|돌려)(?:[\s.!,~]|$)))/;
/** An event still to happen, as the condition of the order ("승인 나면", "배포 창 열리면", "QA 끝나면", "함바 다녀와서"). */
const KO_LATER_EVENT =
  /(?:^|\s)(?:[가-힣]+\s)?(?:다녀|갔다\s?|돌아)(?:와서|오면|온\s?(?:뒤|후|다음)에?)(?=\s|,|$)|(?:^|\s)[가-힣a-z0-9-]+\s?(?:이\s?|가\s?)?(?:끝나고|마치고(?=\s+(?:하|해|진행))|끝난\s?(?:뒤|후|다음)에?|(?:종료|마감|해제|발표|공개|확정|집계|송출|마무리|완료|발송|배송|접수|오픈|개시|개장|폐장|폐점|폐막|폐회|퇴근|(?<!재)시작)\s?(?:된\s?)?(?:이후|후|뒤|다음)에?)(?!\s?(?:나서\s?)?(?:보니|봤더니))|(?:(?<!하)나|열리|끝나|떨어지|풀리|마치|끝내|지나|나오|그치|멎|잦아들|줄어들|가라앉|빠지|(?<=다\s?)비|비워지|한산해지|조용해지|잠잠해지|한가해지|(?:승인|확인|완료|머지|리뷰|결재|통과|종료|마감|안정|안정화|정상화|마무리|해소)\s?되)면(?=\s|,|$)|(?:안정|안정화|정상화|마무리|완료|정리|해소|종료|마감)\s?(?:된|되고\s?난)\s?(?:이후|후|뒤|다음)에?(?=\s|,|$)|(?:그친|멎은|잦아든|풀린|녹은|치워진|지나간|끊긴)\s?(?:이후|후|뒤|다음)에?(?=\s|,|$)|(?:^|\s)[가-힣]{2,}(?<![한된난간온운은는던진친낸린킨신]|배포|재시작|재기동|롤백|스케일|삭제|반영|업데이트)\s(?:이후|후|뒤|다음)에(?=\s|,|$)|(?:정리|해결|처리|마무리|안정|완료|종료|진정)\s?되고\s?(?:나서|난\s?(?:뒤|후|다음))|끊기고\s?(?:나서|난\s?(?:뒤|후|다음)에?)|(?:확정|발표|공개|승인|결과|집계)\s?(?:이\s?|가\s?)?(?:뜨고|나오고|나고|되고)\s?(?:나서|난\s?(?:뒤|후|다음))/;
/** "06:00에 시행할 것", "18:00 이후", "2026. 12. 5.(토)": a clock time or a date the order is for (공문 style). */
const KO_CLOCK_OR_DATE =
  /(?<![\d:])\d{1,2}:\d{2}\s?(?:에|이후|부터|경|까지|시부로)(?![가-힣])(?!\s?[가-힣]*[된한난간진긴온친]\s)|(?:오전|오후|새벽|저녁|밤|아침)\s?(?:\d{1,2}|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|열한|열두)\s?시(?:\s?반|\s?\d{1,2}\s?분)?(?:에|쯤|경)(?=[\s,]|$)(?!\s?(?:미안|죄송|실례))|(?<![\d.])\d{1,2}일(?:\s?(?:오전|오후|아침|저녁|밤|새벽))?에(?=\s)|(?<![\d.])\d{1,2}월\s?\d{1,2}일\s?(?:(?:오전|오후|아침|저녁|밤|새벽)\s?)?에(?=\s)(?!\s?(?:배포|재시작|롤백|삭제|스케일)(?:된|한|했))|(?<!\d)20\d{2}\.\s?\d{1,2}\.\s?\d{1,2}\.?\s?\([월화수목금토일]\)|[가-힣]+기\s?(?:직전|바로\s?전)에(?=\s)|(?:(?<![\d./-])\d{1,2}\/\d{1,2}|(?<!\d)20\d{2}-\d{1,2}-\d{1,2})\s?(?:(?:오전|오후|아침|저녁|밤|새벽)\s?)?에(?=\s)/;
/** Hangul syllables closed by ㄴ: the past adnominal of any verb (그친, 끝난, 내린). */
const CLOSED_BY_NIEUN = Array.from({ length: 399 }, (_, i) => String.fromCharCode(0xac00 + i * 28 + 4)).join(
  '',
);
/**
 * "…, 비가 그친 뒤에요", "손님이 내린 다음에": after something has happened — a time still to come ("재시작한 다음에 …"
 * orders one operation after another: no time).
 */
const KO_AFTER_IT_HAPPENED = new RegExp(
  `(?<!(?:재시작|재기동|배포|롤백|삭제|스케일|증설|축소)\\s?)[${CLOSED_BY_NIEUN}]\\s?(?:뒤|후|다음)에(?:요|서)?(?=[\\s.,!~]|$)`,
);
/**
 * "광고 듣고 와서 …", "하산객 빠지고 나서!", "헬기 복귀하고 나서 …", "2부 시작할 때 …": after doing something, or when something happens — a
 * time still to come (not after an operation: "재시작하고 나서 로그 보여줘" is two steps).
 */
const KO_AFTER_DOING =
  /(?:(?<=[가-힣])(?<!(?:재시작|재기동|배포|롤백|삭제|스케일|증설|축소|확인|체크|조회)[ㄱ-ㅎ\s]{0,4}하|올리|내리|띄우|늘리|줄이|지우|돌리|켜|끄|붙이|빼|보)(?<!(?:얘기|이야기)는\s.*)고\s?(?:와서|나서요?(?=\s?(?:[!.,~]|$|해|하|진행)))|(?<=[가-힣])(?<!(?:재시작|재기동|배포|롤백|삭제|스케일|증설|축소|확인|체크|조회|rollback|restart|redeploy|deploy|scale|delete|check)\s?하|올리|내리|띄우|늘리|줄이|지우|돌리|보|켜|끄)고\s?나서요?(?=\s[a-z])|(?<!(?:재시작|재기동|배포|롤백|삭제|스케일|증설|축소|확인|체크|조회)\s?하|올리|내리|띄우|늘리|줄이|지우|돌리|보)고\s?나서(?=\s(?:재시작|재기동|배포|롤백|삭제|스케일|올려|내려|지워))|(?<=[가-힣])(?<!(?:재시작|재기동|배포|롤백|삭제|스케일|증설|축소|확인|체크|조회)[ㄱ-ㅎ\s]{0,4}하|올리|내리|띄우|늘리|줄이|지우|돌리|보|켜|끄)(?<!(?:재?배포|재시작|재기동|롤백|삭제|스케일)(?:은|는)\s.*)고\s?나서(?=\s[가-힣])|(?<=[가-힣])(?<!(?:재시작|재기동|배포|롤백|삭제|스케일|증설|축소)\s?)[할될날릴칠갈올]\s?때(?:에|쯤)?)(?=[\s.,!~]|$)|(?<=[가-힣])(?:는|을|할|될|던)\s?날(?:에|로)(?=\s)/;
/** "단, 회진 끝나고 하겠습니다", "I'm fixin' to do that after the supper dishes": the writer says when it will be done. */
export const DONE_LATER =
  /(?<![a-z])(?:scheduled|예약됨|예약\s?완료)[.!]?\s*$|(?<![a-z])nach\s+(?:dem|der|den)\s+[a-zäöüß]+|(?:^|\s)(?:결정\s?사항|조치\s?기한|기한|(?:시행|작업|적용|변경)\s?(?:일시|일자|시각)|due|deadline|action\s+item)\s*:(?!\s*(?:즉시|지금|바로|immediately|now|asap)(?![a-z가-힣]))|(?<![a-z])(?:(?:change|maintenance|implementation)\s+)?window\s+(?:is|:)|(?:끝나고|끝난\s?(?:뒤|후|다음)에?|(?:이후|후|뒤|다음)에)\s?(?:하겠습니다|할게요|할께요|하죠|합시다|할\s?겁니다|하자|진행하겠습니다)|(?:^|[.!]\s+)(?:내일|나중에|이따가?|모레)\s?(?:하겠습니다|할게요|할께요|하죠|합시다|할\s?겁니다|하자|진행하겠습니다)[.!~]*\s*$|(?<![a-z])(?:i'?ll|i\s+will|we'?ll|we\s+will|let'?s|let\s+me)\s+(?:do|run|handle)\s+(?:it|that|this)\s+(?:tomorrow|later|tonight|next\s+(?:week|time)|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|in\s+the\s+morning)(?![a-z])|(?<![a-z])(?:do|run)\s+(?:it|that|this)\s+after\s+(?:the|my|our)\s+(?:[a-z']+\s+){0,2}[a-z']+(?=\s*[.,!]|\s*$)/;
/** The same in English: a clock time, tomorrow, a weekday or next week, end of day, once someone signs off. */
const EN_LATER = new RegExp(
  // "when the furnace hits temp", "once the ferry lands": an event still to happen
  `(?<![a-z])(?:when|once|as\\s+soon\\s+as)\\s+(?:the|our|this|that)\\s+(?:[a-z0-9'’-]+\\s+){0,3}?(?:hits|reaches|gets\\s+to|drops|cools|warms|clears|lands|arrives|opens|closes|starts|ends|finishes|settles|passes)(?![a-z])|` +
    // "after the DB team's sign-off tonight", "after QA's approval": once someone signs off
    `(?<![a-z])after\\s+(?:the\\s+)?(?:[a-z0-9'’-]+\\s+){0,4}(?:sign-?off|signoff|approval|go-ahead|green\\s+light)(?![a-z])|` +
    // "after the 06:00 invoice run", "after the nightly batch", "after the 18:00 rush": once a run or a rush is over
    `(?<![a-z])after\\s+the\\s+(?:\\d{1,2}(?::\\d{2})?\\s+)?(?:[a-z0-9'’-]+\\s+){0,3}(?:run|batch|job|window|rush|peak|sale)(?![a-z])|` +
    `(?<!(?:since|from|at\\s+about|around)\\s)(?<![a-z0-9:])\\d{1,2}(?::\\d{2})?\\s?(?:am|pm)(?![a-z])|` +
    W(
      `on\\s+\\d{1,2}/\\d{1,2}(?![\\d/])|on\\s+20\\d{2}-\\d{1,2}-\\d{1,2}(?!\\d)|(?:right|just)\\s+before\\s+(?:the|our|my)\\s+(?!(?:deploy|release|rollback|restart)(?![a-z]))[a-z]+|eventually|some\\s?day|at\\s+some\\s+point|in\\s+a\\s+(?:while|few\\s+(?:minutes|mins|hours))|(?<=(?:(?:to|replicas?|pods?)\\s+\\d{1,3}|prod|production|staging|stg|dev|development)\\s)at\\s+(?:\\d{1,2}(?=\\s*[.,;!]?\\s*(?:(?:thx|thanks|pls|please|ta|cheers)\\s*[.!]?\\s*)?$)|noon|midday|(?:a\\s+)?quarter\\s+(?:to|past)\\s+[a-z0-9]+)|^\\s*at\\s+\\d{1,2}(?::\\d{2})?(?=\\s+(?:scale|restart|deploy|roll|delete|bounce|redeploy)(?![a-z]))|on\\s+the\\s+\\d{1,2}(?:st|nd|rd|th)(?![a-z])|(?:once|when|as\\s+soon\\s+as)\\s+(?:traffic|load|things|it)\\s+(?:drops|dies\\s+down|calms\\s+down|settles|quietens|eases)|later|tomorrow(?!'s)|(?:at\\s+[a-z0-9:]+\\s+)?in\\s+the\\s+morning(?=\\s*(?:(?:naman|po|please|pls|thanks|ta|mate)\\s*)?(?:[.,;!]|$))|dreckly|in\\s+the\\s+fullness\\s+of\\s+time|^\\s*after\\s+(?!(?:that|this|it|which|all|me|you|us|them)\\s*$)(?:[a-z'-]+\\s+){0,2}[a-z'-]{4,}\\s*$|^\\s*after\\s+(?:i|we|you|they|he|she)\\s+(?:[a-z'-]+\\s+){0,5}[a-z'-]+\\s*$|^\\s*at\\s+(?:post|tip-?off|kick-?off|curtain|gate|race|show|start)\\s+time(?:\\s+(?:for|of)\\s+(?:[a-z0-9'-]+\\s+){0,3}[a-z0-9'-]+)?\\s*$|^\\s*at\\s+(?:stumps|tea|lunch|close\\s+of\\s+play|half-?time|full-?time|closing(?:\\s+time)?|dusk|sunset|midnight|the\\s+(?:interval|break|final\\s+whistle|close(?:\\s+of\\s+play)?|end\\s+of\\s+(?:the\\s+)?[a-z'-]+))\\s*$|^\\s*next\\s+(?:[a-z'-]+\\s+){0,2}(?:night|day|morning|evening|afternoon|time|week|weekend|practice|session|meeting|shift|round|game|match)\\s*$|^\\s*(?:once|as\\s+soon\\s+as)\\s+(?!(?:you|u|ready|possible|able|convenient)(?![a-z]))(?:[a-z0-9'-]+\\s+){1,8}[a-z0-9'-]+\\s*$|^\\s*after\\s+(?:the|my|our|this|tonight's|today's)\\s+(?:[a-z0-9'-]+\\s+){0,7}[a-z0-9'-]+\\s*$|(?:but\\s+)?not\\s+(?:while|until|before)\\s+[a-z']+|next\\s+(?:session|round|shift|game|match|window|cycle)|upon\\s+(?:the\\s+|our\\s+)?(?!(?:staging|stage|production|prod|development|dev|live)(?![a-z]))(?:landing|arrival|receipt|completion|approval|departure|return|boarding|touchdown|sign-?off|[a-z]+(?:ing|ion|ment|val))(?![a-z])|(?<=(?:prod|production|staging|stg|dev|development|\\d+|replicas?|pods?)\\s+)(?:tonight|this\\s+evening)(?=\\s*[.,;!]|\\s+after|\\s*$)|(?<=(?:staging|stg|prod|production|dev|development)\\s)(?:mon|tues|wednes|thurs|fri|satur|sun)day(?=\\s*[.,;!]|\\s*$)|(?<!since\\s+(?:[a-z']+\\s+){0,4})(?:at|about|around|by)\\s+half\\s+(?:past\\s+[a-z0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|(?:but|only|just)\\s+after\\s+(?:the|my|our|me)\\s+(?:[a-z0-9'-]+\\s+){0,2}[a-z0-9'-]+(?=\\s*[.,;!]|\\s*$)|mamaya|bukas|this\\s+weekend|this\\s+arvo|after\\s+smoko|after\\s+the\\s+lunch|after\\s+the\\s+(?:\\S+\\s+){1,3}rush|subject\\s+to\\s+(?:[a-z']+\\s+){0,3}(?:approval|sign-?off|confirmation|review)|after\\s+(?:me|my|the|our|a)\\s+(?:[a-z]+\\s+)?(?:bevvy|brew|drink|pint|cuppa|tea|coffee|smoke|nap|scran|f[êe]te|lime|game|match)(?![a-z])|by\\s+(?:this\\s+|the\\s+)?(?:evening|afternoon|tonight)|schedule|(?:after|at|past|around|by)\\s+midnight|first\\s+thing\\s+(?:tomorrow|in\\s+the\\s+morning|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:next|this\\s+coming)\\s+(?:week|month|sprint|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:on|come)\\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|end\\s+of\\s+(?:the\\s+)?day|eod|after\\s+(?:the\\s+)?(?:(?:morning|evening|lunch|afternoon|night|rush-hour)\\s+)?(?:weekend|holidays?|rush|surge|storm|(?:[a-z]+\\s+)?season\\s+(?:ends?|finish(?:es)?|is\\s+over))|after\\s+(?:(?:the|our)\\s+)?[가-힣]{2,}(?=[\\s,.!]|$)|after\\s+(?:lunch|hours|the\\s+(?:meeting|standup|demo|window|freeze)|(?:(?:the|my|our|his|her|their)\\s+)?(?:[a-z가-힣-]+\\s+){0,2}(?:meeting|standup|class|lecture|seminar)(?![a-z])|(?:the\\s+)?(?:[a-z-]+\\s+){0,2}(?:close|cutover|launch|review|sign-?off|approval|retro|sync|month-?end|quarter-?end|year-?end|window|maintenance|freeze|batch|payroll|deadline|break|shift|dinner|breakfast|finals?|ceremony|keynote|tournament)(?![a-z]))|(?:before|after)\\s+(?:i|you|we)\\s+(?:leave|go\\s+home|log\\s+off)|(?:once|when|after)\\s+(?:qa|the\\s+[a-z]+|[a-z]+)\\s+(?:signs?\\s+off|approves?(?:\\s+it)?|is\\s+approved|opens?)|(?:at|by|around|after)\\s+\\d{1,2}:\\d{2}(?!\\d)|(?:at|by|around|after)\\s+\\d{1,2}\\s?o'?clock|(?:once|when|after)\\s+(?:the\\s+|our\\s+|this\\s+)?(?:[a-z0-9-]+\\s+){1,4}(?:has|have|is|are)\\s+(?:finished|done|completed|ended|over)|(?:once|when|after)\\s+(?:the\\s+|our\\s+|this\\s+|all\\s+)?(?:[a-z0-9-]+\\s+){1,3}(?:has|have)\\s+(?:all\\s+)?[a-z]+ed(?![a-z])|(?:once|when|after)\\s+(?:the\\s+|our\\s+|this\\s+)?(?:[a-z0-9-]+\\s+){0,2}[a-z0-9-]+(?:'s|\\s+is|\\s+are|\\s+has\\s+been|\\s+have\\s+been)\\s+(?:declared|announced|called|confirmed|done|over|finished|counted|closed|in|[a-z]+ed)(?![a-z])|(?:after|by)\\s+(?:the\\s+)?(?:[01]\\d|2[0-3])[0-5]0(?![\\d.])|at\\s+(?:[01]\\d|2[0-3])[0-5]0\\s+(?:tonight|tomorrow)|after\\s+(?:supper|dinner|tea)|after\\s+the\\s+(?:[a-z0-9-]+\\s+){0,2}(?:tide|wave)|(?:once|when|after)\\s+(?:the\\s+|our\\s+|this\\s+)?(?:[a-z0-9-]+\\s+){1,2}(?:starts|begins|kicks\\s+off|goes\\s+live|launches|ends|finishes|closes|shuts|(?:is\\s+)?(?:over|closed)|(?:die|calm|settle)s?\\s+down|wraps\\s+up|passes|clears|blows\\s+over)`,
    ),
);
/**
 * "지금", "now", "asap", "rn": the order is for now whatever time is named beside it ("지금은 freeze임" is not now;
 * "just now" may be later — South African English — or a moment ago, never an order's now; "지금 아니에요", "not now"
 * say the opposite).
 */
const NOW = new RegExp(
  `지금(?!은|\\s?(?:아니|아님|말고|당장은))|당장|바로|즉시|` +
    W(`(?<!(?:just|not)\\s)(?:now|rn)|asap|immediately|right\\s+away`),
);

/** "월요일 아침 예약 집중에 대비하여 …", "…을 앞두고": the time is what the order gets ready for, now. */
const GETTING_READY_FOR = /^(?:\S+\s){0,6}?\S*(?:에|을|를)?\s?(?:대비(?:하여|해서|해|한|차)|앞두고)(?=\s)/;

/** "the 2 pm one is broken", "back to before the 9am deploy": a release named by when it went out, no time to wait for. */
const RELEASE_BY_ITS_TIME =
  /(?<![a-z])the\s+\d{1,2}(?::\d{2})?\s?(?:am|pm)?\s+(?:one|build|release|deploy(?:ment)?|version|push|rollout)(?![a-z])/g;

/** Irish English "it's after falling over" (it has just fallen over): what happened, no time to wait for. */
const JUST_HAPPENED =
  /(?<![a-z])(?:it's|it\s+is|he's|she's|they're|they\s+are)\s+after\s+[a-z]+ing(?![a-z])/g;

/**
 * A question or a report about it ("금요일에 배포됐어", "did it restart at 6pm", "it crashed at 03:00", "… 어제 EOD에
 * 끝났습니다"): not put off.
 */
const ASKED_OR_DONE = new RegExp(
  `\\?|(?:했|됐|되었)(?:어|나|니|냐|는지|지|음|습)|(?:했|됐|되었|마쳤|끝났)다고|언제|` +
    // "배포는 어제 EOD에 끝났습니다 FYI": a clause closed by the past tense (끝났, 왔, 뒀, …) reports
    `(?:났|왔|갔|었|았|였|셨|켰|껐|렸|졌|웠|봤|줬|뒀|쳤|냈|섰)(?:습니다|어요|어|음|다)(?:\\s[a-z]+)?[.~]*$|` +
    W(`did|was|were|crashed|failed|died|broke|went\\s+down|happened|stopped|hung|froze`),
);

/**
 * "…줄여줘, 삭제는 시즌 끝나고", "Deploy X … The restart can wait till tomorrow.", "We'll talk about scaling later": a
 * clause after the order whose subject is an operation puts that operation off, not the order.
 */
const ANOTHER_OPERATION_LATER = new RegExp(
  `^\\s*(?:[가-힣a-z0-9-]+\\s)?(?:재?배포|재시작|재기동|롤백|삭제|스케일(?:링)?)(?:\\s?[가-힣]{1,3})?(?:은|는)\\s|` +
    W(
      `(?:the\\s+)?(?:restart|rollback|redeploy|deploy|scale(?:-up|-down)?|scaling|delete|deletion)\\s+(?:can|will|could|should|must)\\s+wait|(?:restart|rollback|redeploy|deploy(?:ment)?|scal(?:e|ing)|delet(?:e|ion))\\s+(?:of\\s+(?:[a-z0-9-]+\\s+){1,5})?(?:will|shall)\\s+(?:take\\s+place|happen|follow)|(?:we'll|we\\s+will|i'll|let's)\\s+(?:talk\\s+about\\s+)?(?:restart|roll|redeploy|deploy|scal|delet)[a-z]*`,
    ),
);

/**
 * "restart worker on dev, i'll look at it after lunch", "… 올려 내일 아침에 내가 볼게", "… 재시작하고 끝나면 슬랙에 남겨줘":
 * what the writer will check afterwards, or wants told when it is done — a time of the follow-up, not of the order.
 */
const FOLLOW_UP_LATER = new RegExp(
  `(?:(?:내일|모레|이따가?|나중에|(?:오늘\\s?)?(?:아침|오후|저녁|밤)에?)\\s?){0,3}(?:내가|제가)\\s?(?:\\S+\\s?)?(?:볼게|볼께|보겠|확인할게|확인할께|확인하겠|체크할게|체크하겠)[가-힣]*|(?:끝나면|끝나는\\s?대로|(?:완료|처리|정리)\\s?(?:되면|되는\\s?대로)|다\\s?되면|(?:지워|늘어|줄어|올라가|떠|돌아)지?(?:면|는\\s?대로))\\s?(?:\\S+\\s?){0,3}?(?:알려|남겨|말해|공유|보고|공지|연락|문자|톡|메시지|메세지|전화)[가-힣]*|` +
    W(
      `(?:shout|ping\\s+me|let\\s+me\\s+know|tell\\s+me|text\\s+me|message\\s+me|drop\\s+(?:me\\s+)?a\\s+(?:line|note|message))\\s+(?:when|once|after|as\\s+soon\\s+as)\\s+(?:it'?s|it\\s+is|that'?s|it\\s+has|you'?re|you\\s+are|done|finished)(?:\\s+\\S+){0,3}|(?:i'?ll|i\\s+will|we'?ll|we\\s+will|let\\s+me)\\s+(?:\\S+\\s+)?(?:look|check|see|watch|verify|review|monitor|test|confirm|keep\\s+an\\s+eye)(?:\\s+\\S+){0,6}`,
    ),
  'g',
);

/** "…, since we expect 40 groups tomorrow": a clause after the order giving its reason — its time is what the order gets ready for. */
const REASON = /^\s*(?:since|because|as\s+we|cause|cuz|coz|왜냐하면|어차피)(?![a-z])/;

/** The text without the clauses after the order that only put another operation off. */
/** `t` with the follow-ups' times blanked out (same length: positions in `t` still hold). */
export const withoutFollowUpLater = (t: string): string =>
  t.replace(FOLLOW_UP_LATER, (m) => ' '.repeat(m.length));

export function withoutAnotherOperationsTime(t: string): string {
  t = withoutFollowUpLater(t);
  const parts = t.split(/([,;!]\s*|\.\s+)/);
  return parts
    .filter((part, k) => k === 0 || k % 2 === 1 || !(ANOTHER_OPERATION_LATER.test(part) || REASON.test(part)))
    .join('');
}

/** "점검 이후로 미뤄서 …", "배포 끝난 뒤로 연기해": put off until after something. */
const PUT_OFF_TILL_AFTER = /(?:이후|후|뒤|다음)(?:로|으로)\s?(?:미뤄|미루|연기|옮겨|넘겨)/;
/** "새벽 1시 이후로 … 계속 와요": since a time that is past (이후로 goes on from it), not a time still to come. */
const EVER_SINCE = /(?:\S+\s)?\S+\s?이후로(?!\s?(?:미뤄|미루|연기|옮겨|넘겨))(?=\s)/g;

/** `t` is normalised (lower case, single spaces). */
export function putOffUntilLater(text: string): boolean {
  if (text.includes('?') || NOW.test(text)) return false;
  const t = withoutAnotherOperationsTime(
    text
      .replace(GETTING_READY_FOR, ' ')
      .replace(JUST_HAPPENED, ' ')
      .replace(EVER_SINCE, ' ')
      .replace(RELEASE_BY_ITS_TIME, ' '),
  );
  // clause by clause: in "deploy X tomorrow, the old one was broken" the past is the remark's, not the time's
  return t
    .split(/[,;!]\s*|[.:]\s+/)
    .some(
      (c) =>
        !ASKED_OR_DONE.test(c) &&
        (KO_LATER_TIME.test(c) ||
          KO_LATER_EVENT.test(c) ||
          KO_AFTER_IT_HAPPENED.test(c) ||
          KO_AFTER_DOING.test(c) ||
          EN_LATER.test(c) ||
          KO_CLOCK_OR_DATE.test(c) ||
          PUT_OFF_TILL_AFTER.test(c)),
    );
}
