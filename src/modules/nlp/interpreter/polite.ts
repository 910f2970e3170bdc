/**
 * Assistant-style politeness (blind round 11): frames around an order that are neither a condition nor a
 * refusal — "if it's not too much trouble", "if you don't mind", "if you'd be so kind", "when you get a
 * moment", "…해 주시면 정말 감사하겠습니다" — and "X needs a restart", which asks for the restart.
 */
import { onlyObjects } from './order-grammar.js';
import { PLEASE, W } from './safety-words.js';
import type { Intent } from './types.js';

/** Left out before reading (reader-patterns `plain`): the order inside reads as the order. */
export const POLITE_FRAME = new RegExp(
  W(
    `if\\s+(?:it'?s|it\\s+is|that'?s|that\\s+is)\\s+not\\s+too\\s+much\\s+(?:trouble|bother|hassle|work)(?:\\s+for\\s+you)?|if\\s+you\\s+(?:don'?t|do\\s+not)\\s+mind|if\\s+(?:at\\s+all\\s+)?possible|when(?:ever)?\\s+you\\s+(?:get|have|find)\\s+a\\s+(?:moment|minute|second|sec|chance)`,
  ),
  'g',
);
/** "if you'd be so kind": read as "please". */
export const SO_KIND = /(?<![a-z])if\s+you(?:'d|\s+would)\s+be\s+so\s+kind(?:\s+as\s+to)?(?![a-z])/g;
/** "I would like to …", "I am requesting to …" (a contractor's formal English): read as "please". */
export const REQUEST_FRAME =
  /(?<![a-z])(?:i\s+(?:would|'d)\s+like\s+(?:you\s+)?to|i(?:\s+am|'m)\s+requesting\s+(?:you\s+)?to|i\s+(?:kindly\s+)?request\s+(?:you\s+)?to)(?![a-z])/g;
/** "please do the restarting of auth-service": the order said as a noun, read as its verb. */
export const NOMINAL_ORDER =
  /(?<![a-z])(?:do|make|perform)\s+the\s+(restart|redeploy|deploy|delet|remov|scal|roll(?:ing)?\s*back|revert)(?:ing|ment|ion|e)?\s+of(?![a-z])/g;
const VERB_OF: Record<string, string> = { delet: 'delete', remov: 'remove', scal: 'scale', revert: 'revert' };
export function verbOfNominal(_: string, stem: string): string {
  return /^roll/.test(stem) ? 'roll back' : (VERB_OF[stem] ?? stem);
}
/** "…해 주시면 정말 감사하겠습니다": the adverb goes; "주시면 감사…" is politeness the gate knows. */
const THANKS_ADVERB = /(?<=주시면\s?)(?:정말|너무|진짜|참|매우|대단히|무척|정말로)\s?(?=감사|고맙)/g;
/**
 * Words that add nothing to the order: "정말" in "…주시면 정말 감사", and an "anyway" closing it ("Show me worker on
 * staging anyway." is a read as "Show me worker on staging" is; "restart it anyway" is "restart it").
 */
export const ADDS_NOTHING = new RegExp(`${THANKS_ADVERB.source}|,?\\s+anyway(?=\\s*[.!]*\\s*$)`, 'g');

/** "frontend needs a restart", "worker needs to be rolled back", "X is to be deployed …": the order, said as what the app needs. */
const NEEDS: Partial<Record<Intent, RegExp>> = {
  restart:
    /(?<![a-z])(?:needs?\s+(?:a\s+)?(?:quick\s+|fresh\s+)?(?:restart|reboot|bounce)|(?:needs?\s+to|is\s+to|are\s+to|must|shall)\s+be\s+(?:restarted|rebooted|bounced))(?![a-z])/,
  rollback:
    /(?<![a-z])(?:needs?\s+(?:a\s+)?(?:rollback|roll\s?back)|(?:needs?\s+to|is\s+to|are\s+to|must|shall)\s+be\s+(?:rolled\s+back|reverted))(?![a-z])/,
  deploy:
    /(?<![a-z])(?:needs?\s+(?:a\s+)?redeploy|(?:needs?\s+to|is\s+to|are\s+to|must|shall)\s+be\s+(?:re)?deployed)(?![a-z])/,
  // "Billing-api on staging is to be scaled to three replicas", "X must be deleted from dev"
  scale: /(?<![a-z])(?:needs?\s+to|is\s+to|are\s+to|must|shall)\s+be\s+scaled(?![a-z])/,
  delete: /(?<![a-z])(?:needs?\s+to|is\s+to|are\s+to|must|shall)\s+be\s+(?:deleted|removed)(?![a-z])/,
};
/** Said with urgency: "… needs a restart asap". */
const ASKED_FOR =
  /(?<![a-z])(?:asap|now|rn|right\s+away|immediately|urgently|quickly|thanks|thx|ty|do\s+it|go\s+ahead|make\s+(?:it|that)\s+happen|forthwith|at\s+once|please\s+do\s+so|without\s+delay)(?![a-z])/;
/** Where the subject's clause starts: after a comma, a colon, a smiley. */
const SUBJECT_START = /^.*[,;:!?)]\s*/;

/** `t` is the gate's readable text: "[greeting, ] <app> [on <env>] needs a <op>, please". */
export function needsOperation(intent: Intent, t: string, names: ReadonlySet<string>): boolean {
  const m = NEEDS[intent]?.exec(t);
  // "web-app on staging needs a restart" alone is a remark; asked for politely, it is the order
  if (!m || !(PLEASE.test(t) || ASKED_FOR.test(t))) return false;
  const subject = t.slice(0, m.index).replace(SUBJECT_START, '');
  const after = t.slice(m.index + m[0].length).split(/[,;.]/)[0];
  return (
    [...names].some((n) => subject.includes(n)) && onlyObjects(subject, names) && onlyObjects(after, names)
  );
}

/** A syllable closed by ㅂ before 시다: the formal "let's" ("되돌립시다", "올립시다", "배포합시다"). */
export const FORMAL_LETS = /([가-힣])시다(?=[.!~\s]|$)/g;
const HANGUL_BASE = 0xac00;
const FINAL_B = 17;
/** "되돌립시다" → "되돌리자": the plain "let's" every order rule already reads (other syllables left alone). */
export function plainLets(match: string, syllable: string): string {
  const code = syllable.charCodeAt(0) - HANGUL_BASE;
  return code % 28 === FINAL_B ? `${String.fromCharCode(syllable.charCodeAt(0) - FINAL_B)}자` : match;
}
