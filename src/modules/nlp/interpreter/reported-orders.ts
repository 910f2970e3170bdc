/**
 * An order someone gave the writer, passed on in Korean hearsay: "팀장님이 운영 worker 0개로 내리래", "CTO가 운영 다
 * 지우래", "전무님이 운영 web-app 재시작하래요" (…하래 = "…하라고 해": they told me to). Whose order it is the writer
 * has not said: asked back, never run — unless the writer adopts it with an order of their own beside it
 * ("팀장님이 롤백하래, 해줘", "재훈이가 롤백하래. 운영 order-api 롤백해.") or the relay only adds who wanted what the
 * writer said themselves ("web-app 운영 0개로… 아 교수님이 내리래요", "아 6 말고 8이요, 반장님이 8개 하래요").
 */
const TOLD_TO =
  /(?:하|내리|늘리|줄이|올리|돌리|지우|없애|빼|끄|켜|띄우|바꾸|살리|채우|맞추)래(?:요)?(?=[\s.,!~…]|$)/;
/** The writer's own imperative in another clause: "해줘", "진행해 주세요", "롤백해.", "그걸로 해". */
const OWN_ORDER = /(?:해|줘|주세요|주십시오|주시오|하자|합시다|진행|부탁)(?:요)?(?=[\s.,!~…]|$)/;
const CLAUSES = /[.!?…]+\s*|,\s*|\n+/;
/** What an order is about — a count, a place — said by the writer in a clause of their own. */
const TARGET_SAID =
  /\d|운영|프로덕션|스테이징|개발|(?<![a-z])(?:prod|production|staging|stg|dev|live)(?![a-z])/;

/** Whether the order in `t` is one someone else gave the writer (`names`: the apps that may be named in it). */
/**
 * "Boss say scale api-server on production to 10", "Tanaka-san says restart …": someone's order passed on in English (the
 * reader may have taken "Boss" for the one addressed: "say scale …" is left).
 */
const SAYS_TO =
  /^\s*(?:(?:the|my|our)\s+)?(?:(?:boss|manager|lead|team\s+lead|pm|cto|ceo|director|[a-z]+-(?:san|ssi|nim|sama))\s+(?:say|says|said|want|wants|told\s+(?:me|us)\s+to)|says?|said)\s+(?:to\s+|that\s+|we\s+(?:should\s+)?)?(?:re-?deploy|deploy|restart|scale|roll|delete|remove|bounce)(?![a-z])/;
/** The writer's own go beside it: "…, please do it", "go ahead". */
const ADOPTED = /(?<![a-z])(?:please|pls|do\s+it|go\s+ahead|let'?s)(?![a-z])/;

export function passesOnAnOrder(t: string, names: ReadonlySet<string>): boolean {
  if (SAYS_TO.test(t)) return !ADOPTED.test(t);
  const clauses = t.split(CLAUSES).filter((c) => c.trim());
  const relay = clauses.findIndex((c) => TOLD_TO.test(c));
  if (relay < 0) return false;
  const own = (c: string) =>
    OWN_ORDER.test(c) || TARGET_SAID.test(c) || [...names].some((n) => c.includes(n));
  return !clauses.some((c, i) => i !== relay && own(c));
}

const DONE_VERB = '(?:re-?deploy|deploy|restart|scale|roll|rollback|delete|remove|bounce)(?![a-z])';
/** The same verbs being done: "I am deploying … by kubectl". */
const DOING_VERB =
  '(?:re-?deploy(?:ing)?|deploy(?:ing)?|restart(?:ing)?|scal(?:e|ing)|roll(?:ing)?|delet(?:e|ing)|remov(?:e|ing)|bounc(?:e|ing))(?![a-z])';
/**
 * What was done or asked before, told — not an order now: "운영 api-server 16개로 증설함." (음슴체: "scaled up"), "아까 …
 * 삭제해 달라고 한 건 농담이었습니다" (the earlier request, talked about), "nag-deploy na po si Tunde …" (Tagalog: Tunde
 * deployed), "Nothing to do now.", "그대로 두어 주시기 바랍니다" (nothing asked). Asked back, never run.
 */
const TOLD_AS_DONE = new RegExp(
  [
    '(?:증설|축소|재시작|재기동|재배포|배포|롤백|삭제|스케일)\\s?(?:함|했음|완료함|완료됨|됨)[.!~]*$',
    '(?:달라|하라|해라|주라)고\\s?(?:한|했던|말한|말했던|부탁한|부탁했던)\\s?(?:건|거|것|게)',
    '^\\s*na(?:g|ka)?-?(?:re-?deploy|deploy|restart|rollback|scale|delete)(?![a-z])',
    // "Nothing to do now.", "nothing to execute yet", "그대로 두어 주시기 바랍니다": no change asked
    '(?<![a-z])nothing\\s+to\\s+(?:do|execute|run|change)(?![a-z])',
    '(?<!(?:다른|나머지|딴)\\s?(?:건|것|거|앱|애들|환경)?(?:은|는)?\\s?)그대로\\s?(?:두어|둬|두세요|두십시오|놔\\s?두|놔둬|유지해)(?!\\s?도)',
    // told in a learner's English (blind round 209): "Yesterday I restart payment-svc on prod", "This morning Sato-san
    // restart frontend", "… was restarted by Sato-san", "Now I scale api-server … by kubectl", "Every morning at 7 cron
    // job scale web-app …", "worker scale itself to 10 when …" — what was done, is being done or happens by itself
    `^\\s*(?:yesterday|last\\s+night|this\\s+morning|earlier(?:\\s+today)?|(?:an?|one|two|\\d+)\\s+(?:minutes?|hours?)\\s+ago)\\s*,?\\s+(?:i|we|he|she|they|someone|somebody|[a-z]+-(?:san|ssi|nim|sama|kun))\\s+(?:already\\s+|just\\s+)?${DONE_VERB}`,
    `^(?!\\s*(?:why|when|who|how|what|was|were|did|is|has)(?![a-z]))[^.!?]*?(?<![a-z])(?:was|were|has\\s+been|have\\s+been)\\s+(?:already\\s+)?(?:re-?deployed|deployed|restarted|rolled\\s+back|scaled(?:\\s+(?:up|down))?|deleted|removed|bounced)\\s+(?:by|at|this|yesterday|earlier|last)(?![a-z])`,
    `(?<![a-z])(?:i|we)\\s+(?:am\\s+|are\\s+)?${DOING_VERB}\\s[^.!?]*?(?:by|with|via|using)\\s+(?:kubectl|helm|argo(?:cd)?|hand|myself)(?![a-z])`,
    `^\\s*now\\s+(?:i|we)\\s+${DONE_VERB}\\s`,
    `(?<![a-z])(?:every\\s+(?:morning|day|night|evening|hour|week|weekday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|cron(?:\\s*job)?|autoscaler|hpa)\\s+(?:at\\s+\\d{1,2}(?::\\d{2})?\\s+)?(?:(?:the\\s+)?cron(?:\\s*job)?\\s+)?(?:will\\s+|always\\s+)?(?:re-?deploys?|deploys?|restarts?|scales?|rolls?)(?![a-z])`,
    // blind round 240: "yesterday I made rollback of …", "ㅈㅅ 내가 worker 2개로 줄여버렸음 ㅋㅋ", "na-deploy ko yung …" (Tagalog:
    // I deployed), "todo(me): restart …", "rollback triggered: frontend …" — a report, a note to self, a log line
    '^[^.!?]{0,25}?(?<![a-z])(?:i|we)\\s+(?:already\\s+|just\\s+)?(?:made|did|ran|performed|triggered|executed)\\s+(?:a\\s+|the\\s+)?(?:rollback|restart|re-?deploy(?:ment)?|deploy(?:ment)?|scal(?:e|ing)|delet(?:e|ion))(?![a-z])',
    '(?<![가-힣])(?:내가|제가|저희가|우리가)\\s(?:\\S+\\s){0,4}?(?:줄였|늘렸|올렸|내렸|지웠|껐|돌렸|(?:줄여|늘려|올려|내려|지워|꺼|돌려)\\s?버렸|(?:재시작|재기동|롤백|원복|배포|삭제|스케일)\\s?(?:했|해\\s?버렸))(?:음|어요|어|습니다)(?=[\\s.!ㅋㅎㅠ]*$|\\s+[ㅋㅎㅠ]+(?:\\s+[가-힣]{1,4})?[\\s.!]*$)',
    // "어제 운영 worker 20개로 늘렸었어": a change of the past, told at the end of the message
    '(?:어제|아까|그제|그저께|지난\\s?주|지난\\s?밤|어젯밤|방금)\\s(?:\\S+\\s){0,5}?\\S*(?:늘렸|줄였|올렸|내렸|지웠|재시작했|배포했|롤백했|삭제했)었(?:어|어요|음|습니다|다)[.!\\s]*$',
    // "You already confirmed it on staging, so just crack on", "I said yes earlier", "아까 승인했잖아": a yes claimed, not given
    "(?<![a-z])(?:you|u)\\s+(?:already\\s+)?(?:confirmed|approved|okayed|ok'?d)(?![a-z])|(?<![a-z])i\\s+(?:already\\s+)?(?:said|gave(?:\\s+you)?)\\s+(?:yes|ok|okay|the\\s+ok|the\\s+go-?ahead|approval)\\s+(?:earlier|already|before|yesterday)(?![a-z])|(?:이미|아까|벌써)\\s?(?:\\S+\\s){0,2}?(?:승인|컨펌|yes|오케이|ok)\\s?(?:했|한\\s?거|했던\\s?거)(?:잖아|잖아요|는데|습니다|어요|어)",
    // "스테이징 api-server 6개로 늘렸더니 비용 알림이 왔어요": what followed a change already made
    '(?:늘렸|줄였|올렸|내렸|지웠|껐|돌렸|재시작했|배포했|롤백했|삭제했)더니',
    // "스테이징 order-api 2.20.0은 새해 첫 주에 올릴게요": the writer's own plan, not an order to the service
    '^(?:[^,.!?]|(?<=\\d)\\.(?=\\d))*(?:올릴|배포할|재시작할|롤백할|삭제할|늘릴|줄일|내릴|지울)게요?[.!~\\s]*$',
    '(?<![a-z])na-(?:re-?deploy|deploy|restart|rollback|scale|delete)\\s+(?:ko|namin|natin|niya|nila)(?![a-z])',
    '^\\s*(?:todo|to-do|note\\s+to\\s+self|reminder|memo)(?:\\s*\\(?\\s*[a-z가-힣]{1,8}\\s*\\)?)?\\s*:',
    '^\\s*(?:rollback|deploy(?:ment)?|restart|scal(?:e|ing))\\s+(?:triggered|started|completed?|finished|succeeded|failed|done)\\s*:',
    '^\\s*(?:on\\s+[a-z]+\\s*,\\s*)?[a-z0-9-]+\\s+(?:(?:on|in)\\s+[a-z]+\\s+)?(?:scales?|restarts?|redeploys?)\\s+itself(?![a-z])',
  ].join('|'),
);
export const toldAsDone = (t: string): boolean => TOLD_AS_DONE.test(t);
