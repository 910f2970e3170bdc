import { MAY_HAVE_REVISION, REVISION, mask } from './reader-patterns.js';
import type { ReadState } from './reader-state.js';

/*
 * "지금 5.0.0인데 5.0.1로 배포", "리비전 8부터 이상하니 7번 리비전으로 롤백", "we're on 2.0.4; take cart-api to 2.0.5": a
 * change that names the value it leaves and the value it goes to means the one it goes to — the one marked by (으)로
 * or "to" (blind round 162). The value left is never the target.
 */

/** (으)로 right after a value ("5.0.1로", "7번 리비전으로"), not 로그 or 로딩. */
const AIMED_AFTER = /^\s?(?:번\s?)?(?:버전|태그|빌드|리비전|리비젼)?\s?(?:으로|로)(?!그|딩)/;
/** "to 2.0.5", "back to revision 7", "onto v3". */
const AIMED_BEFORE =
  /(?<![a-z])(?:to|onto)\s+(?:the\s+)?(?:version\s+|tag\s+|build\s+|revision\s+|rev\.?\s+)?$/;
/** A version later in the text that the order goes to. */
const VERSION_AIMED_LATER =
  /(?<![\w.])v?\d+(?:\.\d+){1,3}(?:-[\w.]+)?\s?(?:버전|태그|빌드)?\s?(?:으로|로)(?!그|딩)|(?<![a-z])(?:to|onto)\s+(?:version\s+|tag\s+)?v?\d+(?:\.\d+){1,3}(?![\w.])/;

/** Whether the value at start..end of the text is the one the order goes to. */
export const aimedAt = (lowered: string, start: number, end: number): boolean =>
  AIMED_AFTER.test(lowered.slice(end)) || AIMED_BEFORE.test(lowered.slice(0, start));

/** A version said before the one the order goes to ("5.0.0인데 5.0.1로"): the version left, not the tag. */
export const versionLeftFor = (lowered: string, start: number, end: number): boolean =>
  !aimedAt(lowered, start, end) && VERSION_AIMED_LATER.test(lowered.slice(end));

/** The revisions said (each masked once read): the one the order goes to, or with none marked the first found. */
export function readAimedRevision(s: ReadState): number | undefined {
  const now = NOW_THEN_TARGET.exec(s.rest);
  if (now) {
    s.rest = mask(s.rest, { start: now.index, end: now.index + now[0].length });
    return Number(now[1]);
  }
  const found: { value: number; start: number; end: number }[] = [];
  for (const re of MAY_HAVE_REVISION.test(s.rest) ? REVISION : []) {
    for (const m of s.rest.matchAll(re)) {
      found.push({ value: Number(m[1]), start: m.index, end: m.index + m[0].length });
      s.rest = mask(s.rest, found[found.length - 1]);
    }
  }
  const distinct = new Set(found.map((f) => f.value));
  const aimed = distinct.size > 1 ? found.filter((f) => aimedAt(s.text, f.start, f.end)) : [];
  return (aimed.length === 1 ? aimed[0] : found[0])?.value;
}

/** "리비전 15인데 14로 되돌려줘": the revision running now, then the one to go to. */
const NOW_THEN_TARGET =
  /(?:리비전|리비젼|revision|rev)\s?#?\d+\s?(?:인데|이고|이지만|이니까|에서)\s?(?:리비전\s?|revision\s)?(\d+)\s?번?\s?(?:으로|로)/;

/** An order for a version, in the writer's own words: "배포해 주세요", "올려줘", "please deploy", "ship …". */
const ORDERS_A_VERSION =
  /(?:배포|반영|릴리즈)\s?(?:해|좀|부탁|바랍|요청)|올려|(?<![a-z])(?:please|pls|kindly)\s+(?:\S+\s+)?(?:deploy|ship|release|roll\s+out|push)(?![a-z])|(?:^|[.!?]\s+)(?:deploy|ship|release|roll\s+out|push)\s/;
const A_VERSION = /(?<![\w.])v?\d+(?:\.\d+){1,3}(?:-[\w.]+)?(?![\w.])/;

/**
 * "09:00 개발에 api-server 1.7.0 올림, … 수정본 1.7.1 나옴. 개발에 api-server 1.7.1 배포해 주세요.": a version in a sentence
 * that orders nothing, with a later sentence ordering another version — that one is the tag (blind round 169).
 */
export function versionOfAnEarlierSentence(lowered: string, tag: string): boolean {
  const at = lowered.indexOf(tag);
  if (at < 0) return false;
  const end = /[.!?](?=\s|$)/.exec(lowered.slice(at));
  if (!end) return false;
  const start = Math.max(...['. ', '! ', '? '].map((b) => lowered.lastIndexOf(b, at)));
  const own = lowered.slice(start < 0 ? 0 : start, at + end.index);
  const later = lowered.slice(at + end.index + 1);
  return (
    !ORDERS_A_VERSION.test(own) && ORDERS_A_VERSION.test(later) && A_VERSION.test(later.replaceAll(tag, ' '))
  );
}
