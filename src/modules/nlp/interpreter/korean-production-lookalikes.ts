/** Production typed wrong or said the way it sounds, in a Korean sentence: asked about, never taken as said. */
import { editDistance, jamo } from './korean.js';
import { twoKeysOff } from './keyboard-typos.js';
import { PRODUCTION_FUZZY_KO } from './lexicon.js';
import { keepingRecent } from './memo.js';
import { HANGUL_RUN, type Span } from './reader-patterns.js';

/** "운ㅇ영", "ㅇ누영": loose letters inside or before a production word's syllables. */
const JAMO_INSIDE = /[가-힣]*[\u3131-\u318e]+[가-힣]+/g;
const LETTERS_AFTER = /([가-힣]{1,3})([\u3131-\u318e]*[\u314f-\u3163][\u3131-\u318e]*)(?![가-힣])/g;
/**
 * Production said the way it sounds rather than spelled: further than one jamo from 프로덕션, still meant as it; or
 * in another word for it — 정식 환경 ("the official environment"), 본환경 / 리얼서버 / 실고객 환경 (the main, the real server), 실전환경 / 생산환경 / 실가동 (North Korean-sounding), and the Chinese 生产 / 正式环境 / 线上 a Korean
 * sentence carries.
 */
const PRODUCTION_SOUNDALIKES_KO =
  /(?!프로덕션)[프푸뿌뽀플][로러라루][덕닥덗독듀][션숀셩쎤숑]|찐\s?섭|레알\s?섭|갓\s?(?:섭|서버)|\d호\s?(?:봉사기|서버)|본부\s?(?:봉사기|서버)|(?:생방|온에어)\s?(?:서버|쪽)|대웅전\s?(?:서버|쪽)|프로\s?서버|본궐|대궐|본산(?=의|에|에서|에도|으로)|총단|본공연|(?:회장님|사장님|고객|손님|하객|사용자)(?:이|께서|들이|분들이)?\s?(?:보시는|보는|쓰시는|쓰는)\s?(?:쪽|서버|사이트|데|곳)|실\s?사이트|고객용\s?(?:서버|사이트|환경)|본(?:캐|편|점)\s?서버|본편(?=은|에|에서|의|\s?쪽)|정전(?=의|에서|에도)|웅엉|웅영|우+운영|운영영+|운[어-엏](?=에서|에|으로|의|도|(?![가-힣]))|웅[여-옇](?![가-힣])|운엉|뮨영|울[녕영령]|운[녕령]|유녕|몽영|운[엑엔엘엠엡엣엥엦엧엨엩엪엫](?![가-힣])|운(?!용)[요-욯](?=에서|에|으로|의|도|(?![가-힣]))|(?<![가-힣])[프푸][러루]드(?![가-힣])|(?<![가-힣])(?!프로드)[프푸뿌쁘][로러루라][드-듷](?=에서|에|으로|로|의|도|(?![가-힣]))|운(?![영명])[야-얗겨-곃껴-꼏녀-녛뎌-뎧뗘-뗳려-렿며-몋벼-볗뼈-뼣셔-셯쎠-쎻여-옇져-졓쪄-쪟쳐-쳫켜-켷텨-톃펴-폏혀-혛](?=에서|에|으로|의|도|(?![가-힣]))|ㅇ?ㅜㄴ\s?영|ㅇㅜㄴㅇㅕㅇ|ㅍㅡㄹㅗㄷㅓㄱㅅㅕㄴ|ㅅㅏㅇㅇㅛㅇ|우ㄴ?\s?여ㅇ|우ㄴ\s?영|운\s?여ㅇ|(?<![가-힣])(?:[윤은원][영옝엉엥]|[윤은원](?!영)[여-옇]|운[옝엥]|영운)(?![가-힣])|우[녀-녛](?![가-힣])|오녕|본섭|본\s?서버|본\s?서비스|본망|실전망|실제계|실무계|작전계|운잉|본공사|실현장|(?<![가-힣])본판|찐\s?서버|메인\s?(?:[가-힣]{1,3}\s?)?(?:서버|섭)|(?:대로|헤드라이너|주전)\s?(?:서버|섭)|실병동|임상\s?서버|본원\s?서버|실황\s?서버|프로다쿠[션숀쇼]|プロダクション|실거래\s?(?:시스템|환경)|영업계|1군\s?서버|본무대|정규\s?시즌\s?서버|본방(?!송)|혼방|프덕|(?<![a-z])p\s?환경|ㅍㄹㄷ|[풀플]덕션|현업계?|정식\s?(?:환경|서버)|실전\s?(?:환경|서버|계좌)|생산\s?(?:환경|서버)|실가동|실계좌|실\s?환경|리얼\s?(?:환경|서버)|진짜\s?(?:환경|서버)|본\s?환경|실\s?고객\s?환경|生[产產]|正式(?:环境|環境|服|版)?|[线線]上/;

/**
 * Everyday words one jamo from 상용 ("사용하지 않으므로": no longer used; "정산용": for the settlement; "상영": a
 * screening), never a production look-alike.
 */
const NOT_PRODUCTION_KO = new Set(['사용', '사양', '산용', '상영']);

/** 운엉, 운영계 typed 운영게 …: a Hangul window one jamo away from a production word. */
export function koreanProductionLookalike(w: string): Span | undefined {
  // "운ㅇ영": a stray letter typed inside a production word
  for (const m of w.matchAll(JAMO_INSIDE)) {
    const joined = m[0].replace(/[\u3131-\u318e]/g, '');
    // "운ㅇ여": the letters a jamo from it as typed (ㅇㅕ for ㅕㅇ)
    const typed = jamo(m[0]);
    if (PRODUCTION_FUZZY_KO.some((p) => joined.includes(p) || editDistance(typed, jamo(p), 1) <= 1))
      return { start: m.index, end: m.index + m[0].length };
  }
  // "운ㅕㅇ": the last syllable typed as loose letters (a vowel among them)
  for (const m of w.matchAll(LETTERS_AFTER)) {
    const spelled = jamo(m[1]) + m[2];
    if (PRODUCTION_FUZZY_KO.some((p) => editDistance(spelled, jamo(p), 1) <= 1))
      return { start: m.index, end: m.index + m[0].length };
  }
  const soundalike = PRODUCTION_SOUNDALIKES_KO.exec(w);
  if (soundalike) return { start: soundalike.index, end: soundalike.index + soundalike[0].length };
  for (const run of w.matchAll(HANGUL_RUN)) {
    const at = lookalikeInRun(run[0]);
    if (at) return { start: run.index + at.start, end: run.index + at.end };
  }
  return undefined;
}

/** The first window of one Hangul word one jamo from a production word — per word, so kept (words recur). */
const lookalikeInRun = keepingRecent((run: string): Span | null => {
  for (const p of PRODUCTION_FUZZY_KO) {
    for (let i = 0; i + p.length <= run.length; i++) {
      const win = run.slice(i, i + p.length);
      if (win === p || NOT_PRODUCTION_KO.has(win)) continue;
      const [a, b] = [jamo(win), jamo(p)];
      // one jamo away changes one syllable (the others are the same), or moves a final consonant to the next
      // syllable as it is spoken (운영 → 우녕)
      const keysOff = p === '운영' && twoKeysOff(win, p);
      if (![...win].some((c, k) => c === p[k]) && a.length === b.length && !adjacentSwap(a, b) && !keysOff)
        continue;
      if (editDistance(a, b, 1) <= 1 || oneVowelOff(win, p) || keysOff)
        return { start: i, end: i + p.length };
    }
  }
  return null;
}, 2000);

/** 웅녕 for 운영: two neighbouring jamo swapped (the final consonant and the next initial), nothing else changed. */
function adjacentSwap(a: string, b: string): boolean {
  const at = [...a].findIndex((c, k) => c !== b[k]);
  return (
    at >= 0 &&
    a.length === b.length &&
    a[at] === b[at + 1] &&
    a[at + 1] === b[at] &&
    a.slice(at + 2) === b.slice(at + 2)
  );
}

/**
 * 운욍 for 운영: one syllable's vowel mistyped, its consonants kept — one key, although a compound vowel (ㅚ, ㅘ)
 * counts as two jamo.
 */
function oneVowelOff(win: string, word: string): boolean {
  let off = 0;
  for (let k = 0; k < word.length; k++) {
    if (win[k] === word[k]) continue;
    const [x, y] = [win.charCodeAt(k) - 0xac00, word.charCodeAt(k) - 0xac00];
    if (x < 0 || y < 0 || x > 11171 || y > 11171) return false;
    if (Math.floor(x / 588) !== Math.floor(y / 588) || x % 28 !== y % 28) return false;
    off++;
  }
  return off === 1;
}
