/** What a finished turn leaves for the next ones (the conversation's memory) and how a plan's answer reads. */
import type { Turn } from './context.js';
import { CORRECTION, NOT_A_COMMAND, normalise } from './conversation-patterns.js';
import { nearestApps } from './interpreter.js';
import { aliasesNamed, aliasesTold } from './app-aliases.js';
import type { Interpretation, Reading } from './types.js';

/** The one command a bare "응"/"yes" stands for after this turn's question, if it asked a yes/no question. */
function yesMeans(
  i: Interpretation,
  reading: Reading | undefined,
  knownApps: readonly string[],
): string | undefined {
  if (!i.ambiguous || i.suggestions.length === 0) return undefined;
  const said = reading?.entities.app;
  // "Did you mean 'cart-api'?" → the suggestion with that app
  if (said && knownApps.length > 0 && !knownApps.includes(said)) {
    const near = nearestApps(said, knownApps);
    return near.length === 1
      ? i.suggestions.find((s) => new RegExp(`(?<![a-z0-9-])${near[0]}(?![a-z0-9-])`).test(s))
      : undefined;
  }
  // "Did you mean production?" and other questions with one way out
  return i.suggestions.length === 1 ? i.suggestions[0] : undefined;
}

/** What a turn leaves for the next ones. */
export function turnOf(
  interpretation: Interpretation,
  reading?: Reading,
  knownApps: readonly string[] = [],
): Turn {
  const yes = yesMeans(interpretation, reading, knownApps);
  const unread = unreadCorrection(interpretation, reading);
  // production read from a look-alike ("prdo", "운엉") or a model's guess is in doubt: an answer that does not
  // name an environment never inherits it
  const doubted = reading?.fuzzy.includes('environment') === true;
  return {
    intent: interpretation.intent,
    entities: interpretation.entities,
    ambiguous: interpretation.ambiguous,
    requiresConfirmation: interpretation.requiresConfirmation,
    defaults: interpretation.defaults,
    suggestions: interpretation.suggestions,
    // what an unknown turn (chit-chat, "now 0" with nothing to repeat) mentions is no referent
    ...(reading && reading.appAlternatives.length > 1 && !NOT_A_COMMAND.has(interpretation.intent)
      ? { apps: reading.appAlternatives }
      : {}),
    ...(reading && reading.environmentAlternatives.length > 1 && !NOT_A_COMMAND.has(interpretation.intent)
      ? { environments: reading.environmentAlternatives }
      : {}),
    ...(doubted ? { doubted: ['environment' as const] } : {}),
    ...(yes ? { yesMeans: yes } : {}),
    ...(reading && CORRECTION.test(normalise(reading.text)) ? { corrects: true } : {}),
    ...(reading?.negated || unread ? { refused: true } : {}),
    ...(unread && correctsNumber(reading) ? { unreadCorrection: true } : {}),
    ...(reading?.postponed && reading.entities.tag ? { putOff: reading.entities } : {}),
    // what an unknown turn (chit-chat, a fragment) calls an app is no alias either — unless it tells the name outright
    ...aliasesOf(reading, knownApps, !NOT_A_COMMAND.has(interpretation.intent)),
  };
}

/**
 * "아 v2.7.1 말고 v2.7.2요, 2.7.1은 WIP 빌드였어요", "nvm half of that" not understood: a correction that names a version
 * or a count, or changes the count by a word, or opens with a number (not a question about the plan) — the plan waiting
 * no longer waits, so a "LGTM" after it cannot run what was corrected.
 */
function unreadCorrection(i: Interpretation, reading: Reading | undefined): boolean {
  if (i.intent !== 'unknown' || !reading || reading.text.includes('?')) return false;
  const { tag, replicas, revision } = reading.entities;
  // as said, too: "I said 20, I meant 24" reads "I said 24" once the slip is taken out
  const said = [normalise(reading.text), reading.text.toLowerCase()];
  const numbered = [tag, replicas, revision].some((v) => v !== undefined);
  return (
    (said.some((t) => CORRECTION.test(t) || WAVED_AWAY.test(t)) && (numbered || correctsNumber(reading))) ||
    OPENS_WITH_A_NUMBER.test(reading.text) ||
    // "예, 다만 6개로 하십시오" not understood: a count or version of its own, in digits, is no yes to the plan's
    (numbered && /\d/.test(reading.text))
  );
}
/**
 * "6. More mushers coming in.", "4.0.1로 바꿔 주십시오. …" not understood: a number opening the turn may be the plan's
 * count or version corrected.
 */
const OPENS_WITH_A_NUMBER =
  /^\s*v?\d+(?:\.\d+){0,3}(?=[\s.,!]|$|(?:으로|로|이요|요)(?=[\s.,!]|$))(?!\s*(?:%|시|분|am|pm|o'?clock)(?![a-z]))/;
/** "nvm half of that": the plan's own count waved away and changed by a word, not a number. */
const WAVED_AWAY = /^(?:nvm|never\s*mind|scratch\s+that|hmm+|음|아\s?잠깐)(?![a-z가-힣])/;
const AMOUNT_OF_THAT =
  /(?<![a-z])(?:half|double|twice|triple|one\s+(?:more|less|fewer)\s+than)(?![a-z])|절반|반으로|반만|두\s?배|하나\s?(?:더|덜|적게)/;
/** The correction's own words give a number or an amount (not one carried into the reading from before). */
const correctsNumber = (reading: Reading | undefined) =>
  reading !== undefined &&
  [normalise(reading.text), reading.text.toLowerCase()].some(
    (t) => NUMBER_CORRECTED.test(t) || AMOUNT_OF_THAT.test(t),
  );
/**
 * "Oh, I meant 6 — the doc says six", "Sorry, 6.3.2 — …", "I said wrong. 4": the number right after the correction;
 * "4.0.1로 바꿔 주십시오": a version opening the turn, changed to.
 */
const NUMBER_CORRECTED =
  /(?:i\s+meant?|i\s+said|sorry|correction|said\s+(?:it\s+)?wrong|make\s+(?:it|that)|아니(?:다|요|야)?|정정|잘못\s?(?:말|했|썼|씀)\S*)[\s,.:;—–-]*(?:(?:it|to|was|is|should\s+be|으로|로)\s+)?(?:v?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)(?![a-z]))|(?<![\d.])\d+\s+not\s+\d|^\s*v?\d+(?:\.\d+){1,3}\s?(?:으로|로)\s?(?:바꿔|바꾸|변경|교체|갈아)/;

/** What a "네"/"no" is about: the plan's own operation (as the service records the answer). */
export function answeredPlan(plan: Turn, language: Interpretation['language']): Interpretation {
  return {
    intent: plan.intent,
    entities: plan.entities,
    confidence: 1,
    ambiguous: false,
    missing: [],
    suggestions: [],
    clarification: null,
    defaults: [],
    destructive: true,
    requiresConfirmation: true,
    source: 'rules',
    language,
  };
}

function aliasesOf(
  reading: Reading | undefined,
  knownApps: readonly string[],
  command: boolean,
): Pick<Turn, 'aliases'> {
  if (!reading) return {};
  const aliases = {
    ...(command ? aliasesNamed(reading.text, knownApps) : undefined),
    ...aliasesTold(reading.text, knownApps),
  };
  return Object.keys(aliases).length > 0 ? { aliases } : {};
}
