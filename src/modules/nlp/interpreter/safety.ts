import { editDistance, jamo } from './korean.js';
import { CHANGE_INTENTS, INTENT_ENTITIES } from './intents.js';
import { ENV_ALIASES, INTENT_FUZZY, INTENT_FUZZY_KO, INTENT_PATTERNS } from './lexicon.js';
import { askConfirmChange, askFuzzyProduction, askMissing, renderCommand, unknownReply } from './messages.js';
import type { EntityName, Intent, Interpretation } from './types.js';

/**
 * The safety gate: the last step of every interpretation, whatever produced it (the rules, a classifier, an
 * LLM, the ensemble). A change (deploy, scale, rollback, restart, delete) leaves here unambiguous only when the
 * text holds an instruction to make that change. Questions, read nouns (이력, 현황, history, status …),
 * negations and hypotheticals become a read, `unknown` or a clarification — never an executed change —
 * even when the reader that produced the interpretation missed them.
 */

/** What the text alone cannot show, told by the caller: a learned phrase, or a follow-up of the last turn. */
export interface SafetyEvidence {
  /** The phrase matched a rule learned from the user's own correction. */
  learned?: boolean;
  /** The intent was carried from the previous operation ("prod too", "5개로"). */
  followUp?: boolean;
  /** The environment came from the conversation, not from the text. */
  environmentFromContext?: boolean;
}

const W = (alts: string) => `(?<![a-z0-9_-])(?:${alts})(?![a-z0-9_-])`;

/** "하지 마", "don't", "취소": the command refuses an operation. */
const NEGATION = new RegExp(
  `하지\\s?마|하지\\s?말|지\\s?마(?:라|요|세요)?(?![가-힣])|말아\\s?(?:줘|주세요|요)?|마세요|하면\\s?안|안\\s?(?:해|하|할|돼|됨|함|된다)|` +
    `하지\\s?않|필요\\s?없|금지|취소|멈춰|그만|보류|` +
    W(
      `don'?t|dont|do\\s+not|never|no\\s+need|not\\s+now|hold\\s+off|cancel|abort|stop\\s+that|shouldn'?t|mustn'?t`,
    ),
);
/** "what if", "롤백하면 어떻게 돼?", "should I restart": talk about an operation, not an order. */
const HYPOTHETICAL = new RegExp(
  `하면\\s?(?:어떻게|어찌|뭐가|무슨|될까|되나|돼|안)|(?:으|이)?면\\s?어떻게|만약|만일|해도\\s?(?:돼|될까|되나|괜찮)|해야\\s?(?:하나|할까|돼|되나|해|할지|하는지)|할지|하는\\s?게\\s?(?:좋|나을|맞)|할까|될까|` +
    W(
      `what\\s+if|what\\s+happens|what\\s+would|would\\s+happen|should\\s+(?:i|we|you)|shall\\s+(?:i|we)|if\\s+(?:i|we|you)|suppose|hypothetically|is\\s+it\\s+(?:safe|ok|okay|fine)|do\\s+(?:i|we)\\s+need|worth|whether`,
    ),
);
/** Question forms (Korean endings, English question words at the start, a question mark). */
const QUESTION = new RegExp(
  `\\?|어때|됐어|됐나|됐니|됐냐|됐지|됐을|되었|됐는지|했어|했나|했니|했냐|했지|했을|했는지|했던|있어|있나|있니|있냐|있는지|있을까|` +
    `뭐야|뭐지|뭐였|뭐예요|뭔가|뭐임|몇|언제|어디|누가|왜|인가요|인가|인지|일까|건가|거야|나요|` +
    `(?:^|\\s)(?:so\\s+|and\\s+|hey\\s+|um\\s+|ok\\s+)?(?:how|what|what's|whats|which|when|where|who|why|was|were|did|didn't|does|is|isn't|are|has|have|had|should|could|can|will|would|shall|am|do\\s+(?:you|we|i|they))(?=\\s|$)|` +
    W(`how\\s+many|how\\s+much|whether|if`),
);
/** The past: a report or a question about what happened ("배포됐어?", "did it roll back"), not an order. */
const PAST = new RegExp(
  `됐|되었|됬|했어|했나|했니|했냐|했지|했는지|했음|했습|성공|실패|완료|끝났|` +
    W(`did|was|were|has|have|had|went|succeeded|successful|failed|finished|done|completed|worked`),
);
/** A question asked inside an order ("배포됐는지 알려줘", "tell me if it was deployed"): still a question. */
const EMBEDDED_QUESTION = new RegExp(
  `는지|은지|ㄴ지|인지|할지|될지|` + W(`if|whether|how\\s+many|what|which|when`),
);
/** The endings of an order right after the operation word ("배포해 줄래", "올려줘", "재시작 좀 부탁해"). */
const ORDER_AFTER_KO =
  /^\s?(?:좀\s?|하고\s?)?(?:해|시켜|해서)?\s?(?:줄래|줄\s?수|주실|주시겠|주시면|줘|주세요|주라|줘요|부탁|ㄱㄱ|고고)/;
/** "can you restart …", "could you please roll back …": a polite order. */
const POLITE_EN =
  /(?<![a-z0-9_-])(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|just\s+|kindly\s+)?/g;
const PLEASE = new RegExp(W(`please|pls|plz`));
/** "재시작하고 상태 보여줘", "restart it and show the logs": an order and a read in one command. */
const COMPOUND = new RegExp(`하고|한\\s?(?:다음|뒤|후)|고\\s?나서|` + W(`and|then`));
/** "배포가 뭐야", "what is a rollback", "difference between restart and redeploy": about words, not apps. */
const CONCEPT = new RegExp(
  `(?:이란|란|라는\\s?(?:게|건|것))\\s?(?:뭐|무엇|무슨)|(?:이|가|은|는)\\s?(?:뭐야|뭔가요|뭐예요|뭐지|무엇)|무슨\\s?뜻|뜻이|의미|차이|설명해|` +
    W(
      `what\\s+(?:is|are|does)\\s+(?:an?\\s+|the\\s+)?(?:deploy|deployment|rollback|roll\\s?back|restart|scale|scaling|delete|redeploy|rollout)s?\\s*(?:mean|\\?|$)|what\\s+does\\s+\\S+\\s+mean|meaning|difference\\s+between|explain|define|definition`,
    ),
);
/** Read nouns → the read they ask for (first match wins). */
const READS: ReadonlyArray<readonly [Intent, RegExp]> = [
  ['logs', new RegExp(`로그(?!인)|` + W(`logs?`))],
  [
    'history',
    new RegExp(
      `이력|기록|히스토리|내역|` +
        W(
          `history|histories|changelog|what\\s+(?:was|got|were)\\s+(?:deployed|released|shipped|rolled)|what\\s+did\\s+(?:we|you|i)\\s+(?:deploy|ship|release)|(?:recent|past|previous|last)\\s+(?:few\\s+)?(?:deployments|deploys|releases)`,
        ),
    ),
  ],
  [
    'list',
    new RegExp(`목록|리스트|` + W(`list|everything|all\\s+(?:the\\s+)?apps|which\\s+apps|what\\s+apps`)),
  ],
  ['status', new RegExp(`상태|현황|헬스|` + W(`status|state|health|healthy`))],
];
/** In a question, these ask for the status ("몇 개 떠 있어?", "how many pods are running?"). */
const STATUS_QUESTION = new RegExp(`몇|떠\\s?있|돌고\\s?있|살아\\s?있|` + W(`how\\s+many|running|up|alive`));
const CHANGE_PATTERNS = new Map(INTENT_PATTERNS.filter(([i]) => CHANGE_INTENTS.has(i)));
/** Order-like words that are not an operation's own word but say "do it". */
const EXTRA_EVIDENCE: Partial<Record<Intent, RegExp>> = {
  deploy: new RegExp(
    `ㄱㄱ|고고|바꿔|바꾸|변경|교체|` +
      W(
        `go\\s+go|switch|change|set|ship(?:ped|ping)?|deploy(?:ed|ing)?|releas(?:e|ed|ing)|land|put|get|bring|move|roll\\s+out`,
      ),
  ),
  scale: new RegExp(`\\d|맞춰|맞추|키워|키우|` + W(`set|to|bigger|smaller|more|fewer|less|up|down|out|in`)),
  rollback: /\d/,
};
const PRODUCTION = new RegExp(
  ENV_ALIASES.filter(([env]) => env === 'production')
    .flatMap(([, aliases]) => aliases)
    .map((a) => (/[가-힣]/.test(a) ? a : W(a)))
    .join('|'),
);
const LATIN_TOKEN = /[a-z]{4,}/g;
const HANGUL_TOKEN = /[가-힣]{2,}/g;

function normalise(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** An operation word of this intent, exactly or as a typo (deplyo, 롤뱍). */
function saysOperation(intent: Intent, t: string): boolean {
  if (CHANGE_PATTERNS.get(intent)?.test(t) || EXTRA_EVIDENCE[intent]?.test(t)) return true;
  for (const m of t.matchAll(LATIN_TOKEN)) {
    const max = m[0].length >= 7 ? 2 : 1;
    if (INTENT_FUZZY.some(([w, i]) => i === intent && editDistance(m[0], w, max) <= max)) return true;
  }
  for (const m of t.matchAll(HANGUL_TOKEN)) {
    for (const [w, i] of INTENT_FUZZY_KO) {
      if (i !== intent) continue;
      for (let k = 0; k + w.length <= m[0].length; k++)
        if (editDistance(jamo(m[0].slice(k, k + w.length)), jamo(w), 1) <= 1) return true;
    }
  }
  return false;
}

/** "롤백 말고", "not delete": the operation itself is refused (other words may be corrected, "스테이징 말고"). */
function refusesOperation(intent: Intent, t: string): boolean {
  const op = CHANGE_PATTERNS.get(intent);
  if (!op) return false;
  for (const m of t.matchAll(/말고|(?<![a-z])not(?![a-z])/g)) {
    const near =
      m[0] === 'not' ? t.slice(m.index + 3, m.index + 22) : t.slice(Math.max(0, m.index - 12), m.index);
    if (op.test(near)) return true;
  }
  return false;
}

function readFor(t: string): Intent | undefined {
  return READS.find(([, re]) => re.test(t))?.[0];
}

/** The interpretation as a read (status/history/list/logs) with only what that read takes. */
function asRead(i: Interpretation, intent: Intent): Interpretation {
  const spec = INTENT_ENTITIES[intent];
  const entities = { ...i.entities };
  for (const k of Object.keys(entities) as EntityName[]) if (!spec.allowed.includes(k)) delete entities[k];
  let defaults = i.defaults.filter((d) => spec.allowed.includes(d));
  // a list or a history reads every environment unless one is said
  if ((intent === 'history' || intent === 'list') && defaults.includes('environment')) {
    delete entities.environment;
    defaults = defaults.filter((d) => d !== 'environment');
  }
  const missing = spec.required.filter((k) => entities[k] === undefined);
  const ambiguous = missing.length > 0;
  return {
    ...i,
    intent,
    entities,
    defaults,
    missing,
    ambiguous,
    confidence: Math.min(i.confidence, 0.85),
    clarification: ambiguous ? askMissing(intent, missing, i.language) : null,
    suggestions: ambiguous ? [renderCommand(intent, { ...entities, app: 'web-app' }, i.language)] : [],
    destructive: false,
    requiresConfirmation: false,
  };
}

function asUnknown(i: Interpretation, negated: boolean): Interpretation {
  return {
    ...i,
    intent: 'unknown',
    entities: {},
    defaults: [],
    missing: [],
    ambiguous: true,
    confidence: 0.2,
    clarification: unknownReply(i.language, negated),
    suggestions: [i.language === 'ko' ? '도움말' : 'help'],
    destructive: false,
    requiresConfirmation: false,
  };
}

/** The change kept but not executed: the user is asked to say it as an order. */
function asQuestion(i: Interpretation, clarification: string): Interpretation {
  return {
    ...i,
    ambiguous: true,
    confidence: Math.min(i.confidence, 0.5),
    clarification,
    suggestions: [...new Set([renderCommand(i.intent, i.entities, i.language), ...i.suggestions])].slice(
      0,
      5,
    ),
  };
}

/** The operation's own word followed by an order ("배포해 줄래?", "can you restart …", "… please"). */
function ordersOperation(intent: Intent, t: string): boolean {
  const op = CHANGE_PATTERNS.get(intent);
  if (!op) return false;
  const m = op.exec(t);
  if (!m) return false;
  if (ORDER_AFTER_KO.test(t.slice(m.index + m[0].length, m.index + m[0].length + 12))) return true;
  for (const p of t.matchAll(POLITE_EN))
    if (op.exec(t.slice(p.index + p[0].length))?.index === 0) return true;
  return PLEASE.test(t);
}

/** What the text says about a change the reader or a model found. */
export type ChangeVerdict =
  | { kind: 'order' }
  /** refused ("하지 마", "don't") */
  | { kind: 'negated' }
  /** a question about the word itself ("롤백이 뭐야?") */
  | { kind: 'concept' }
  /** what is asked is a read ("배포 이력", "배포됐어?", "how many pods are running") */
  | { kind: 'read'; intent: Intent }
  /** a question, a hypothetical or no order at all: ask before doing anything */
  | { kind: 'ask' };

/**
 * Whether `text` orders the change `intent`. Shared by the rules reader (to read the right intent in the
 * first place) and the gate (which trusts no reader). `text` may be raw: it is normalised here.
 */
export function judgeChange(intent: Intent, text: string, evidence: SafetyEvidence = {}): ChangeVerdict {
  const t = normalise(text);
  if (NEGATION.test(t) || refusesOperation(intent, t)) return { kind: 'negated' };
  if (CONCEPT.test(t)) return { kind: 'concept' };
  const read = readFor(t);
  const question = QUESTION.test(t) && (EMBEDDED_QUESTION.test(t) || !ordersOperation(intent, t));
  if (HYPOTHETICAL.test(t)) return read ? { kind: 'read', intent: read } : { kind: 'ask' };
  if (read) {
    // an order and a read in one command: ask rather than do one of them on a guess
    if (!question && read !== 'history' && COMPOUND.test(t) && CHANGE_PATTERNS.get(intent)?.test(t))
      return { kind: 'ask' };
    return { kind: 'read', intent: read };
  }
  if (question)
    return STATUS_QUESTION.test(t) || PAST.test(t) ? { kind: 'read', intent: 'status' } : { kind: 'ask' };
  if (!evidence.learned && !evidence.followUp && !saysOperation(intent, t)) return { kind: 'ask' };
  return { kind: 'order' };
}

/** The gate. Pure; cheap (a handful of precompiled patterns; the typo scan runs only without an exact word). */
export function enforceSafety(
  i: Interpretation,
  text: string,
  evidence: SafetyEvidence = {},
): Interpretation {
  if (!CHANGE_INTENTS.has(i.intent) || i.ambiguous) return i;
  const verdict = judgeChange(i.intent, text, evidence);
  switch (verdict.kind) {
    case 'negated':
      return asUnknown(i, true);
    case 'concept':
      return asUnknown(i, false);
    case 'read':
      return asRead(i, verdict.intent);
    case 'ask':
      return asQuestion(i, askConfirmChange(i.intent, i.entities, i.language));
    case 'order':
      if (
        i.entities.environment === 'production' &&
        !evidence.environmentFromContext &&
        !PRODUCTION.test(normalise(text))
      )
        return asQuestion(i, askFuzzyProduction(i.language));
      return i;
  }
}
