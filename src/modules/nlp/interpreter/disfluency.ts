import { EN_NUMBER_SOURCE } from './english-numbers.js';
import { KOREAN_NUMBER_SOURCE } from './korean.js';
import { ENV_PATTERN } from './lexicon.js';
import { literally } from './literal-pattern.js';

/**
 * Speech written down (blind round 130): fillers ("to, uh, five", "음, …") are no words of the order, and a word
 * repaired on the spot — "to staging — no wait, to dev", "스테이징 아니 운영", "worker 아니 billing-api", "Delete … — no,
 * just scale it" — is the word that replaced it. A repair that names production still makes a production plan, asked to
 * confirm; a Korean operation repaired ("롤백, 아니 재시작", round 11) stays asked.
 */
const FILLERS =
  /(?<![a-z'’-])(?:u+h+|u+m+|e+r+m*|hmm+)(?![a-z'’-])\s*,?\s*|(?<![가-힣])(?:음+|어+|그+)\s*(?:…|\.{2,})\s*|(?<![가-힣])(?:음+|어+)\s*,\s*|(?<=[가-힣a-z0-9-]\s)음+\s(?=\S)/gi;
/** "revision 7 uh 6", "3개, 아니 4개로", "to 3 — no wait, 4", "1.8.0, sorry, 1.8.1": the number said last. */
const NUMBER_REPAIRED =
  /(?<![\d.])\d+(?:\.\d+)*(?:\s?개)?(?:\s*,?\s*(?:[—–]+\s*)?(?:(?:아|och|oh)\s?)?(?:아니(?:다|요)?|no(?:\s+wait)?|sorry|i\s+mean|u+h+|u+m+|e+r+m?)\s*,?)+\s*(?=\d)/gi;
/**
 * "Deploy api-server 7.3.0 to staging. No, 7.3.1. No wait, 7.3.2": a version taken back after its place was said — the
 * version said last, the place kept.
 */
const VERSION_REPAIRED_AFTER_PLACE =
  /(?<![\d.])v?\d+(?:\.\d+)+(\s+(?:to|on|in|pon)\s+[a-z]+)?\s*[.,;—–]*\s*(?:no(?:\s+wait)?|sorry|i\s+mean|actually|make\s+that)\s*,?\s*(?=v?\d+\.\d+)/gi;
/**
 * Numbers spoken as words and repaired ("리비전 십오 번 아 잘못 말했다 십사 번으로", "to zero on stage sorry one only"):
 * the number said last, with the place said between kept (blind round 197).
 */
const SPOKEN_NUMBER = `(?:\\d+|${EN_NUMBER_SOURCE}|[영일이삼사오육칠팔구십백]{1,4}(?=\\s?(?:번|개|줄))|${KOREAN_NUMBER_SOURCE}(?=\\s?(?:개|대|줄)))`;
const SPOKEN_NUMBER_REPAIRED = new RegExp(
  `(?<![a-z0-9가-힣.-])${SPOKEN_NUMBER}(?:\\s?(?:개|번|줄|replicas?|pods?|lines?))?(\\s+(?:on|to|in)\\s+[a-z]+)?` +
    `(?:\\s*,?\\s*(?:(?:아|och|oh)\\s+)?(?:아니(?:다|요|지)?|아냐|잘못\\s?말했(?:다|어|네|습니다|어요)|no(?:\\s+no)*(?:\\s+wait)?|sorry|i\\s+mean|naw|make\\s+that)\\s*,?)+\\s*` +
    `(${SPOKEN_NUMBER})(?![a-z0-9])`,
  'gi',
);
const REPAIR =
  '(?:\\s*,?\\s*(?:아\\s?)?아니(?:다|요|지)?\\s*,?|\\s*[—–]+\\s*no\\s+wait\\s*,?|\\s*,?\\s*(?:no\\s+wait|sorry|i\\s+mean|scratch\\s+that|correction)\\s*,?)';
const PLACE = `(?:(?:to|on|in)\\s+)?(?:${ENV_PATTERN.source})(?:에서|에|로)?`;
/** "not staging, I mean production": the word refused is no word repaired (the refusal reads it). */
const NOT_BEFORE = '(?<!(?:not|no|be)\\s+)';
const PLACE_REPAIRED = new RegExp(`(?<![가-힣a-z-])${NOT_BEFORE}${PLACE}${REPAIR}\\s+(?=${PLACE})`, 'gi');

/**
 * "Delete billing-api on dev — uh, no, just scale it to 2", dictated "Delete cart-api on dev no sorry just restart it":
 * the first verb taken back, its app and place kept.
 */
const EN_OPERATION_REPAIRED =
  /^(\s*)(?:deploy|redeploy|restart|roll\s+back|rollback|delete|remove|scale|bounce)\s+(.*?)\s*(?:[—–]+|,|;)\s*(?:no|nope|wait|sorry|actually|scratch\s+that)(?:\s*,?\s*(?:no|wait))?\s*[,!.]\s+(?:just\s+|rather\s+|instead\s+)?(?=(?:deploy|redeploy|restart|roll|rollback|delete|remove|scale|bounce|show|get|give|check)(?![a-z]))/i;
/** The same dictated, with no punctuation: a sorry or a wait is the repair ("no restart" alone refuses, repairs nothing). */
const EN_OPERATION_REPAIRED_SPOKEN =
  /^(\s*)(?:deploy|redeploy|restart|roll\s+back|rollback|delete|remove|scale|bounce)\s+([^,.;!?]*?)\s+(?:(?:no|nope|naw)\s+)*(?:sorry|wait|actually)(?:\s+(?:sorry|wait|no|naw))*\s+(?:just\s+|rather\s+|instead\s+)?(?=(?:deploy|redeploy|restart|roll|rollback|delete|remove|scale|bounce|show|get|give|check)(?![a-z]))/i;

const repairedApps = new Map<string, RegExp>();
function appRepaired(knownApps: ReadonlySet<string>): RegExp {
  const key = [...knownApps].join('\n');
  let re = repairedApps.get(key);
  if (!re) {
    const app = `(?:${[...knownApps].map(literally).join('|')})`;
    re = new RegExp(
      `(?<![a-z0-9-])${NOT_BEFORE}${app}(?:을|를|은|는)?${REPAIR}\\s+(?=${app}(?![a-z0-9-]))`,
      'gi',
    );
    if (repairedApps.size < 100) repairedApps.set(key, re);
  }
  return re;
}

const MAYBE =
  /아니|아냐|잘못\s?말했|naw|make\s+that|(?<![a-z])(?:no|nope|wait|actually)(?![a-z])|sorry|i\s+mean|scratch\s+that|correction|\bu+h+\b|\bu+m+\b|\ber+m?\b|hmm|음|어/i;

/** The order as the speaker ended up saying it: fillers left out, each repaired word replaced by its repair. */
export function asRepaired(text: string, knownApps?: ReadonlySet<string>): string {
  if (!MAYBE.test(text)) return text;
  let t = text
    .replace(VERSION_REPAIRED_AFTER_PLACE, (_m, place: string | undefined) => `${place ?? ''} `)
    .replace(NUMBER_REPAIRED, '')
    .replace(SPOKEN_NUMBER_REPAIRED, (_m, place: string | undefined, last: string) => `${last}${place ?? ''}`)
    .replace(FILLERS, ' ')
    .replace(PLACE_REPAIRED, '')
    .replace(EN_OPERATION_REPAIRED, '$1$2, ')
    .replace(EN_OPERATION_REPAIRED_SPOKEN, '$1$2, ');
  if (knownApps && knownApps.size > 0) t = t.replace(appRepaired(knownApps), '');
  return t.replace(/\s{2,}/g, ' ').trim();
}
