/** Places people name that are none of our environments: asked about, never the default nor the environment a name starts with. */
import { REFUSED_AFTER } from './reader-patterns.js';

/** "QA 환경", "to the sandbox", "the test server", "우리 환경에": a place named that we do not have. */
export const UNREGISTERED_ENVIRONMENT =
  /(?<![a-z])(?:the\s+)?test\s+server(?![a-z])|테스트\s?서버|테섭|테스트\s?섭|(?:다른|나머지)\s?(?:쪽\s?)?환경|(?<![a-z])(?:the\s+)?other\s+env(?:ironment)?s?(?![a-z])|(?<![가-힣ㄱ-ㅎ])ㅇㅇ(?=에|에서|에도|쪽|서버)|큐에이\s?(?:서버|환경|쪽|팀)?|한\s?단계\s?(?:더\s?)?(?:위로|올려|올리)|상위\s?환경|(?<![a-z])(?:one\s+(?:more\s+)?(?:step|stage|level)\s+(?:up|further|higher)|up\s+one\s+(?:more\s+)?(?:step|stage|level))(?![a-z])|qa(?:팀)?(?:가|이)?\s?쓰는\s?(?:데|곳|서버|환경)|(?<![a-z])(?:env(?:ironment)?|box|server|one)\s+we\s+demo\s+(?:from|on)(?![a-z])|데모\s?(?:용\s?)?(?:서버|환경)|^(?:qa|uat|perf|sandbox|canary)\s+(?=[a-z])|(?<![a-z])(?:to|on|in)\s+(?:the\s+)?usual\s+(?:place|env(?:ironment)?|spot|cluster)(?![a-z])|우리\s?환경|늘\s?(?:하던|쓰던)\s?(?:곳|환경|데)|(?:어제|그제|지난번|저번|아까)\s?(?:올린|올렸던|배포한|배포했던|깔았던|띄운|띄웠던)\s?(?:데|곳|환경)(?=에|로|으로|\s)|(?<![a-z])(?:to\s+|in\s+|on\s+)?(?:the\s+)?same\s+(?:place|env(?:ironment)?|spot)\s+as\s+(?:yesterday|last\s+time|before)(?![a-z])|(?<![a-z])where\s+(?:i|we|you)\s+(?:put|deployed|shipped)\s+it\s+(?:yesterday|last\s+time|before)(?![a-z])|(?<![a-z])(?:(?:to|on|in|into|onto)\s+(?:the\s+)?(?:qa|uat|perf|sandbox|local|canary|preview)(?![a-z])|(?:qa|uat|perf|sandbox|canary|preview)(?:\s+(?:env(?:ironment)?|server|cluster))?(?=\s+[a-z][a-z0-9]*-[a-z0-9-]+|\s*(?:환경|서버|에서?|으로|로)|\s+(?:env(?:ironment)?|server|cluster)(?![a-z])))|(?:샌드박스|로컬|테스트\s?환경|검수\s?환경)(?:\s?환경)?(?=\s|에(?!서는|선)|의|으로|로|쪽)|(?<![a-z])qa\s?(?:쪽|환경|서버)(?!에서)|(?<![a-z])dr\s?(?:사이트|센터|환경|site|env(?:ironment)?|region|cluster)(?![a-z])|재해\s?복구\s?(?:센터|사이트|환경)|(?<![가-힣])(?!(?:운영|개발|상용|프로덕션|스테이징)용)[가-힣]{1,6}용\s?(?:환경|서버)|백업\s?(?:센터|사이트|환경|서버)|(?<![a-z])(?:backup|disaster\s+recovery)\s+(?:site|cent(?:er|re)|cluster|region)(?![a-z])|(?<![a-z])(?:on|in|to)\s+(?:my|our)\s+local(?![a-z])|(?<![a-z])(?:on|in|to|into)\s+the\s+lab(?![a-z])|실험실(?:에|에서|로)/;

/**
 * Production described by who uses it rather than named ("the real site", "where the restaurants actually place their
 * orders", "the servers that take real money"): asked about as a production look-alike, never the default.
 */
export const DESCRIBED_PRODUCTION =
  /(?<![a-z])(?:on|to)\s+the\s+big\s+one(?![a-z])|(?<![a-z])the\s+one\s+every(?:body|one)(?:['’]s|\s+is)\s+(?:watching|using)|(?<![a-z])the\s+(?:system|server|site|one)s?\s+that\s+(?:pays?|serves?|takes?)\s+real(?![a-z])|(?<![a-z])(?:on|in|to)\s+the\s+real\s+one(?![a-z])|(?<![a-z])(?:on\s+|to\s+|in\s+)?the\s+(?:servers?|boxes|ones?|env(?:ironment)?|cluster)\s+(?:that|which)\s+(?:matters?|counts?|customers\s+(?:use|hit|see))(?:\s+today)?(?![a-z])|(?<![a-z])(?:the\s+)?(?:real|public|customer-?facing)\s+(?:site|website|servers?|box(?:es)?|environment|env)(?![a-z])|(?<![a-z])the\s+real\s+[a-z]+\s+(?:site|website|servers?|environment|env)(?![a-z])|(?:실제|진짜|실)\s?(?:환자|고객|손님|사용자|유저|회원|수납|결제)[가-힣]*(?:\s\S+){0,4}?\s(?:서버|환경|데|곳|쪽)(?=에|의|이|가|\s|$)|(?<![a-z])where\s+(?:the\s+|our\s+)?(?:customers|users|restaurants|people|clients|buyers|shoppers|players)\s+(?:actually\s+|really\s+)?(?:see|use|place|order|pay|shop|buy|play)(?![a-z])|(?<![a-z])(?:servers?|box(?:es)?|machines?)\s+(?:that\s+)?(?:take|takes|handle|handles|process|processes)\s+real\s+(?:money|orders|payments|customers)(?![a-z])|(?<![a-z])(?:servers?|box(?:es)?)\s+real\s+(?:orders|money|payments|customers)\s+go(?:es)?\s+through(?![a-z])/;

/** "스테이징2에", "개발-2", "스테이징-B 환경": a numbered or lettered copy right after an environment word (not a count). */
export const NUMBERED_COPY_AFTER =
  /^-?(?:\d+(?![\d.]*\s?(?:개|대|줄|번|명|시|분|초|replicas?|pods?|lines?|%|퍼센트))|[a-z](?![a-z]))(?=\s|에|의|쪽|환경|서버|로|으로|[,.!?]|$)/;

/**
 * A place that is none of our environments wherever it stands: a numbered or lettered copy of one ("stg2", "dev-b",
 * "prod-eu", "staging-old"), a namespace ("kube-system", "default 네임스페이스"), or a blue/green or canary slot.
 */
const PLACE_WE_DO_NOT_HAVE = new RegExp(
  [
    '(?<![a-z0-9_-])(?:dev|develop|development|stg|stage|staging|prod|prd|production|live)(?:-?\\d+|-(?:[a-z]|old|new|eu|us|kr|jp|asia|backup|copy|blue|green|cluster|k8s|eks|gke|aks))(?![a-z0-9_-])',
    // "kr-prod-1", "eu-staging": a region's own copy of an environment (blind round 245)
    '(?<![a-z0-9_-])(?:kr|us|eu|ap|jp|sg|de|uk|ca|au|in|cn)-(?:dev|stg|staging|prod|prd|production|live)(?:-\\d+)?(?![a-z0-9_-])',
    // "fraud-ml 네임스페이스", "namespace month-end", "-n payments", "on eks-cardiff-1": a namespace or a cluster by its own name
    '(?:(?<![a-z])(?:in|on|from|to|into)\\s+(?:the\\s+)?|(?<![a-z0-9-]))(?!(?:dev|develop|development|stg|stage|staging|prod|prd|production|live|the|this|that|our|its|same|each|every|which|one|a|default)(?![a-z0-9-]))[a-z][a-z0-9-]*\\s?(?:네임스페이스(?=의|에|로|\\s)|(?<=(?:in|on|from|to|into)\\s+(?:the\\s+)?[a-z][a-z0-9-]*\\s?)namespace(?![a-z]))',
    '(?<![a-z-])(?:--namespace|-n|ns)(?:\\s*=\\s*|\\s+)(?!(?:dev|develop|development|stg|stage|staging|prod|prd|production|live|default)(?![a-z0-9-]))[a-z][a-z0-9-]*',
    '(?<![a-z0-9-])(?:eks|gke|aks|k3s|ocp|openshift)-[a-z0-9-]+',
    'kube-(?:system|public|node-lease)',
    '(?<![a-z])default\\s?(?:네임스페이스|namespace|ns)(?![a-z])|(?<![a-z])(?:namespace|ns)\\s+default(?![a-z])',
    '(?:그린|블루|(?<![a-z])green|(?<![a-z])blue)\\s?(?:환경|쪽|서버|env(?:ironment)?|slot|side|stack)(?![a-z])',
    // "the canary has failed", "카나리가 실패했어": the canary reported on, a reason — no place asked for
    '카나리(?:\\s?(?:쪽|환경|서버))?(?!\\s?(?:가|는)?\\s?(?:실패|터졌|죽었|망했|깨졌))|(?<![a-z])canary(?![a-z])(?!\\s+(?:(?:has|had|just|is|was)\\s+)?(?:failed|failing|fails|broke|broken|died|crashed|went\\s+red|is\\s+red))',
    // an on-premises copy, someone's own machine, a blue/green pair, QA or a sandbox beside one of ours (round 160)
    '온\\s?프레미스|온프렘|(?<![a-z])on-?prem(?:ise|ises)?(?![a-z])|(?<![a-z])blue\\s?/\\s?green(?![a-z])|블루\\s?/\\s?그린',
    '내\\s?(?:pc|피씨|컴퓨터|노트북|맥북)|(?<![a-z])(?:to|onto|into)\\s+(?:my|our)\\s+(?:pc|laptop|machine|desktop)(?![a-z])|(?<![a-z])localhost(?![a-z])',
    '(?:이랑|랑|하고|및|(?<![a-z])and(?:\\s+the)?)\\s?(?:qa|uat|sandbox|샌드박스)(?![a-z])|(?<![a-z])(?:qa|uat|sandbox)\\s?(?:이랑|랑|하고|and\\s)',
    // "the production meeting", "our staging area for parcels": the words as ordinary words, no environment of ours
    '(?<![a-z])(?:production\\s+(?:meeting|line|schedule|floor|crew|notes)|staging\\s+area)(?![a-z])',
    // "delete billing-api from pr-preview-88": a pull request's preview or a feature's own namespace
    '(?<![a-z])(?:to|on|in|into|onto|from)\\s+(?:the\\s+)?(?:pr|preview|review|feature|ephemeral|sandbox|tmp|temp)-[a-z0-9-]+(?![a-z0-9_-])',
    // "Restart auth-service on the horses in work, …": a place described by things it holds, none of our names
    '(?<=[a-z0-9]-[a-z0-9]+\\s)on\\s+the\\s+(?:[a-z]+\\s+){0,2}[a-z]+s(?:\\s+in\\s+[a-z]+)?(?=\\s*[,;—–]|\\s*$|\\s+(?:please|pls|now|asap)(?![a-z]))',
  ].join('|'),
);

/**
 * A cloud region ("us-east-1", "서울 리전") or a cluster by its own name ("the eu cluster", "k8s-busan-01"): the place
 * asked when no environment of ours is said ("remove it from staging, we moved to the new cluster" names staging).
 */
const OTHER_CLUSTER = new RegExp(
  [
    '(?<![a-z0-9-])(?:us|eu|ap|sa|ca|me|af)-(?:east|west|north|south|central|northeast|southeast|northwest|southwest)-\\d(?![0-9])',
    '[가-힣]{1,4}\\s?리전|(?<![a-z])region(?![a-z])',
    '(?<![a-z])k8s-[a-z0-9-]+',
    '(?<![a-z])(?:cluster|클러스터)(?![a-z])',
  ].join('|'),
);

/** Whether the text names such a place and does not refuse it ("prod-eu 말고 운영": no question). */
/**
 * "Deploy cart-api 2.1.1 to.", "deploy web-app to": the place was cut off after a version or an app (a dictation, a
 * message sent too soon, or the place struck through), or given as an emoji ("on 🔥", "🔥에서"), or cut to "pro" or trailing off ("from, um, the…") — asked, not the default.
 */
const PLACE_CUT_OFF =
  /(?:(?:\d[\w.+-]*|[a-z0-9]+-[a-z0-9-]+)\s+(?:to|onto)|`[^`]+`\s+(?:to|onto|on|in))\s*[.!]?\s*$|(?<![a-z])(?:on|in|to|into)\s+\p{Extended_Pictographic}|\p{Extended_Pictographic}\uFE0F?\s?(?:에서|에|으로|로)(?![가-힣])|(?<![a-z])(?:on|to|in|into|onto)\s+pro\s*[.!]?\s*$|(?<![a-z])(?:on|to|in|into|onto|from)(?:\s+the)?\s*(?:…|\.{2,})\s*$|환경(?:은|는|이|가)?\s*(?:…|\.{2,})\s*$|환경(?:은|는)\s*$/iu;
export const placeCutOff = (text: string): boolean => PLACE_CUT_OFF.test(text);

export function namesPlaceWeDoNotHave(text: string, ourPlaceSaid: boolean): boolean {
  const other = PLACE_WE_DO_NOT_HAVE.exec(text) ?? (ourPlaceSaid ? null : OTHER_CLUSTER.exec(text));
  return other !== null && !REFUSED_AFTER.test(text.slice(other.index + other[0].length).slice(0, 14));
}

/**
 * "아마 운영일 겁니다만, …", "I think it is prod only but please confirm once": the place said as a guess — asked about
 * like a look-alike, never taken as said (blind round 139).
 */
const HEDGED_ENVIRONMENT =
  /아마(?:도)?\s?(?:운영|프로덕션|스테이징|개발)|(?:운영|프로덕션|스테이징|개발)(?:일|인)\s?(?:겁니다|거예요|거야|걸요|듯|것\s?같)|(?<![a-z])(?:i\s+think|i\s+guess|i\s+believe|probably|maybe)\s+(?:it(?:'s|\s+is)\s+)?(?:on\s+)?(?:prod|production|staging|stg|dev)(?![a-z])|(?<![a-z])(?:prod|production|staging|dev)\s+i\s+(?:think|guess|believe)(?![a-z])/;
export const guessesEnvironment = (text: string): boolean => HEDGED_ENVIRONMENT.test(text);
