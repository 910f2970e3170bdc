import { convertQwertyToHangul, disassemble } from 'es-hangul';
import { withJapaneseAsKorean } from './japanese-words.js';
import { inStandardEnglish } from './dialects.js';
import { EN_NUMBERS, EN_NUMBER_SOURCE } from './english-numbers.js';
import { inHangul } from './hanja.js';
import { inStandardKorean } from './more-koreans.js';
import { withoutAsides } from './asides.js';
import { keepingRecent } from './memo.js';

const HANGUL = /[\uac00-\ud7a3\u3131-\u318e]/;
export const hasHangul = (s: string): boolean => HANGUL.test(s);

/** Korean native and Sino-Korean numerals as they appear before counters (세 개, 열두 대, 스무 개). */
const UNITS: Record<string, number> = {
  하나: 1,
  한: 1,
  둘: 2,
  두: 2,
  셋: 3,
  세: 3,
  석: 3,
  넷: 4,
  네: 4,
  넉: 4,
  다섯: 5,
  여섯: 6,
  일곱: 7,
  여덟: 8,
  아홉: 9,
};
const TENS: Record<string, number> = {
  열: 10,
  스물: 20,
  스무: 20,
  서른: 30,
  마흔: 40,
  쉰: 50,
  예순: 60,
  일흔: 70,
  여든: 80,
  아흔: 90,
};
/** Sino-Korean round numbers, as in log line counts (백 줄, 이백 줄, 천 줄). */
const SINO: Record<string, number> = {
  십: 10,
  오십: 50,
  백: 100,
  이백: 200,
  삼백: 300,
  오백: 500,
  천: 1000,
  이천: 2000,
};
const ZERO = ['영', '공'];

/** Regex source for a Korean number word (longest alternatives first). */
export const KOREAN_NUMBER_SOURCE = `(?:(?:오|이|삼)?백|이?천|오?십|(?:열|스물|서른|마흔|쉰|예순|일흔|여든|아흔)\\s?(?:하나|다섯|여섯|일곱|여덟|아홉|한|둘|두|셋|세|넷|네)|다섯|여섯|일곱|여덟|아홉|하나|스물|스무|서른|마흔|쉰|예순|일흔|여든|아흔|열|한|둘|두|셋|세|석|넷|네|넉|영)`;

export function koreanNumber(word: string): number | undefined {
  const w = word.replace(/\s+/g, '');
  if (ZERO.includes(w)) return 0;
  if (w in UNITS) return UNITS[w];
  if (w in SINO) return SINO[w];
  if (w in TENS) return TENS[w];
  for (const [t, tv] of Object.entries(TENS)) {
    if (w.startsWith(t)) {
      const rest = w.slice(t.length);
      if (rest in UNITS) return tv + UNITS[rest];
    }
  }
  return undefined;
}

export { EN_NUMBER_SOURCE };

/** Digits, a Korean number word or an English number word → integer. */
export function parseNumber(token: string): number | undefined {
  const t = token.trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (t in EN_NUMBERS) return EN_NUMBERS[t];
  return koreanNumber(t);
}

/** Edit distance with adjacent transpositions (restrat → restart is one edit), bounded by `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[b.length];
}

const jamoCache = new Map<string, string>();
/** Hangul split into jamo (es-hangul), cached: typo tolerance at the level of letters (롤뱍 ~ 롤백). */
export function jamo(s: string): string {
  let v = jamoCache.get(s);
  if (v === undefined) {
    v = disassemble(s);
    if (jamoCache.size < 5000) jamoCache.set(s, v);
  }
  return v;
}

/**
 * A Latin word read as Korean typed with the keyboard in English mode (es-hangul's convertQwertyToHangul, which
 * throws on letter runs that do not assemble into syllables: null), kept per word — the same words come back in
 * command after command, and assembling them costs more than the rest of a word's reading.
 */
export const typedInEnglishMode = keepingRecent((word: string): string | null => {
  try {
    return convertQwertyToHangul(word);
  } catch {
    return null;
  }
}, 5000);

/** Particles by final sound live with the other language helpers (replies and errors use them too). */
export { withJosa } from '../../../common/i18n/josa.js';

/**
 * A final ㅆ typed as ㅅ before a verb ending ("됏나", "햇어", "살아잇냐"): the same word, so every reader sees
 * 됐/했/있. Only before an ending, so 잇 and 햇 in other words stay.
 */
const DOUBLE_S_SLIP = /(됏|햇|잇|됬)(?=[어나니냐지음습는])|햌|줰|(?<=\s)말구(?=\s|$)/g;
/**
 * …and a laugh glued to the ending ("재시작햌ㅋ", "해줰ㅋㅋ"): the ending, then the laugh; "됬어" is 됐어 misspelt, "말구" is
 * 말고 as it is said.
 */
const DOUBLE_S: Record<string, string> = {
  됏: '됐',
  햇: '했',
  잇: '있',
  됬: '됐',
  햌: '해 ㅋ',
  줰: '줘 ㅋ',
  말구: '말고',
};
/** "배포하여 주십시오": the written form of 해 before 주-, read as the everyday one. */
const WRITTEN_HAE = /(?<=[가-힣])하여(?=\s?주)/g;
/**
 * Gyeongsang imperatives in chat ("재시작 해주이소", "올리주이소", "해뿌라", "그래 해도", "하이소", "알긋다"): the standard forms every
 * rule knows. "해도" only closing a clause — "해도 돼?" asks permission and stays as it is.
 */
/** A verb stem's last syllable and its form before 줘: 올리 → 올려, 띄우 → 띄워. */
const STEM_BEFORE_ENDING: Readonly<Record<string, string>> = {
  리: '려',
  우: '워',
  추: '춰',
  이: '여',
  키: '켜',
};
/** A verb stem's last syllable before "…기 바람" and the request it makes: 띄우기 바람 → 띄워줘, 올려주기 바람 → 올려주세요. */
const NOMINAL_REQUEST: Readonly<Record<string, string>> = {
  하: '해줘',
  보: '봐줘',
  주: '주세요',
  끄: '꺼줘',
  켜: '켜줘',
  리: '려줘',
  우: '워줘',
  추: '춰줘',
  이: '여줘',
  키: '켜줘',
};
const SINO_DIGIT: Readonly<Record<string, number>> = {
  일: 1,
  이: 2,
  삼: 3,
  사: 4,
  오: 5,
  육: 6,
  칠: 7,
  팔: 8,
  구: 9,
};
/** "삼", "이십", "이백": a count spoken as a Sino-Korean number, as dictation writes it ("팔 개로", "이백 줄"). */
function spokenSino(word: string): string {
  const m = /^(?:([이삼사오육칠팔구])?(백))?(?:([이삼사오육칠팔구])?(십))?([일이삼사오육칠팔구])?$/.exec(
    word,
  );
  if (!m || word === '') return word;
  const [, h, hundred, t, ten, unit] = m;
  const value =
    (hundred ? (h ? SINO_DIGIT[h] : 1) * 100 : 0) +
    (ten ? (t ? SINO_DIGIT[t] : 1) * 10 : 0) +
    (unit ? SINO_DIGIT[unit] : 0);
  return String(value);
}
/** Yanbian's clipped 합니다/됩니다/갑니다 (함다, 됨까?): what the syllable before 다 or 까 stands for. */
const YANBIAN_STEM: Record<string, string> = { 함: '합니', 됨: '됩니', 감: '갑니' };

const DIALECT: ReadonlyArray<readonly [RegExp, string | ((match: string, stem: string) => string)]> = [
  // voice dictation: punctuation spoken as a word ("… 보여 줘 마침표", "잘 됐어 물음표"), a count as a Sino-Korean
  // number ("팔 개로", "영 개로", "삼십 줄"; the round ones, "백 줄", are read as they are), "제 시작" heard for 재시작
  [/\s?마침표(?=\s|$)/g, '.'],
  [/\s?쉼표(?=\s|$)/g, ','],
  [/\s?물음표(?=\s|$)/g, '?'],
  [/\s?느낌표(?=\s|$)/g, '!'],
  [/(?<![가-힣])영(?=\s?(?:개|대)(?![가-힣]{2}))/g, '0'],
  // "레플리카 영으로 내려": zero said as a word after what is counted — a scale to 0, not a take-down
  [/(?<=(?:레플리카|리플리카|replicas?|파드|pods?|인스턴스|개수)\s?(?:를|을|수를?)?\s?)영(?=\s?으로)/g, '0'],
  [
    // glued to its counter only past ten ("십이개"): "사대", "이대", "일개", "십대" are words of their own
    /(?<![가-힣])((?:[이삼사오육칠팔구]?백)?(?:[이삼사오육칠팔구]?십)?[일이삼사오육칠팔구]?)(?=(?:\s(?:개|대|줄)|(?<=[십백][일이삼사오육칠팔구]?)(?:개|줄))(?:로|으로|만|씩|도|[\s.,!?]|$))/g,
    (_m, number) => (SINO[number] === undefined ? spokenSino(number) : number),
  ],
  // "레플리카 이십으로 늘려": a tens or hundreds number said straight before a set-to and a scale verb
  [
    /(?<![가-힣])((?:[이삼사오육칠팔구]?백)?(?:[이삼사오육칠팔구]?십)[일이삼사오육칠팔구]?|[이삼사오육칠팔구]?백)(?=\s?(?:으로|로)\s?(?:늘려|줄여|맞춰|조정|조절|스케일|변경|바꿔|올려|내려))/g,
    (_m, number) => spokenSino(number),
  ],
  [/(?<=^|\s)제\s(시작|기동)/g, '재$1'],
  [
    /(?<=(?:리비전|리비젼|revision)\s)((?:[이삼사오육칠팔구]?백)?(?:[이삼사오육칠팔구]?십)?[일이삼사오육칠팔구]?)(?=로|으로|\s|$)/g,
    (_m, number) => spokenSino(number),
  ],
  // a senior's hedged request: "진행해 주시지요", "진행하시지요" (the request); "…해 보는
  // 게 어떨까 싶습니다" (a suggestion: asked back); "혹시 가능하시다면", "송구합니다만" (politeness only)
  [/(?<=^|\s)(?:혹시\s?)?가능하시다면(?=\s)|(?<=^|\s)송구(?:하오나|합니다만|하지만)(?=\s)/g, ''],
  [/주시지요(?=[\s.,!~]|$)/g, '주세요'],
  [/주셨으면\s?(?:합니다|좋겠습니다|해요)(?=[\s.,!~]|$)/g, '주세요'],
  [/(?<=[가-힣])하시지요(?=[\s.,!~]|$)/g, '하세요'],
  [/(?<=[가-힣]\s?)게\s?어떨까\s?(?:싶습니다|합니다|싶어요|해요)(?=[\s.,!~]|$)/g, '게 어떨까요?'],
  // a forecaster's clipped orders: "재기동 필", "배포 요함", "동일 조치 요", "진행 요" (the request itself)
  [
    /(?<=(?:배포|재시작|재기동|롤백|원복|삭제|증설|감축|축소|조정|적용|조치|진행|시행|실시)\s?)(?:요함|요|필)(?=[\s.,!~]|$)/g,
    '해주세요',
  ],
  // a careful elder's "해주셔용" (해주세요), "됀" (된)
  [/해\s?주셔용(?=[\s.,!~]|$)/g, '해주세요'],
  [/(?<=^|\s|[가-힣])됀(?=\s?(?:건|거|것))/g, '된 '],
  // Gen-Z chat: "ㅈㅂ" (제발), "ㅃㄹ" (빨리), "ㅇㅈ" (인정: yes), "ㄹㅇ" (really — a question only with "?"), "킹받네"
  [/(?<=^|\s|[가-힣a-z])ㅈㅂ(?=[\s.,!~]|[가-힣]|$)/g, ' 제발'],
  [/(?<=^|\s)ㅃㄹ(?=[\s.,!~]|$)/g, '빨리'],
  // operation words as their initials: "ㅈㅅㅈ ㄱㄱ" (재시작), "ㄹㅂ ㄱㄱ" (롤백)
  [/(?<=^|\s)ㅈㅅㅈ(?=[\s.,!~]|$)/g, '재시작'],
  [/(?<=^|\s)ㄹㅂ(?=[\s.,!~]|$)/g, '롤백'],
  [/(?<=^|\s)ㅇㅈ(?=[\s.,!~]|$)/g, '응'],
  [/(?<=^|\s)ㄹㅇ(?![\s]*\?)(?=[\s.,!~]|$)/g, ''],
  [/(?<=^|\s)킹받네(?:\s?진짜)?(?=[\s.,!~]|$)/g, ''],
  // Yanbian: "기렇슴다" (그렇습니다: yes), "부탁함다" (부탁합니다), "됐슴까?" / "됨까?" (됐습니까? / 됩니까?), "어전" (이미)
  [/(?<=^|\s)기렇(?=슴다|씀다|습니다|소)/g, '그렇'],
  [/(?<=[가-힣])[슴씀]다(?=[\s.,!~]|$)/g, '습니다'],
  [/(?<=[가-힣])[슴씀]까(?=[\s.,!~?]|$)/g, '습니까'],
  [/([함됨감])(?=[다까](?:[\s.,!~?]|$))/g, (_m, verb) => YANBIAN_STEM[verb]],
  [/(?<=^|\s)어전(?=\s)/g, '이미'],
  [/(빨리|얼른|어서)(?:\s?\1)+/g, '$1'],
  // 사극체 (a historical drama's speech, in jest): "늘리거라" / "하여라" (늘려줘 / 해줘), "…하시옵소서" (해주세요), "…이니라" /
  // "…느니라" (a statement: 이다 / 다), "무사하느냐?" (괜찮아?), "윤허하노라" (네), "아니되옵니다" (아니요), "여봐라"
  [/(?<=[가-힣])([리우추이키])거라(?=[\s.,!~]|$)/g, (_m, stem) => `${STEM_BEFORE_ENDING[stem]}줘`],
  [/(?<=[가-힣])(?:하거라|하여라|하도록\s?하라)(?=[\s.,!~]|$)/g, '해줘'],
  [/(?<=^|\s)(?:짐이|과인이)\s(?=윤허)/g, ''],
  [/(?<=[가-힣]\s?)(?:하여\s?)?(?:주)?시옵소서(?=[\s.,!~]|$)/g, '주세요'],
  [/(?<=[가-힣])하옵니다(?=[\s.,!~]|$)/g, '합니다'],
  [/(?<=[가-힣])(?:이니라|느니라)(?=[\s.,!~]|$)/g, '다'],
  [/(?<=^|\s)무사하느냐(?=\s?\?|[\s.,!~]|$)/g, '괜찮아'],
  [/(?<=^|\s)(?:윤허하노라|윤허한다|그리하여라)(?=[\s.,!~]|$)/g, '네'],
  [/(?<=^|\s)아니\s?되옵니다(?=[\s.,!~]|$)/g, '아니요'],
  [/(?<=^|\s)여봐라(?=[\s.,!~]|$)/g, ''],
  // Konglish yes and thanks: "예스 예스" (네 네), "gomawo" (고마워)
  [/(?<=^|\s)예스(?=[\s.,!~]|$)/g, '네'],
  [/(?<=^|\s)gomawo(?:yo)?(?=[\s.,!~]|$)/gi, '고마워'],
  // 롤백 typed with the shifted keys ("롤뺵")
  [/롤\s?뺵/g, '롤백'],
  // Gangwon: "보여주우", "deploy 해주우" (해주세요), "어떠우?" (어때요?), "기래" / "야야" (네), "아이래요" (아니요), "됐드래"
  // (됐어요), "…하지 마우", "놔두우", "끝났드래요" (끝났어요), "마카" (모두), "running이우?"
  [/(?<=^|\s)(?:기래|기래요|야야)(?=[\s.,!~]|$)/g, '네'],
  [/(?<=^|\s)아이래요?(?=[\s.,!~]|$)/g, '아니요'],
  [/(?<=^|\s)됐드래요?(?=[\s.,!~]|$)/g, '됐어요'],
  [/(?<=[가-힣]\s?)주우(?=[\s.,!~?]|$)/g, '주세요'],
  [/(?<=^|\s)어떠우(?=[\s.,!~?]|$)/g, '어때요'],
  [/(?<=^|\s)하우야(?=[\s.,!~]|$)/g, '해'],
  [/(?<=[가-힣])하우야(?=[\s.,!~]|$)/g, '해주세요'],
  [/(?<=[가-힣]\s?)마우(?=[\s.,!~]|$)/g, '마요'],
  [/(?<=^|\s)놔두우(?=[\s.,!~]|$)/g, '놔둬요'],
  [/(?<=[가-힣])잖소(?=[\s.,!~]|$)/g, '잖아요'],
  [/(?<=거)드래요(?=[\s.,!~]|$)/g, '예요'],
  [/(?<=[았었였났갔왔됐했])드래요?(?=[\s.,!~?]|$)/g, '어요'],
  [/(?<=[가-힣])드래요(?=[\s.,!~?]|$)/g, '대요'],
  [/(?<=[a-z가-힣])이우(?=\s?\?)/g, '이에요'],
  [/(?<=^|\s)마카(?=\s|$)/g, '모두'],
  [/(?<=[가-힣]\s?)주이소/g, '주세요'],
  [/(?<=(?:^|\s|[가-힣])(?:올|내|늘|줄))리(?=\s?주)/g, '려'],
  [/(?<=[가-힣]\s?)해\s?(?:뿌라|삐라|뿌리라)|(?<=^|\s)해\s?(?:뿌라|삐라)/g, '해버려'],
  [/(?<=^|\s|[가-힣])하이소(?=[\s.,!~]|$)/g, '하세요'],
  [/(?<=^|\s|[가-힣])해도(?=\s?[,.!~]|\s*$)/g, '해줘'],
  [/알긋다/g, '알겠다'],
  // Jeju: "재시작해줍서" (해주세요), "경 헙서" (그렇게 하세요), "혼저" (빨리), "몬딱" (모두), "하영" (많이), "…마씸" (…요),
  // "떴수과?" / "느리우꽈?" (떴습니까? / 느립니까?), "밀렸수다" (밀렸습니다), "게메" (글쎄)
  [/(?<=^|\s)경\s?헙서/g, '그렇게 하세요'],
  [/(?<=[가-힣]\s?)허여(?=\s?줍서)/g, '해'],
  [/(?<=안\s?)됨수다/g, '돼요'],
  [/(?<=\d\s?(?:개|대))인디(?=\s)/g, '인데'],
  [/(?<=^|\s)무사(?=\s|$)/g, '왜'],
  [/(?<=[가-힣]\s?)줍서/g, '주세요'],
  [/(?<=^|\s|[가-힣])헙서/g, '하세요'],
  [/(?<=^|\s)혼저(?=\s|[,.!]|$)/g, '빨리'],
  [/(?<=^|\s)몬딱(?=\s|$)/g, '모두'],
  [/(?<=^|\s)하영(?=\s|$)/g, '많이'],
  [/(?<=^|\s)게메[,.…]*/g, ''],
  [/(?<=[가-힣]\s?)마씸(?=[\s,.!?~]|$)/g, '요'],
  [/(?<=[가-힣])(?:수과|우꽈)(?=[\s?]|$)/g, '습니까'],
  [/(?<=[가-힣])수다(?=[\s,.!~]|$)/g, '습니다'],
  // 하오체 and 공문체 ("재시작하시오", "배포가 잘 되었소?", "알겠소"): the everyday request, question, answer
  [/(?<=(?:^|[가-힣a-z])\s?)하시오(?=[\s.,!~]|$)/g, '하세요'],
  [
    /(?<=(?:배포|재시작|재기동|롤백|원복|삭제|반영|조치|처리)\s?)하(?:오|시기\s?(?:바람|바랍니다))(?=[\s.,!~]|$)/g,
    '해주세요',
  ],
  [/(?<=[올내])리시오(?=[\s.,!~]|$)/g, '려주세요'],
  [/(?<=[었았했됐겠])소(?=\s?\?)/g, '어요'],
  [/(?<=^|\s)알겠소(?=[\s.,!~]|$)/g, '알겠어요'],
  // Jeolla: "restart 해부러" (해버려), "진행혀" (진행해), "해주쇼" (해주세요), "고대로" (그대로), "거시기" (그거),
  // "…네잉" (the sentence's "잉")
  [/(?<=^|\s|[가-힣])해(?:부러|불어|부러라)(?:잉)?(?=[\s.,!~]|$)/g, '해버려'],
  [/(?<=[가-힣])(?:부러|불어)(?:잉)?(?=[\s.,!~]|$)/g, '버려'],
  [/(?<=[가-힣])부렀(?=[가-힣])/g, '버렸'],
  [/(?<=[가-힣]\s?)말어(?=[\s.,!~]|$)/g, '말아'],
  [/(?<=[가-힣])혀(?=[\s.,!~]|$)/g, '해'],
  [/(?<=(?:^|[가-힣a-z])\s?)주쇼(?=[\s.,!~]|$)/g, '주세요'],
  [/(?<=^|\s)허랑께(?=[\s.,!~]|$)/g, '해'],
  [/(?<=^|\s)고대로(?=\s|$)/g, '그대로'],
  [/(?<=^|\s)거시기(?=\s|$)/g, '그거'],
  // not the 잉 of "운잉", 운영 mistyped — a production look-alike, asked about
  [/(?<=[가-힣])(?<!(?:^|\s)운)잉(?=[\s.,!?~]|$)/g, ''],
  // Gyeongsang: "끝나믄" (끝나면), "올리라 마," (올려라, with the sentence's "마")
  [/(?<=[가-힣])믄(?=[\s,.!?~]|$)/g, '면'],
  [/(?<=[가-힣]라)\s마(?=[,.!~]|$)/g, ''],
  // Chungcheong: "restart 혀유", "올려유", "지워줘유", "올려주셔유" (requests), "했슈" (했어요), "워뗘유?" (어때요?), "얼릉"
  // (얼른), "그짝" (거기), "좋겄는디유" (좋겠는데요), "…하쥬" (하죠), "된겨?" (된 거야?), "test용이여" (이야), "그려유" /
  // "그류" (네), "아녀유" (아니요)
  [/(?<=^|\s)(?:그려유|그류)(?=[\s.,!~]|$)/g, '네'],
  [/(?<=^|\s)아녀유?(?=[\s.,!~]|$)/g, '아니요'],
  [/(?<=^|\s)[워어]떠?뗘(?:유)?(?=[\s.,!~?]|$)/g, '어때요'],
  [
    /(?<=(?:배포|재시작|재기동|롤백|원복|삭제|반영|교체|조치|진행|처리|deploy|redeploy|restart|rollback|delete|scale|up|down|in|out)\s?)(?:혀|해)\s?(?:줘|주셔)?유(?=[\s.,!~?]|$)/g,
    '해주세요',
  ],
  [/(?<=[가-힣])(?:혀|해)\s?(?:줘|주셔)유(?=[\s.,!~?]|$)/g, '해주세요'],
  [/(?<=[가-힣])혀유(?=[\s.,!~?]|$)/g, '해요'],
  [/(?<=[가-힣])버려유(?=[\s.,!~?]|$)/g, '버려'],
  [/(?<=[가-힣])([려워춰켜꺼봐])(?:\s?주셔|\s?줘)?유(?=[\s.,!~?]|$)/g, '$1주세요'],
  [/(?<=[가-힣]\s?)(?:줘|주셔)유(?=[\s.,!~?]|$)/g, '주세요'],
  [/(?<=[했됐있없었였갔왔])슈(?=[\s.,!~?]|$)/g, '어요'],
  [/(?<=[가-힣])([어아둬])유(?=[\s.,!~?]|$)/g, '$1요'],
  [/(?<=^|\s)얼릉(?=\s|[,.!]|$)/g, '얼른'],
  [/(?<=^|\s)그짝(?=[가-힣]{0,2}(?:\s|$))/g, '거기'],
  [/(?<=[가-힣])겄(?=[가-힣])/g, '겠'],
  [/(?<=[가-힣])는디(?=유|요|[\s,.!~]|$)/g, '는데'],
  [/(?<=[데죠])유(?=[\s.,!~?]|$)/g, '요'],
  [/(?<=[가-힣])[하혀]쥬(?=[\s.,!~?]|$)/g, '해줘'],
  [/(?<=[된한는인던할간온]\s?)겨(?=\s?\?)/g, ' 거야'],
  [/(?<=[가-힣])(이|거)여(?=[\s.,!~]|$)/g, '$1야'],
  [/(?<=[가-힣])잉께(?=[\s.,!~]|$)/g, '니까'],
  // "되돌릴 것", "지울 것": the order, as "배포할 것" is
  [/(?<=[가-힣])릴\s?것(?=[\s.,!~]|$)/g, '려주세요'],
  [/(?<=[지띄])울\s?것(?=[\s.,!~]|$)/g, '워주세요'],
  // 다나까체: "재기동 실시", "배포 실시 바람", "deploy 실시!" (the order itself); "…시부로" reads as a time (later.ts)
  [
    /(?<=(?:배포|재시작|재기동|롤백|원복|삭제|반영|교체|증원|축소|증설|확장|deploy|redeploy|restart|rollback|delete|scale(?:\s(?:up|down|out|in))?)\s?)실시(?:할\s?것|하라|하십시오|\s?바람|\s?바랍니다|하겠음|\s?요망)?(?=[\s.,!~]|$)(?!\s?여부)/g,
    '해주세요',
  ],
  // headline style ("다시 띄우기 바람", "껐다 켜기 바람", "올려주기 바람"): the request itself
  [/([하보주끄켜리우추이키])기\s?(?:바람|바랍니다|요망)/g, (_m, stem) => NOMINAL_REQUEST[stem]],
  // official style ("…재기동을 요청하는 바입니다"): the request itself
  [/요청하는\s?바(?:입니다|임)/g, '요청합니다'],
  // an elder's 하게체 ("올리도록 하게", "반영하게.", "재시작해 주게"): the everyday request
  [/(?<=[가-힣])하도록\s?(?:하게|하시게|해\s?주게)(?=[\s.,!~]|$)/g, '해줘'],
  [
    /(?<=[가-힣])([리우추이키])도록\s?(?:하게|하시게|해\s?주게)(?=[\s.,!~]|$)/g,
    (_m, stem) => `${STEM_BEFORE_ENDING[stem]}줘`,
  ],
  [/(?<=[가-힣])(?:해|하여)\s?주(?:시)?게(?=[\s.,!~]|$)/g, '해줘'],
  [
    /(?<=(?:배포|반영|재시작|재기동|롤백|원복|삭제|확장|축소|증설|조정|진행|처리|교체)\s?)하게(?=[.!~]|\s*$)/g,
    '해줘',
  ],
  // an elder's 하오체 "올려 주구려", "깔아 주소" and an insistent "배포 좀 하자고": the everyday request
  [/(?<=[해워려여춰켜아어]\s?)(?:주구려|주시구려|주소)(?=[\s.,!~]|$)/g, '주세요'],
  [/(?<=[가-힣]\s?)하자고(?=[\s.,!~]|$)/g, '하자'],
  // a monk's "재시작하시게", "재기동하게나", "올리시게", "되돌리시게" and 급식체 "롤백하셈", "올리셈": the order
  [/(?<=[가-힣])(?<!(?:그리|그렇게|그대로)\s?)하(?:시[게계]|게나|셈)(?=[\s.,!~]|$)/g, '해줘'],
  [
    /(?<=[가-힣])([리우추이키])(?:시[게계]|게나|셈)(?=[\s.,!~]|$)/g,
    (_m, stem) => `${STEM_BEFORE_ENDING[stem]}줘`,
  ],
];
/** What any DIALECT pattern needs: most commands hold none of it, and skip the list. */
const MAY_HAVE_KO_DIALECT =
  /[슴씀함됨감][다까]|기렇|어전|뺵|거라|하라|짐이|과인이|예스|gomawo|하여라|시옵소서|하옵니다|니라|무사하느냐|윤허|그리하여라|되옵니다|여봐라|빨리\s?빨리|얼른\s?얼른|어서\s?어서|요함|요(?![가-힣])|필(?![가-힣])|주셔용|됀|가능하시다면|송구|주시면|주시지요|주셨으면|하시지요|어떨까|ㅈㅂ|ㅃㄹ|ㅈㅅㅈ|ㄹㅂ|ㅇㅈ|ㄹㅇ|킹받|마침표|쉼표|물음표|느낌표|[영일이삼사오육칠팔구십백]\s?(?:개|대|줄)|제\s(?:시작|기동)|리비[전젼]|기래|야야|아이래|드래|주우|어떠우|하우야|마우|놔두우|잖소|이우|마카|주이소|리\s?주|믄|유(?![가-힣])|그류|슈|뗘|얼릉|그짝|겄|는디|쥬|겨|여(?![가-힣])|잉께|실시|릴\s?것|울\s?것|라\s마|줍서|시오|하오|하시기|소\s?\?|알겠소|부러|불어|부렀|말어|혀|주쇼|허랑께|고대로|거시기|잉|인디|무사|헙서|혼저|몬딱|하영|게메|마씸|수과|우꽈|수다|뿌라|삐라|뿌리라|하이소|해도|알긋다|기\s?(?:바람|바랍|요망)|바입|바임|도록|주게|주시게|하게|시[게계]|게나|셈|구려|주소|하자고/;
/** The command as the rules read it; the last one is kept (the reader, the gate and the classifier ask in turn). */
export const inStandardForm = keepingRecent((text: string): string => {
  let t = withoutAsides(inStandardKorean(inStandardEnglish(inHangul(withJapaneseAsKorean(text)))))
    .replace(DOUBLE_S_SLIP, (slip: string) => DOUBLE_S[slip])
    .replace(WRITTEN_HAE, '해');
  if (MAY_HAVE_KO_DIALECT.test(t))
    for (const [dialect, standard] of DIALECT)
      t = typeof standard === 'string' ? t.replace(dialect, standard) : t.replace(dialect, standard);
  return t;
});
