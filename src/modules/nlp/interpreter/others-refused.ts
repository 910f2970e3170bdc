import { CHANGE_OR_GERUND, CHANGE_PATTERNS, READS, REPLACED_OPERATION } from './safety-words.js';
import type { Intent } from './types.js';

/** Any mark that can end a clause: most commands have none, and skip the clause checks. */
export const HAS_CLAUSE_MARK = /[,.;!?…]/;
const BARE_NO = /^\s*(?:no|nope|nah|아니|아니요|아뇨)[,.!]*\s*$/;
const DO_IT_AGAIN = /^\s*(?:don'?t|do\s+not|never)\s+do\s+(?:it|that|this)(?:\s+again)?[,.!]*\s*$/;
/** "배포 ㄱㄱ 롤백은 필요 없는 부분": another operation made the topic of a remark starts a clause of its own. */
const OPERATION_AS_TOPIC = /(?<![,.;!?…])\s(?=(?:롤백|재시작|재기동|배포|삭제|스케일)(?:은|는)\s)/g;
export const withClauseAtOtherTopic = (t: string) => t.replace(OPERATION_AS_TOPIC, ', ');

/**
 * "restart X, no rollback needed", "배포해줘요, 롤백은 필요 없어요": the clauses after `intent`'s own that name only
 * another operation, taken out — what they refuse is not this one.
 */
export function withoutOthersRefused(intent: Intent, words: string): string {
  const said = withoutOtherReplacedBefore(intent, words);
  const t = withClauseAtOtherTopic(said);
  if (!HAS_CLAUSE_MARK.test(t)) return said;
  // a read's own word too: "로그 100줄 부탁드립니다! 롤백은 지금 고려하지 않습니다!" refuses no read
  const own = (CHANGE_PATTERNS.get(intent) ?? READS.find(([i]) => i === intent)?.[1])?.exec(t);
  if (!own) return said;
  const end = own.index + own[0].length;
  const [first, ...later] = t.slice(end).split(/(?<=[,.;!?…])/);
  const others = [...CHANGE_OR_GERUND].filter(([other]) => other !== intent);
  const refused = later.map(
    (clause) => !CHANGE_PATTERNS.get(intent)?.test(clause) && others.some(([, re]) => re.test(clause)),
  );
  // "…, no, no rollback of it first": a bare no opening the other operation's refusal goes with it
  // "… The rollback was last week, don't do it again": what "it" refuses is the remark's operation
  const kept = later.filter(
    (c, k) => !refused[k] && !(BARE_NO.test(c) && refused[k + 1]) && !(DO_IT_AGAIN.test(c) && refused[k - 1]),
  );
  return kept.length === later.length ? said : t.slice(0, end) + first + kept.join('');
}

/** "배포하지 말고 6개로 늘려", "Do not restart X; roll it back instead": another operation refused before this one's words. */
function otherReplacedBefore(intent: Intent, said: string): { before: string; after: string } | undefined {
  const replaced = REPLACED_OPERATION.exec(said);
  const own = CHANGE_PATTERNS.get(intent);
  if (!replaced || !own || own.test(replaced[0])) return undefined;
  const after = said.slice(replaced.index + replaced[0].length);
  return own.test(after) ? { before: said.slice(0, replaced.index), after } : undefined;
}

/** The words without the other operation refused before this one's. */
export function withoutOtherReplacedBefore(intent: Intent, said: string): string {
  const r = otherReplacedBefore(intent, said);
  return r ? `${r.before} ${r.after}` : said;
}

/** What is ordered after another operation refused before it ("roll it back instead"), if that is how it is said. */
export const orderAfterOtherReplaced = (intent: Intent, said: string): string | undefined =>
  otherReplacedBefore(intent, said)?.after.trim();
