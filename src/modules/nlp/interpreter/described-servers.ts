import type { Span } from './reader-patterns.js';

/**
 * "정상 서버! worker! 재시작!", "본선 대국장 서버의 worker를 …", "생방송 서버 frontend 재시작", "형님반 서버": an
 * environment described by what it is to the writer (the summit, the final's hall, the live broadcast, the big kids'
 * class) and not named — the main server in other words, asked about as a production look-alike. Only read when
 * the command names no environment; a word that says what an app does ("결제 서버", "알림 서버") or which server of
 * several ("해당 서버", "다른 서버") describes no environment.
 */
const DESCRIBED_SERVER_KO =
  /(?<![가-힣])(?:[가-힣]{2,5}\s[가-힣]|(?:[가-힣]{2,5}\s)?[가-힣]{1,4}[가-힣])(?<![은는을를의에가이와과])\s?서버(?=의|에서|에도|에|!|,|\s+[a-z])/g;
const NOT_AN_ENVIRONMENT =
  /^(?:해당|같은|다른|모든|전체|우리|기존|신규|새|이전|예전|웹|앱|백엔드|프론트(?:엔드)?|디비|데이터베이스|캐시|결제|인증|로그인|알림|메일|검색|파일|이미지|배치|주문|장바구니|정산|게임|채팅|회원|예약|푸시|메시지|스토리지|스트리밍|영상|미디어|관리자|어드민)(?:\s|서버|$)/;

/** "맘들 다 보는 서버의 worker", "손님이 입고 나가는 서버": the server everyone uses — the main one, described. */
const EVERYONES_SERVER_KO =
  /(?<![가-힣])(?:(?:[가-힣]{1,5}\s)?(?:다|다들|모두|전부|죄다|[가-힣]{1,4}들이?)\s(?:보는|쓰는|들어오는|접속하는|이용하는|찾는|노는|보시는|쓰시는|이용하시는|접속하시는|붙는)|(?:손님|고객|사람|유저|사용자|실사용자|이용자|회원|시민|관객|학생|환자|선수|주민|플레이어)(?:들|분들)?(?:이|가)?\s(?:[가-힣]{1,4}\s){0,2}[가-힣]{1,4}는)\s?(?:서버|섭|쪽)(?=의|에서|에도|에|을|를|!|,|\s)|(?<![가-힣])[가-힣]{2,6}(?:이|가|들이)?\s?(?:보는|쓰는|들어오는|접속하는|이용하는|노는|보시는|쓰시는|이용하시는|접속하시는|붙는|나가는|연동된|연결된|물린|붙은)\s?(?:서버|섭|쪽)(?=의|에서|에도|에|을|를|!|,|\s|[a-z])/g;

/** "돈 버는 서버", "실제로 장사하는 서버": the server that earns — the main one, described by what it does for the business. */
const EARNING_SERVER_KO =
  /(?<![가-힣])(?:(?:진짜|실제로?|정말)\s)?(?:(?:실|진짜)[가-힣]{1,3}\s?(?:나가는|도는|돌아가는|쓰이는)|돈\s?(?:버는|벌어\s?주는|되는)|장사\s?(?:하는|되는)|영업\s?(?:하는|중인)|매출\s?(?:나는|내는))\s?서버(?=의|에서|에도|에|!|,|\s|$)/g;

/** "진짜 예약 받는 서버", "실제로 손님 받는 서버": the server that really does the work — the main one, described. */
const REAL_SERVER_KO =
  /(?<![가-힣])(?:진짜|실제로?|정말)\s(?:[가-힣]{1,6}\s){0,2}[가-힣]{0,4}[가-힣]는\s?(?:서버|섭|쪽)(?=의|에서|에도|에|을|를|!|,|\s|$)/g;

/** "worker 본선 서버 재시작해 주세요": the same right after the app. */
const DESCRIBED_SERVER_AFTER_APP_KO =
  /(?<=[a-z0-9]\s)(?:[가-힣]{2,5}\s)?[가-힣]{1,4}[가-힣](?<![은는을를의에가이와과])\s?서버(?=\s)/g;

/** "고객 쪽 web-app", "유저들 쪽 payment-svc": the customers' side — the main one, described. */
const CUSTOMER_SIDE_KO =
  /(?<![가-힣])(?:손님|고객|유저|사용자|회원|플레이어)(?:들)?\s?쪽(?=\s?(?:의|에서|에|은|는)?\s+[a-z])/g;

/** "늘 올리던 데에", "평소 쓰던 환경에", "the usual place", "where we always deploy": the place left to memory (round 216c). */
const USUAL_PLACE =
  /(?<![가-힣])(?:늘|항상|평소(?:에)?|맨날|매번|원래)\s?(?:[가-힣]{1,4}\s)?(?:올리던|배포하던|쓰던|하던|띄우던|두던)\s?(?:데|곳|서버|환경|쪽)(?=에|로|으로|의|\s|$)|(?<![a-z])(?:the\s+)?usual\s+(?:place|spot|env|environment|server|cluster)(?![a-z])|(?<![a-z])where\s+we\s+(?:usually|always|normally)\s+(?:deploy|put|ship|run)(?![a-z])/g;

/**
 * "대표님께서 시연하시는 서버에", "스트리머들 미리 해보는 섭", "the place where we try things": a server told by what someone
 * does on it — which environment that is, the service cannot know (blind round 207).
 */
const CLAUSE_SERVER_KO =
  /(?<![가-힣])(?:[가-힣]{1,6}\s){0,2}[가-힣]{0,4}(?:하시는|시는|보는)\s?(?:서버|섭)(?=의|에서|에도|에|을|를|!|,|\s)/g;
const DESCRIBED_PLACE_EN =
  /(?<![a-z])(?:place|server|box|env|environment|cluster|instance)\s+(?:where|that|which)\s+(?:the\s+|our\s+)?(?:we|they|you|people|folks|[a-z]+s)\s+[a-z]+(?:\s+[a-z]+)?/g;

export function describedServerAt(rest: string): Span | undefined {
  for (const m of [
    ...rest.matchAll(CUSTOMER_SIDE_KO),
    ...rest.matchAll(DESCRIBED_SERVER_KO),
    ...rest.matchAll(DESCRIBED_SERVER_AFTER_APP_KO),
    ...rest.matchAll(EVERYONES_SERVER_KO),
    ...rest.matchAll(EARNING_SERVER_KO),
    ...rest.matchAll(REAL_SERVER_KO),
    ...rest.matchAll(CLAUSE_SERVER_KO),
    ...rest.matchAll(DESCRIBED_PLACE_EN),
    ...rest.matchAll(USUAL_PLACE),
  ]) {
    if (NOT_AN_ENVIRONMENT.test(m[0])) continue;
    return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

const STAGING_OR_DEVELOPMENT = /^(?:staging|stage|stg|dev|devel|develop|development)$/;
/**
 * "staging-practice-green", "dev-ice-house", "stg-blue": a copy of staging or development with a name of its own —
 * an environment the service does not have, never the staging or development it copies: which one is meant is asked
 * (the copies of production are production look-alikes, asked about as those).
 */
export const copiesEnvironment = (name: string, known: ReadonlySet<string> | undefined): boolean =>
  name.includes('-') &&
  name.split('-').some((part) => STAGING_OR_DEVELOPMENT.test(part)) &&
  // "web-app-staging" names an app (asked about as an unregistered one), not an environment
  ![...(known ?? [])].some((app) => name.startsWith(`${app}-`));
