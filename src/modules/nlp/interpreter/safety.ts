import { EN_NUMBER_SOURCE, KOREAN_NUMBER_SOURCE, editDistance, jamo } from './korean.js';
import { CHANGE_INTENTS, INTENT_ENTITIES } from './intents.js';
import {
  DICTIONARY_WORDS,
  ENV_ALIASES,
  ENV_WORD_SUFFIX,
  HISTORY_CUE,
  INTENT_FUZZY,
  INTENT_FUZZY_KO,
  INTENT_PATTERNS,
  STATUS_CUE,
  STOP_WORDS,
} from './lexicon.js';
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
  /** Names the reading found in the text (an unregistered app asked about, a tag): they may follow an order. */
  names?: readonly string[];
}

const W = (alts: string) => `(?<![a-z0-9_-])(?:${alts})(?![a-z0-9_-])`;

/** "하지 마", "don't", "취소": the command refuses an operation. */
const NEGATION = new RegExp(
  `ㄴㄴ|하지\\s?마|하지\\s?말|지\\s?마(?:라|요|세요)?(?![가-힣])|말아\\s?(?:줘|주세요|요)?|마세요|하면\\s?안|안\\s?(?:해|하|할|돼|됨|함|된다)|` +
    `하지\\s?않|필요\\s?없|금지|취소(?!\\s?하고)|멈춰|그만|보류|건드리지|하지\\s?말자|말자(?![가-힣])|관둬|관두자|됐고|` +
    W(
      `don'?t|dont|do\\s+not|never|no\\s+need|not\\s+now|hold\\s+off|cancel|abort|stop\\s+that|shouldn'?t|mustn'?t|nope|no\\s+no|let'?s\\s+not|rather\\s+not|never\\s?mind|nvm|forget\\s+(?:it|about)|skip`,
    ) +
    // a bare "no" closing the sentence takes back what came before it ("batch-job prod 배포 no")
    `|(?<![a-z])no[.!~]*$`,
);
/** "what if", "롤백하면 어떻게 돼?", "should I restart": talk about an operation, not an order. */
export const HYPOTHETICAL = new RegExp(
  `하면\\s?(?:어떻게|어찌|뭐가|무슨|될까|되나|돼|안)|면\\s?(?:어떡|어떻게|어쩌)|어떡하지|될지|모르겠|(?:으|이)?면\\s?어떻게|만약|만일|해도\\s?(?:돼|될까|되나|괜찮)|해야\\s?(?:하나|할까|돼|되나|해|할지|하는지)|할지|하는\\s?게\\s?(?:좋|나을|맞)|할까|될까|` +
    W(
      `what\\s+if|what\\s+happens|what\\s+would|would\\s+happen|should\\s+(?:i|we|you)|shall\\s+(?:i|we)|if\\s+(?:i|we|you)|suppose|hypothetically|is\\s+it\\s+(?:safe|ok|okay|fine)|do\\s+(?:i|we)\\s+need|worth|whether|in\\s+case|wonder(?:ing)?|curious`,
    ),
);
/** 몇 asks ("몇 개 떠 있어?") unless it counts back ("몇 개 전 리비전으로": a relative revision, asked about). */
const FEW = `몇(?!\\s?(?:개|번|버전|단계|리비전)?\\s?(?:전|이전|뒤로))`;
/** Question forms (Korean endings, English question words at the start, a question mark). */
const QUESTION = new RegExp(
  `\\?|어때|됐어|됐나|됐니|됐냐|됐지|됐을|되었|됐는지|했어|했나|했니|했냐|했지|했을|했는지|했던|있어|있나|있니|있냐|있는지|있을까|` +
    `뭐야|뭐지|뭐였|뭐예요|뭔가|뭐임|${FEW}|언제|어디|누가|왜|인가요|인가|인지|일까|건가|거야|나요|` +
    `^(?:(?:so|and|hey|um|uh|ok|okay|but|well|음|혹시|근데|그런데|아)[\\s,]+)*(?:how|what|what's|whats|which|when|where|who|why|was|were|did|didn't|does|is|isn't|are|has|have|had|should|could|can|will|would|shall|am|do\\s+(?:you|we|i|they))(?=\\s|$)|` +
    W(`how|whether|if`),
);
/** The past: a report or a question about what happened ("배포됐어?", "did it roll back"), not an order. */
const PAST = new RegExp(
  `됐|되었|됬|했어|했나|했니|했냐|했지|했는지|했음|했습|성공|실패|완료|끝났|예정|계획|할\\s?거(?:야|예요|에요|임|다)|할게|하려고|하려는|할\\s?생각|(?:하는|진행)\\s?중|` +
    W(
      `did|was|were|has|have|had|went|succeeded|successful|failed|finished|done|completed|worked|planning|plan\\s+to|going\\s+to|gonna|in\\s+progress`,
    ),
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
const POLITE_START =
  /^(?:hey\s+|ok\s+|so\s+)?(?:can|could|would|will)\s+(?:you|u)\s+(?!tell|explain|show|say|check|see|confirm)/;
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
  ['history', HISTORY_CUE],
  [
    'list',
    new RegExp(
      `목록|리스트|(?:앱|app|서비스)\\s?몇\\s?개|배포된\\s?(?:거|것|앱|서비스)(?:들)?\\s?(?:다|전부|모두)|(?:떠|올라가)\\s?있는\\s?(?:서비스|앱|거|것)|` +
        W(
          `list|everything\\s+(?:deployed|running)|which\\s+(?:apps|services)|what\\s+(?:apps|services)|what\\s+do\\s+we\\s+have`,
        ),
    ),
  ],
  [
    'status',
    new RegExp(
      `상태|현황|헬스|(?:재시작|롤백|배포)\\s?(?:횟수|수)|` +
        W(`status|state|health|healthy|(?:restart|rollback|deploy)\\s+count|number\\s+of\\s+restarts`),
    ),
  ],
];
/** In a question, these ask for the status ("몇 개 떠 있어?", "how many pods are running?"). */
const STATUS_QUESTION_WORDS = new RegExp(
  `${FEW}|떠\\s?있|돌고\\s?있|살아\\s?있|` + W(`how\\s+many|running|up|alive`),
);
const STATUS_QUESTION = {
  test: (t: string) => STATUS_QUESTION_WORDS.test(t) || STATUS_CUE.test(t),
};
const CHANGE_PATTERNS = new Map(INTENT_PATTERNS.filter(([i]) => CHANGE_INTENTS.has(i)));
/** Order words that are not an operation's own word but say "do it" ("태그 v9로 바꿔", "land web-app v3 …"). */
const ORDER_EXTRA: Partial<Record<Intent, string>> = {
  deploy:
    `ㄱㄱ|고고|(?<![가-힣ㄱ-ㅎ])ㄱ(?![가-힣ㄱ-ㅎ])|->|→|바꿔|바꾸|변경|교체|` +
    W(`go\\s+go|switch|change|set|land|put|get|bring|move|roll\\s+out`),
  scale: `맞춰|맞추|키워|키우|` + W(`set|bigger|smaller|more|fewer`),
};
/** The words of each change in their order form, global: where in the sentence the order stands. */
const ORDER_WORDS = new Map(
  [...CHANGE_PATTERNS].map(([intent, re]) => {
    const extra = ORDER_EXTRA[intent];
    return [intent, new RegExp(extra ? `${re.source}|${extra}` : re.source, 'g')] as const;
  }),
);
/** The same words, not global: does the sentence hold one at all? */
const ORDER_ANY = new Map([...ORDER_WORDS].map(([intent, re]) => [intent, new RegExp(re.source)] as const));
/** Two different changes joined ("배포하고 3개로 늘려줘", "restart it and then delete …"): which one is meant? */
export const CONJUNCTION =
  /(?:하고|한\s?(?:다음|뒤|후)|고\s?나서|했다가|(?<=[가-힣])고(?=\s))|(?<![a-z])(?:and|then|after\s+that)(?![a-z])|그리고/;
function twoChanges(intent: Intent, t: string): boolean {
  const own = CHANGE_PATTERNS.get(intent)?.exec(t);
  if (!own) return false;
  for (const [other, re] of CHANGE_PATTERNS) {
    if (other === intent) continue;
    const m = re.exec(t);
    if (!m) continue;
    const [a, b] = m.index < own.index ? [m, own] : [own, m];
    if (CONJUNCTION.test(t.slice(a.index + a[0].length, b.index))) return true;
  }
  return false;
}
const PRODUCTION = new RegExp(
  ENV_ALIASES.filter(([env]) => env === 'production')
    .flatMap(([, aliases]) => aliases)
    .map((a) => (/[가-힣]/.test(a) ? a : W(`${a}(?:-${ENV_WORD_SUFFIX})?`)))
    .join('|'),
);
/** "내 계정 삭제해줘": my own thing, not an app. */
const MY_THING_KO = /(?:^|\s)(?:내|제|나의|저의|우리)\s[가-힣]+/;
const LATIN_TOKEN = /[a-z]{4,}/g;
const HANGUL_TOKEN = /[가-힣]{2,}/g;

let lastText = '';
let lastNormalised = '';
/** NFC, lower case, single spaces; the reader and the gate read the same text one after the other. */
function normalise(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastNormalised = text
      .normalize('NFC')
      .toLowerCase()
      .replace(SPACE_RUNS, ' ')
      .trim()
      // "개 발 에 서 삭 제": Hangul typed one syllable at a time reads as the words it spells (as the reader does)
      .replace(SPACED_SYLLABLES, (m) => m.replace(SPACE_RUNS, ''))
      // "web-app을staging에deploy": a Latin word glued to a Korean particle is a word of its own
      .replace(HANGUL_THEN_LATIN, ' ');
  }
  return lastNormalised;
}
const SPACE_RUNS = /\s+/g;
const SPACED_SYLLABLES = /(?<![가-힣])(?:[가-힣] ){2,}[가-힣](?![가-힣])/g;
const HANGUL_THEN_LATIN = /(?<=[가-힣])(?=[a-z])/g;
/** An operation verb run into the name after it ("restartworker", "showlogs"): two words. */
const GLUED_VERB = /(?<![a-z0-9_-])(deploy|restart|rollback|delete|remove|scale|redeploy)(?=[a-z])/g;

/** A typo of one of the intent's words. */
function saysTypo(intent: Intent, t: string): boolean {
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
const REFUSAL = /말고|(?<![a-z])not(?![a-z])/g;
function refusesOperation(intent: Intent, t: string): boolean {
  const op = CHANGE_PATTERNS.get(intent);
  if (!op) return false;
  for (const m of t.matchAll(REFUSAL)) {
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
function politeOrder(intent: Intent, t: string): boolean {
  const op = CHANGE_PATTERNS.get(intent);
  if (!op) return false;
  const m = op.exec(t);
  if (m && PAST_FORM.test(m[0])) return false;
  if (m && ORDER_AFTER_KO.test(t.slice(m.index + m[0].length, m.index + m[0].length + 12))) return true;
  for (const p of t.matchAll(POLITE_EN))
    if (op.exec(t.slice(p.index + p[0].length))?.index === 0) return true;
  // "can you … please", "please …": a request whatever its words (a typo of the verb, a terse object)
  return PLEASE.test(t) || POLITE_START.test(t);
}

/** Words that may stand around an order without changing it ("좀", "now", "please", "to", "the"). */
const FILLER = new RegExp(
  `^(?:좀|다시|바로|지금|빨리|당장|얼른|어서|한번|한|번|부탁|부탁해|부탁해요|ㄱㄱ|고고|ㄱ|방금|이거|그거|저거|이것|그것|해당|앱|서비스|전체|모든|다|` +
    `\\d+(?:개|대|줄|번|번째)?|싹|전부|모두|한번|두|세|네|다섯|여섯|일곱|여덟|아홉|열|개|대|환경|서버|쪽|계|이전|예전|직전|전|버전|리비전|태그|이미지|` +
    `please|pls|plz|now|asap|again|right|away|quickly|then|ok|okay|just|to|in|on|into|onto|at|for|from|with|of|the|a|` +
    `replicas?|pods?|instances?|copies|version|revision|rev|tag|image|app|service|env|environment|` +
    `more|less|up|down|out|back|over|it|its|them|this|that|everything|all|me|us|and|as|well|too|also|` +
    `immediately|entirely|completely|fully|previous|prior|last|latest|stable|one|same|current|thanks|thank|you|pod|` +
    `cluster|namespace|copy|replica|zero|two|three|four|five|six|seven|eight|nine|ten|go|there|` +
    `dev|development|develop|stg|stage|staging|prod|production|prd|live|개발|스테이징|운영|프로덕션)$`,
);
/** A version-like name: what a tag looks like (v2, 1.4.0, sha-4f2a9c1, latest). */
const TAG_LIKE = /^(?:v?\d+(?:\.\d+)*(?:-[0-9a-z.-]+)?|sha-[0-9a-f]+|[0-9a-f]{7,40}|latest)$/;
/** The operation in the past tense anywhere: "we restarted it yesterday". */
const PAST_EVIDENCE =
  /(?<![a-z])(?:rolled|deployed|restarted|scaled|deleted|removed|released|shipped|reverted|redeployed|rebooted|bounced)(?![a-z])/;
/** An operation word in the past tense: a report, not an order. */
const PAST_FORM =
  /^(?:rolled|deployed|restarted|scaled|deleted|removed|released|shipped|reverted|redeployed)(?![a-z])/;
/** An English verb's object that is a thing, not an app ("my laptop", "this message", "the conversation"). */
const FOREIGN_OBJECT =
  /(?<![a-z])(?:restart|delete|remove|deploy|scale|roll\s+back|rollback|revert|reboot)\s+(?:my|this|that|the|our|your|his|her|a|an)\s+(?!app|apps|service|services|one|deployment|pods?|it|whole|same|previous|last|new|current|latest)[a-z]{3,}(?![a-z0-9-])/;
const HANGUL_TEXT = /[가-힣]/;
/** Where the clause holding the verb starts: "billing-api release went bad, revert it". */
const CLAUSE_START =
  /(?:[,;:!?]|\.{1,3}|(?<![a-z])(?:so|then|actually|anyway))\s*(?!.*(?:[,;:!?]|\.{1,3}|(?<![a-z])(?:so|then|actually|anyway))\s)/;
/** After "전 버전으로": the verb that takes it there ("다시 배포", "올려줘", "가자"). */
const ROLLBACK_TAIL =
  /^(?:다시|재)?(?:배포|올려|올리|가|가자|갑시다|돌아가|돌아가자|돌려|deploy|redeploy)(?:해|해줘|해주세요|하자|줘|주세요|자|요)?$/;
/** Everything up to a Korean reason clause ("…됐으니까 ", "…끝났으니 "): the order comes after it. */
const KO_BECAUSE = /^.*(?:니까|으니|났으니|했으니|됐으니)\s/;
/** "있는", "없는", "하는": a verb describing the next noun ("스테이징에 있는 거"), not a topic. */
const ADNOMINAL = /(?:있|없|하|되|않)는$/;
/** A Hangul word marked as subject or topic (주제는, 팀장님이). */
const TOPIC_WORD = /[가-힣](?:은|는|이|가|도|께서)$/;
/** Words that may stand before an English order verb besides names ("staging order-api pods restart"). */
const LEAD_WORDS =
  /^(?:give|turn|the|a|an|quick|rolling|gentle|graceful|full|hard|soft|pods?|environment|env|please|now|just|ok|okay|all)$/;
/** Where an order's clause ends: a reason or an aside may follow ("…, it's stuck"). */
const CLAUSE_END = /[,;]|\s(?:because|since|as|it's|its|it\s+is)\s/;
/** "todev", "onstaging": a preposition run into the environment. */
const GLUED_PREPOSITION = /^(?:to|on|in|into)(?=dev|stag|stg|prod|live)/;
const FINITE_VERB =
  /^(?:is|are|was|were|been|being|has|have|had|does|did|looks?|looked|seems?|seemed|broke|went|got|gets|will|would|should|might|must|needs?|wants?|failed|took|takes|keeps?|kept|happened|caused|causes)$/;
const SENTENCE_PUNCT = /[,!~?]|\.(?=\s|$)/g;
/** Environment aliases, and typos of environment words in an order's tail ("restart worker on stagin"). */
const ENV_ALIAS_WORDS = new Set(ENV_ALIASES.flatMap(([, aliases]) => aliases));
const ENV_SUFFIX = /(?:계|서버|환경|쪽)$/;
const ENV_TYPO_START = /^(?:s|p|d|on)[a-z]{2,}$/;
const ENV_WORDS = ['staging', 'production', 'development', 'develop', 'prod', 'dev', 'stage', 'onstaging'];
/** App names, tags, image references: a Latin token with a digit or punctuation in it. */
const LATIN_NAME = /^[a-z0-9]*[-\d._:/@=][a-z0-9._:/@=-]*$/;
/** A Korean word after the operation word that only finishes the order (해 주세요, 좀 해줘, 부탁해요, 가자). */
const KO_ENDING_WORD =
  /^(?:(?:해|헤|하|시켜|부탁|진행|실행|처리|요청|좀|돌려|돌리|되돌려|올려|올리|내려|띄워|가|갑|리|려|워|아|어)?(?:해|헤|하|시켜)?(?:줘|줘요|쥬|죠|주세요|합니다|시다|주라|줄래|줄래요|주실래요|주시겠어요|주십시오|주시면|줄\s?수|드려요|드립니다|드려|라|자|봐|봐요|요|셈|세요|십시오|버려|놔|둬|ㄱㄱ|ㄱ|고고|ㅓ|주ㅓ)?|합시다|해야지|가자|갑시다|돌려|돌리자|바람|요망)[.!~]*$/;
/** The operation word's own conjugation, glued to it (배포"해줘", 올"려줘", 재시작"하자"); a report ("배포했음") is not. */
const GLUED = /^[가-힣ㄱ-ㅣ]{1,8}/;
/** Particles that may be glued to the operation word before its order ("배포를 해줘", "재시작 좀"). */
const GLUED_PARTICLE = /^(?:을|를|도|만|좀|은|는|으로|로|에|에서|까지|이랑|랑)$/;
/** What may open an English order before its verb: politeness, "can you", an environment, an app name. */
const LEAD_EN =
  /^(?:(?:please|pls|plz|ok|okay|now|just|hey|so|then|and|alright|kindly|quickly|also|go\s+ahead\s+and|let'?s|let\s+us|make|dev|development|staging|stg|prod|production|live|can\s+you|could\s+you|would\s+you|will\s+you|(?:i|we)\s+(?:want|need)(?:\s+(?:you\s+)?to)?|i'?d\s+like\s+(?:you\s+)?to|time\s+to|you\s+can|[a-z0-9][a-z0-9._:/-]*[-\d][a-z0-9._:/-]*)[\s,:]+)*$/;

/**
 * Whether the sentence's predicate is the order to make the change: in Korean the operation word ends the
 * sentence (the verb comes last: "…배포해 주세요", "… 재시작 좀 해줘", "… 롤백"); in English the operation
 * verb opens its clause ("deploy …", "please roll back …", "can you restart …", "web-app restart") and only its
 * objects follow.
 * "배포 자동화 너무 좋다", "the restart policy is Always", "다음 주 배포 일정 공유해줘" are not orders.
 */
function isOrder(intent: Intent, t: string, names: ReadonlySet<string>): boolean {
  const global = ORDER_WORDS.get(intent);
  if (!global) return false;
  if (politeOrder(intent, t)) return true;
  let last: RegExpExecArray | undefined;
  let first: RegExpExecArray | undefined;
  for (const m of t.matchAll(global)) {
    first ??= m;
    last = m;
  }
  // only a typo of the word (deplyo, 롤뱍): read as it stands — a past form ("we deployed …") is a report
  if (!first || !last) return !PAST_EVIDENCE.test(t);
  // "we rolled back cart-api last night": a report
  if (PAST_FORM.test(first[0])) return false;
  // English when the verb is English and no Korean ending follows it ("혹시 write a script to deploy …")
  if (!HANGUL_TEXT.test(t) || (/^[a-z]/.test(first[0]) && !HANGUL_TEXT.test(t.slice(first.index)))) {
    // English: the verb opens its clause (after fillers, "can you", an app name) and only its objects follow
    let lead = t.slice(0, first.index);
    const clause = lead.search(CLAUSE_START);
    if (clause >= 0) lead = lead.slice(clause).replace(CLAUSE_START, '');
    lead = lead.replace(KO_BECAUSE, '');
    if (
      !LEAD_EN.test(lead) &&
      !names.has(lead.trim()) &&
      !onlyObjects(lead, names, undefined, false, LEAD_WORDS)
    )
      return false;
    // the clause ends the order: "restart auth-service on dev, it's stuck"
    return onlyObjects(t.slice(first.index + first[0].length).split(CLAUSE_END)[0], names);
  }
  // Korean: the operation word ends the sentence (its own ending, fillers and names may follow); a bare noun
  // at the end ("web-app 스테이징 배포") is an order only after names ("오늘 회의 주제는 배포" is not)
  const after = t.slice(last.index + last[0].length);
  const glued = GLUED.exec(after)?.[0] ?? '';
  if (glued && !KO_ENDING_WORD.test(glued) && !GLUED_PARTICLE.test(glued)) return false;
  // "지난번 버전으로 다시 배포": going back, said as a deploy of the old version
  const tail = intent === 'rollback' ? ROLLBACK_TAIL : undefined;
  if (!onlyObjects(after.slice(glued.length), names, undefined, true, tail)) return false;
  if (after.trim() !== '') return true;
  // a subject or topic before a bare noun makes it a statement about it
  const op = CHANGE_PATTERNS.get(intent);
  return t
    .slice(0, last.index)
    .split(' ')
    .every((w) => !TOPIC_WORD.test(w) || ADNOMINAL.test(w) || onlyObjects(w, names, op, false));
}

/** Nothing but fillers, names, numbers, environments and an ending word. */
function onlyObjects(
  rest: string,
  names: ReadonlySet<string>,
  op?: RegExp,
  tail = true,
  extra?: RegExp,
): boolean {
  const words = rest.replace(SENTENCE_PUNCT, ' ').trim();
  if (words === '') return true;
  for (const w of words.split(' ')) {
    const bare = w
      .replace(/(?:들)?(?:에서|에다|으로|에게|로|에|을|를|은|는|이|가|도|만|까지)?$/, '')
      .replace(/'s$/, '')
      .replace(GLUED_PREPOSITION, '');
    if (extra?.test(bare)) continue;
    // a finite verb after the operation word makes it a noun in a statement ("the deploy of web-app was slow")
    if (FINITE_VERB.test(bare)) return false;
    if (
      FILLER.test(w) ||
      FILLER.test(bare) ||
      (tail && KO_ENDING_WORD.test(w)) ||
      names.has(bare) ||
      ENV_ALIAS_WORDS.has(bare.replace(ENV_SUFFIX, '')) ||
      op?.test(w) ||
      LATIN_NAME.test(bare) ||
      STOP_WORDS.has(bare) ||
      (tail && DICTIONARY_WORDS.has(bare)) ||
      (ENV_TYPO_START.test(bare) &&
        ENV_WORDS.some((e) => editDistance(bare, e, 2) <= (bare.length > 5 ? 2 : 1)))
    )
      continue;
    return false;
  }
  return true;
}

/** What the text says about a change the reader or a model found. */
export type ChangeVerdict =
  | { kind: 'order' }
  /** refused ("하지 마", "don't") */
  | { kind: 'negated' }
  /** not about doing it: a concept, a what-if, a mention ("롤백이 뭐야?", "what happens if I delete …") */
  | { kind: 'unknown' }
  /** what is asked is a read ("배포 이력", "배포됐어?", "how many pods are running") */
  | { kind: 'read'; intent: Intent; asked?: boolean }
  /** a request with a question mark, or a change named without an order: ask before doing anything */
  | { kind: 'ask' };

/** "I'd appreciate it if you …": politeness, not a condition. */
const POLITE_IF =
  /(?:해\s?)?주시면\s?(?:감사|고맙)[가-힣]*|(?:해\s?)?주시기\s?(?:바랍니다|바래요|부탁)[가-힣]*|부탁\s?드려도\s?(?:될까요|되나요|돼요|될까)|(?:해|해\s?주실)\s?수\s?있(?:나요|을까요|으세요|으실까요)|(?:i'?d|i\s+would|we'?d)\s+appreciate\s+it\s+if\s+you|it\s+would\s+be\s+great\s+if\s+you|if\s+you\s+could/g;
/** A Korean sentence that ends as a remark (…다, …네, …군, …음, ㅋㅋ, ㅠㅠ). */
const REMARK_KO = /[가-힣](?:다|네|군|구나|음|ㅋ+|ㅎ+|ㅠ+)[.!~ㅋㅎㅠ]*$|[ㅋㅎㅠ]{2,}$/;
/** A Korean conditional clause (…하면, …되면, …이면, 줄이면, 늘리면). */
const KO_CONDITIONAL = /(?:하|되|이|리|르|으|시|내|나)면(?=\s|$|\?)/;
const ORDER_AT_END = /(?:줘|주세요|줘요|해라|하자|합시다|ㄱㄱ|부탁해|부탁해요)[.!~]*$/;
/** An operation word inside quotes is a mention (print "restart api-server"), not an order. */
const QUOTED = /["“”'‘’`][^"“”'‘’`]{1,80}["“”'‘’`]/;
/** A count or a revision said with its shape: "3개로", "to 3", "x3", "5 replicas", "리비전 2", "revision 2". */
const HAS_NUMBER = new RegExp(
  `(?:\\d+|(?<![가-힣])${KOREAN_NUMBER_SOURCE})\\s?(?:개|대|으로|로)|(?:replicas?|pods?|instances?|레플리카|파드)\\s?[:=]?\\s?\\d+|(?:^|\\s)(?:to|=|x|→|->)\\s?\\d+|\\d+\\s?(?:번째|번)?\\s?(?:리비전|리비젼|revision)|\\d+\\s?(?:replicas?|pods?|instances?|copies)|(?:리비전|리비젼|revision|rev)\\s?#?\\d+|#\\d+|` +
    W(`(?:${EN_NUMBER_SOURCE})\\s+(?:replicas?|pods?|instances?|copies)`),
);

/**
 * Whether `text` orders the change `intent`. Shared by the rules reader (to read the right intent in the
 * first place) and the gate (which trusts no reader). `text` may be raw: it is normalised here. `names` are
 * the app and tag the interpretation found (they may stand anywhere in an order).
 */
export function judgeChange(
  intent: Intent,
  text: string,
  evidence: SafetyEvidence = {},
  names: ReadonlySet<string> = new Set(),
): ChangeVerdict {
  let t = normalise(text).replace(POLITE_IF, 'please ');
  for (const m of names.size > 0 ? t.matchAll(GLUED_VERB) : [])
    if (names.has(t.slice(m.index + m[0].length).split(' ')[0])) {
      t = t.replace(GLUED_VERB, (verb, _v: string, at: number) =>
        names.has(t.slice(at + verb.length).split(' ')[0]) ? `${verb} ` : verb,
      );
      break;
    }
  if (NEGATION.test(t) || refusesOperation(intent, t)) return { kind: 'negated' };
  if (CONCEPT.test(t) || HYPOTHETICAL.test(t)) return { kind: 'unknown' };
  // "재시작하면 다운타임 생겨", "운영이면 배포해줘": a condition — talk about it, or an order that waits on it
  if (KO_CONDITIONAL.test(t)) return ORDER_AT_END.test(t) ? { kind: 'ask' } : { kind: 'unknown' };
  const op = CHANGE_PATTERNS.get(intent);
  const quoted = QUOTED.exec(t);
  if (quoted && op?.test(quoted[0])) return { kind: 'unknown' };
  const read = readFor(t);
  const embedded = EMBEDDED_QUESTION.test(t);
  const question = QUESTION.test(t);
  if (read) {
    // an order and a read in one command: ask rather than do one of them on a guess
    if (!question && read !== 'history' && COMPOUND.test(t) && isOrder(intent, t, names))
      return { kind: 'ask' };
    return { kind: 'read', intent: read };
  }
  if (question) {
    // "can you deploy web-app to prod?", "재시작해 줄래?": a request, but worded as a question
    if (!embedded && politeOrder(intent, t)) return t.includes('?') ? { kind: 'ask' } : { kind: 'order' };
    if (STATUS_QUESTION.test(t) || PAST.test(t)) return { kind: 'read', intent: 'status', asked: true };
    return { kind: 'unknown' };
  }
  if (evidence.learned || evidence.followUp) return { kind: 'order' };
  // "web-app 3개로", "web-app revision 2" (a count says it), "web-app v2 스테이징" (a tag, with no verb at all)
  const saysWord = ORDER_ANY.get(intent)?.test(t) || saysTypo(intent, t);
  const counted =
    ((intent === 'scale' || intent === 'rollback') && HAS_NUMBER.test(t)) ||
    (!saysWord && intent === 'deploy' && [...names].some((n) => TAG_LIKE.test(n) && t.includes(n)));
  const reported = REMARK_KO.test(t) || PAST.test(t) || PAST_EVIDENCE.test(t);
  if (!saysWord) return counted && !reported ? { kind: 'order' } : { kind: 'ask' };
  if (twoChanges(intent, t)) return { kind: 'ask' };
  return isOrder(intent, t, names) || (counted && !reported) ? { kind: 'order' } : { kind: 'ask' };
}

/** The gate. Pure; cheap (a handful of precompiled patterns; the typo scan runs only without an exact word). */
export function enforceSafety(
  i: Interpretation,
  text: string,
  evidence: SafetyEvidence = {},
): Interpretation {
  if (!CHANGE_INTENTS.has(i.intent)) return i;
  const names = new Set(
    [i.entities.app, i.entities.tag, ...(evidence.names ?? [])].filter((n): n is string => n !== undefined),
  );
  const verdict = judgeChange(i.intent, text, evidence, names);
  if (verdict.kind === 'negated') return asUnknown(i, true);
  if (verdict.kind === 'unknown') return asUnknown(i, false);
  // a change word with no app and no order: talk about deploys, not a deploy ("배포 자동화 너무 좋다"); an order
  // about something that is not an app ("restart my laptop", "delete this message")
  if (
    i.missing.includes('app') &&
    !evidence.names?.length &&
    (verdict.kind === 'ask' || FOREIGN_OBJECT.test(normalise(text)) || MY_THING_KO.test(normalise(text)))
  )
    return asUnknown(i, false);
  // "web-app 배포 너무 느리다": a remark about a change, not an order nor a question
  if (verdict.kind === 'ask' && REMARK_KO.test(normalise(text)) && !ORDER_AT_END.test(normalise(text)))
    return asUnknown(i, false);
  if (i.ambiguous) return i;
  if (verdict.kind === 'read') return asRead(i, verdict.intent);
  if (verdict.kind === 'ask') return asQuestion(i, askConfirmChange(i.intent, i.entities, i.language));
  if (
    i.entities.environment === 'production' &&
    !evidence.environmentFromContext &&
    !PRODUCTION.test(normalise(text))
  )
    return asQuestion(i, askFuzzyProduction(i.language));
  return i;
}
