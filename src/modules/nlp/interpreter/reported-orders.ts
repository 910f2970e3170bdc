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
export function passesOnAnOrder(t: string, names: ReadonlySet<string>): boolean {
  const clauses = t.split(CLAUSES).filter((c) => c.trim());
  const relay = clauses.findIndex((c) => TOLD_TO.test(c));
  if (relay < 0) return false;
  const own = (c: string) =>
    OWN_ORDER.test(c) || TARGET_SAID.test(c) || [...names].some((n) => c.includes(n));
  return !clauses.some((c, i) => i !== relay && own(c));
}
