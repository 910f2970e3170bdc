/** The reader's precompiled patterns and the small text helpers its steps share (reader.ts reads with them). */
import { REVISION_CORRECTED_IN_PLACE, asTypedMeant } from './typed-forms.js';
import {
  EN_NUMBER_SOURCE,
  KOREAN_NUMBER_SOURCE,
  editDistance,
  jamo,
  parseNumber,
  inStandardForm,
} from './korean.js';
import { INTENT_PATTERNS, PRODUCTION_FUZZY_KO, SPACED_WORD, withVerbalOrders } from './lexicon.js';
import { CHANGE_INTENTS } from './intents.js';
import type { Intent, NlpEnvironment } from './types.js';
import { isEnglishWord } from './english.js';
import {
  FORMAL_LETS,
  NOMINAL_ORDER,
  POLITE_FRAME,
  REQUEST_FRAME,
  SO_KIND,
  ADDS_NOTHING,
  plainLets,
  verbOfNominal,
} from './polite.js';
import { literally } from './literal-pattern.js';

const NUM = `((?<![a-z_-])\\d+|(?<![가-힣])${KOREAN_NUMBER_SOURCE}|(?<![a-z])(?:${EN_NUMBER_SOURCE})(?![a-z]))`;
const NAME = `[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*`;
export const IMAGE_REF = new RegExp(
  `(?<![a-z0-9_.:/-])(${NAME}):((?:[a-z0-9][a-z0-9_.-]*[a-z0-9]|[a-z0-9])(?:\\+[0-9a-z][0-9a-z.-]*[0-9a-z]|\\+[0-9a-z])?)(?![a-z0-9_.+-])`,
  'g',
);
/** A full image reference with a registry path (ghcr.io/acme/billing-api:3.1.0): the last segment is the app. */
export const REGISTRY_IMAGE = new RegExp(
  `(?<![a-z0-9_.:/-])(?:[a-z0-9][a-z0-9.-]*(?::\\d+)?/)+(${NAME})(?::([a-z0-9_][a-z0-9_.-]*(?:\\+[0-9a-z][0-9a-z.-]*[0-9a-z]|\\+[0-9a-z])?)|@(sha256:[a-f0-9]{12,64}))?(?![a-z0-9_.:/+-])`,
  'g',
);
/** An image digest, with its algorithm: worker@sha256:5f1c…, "digest sha256:9c1e". */
export const DIGEST = /(?:@|(?<![a-z0-9_.:-]))(sha256:[a-f0-9]{4,64})(?![a-z0-9_.-])/g;
/** Commit-style tags written apart from the app: sha-4f2a9c1, git-7f3e2a1, 4f2a9c1e. */
export const SHA_TAG = /(?<![a-z0-9_.:-])((?:sha|git)-[0-9a-f]{6,40}|[0-9a-f]{7,40})(?![a-z0-9_.-])/g;
/** A bare commit hash has both digits and letters (not a number, not a word like "deadbeef"). */
export const HASH_LIKE = /^(?:sha|git)-|^(?=.*\d)(?=.*[a-f])/;
export const VERSION =
  /(?<![a-z0-9_.:-])(v?\d+\.\d+(?:\.\d+)*(?:-[0-9a-z][0-9a-z.-]*[0-9a-z]|-[0-9a-z])?(?:\+[0-9a-z][0-9a-z.-]*[0-9a-z]|\+[0-9a-z])?)(?![a-z0-9_.+-])/g;
/** "release-2024-12", "build-884", "rc-3", "pr-402": a named build with a number. */
export const NAMED_BUILD =
  /(?<![a-z0-9_.:-])((?:release|build|rc|hotfix|nightly|pr)-\d[0-9a-z.-]*)(?![a-z0-9_.-])/g;
export const SHORT_VERSION = /(?<![a-z0-9_.:-])(v\d+)(?![a-z0-9_.-])/g;
/** "tag 2.3.1", "태그 feat-x", "tag latest": a word shaped like a tag after the tag word ("same tag, forward march" names none). */
export const TAG_WORD_AFTER =
  /(?<![a-z0-9_-])(?<!same\s)(?:tag|태그|image\s+tag|이미지\s?태그)(?![a-z])\s?[:=]?\s?((?=[a-z0-9_.-]*\d|[a-z0-9_.-]*[-_.][a-z0-9]|(?:latest|stable|canary|edge|nightly|main|master|prod|release)(?![a-z0-9_.-]))[a-z0-9][a-z0-9_.-]*)/g;
/** "v2 태그로", "feat-invoice branch 태그로": the word before "tag" (a "branch"/"commit" in between is not it). */
export const TAG_WORD_BEFORE =
  /(?<![a-z0-9_.-])([a-z0-9][a-z0-9_.-]*)\s?(?:(?:branch|브랜치|commit|커밋)\s?)?(?:태그|tag)(?![a-z])/g;
export const REVISION = [
  /--to-rev[a-z]{0,6}[=\s](\d+)/g,
  /(?:revision|rev\.?|리비전|리비젼|레비전)\s?(?:#|no\.?|number|번호|=|:)?\s?(\d+)/g,
  /(\d+)\s?(?:번째|번)\s?(?:리비전|리비젼|revision)/g,
  /(?<![a-z0-9&])#(\d+)(?![0-9])/g,
];
export const REVISION_LOOSE =
  /(?:(\d+)\s?(?:번째|번)(?:\s?버전)?|(?<![a-z])to\s+(\d+)(?![0-9.])|(?<![\d.])(\d+)\s?(?:으로|로)(?=\s?(?:롤백|되돌|원복|돌려)))/g;
export const LINES = [
  // "호떡 하나 줄까": 줄 as the verb (shall I give) counts no lines
  new RegExp(`${NUM}\\s?(?:줄(?!까|래|게|께|테|지\\s?(?:마|말))|라인|lines?|행)(?![a-z])`, 'g'),
  /(?:(?<![a-z])(?:tail|last|latest|recent)|최근|마지막|-n)\s?(\d+)(?![0-9.])/g,
];
export const REPLICAS = [
  /(?<![a-z]|[a-z]-)(?:(?:replica|pod|instance)s?\s?count|replicas?|instances?|pods?|레플리카|복제본|인스턴스|파드)\s?(?:수를?|수|를|을|는|은)?\s?(?:=|:|to|를|→)?\s?(\d+)(?![0-9.])(?!\s?(?:→|개?에서))/g,
  /(?<![a-z0-9_.-])x\s?(\d+)(?![0-9.a-z])/g,
  new RegExp(
    `${NUM}\\s?(?:개의|개로|개(?!발|월|\\s?(?:전|이전|뒤로)(?:으로|로|에)?(?![가-힣]))|대로|대(?!기|응|시\\s?보드|표|상|신|화|략|비|용량|규모)|(?<![가-힣])(?:replicas?|instances?|pods?|copies|nodes?)(?![a-z])|레플리카|복제본|인스턴스|파드)`,
    'g',
  ),
];
export const SCALE_NUMBER = [
  new RegExp(`(?:(?<![a-z])(?:to|=|x|make\\s+it)|→)\\s?${NUM}(?![0-9.])`, 'g'),
  new RegExp(`${NUM}\\s?(?:으로|로)`, 'g'),
  // "hpa 말고 수동으로 12개": a count closing a scale
  new RegExp(`${NUM}\\s?(?:개|대)(?=[\\s.!~]*$)`, 'g'),
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
export function ordinal(word: string): number | undefined {
  return ORDINALS[word] ?? parseNumber(word);
}
export const ORDINAL_REVISION = new RegExp(
  `(?<![가-힣])(첫|처음|${KOREAN_NUMBER_SOURCE}|\\d+)(?:st|nd|rd|th)?\\s?(?:번째|번)?\\s?(?:리비전|리비젼|revision)(?!s|\\s?(?:전|이전|뒤로|back|ago))|(?<![a-z])(first|second|third|fourth|fifth)\\s+revision|(?<![a-z])(?:revision|rev)\\s+(${EN_NUMBER_SOURCE})(?![a-z])`,
  'g',
);
/** "현재 6개인데 10개로", "currently at 4, make it 8", "has 4 replicas, please make it 8": the count it runs now, said beside the target — no count asked. */
export const CURRENT_COUNT = new RegExp(
  `(?:현재|지금)\\s?(?:(?:pod|파드|레플리카|replicas?)\\s?)?(?:\\d+|(?<![가-힣])${KOREAN_NUMBER_SOURCE})\\s?(?:개|대|replicas?|pods?)\\s?(?:인데|이니까|이고|라서)(?:요)?|(?<![\\d.])(?:\\d+|(?<![가-힣])${KOREAN_NUMBER_SOURCE})\\s?(?:개|대)\\s?(?:네요|네|군요|구나|였네요?|이었네요?)(?=[\\s.!,]|$)|(?<![a-z])currently\\s+(?:at\\s+|on\\s+|reads\\s+|shows\\s+|has\\s+|running\\s+|sits\\s+at\\s+)?\\d+(?:\\s+(?:replicas?|pods?|instances?))?(?![a-z0-9])|(?<![a-z])(?:is|are|'s)\\s+(?:on|at|sitting\\s+at|running)\\s+\\d+(?=\\s*[,;—–-]?\\s*(?:make|set|take|bump|scale))|(?<![a-z])(?:has|have|runs|is\\s+running|are\\s+running|(?:has|have)\\s+(?:run|been\\s+running|been\\s+on|been\\s+at))\\s+\\d+\\s+(?:replicas?|pods?|instances?)(?=[\\s,;—–-]+(?:\\S+\\s+){0,4}(?:make|set|take|bump|scale)(?![a-z]))` +
    // "지금 3 replicas, 6 yap", "지금 5 replicas, 10 replicas로": the count now, before the count asked
    `|(?:현재|지금)\\s?(?:\\d+|(?<![가-힣])${KOREAN_NUMBER_SOURCE})\\s?(?:replicas?|pods?|개|대)(?=\\s)(?=.*\\s\\d)` +
    // "all four pods are ready, so it's not a crash", "파드 4개 다 떠 있어": how many run, told
    `|(?<![a-z])(?:all\\s+)?(?:\\d+|${EN_NUMBER_SOURCE})\\s+(?:of\\s+(?:the|its|our|their)\\s+)?(?:replicas?|pods?|instances?)(?:\\s+of\\s+[a-z0-9-]+)?\\s+(?:are|were|is|was)\\s+(?:all\\s+|still\\s+|now\\s+)?(?:ready|running|up|healthy|fine|ok|okay|green|alive|down|crashing|pending|restarting)(?![a-z])` +
    `|(?<![\\d.])(?:\\d+|(?<![가-힣])${KOREAN_NUMBER_SOURCE})\\s?(?:개|대)\\s?(?:다|모두|전부)?\\s?(?:떠\\s?있|살아\\s?있|정상|레디|running|ready)(?![^.!?\\n]*\\?|\\s?(?:임|인가|인지|이냐|냐|니|나요))`,
  'g',
);
export const FROM_TO_REPLICAS = new RegExp(
  `(?<![a-z0-9.])(\\d+|(?<![가-힣])${KOREAN_NUMBER_SOURCE})\\s?(?:개|대)?\\s?에서\\s?(\\d+|(?<![가-힣])${KOREAN_NUMBER_SOURCE})\\s?(?:개|대)?\\s?(?:으로|로)|(?<![a-z])from\\s+(\\d+)\\s+(?:replicas?\\s+|pods?\\s+)?(?:(?:down|up)\\s+)?to\\s+(\\d+)`,
  'g',
);
/** Amounts that are not one target count: relative ("2개 더", "add 2 more", "두 배"), bounded ("3개 이상",
 * "at least 3"), approximate ("5개 정도"), autoscaling ("최대 5개"). */
export const RELATIVE_COUNT = new RegExp(
  `(?:\\d+|한|두|세|네|다섯)\\s?(?:개|대)\\s?(?:만\\s?)?빼(?![가-힣]*\\s?(?:고|서))|(?:지금|현재)\\s?보다|(?<![a-z])take\\s+(?:one|two|three|four|five|a\\s+couple(?:\\s+of)?|\\d+)\\s+(?:(?:replicas?|pods?|instances?)\\s+)?(?:away|off)(?![a-z])|(?<![a-z])than\\s+(?:now|currently|it\\s+is|before)(?![a-z])|\\d+\\s?(?:개|대)?\\s?(?:이상|이하|미만|초과|넘게|안쪽)|(?<![a-z])(?:at\\s+least|at\\s+most|no\\s+more\\s+than|no\\s+less\\s+than|more\\s+than|less\\s+than|fewer\\s+than)\\s+\\d|(?:\\d+|한|두|세|네|다섯|여섯)\\s?(?:개|대)(?:\\s(?:더\\s?)?|씩\\s더\\s?)(?:늘려|늘리|줄여|줄이|추가|빼)|\\d+\\s?(?:개|대)?\\s?(?:정도|쯤)|(?:대략|약)\\s?\\d|(?:대략\\s?|(?<![가-힣]))(?:${KOREAN_NUMBER_SOURCE})\\s?(?:개|대)\\s?(?:정도|쯤|남짓|내외)|대략\\s?(?:${KOREAN_NUMBER_SOURCE})\\s?(?:개|대)|(?<![a-z])(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)-?ish(?![a-z])|(?<![a-z])between\\s+(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\s+and\\s+(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?![a-z0-9])|\\d+\\s?(?:개|대)\\s?에서\\s?(?:더\\s?)?(?:늘려|줄여)|(?<![a-z])(?:about|around|roughly|approximately|some)\\s+(?:\\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a\\s+dozen)\\s+(?:replicas?|pods?|instances?|copies))|(?<![a-z])add\\s+(?:\\d+|one|two|three|a\\s+couple\\s+of|a\\s+few)\\s+(?:more\\s+)?(?:replicas?|pods?|instances?|copies)|(?<![a-z])(?:take|knock|drop)\\s+(?:\\d+|one|two|three|a\\s+couple(?:\\s+of)?|a\\s+few)\\s+(?:replicas?|pods?|instances?|copies)\\s+off(?![a-z])|(?:\\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\\s?(?:개|대)\\s?(?:만\\s?)?(?:더|추가|증설)|(?:\\d+|한|두|세|네|다섯|하나|둘|셋|몇)\\s?(?:개|대)?\\s?more(?![a-z])|몇\\s?(?:개|대)\\s?(?:더|추가)|\\d+\\s?(?:%|퍼센트)|최대|최소|오토\\s?스케일|(?<![a-z])(?:max(?:imum)?|min(?:imum)?|autoscal\\w*|hpa|percent)(?![a-z])|\\+\\s?\\d+|(?:한|두|세)\\s?(?:개|대)\\s?(?:추가|증설)|(?:하나|둘|한\\s?개|두\\s?개|세\\s?개)\\s?(?:만\\s?)?더|더\\s?\\d+\\s?(?:개|대)|\\d+\\s?배|두\\s?배|하나\\s?(?:만\\s?)?빼(?![가-힣]*\\s?(?:고|서))|(?<![a-z])(?:triple|quadruple)(?![a-z])|반으로|절반|(?<![a-z])(?:add\\s+(?:\\d+|one|two|three|a\\s+few)\\s+more|\\d+\\s+more|double(?![\\s-]+(?:charg(?:e|es|ed|ing)|bill(?:s|ed|ing)?|book(?:ing|ings|ed)?|clicks?|checks?|counts?|counting|payments?|entr(?:y|ies)|submits?|submissions?|posts?|posting|sends?|sent|messages?|notifications?|reminders?|alerts?|sms|emails?|orders?|taps?)(?![\\w-]))|halve|in\\s+half|half(?![\\w-])(?!\\s+(?:(?:of\\s+)?(?:the|an?|my|our|its|their|those|these)\\s+)?(?!(?:pods?|replicas?|instances?|copies|capacity|of|the|an?|my|our|its|their|those|these)(?![a-z]))[a-z])|by\\s+(?:\\d+|one|two|three|four|five|a\\s+couple|a\\s+few)|another\\s+(?:\\d+|one|two|pod|replica)|(?:one|two|three|a\\s+couple|a\\s+few)\\s+more|extra\\s+(?:\\d+|pods?|replicas?))(?![a-z])`,
);
/** "지난주와 같은 개수로", "the same count as last week": a count of another time, nobody said which — asked. */
export const COUNT_OF_ANOTHER_TIME =
  /\d+\s?(?:개|대)\s?(?:으로|로)?는\s?(?:부족|모자라|모자랄|안\s?(?:돼|되|됩)|적)|(?:지난\s?(?:주|달|번|해|분기|시즌|행사|세일)|어제|그저께|작년|저번\s?(?:주|달|에)?|평소)\s?(?:와|과|랑|이랑|하고|처럼|만큼|대로)\s?(?:같은\s?|똑같은\s?|똑같이\s?|비슷한\s?)?(?:수|숫자|개수|갯수|레플리카)|(?<![a-z])same\s+(?:number|count|replicas?|amount|size|scale)\s+as\s+(?:last\s+(?:week|month|time|year|sale|season)|yesterday|usual|before\s+the)(?![a-z])/;
/** "3~4개", "3 or 4 replicas", "two or three", "anywhere from 3 to 5", "3-4 pods", "10개 넘지 않게", "at most 6": which one? */
export const RANGE_COUNT =
  /(?:적어도|최소한?|최대한?)\s?\d+|\d+\s?(?:개|대)?\s?(?:넘지\s?않게|이하로|이상으로|미만으로|초과하지\s?않게)|(?<![a-z])(?:no\s+more\s+than|at\s+most|at\s+least|not\s+(?:more|less|fewer)\s+than)\s+\d+|(?<![가-힣])(?:두세|서너|너덧|네다섯|너더댓|대여섯|예닐곱|일여덟|여남은)\s?(?:개|대)|\d+\s?(?:개|대)?\s?(?:~|–|또는|아니면|이나|or)\s?\d+|(?<![\d.])\d+-\d+\s?(?:개|대|replicas?|pods?|instances?)|(?<![a-z])(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+or\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)(?![a-z0-9.])|(?<![a-z])between\s+\d+\s+and\s+\d+\s*(?:replicas?|pods?|instances?|copies)|(?<![a-z])anywhere\s+(?:from|between)\s|(?:적어도|최소한?|최대한?)\s?(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?(?:개|대)/;
export const RELATIVE_REVISION = new RegExp(
  `(?:첫|두|세|네|다섯)\\s?번째\\s?(?:거|것|꺼|걸|버전|판|배포)|(?:직전|이전\\s?(?:버전|리비전))보다\\s?(?:\\S+\\s?){0,2}?(?:더\\s?)?(?:이전|전|앞)|(?:한|두|세)\\s?(?:단계|칸|개)\\s?더\\s?(?:이전|전|뒤로|앞)|(?<![a-z])(?:one|two)\\s+(?:more|further)\\s+(?:back|before)(?![a-z])|(?<![a-z])the\\s+(?:second|third|fourth)\\s+(?:one|version|release|entry)|(?:리비전|버전|배포|릴리즈)\\s?(?:두|세|네|\\d+)\\s?(?:개|번|단계)?\\s?(?:전|이전)(?:으로|로)|전전\\s?(?:버전|배포|리비전|릴리즈)|(?:한|두|세|네|\\d+)\\s?번\\s?전\\s?(?:배포|버전|릴리즈)|롤백한\\s?(?:거|것|걸)\\s?(?:다시\\s?)?(?:되돌|원복|무르)|(?<![a-z])(?:the\\s+one|the\\s+release|the\\s+version)\\s+before\\s+last|(?:두|세|네|\\d+)\\s?(?:버전|단계|리비전|개|릴리즈|배포|releases?|versions?|revisions?)\\s?(?:전|이전|뒤로)|(?:몇|한참|훨씬|오래|까마득히)\\s?(?:개|번|버전|단계|리비전|versions?|revisions?)?\\s?(?:전|이전|뒤로)|(?<![a-z])(?:a\\s+few|a\\s+couple(?:\\s+of)?|several|some|many|way)\\s+(?:versions|revisions|releases|deploys)?\\s*(?:back|ago)|(?<![a-z])back\\s+a\\s+couple\\s+of\\s+(?:versions|revisions|releases|deploys)|(?<![a-z])(?:two|three|\\d+)\\s+(?:versions|revisions|releases|deploys)(?:\\s+back)?|back\\s+(?:two|three|\\d+)\\s+(?:versions|revisions)|back\\s+(?:a\\s+few|several|some|many)\\s+(?:versions|revisions|releases|deploys)`,
);
/** Cheap first looks: the number patterns run only where their words are. */
export const MAY_HAVE_REVISION = /리비|레비|rev|번|#/;
export const MAY_HAVE_LINES = /줄|라인|line|행|tail|last|latest|recent|최근|마지막|-n/;
export const MAY_HAVE_REPLICAS = /개|대|replica|instance|pod|cop|node|레플리카|복제본|인스턴스|파드|x\s?\d/;
export const LONE_QUESTION_MARK = /^\s*[?？]+\s*$/;
export const REVISION_HINT = /리비전|리비젼|revision/;
/** The word revision with no number ("리비전으로 롤백") — "이전 리비전" is the previous one. */
export const REVISION_WORD =
  /(?<!(?:이전|직전|예전|previous|last|전)\s?)(?:리비전|리비젼|(?<![a-z])revision(?![a-z]))/;
/** Head-final reading: "배포 히스토리 상태" asks for a status. */
export const HISTORY_NOUN = /이력|기록|히스토리|내역|history/;
export const BARE_NUMBER = /(?<![0-9.a-z])(\d+)(?![0-9.a-z]|\s?(?:시|분|초|%|퍼센트|월|일(?![가-힣])))/g;
export const CANDIDATE = new RegExp(`(?<![a-z0-9_.:'’-])(${NAME})(?![a-z0-9_.-])`, 'g');
export const HANGUL_RUN = /[가-힣]+/g;
export const APP_MARKER_AFTER =
  /^\s?(?:을|를|이|가|은|는|의|에|앱|서비스|애플리케이션|app(?![a-z])|service(?![a-z]))/;
const ARROW = /->|=>/g;
/** "상 태 알 려 줘": Hangul typed one syllable at a time. */
const SPACED_SYLLABLES = /(?<![가-힣])(?:[가-힣] ){2,}[가-힣](?![가-힣])/g;
/** "scale4개", "logs200줄", "v2.0.0deploy", "todev", "fromdev": words run together. */
const GLUED_WORDS =
  /(?<![a-z])(scale|logs?|tail|deploy|restart|status|to|on|in|from)(?=\d|dev|stg|staging|prod|production)(?!dev\w|prod\w|staging\w)|(\d)(?=deploy|restart|rollback|scale|logs?)/g;
export const PLEASE = /(?<![a-z])(?:please|pls|plz|bitte)(?![a-z])/;
const PUNCT = /[“”"`,!?;()[\]{}<>]|(?<!\d\s?)~(?!\s?\d)|\.(?=\s|$)/g;
const SPACES = /\s+/g;

export interface Span {
  start: number;
  end: number;
}

/** Blank out a span (same length) so later patterns do not read it again. */
export function mask(s: string, span: Span): string {
  return s.slice(0, span.start) + ' '.repeat(span.end - span.start) + s.slice(span.end);
}

/**
 * "안녕하세요, 기록운영팀 박서연입니다.", "인증 담당 최유진입니다.": who writes, not what to do — a team's name ("기록…",
 * "운영…") says no read and no environment.
 */
export const SELF_INTRODUCTION =
  /^\s*(?:안녕하(?:세요|십니까)[,.!]?\s*)?(?:[가-힣a-z]+\s)?[가-힣a-z]*(?:팀|파트|부서|본부|센터|담당)(?:\s?[가-힣]{1,5}){1,2}?(?:입니다|이에요|예요|인데요)[.,!]?\s*/;
/** "restart batch-job (dev)": one word in parentheses is read as the word. */
const PARENTHESISED_WORD = /\(([a-z가-힣][a-z0-9가-힣-]*)\)/g;
/**
 * "[17:50] …" (a chat line's own time; "[04:05] Mina: …" is someone else's line, kept for the gate), "(3차) …" (a batch's number), "#망루4", "#4312" (a tag or a ticket), a pasted block of
 * lines between ```: a label or a
 * quote of the message, never its count, time or version.
 */
const MESSAGE_LABEL =
  /^\s*\[\d{1,2}:\d{2}\](?!\s*[^\s:\]\d][^\s:\]]{0,19}(?:\s[^\s:\]\d][^\s:\]]{0,9}){0,2}\s?:)\s*|\(\d+\s?차\)|(?<![\w#])#[^\s#\d]*\d[^\s#]*/g;
const PASTED_BLOCK = /```[^`]*\n[^`]*```/g;
/** NFC, lower case, single spaces: what the safety gate reads too (question marks kept). */
export function plain(text: string): string {
  return (
    inStandardForm(asTypedMeant(text.normalize('NFC').replace(PASTED_BLOCK, ' ')))
      .toLowerCase()
      .replace(SPACES, ' ')
      .trim()
      .replace(MESSAGE_LABEL, ' ')
      .replace(SELF_INTRODUCTION, '')
      .replace(PARENTHESISED_WORD, ' $1 ')
      .replace(LEAVE_ALONE, '')
      .replace(LEAVE_ALONE_FOR_ANOTHER, '')
      .replace(JAMO_IN_WORD, '')
      .replace(POLITE_FRAME, ' ')
      .replace(SO_KIND, ' please ')
      .replace(REQUEST_FRAME, ' please ')
      .replace(NOMINAL_ORDER, verbOfNominal)
      .replace(ADDS_NOTHING, '')
      .replace(FORMAL_LETS, plainLets)
      // "… on prdo. — Priya": a sentence already ended keeps one full stop ("prdo.." would hide the word)
      .replace(LINE_SEPARATOR, (m: string, at: number, all: string) =>
        /[.!?]$/.test(all.slice(0, at)) ? ' ' : '. ',
      )
      .replace(COUNT_CORRECTED_IN_PLACE, '')
      .replace(REVISION_CORRECTED_IN_PLACE, '$1 ')
      .replace(HTTP_STATUS, 'errors')
  );
}
const EN_COUNT =
  '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)';
/**
 * "to five, no, seven", "four no wait seven", "5개, 아니 7개로": a count corrected as it is said — the first one taken
 * out, so only the count meant is read.
 */
const COUNT_CORRECTED_IN_PLACE = new RegExp(
  `(?<![\\w.])${EN_COUNT}(?:\\s+(?:replicas?|pods?|instances?))?\\s*,?\\s+(?:no|nope|wait|no\\s+wait|sorry|i\\s+mean|or\\s+rather)\\s*[,.—–-]?\\s+(?=${EN_COUNT}(?!\\w|\\.\\d))|` +
    `(?<![\\d.])\\d+\\s?(?:개|대)?\\s*,?\\s*(?:아니|아니다|아\\s?아니|아니\\s?아니)\\s*,?\\s*(?=\\d+\\s?(?:개|대)?)|` +
    // "to revision 13 — no, revision 12": the revision corrected as it is said
    `(?<![a-z])(?:revision|rev|리비전)\\s?\\d+\\s*[.,—–-]*\\s*(?:no|nope|wait|sorry|i\\s+mean|아니|아니다)\\s*[,.]?\\s+(?=(?:revision|rev|리비전)\\s?\\d+)`,
  'g',
);
/** "dispatch fails with 502", "throwing 502s", "504 다발": an HTTP status in a remark, never a count or a revision. */
const HTTP_STATUS =
  /(?<=(?:with|throwing|throws|returns?|returning|giving|gives|got|getting|errors?|http|status|code)\s(?:an?\s)?)[45]\d\d(?:s(?![a-z]))?(?![\d.])|(?<![\d.])[45]\d\d(?=\s?(?:이|가)?\s?(?:아직|계속|자꾸|또)?\s?(?:에러|오류|떠요|떠|뜸|뜹니다|다발|나요|나나|나는|남|발생|응답))/g;
/** "재시작 바람 · 노쇼 좌석 반환 멈춤", "재기동 요청 / 참고: …", "… broken again — deploy …": where one sentence ends. */
const LINE_SEPARATOR = /\s+(?:[·•—]|\/(?=\s*(?:참고|사유|비고|근거|현상|원인|note|ps|fyi|btw)))\s+/g;
/**
 * "배ㅍ포", "재시ㅈ작": a lone jamo typed inside a word (a key hit on the way) is no part of it — but not beside a
 * production word's syllable: "운영ㅇ에", "운ㅇ영" are look-alikes, asked about.
 */
export const JAMO_IN_WORD = /(?<=[가-힣])(?<![운영프로덕션])[ㄱ-ㅎㅏ-ㅣ](?=[가-힣])(?![운영프로덕션])/g;
/** "운영은 건드리지 말고 개발만 재시작해줘", "leave prod alone and restart X in dev": kept out, another one named after. */
const LEAVE_ALONE_FOR_ANOTHER =
  /(?:(?:운영|프로덕션|스테이징|개발|prod|production|staging|stg|dev)(?:계|환경)?(?:은|는|엔|에는|쪽은)?\s?(?:건드리지\s?말고|그대로\s?두고|놔\s?두고)|(?:(?:don'?t|do\s+not)\s+touch\s+(?:prod|production|staging|stg|dev)|leave\s+(?:prod|production|staging|stg|dev)\s+alone|not\s+(?:to\s+|in\s+|on\s+)?(?:prod|production|staging|stg|dev)\s*[—–-])\s*(?:,|and|but)?(?:\s+(?:just|only))?)\s(?=.*(?:운영|프로덕션|스테이징|개발|(?<![a-z])(?:prod|production|staging|stg|dev)(?![a-z])))/;
/** "…, 운영은 건드리지 마", "but leave prod alone": an environment kept out of it, not the operation refused. */
const LEAVE_ALONE =
  /[,;]?\s*(?:(?:but|and)\s+)?(?:(?:운영|프로덕션|스테이징|개발|prod|production|staging|stg|dev)(?:계|환경)?(?:은|는|엔|에는|쪽은)?\s?(?:건드리지\s?(?:마|말)[가-힣]*|그대로\s?(?:둬|두)[가-힣]*|놔\s?둬[가-힣]*)|(?:don'?t|do\s+not)\s+touch\s+(?:prod|production|staging|stg|dev)|leave\s+(?:prod|production|staging|stg|dev)\s+alone)[.!~]*$/;

export function normalise(plainText: string): string {
  return withVerbalOrders(plainText)
    .replace(ARROW, ' → ')
    .replace(PUNCT, ' ')
    .replace(SPACES, ' ')
    .trim()
    .replace(SPACED_SYLLABLES, (m) => m.replace(SPACES, ''))
    .replace(SPACED_WORD, (m) => m.replace(SPACES, ''))
    .replace(GLUED_WORDS, (_m, word?: string, digit?: string) => (word ? `${word} ` : `${digit} `))
    .replace(GLUED_READ, '$1 ')
    .replace(GLUED_VERSION, ' ');
}
export const LIST_WORDS = /현황|목록|리스트|(?<![a-z])(?:list|overview)(?![a-z])/;
export const CHANGE_WORDS = INTENT_PATTERNS.filter(([i]) => CHANGE_INTENTS.has(i));
/** Read nouns for one-jamo typos beside a change word (이럭 → 이력). */
export const READ_NOUN_TYPOS: ReadonlyArray<readonly [string, Intent]> = [
  ['이력', 'history'],
  ['기록', 'history'],
  ['내역', 'history'],
  ['현황', 'status'],
  ['상태', 'status'],
  ['목록', 'list'],
];
/** Seen and told back (확인했어요, "confirmed, thanks"), no question: an acknowledgement. */
export const ACKNOWLEDGED =
  /^(?!.*\?).*(?:확인\s?(?:했어요|했습니다|했음|완료)|(?<![a-z])(?:confirmed|verified)(?:\s*,)?\s+(?:thanks|thank\s+you|thx|ty))/;
/** A read of something ("the history of X", foreign-reads.ts) is a deployment's only with one of these words. */
export const DEPLOYMENT_WORDS =
  /(?<![a-z])(?:apps?|applications?|services?|deploy\w*|releases?|rollbacks?|rollouts?|restarts?|changes|versions?|revisions?|tags?|images?|pods?|replicas?|running|live|clusters?|namespaces?|environments?|envs?|builds?)(?![a-z])/;
/** Any change word: a what-if around one is not a read. */
export const ANY_CHANGE = new RegExp(
  INTENT_PATTERNS.filter(([i]) => CHANGE_INTENTS.has(i))
    .map(([, re]) => re.source)
    .join('|'),
);
/** "showlogs", "checkstatus": a read verb run into its noun. */
const GLUED_READ = /(?<![a-z])(show|get|check|view|see)(?=logs?(?![a-z])|status|history)/g;
/** "frontendv1.0.1": an app name run into its version. */
const GLUED_VERSION = /(?<=[a-z]{3})(?=v\d+\.\d+)/g;
/** "api-serverlogs": a registered app's name run into a read word (checked against the apps by the reader). */
export const GLUED_APP_READ = /(?<![a-z0-9_-])([a-z][a-z0-9-]*?)(logs?|status|history)(?![a-z0-9])/g;
/**
 * "운영web-app16개로스케일", "billing-api1.18.4운영배포": a registered app typed without spaces, Korean before it or a
 * version or a count after it — spaced. A bare digit after the name ("web-app2") stays: it may be another app's name.
 */
export function spacedAroundApps(text: string, knownApps: ReadonlySet<string>): string {
  if (!/[가-힣]|\d/.test(text)) return text;
  let spaced = text;
  for (const name of [...knownApps].sort((a, b) => b.length - a.length)) {
    const at = spaced.indexOf(name);
    if (at < 0) continue;
    const escaped = literally(name);
    spaced = spaced.replace(
      new RegExp(
        `(?<=[가-힣])${escaped}(?![a-z0-9-])|(?<![a-z0-9-])${escaped}(?=[가-힣]|\\d+(?:\\.\\d|개|대|줄))`,
        'g',
      ),
      // "개발계batch-job:2027.01.16": an image reference keeps its tag joined on
      (m: string, at: number, whole: string) => (whole[at + m.length] === ':' ? ` ${name}` : ` ${name} `),
    );
  }
  return spaced === text ? text : spaced.replace(SPACES, ' ').trim();
}
/** "restartworker": an operation verb run into a registered app's name. */
export const GLUED_VERB =
  /(?<![a-z0-9_-])(deploy|restart|rollback|delete|remove|scale|redeploy)([a-z][a-z0-9-]*)/g;
/** "재시작하지 말고 로그만 보여줘", "재기동은 보류하고 로그 재조회 바람", "don't deploy frontend, just show me its status", "don't scale it, what's its status". */
export const INSTEAD =
  /말고|대신|보류하고|(?<=(?:마세요|마십시오|말아\s?주세요))[.!]?\s(?=\S+만\s)|(?:,\s*|\s)(?:just|only|but|instead|what'?s|tell\s+me|show\s+me|give\s+me)\s/;
/** "not to prod, to staging": the environment refused is the one after "not". */
export const REFUSED_BEFORE =
  /(?<![a-z])(?:not|never|instead\s+of|rather\s+than|except(?:\s+for)?|excluding|other\s+than|apart\s+from|(?:everywhere|everything|all|every\s+\w+)\s+but)\s+(?:(?:the|that|this)\s+[a-z0-9-]+\s+)?(?:(?:to|in|on|into|at)\s+)?(?:the)?\s*$/;
/** "except worker", "all apps but billing-api", "other than web-app", "…, bar auth-service": the app named after it is the one left out. */
export const LEFT_OUT_BEFORE =
  /(?<![a-z])(?:instead\s+of|except(?:\s+for)?|excluding|other\s+than|apart\s+(?:from|fae)|(?:everything|all(?:\s+(?:the\s+)?apps)?|every\s+app|everyone)\s+but)\s+(?:the\s+)?$|(?<=(?:the\s+lot|everything|all(?:\s+(?:the\s+)?apps)?|every\s+app)(?:\s+\S+){0,6}\s+)(?:bar|barring|save\s+for)\s+(?:the\s+)?$/;

export const REFUSED_AFTER =
  /^\s?(?:환경|서버)?\s?(?:은|는|이|가|도)?\s?(?:말고|아니고|아니라|아닌(?=\s)|(?:아님|아니야|아냐)(?![가-힣]|\s?[?？])|(?:만\s?)?아니면|빼고|제외|(?:instead(?!\s+of)|not|but\s+not))/;
/** "QA 환경", "to the sandbox", "로컬에", "uat frontend": an environment named that is none of ours. */
/** "운영 빼고", "prod 말고", "운영 제외하고", "운영만 아니면": the environment before it is left out. */
export const LEFT_OUT_AFTER =
  /^\s?(?:환경|서버)?\s?(?:은|는|이|가|을|를)?\s?(?:말고|아니고|아니라|빼고|(?:만\s?)?제외|(?:만\s?)?아니면)/;
/** "전 환경에", "all environments", "everywhere": every environment at once — which one is asked. */
export const ALL_ENVIRONMENTS =
  /(?<![가-힣])(?:전|모든|전체)\s?(?:환경|env(?:ironment)?s?(?![a-z]))|(?<![a-z])(?:all|every|each|both)\s+(?:the\s+)?(?:(?:two|three|3|2)\s+)?(?:environments?|envs?)(?![a-z])|(?<![a-z])everywhere(?![a-z])/;
export const EVERYWHERE = /(?<![a-z])everywhere(?![a-z])/g;
/** Cut-off production words: asked about, not taken (프로덕 재시작). */
export const LOOKALIKE_ALIASES = new Set(['프로덕']);
/** preprod, prodish, prd1: a production word inside another word. */
export const PROD_INSIDE = /prod|prd/;
/** "web-app 대신 api-server", "batch-job만 빼고 전부": the name before it is replaced or left out, not meant. */
export const REPLACED_AFTER =
  /^\s?(?:을|를|은|는|이|가)?\s?(?:대신|말고|(?:만\s?)?빼고|아니고|아니라|(?:만\s?)?제외|놔\s?두고|냅두고|그대로\s?두고|건드리지\s?말고)/;
/** "돌려줘" with nothing to turn it to ("이전 버전으로 돌려" is a rollback). */
export const BARE_TURN = /(?<![가-힣])돌려\s?(?:줘|봐|주세요|줄래)?\s*$/;
const STRAY_JAMO = /^[\u3131-\u318e]/;

/**
 * "운영분신", "운영연습반", "운영 불상 모형", "운영짭": a copy, a rehearsal or a mirror of production after its word — not it
 * ("운영 복제본" with a space is production's replicas); "운영 같은 데", "운영 비슷한 곳": a place like it.
 */
const COPY_OF_IT =
  /^(?!(?:환경|서버|계|쪽|팀|망|용|중|상|배포|재배포|재시작|재기동|롤백|삭제|상태|로그|기록|이력|목록|스케일|반영|적용|버전|측|클러스터|앱|단|DB|디비)?(?:에서|에도|에는|으로|에|의|은|는|도|만|이|가|을|를|까지|부터|한테|에다가?|빼고|말고|처럼|같이|이랑|랑|하고|과|와|로)*(?:해|하|했|된|될|해서|하고)?(?![가-힣]))[가-힣]{2,4}(?=(?:에\s?있는)?\s+[a-z]|(?:에|에서|에도|으로)\s)|^\s?(?:(?:같은|비슷한|유사한)\s?(?:데|곳|환경|서버)(?![가-힣])|복제(?!본)|복사(?!본)|백업|\s?(?:연습|목업|(?:테스트|시험|실험)\s?(?:컷|판|본|용|서버|[가-힣]{1,4}(?=에서|에도|에|의|\s))|분신|가계약|가안|초안|시안|가상|샘플|데모|미러|사본|모의|훈련|리허설|쌍둥이|짝퉁|짭|대역|모형|흉내|예행|클론|견본|모조|가짜|불상|모델하우스|코스프레|리믹스|시식|재방송|대리|\d군|소꿉놀이|마네킹|복기|재탕|시승|부적|양식장|분교|\s?구명정))|^\s(?!(?:서버|환경|클러스터|노드|파드|인스턴스|네임스페이스|버전|배포|레플리카|복제본|시스템|서비스|사이트|데이터|디비|로그|상태|도메인|리전|센터|채널)(?:에|에선))[가-힣]{2,5}(?=에서도|에서|에도|에선|에\s)|^\s(?!(?:서버|환경|클러스터|시스템|서비스|사이트|쪽|측|팀|망|앱|배포|상태|로그|기록|이력|버전)\s?쪽)[가-힣]{2,4}\s?쪽(?:에서|에도|에|의|은|는)?(?=\s)|^\s(?!기본|원본|일본|자본)[가-힣]{1,3}본(?=에|의|으로)/;
/** "스테이징양식장", "개발분교": a copy of staging or development glued to its word — which environment, asked. */
export const GLUED_COPY =
  /^(?:연습|분신|가계약|가안|초안|시안|가상|샘플|데모|미러|사본|모의|훈련|리허설|쌍둥이|짝퉁|짭|대역|모형|흉내|예행|클론|견본|모조|가짜|불상|모델하우스|코스프레|리믹스|시식|재방송|대리|소꿉놀이|마네킹|복기|재탕|시승|부적|양식장|분교|구명정)/;
/** "리허설 운영", "모의 운영", "가짜 운영": the same copy said before the word. */
const COPY_BEFORE_IT =
  /(?:연습|교육|실습|복제|백업|미러|사본|모의|훈련|리허설|짝퉁|짭|모형|예행|클론|견본|모조|가짜|재방송|녹화|대리|리믹스|시식|소꿉놀이|마네킹|복기|재탕|시승)(?:용|판|본|차)?\s?$/;

/** The word goes on past the alias into something else: 운영ㅇ, 프로덕숀 (프로덕 + 숀 ~ 프로덕션). */
export function lookalikeTail(t: string, alias: string, end: number): boolean {
  if (STRAY_JAMO.test(t.slice(end)) || MISTYPED_PARTICLE.test(t.slice(end))) return true;
  const next = t.slice(end, end + 1);
  if (!/[가-힣]/.test(next)) return false;
  const word = jamo(alias + next);
  return PRODUCTION_FUZZY_KO.some(
    (p) => p.length === alias.length + 1 && p !== alias + next && editDistance(word, jamo(p), 1) <= 1,
  );
}

/**
 * A production word read at `start`–`end` of `rest` that is a look-alike rather than production: "운영ㅇ", "프로덕숀" (a
 * stray letter), "실운영계", "운영쓰", "라이브섭", "프리프로드", "준운영", and a copy of it ("운영분신", "운영연습반").
 */
/**
 * "운영2 클러스터", "운영-3에", "운영쪽2", "운영-임시": a second or a temporary production — not it ("운영2개로" is a count).
 */
const NUMBERED_COPY =
  /^(?:쪽|계|측)?-?\d+(?!\d|\s?(?:개|대|replicas?|pods?|instances?|줄)(?![가-힣a-z]))|^-(?:임시|테스트|백업|복사본|구버전|old|temp|tmp|copy|backup|clone|legacy|sim)(?![가-힣a-z])/;
export function productionLookalikeAt(
  text: string,
  rest: string,
  alias: string,
  start: number,
  end: number,
): boolean {
  const beside = `${rest.slice(Math.max(0, start - 3), start)}|${rest[end]}`;
  return (
    LOOKALIKE_ALIASES.has(alias) ||
    lookalikeTail(text, alias, end) ||
    /[실준]\||\|[쓰섭]|프리\s?\|/.test(beside) ||
    // "운운영", "프프로덕션": the first syllable typed twice; "우운영": stretched as sung
    rest[start - 1] === alias[0] ||
    (alias === '운영' && rest[start - 1] === '우') ||
    // "ㅇ운영": a stray letter typed onto it (not "운영ㄱㄱ", a go after it)
    /^[ㄱ-ㅎㅏ-ㅣ]$/.test(rest[start - 1] ?? '') ||
    COPY_OF_IT.test(rest.slice(end)) ||
    NUMBERED_COPY.test(rest.slice(end)) ||
    COPY_BEFORE_IT.test(rest.slice(Math.max(0, start - 6), start))
  );
}

/**
 * `name` is `word` (an environment's word) typed `max` letters off — but an English word two or more letters off
 * staging or development is that word ("the noon seating is slammed"), never the environment.
 */
export function fuzzyEnvironmentWord(name: string, word: string, env: NlpEnvironment, max: number): boolean {
  const d = editDistance(name, word, max);
  return d <= max && (d < 2 || env === 'production' || !isEnglishWord(name));
}

/**
 * "운영헤": a syllable one key off 에 (헤, 애, 예, 네, 데 …) or 계 (게, 겡) ending the word, or 영 typed twice or a key off ("운영엉",
 * "운영영"); "운영체제" is a word of its own.
 */
const MISTYPED_PARTICLE = /^[헤애얘예네데레메베세제체케테페엉영게겡여](?![가-힣])/;

const spacedPatterns = new Map<string, RegExp>();
/** "web app" for the registered "web-app", as whole words (compiled once per name; bounded). */
export function spacedPattern(app: string, spaced: string): RegExp {
  let re = spacedPatterns.get(app);
  if (!re) {
    re = new RegExp(`(?<![a-z0-9_-])${spaced.replace(/\./g, '\\.')}(?![a-z0-9_-])`);
    if (spacedPatterns.size < 1000) spacedPatterns.set(app, re);
  }
  return re;
}

/** A registered app within a typo of the name (as the interpreter's near-miss check measures it). */
export function nearKnown(name: string, known: ReadonlySet<string> | undefined): boolean {
  if (!known) return false;
  const max = name.length <= 4 ? 1 : 2;
  for (const k of known)
    if (editDistance(name, k, max) <= max || editDistance(name, k.replace(/[-_.]/g, ''), max) <= max)
      return true;
  return false;
}

export function fuzzyMax(len: number): number {
  return len >= 7 ? 2 : len >= 4 ? 1 : 0;
}

/** "배포 현황", "deployment status" with no app: the state of every deployment. */
export const DEPLOYMENTS_OVERVIEW = /(?:배포|deploy(?:ment)?s?)\s?(?:현황|status)/;
/**
 * "is the gateway healthy on staging?", "운영 주문 시스템 상태 어때", "dev 크론 도는 거 상태": one thing asked about, described
 * or unregistered — which app, not a list.
 */
export const ONE_THING_ASKED_ABOUT =
  /(?<![a-z])(?:is|was)\s+the\s+(?!(?:apps?|services?|cluster|environment|env|pods?|whole|entire)(?![a-z]))[a-z][a-z0-9-]*\s+(?:healthy|up|ok|okay|running|fine|alive|down|ready)(?![a-z])|(?:운영|스테이징|개발|prod|staging|dev)\s(?!(?:전체|전부|모든|앱|서비스|서버들|다|쪽|환경|클러스터)(?![가-힣]))(?:[가-힣]{2,}\s){0,2}(?:시스템|서버|서비스|거|것|놈)\s?(?:의\s)?(?:상태|어때)/;
/** What is left of "cart-api stage?", "api-server up?" or "is auth-service on prod ok?" once the app and the environment are read. */
export const TERSE_STATUS_QUESTION =
  /^[\s,]*(?:(?:is|are)\s+)?(?:(?:on|in)\s+)?(?:(?:still\s+|now\s+|지금\s?)?(?:pods?\s+)?(?:up|down|ok|okay|alive|running|live|fine|restarting|crashing|crashlooping|pending|ready|deploying|rolling\s+out)\s*)?[\s?]*$/;
/** What may stand beside an app and a version in a terse deploy: a go-word, "tag", punctuation. */
/** "show me X on dev", "Tá, show me X and Y on dev", "Show me X on staging — the gateway is slow": an app shown, where, and only a greeting or a remark beside it. */
export const SHOWN_APP =
  /^(?:[^\s,.!?]+(?:\s[^\s,.!?]+)?[,.!]\s+){0,2}(?:please\s+|pls\s+|can\s+you\s+)?show\s+(?:me\s+|us\s+)?[a-z0-9-]+(?:\s+(?:and|&)\s+[a-z0-9-]+)?(?:\s+(?:on|in|at|from)\s+[a-z가-힣-]+)?(?:\s+(?:please|pls|now|thanks))?(?:[\s.!?]*$|\s*(?:[,.]|—|–|\s-\s)\s*[^\s,]+[\s,]+\S.*$)/;
/** A Hangul word right before a go-word that is none of the words that only hurry it ("빨리 ㄱㄱ", "지금 ㄱㄱ"). */
export const UNREAD_WORD_BEFORE_GO =
  /(?<![가-힣])(?!(?:빨리|바로|지금|얼른|그냥|제발|빨랑|어서|당장|즉시|일단|얼릉|가즈아|후딱|냉큼|싹|다|전부|모두|좀|쫌|버전|태그|이걸로|그걸로|이거|그거|그럼|네|응|ㅇㅇ|오케이|고|가|까지|으로|로|에|에서|도)(?![가-힣]))[가-힣]{2,}\s*(?:ㄱㄱ|고고|ㄱ)(?![가-힣ㄱ-ㅎ])/;
export const TERSE_GO = /^[\s,:]*(?:(?:tag|태그|go|ship(?:\s+it)?|now|ㄱㄱ|ㄱ|고고|진행|→)[\s,:]*)*$/;
/** An operation or another read in any form ("deleting", "rolling", "logging", "changed", "지울까"). */
export const OPERATION_STEM =
  /(?<![a-z])(?:deploy|redeploy|restart|roll|delet|remov|scal|bounc|releas|ship|revert|replica|log|chang|kill|wip|need|mind|worth)|배포|재시작|롤백|지우|지울|삭제|스케일|늘리|늘릴|줄이|줄일|올릴|내릴|돌릴|로그|바뀌|바꾸/;
export const READ_ONLY_ASIDE =
  /(?:실행|작업|변경|배포)(?:은|는)?\s?(?:하지\s?(?:말고|마)|말고)|(?<![a-z])(?:but\s+)?(?:don'?t|do\s+not)\s+(?:run|execute|change|touch)\s+anything/;
export const ARROW_COUNT = /(?:^|\s)(?:\d{1,3}\s?)?→\s?(\d{1,3})(?![\d.])/;
export const SHOW = /보여|출력|(?<![a-z])(?:show|print|display|give\s+me)(?![a-z])/;
/** Words a jamo off an intent word that are words of their own: "응답이 느려" (slow) is no 늘려. */
export const NOT_A_TYPO_KO = new Set(['느려', '느리']);
export const APP_DEPLOYMENTS =
  /(?<![a-z])(?:deployments|releases|rollouts|deploys)(?![a-z])|배포\s?(?:목록|리스트)/;
export const BACK_TO = /(?<![a-z])(?:back\s+to|go\s+back)(?![a-z])/;
/** "업데이트 취소하고 되돌려": the first change is what the second undoes. */
export const UNDONE_THEN = /취소\s?하고|(?<![a-z])(?:cancel|undo)(?![a-z])/;
/** What joins two reads asked together ("상태랑 이력", "logs and status", "이력하고 로그"). */
export const READS_JOINED =
  /^\S{0,3}?\s?(?:랑|이랑|하고|와|과|및|그리고|,|&|\+)|(?<![a-z])(?:and|plus|then|&)(?![a-z])|\+|(?:보여\s?주|알려\s?주|확인해\s?주)(?:시)?고\s|그\s?다음에?/;
/**
 * What follows an environment word when it means something else: 운영 as the operations team or its people
 * ("운영지원팀 윤가람입니다", "운영팀 요청으로", "운영자") — but "운영부터", "운영서버", "운영 중" stay production —, 검증 as
 * the verification itself ("검증 완료되었습니다", "검증 결과", "검증이 끝나면") — "검증계", "검증에" stay staging —, live as
 * what is live ("the live chat freezes").
 */
export const NOT_THIS_ENVIRONMENT_AFTER: ReadonlyMap<string, RegExp> = new Map([
  [
    '운영',
    /^\s?(?:지원|관리|기획|총괄)?(?:팀|본부|부서|부장|센터|담당|자(?![가-힣])|자[가는를의님들에입인분께]|진(?![가-힣])|진[이은의에]|실장|그룹|조직|파트(?![너])|인력|회의|정책|매니저|위원회|기간|시간|일정|방식|비용)/,
  ],
  // "개발팀 말로는", "개발자 포털", "개발 끝난 육포 세트": who develops or what was developed, not the environment
  [
    '개발',
    /^\s?(?:팀|자(?![가-힣])|자[가는를의님들에입인분께]|사(?![가-힣])|진(?![가-힣])|부서|본부|센터|담당|그룹|조직|회의|일정|기간|끝난|완료된|포털)/,
  ],
  // "라이브 채팅 위젯", "라이브 스코어": what is live, not the environment
  [
    '라이브',
    /^\s?(?:채팅|스코어|방송|중계|커머스|쇼핑|퀴즈|영상|스트리밍|경기|공연|구독자|시청자|판매|세일|특가|편성|링크|결제|주문|구매|상품|진행|쇼(?![가-힣])|때(?![가-힣])|중(?![가-힣]))/,
  ],
  // "the live chat", "live scores", "live 스코어": what is live, not the environment
  [
    'live',
    /^\s+(?:chat|stream|streaming|scores?|match|broadcast|events?|feed|updates?|video|viewers?|commerce|shopping|show|tracking|tracker|map|leaderboard|results?|quiz)(?![a-z])|^\s?(?:채팅|스코어|방송|중계|커머스|쇼핑|영상|스트리밍|경기|공연|점수|결과|퀴즈)/,
  ],
  [
    '검증',
    /^\s?(?:완료|끝|결과|됐|되었|되면|된|했|하고|해서|하면|을|를|이(?![가-힣])|이\s|작업|단계|절차|팀|담당|중(?![가-힣]))/,
  ],
]);

/** The message ends on a question, or on a question and a short note after it ("And worker there? Quick q."). */
export const ASKED_LAST = /\?\s*(?:[^?.!]{1,24}[.!]?\s*)?$/;
