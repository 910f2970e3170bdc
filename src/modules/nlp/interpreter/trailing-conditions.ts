/**
 * A condition said after the order, with nothing after it — "web-app 운영 롤백해 줘, 쇠가 또 휘면", "Roll back X, if it
 * bends again", "Delete X, unless someone still needs it": the order waits on it (a condition, not an order for now).
 * Nouns that end in 면 (화면, 라면, 측면 …) are no condition.
 */
const KO_CONDITION_LAST =
  /[,.]\s*(?:\S+\s){0,4}\S*(?![화라측정전표방국장지평단반내외냉수체당양이면])[가-힣]면(?:요)?[\s.!~?]*$/;
const EN_CONDITION_LAST =
  /(?<![a-z])unless\s+\S|[,;—–-]\s*(?:but\s+)?(?:only\s+)?if\s+(?!you\s+(?:please|would|will|can|could|don'?t|wouldn'?t|do\s+not)|that'?s|that\s+is|it'?s\s+(?:ok|okay|alright|all\s+right|fine)|possible|needed|necessary)(?:(?!roll|revert|restart|redeploy|deploy|delete|remove|scale|bounce|kick)[^,;.!?])*[.!]*$/;

export function endsOnCondition(t: string): boolean {
  return KO_CONDITION_LAST.test(t) || EN_CONDITION_LAST.test(t);
}

/**
 * "we role back cart-api on staging yesterday" (a dictation that lost its -ed): an operation said with a time already
 * past is a report of it, not an order.
 */
const PAST_TIME_LAST =
  /(?:^|[,.;!?]\s*|(?<![a-z])(?:we|i|they|someone|somebody)\s+)(?:roll\s?back|rollback|restart|redeploy|deploy|scale|delete|remove|bounce)\s(?:(?!to\s|from\s|what\s|which\s|version|release|build|ran\s|was\s|were\s)[^,.;!?])*?(?<![a-z'’])(?:yesterday|last\s+(?:night|week|weekend))\s*[.!]*\s*$/;

/**
 * "10:49 rollback frontend on prod to 5.0.2 (done by me), 10:53 …", "12:30 scale order-api … to 10, 12:31 done": a
 * timeline's entry recorded as done, not an order (blind round 169).
 */
const RECORDED_AS_DONE =
  /\((?:done|did\s+it|completed|finished)(?:\s+by\s+(?:me|us|[a-z]+))?\)|\((?:완료|처리\s?완료|제가\s?(?:함|했음)|내가\s?(?:함|했음))\)|(?:^|[,;]\s*)\d{1,2}:\d{2}\s+(?:done|completed|finished|완료|끝)(?![a-z가-힣])/;

/** "운영 worker를 5.1.4로 롤백한 뒤 중복 발송은 멈췄습니다": what followed an operation, told in the past (blind round 196). */
const AFTER_IT_WAS_DONE =
  /^(?:[^.!?~,]|[.,](?=\d))*?(?:배포|롤백|재시작|재기동|스케일|삭제|증설|축소|되돌|원복)(?:을|를)?\s?(?:한|했던|하고\s?난)\s?(?:뒤|후|다음|이후)[^.!?]*?(?:었|았|였|했|됐|렸|췄|났|왔|갔|졌|웠)(?:습니다|어요|다|음|고요)[.!~]*$/;

export const endsInThePast = (t: string): boolean =>
  PAST_TIME_LAST.test(t) || RECORDED_AS_DONE.test(t) || AFTER_IT_WAS_DONE.test(t);
