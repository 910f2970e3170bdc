import { PLACE_WORD } from './safety-words.js';
import type { Intent } from './types.js';

/*
 * An order whose place or target the words only seem to give: the place named is where something was tested or is
 * running, or a copy of production; the rollback undoes a scale or a restart, which no release holds. Asked, never
 * run on the guess (blind rounds 112, 139, 146 and 168).
 */

/** "개발에서 테스트 끝난 cart-api", "already tested in stg": where it was tried, not where it goes. */
const TESTED_THERE =
  /(?:개발|스테이징|stg|staging|dev)\s?(?:환경)?\s?(?:에서|서)\s?(?:\S+\s)?(?:테스트|검증|확인|qa)\s?(?:을|를|이|가)?\s?(?:끝난|완료된|마친|끝낸|통과한|거친)|(?<![a-z])(?:passed|sign-?off|signed\s+off|uat)(?![a-z])[^.!?\n,;—]{0,30}?(?<![a-z])(?:in|on)\s+(?:dev|development|stg|staging)(?![a-z])|(?:개발|스테이징|stg|staging|dev)\s?(?:환경)?\s?(?:에서|서)\s?(?:\S+\s)?(?:테스트|검증|확인|qa)\s?(?:끝난|완료된|마친|된|한|했던|끝낸)|(?<![a-z])(?:tested|verified|validated|checked|qa'?d)\s+(?:\w+\s+)?(?:in|on)\s+(?:dev|development|stg|staging)(?![a-z])/;
/** "스테이징처럼", "운영이랑 똑같은 환경에", "like how we did in staging": a place compared, not the one meant. */
const COMPARED_PLACE =
  /(?:운영|프로덕션|스테이징|개발|prod|stg|staging|dev)\s?(?:처럼|같이|(?:이랑|랑|과|와)\s?(?:똑같은|같은|비슷한))|(?<![a-z])like\s+(?:how\s+we\s+did\s+|we\s+did\s+|it\s+is\s+)?(?:in|on)\s+(?:the\s+)?(?:prod|production|stg|staging|dev|development)(?![a-z])/;
/** "방금 올린 payment-svc 4.12.0 내려": the release just deployed taken down — a rollback or a delete? */
const RELEASE_TAKEN_DOWN = /(?:방금|아까|새로|어제)\s?(?:올린|배포한|올라간|배포된)/;
/** "운영 중인 web-app": 운영 as "in operation", no place. */
const RUNNING_NOT_PLACE = /운영\s?(?:중인|중이던|되는|되고\s?있는|하는|하고\s?있는)/;
/** "the prod copy", "the mirror of prod", "운영 사본": a copy of production is another place, which one is asked. */
const COPY_OF_PRODUCTION =
  /(?<![a-z])(?:prod(?:uction)?\s+(?:copy|mirror|clone)|(?:copy|mirror|clone)\s+of\s+(?:the\s+)?prod(?:uction)?)(?![a-z])|운영\s?(?:사본|미러)/;
const ON_THE_COPY = /(?<![a-z])(?:on|in|to|into)\s+(?:the\s+|a\s+)?copy(?![a-z])/;
/**
 * "아까 한 재시작을 되돌려", "늘린 거 무르자", "개수 원래대로", "undo the scale", "undo the rollback": no release to go back
 * to (a scale so undone asks its count).
 */
const UNDOES_ANOTHER_CHANGE =
  /(?:재시작|재기동|리스타트|스케일|늘린|줄인|늘렸던|줄였던|롤백)\s?(?:한\s?)?(?:거|것|걸|건)?\s?(?:을|를|은|는)?\s?(?:다시\s?|좀\s?)?(?:되돌|무르|물러|원복|원래대로)|(?:개수|레플리카\s?수|replica\s?수)\s?(?:를|을|도)?\s?(?:다시\s?|좀\s?)?(?:원래대로|되돌|원복)|(?<![a-z])(?:undo|revert|reverse)\s+(?:the\s+|that\s+)?(?:last\s+)?(?:restart|scale|scaling|scale-up|scale-down|bounce|rollback|roll\s?back)(?![a-z])/;

export function doubtedTarget(intent: Intent, t: string): boolean {
  const outside = (re: RegExp) => !PLACE_WORD.test(t.replace(new RegExp(re.source, 'g'), ' '));
  if (TESTED_THERE.test(t) && outside(TESTED_THERE)) return true;
  if (RUNNING_NOT_PLACE.test(t) && outside(RUNNING_NOT_PLACE)) return true;
  if (COPY_OF_PRODUCTION.test(t)) return true;
  if (COMPARED_PLACE.test(t) && outside(COMPARED_PLACE) && !t.includes('?')) return true;
  if (intent === 'delete' && RELEASE_TAKEN_DOWN.test(t)) return true;
  // the dialect tables read "the mirror of prod" as "the copy": with no other place said, which place is asked
  if (ON_THE_COPY.test(t) && outside(ON_THE_COPY)) return true;
  return UNDOES_ANOTHER_CHANGE.test(t);
}
