import { CHANGE_INTENTS } from '../interpreter/intents.js';
import { finalize, matchRule, type FinalizeOptions } from '../interpreter/interpreter.js';
import { offerAlternatives } from '../interpreter/messages.js';
import { SELF_INTRODUCTION } from '../interpreter/reader-patterns.js';
import { QUESTION } from '../interpreter/safety-words.js';
import type { Intent, Interpretation, Reading } from '../interpreter/types.js';
import type { Classification } from './intent-classifier.js';
import { asPlainText } from '../interpreter/plain-text.js';
import { asOwnWords } from '../interpreter/pasted-output.js';

/*
 * The thresholds were tuned by 5-fold cross-validation on the training data only (the blind corpus's train
 * split and the hand-written corpus; scripts/tune-nlp-classifier.mjs); the blind dev split never takes part.
 * The rules are fitted to that split too, which favours them (README, "Trained classifier").
 */
export interface CombineThresholds {
  /** Score at which the classifier's read (status/logs/list/history/help) replaces a rules `unknown`. */
  confident: number;
  /** Score at which the classifier is taken to say a change: any disagreement with the rules then asks. */
  saysChange: number;
  /** How far the classifier's other intent must beat the rules' change before the change is questioned. */
  margin: number;
}
export const CLASSIFIER_THRESHOLDS: Readonly<CombineThresholds> = {
  confident: 0.9,
  saysChange: 0.9,
  margin: 0.8,
};

const isChange = (intent: Intent) => CHANGE_INTENTS.has(intent);
/** The conversation reader marks an intent carried from an earlier turn ("아니다 5개로"): the classifier sees one turn. */
const carriedFromConversation = (r: Reading) => (r as Reading & { followUp?: boolean }).followUp === true;

/**
 * The classifier learned its reads from commands that stand alone, where a read naming no app is about every app.
 * In a conversation about one app, a command naming none is about that app: "Is it behaving now?" is its status
 * (not a list), its logs stay its logs; a list, history or help of everything answers nothing that was said.
 */
function readOfTheConversation(
  intent: Intent,
  reading: Reading,
  options: FinalizeOptions,
): Intent | undefined {
  if (!options.context?.app || reading.entities.app !== undefined) return intent;
  if (intent === 'status' || intent === 'logs') return intent;
  return intent === 'list' && QUESTION.test(reading.text) ? 'status' : undefined;
}

/** The rules' answer names an app the command does not: the one the conversation is about. */
function appFromConversation(reading: Reading, rules: Interpretation, options: FinalizeOptions): boolean {
  const { app } = rules.entities;
  return options.context !== undefined && app !== undefined && !reading.text.includes(app);
}

/** Whether the classifier, on its own, says the change `intent` (top intent, score at the threshold). */
export function saysChange(c: Classification, t: CombineThresholds = CLASSIFIER_THRESHOLDS): boolean {
  return isChange(c.intent) && c.score >= t.saysChange;
}

/**
 * Rules and classifier disagree about a change: the classifier says a change the rules did not, or the rules
 * say a change and the classifier prefers another intent by the margin.
 */
export function disagreeOnChange(
  rulesIntent: Intent,
  c: Classification,
  t: CombineThresholds = CLASSIFIER_THRESHOLDS,
): boolean {
  if (c.intent === rulesIntent) return false;
  if (saysChange(c, t)) return true;
  return isChange(rulesIntent) && c.score - (c.scores[rulesIntent] ?? 0) >= t.margin;
}

/** An answer that asks which of the readings was meant (never executes one of them). */
function askBetween(i: Interpretation, reading: Reading, intents: Intent[]): Interpretation {
  const offered = offerAlternatives(
    // the app the conversation gave ("now 8" about cart-api) is named; a default environment is not
    intents.map((intent) => ({
      intent,
      entities: { ...reading.entities, ...(i.entities.app ? { app: i.entities.app } : {}) },
    })),
    i.language,
  );
  return {
    ...i,
    ambiguous: true,
    confidence: Math.min(i.confidence, 0.5),
    clarification: offered.clarification,
    suggestions: [...new Set([...offered.suggestions, ...i.suggestions])].slice(0, 5),
  };
}

/**
 * What the classifier weighs: the command, or only its order's clause when the rules found a remark beside the order
 * ("운영 X 재시작 — 정산 배치 안 돌았음"), whose words would otherwise outvote the order's; never the writer's
 * self-introduction ("기록조회팀 강도현입니다": the team's name is no history read).
 */
export function classifierInput(command: string, reading: Reading): string {
  // the order's clause was cut from the reader's plain text already
  return (reading.orderClause ?? asPlainText(asOwnWords(command))).replace(SELF_INTRODUCTION, '');
}

/**
 * Rules + classifier → one interpretation. The rules stay the precise part (entities, numbers, aliases,
 * negation, learned phrases, the conversation); the classifier only covers phrasing the rules could not read,
 * and it can never make a change happen on its own:
 * - they agree (with the rules' reading, or with the read the safety gate made of it), or the command is a negation, or the rules read `unknown` on purpose (a concept question,
 *   chit-chat, a what-if) → as the rules say;
 * - the rules' answer comes from what the classifier cannot see (a phrase the user taught, a follow-up of the
 *   conversation: "prod too") → as the rules say;
 * - rules `unknown`, classifier confident on a read/help → that intent with the rules' entities;
 * - rules `unknown`, classifier says a change → ambiguous, asking whether that change was meant;
 * - any other disagreement about a change → ambiguous, the clarification names both readings (when the
 *   classifier reads no operation at all, the answer is `unknown` offering the rules' reading);
 * - two different reads → as the rules say (they read it from the words; the classifier only weighs them).
 * Every path ends in `finalize`, so the safety gate has the last word.
 */
export function combine(
  reading: Reading,
  classification: Classification | null,
  options: FinalizeOptions = {},
  t: CombineThresholds = CLASSIFIER_THRESHOLDS,
): Interpretation {
  const c = classification;
  const rules = finalize(reading, options);
  if (!c || c.score === 0 || c.intent === reading.intent || reading.negated || reading.settled) return rules;
  if (matchRule(reading, options.rules) !== undefined || carriedFromConversation(reading)) return rules;
  if (reading.intent === 'unknown' && rules.intent !== 'unknown') return rules;
  // "order-api 레플리카 3개 맞아?": the words read as a change the gate turned into the read the question asks;
  // a classifier saying that same read agrees with the rules' answer, whatever the words first looked like
  if (c.intent === rules.intent && !isChange(rules.intent) && !rules.ambiguous) return rules;
  // "Please perform the same restart once more": the rules' app is the conversation's; the classifier, reading one
  // turn, sees an operation without an object — only its reading of another change would disagree
  if (
    !rules.ambiguous &&
    appFromConversation(reading, rules, options) &&
    !(isChange(c.intent) && c.intent !== rules.intent)
  )
    return rules;

  if (reading.intent === 'unknown') {
    // "실사이트에도 똑같이 해 주세요" after a restart: a change the words never name, other than the one the conversation
    // is doing, is no question to put — an answer to it ("운영 말한 거예요") would run a change nobody asked for
    const doing = options.context?.intent;
    if (saysChange(c, t) && doing && isChange(doing) && c.intent !== doing) return rules;
    if (saysChange(c, t)) {
      // finalize asks (low confidence), or the safety gate turns it into the read the text asks for
      const guessed = finalize(
        { ...reading, intent: c.intent, confidence: Math.min(c.score, 0.5) },
        { ...options, source: 'classifier' },
      );
      return isChange(guessed.intent) && !guessed.ambiguous
        ? askBetween(guessed, reading, [c.intent])
        : guessed;
    }
    // "flood-map 스테이징은 잘 되는 건가요?": a name that is no registered app — whatever the classifier reads, it
    // would be a read of something else; the rules' question stands
    if (namesUnregisteredApp(reading.text, options.knownApps)) return rules;
    const read =
      isChange(c.intent) || c.score < t.confident
        ? undefined
        : readOfTheConversation(c.intent, reading, options);
    if (read)
      return finalize(
        { ...reading, intent: read, confidence: Math.min(c.score, 0.85) },
        { ...options, source: 'classifier' },
      );
    return rules;
  }

  if (disagreeOnChange(reading.intent, c, t)) {
    // the classifier reads no operation at all ("what if I deploy …"): unknown, offering the rules' reading
    if (c.intent === 'unknown') {
      // the conversation may fill in only the operation the words name: "그거 rollback" after two deploys must never
      // become the last deploy repeated on "그거"
      let doubted = finalize({ ...reading, intent: 'unknown' }, options);
      if (doubted.intent !== 'unknown' && doubted.intent !== reading.intent)
        doubted = finalize({ ...reading, intent: 'unknown' }, { ...options, context: undefined });
      return askBetween(doubted, reading, [reading.intent, 'help']);
    }
    return askBetween(rules, reading, [reading.intent, c.intent]);
  }
  // two different reads: the rules read a read noun the classifier only weighs among others
  return rules;
}

const HYPHENATED_NAME = /(?<![\w./:@-])[a-z][a-z0-9]*(?:-[a-z0-9]+)+(?![\w./:@-])/g;
/** A hyphenated name ("flood-map", "bus-eta") that is not a registered app: an app the service does not know. */
function namesUnregisteredApp(text: string, knownApps: readonly string[] | undefined): boolean {
  if (!knownApps?.length) return false;
  const known = new Set(knownApps);
  return [...text.toLowerCase().matchAll(HYPHENATED_NAME)].some((m) => !known.has(m[0]));
}
