/** Whether a sentence is the order to make a change: its predicate, in Korean (verb last) or English (verb first). */
import { editDistance } from './korean.js';
import { DICTIONARY_WORDS, ENV_ALIASES, REFERENT_ADJECTIVE, STOP_WORDS } from './lexicon.js';
import type { Intent } from './types.js';
import {
  ORDER_AFTER_KO,
  POLITE_EN,
  PLEASE,
  POLITE_START,
  CHANGE_PATTERNS,
  ORDER_WORDS,
  OPERATION_VERB_PAST,
  PAST_EVIDENCE,
  PAST_FORM,
} from './safety-words.js';

/** The operation's own word followed by an order ("배포해 줄래?", "can you restart …", "… please"). */
export function politeOrder(intent: Intent, t: string): boolean {
  const op = CHANGE_PATTERNS.get(intent);
  if (!op) return false;
  const m = op.exec(t);
  // "we rolled it back" reports; "can payment-svc be rolled back, please?" asks for it
  if (m && PAST_FORM.test(m[0]) && !PASSIVE_ASKED.test(t.slice(0, m.index))) return false;
  if (m && ORDER_AFTER_KO.test(t.slice(m.index + m[0].length, m.index + m[0].length + 12))) return true;
  for (const p of t.matchAll(POLITE_EN))
    if (op.exec(t.slice(p.index + p[0].length))?.index === 0) return true;
  // "please deploy X, the restart loop is fixed": the please asks for the operation said first, not for one a remark
  // after it names
  if (m && anotherChangeBefore(intent, t, m.index)) return false;
  // "can you … please", "please …": a request whatever its words (a typo of the verb, a terse object)
  return PLEASE.test(t) || POLITE_START.test(t);
}

function anotherChangeBefore(intent: Intent, t: string, at: number): boolean {
  for (const [other, re] of CHANGE_PATTERNS) {
    if (other === intent) continue;
    const m = re.exec(t);
    if (m && m.index < at) return true;
  }
  return false;
}

/** "can X (in Y) be …", "could it be …": a passive request; its verb is a past participle. */
const PASSIVE_ASKED = /(?:^|\s)(?:can|could)\s+(?:\S+\s+){1,6}?be\s+$/;

/** Words that may stand around an order without changing it ("좀", "now", "please", "to", "the"). */
const FILLER = new RegExp(
  `^(?:아삽|아삽으로|에이샙|좀|쫌|좀요|ㅈㅅ|조치|조치해주세요|조치해줘|잘|단디|퍼뜩|언능|싸게|조심히|조심해서|신중히|신중하게|꼼꼼히|꼼꼼하게|아웃|다운|업|쫌요|더|말고|아니고|대신|완전히|깨끗이|깔끔하게|다시|바로|지금|빨리|당장|얼른|어서|한번|한|번|부탁|부탁해|부탁해요|ㄱㄱ|고고|ㄱ|쳐|쳐줘|쳐줘요|쳐주세요|때려|때려줘|때려줘요|해주삼|해주셈|고|커밋|브랜치|임|이에요|입니다|방금|이거|그거|저거|이것|그것|해당|앱|서비스|전체|모든|다|새로|새|최신|거|것|걸|빌드한|빌드된|` +
    `\\d+(?:개|대|줄|번|번째)?|싹|전부|모두|한번|두|세|네|다섯|여섯|일곱|여덟|아홉|열|개|대|환경|서버|쪽|계|이전|예전|직전|전|버전|리비전|태그|이미지|` +
    `please|pleas|pls|plz|plse|now|asap|rn|again|right|away|quickly|then|ok|okay|just|to|in|on|into|onto|at|for|from|with|of|the|a|` +
    `replicas?|pods?|instances?|copies|version|revision|rev|tag|image|commit|branch|build|app|service|env|environment|` +
    `more|less|up|down|out|back|over|it|its|them|this|that|everything|all|me|us|and|as|well|too|also|` +
    `immediately|entirely|completely|fully|previous|prior|last|latest|stable|good|working|known-good|built|newly|one|same|current|thanks|thank|you|pod|` +
    `cluster|namespace|copy|replica|zero|two|three|four|five|six|seven|eight|nine|ten|go|there|` +
    `dev|development|develop|stg|stage|staging|prod|production|prd|live|개발|스테이징|운영|프로덕션)$`,
);
const HANGUL_TEXT = /[가-힣]/;
/** Where the clause holding the verb starts: "billing-api release went bad, revert it". */
const CLAUSE_START =
  /(?:[,;:!?]|\.{1,3}|(?<![a-z])(?:so|then|actually|anyway))\s*(?!.*(?:[,;:!?]|\.{1,3}|(?<![a-z])(?:so|then|actually|anyway))\s)/;
/** After "전 버전으로": the verb that takes it there ("다시 배포", "올려줘", "가자"). */
const ROLLBACK_TAIL =
  /^(?:다시|재)?(?:배포|올려|올리|가|가자|갑시다|돌아가|돌아가자|돌려|복구|복원|deploy|redeploy)(?:해|해줘|해주세요|하자|줘|주세요|자|요)?$/;
/** Everything up to a Korean reason clause ("…됐으니까 ", "…끝났으니 "): the order comes after it. */
const KO_BECAUSE = /^.*(?:니까|으니|났으니|했으니|됐으니)\s/;
/** "있는", "없는", "하는": a verb describing the next noun ("스테이징에 있는 거"), not a topic. */
const ADNOMINAL = /(?:있|없|하|되|않)는$/;
/** A Hangul word marked as subject or topic (주제는, 팀장님이). */
const TOPIC_WORD = /[가-힣](?:은|는|이|가|도|께서)$/;
/** Words that may stand before an English order verb besides names ("staging order-api pods restart"). */
const LEAD_WORDS = new RegExp(
  `^(?:give|turn|the|a|an|quick|fresh|clean|rolling|gentle|graceful|full|hard|soft|pods?|environment|env|please|now|just|ok|okay|all|one|${REFERENT_ADJECTIVE})$`,
);
/** Where an order's clause ends: a reason, a purpose or an aside may follow ("…, it's stuck", "… for testing of X"). */
const CLAUSE_END =
  /[,;]|\s(?:because|since|as|while|whilst|it's|its|it\s+is)\s|\sfor\s+(?:testing|tests?|qa|debugging|review|verification|(?:the|a)\s+demo)(?![a-z])/;
/** "todev", "onstaging": a preposition run into the environment. */
const GLUED_PREPOSITION = /^(?:to|on|in|into|from)(?=dev|stag|stg|prod|live)/;
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
  /^(?:(?:해|헤|하|시켜|부탁|진행|실행|처리|요청|좀|돌려|돌리|되돌려|올려|올리|내려|띄워|가|갑|리|려|워|아|어)?(?:해|헤|하|시켜)?(?:줘|줘요|쥬|죠|주세요|합니다|시다|주라|줄래|줄래요|주실래요|주시겠어요|주십시오|주시면|줄\s?수|드려요|드립니다|드려|드릴게요|드릴께요|드리겠습니다|라|자|봐|봐요|요|셈|세요|십시오|버려|놔|둬|ㄱㄱ|ㄱ|고고|ㅓ|주ㅓ|주세여|세여|줘여|졍|줘잉|줭|줘용|죵|주세용|쥬세요|주세욤|주세욥|주셈|시기)?|쳐(?:줘|줘요|주세요|라)?|합시다|해야지|가자|갑시다|가시죠|가시지요|가죠|돌려|돌리자|바람|바랍니다|요망|조치|요청(?:함|합니다|드립니다|드려요|해요))(?:좀?(?:빨리|얼른|급히|당장|어서))?[.!~]*$/;
/** The operation word's own conjugation, glued to it (배포"해줘", 올"려줘", 재시작"하자"); a report ("배포했음") is not. */
const GLUED = /^[가-힣ㄱ-ㅣ]{1,8}/;
/** Particles that may be glued to the operation word before its order ("배포를 해줘", "재시작 좀"). */
const GLUED_PARTICLE = /^(?:을|를|도|만|좀|은|는|으로|로|에|에서|까지|이랑|랑)$/;
/** What may open an English order before its verb: politeness, "can you", an environment, an app name. */
const LEAD_EN =
  /^(?:(?:please|pls|plz|ok|okay|now|just|hey|so|then|and|alright|kindly|quickly|also|go\s+ahead\s+and|crack\s+on\s+and|do\s+the\s+needful\s+and|let'?s|let\s+us|make|dev|development|staging|stg|prod|production|live|can\s+you|could\s+you|would\s+you|will\s+you|(?:i|we)\s+(?:want|need)(?:\s+(?:you\s+)?to)?|i'?d\s+like\s+(?:you\s+)?to|time\s+to|you\s+can|[a-z0-9][a-z0-9._:/-]*[-\d][a-z0-9._:/-]*)[\s,:]+)*$/;

/**
 * Whether the sentence's predicate is the order to make the change: in Korean the operation word ends the
 * sentence (the verb comes last: "…배포해 주세요", "… 재시작 좀 해줘", "… 롤백"); in English the operation
 * verb opens its clause ("deploy …", "please roll back …", "can you restart …", "web-app restart") and only its
 * objects follow.
 * "배포 자동화 너무 좋다", "the restart policy is Always", "다음 주 배포 일정 공유해줘" are not orders.
 */
/** "8개로 늘려야 할 것 같기도 해요", "재시작해야 할 듯", "롤백해야 하나", "늘릴까 말까": the change thought needed, not ordered. */
/**
 * "…해야 할 것 같아", "looks like it's leaking memory, maybe the 4.2.1 build": a guess — a bare count or version beside
 * it orders nothing.
 */
const HEDGED =
  /(?<=[가-힣])(?:릴|할|될|갈|올|줄|일|칠|울|킬|를)까(?:\s?말까|요)?(?=[\s.!?~,]|$)|[가-힣]야\s?(?:(?:할|될)\s?(?:것|거)\s?같|(?:할|될)\s?듯|하나|할까|되나|될까|하지\s?않을까)|(?<![a-z])(?:looks\s+like|seems\s+(?:like|to)|maybe|probably|might\s+be|could\s+be)(?![a-z])|아마(?:도)?\s|(?:인|일)\s?(?:것|거)\s?같|(?:탓|때문)일\s?(?:거|것|듯)/;
export const hedges = (t: string): boolean => HEDGED.test(t);

export function isOrder(intent: Intent, t: string, names: ReadonlySet<string>): boolean {
  const global = ORDER_WORDS.get(intent);
  if (!global || HEDGED.test(t)) return false;
  if (politeOrder(intent, t)) return true;
  let last: RegExpExecArray | undefined;
  let first: RegExpExecArray | undefined;
  for (const m of t.matchAll(global)) {
    first ??= m;
    last = m;
  }
  // only a typo of the word (deplyo, 롤뱍): read as it stands — a past form ("we deployed …", "늘렸어요") is a report
  if (!first || !last) return !PAST_EVIDENCE.test(t) && !OPERATION_VERB_PAST.test(t);
  // "we rolled back cart-api last night": a report
  if (PAST_FORM.test(first[0])) return false;
  // English when the verb is English and no Korean ending follows it ("혹시 write a script to deploy …")
  if (
    !HANGUL_TEXT.test(t) ||
    (/^[a-z]/.test(first[0]) && !HANGUL_TEXT.test(t.slice(first.index)) && !englishVerbLast(t, last))
  ) {
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
    // the clause ends the order: "restart auth-service on dev, it's stuck"; so does the event it must come before
    // ("… before the umpires come out": now, ahead of it)
    const objects = t.slice(first.index + first[0].length).split(CLAUSE_END)[0];
    return onlyObjects(objects, names) || namesOnlyBefore(objects.split(AHEAD_OF_EVENT), names);
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

const AHEAD_OF_EVENT = /\s(?:before|ahead\s+of|in\s+time\s+for|prior\s+to)\s/;
/** The order's app and environment, only they, and then the event it must come before. */
function namesOnlyBefore([head, event]: string[], names: ReadonlySet<string>): boolean {
  if (event === undefined) return false;
  const words = head.replace(SENTENCE_PUNCT, ' ').trim().split(/\s+/);
  const named = (w: string) => names.has(w) || ENV_ALIAS_WORDS.has(w);
  return words.some(named) && words.every((w) => named(w) || STOP_WORDS.has(w) || FILLER.test(w));
}

/** Only an ending after an English verb closing a Korean sentence ("… dev에 preview deploy", "… stuck임 restart"). */
const EN_VERB_CLOSES =
  /^[\s.!~]*(?:(?:please|pls|plz|now|asap|rn|ㄱㄱ|고고|좀|해|해줘|해주세요|하자)[\s.!~]*)*$/;
/** An infinitive or a noun phrase before the verb ("… a script to deploy", "the deploy"): no order. */
const NOT_A_VERB_BEFORE = /(?:^|\s)(?:to|a|an|the|my|our|this|that|will|would|can|could|should|how)\s*$/;

/** A Korean sentence closed by an English operation verb: read as Korean, verb last ("… 태그로 dev deploy"). */
function englishVerbLast(t: string, last: RegExpExecArray): boolean {
  const before = t.slice(0, last.index);
  return (
    HANGUL_TEXT.test(before) &&
    !NOT_A_VERB_BEFORE.test(before) &&
    EN_VERB_CLOSES.test(t.slice(last.index + last[0].length))
  );
}

/** Nothing but fillers, names, numbers, environments and an ending word. */
export function onlyObjects(
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
    // a particle written apart ("… 2.9.0 으로 update") or a Latin verb made adnominal ("build한 거")
    if (bare === '' || /^[a-z]+(?:한|된)$/.test(bare)) continue;
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
