/** The reader's first entity step: image references and versions, masked from `rest` once read. */
import { STOP_WORDS } from './lexicon.js';
import { versionLeftFor, versionOfAnEarlierSentence } from './aimed-values.js';
import {
  DIGEST,
  HASH_LIKE,
  IMAGE_REF,
  NAMED_BUILD,
  REGISTRY_IMAGE,
  SHA_TAG,
  SHORT_VERSION,
  TAG_WORD_AFTER,
  TAG_WORD_BEFORE,
  VERSION,
  mask,
} from './reader-patterns.js';
import type { ReadState } from './reader-state.js';

/** Image references and versions: ghcr.io/acme/web-app:v2, web-app:v2, 1.2.3, sha-4f2a9c1, tag latest. */
/**
 * "cpu 95%", "error rate 4.5%", "blown out to 40 bips", "p99 800 ms", "재고 1.8일분", "1.5배로", "2x": a measure in a
 * remark or a multiplier, never a version nor a count.
 */
const RATE =
  /(?<![\w.])\d+(?:\.\d+)?\s?(?:%|퍼센트|(?:일|주|개월)(?:분|치|간|째)|(?:percent|bips?|bps|basis\s+points?|ms|milliseconds?|seconds?|secs?|minutes?|mins?|days?|weeks?|times|x)(?![a-z]))|(?<![\w.])\d+\.\d+\s?배/g;
/** "동시 접속 20만 명", "5000 rps", "12k users": a load — people, requests, a rate — never a count (blind round 218). */
const LOAD =
  /(?<![\w.])\d+(?:[.,]\d+)?\s?(?:만|천|억)(?![가-힣])|(?<![\w.])\d+(?:[.,]\d+)?\s?(?:만|천)?\s?명(?![가-힣])|(?<![\w.])\d+(?:[.,]\d+)?\s?k?\s?(?:users?|people|visitors?|players?|requests?|rps|tps|qps|req\/s)(?![a-z])/g;
/**
 * "api v2 unaffected", "oauth v2 flow", "postgres 16 붙인 뒤로", "Node 24로", "iOS 17.2": another software's version (or
 * a protocol's), never the tag nor a count.
 */
const OTHER_SOFTWARE_VERSION =
  /(?<![\w-])(?:(?:api|oauth|http|rest|grpc)\s?v\d+(?:\.\d+)*|(?:node(?:\.?js)?|노드|postgres(?:ql)?|포스트그레스|mysql|redis|kafka|python|파이썬|java|자바|ios|android|안드로이드|chrome|크롬|ubuntu|debian|kubernetes|k8s|helm|nginx|openssl|tls|php|ruby|golang)\s?v?\d+(?:\.\d+)*)(?![\w.-])/g;
/** "노드 3대로", "3 nodes", "cpu to 4 cores", "메모리 8기가": the machines' size, never a count of replicas. */
const MACHINE_SIZE =
  /(?<![\w.])(?:(?:노드|nodes?|vms?|cpus?|vcpus?|코어|cores?|메모리|memory|ram)\s?(?:를|을|는|은|도)?\s?(?:to\s+)?\d+\s?(?:대|개|기가|gi?b?|mi?b?|cores?|코어)?|\d+\s?(?:대|개)?\s?(?:노드|nodes|vms|vcpus|cpus|cores?|코어)|\d+\s?(?:기가|gi?b|mi?b)(?![a-z]))(?![\w.])/gi;
/** "투표 결과 5대 2로", "a 4-1 vote", "won 3 to 1": a score or a tally, never a count. */
const SCORE =
  /(?<![\w.])\d+\s?대\s?\d+(?![\d.])|(?<![\w.])\d+\s?(?:-|to)\s?\d+\s+(?:vote|votes|decision|majority|in\s+favou?r)(?![a-z])/g;
/** "JIRA-4544", "PR #312", "#27": a ticket or a pull request, never a count, a version or a revision ("pr-482" is a tag). */
const TICKET =
  /(?<![\w-])(?:(?:jira|ticket|issue|inc|incident|bug|case|task|story|epic|chg|req)-\d{2,6}|(?:pr\s?)?#\d+)(?![\w.-])/g;
/** "$3.50 to $3.90", "3,900원", "Rp 149.000": a price, never a version. */
const PRICE =
  /(?:[$₩€£¥]|(?<![a-z])(?:rp|usd|krw|eur|idr|php|sgd)\.?)\s?\d+(?:[.,]\d+)*|(?<![\w.])\d+(?:[.,]\d+)*\s?(?:원|달러)(?![가-힣])/g;
const DIGIT = /\d/;
const TAG_WORD = /tag|태그/;
/**
 * "2.0.7 말고 2.0.8", "not 2.0.7, 2.0.8", "2.0.8 rather than 2.0.7", "3.4.0 무르고 3.3.9로": the version refused or undone is
 * never the tag.
 */
const REFUSED_AFTER =
  /^\s?(?:은|는|이|가|을|를)?\s?(?:말고|대신|아니고|아니라|빼고|무르고|물리고|취소하고|되돌리고|롤백하고)/;
const REFUSED_BEFORE =
  /(?<![a-z])(?:not|instead\s+of|rather\s+than|but\s+not|except)\s+(?:the\s+)?(?:(?:version|tag|build|image)\s+)?$/i;

/** "The director said 1.16.1, but deploy 1.16.2", "팀장님은 3.1이라고 하셨는데 3.2 올려": a version someone else said. */
const REPORTED_BEFORE =
  /(?<![a-z])(?:said|says|suggested|wanted|mentioned|asked\s+for)\s+(?:(?:the\s+)?(?:version|tag|build|image)\s+)?$/i;
/** "…라고 하셨", "3.4.0에서 500 에러 81건" (where the errors began): a version spoken of, not the one asked for. */
const REPORTED_AFTER =
  /^\s?(?:(?:이)?라고\s?(?:하셨|했|하던|말)|(?:에서|부터)\s(?:\S+\s){0,3}?(?:에러|오류|장애|문제|버그))/;
const ANOTHER_VERSION = /\d+\.\d+/;
/** "커밋 a1b2c3d 시점으로", "to commit 4e5f6a7": a commit is neither an image tag nor a revision — which one, asked. */
/** "커밋 abc1234 태그로": the commit's own image tag, said as a tag. */
const TAG_WORD_AFTER_COMMIT = /^\s?(?:태그|tag)/i;
/** "commit sha-0b9f3e2": the image tag built from that commit. */
const IMAGE_TAG_OF_COMMIT = /^(?:sha|git)-/;
const COMMIT_BEFORE = /(?:커밋|(?<![a-z])commit)\s?(?:id|해시|hash)?\s?$/i;

/** "deploy 4.3.0 … Correction: not 4.3.0, 4.3.1": a version refused anywhere is refused where it was first said too. */
function refusedElsewhere(text: string, tag: string): boolean {
  for (let at = text.indexOf(tag); at >= 0; at = text.indexOf(tag, at + 1)) {
    // the same version, not one it begins ("2.0.0" in "not 2.0.0-rc.1") or ends
    if (/^[\w-]|^\.\w/.test(text.slice(at + tag.length)) || /[\w.]$/.test(text.slice(0, at))) continue;
    if (REFUSED_AFTER.test(text.slice(at + tag.length)) || REFUSED_BEFORE.test(text.slice(0, at)))
      return true;
  }
  return false;
}

/** Takes the first version the text does not refuse as the tag. */
function takeTag(s: ReadState, tag: string, start: number, end: number): void {
  if (s.entities.tag !== undefined) return;
  // the words around it as said (`rest` has what was read before masked out)
  if (REFUSED_AFTER.test(s.text.slice(end)) || REFUSED_BEFORE.test(s.text.slice(0, start))) return;
  if (refusedElsewhere(s.text, tag) || versionOfAnEarlierSentence(s.lowered, tag)) return;
  if (
    COMMIT_BEFORE.test(s.text.slice(0, start)) &&
    !TAG_WORD_AFTER_COMMIT.test(s.text.slice(end)) &&
    !IMAGE_TAG_OF_COMMIT.test(tag)
  ) {
    if (!s.unclear.includes('tag')) s.unclear.push('tag');
    return;
  }
  // someone else's version, when the order names its own after it
  const reported = REPORTED_BEFORE.test(s.text.slice(0, start)) || REPORTED_AFTER.test(s.text.slice(end));
  if (reported && ANOTHER_VERSION.test(s.text.slice(end))) return;
  if (versionLeftFor(s.text, start, end)) return;
  s.entities.tag = tag;
}

/** "Deploy frontend to staging, version, um…", "버전은…": the version trailed off unsaid — asked, never the current. */
const VERSION_TRAILING_OFF =
  /(?:(?<![a-z])(?:version|tag)|버전|태그)(?:은|는|이|가)?\s*,?\s*(?:…|\.{2,})\s*$/i;

/**
 * "api-server 3.4. 1" (a version broken by dictation), "billing-api@sha256:" with 65 hex digits (no digest has that
 * many): a version said but not readable — asked, never a part of it taken for the tag.
 */
const VERSION_UNREADABLE =
  /(?<![\w.])\d+\.\d+\.\s+\d+(?![\d.]|\s?(?:개|대|replicas?|pods?|instances?)(?![a-z]))|sha256:[a-f0-9]{65,}/i;
/** The parts of an unreadable version as `rest` has them (its punctuation gone). */
const UNREADABLE_PARTS = /(?<![\w.])\d+\.\d+\s+\d+(?![\d.])|sha256:[a-f0-9]{65,}/g;
/**
 * "5.13.0 또는 5.13.1", "1.4.2 or 1.4.3", "/deploy web-app staging 2.3.1 2.3.2": two versions, one to pick — asked (after
 * a comma the second is told of: "4.2.2, not 4.2.1").
 */
const EITHER_VERSION =
  /(?<![\w.])v?\d+(?:\.\d+){1,3}(?:-[\w.]+)?(?:\s?(?:이나|나)|\s(?:또는|혹은|아니면|or|either))\s+v?\d+(?:\.\d+){1,3}(?![\w.])|(?<![\w.])(v?\d+(?:\.\d+){1,3})(?:\s+|\s?\/\s?)(?!\1(?![\w.]))v?\d+(?:\.\d+){1,3}(?![\w.])/i;
/** "build 4411 to dev or 4412, whichever passed": one of two builds, whichever — asked. */
const WHICHEVER_BUILD =
  /(?<![\w.])\d{2,}\b.{0,40}(?<![a-z])or\s+\d{2,}\b.{0,20}(?<![a-z])whichever(?![a-z])/i;

export function readImagesAndTags(s: ReadState): void {
  const { entities } = s;
  const unreadable = VERSION_UNREADABLE.test(s.lowered);
  if (unreadable) s.rest = s.rest.replace(UNREADABLE_PARTS, (m) => ' '.repeat(m.length));
  if (
    (unreadable ||
      VERSION_TRAILING_OFF.test(s.text) ||
      WHICHEVER_BUILD.test(s.text) ||
      EITHER_VERSION.test(s.lowered)) &&
    !s.unclear.includes('tag')
  )
    s.unclear.push('tag');
  // most commands carry no number, colon or tag word: the passes that need one are skipped (a few µs each)
  const digits = DIGIT.test(s.rest);
  if (digits)
    for (const re of [RATE, LOAD, OTHER_SOFTWARE_VERSION, MACHINE_SIZE, SCORE, PRICE, TICKET])
      s.rest = s.rest.replace(re, (m) => ' '.repeat(m.length));
  for (const m of s.text.includes('/') ? s.text.matchAll(REGISTRY_IMAGE) : []) {
    // "dev/stg" is two environments, not an image: a path needs a registry host or a tag
    if (!(m[2] ?? m[3]) && !/^[^/]*[.:]|^localhost\//.test(m[0])) continue;
    s.imageApps.push(m[1]);
    if (m[2] ?? m[3]) entities.tag ??= m[2] ?? m[3];
    s.rest = mask(s.rest, { start: m.index, end: m.index + m[0].length });
  }
  for (const m of s.rest.includes('sha256:') ? s.rest.matchAll(DIGEST) : []) {
    entities.tag ??= m[1];
    s.rest = mask(s.rest, { start: m.index, end: m.index + m[0].length });
  }
  for (const m of s.rest.includes(':') ? s.rest.matchAll(IMAGE_REF) : []) {
    if (STOP_WORDS.has(m[1]) && !s.knownApps?.has(m[1])) continue;
    s.imageApps.push(m[1]);
    takeTag(s, m[2], m.index, m.index + m[0].length);
    s.rest = mask(s.rest, { start: m.index, end: m.index + m[0].length });
  }
  // "sha-deadbee": a commit hash may be all letters when prefixed
  const hashes = digits || /(?:sha|git)-/.test(s.rest);
  for (const re of digits ? [VERSION, SHA_TAG, NAMED_BUILD] : hashes ? [SHA_TAG] : []) {
    for (const m of s.rest.matchAll(re)) {
      if (re === SHA_TAG && !HASH_LIKE.test(m[1])) continue;
      takeTag(s, m[1], m.index, m.index + m[0].length);
      s.rest = mask(s.rest, { start: m.index, end: m.index + m[0].length });
    }
  }
  if (entities.tag === undefined) {
    const tagWord = TAG_WORD.test(s.rest);
    for (const re of [
      ...(tagWord ? [TAG_WORD_AFTER, TAG_WORD_BEFORE] : []),
      ...(digits ? [SHORT_VERSION] : []),
    ]) {
      for (const m of s.rest.matchAll(re)) {
        if (STOP_WORDS.has(m[1]) && m[1] !== 'latest') continue;
        takeTag(s, m[1], m.index, m.index + m[0].length);
        s.rest = mask(s.rest, { start: m.index, end: m.index + m[0].length });
      }
    }
  }
  const latest = entities.tag === undefined && s.rest.includes('latest') ? LATEST_TAG.exec(s.rest) : null;
  if (latest && (s.knownApps?.has(latest[1]) || !/^[a-z0-9-]+$/.test(latest[1]))) {
    takeTag(s, 'latest', latest.index + latest[0].length - 6, latest.index + latest[0].length);
    s.rest = mask(s.rest, {
      start: latest.index + latest[0].length - 6,
      end: latest.index + latest[0].length,
    });
  }
  if (entities.tag === undefined && VERSION_REFERRED.test(s.lowered) && !s.unclear.includes('tag'))
    s.unclear.push('tag');
}

/** "the version I mentioned earlier", "the version we had before the weekend", "bump … to the usual", "아까 말한 버전으로", "말씀하신 정상 버전으로", "말씀하신 cart-api 버전": a version pointed at but not said — asked, never the default. */
const VERSION_REFERRED =
  /(?<![a-z])(?:the|that)\s+(?:version|build|release|tag|image|one)\s+(?:i|we|you|he|she|they)\s+(?:mentioned|said|told\s+you|gave\s+you|sent|picked|chose|talked\s+about|had|used|ran|were\s+(?:on|running))(?![a-z])|(?<![a-z])(?:version|build|release|tag|image)\s+from\s+(?:before|last)\s+(?:the\s+)?(?:weekend|week|friday|monday|release|sale|month)(?![a-z])|(?<![a-z])to\s+the\s+usual(?![a-z])|(?<![a-z])(?:with|at|on|to)\s+its\s+own\s+(?:version|tag|build|release)(?![a-z])|(?:말한|말했던|말씀하신|말씀드린|얘기한|얘기했던|얘기하신|알려\s?준|알려\s?주신|알려\s?드린|보낸|정한)\s?(?:그\s?)?(?:[가-힣a-z][가-힣\w-]{0,30}\s)?(?:버전|태그|빌드|이미지)|(?<![가-힣])다음\s?(?:버전|version|패치|patch|릴리[즈스]|release|빌드|build)|(?<![a-z])next\s+(?:version|patch|release|build|tag)(?![a-z])/;

/**
 * "order-api latest 이미지로", "web-app latest로", "frontend 운영 latest 배포": the image tag `latest` after the app or
 * the environment — not the adjective of "the latest logs".
 */
const LATEST_TAG =
  /(?<=^|\s)([a-z0-9-]+|(?:운영|스테이징|개발|프로덕션)(?:에|에서|은|는)?|이미지|image)(?:\s?(?:을|를))?\s(?<!(?:the|most|our|my|your)\s)latest(?=\s?(?:이미지|태그|버전|빌드|으로|로|image(?![a-z])|tag(?![a-z])|[,.]|$)|\s(?:배포|올려|[a-z0-9-]+\s(?:to|on)\s|to\s|on\s))/;
