import { CHANGE_INTENTS, READ_INTENTS } from './intents.js';
import { INTENT_PATTERNS, NEGATION } from './lexicon.js';
import { CHANGE_WORDS, READS_JOINED, UNDONE_THEN } from './reader-patterns.js';
import type { ReadState } from './reader-state.js';
import { CONJUNCTION } from './safety.js';
import { undoesDeploy } from './safety-words.js';
import type { Intent } from './types.js';

// Two operations named in one breath: which one the sentence is about.

/** "재시작하고 로그 보여줘": a change, then a read of it — the change is what the gate must ask about. */
export function readChangeBeforeRead(s: ReadState): void {
  if (!READ_INTENTS.has(s.intent)) return;
  const ordered = orderedInSentenceBefore(s);
  if (ordered) {
    s.intent = ordered;
    return;
  }
  if (s.intent === 'history') return;
  const readAt = INTENT_PATTERNS.find(([i]) => i === s.intent)?.[1].exec(s.rest)?.index;
  if (readAt === undefined) return;
  const change = CHANGE_WORDS.map(([i, re]) => [i, re.exec(s.rest)] as const)
    .filter((h): h is readonly [Intent, RegExpExecArray] => h[1] !== null && h[1].index < readAt)
    .sort((a, b) => a[1].index - b[1].index)[0];
  if (!change) return;
  // from the change word's last letter: "올리고 logs 보여줘" joins with a 고 glued to the verb
  const between = s.rest.slice(change[1].index + change[1][0].length - 1, readAt);
  if (CONJUNCTION.test(between) && !NEGATION.test(between)) s.intent = change[0];
}

/** Where a sentence ends in the text as typed ("…재시작해줘. 로그 보여줘", "restart X! then its logs"). */
const SENTENCE_END = /[.!]\s+/g;

/**
 * "web-app 재시작해줘. 배포 기록 보여줘": a change word in a sentence of its own before the read's — the change, which
 * the gate then asks about rather than the read dropping it.
 */
function orderedInSentenceBefore(s: ReadState): Intent | undefined {
  for (const end of s.lowered.matchAll(SENTENCE_END)) {
    const [first, after] = [s.lowered.slice(0, end.index), s.lowered.slice(end.index)];
    const change = CHANGE_WORDS.find(([, re]) => re.test(first))?.[0];
    const readAfter = INTENT_PATTERNS.some(([i, re]) => i === s.intent && re.test(after));
    const readBefore = INTENT_PATTERNS.some(([i, re]) => READ_INTENTS.has(i) && re.test(first));
    if (change && readAfter && !readBefore && !NEGATION.test(first)) return change;
  }
  return undefined;
}

/** Two different changes joined ("web-app 배포하고 worker 재시작해"): the first is read (the gate asks about it). */
export function readFirstOfJoinedChanges(s: ReadState): void {
  if (!CHANGE_INTENTS.has(s.intent)) return;
  const hits = CHANGE_WORDS.map(([i, re]) => [i, re.exec(s.rest)] as const)
    .filter((h): h is readonly [Intent, RegExpExecArray] => h[1] !== null)
    .sort((a, b) => a[1].index - b[1].index);
  const second = hits.find(([i]) => i !== hits[0][0]);
  if (!second) return;
  // from the first change word's last letter, so that a 고 glued to it ("배포하고", "늘리고") joins
  const from = hits[0][1].index + hits[0][1][0].length - 1;
  const between = s.rest.slice(from, second[1].index);
  const join = CONJUNCTION.exec(between);
  if (!join) return;
  // "업데이트 취소하고 되돌려", "방금 배포 무르고": the first change is what the second undoes, one operation
  if (UNDONE_THEN.test(between) || undoesDeploy(hits[0][0], second[0])) {
    s.intent = second[0];
    return;
  }
  s.intent = hits[0][0];
  s.joinedAt = from + join.index;
}

const JOINABLE_READS: readonly Intent[] = ['status', 'history', 'logs', 'list'];
const EACH = /각각|각자|(?<![a-z])(?:each|per)(?![a-z])/;
const THEN = /(?<![a-z])then(?![a-z])|그\s?다음|\+/;

/** "web-app 상태랑 배포 이력 같이 보여줘": two reads in one breath — the first named is asked, the other offered. */
export function readTwoJoinedReads(s: ReadState): void {
  if (!JOINABLE_READS.includes(s.intent)) return;
  const at = (intent: Intent) => INTENT_PATTERNS.find(([i]) => i === intent)?.[1].exec(s.rest);
  const own = at(s.intent);
  if (!own) return;
  for (const other of JOINABLE_READS) {
    if (other === s.intent) continue;
    const hit = at(other);
    if (!hit) continue;
    const [a, b] = hit.index < own.index ? [hit, own] : [own, hit];
    const between = s.rest.slice(a.index + a[0].length, b.index);
    // "모든 앱과 각각 어느 환경에 떠 있는지": the second read describes each item of the first, one question
    if (EACH.test(between)) continue;
    // "… on dev and then its release history": a sequence word may join reads further apart
    if (between.length <= (THEN.test(between) ? 40 : 20) && READS_JOINED.test(between)) {
      [s.intent, s.alsoAsked] = hit.index < own.index ? [other, s.intent] : [s.intent, other];
      return;
    }
  }
}
