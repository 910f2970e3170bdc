import { speaksAsAnotherVoice } from './order-openings.js';
import { convertQwertyToHangul } from 'es-hangul';
import { KOREAN_NUMBER_SOURCE, inStandardForm } from './korean.js';
import { INTENT_PATTERNS, NEGATION } from './lexicon.js';
import { CHANGE_PATTERNS } from './safety-words.js';
import { keepingRecent } from './memo.js';
import { putOffUntilLater } from './later.js';

const EMOJI = /\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\p{Emoji_Modifier}/gu;

/**
 * Short answers to the service's own question: "응 진행해" / "yes, go ahead" confirm a plan that is waiting
 * for confirmation, "아니" / "cancel" cancel it. A reply is only a reply when it is nothing else: a number,
 * an app or an environment ("아니다 5개로", "no, staging") makes it a correction, read as a command.
 */
export type Reply = 'confirm' | 'cancel';

type Kind = Reply | 'neutral' | 'acknowledge' | 'hold';

const W = (alts: string) => `(?<![a-z0-9_-])(?:${alts})(?![a-z0-9_-])`;

/** Several-word phrases, removed first (so "안 해" is not read as "해", "don't do it" not as "do it"). */
const PHRASES: ReadonlyArray<readonly [RegExp, Kind]> = [
  [
    /안\s?(?:해|할래|할게|하자|할래요|할게요|해요)|하지\s?(?:마세요|마십시오|마라|마요|마용|마|말자|말아요|말아)(?![가-힣])|그만\s?(?:해|하자|둬|두자|두(?:시게|게나?|세요|십시오|시오|라|시지요))?|불방(?:입니다|이다|임|합니다)?/g,
    'cancel',
  ],
  [
    new RegExp(
      W(
        "yeah\\s+nah|yeah,?\\s+no(?=[\\s.!]*$)|no\\s+need|leave\\s+it\\s+be|leave\\s+it(?:\\s+(?:alone|as\\s+it\\s+is))?(?=[\\s.!]*$)|don'?t(?:\\s+do\\s+it)?|do\\s+not(?:\\s+do\\s+it)?|never\\s?mind|false\\s+alarm|hold\\s+off|forget\\s+(?:it|that)|not\\s+now|call\\s+it\\s+off|scratch\\s+that|(?:pull|scrap|kill|drop|bin)\\s+(?:that|it)(?!\\s+(?:to|on|in|back))|changed\\s+my\\s+mind|(?:drop|skip)\\s+(?:it|that)|not\\s+(?:during|while|in|at|on|until|before)\\s+(?:the\\s+)?[a-z-]+(?:\\s+(?:hours?|time|season|window))?|not\\s+(?:today|tonight|yet)",
      ),
      'g',
    ),
    'cancel',
  ],
  [
    new RegExp(
      W(
        "go\\s+ahead|go\\s+on|carry\\s+on|keep\\s+going|go\\s+for\\s+it|do\\s+it(?:\\s+anyway)?|let'?s\\s+(?:do\\s+it|go)|sounds\\s+good|of\\s+course|make\\s+it\\s+so|ship\\s+it|run\\s+it|i\\s+confirm|that'?s\\s+(?:right|correct|fine)|crack\\s+on|do\\s+go\\s+ahead|do\\s+the\\s+needful|go\\s+on\\s+then|send\\s+(?:it|her)|too\\s+easy|(?:nudge|bounce|restart|deploy|roll|bin|delete|scale)\\s+away|pode(?:\\s+(?:ir|mandar|seguir|fazer|apagar|reiniciar))?|manda\\s+ver",
      ),
      'g',
    ),
    'confirm',
  ],
  [
    new RegExp(
      W(
        'hold\\s+on|hang\\s+on|one\\s+(?:sec(?:ond)?|minute|moment)|just\\s+a\\s+(?:sec|second|moment|minute)',
      ),
      'g',
    ),
    'hold',
  ],
  // an elder's 하게체: "그리 하게", "그렇게 하도록 하게", "그리 하게나"
  [
    /(?:그리|그렇게|그대로)\s?(?:하도록\s?)?(?:하게나?|하시게나?|하세|하세요|하십시오|하시지요|하시죠|해\s?주게|해\s?주시게)/g,
    'confirm',
  ],
  // "진행해 주셔도 됩니다", "하셔도 돼요": you may go ahead ("안 해도 돼" is taken as a cancel above first)
  [
    /(?:진행|실행|계속)?\s?(?:해\s?)?(?:주셔도|하셔도|해도)\s?(?:됩니다|돼요|돼|좋습니다|좋아요|괜찮습니다|괜찮아요)/g,
    'confirm',
  ],
  // translationese: "그것은 진행되어져도 좋습니다", "진행되어지는 것이 허용됩니다"; "그것은 취소되어지는 것을 원합니다"
  [
    /(?:그것은\s?)?(?:(?:진행|실행|수행|적용)\s?)?되어\s?(?:져|지)?도\s?(?:좋습니다|좋아요|괜찮습니다|괜찮아요|됩니다|돼요)|(?:그것은\s?)?(?:진행|실행|수행)되어지는\s?것이\s?(?:허용됩니다|허락됩니다|승인됩니다)/g,
    'confirm',
  ],
  [/(?:그것은\s?)?(?:취소|중단|중지)되어지는\s?것을\s?원합니다/g, 'cancel'],
  // "오늘은 없던 일로 합시다": let it be as if never said; "시러 줄이지 마용": no, don't (whatever the verb)
  [
    /없던\s?(?:일|걸|것)\s?(?:으?로)?\s?(?:합시다|하자|해요|해|하죠|하겠습니다|할게요|할게|치자|칩시다|하십시오|하세요|해\s?주세요|해\s?주십시오)?|(?<![가-힣])(?:시러|시룽|싫어용)(?![가-힣])|(?<=[가-힣])지\s?(?:마세요|마십시오|마라|마요|마용|마|말자|말아요|말아)(?![가-힣])/g,
    'cancel',
  ],
  // typed without spaces: "응삭제진행", "네재시작진행해주세요"
  [
    /(?<![가-힣])(?:응|네|넵|예|ㅇㅇ)(?:삭제|재시작|재기동|배포|롤백|스케일)(?:진행|실행)(?:해|해줘|해주세요|해요)?(?![가-힣])/g,
    'confirm',
  ],
  [
    new RegExp(
      W(
        'thank\\s+you(?:\\s+(?:very\\s+)?much)?|thanks\\s+a\\s+lot|all\\s+good|with\\s+the|with\\s+it|for\\s+me|no\\s+(?:dramas|worries|problem)',
      ),
      'g',
    ),
    'neutral',
  ],
];

const ENDING =
  '(?:할|하라|하오|ㄱ+|고고?|해|해요|해줘|해\\s?주세요|해\\s?줘요|하세요|하자|합시다|함|할게|할게요|할래|할래요|해라|시켜|시켜줘|시켜\\s?주세요|시키세요|시키십시오|합니다|했어|했어요|했습니다|하겠습니다|하겠어요|해\\s?주십시오|하십시오|해\\s?주시기\\s?바랍니다|바람|요망|요|이요|하기\\s?바람)?';
const OPERATION =
  '(?:삭제|배포|롤백|재시작|재기동|재가동|리스타트|스케일링|스케일|스케일\\s?다운|반영|작업|요청|계획|그거|그걸|그것|이거|이걸)';

/** One word, whole. */
const WORDS: ReadonlyArray<readonly [RegExp, Kind]> = [
  [
    new RegExp(
      `^(?:응+|웅+|어|엉|네+|녜|넵+|넹+|(?:넹|넵|넴)(?:넹|넵|넴)|넴|예|옙|하모|하모예|기여|기우다|그라제|승인함|ㅇㅇ+|(?:ㅇㅈ)+|ㅇㅋ(?:ㅇㅋ)*|ㅇㅇㅋ|오케이|오케|오키|오라이|콜|좋아|좋다|좋아요|좋습니다|그래|그래요|그럽시다|그렇습니다|그렇소|맞아|맞아요|맞습니다|맞다|맞음|맞네|맞네요|당연하지|물론|물론이죠|고+|ㄱㄱ+|ㄱ|가자|ㄱㄱㄱ|(?:빨리|얼른|어서)\\s?(?:해|해줘|해요|ㄱ+)|해라|해버려|` +
        `(?:진행|실행|승인|확인(?!했)|계속|그대로|실시|시행|즉시\\s?시행|컨펌)${ENDING}|해|하오|해줘|해\\s?주세요|해요|하세요|부탁해|부탁해요|부탁드립니다|부탁합니다|부탁드리겠습니다)$`,
    ),
    'confirm',
  ],
  [
    /^(?:yes|yess+|yse|ys|oo|opo|yeah|yea|yep|yup|ya|y|sure|ok|sí|si|vale|dale|ndiyo|sawa|oké|okej|okay|k|kk|sige|righto|rightio|lgtm|confirm|confirmed|proceed|approve|approved|affirmative|correct|go|continue|execute|absolutely|definitely|alright|aight|fine|send|apply|ship|confirmado|beleza|bora|fechado)$/,
    'confirm',
  ],
  [
    new RegExp(
      `^(?:(?:아니){1,3}|아니다|아니요|아니오|아뇨|아냐|아니야|아니에요|아닙니다|아니우다|노|ㄴㄴ+|ㄴ|싫어|싫어요|됐어|됐어요|됐습니다|관둬|관두자|멈춰|말자|스톱|` +
        `(?:취소|중단|중지|정지|철회|캔슬)${ENDING}|철수|불가|취소요|취소예요|취소에요|취소할게요?|(?:취소\\s?){2,}|(?:취소(?:예요|에요)?\\s?){2,})$`,
    ),
    'cancel',
  ],
  [
    /^(?:no|nop|noo+|nope|nah|naw|n|hapana|hindi|não|nao|cancel|cancelled|canceled|abort|stop|halt|negative|don'?t|dont|nevermind)$/,
    'cancel',
  ],
  // a hold — "잠깐만", "hold on, one sec", "wait" — is no go and no no: the plan waits for the answer after it
  [/^(?:잠깐|잠깐만|잠깐만요|잠시만|잠시만요|잠만|wait|hold)$/, 'hold'],
  [
    // thanks, too: "네 감사합니다" thanks for what was said, it says no go ("그리 하게. 고맙네." does)
    // "확인했습니다": seen and noted, as an officer says it — not a go
    /^(?:확인했어|확인했어요|확인했습니다|확인했음|알겠어|알겠어요|알겠습니다|알겠다|알았다|알겠소|알았어|알았어요|알았습니다|그렇군요|그렇구나|그렇네요|이해했어요|이해했습니다|고맙네|고마워|고마워요|고맙습니다|감사합니다|감사해요|수고|수고가|수고했네|많네|got|understood|noted)$/,
    'acknowledge',
  ],
  [
    new RegExp(
      `^(?:${OPERATION}(?:을|를|은|는|도|로|으로)?|${OPERATION}${ENDING}|주세요|줘|줘요|주라|주십시오|주시기|주시길|바랍니다|바람|요망|것|조치|즉시|당장|해당|아|앗|음|흠|그럼|그냥|할게|할게요|암튼|아무튼|어쨌든|여튼|됐다|마|그건|그거는|anyway|좀|요|빨리|바로|지금|진짜|정말|일단|please|pls|plz|then|now|just|the|it|that|this|a|and|i|you|may|for|kindly|itself|only|also|cheers|brilliant|lovely|great|perfect|right|sorted|thanks|with|plan|operation|request|actually|sorry|oops|oh|um|umm|uh|uhh|er|erm|hmm|well|time|so|thing|asap|mate|ta|po|na|same|ah|fr|lol|ngl|lowkey|아따|즉시|싸게|lang|naman|talaga|execution|instances?|replicas?|pods?|ty|lah|leh|lor|sia|daw|can|plus|chop|bin|nudge|fair|enough|미련없음|결재|완료|허허|허허허|나무아미타불|동무|큐|괜찮습니다|괜찮아요|지워|지워버려|그렇게|그렇게요|그렇다면|이번|아하|그래도|자|see|quick|quickly|건|이상|오버|이상입니다|very|do|dude|bro|bruh|cara|mano|방금|지시는|지시|명령은|명령|요청은|말은|` +
        `delete|deletion|deploy|deployment|rollback|restart|scale|scaling|scale-down|scale-up|scale-out|scale-in|change|one)$`,
    ),
    'neutral',
  ],
];

function normalise(text: string): string {
  // "yes go go go 🚀", "yep 👍": an emoji says nothing a reply needs
  return inStandardForm(text.normalize('NFC'))
    .replace(EMOJI, ' ')
    .toLowerCase()
    .replace(/[.,!?~…"“”'`;:()[\]{}—–]|’/g, (c) => (c === "'" || c === '’' ? "'" : ' '))
    .replace(/\s+/g, ' ')
    .trim()
    .replace(GLUED_REPLY, '$1 ');
}
/** "ㅇㅇ진행시켜", "아니취소": a reply typed without spaces, its first word split off. */
const GLUED_REPLY = /^(ㅇㅇ+|ㅇㅋ|응|넵|네|예|아니)(?=진행|고고|ㄱㄱ|그냥|해|취소|좋아|콜)/;

/**
 * "confirm" / "cancel" when the command answers a plan waiting for confirmation: the whole command, or the answer
 * before a remark that only says why (see replyBeforeRemark); else undefined.
 */
export const readReply = keepingRecent((command: string): Reply | undefined =>
  notForTheService(command)
    ? undefined
    : (readBareReply(command) ?? replyBeforeRemark(command) ?? replyAfterReturning(command)),
);

/**
 * "응 여보, 박스는 창고 두 번째 칸에 있어", "네 팀장님, 지금 롤백 들어가려고요", "Yes, I know, Priya, I'm on it": a yes said to
 * a person by name or title; "klepaas: ✅ 승인 완료 — …": a line speaking as the service — no answer to a plan waiting
 * (blind rounds 171c and 172c).
 */
const SAID_TO_A_PERSON =
  /(?:^|[\s,])(?:여보|자기야|[가-힣]{1,5}님)\s?,|^(?:yes|yeah|yep|ok|okay|sure|right)[,\s]+(?:i\s+know[,\s]+)?[A-Z][a-z]+\s?,/;
const notForTheService = (command: string): boolean =>
  SAID_TO_A_PERSON.test(command) || speaksAsAnotherVoice(command);

/**
 * "다녀왔어요. 네, 롤백 진행해 주세요.", "I'm back — yes, go ahead": the speaker back from an interruption, then the
 * answer — the answer is to the plan still waiting.
 */
const BACK_AGAIN =
  /^\s*(?:(?:다녀|돌아|갔다\s?)?왔(?:어요|습니다|어|음)|(?:통화|전화|회의)\s?(?:끝났|마쳤)(?:어요|습니다|어|음)|(?:sorry,?\s+)?(?:i'?m|i\s+am|im)\s+back(?:\s+now)?|back\s+now|sorry\s+(?:about\s+that|for\s+the\s+wait))[\s.!,~…—–-]+(?=\S)/i;
function replyAfterReturning(command: string): Reply | undefined {
  const back = BACK_AGAIN.exec(command);
  if (!back) return undefined;
  const answer = command.slice(back[0].length);
  return readBareReply(answer) ?? replyBeforeRemark(answer);
}

/** The same when the whole command is such an answer — how a yes to the service's own question is read. */
export const readBareReply = keepingRecent((command: string): Reply | undefined => {
  if (notForTheService(command)) return undefined;
  const reply = readReplyAsTyped(command);
  // "dmd wlsgodgo" is "응 진행해" typed with the keyboard in English mode
  if (reply || !ENGLISH_KEYS.test(command)) return reply;
  try {
    return readReplyAsTyped(convertQwertyToHangul(command));
  } catch {
    return undefined;
  }
});
const ENGLISH_KEYS = /^[a-zA-Z ,.!~]+$/;
const SAYS_GO =
  /진행|실행|승인|계속|해\s?주|해줘|하세요|하십시오|하자|하게|하시게|삭제|배포|롤백|재시작|스케일|지워|(?<![a-z])(?:go|proceed|do\s+it|execute|continue|run\s+it|ship\s+it|send\s+it)(?![a-z])/;

/** "알겠습니다", "ok, noted", "잠깐만": an acknowledgement or a hold and nothing else (no go, no cancel). */
export function acknowledges(command: string): boolean {
  const kinds = kindsOf(command);
  return (
    kinds !== undefined &&
    (kinds.has('acknowledge') || kinds.has('hold')) &&
    !kinds.has('confirm') &&
    !kinds.has('cancel')
  );
}

/** The kinds of every word when the whole command is made of reply words, else undefined. */
function kindsOf(command: string): Set<Kind> | undefined {
  // "네?" is "pardon?", "됐어?" is "is it done?": a question is never an answer
  if (/[?？]\s*$/.test(command)) return undefined;
  let s = normalise(command);
  if (!s || s.length > 80) return undefined;
  const kinds = new Set<Kind>();
  for (const [re, kind] of PHRASES) {
    s = s.replace(re, () => {
      kinds.add(kind);
      return ' ';
    });
  }
  for (const token of s.split(' ')) {
    if (!token) continue;
    const word = WORDS.find(([re]) => re.test(token));
    if (!word) return undefined;
    kinds.add(word[1]);
  }
  return kinds;
}

function readReplyAsTyped(command: string): Reply | undefined {
  const kinds = kindsOf(command);
  if (!kinds) return undefined;
  // "잠깐만", "yes, one sec": held — no answer yet, unless a no comes with it ("wait no, hold it")
  if (kinds.has('hold') && !kinds.has('cancel')) return undefined;
  // "네 알겠습니다", "ok, got it": a yes that only acknowledges what was said — it runs nothing unless it also says go
  if (kinds.has('acknowledge') && !SAYS_GO.test(normalise(command))) return undefined;
  const confirm = kinds.has('confirm');
  const cancel = kinds.has('cancel');
  if (confirm === cancel) return undefined;
  return confirm ? 'confirm' : 'cancel';
}

/** A number, an environment or "instead" in what follows an answer corrects the plan: no remark. */
const CORRECTS =
  /\d|운영|프로덕션|스테이징|개발|말고|대신|아니|먼저|(?<![a-z])(?:prod|production|staging|stg|dev|live|instead|not|first|but)(?![a-z])|^[\s,;:—–-]*(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)(?![a-z])/;

const KOREAN_COUNT = new RegExp(`(?<![가-힣])${KOREAN_NUMBER_SOURCE}\\s?(?:개|대)`);
const NAMES_A_PLACE_OR_COUNT =
  /\d|운영|프로덕션|스테이징|개발|(?<![a-z])(?:prod|production|staging|stg|dev|live)(?![a-z])/;

/**
 * "취소 바람. 원인은 api-server 쪽", "ㄴㄴ 취소 QA 아직 씀", "ㄱㄱ 빨리 유저 항의 쏟아짐": an answer first, then only why.
 * After a sentence's end a cancel's why may name anything (it stops, whatever it says); otherwise why names no app,
 * version or other lower-case Latin name ("아니 cart-api 얘기한 거야", "응 web-app" correct or name the command), and
 * after a yes it names no operation, no read, no environment, no number — anything that could correct the plan.
 */
function replyBeforeRemark(command: string): Reply | undefined {
  // "no need, cancel. the vendor say not ready": the answer may run to any sentence break, not only the first
  for (const sentence of command.matchAll(SENTENCE_BREAK)) {
    const reply = answerThenWhy(
      command.slice(0, sentence.index),
      command.slice(sentence.index + sentence[0].length),
      true,
    );
    if (reply) return reply;
  }
  for (const dash of command.matchAll(DASH)) {
    const reply = answerThenWhy(
      command.slice(0, dash.index),
      command.slice(dash.index + dash[0].length),
      true,
    );
    if (reply === 'cancel') return reply;
  }
  const words = command.trim().split(/\s+/);
  for (let k = Math.min(2, words.length - 1); k >= 1; k--) {
    const answer = words.slice(0, k).join(' ');
    // "wait, don't delete it after all": an operation inside the answer makes it no bare one
    if ([...CHANGE_PATTERNS.values()].some((re) => re.test(answer.toLowerCase()))) continue;
    const reply = answerThenWhy(answer, words.slice(k).join(' '), false);
    if (reply) return reply;
  }
  return undefined;
}

const SENTENCE_BREAK = /[.!,;]\s+/g;
/** "No, scratch that — finance wants prod untouched": a no, a dash, then why (a yes before a dash may be a joke's). */
const DASH = /\s[—–-]+\s/g;

/** An app's or a version's shape: a Latin word with a hyphen, a dot, an underscore or a digit in it. */
const NAME_SHAPED = /[a-z][a-z0-9]*[-_.][a-z0-9]|[a-z]\d|\d/i;
/** Any lower-case Latin word ("응 worker" names the app "worker"); an acronym ("QA", "PG사") is none. */
const LATIN_WORD = /(?<![A-Za-z])[a-z]/;

/** "아 맞다, 전광판도 이상하던데": "oh, right" — a thing remembered, opening a remark; no yes to anything. */
const REMEMBERED = /^\s*(?:아|앗|아참|아\s참|오|참)\s?맞다[\s,.!~]*$/;
export const remembers = (answer: string): boolean => REMEMBERED.test(answer);

function answerThenWhy(answer: string, why: string, afterSentence: boolean): Reply | undefined {
  if (REMEMBERED.test(answer)) return undefined;
  // what follows made of answer words ("네 알겠습니다", "righto, cancel it then") is judged whole, above
  if (kindsOf(why) !== undefined) return undefined;
  const reply = readReplyAsTyped(answer);
  if (!reply) return undefined;
  // after a sentence's end, a why of a few words may hold ordinary words ("…, login 복구가 급해요"); right after the
  // answer, a Latin word may be the app it names; a name's shape is never a remark but after a cancel's full stop
  if (NAME_SHAPED.test(why) && !(afterSentence && reply === 'cancel')) return undefined;
  if (LATIN_WORD.test(why) && !(afterSentence && why.trim().split(/\s+/).length > 1)) return undefined;
  // the remark read as the rules read it: "tak, ale poczekaj" is a yes and then a wait, "네 근데 내일 해" a yes put off
  return onlyWhy(inStandardForm(why).toLowerCase(), reply, afterSentence) ? reply : undefined;
}

/**
 * After a yes: what asks for anything, holds back or keeps things as they are ("leave it running", "그냥 둬"), or asks
 * a question even without its mark ("네 이거 뭐야", "yes but why is it slow"), or goes to ask someone first ("어 잠만여 이거
 * 해도 되는지 팀장님꺼 확인하구 올께여") — no go.
 */
const ASKS_OR_HOLDS =
  /보여|알려|봐\s?줘|그냥|두고|둬|놔|냅둬|기다|잠깐|잠만|잠시만|는지|물어|여쭤|확인\S*\s?(?:올|와|오)|뭐|왜|어떻게|어케|언제|누가|무슨|어디|어느|(?<![a-z])(?:show|tell|give|list|help|leave|keep|hold|wait|stop|don'?t|no|never|later|what|why|how|when|who|which|where)(?![a-z])/;

const LATER_WORD = /이따가?|나중에|내일|(?<![a-z])(?:later|tomorrow)(?![a-z])/;
/** "넵, 근데 결제 없을 때만요", "yes but only on staging", "ok if nobody is paying": a yes with a but or a condition is no go. */
const BUT_OR_ONLY_IF =
  /근데|그런데|하지만|다만|대신|때만|경우에만|[가-힣]면(?:요)?[\s.!~]*$|(?<![a-z])(?:but|only\s+(?:if|on|in|when|after|for|to)|if|unless|as\s+long\s+as|provided|except|instead)(?![a-z])/;

/** "운영은 그냥 둬", "leave prod alone": what the remark names is kept as it is — no correction. */
export const KEEPS_AS_IS =
  /(?:그냥|그대로)\s?(?:둬|두|둘|놔)|놔\s?둬|냅둬|건드리지|(?<![a-z])(?:untouched|as\s+it\s+is)(?![a-z])|(?<![a-z])leave\s+(?:it|them)(?:\s+there)?(?=\s*[.!]*\s*$)|(?<![a-z])(?:leave|keep)\s+(?:it|them|[a-z-]+)\s+(?:alone|be|as\s+it\s+is|as\s+is|in\s+situ|untouched|where\s+it\s+is|for\s+(?:now|today|the\s+moment))(?![a-z])|^(?:just\s+|please\s+)?(?:leave|spare|skip)\s+(?:the\s+)?(?!(?:it|them|that|this|us|me)(?![a-z]))[a-z][a-z0-9-]*(?![a-z0-9-])(?!\s+(?:at|to|for)\s)/;

/** "아닙니다, cart-api는 그대로 두십시오": the remark ends on leaving it as it is — nothing after it to correct. */
const ENDS_KEEPING =
  /(?:그냥|그대로)\s?(?:둬|두|놔)[가-힣]*[\s.!~]*$|(?<![a-z])(?:alone|as\s+it\s+is|as\s+is|be|(?:leave|keep)\s+[a-z-]+\s+for\s+(?:now|today|the\s+moment))[\s.!]*$/;

/** "Attends, show me cart-api status first", "Never mind, just check its status": the wait or no asks for a read of an app — the read is the command. */
const ASKS_A_READ_OF = (remark: string) =>
  /보여|알려|확인|(?<![a-z])(?:(?:show|give|tell)\s+me|check|see|look\s+at)(?![a-z])/.test(remark) &&
  (NAME_SHAPED.test(remark) || /상태|로그|(?<![a-z])(?:status|logs?)(?![a-z])/i.test(remark));

function onlyWhy(remark: string, reply: Reply, afterSentence: boolean): boolean {
  if (reply === 'cancel' && ASKS_A_READ_OF(remark)) return false;
  // "아니다, 여덟 개로요": a no, then the count it should have been — a correction (after a yes, the count it confirms)
  if (reply === 'cancel' && KOREAN_COUNT.test(remark)) return false;
  // "아니, 일없습네다. 운영은 그냥 둬": a no, then what to leave alone — the place it names corrects nothing
  if (reply === 'cancel' && (afterSentence || ENDS_KEEPING.test(remark)) && KEEPS_AS_IS.test(remark))
    return true;
  // after a cancel's sentence, "the vendor say not ready" says why; only a place or a number could correct the plan
  const corrects = reply === 'cancel' && afterSentence ? NAMES_A_PLACE_OR_COUNT : CORRECTS;
  if (remark.includes('?') || corrects.test(remark)) return false;
  if ([...CHANGE_PATTERNS.values()].some((re) => re.test(remark))) return false;
  return (
    reply === 'cancel' ||
    (!ASKS_OR_HOLDS.test(remark) &&
      !BUT_OR_ONLY_IF.test(remark) &&
      !putOffUntilLater(remark) &&
      // "ㅇㅇ 근데 이따가 해 지금 경기중이야": a later said beside a now that only describes the moment
      !LATER_WORD.test(remark) &&
      !NEGATION.test(remark) &&
      !INTENT_PATTERNS.some(([, re]) => re.test(remark)))
  );
}
