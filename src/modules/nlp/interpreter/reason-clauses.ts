import { KOREAN_NUMBER_SOURCE } from './korean.js';
import { mask, normalise } from './reader-patterns.js';
import type { ReadState } from './reader-state.js';

/** "staging 검증 끝났으니 운영에 올려", "스테이징 검증이 완료되었으므로 운영 환경에도 …": a reason clause; the environments it names are not the target. */
const BECAUSE_KO = /(?:니까|으니|났으니|했으니|됐으니|므로)\s/g;
/**
 * "개발 확인했어 ㅇㅇ, 운영에도 …", "stg worker는 내가 재시작했고 prod worker도 재시작해": what was already done, told before
 * the order — the environment it names is where it was done, not the target.
 */
const DONE_KO = /(?:했|였|였|렸|줄였|봤|됐|났)(?:고|는데|어요|어|습니다)(?=[\s,])/g;
/** "검증 완료. 운영에도 …": a sentence that reports, closed by its full stop ("검증 완료 버전" names a version). */
const REPORT_SENTENCE_END =
  /(?:완료|끝|종료|됨|됐음|했음|끝남|끝냄)(?=[.!]\s)|(?<=(?:^|[.;!]\s)(?:i|we)\s+(?:have\s+|'ve\s+|had\s+)?(?:already\s+|just\s+)?(?:re-?deployed|deployed|restarted|rolled|scaled|bounced|shipped|released)(?![a-z])(?:[^.;!?]|\.(?!\s))*?)[^\s.;!?]+(?=[.;!]\s)/g;

/** Where the last reason clause or report sentence ends, in `s.text` — or -1. */
export function reasonClauseEnd(s: ReadState): number {
  // cheap first looks: most commands have no reason clause and no second sentence
  const because = /니|므로/.test(s.text) ? ([...s.text.matchAll(BECAUSE_KO)].at(-1)?.index ?? -1) : -1;
  const done = /[했였렸봤됐났]/.test(s.text) ? ([...s.text.matchAll(DONE_KO)].at(-1)?.index ?? -1) : -1;
  const clause = Math.max(because, done);
  return /[.!;]\s/.test(s.lowered) ? Math.max(clause, reportSentenceEnd(s)) : clause;
}

/** Where the last sentence that only reports ends, in `s.text` (which has no full stops), or -1. */
function reportSentenceEnd(s: ReadState): number {
  const last = [...s.lowered.matchAll(REPORT_SENTENCE_END)].at(-1);
  if (!last) return -1;
  // the same word, as many times before it, in the text without punctuation
  const word = last[0];
  let seen = s.lowered.slice(0, last.index).split(word).length - 1;
  let at = s.text.indexOf(word);
  while (at >= 0 && seen-- > 0) at = s.text.indexOf(word, at + word.length);
  return at < 0 ? -1 : at + word.length;
}

/**
 * "…부탁해요, 두 대 하프 음정 맞추듯이요", "…, 안경 다시 씌우듯이요": a simile closing the message is a picture, not an
 * order — its counts and places are not the order's (blind rounds 110c, 74c).
 */
export const CLOSING_SIMILE = /[,，]\s*[^,，.!?]*?(?:듯이|듯|처럼)(?:요|말이야|말이에요)?[.!~]*\s*$/;

/** A Korean request's own ending, where a remark may follow it. */
const REQUEST_END =
  '(?:주세요|주십시오|하십시오|십시오|해\\s?줘|줘|해라|부탁(?:드립니다|드려요|해요|합니다|해)|바랍니다|(?<=(?:롤백|재시작|배포|삭제|스케일|늘려|줄여)\\s?)해)';
/** A clause that only states: it ends as a statement, asks nothing and names no target ("…개로", "…로 해요"). */
const STATEMENT_END =
  '(?:입니다|습니다|이에요|예요|에요|[가-힣][어아]요|있어요|없어요|돼요|대요|래요|거든요?|이야|[가-힣]다|음|임|됨|함|짐|림|남|김)';
const STATED_AFTER_REQUEST = new RegExp(
  `${REQUEST_END}[,.!~]*\\s+((?:(?![.!?](?:\\s|$))[^?])*?${STATEMENT_END})(?=[.!~]*(?:\\s|$))`,
  'g',
);
const TARGET_IN_CLAUSE = /(?:\d|개|대)\s?(?:으로|로)(?![가-힣])/;
const NUMBER_IN_REMARK = new RegExp(
  `\\d+(?:[.,]\\d+)*|(?<![가-힣])${KOREAN_NUMBER_SOURCE}\\s?(?:개|대|명|건)`,
  'g',
);

/**
 * "운영 worker를 열 개로 늘리십시오. 운휴 노선이 14개입니다.", "… 늘려 주세요, 문자 대기가 2만 건이에요.", "… 롤백해 주세요,
 * 720번 노선 위치가 튀어요.": a clause after the request that only states how things are — its numbers are the
 * situation's, never the order's count or revision (blind round 135). Masked in `s.rest`.
 */
export function maskNumbersOfStatementsAfterRequest(s: ReadState): void {
  if (!/[.,!~]?\s/.test(s.lowered) || !/\d|[열한두세네다여일아]/.test(s.lowered)) return;
  for (const m of s.lowered.matchAll(STATED_AFTER_REQUEST)) {
    if (TARGET_IN_CLAUSE.test(m[1])) continue;
    const clause = normalise(m[1]);
    const at = s.text.lastIndexOf(clause);
    if (at < 0 || clause === '') continue;
    for (const n of clause.matchAll(NUMBER_IN_REMARK))
      s.rest = mask(s.rest, { start: at + n.index, end: at + n.index + n[0].length });
  }
}
