import { asHalfWidth } from './half-width.js';
import { asDictationMeant } from './dictation.js';
import { withoutPreviewWavedOff } from './dry-run.js';
import { CHANGE_INTENTS } from './intents.js';
import { PLACE_WORD } from './safety-words.js';
import { NLP_ENVIRONMENTS, type Reading } from './types.js';

/**
 * Addresses and references pasted around an order (blind round 121): links, host names, e-mail addresses, file paths,
 * ticket keys and chat channels. Their words are never the order's: "PROD-1234 건으로 재시작" names no production,
 * "https://staging.example.com/api/v2" no staging and no tag v2, "./deploy/staging.yaml" no deploy.
 */
const URL = /(?<![\w@])(?:https?|wss?|ftp):\/\/[^\s<>"']+?(?=[,.;:!?)\]]*(?:\s|$))/gi;
const EMAIL = /(?<![\w.+-])[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![\w.-])/gi;
const HOST =
  /(?<![\w@/.:-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|kr|jp|de|uk|internal|local|lan|corp|svc|cloud|example|test)(?::\d{2,5})?(?![\w-])(?:\/[^\s,;)]*)?/gi;
const PATH = /(?<![\w/.:-])(?:~|\.{1,2})?(?:\/[\w.@+-]+){2,}\/?|(?<![\w/.-])(?:~|\.{1,2})\/[\w.@+-]+/g;
/** PROD-1234, INC-0042, STG-77 (capitals and two or more digits: "stg-2" or "prod2" is a copy of a place, asked). */
const TICKET_KEY =
  /(?<![\w-])[A-Z][A-Z0-9]{1,9}-\d{2,}(?![\w-])|(?<![\w가-힣-])[가-힣]+-(?:이슈|장애|티켓)-\d+(?![\w-])/g;
/**
 * "#ops-prod", "#release-staging": a chat channel, not a place (a "#512" is a pull request, left as it is); "#prod",
 * "#staging" alone are the place tagged (blind round 138).
 */
const CHANNEL =
  /(?<![\w#])#(?!(?:prod|production|prd|live|staging|stage|stg|dev|development|develop)(?![\w-]))[a-z][\w-]*(?![\w-])/gi;
/**
 * "ghcr.io/acme/web-app:v2", "registry.internal:5000/team/api@sha256:…": an image reference, read as one;
 * "app.kubernetes.io/name=worker": a label selector naming the app.
 */
const IMAGE_PATH = /\/[^\s]*[:@=]/;
/** Each kind of address and the plain word it reads as ("once JIRA-91 is merged" keeps its subject). */
const ADDRESSES: readonly (readonly [RegExp, string])[] = [
  [URL, ' '],
  [EMAIL, ' '],
  [HOST, ' '],
  [PATH, ' '],
  [TICKET_KEY, ''],
  [CHANNEL, ' '],
];
const HYPHENATED = /^[a-z]+(?:-[a-z]+)+$/;
/** "~~prod~~ staging", "~~재시작~~ 롤백": struck-through words are withdrawn. */
const STRUCK = /~~[^~\n]+~~/g;
/** "**order-api**", "*prod*", "__staging__": emphasis around a word, read as the word (a `code span` stays one). */
const EMPHASIS = /(\*\*|__|\*)(?=\S)([^*\n]+?)(?<=\S)\1/g;
/** Zero-width spaces and joiners (U+200B–U+200D, U+2060, U+FEFF inside "개발" or "restart"): read as nothing. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
/** "> 민수: web-app 운영 배포해 줘": a quoted message of someone else's, by name — their words, not an order. */
const QUOTED_MESSAGE = /^\s*>\s*[^\s:>]{1,16}\s?:\s.*$/gm;
/**
 * "`namespace: production`", "`image: ghcr.io/acme/web-app:2.8.0`": a manifest's line in a code span is text being
 * shown (a YAML asked to be checked), not an order's words (blind round 102).
 */
const MANIFEST_LINE = /`\s*(?:image|kind|apiversion|metadata|spec|containers)\s*:\s[^`\n]*`/gi;
const ANY_MARK = /[~*_>`\u200B-\u200D\u2060\uFEFF]/;

/** Markdown's marks and invisible characters, as a reader of the rendered message sees it. */
function asRendered(text: string): string {
  if (!ANY_MARK.test(text)) return text;
  return text
    .replace(INVISIBLE, '')
    .replace(QUOTED_MESSAGE, ' ')
    .replace(MANIFEST_LINE, ' ')
    .replace(STRUCK, ' ')
    .replace(EMPHASIS, '$2');
}
/**
 * What any of ADDRESSES needs to match (a link's "://", an e-mail's "@", a path's "/", a channel's "#", a host's known
 * ending, a ticket key's "-<digit>"): most commands have none and skip the six passes.
 */
const ANY_ADDRESS =
  /[@/#]|\.(?:com|net|org|io|kr|jp|de|uk|internal|local|lan|corp|svc|cloud|example|test)|[A-Z0-9]-\d|-(?:이슈|장애|티켓)-/i;

/**
 * The text as the reader reads it: full-width characters as ASCII, markdown as rendered, a dictation's slips as
 * meant, a dry run waved off left out, and pasted addresses and references blanked.
 */
export function asPlainText(typed: string): string {
  const text = withoutReleaseNotes(withoutPreviewWavedOff(asDictationMeant(asRendered(asHalfWidth(typed)))));
  if (!ANY_ADDRESS.test(text)) return text;
  return ADDRESSES.reduce((t, [re, word]) => t.replace(re, (found) => plainWord(re, found, word)), text);
}

function plainWord(re: RegExp, found: string, word: string): string {
  if (re === HOST && IMAGE_PATH.test(found)) return found;
  // the key's number stays: "under PROD-1234." reads as "under ticket-1234.", a reference like any other
  if (re === TICKET_KEY) return ` ticket-${found.slice(found.lastIndexOf('-') + 1)}`;
  // an app named in a link's path ("github.com/acme/web-app/pull/233") is still named
  if (re === URL) return [word, ...found.split('/').filter((part) => HYPHENATED.test(part))].join(' ') + ' ';
  return word;
}

/**
 * "… 배포해 주십시오. 릴리스 노트: 각인 옵션 추가, 결제 오류 2건 수정입니다.", "… to production. Release notes: VAT fix, …":
 * the notes after their label describe the release (their numbers and verbs are no part of the order).
 */
const RELEASE_NOTES =
  /(?<=[.!]\s+)(?:release\s+notes?|changelog|change\s+log|릴리[스즈]\s?노트|변경\s?사항|패치\s?노트)\s?:.*$/is;
const withoutReleaseNotes = (text: string) => (text.includes(':') ? text.replace(RELEASE_NOTES, '') : text);

/** A quoted title ("티켓 제목이 \"운영 order-api 주문 누락\"이에요"): its place words are the title's. */
const QUOTED = /["“][^"“”\n]{2,80}["”]/g;
/**
 * A change whose only place is a word inside a pasted address or a quoted title ("restart cart-api at
 * pay.prod.acme.internal", "Deploy order-api to orders.live.acme.example"): the address is no environment of ours —
 * which one is asked, never the default taken nor the address's word (blind round 201); "api-server ~~운영~~ 재시작해":
 * the only place said is struck out — asked as well (round 216).
 */
export function withPlaceOfAnAddressAsked(typed: string, reading: Reading): Reading {
  if (!CHANGE_INTENTS.has(reading.intent) || reading.entities.environment !== undefined) return reading;
  if (!ANY_ADDRESS.test(typed) && !/["“~]/.test(typed)) return reading;
  const named = [URL, HOST, PATH, QUOTED, STRUCK].some((re) =>
    [...typed.matchAll(re)].some(([found]) => PLACE_WORD.test(found.toLowerCase())),
  );
  return named ? { ...reading, environmentAlternatives: [...NLP_ENVIRONMENTS] } : reading;
}
