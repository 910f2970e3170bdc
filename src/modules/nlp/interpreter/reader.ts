import {
  EN_NUMBER_SOURCE,
  KOREAN_NUMBER_SOURCE,
  editDistance,
  hasHangul,
  jamo,
  parseNumber,
} from './korean.js';
import {
  ALL_MARKER,
  DEFINITION,
  DICTIONARY_WORDS,
  ENV_BY_ALIAS,
  ENV_FUZZY,
  ENV_PATTERN,
  INTENT_FUZZY,
  INTENT_FUZZY_KO,
  INTENT_PATTERNS,
  NOT_PROD_LOOKALIKE,
  PRODUCTION_FUZZY_KO,
  NEGATION,
  OUT_OF_DOMAIN,
  REFERENCE,
  STOP_WORDS,
  WEAK_DEPLOY,
  WEAK_SCALE,
} from './lexicon.js';
import { CHANGE_INTENTS } from './intents.js';
import { CONJUNCTION, HYPOTHETICAL, judgeChange } from './safety.js';
import { isEnglishWord } from './english.js';
import {
  NLP_ENVIRONMENTS,
  type EntityName,
  type Entities,
  type Intent,
  type NlpEnvironment,
  type Reading,
} from './types.js';

// ---- precompiled patterns -------------------------------------------------------------------
const NUM = `(\\d+|(?<![가-힣])${KOREAN_NUMBER_SOURCE}|(?<![a-z])(?:${EN_NUMBER_SOURCE})(?![a-z]))`;
const NAME = `[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*`;
const IMAGE_REF = new RegExp(
  `(?<![a-z0-9_.:/-])(${NAME}):([a-z0-9][a-z0-9_.-]*[a-z0-9]|[a-z0-9])(?![a-z0-9_.-])`,
  'g',
);
/** A full image reference with a registry path (ghcr.io/acme/billing-api:3.1.0): the last segment is the app. */
const REGISTRY_IMAGE = new RegExp(
  `(?<![a-z0-9_.:/-])(?:[a-z0-9][a-z0-9.-]*(?::\\d+)?/)+(${NAME})(?::([a-z0-9_][a-z0-9_.-]*)|@(sha256:[a-f0-9]{12,64}))?(?![a-z0-9_.:/-])`,
  'g',
);
/** Commit-style tags written apart from the app: sha-4f2a9c1, 4f2a9c1e. */
const SHA_TAG = /(?<![a-z0-9_.:-])(sha-[0-9a-f]{6,40}|[0-9a-f]{7,40})(?![a-z0-9_.-])/g;
/** A bare commit hash has both digits and letters (not a number, not a word like "deadbeef"). */
const HASH_LIKE = /^sha-|^(?=.*\d)(?=.*[a-f])/;
const VERSION =
  /(?<![a-z0-9_.:-])(v?\d+\.\d+(?:\.\d+)*(?:-[0-9a-z][0-9a-z.-]*[0-9a-z]|-[0-9a-z])?)(?![a-z0-9_.-])/g;
const SHORT_VERSION = /(?<![a-z0-9_.:-])(v\d+)(?![a-z0-9_.-])/g;
const TAG_WORD_AFTER =
  /(?<![a-z0-9_-])(?:tag|태그|image\s+tag|이미지\s?태그)\s?[:=]?\s?([a-z0-9][a-z0-9_.-]*)/g;
const TAG_WORD_BEFORE = /(?<![a-z0-9_.-])([a-z0-9][a-z0-9_.-]*)\s?(?:태그|tag)(?![a-z])/g;
const REVISION = [
  /(?:revision|rev\.?|리비전|리비젼|레비전)\s?(?:#|no\.?|number|번호)?\s?(\d+)/g,
  /(\d+)\s?(?:번째|번)\s?(?:리비전|리비젼|revision)/g,
  /(?<![a-z0-9&])#(\d+)(?![0-9])/g,
];
const REVISION_LOOSE = /(?:(\d+)\s?(?:번째|번)(?:\s?버전)?|(?<![a-z])to\s+(\d+)(?![0-9.]))/g;
const LINES = [
  new RegExp(`${NUM}\\s?(?:줄|라인|lines?|행)(?![a-z])`, 'g'),
  /(?:(?<![a-z])(?:tail|last|latest|recent)|최근|마지막|-n)\s?(\d+)(?![0-9.])/g,
];
const REPLICAS = [
  /(?<![a-z])(?:replicas?|instances?|pods?|replica\s+count|레플리카|복제본|인스턴스|파드)\s?(?:수를?|수|를|을|는|은)?\s?(?:=|:|to|를|→)?\s?(\d+)(?![0-9.])/g,
  /(?<![a-z0-9_.-])x\s?(\d+)(?![0-9.a-z])/g,
  new RegExp(
    `${NUM}\\s?(?:개의|개로|개|대로|대|(?<![가-힣])(?:replicas?|instances?|pods?|copies|nodes?)(?![a-z])|레플리카|복제본|인스턴스|파드)`,
    'g',
  ),
];
const SCALE_NUMBER = [
  new RegExp(`(?:(?<![a-z])(?:to|=|x)|→)\\s?${NUM}(?![0-9.])`, 'g'),
  new RegExp(`${NUM}\\s?(?:으로|로)`, 'g'),
];
const ORDINALS: Record<string, number> = {
  첫: 1,
  처음: 1,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
};
function ordinal(word: string): number | undefined {
  return ORDINALS[word] ?? parseNumber(word);
}
const ORDINAL_REVISION = new RegExp(
  `(?<![가-힣])(첫|처음|${KOREAN_NUMBER_SOURCE}|\\d+)\\s?(?:번째|번)?\\s?(?:리비전|리비젼|revision)|(?<![a-z])(first|second|third|fourth|fifth)\\s+revision|(?<![a-z])(?:revision|rev)\\s+(${EN_NUMBER_SOURCE})(?![a-z])`,
  'g',
);
const FROM_TO_REPLICAS = new RegExp(
  `(?<![a-z0-9.])(\\d+|(?<![가-힣])${KOREAN_NUMBER_SOURCE})\\s?(?:개|대)?\\s?에서\\s?(\\d+|(?<![가-힣])${KOREAN_NUMBER_SOURCE})\\s?(?:개|대)?\\s?(?:으로|로)|(?<![a-z])from\\s+(\\d+)\\s+(?:replicas?\\s+|pods?\\s+)?to\\s+(\\d+)`,
  'g',
);
/** Amounts that are not one target count: relative ("2개 더", "add 2 more", "두 배"), bounded ("3개 이상",
 * "at least 3"), approximate ("5개 정도"), autoscaling ("최대 5개"). */
const RELATIVE_COUNT = new RegExp(
  `\\d+\\s?(?:개|대)?\\s?(?:이상|이하|미만|초과|넘게|안쪽)|(?<![a-z])(?:at\\s+least|at\\s+most|no\\s+more\\s+than|no\\s+less\\s+than|more\\s+than|less\\s+than|fewer\\s+than)\\s+\\d|(?:\\d+|한|두|세|네|다섯|여섯)\\s?(?:개|대)\\s(?:더\\s?)?(?:늘려|늘리|줄여|줄이|추가|빼)|\\d+\\s?(?:개|대)?\\s?(?:정도|쯤)|(?:대략|약)\\s?\\d|\\d+\\s?(?:개|대)\\s?에서\\s?(?:더\\s?)?(?:늘려|줄여)|(?<![a-z])(?:about|around|roughly|approximately)\\s+\\d|(?<![a-z])add\\s+(?:\\d+|one|two|three|a\\s+couple\\s+of|a\\s+few)\\s+(?:more\\s+)?(?:replicas?|pods?|instances?|copies)|\\d+\\s?(?:개|대)\\s?(?:더|추가|증설)|\\d+\\s?(?:%|퍼센트)|최대|최소|오토\\s?스케일|(?<![a-z])(?:max(?:imum)?|min(?:imum)?|autoscal\\w*|hpa|percent)(?![a-z])|\\+\\s?\\d+|(?:한|두|세)\\s?(?:개|대)\\s?(?:추가|증설)|(?:하나|한\\s?개|두\\s?개|세\\s?개)\\s?더|더\\s?\\d+\\s?(?:개|대)|\\d+\\s?배|두\\s?배|반으로|절반|(?<![a-z])(?:add\\s+(?:\\d+|one|two|three|a\\s+few)\\s+more|\\d+\\s+more|double|halve|half|by\\s+\\d+|another\\s+(?:\\d+|one|two|pod|replica)|(?:one|two|three|a\\s+couple|a\\s+few)\\s+more|extra\\s+(?:\\d+|pods?|replicas?))(?![a-z])`,
);
/** "3~4개", "3 or 4 replicas", "3-4 pods": which one? */
const RANGE_COUNT =
  /\d+\s?(?:개|대)?\s?(?:~|–|또는|아니면|이나|or)\s?\d+|(?<![\d.])\d+-\d+\s?(?:개|대|replicas?|pods?|instances?)/;
const RELATIVE_REVISION = new RegExp(
  `(?:두|세|네|\\d+)\\s?(?:버전|단계|리비전|개)\\s?(?:전|이전|뒤로)|(?:몇|한참|훨씬|오래|까마득히)\\s?(?:개|번|버전|단계|리비전)?\\s?(?:전|이전|뒤로)|(?<![a-z])(?:a\\s+few|several|some|many|way)\\s+(?:versions|revisions|releases|deploys)?\\s*(?:back|ago)|(?<![a-z])(?:two|three|\\d+)\\s+(?:versions|revisions|releases|deploys)(?:\\s+back)?|back\\s+(?:two|three|\\d+)\\s+(?:versions|revisions)`,
);
/** Cheap first looks: the number patterns run only where their words are. */
const MAY_HAVE_REVISION = /리비|레비|rev|번|#/;
const MAY_HAVE_LINES = /줄|라인|line|행|tail|last|latest|recent|최근|마지막|-n/;
const MAY_HAVE_REPLICAS = /개|대|replica|instance|pod|cop|node|레플리카|복제본|인스턴스|파드|x\s?\d/;
const READ_INTENTS: ReadonlySet<Intent> = new Set(['history', 'status', 'logs', 'list']);
const LONE_QUESTION_MARK = /^\s*[?？]+\s*$/;
const REVISION_HINT = /리비전|리비젼|revision/;
/** The word revision with no number ("리비전으로 롤백") — "이전 리비전" is the previous one. */
const REVISION_WORD =
  /(?<!(?:이전|직전|예전|previous|last|전)\s?)(?:리비전|리비젼|(?<![a-z])revision(?![a-z]))/;
/** Head-final reading: "배포 히스토리 상태" asks for a status. */
const HISTORY_NOUN = /이력|기록|히스토리|내역|history/;
const BARE_NUMBER = /(?<![0-9.a-z])(\d+)(?![0-9.a-z])/g;
const CANDIDATE = new RegExp(`(?<![a-z0-9_.:-])(${NAME})(?![a-z0-9_.-])`, 'g');
const HANGUL_RUN = /[가-힣]+/g;
const APP_MARKER_AFTER =
  /^\s?(?:을|를|이|가|은|는|의|에|앱|서비스|애플리케이션|app(?![a-z])|service(?![a-z]))/;
const ARROW = /->|=>/g;
/** "상 태 알 려 줘": Hangul typed one syllable at a time. */
const SPACED_SYLLABLES = /(?<![가-힣])(?:[가-힣] ){2,}[가-힣](?![가-힣])/g;
/** "scale4개", "logs200줄", "v2.0.0deploy", "todev": words run together. */
const GLUED_WORDS =
  /(?<![a-z])(scale|logs?|tail|deploy|restart|to|on|in)(?=\d|dev|stg|staging|prod|production)(?!dev\w|prod\w|staging\w)|(\d)(?=deploy|restart|rollback|scale|logs?)/g;
const PLEASE = /(?<![a-z])(?:please|pls|plz)(?![a-z])/;
const PUNCT = /[“”"`,!?;()[\]{}<>]|(?<!\d\s?)~(?!\s?\d)|\.(?=\s|$)/g;
const SPACES = /\s+/g;
const KO_ENDING =
  /(?:해\s?주세요|해\s?주실래요|해\s?줄래|해\s?줘요|해\s?줘|해\s?주라|해라|하자|해요|합시다|하세요|해|주세요|줄래|줘요|줘|ㄱㄱ|고고|좀|요)$/;
const PARTICLE_TOKEN = /^(?:을|를|이|가|은|는|에서|에|으로|로|의|도|에도|좀|한번|한\s?번|빨리|지금|당장)$/;

export interface ReaderOptions {
  knownApps?: ReadonlySet<string>;
}

interface Span {
  start: number;
  end: number;
}

/** Blank out a span (same length) so later patterns do not read it again. */
function mask(s: string, span: Span): string {
  return s.slice(0, span.start) + ' '.repeat(span.end - span.start) + s.slice(span.end);
}

/** NFC, lower case, single spaces: what the safety gate reads too (question marks kept). */
function plain(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(SPACES, ' ').trim().replace(LEAVE_ALONE, '');
}
/** "…, 운영은 건드리지 마", "but leave prod alone": an environment kept out of it, not the operation refused. */
const LEAVE_ALONE =
  /[,;]?\s*(?:(?:but|and)\s+)?(?:(?:운영|프로덕션|스테이징|개발|prod|production|staging|stg|dev)(?:계|환경)?(?:은|는|엔|에는|쪽은)?\s?(?:건드리지\s?(?:마|말)[가-힣]*|그대로\s?(?:둬|두)[가-힣]*|놔\s?둬[가-힣]*)|(?:don'?t|do\s+not)\s+touch\s+(?:prod|production|staging|stg|dev)|leave\s+(?:prod|production|staging|stg|dev)\s+alone)[.!~]*$/;

function normalise(plainText: string): string {
  return plainText
    .replace(ARROW, ' → ')
    .replace(PUNCT, ' ')
    .replace(SPACES, ' ')
    .trim()
    .replace(SPACED_SYLLABLES, (m) => m.replace(SPACES, ''))
    .replace(GLUED_WORDS, (_m, word?: string, digit?: string) => (word ? `${word} ` : `${digit} `))
    .replace(GLUED_READ, '$1 ')
    .replace(GLUED_VERSION, ' ');
}
const LIST_WORDS = /현황|목록|리스트|(?<![a-z])(?:list|overview)(?![a-z])/;
const CHANGE_WORDS = INTENT_PATTERNS.filter(([i]) => CHANGE_INTENTS.has(i));
/** Read nouns for one-jamo typos beside a change word (이럭 → 이력). */
const READ_NOUN_TYPOS: ReadonlyArray<readonly [string, Intent]> = [
  ['이력', 'history'],
  ['기록', 'history'],
  ['내역', 'history'],
  ['현황', 'status'],
  ['상태', 'status'],
  ['목록', 'list'],
];
/** Any change word: a what-if around one is not a read. */
const ANY_CHANGE = new RegExp(
  INTENT_PATTERNS.filter(([i]) => CHANGE_INTENTS.has(i))
    .map(([, re]) => re.source)
    .join('|'),
);
/** "showlogs", "checkstatus": a read verb run into its noun. */
const GLUED_READ = /(?<![a-z])(show|get|check|view|see)(?=logs?(?![a-z])|status|history)/g;
/** "frontendv1.0.1": an app name run into its version. */
const GLUED_VERSION = /(?<=[a-z]{3})(?=v\d+\.\d+)/g;
/** "restartworker": an operation verb run into a registered app's name. */
const GLUED_VERB = /(?<![a-z0-9_-])(deploy|restart|rollback|delete|remove|scale|redeploy)([a-z][a-z0-9-]*)/g;
/** "재시작하지 말고 로그만 보여줘", "don't deploy frontend, just show me its status": the read asked instead. */
const INSTEAD = /말고|대신|(?:,\s*|\s)(?:just|only|but|instead)\s/;
/** "staging 검증 끝났으니 운영에 올려": a reason clause; the environments it names are not the target. */
const BECAUSE_KO = /(?:니까|으니|났으니|했으니|됐으니)\s/g;
/** "not to prod, to staging": the environment refused is the one after "not". */
const REFUSED_BEFORE = /(?<![a-z])(?:not|never)\s+(?:to|in|on|into)?\s*$/;

const REFUSED_AFTER =
  /^\s?(?:환경|서버)?\s?(?:은|는|이|가)?\s?(?:말고|아니고|아니라|빼고|제외|(?:instead|not|but\s+not))/;
/** "전 환경에", "all environments", "everywhere": every environment at once — which one is asked. */
const ALL_ENVIRONMENTS =
  /(?<![가-힣])(?:전|모든|전체)\s?환경|(?<![a-z])(?:all|every|each)\s+(?:the\s+)?environments?|(?<![a-z])everywhere(?![a-z])/;
/** Cut-off production words: asked about, not taken (프로덕 재시작). */
const LOOKALIKE_ALIASES = new Set(['프로덕']);
/** preprod, prodish, prd1: a production word inside another word. */
const PROD_INSIDE = /prod|prd/;
/** "web-app 대신 api-server": the name before it is replaced, not meant. */
const REPLACED_AFTER = /^\s?(?:을|를|은|는|이|가)?\s?(?:대신|말고|빼고|아니고|아니라)/;
/** "돌려줘" with nothing to turn it to ("이전 버전으로 돌려" is a rollback). */
const BARE_TURN = /(?<![가-힣])돌려\s?(?:줘|봐|주세요|줄래)?\s*$/;
const STRAY_JAMO = /^[\u3131-\u318e]/;

/** The word goes on past the alias into something else: 운영ㅇ, 프로덕숀 (프로덕 + 숀 ~ 프로덕션). */
function lookalikeTail(t: string, alias: string, end: number): boolean {
  if (STRAY_JAMO.test(t.slice(end))) return true;
  const next = t.slice(end, end + 1);
  if (!/[가-힣]/.test(next)) return false;
  const word = jamo(alias + next);
  return PRODUCTION_FUZZY_KO.some(
    (p) => p.length === alias.length + 1 && p !== alias + next && editDistance(word, jamo(p), 1) <= 1,
  );
}

/** 운엉, 운영계 typed 운영게 …: a Hangul window one jamo away from a production word. */
function koreanProductionLookalike(w: string): Span | undefined {
  for (const run of w.matchAll(HANGUL_RUN)) {
    for (const p of PRODUCTION_FUZZY_KO) {
      for (let i = 0; i + p.length <= run[0].length; i++) {
        const win = run[0].slice(i, i + p.length);
        // one jamo away changes one syllable: the others are the same
        if (win === p || ![...win].some((c, k) => c === p[k])) continue;
        if (editDistance(jamo(win), jamo(p), 1) <= 1)
          return { start: run.index + i, end: run.index + i + p.length };
      }
    }
  }
  return undefined;
}

const spacedPatterns = new Map<string, RegExp>();
/** "web app" for the registered "web-app", as whole words (compiled once per name; bounded). */
function spacedPattern(app: string, spaced: string): RegExp {
  let re = spacedPatterns.get(app);
  if (!re) {
    re = new RegExp(`(?<![a-z0-9_-])${spaced.replace(/\./g, '\\.')}(?![a-z0-9_-])`);
    if (spacedPatterns.size < 1000) spacedPatterns.set(app, re);
  }
  return re;
}

/** A registered app within a typo of the name (as the interpreter's near-miss check measures it). */
function nearKnown(name: string, known: ReadonlySet<string> | undefined): boolean {
  if (!known) return false;
  const max = name.length <= 4 ? 1 : 2;
  for (const k of known)
    if (editDistance(name, k, max) <= max || editDistance(name, k.replace(/[-_.]/g, ''), max) <= max)
      return true;
  return false;
}

function fuzzyMax(len: number): number {
  return len >= 7 ? 2 : len >= 4 ? 1 : 0;
}

/** The rule-based reader: intent + entities from one command, no context, no defaults. */
export function read(text: string, options: ReaderOptions = {}): Reading {
  const lowered = plain(text);
  let t = normalise(lowered);
  if (options.knownApps && GLUED_VERB.test(t))
    t = t.replace(GLUED_VERB, (m, verb: string, name: string) =>
      options.knownApps?.has(name) ? `${verb} ${name}` : m,
    );
  const language = hasHangul(t) ? 'ko' : 'en';
  const entities: Entities = {};
  const said = new Set<EntityName>();
  const fuzzy: EntityName[] = [];
  let w = t;
  const imageApps: string[] = [];

  // 1. image references and versions: ghcr.io/acme/web-app:v2, web-app:v2, 1.2.3, sha-4f2a9c1, tag latest
  for (const m of t.includes('/') ? t.matchAll(REGISTRY_IMAGE) : []) {
    // "dev/stg" is two environments, not an image: a path needs a registry host or a tag
    if (!(m[2] ?? m[3]) && !/^[^/]*[.:]|^localhost\//.test(m[0])) continue;
    imageApps.push(m[1]);
    if (m[2] ?? m[3]) entities.tag ??= m[2] ?? m[3];
    w = mask(w, { start: m.index, end: m.index + m[0].length });
  }
  for (const m of w.matchAll(IMAGE_REF)) {
    if (STOP_WORDS.has(m[1]) && !options.knownApps?.has(m[1])) continue;
    imageApps.push(m[1]);
    entities.tag ??= m[2];
    w = mask(w, { start: m.index, end: m.index + m[0].length });
  }
  for (const re of [VERSION, SHA_TAG]) {
    for (const m of w.matchAll(re)) {
      if (re === SHA_TAG && !HASH_LIKE.test(m[1])) continue;
      entities.tag ??= m[1];
      w = mask(w, { start: m.index, end: m.index + m[0].length });
    }
  }
  if (entities.tag === undefined) {
    for (const re of [TAG_WORD_AFTER, TAG_WORD_BEFORE, SHORT_VERSION]) {
      for (const m of w.matchAll(re)) {
        if (STOP_WORDS.has(m[1]) && m[1] !== 'latest') continue;
        entities.tag ??= m[1];
        w = mask(w, { start: m.index, end: m.index + m[0].length });
      }
    }
  }

  // 2. intent (strong patterns in priority order, then weak cues)
  let intent: Intent = 'unknown';
  let confidence = 0.9;
  for (const [name, re] of INTENT_PATTERNS) {
    if (re.test(w)) {
      intent = name;
      break;
    }
  }
  // head-final: "배포 히스토리 상태" asks for a status, "status history" for a history
  if (intent === 'history') {
    const last = Math.max(w.lastIndexOf('상태'), w.lastIndexOf('status'));
    if (last > (HISTORY_NOUN.exec(w)?.index ?? Infinity)) intent = 'status';
  }
  // typos of intent words (deplyo, restrat, scael)
  if (intent === 'unknown' && LONE_QUESTION_MARK.test(text)) intent = 'help';
  if (intent === 'unknown') {
    for (const m of w.matchAll(CANDIDATE)) {
      const name = m[1];
      const max = fuzzyMax(name.length);
      if (max === 0 || name.includes('-') || STOP_WORDS.has(name) || options.knownApps?.has(name)) continue;
      const typo = INTENT_FUZZY.find(([word]) => editDistance(name, word, max) <= max);
      if (!typo) continue;
      // "deploymnt histroy": the read noun says what is asked
      if (intent === 'unknown' || READ_INTENTS.has(typo[1])) {
        intent = typo[1];
        confidence = 0.75;
        w = mask(w, { start: m.index, end: m.index + name.length });
        if (READ_INTENTS.has(typo[1])) break;
      }
    }
  }
  // two different changes joined ("web-app 배포하고 worker 재시작해"): the first is read (the gate asks about it)
  let joinedAt = -1;
  if (CHANGE_INTENTS.has(intent)) {
    const hits = CHANGE_WORDS.map(([i, re]) => [i, re.exec(w)] as const)
      .filter((h): h is readonly [Intent, RegExpExecArray] => h[1] !== null)
      .sort((a, b) => a[1].index - b[1].index);
    const second = hits.find(([i]) => i !== hits[0][0]);
    if (second) {
      const from = hits[0][1].index + hits[0][1][0].length;
      const join = CONJUNCTION.exec(w.slice(from, second[1].index));
      if (join) {
        intent = hits[0][0];
        joinedAt = from + join.index;
      }
    }
  }
  // read nouns typed one letter off beside a change word ("web-app 배포 이럭"): the read they ask for
  if (CHANGE_INTENTS.has(intent) && language === 'ko') {
    for (const run of w.matchAll(HANGUL_RUN)) {
      const noun = READ_NOUN_TYPOS.find(
        ([kw]) =>
          run[0] !== kw && run[0].length === kw.length && editDistance(jamo(run[0]), jamo(kw), 1) <= 1,
      );
      if (noun) {
        intent = noun[1];
        break;
      }
    }
  }
  // a change word in a question, beside a read noun or refused: read what is really asked
  let refused = false;
  let askedAboutChange = false;
  if (CHANGE_INTENTS.has(intent)) {
    const verdict = judgeChange(intent, lowered);
    if (verdict.kind === 'read') {
      intent = verdict.intent;
      askedAboutChange = verdict.asked === true;
    } else if (verdict.kind === 'unknown') intent = 'unknown';
    else if (verdict.kind === 'negated') refused = true;
  }
  let negated = refused || NEGATION.test(w);
  // a change refused and a read asked instead: the read ("재시작하지 말고 로그만 보여줘")
  if (negated) {
    const at = INSTEAD.exec(w);
    const instead = at ? w.slice(at.index + at[0].length) : '';
    const asked =
      at && !NEGATION.test(instead) ? INTENT_PATTERNS.find(([, re]) => re.test(instead))?.[0] : undefined;
    if (asked && READ_INTENTS.has(asked)) {
      intent = asked;
      negated = false;
    }
  }
  // "cart-api delete 하면 어떻게 돼?": a what-if about a change is no read either
  if (!CHANGE_INTENTS.has(intent) && intent !== 'help' && HYPOTHETICAL.test(t) && ANY_CHANGE.test(w))
    intent = 'unknown';
  const outOfDomain = OUT_OF_DOMAIN.test(w);

  // 3. numbers: revision, lines, replicas (each masked once read)
  for (const re of MAY_HAVE_REVISION.test(w) ? REVISION : []) {
    for (const m of w.matchAll(re)) {
      entities.revision ??= Number(m[1]);
      w = mask(w, { start: m.index, end: m.index + m[0].length });
    }
  }
  for (const re of MAY_HAVE_LINES.test(w) ? LINES : []) {
    for (const m of w.matchAll(re)) {
      const n = parseNumber(m[1]);
      if (n === undefined) continue;
      entities.lines ??= n;
      w = mask(w, { start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of REVISION_HINT.test(w) ? w.matchAll(ORDINAL_REVISION) : []) {
    const n = ordinal(m[1] ?? m[2] ?? m[3]);
    if (n === undefined) continue;
    entities.revision ??= n;
    w = mask(w, { start: m.index, end: m.index + m[0].length });
  }
  // "3개에서 6개로", "from 5 to 2": the target
  for (const m of /에서|from/.test(w) ? w.matchAll(FROM_TO_REPLICAS) : []) {
    const n = parseNumber(m[2] ?? m[4]);
    if (n === undefined) continue;
    entities.replicas ??= n;
    w = mask(w, { start: m.index, end: m.index + m[0].length });
  }
  const unclear: EntityName[] = [];
  if (RELATIVE_COUNT.test(w) || RANGE_COUNT.test(w)) unclear.push('replicas');
  for (const re of MAY_HAVE_REPLICAS.test(w) ? REPLICAS : []) {
    for (const m of w.matchAll(re)) {
      const n = parseNumber(m[1]);
      if (n === undefined) continue;
      // two different counts ("10개, 아니 8개로", "3 replicas in staging and 5 in prod"): which one?
      if (entities.replicas !== undefined && entities.replicas !== n && !unclear.includes('replicas'))
        unclear.push('replicas');
      entities.replicas ??= n;
      w = mask(w, { start: m.index, end: m.index + m[0].length });
    }
  }
  if (intent === 'unknown' && entities.replicas !== undefined && WEAK_SCALE.test(t)) intent = 'scale';

  // "올려" with a replica count and no tag means more replicas, not a release
  if (
    intent === 'deploy' &&
    entities.replicas !== undefined &&
    entities.tag === undefined &&
    !/배포|deploy|디플로이|릴리/.test(w) &&
    /올려|올리/.test(w)
  )
    intent = 'scale';
  // "2개로 내려" lowers replicas; it does not delete
  if (intent === 'delete' && entities.replicas !== undefined && /내려|내리|줄/.test(w)) intent = 'scale';

  if (intent === 'scale' && entities.replicas === undefined) {
    for (const re of SCALE_NUMBER) {
      for (const m of w.matchAll(re)) {
        const n = parseNumber(m[1]);
        if (n === undefined) continue;
        // "to 0 and then back to 3": two targets, which one?
        if (entities.replicas !== undefined && entities.replicas !== n && !unclear.includes('replicas'))
          unclear.push('replicas');
        entities.replicas ??= n;
        w = mask(w, { start: m.index, end: m.index + m[0].length });
      }
    }
  }
  if (intent === 'rollback' && entities.revision === undefined && entities.tag === undefined) {
    for (const m of w.matchAll(REVISION_LOOSE)) {
      entities.revision ??= Number(m[1] ?? m[2]);
      w = mask(w, { start: m.index, end: m.index + m[0].length });
    }
  }
  if (intent === 'rollback' && /스케일|(?<![a-z])scale(?![a-z])/.test(w)) intent = 'scale';
  // "두 버전 전으로", "go back two versions", "리비전으로 롤백": which revision is not said
  if (
    intent === 'rollback' &&
    entities.revision === undefined &&
    entities.tag === undefined &&
    (RELATIVE_REVISION.test(w) || REVISION_WORD.test(w))
  )
    unclear.push('revision');
  // "scale worker to 0 and then back to 3": two targets
  if (
    intent === 'scale' &&
    [...w.matchAll(BARE_NUMBER)].length > 0 &&
    /(?:and\s+then|then|다음|후에|했다가|다가)/.test(w)
  )
    unclear.push('replicas');
  if (intent === 'logs') {
    if (entities.lines === undefined && entities.replicas !== undefined) entities.lines = entities.replicas;
    delete entities.replicas;
  }
  if (
    (intent === 'scale' && entities.replicas === undefined) ||
    (intent === 'logs' && entities.lines === undefined)
  ) {
    const bare = [...w.matchAll(BARE_NUMBER)];
    if (bare.length === 1) {
      if (intent === 'scale') entities.replicas = Number(bare[0][1]);
      else entities.lines = Number(bare[0][1]);
      w = mask(w, { start: bare[0].index, end: bare[0].index + bare[0][0].length });
    }
  }

  // 4. environments
  const envHits: { env: NlpEnvironment; start: number; end: number }[] = [];
  for (const m of w.matchAll(ENV_PATTERN)) {
    const alias = m[1] ?? m[2];
    const env = ENV_BY_ALIAS.get(alias);
    // an app registered as "dev-server" is that app, not the development environment
    if (!env || (m[2] && m[0] !== alias && options.knownApps?.has(m[0]))) continue;
    const end = m.index + m[0].length;
    envHits.push({ env, start: m.index, end });
    // "운영ㅇ", "프로덕숀": a production word with a stray letter is a look-alike, not production
    if (env === 'production' && m[1] && (LOOKALIKE_ALIASES.has(m[1]) || lookalikeTail(t, m[1], end)))
      fuzzy.push('environment');
  }
  for (const h of envHits) w = mask(w, h);
  // environments inside a reason clause ("스테이징 검증 끝났으니 운영에 올려") are not where to act
  const because = [...t.matchAll(BECAUSE_KO)].at(-1);
  if (because && envHits.some((h) => h.start > because.index)) {
    for (let k = envHits.length - 1; k >= 0; k--) if (envHits[k].end <= because.index) envHits.splice(k, 1);
  }
  if (language === 'ko' && !envHits.some((h) => h.env === 'production')) {
    const at = koreanProductionLookalike(w);
    if (at) {
      envHits.push({ env: 'production', ...at });
      fuzzy.push('environment');
      w = mask(w, at);
    }
  }

  // 5. app candidates (Latin names); typos of intent/environment words are recognised here
  const candidates: { name: string; score: number; at?: number }[] = [];
  for (const name of imageApps) candidates.push({ name, score: 10 });
  for (const m of w.matchAll(CANDIDATE)) {
    const name = m[1];
    if (name.length < 2 || STOP_WORDS.has(name)) continue;
    if (DICTIONARY_WORDS.has(name) && !options.knownApps?.has(name)) continue;
    const max = fuzzyMax(name.length);
    if (max > 0 && !options.knownApps?.has(name)) {
      const envTypo: readonly [string, NlpEnvironment] | undefined = PROD_INSIDE.test(name)
        ? ['production', 'production']
        : ENV_FUZZY.find(([word]) => editDistance(name, word, max) <= max);
      if (envTypo && !name.includes('-') && !NOT_PROD_LOOKALIKE.has(name)) {
        envHits.push({ env: envTypo[1], start: m.index, end: m.index + name.length });
        fuzzy.push('environment');
        continue;
      }
    }
    // an ordinary English word ("many", "rollbacks", "something") is no app unless it is (a near miss of) one
    if (!/[-_.\d]/.test(name) && isEnglishWord(name) && !nearKnown(name, options.knownApps)) continue;
    // "web-app 대신 api-server", "instead of web-app": the one replaced is not the app
    if (REPLACED_AFTER.test(w.slice(m.index + name.length)) || /instead\s+of\s$/.test(w.slice(0, m.index)))
      continue;
    let score = 0;
    if (options.knownApps?.has(name)) score += 5;
    if (APP_MARKER_AFTER.test(w.slice(m.index + name.length))) score += 2;
    if (/[-\d]/.test(name)) score += 1;
    candidates.push({ name, score, at: m.index });
  }
  // "web app": a registered name written in two words (one of them a common word) is a near miss, asked about
  for (const k of options.knownApps ?? []) {
    if (!k.includes('-') || candidates.some((c) => c.name === k)) continue;
    const spaced = k.replace(/-/g, ' ');
    if (!t.includes(spaced) || !spacedPattern(k, spaced).test(t)) continue;
    const parts = new Set(k.split('-'));
    for (let c = candidates.length - 1; c >= 0; c--)
      if (parts.has(candidates[c].name)) candidates.splice(c, 1);
    candidates.push({ name: k.replace(/-/g, ''), score: 20 });
    break;
  }
  // "cart api": a registered name written in two words is a near miss of it, asked about
  for (let i = 0; i + 1 < candidates.length; i++) {
    const joined = `${candidates[i].name}-${candidates[i + 1].name}`;
    if (options.knownApps?.has(joined) && t.includes(`${candidates[i].name} ${candidates[i + 1].name}`)) {
      candidates.splice(i, 2, { name: joined.replace('-', ''), score: 20 });
      break;
    }
  }
  // two operations on two apps: the app of the first operation (named before the join)
  if (joinedAt >= 0 && new Set(candidates.map((c) => c.name)).size > 1) {
    const first = candidates.filter((c) => c.at !== undefined && c.at < joinedAt);
    if (new Set(first.map((c) => c.name)).size === 1) candidates.splice(0, candidates.length, first[0]);
  }
  const distinctApps = [...new Set(candidates.map((c) => c.name))];
  if (candidates.length > 0) {
    const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
    entities.app = best.name;
  }
  let appAlternatives: string[] = [];
  if (distinctApps.length > 1) {
    const known = distinctApps.filter((a) => options.knownApps?.has(a));
    if (known.length !== 1) appAlternatives = distinctApps;
    else entities.app = known[0];
  }

  // Korean typo tolerance (jamo level) when no intent was found
  if (intent === 'unknown' && language === 'ko' && !outOfDomain) {
    outer: for (const run of w.matchAll(HANGUL_RUN)) {
      const word = run[0];
      for (const [kw, name] of INTENT_FUZZY_KO) {
        for (let i = 0; i + kw.length <= word.length; i++) {
          const win = word.slice(i, i + kw.length);
          if (win !== kw && editDistance(jamo(win), jamo(kw), 1) <= 1 && !/[해줘]/.test(win.slice(-1))) {
            intent = name;
            confidence = 0.7;
            break outer;
          }
        }
      }
    }
  }

  // environment: one, or the target of several ("staging에서 production으로")
  let environmentAlternatives: NlpEnvironment[] = [];
  const envs = [...new Set(envHits.map((h) => h.env))];
  if (envs.length === 1) entities.environment = envs[0];
  else if (envs.length > 1) {
    // "prod 말고 staging에": the refused one is out; any two left (dev랑 staging, staging에서 prod로) → ask
    const kept = [
      ...new Set(
        envHits
          .filter(
            (h) =>
              !REFUSED_AFTER.test(t.slice(h.end, h.end + 14)) &&
              !REFUSED_BEFORE.test(t.slice(Math.max(0, h.start - 12), h.start)),
          )
          .map((h) => h.env),
      ),
    ];
    if (kept.length === 1) entities.environment = kept[0];
    else environmentAlternatives = envs;
  }
  if (
    ALL_ENVIRONMENTS.test(t) &&
    intent !== 'list' &&
    intent !== 'history' &&
    // "모든 환경 앱 현황": a list of everything, not a status asking which environment
    !(
      intent === 'status' &&
      !entities.app &&
      (ALL_MARKER.test(t.replace(ALL_ENVIRONMENTS, '')) || LIST_WORDS.test(t))
    )
  ) {
    delete entities.environment;
    environmentAlternatives = [...NLP_ENVIRONMENTS];
  }

  const reference = REFERENCE.test(t);
  // no verb, but the entities say it: "web-app 3개로" (scale), "web-app revision 2" (rollback), "태그 v9로 바꿔" (deploy)
  if (intent === 'unknown' && !outOfDomain && !negated && (entities.app || reference)) {
    if (entities.replicas !== undefined) intent = 'scale';
    else if (entities.revision !== undefined) intent = 'rollback';
    else if (entities.tag !== undefined && /바꿔|바꾸|변경|교체|switch|change|set/.test(t)) intent = 'deploy';
    // "api-server v2.0.1 스테이징", "auth-service 1.12.0 to stage please": a version sent somewhere
    else if (entities.tag !== undefined && (entities.environment || envHits.length > 0 || PLEASE.test(t)))
      intent = 'deploy';
    else if (entities.lines !== undefined) intent = 'logs';
    else if (unclear.includes('replicas')) intent = 'scale';
    if (intent !== 'unknown') confidence = 0.7;
  }
  if (intent === 'unknown' && WEAK_DEPLOY.test(t) && (entities.app || reference)) {
    intent = 'deploy';
    confidence = 0.7;
  }
  // "어제 배포 때문에 야근했어": a question about a change, but of nothing in particular
  if (askedAboutChange && intent === 'status' && !entities.app && !reference) intent = 'unknown';
  // "모든 앱 상태" / "status of all apps" / "운영 배포 현황" (a whole environment) is a list
  if (intent === 'status' && !entities.app && !reference && (ALL_MARKER.test(t) || envHits.length > 0))
    intent = 'list';
  // "batch-job 돌려줘": run, restart or turn back? read as a restart the gate will ask about
  if (intent === 'unknown' && entities.app && BARE_TURN.test(t)) {
    intent = 'restart';
    confidence = 0.5;
  }
  // weak status cues (어때, check) with nothing to check
  if (
    intent === 'status' &&
    !entities.app &&
    !reference &&
    /어때|어떤지|괜찮|doing|check/.test(t) &&
    !/상태|status|health/.test(t)
  )
    confidence = 0.5;
  if (
    outOfDomain &&
    intent !== 'help' &&
    !(entities.app && (options.knownApps?.has(entities.app) || /[-\d]/.test(entities.app)))
  )
    intent = 'unknown';
  if (DEFINITION.test(t) && !entities.app && !reference && intent !== 'help') intent = 'unknown';
  if (negated) intent = 'unknown';
  if (intent === 'unknown') confidence = 0.2;

  for (const k of Object.keys(entities) as EntityName[]) said.add(k);
  return {
    intent,
    entities,
    confidence,
    language,
    reference,
    appAlternatives,
    environmentAlternatives,
    fuzzy,
    negated,
    key: residueKey(w, entities.app ? [entities.app] : []),
    ...(unclear.length > 0 ? { unclear } : {}),
    said: [...said],
    text: lowered,
  };
}

/** What is left of a command once entities, particles and polite endings are gone: the learned-rule key. */
const appPatterns = new Map<string, RegExp>();
/** The app name as a whole word, compiled once per name (bounded: app names are few). */
function appPattern(app: string): RegExp {
  let re = appPatterns.get(app);
  if (!re) {
    re = new RegExp(`(?<![a-z0-9_.-])${app.replace(/[.]/g, '\\.')}(?![a-z0-9_.-])`, 'g');
    if (appPatterns.size < 1000) appPatterns.set(app, re);
  }
  return re;
}

function residueKey(masked: string, apps: string[]): string {
  let s = masked;
  for (const a of apps) s = s.replace(appPattern(a), ' ');
  const tokens: string[] = [];
  for (let tok of s.split(' ')) {
    if (!tok) continue;
    if (STOP_WORDS.has(tok) && !/^(?:deploy|restart|scale|status|logs?|delete|rollback|list|help)$/.test(tok))
      continue;
    for (let i = 0; i < 3; i++) tok = tok.replace(KO_ENDING, '');
    if (!tok || PARTICLE_TOKEN.test(tok) || /^\d+$/.test(tok)) continue;
    tokens.push(tok);
  }
  return tokens.join(' ');
}
