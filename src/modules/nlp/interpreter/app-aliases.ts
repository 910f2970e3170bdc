import { OPERATION_INTENTS, type Turn } from './context.js';
import type { Entities } from './types.js';
import { ENV_PATTERN } from './lexicon.js';
import { literally } from './literal-pattern.js';

/**
 * Apps called by what they do once the conversation has put the word before the name (blind round 129c): after
 * "스테이징 전광판 frontend하고 타임테이블 web-app 로그", "전광판 이제 돌아가?" asks about frontend and "타임테이블은 운영에도
 * 올려" deploys web-app — never the app talked about last.
 */
const WORD_BEFORE_APP = /(?<![가-힣])([가-힣]{2,8})\s+$/;
/** Words that stand before an app without naming it: places, pointers, times, operations, counts. */
const NOT_AN_ALIAS =
  /^(?:그|이|저|아까|방금|지금|다시|먼저|그리고|그럼|일단|우리|저희|제가|내가|같은|다른|나머지|전체|모든|해당|상기|동|본|거기|여기|저기|그쪽|이쪽|저쪽|처음|마지막|새로|앱|서비스|서버|배포|재배포|재시작|재기동|롤백|삭제|로그|상태|이력|스케일|확인|혹시|근데|그냥|제발|빨리|얼른|바로|진짜|실제|오늘|금일|내일|이번|다음|지난|아니|아니요|아뇨|아니다|아니야|네|예|응|어|아|음|자|그래|좋아|오케이|맞아|아하)$|[에의을를은는가도로와과랑서요]$/;

const HANGUL = /[가-힣]/;
const NAME_CHAR = /[a-z0-9-]/;

/** Where `app` first stands as a whole name in `text` (not inside "web-app-v2"), or -1. */
function wholeNameAt(text: string, app: string): number {
  for (let at = text.indexOf(app); at >= 0; at = text.indexOf(app, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + app.length] ?? ' ';
    if (!NAME_CHAR.test(before) && !NAME_CHAR.test(after)) return at;
  }
  return -1;
}

/** The words a command put right before a registered app's name ("입장 팔찌 api-server" → 팔찌 → api-server). */
export function aliasesNamed(text: string, knownApps: readonly string[]): Record<string, string> | undefined {
  // every turn passes here: a text with no Hangul word nor an English nickname set off by commas has no alias to give,
  // and no pattern is built per app
  const hangul = HANGUL.test(text);
  if (!hangul && !text.includes(',')) return undefined;
  const lowered = text.toLowerCase();
  const found: Record<string, string> = {};
  for (const app of knownApps) {
    const at = wholeNameAt(lowered, app);
    if (at <= 0) continue;
    const before = lowered.slice(0, at);
    const word = hangul
      ? (HEAD_NOUN_BEFORE_APP.exec(before)?.[1] ??
        SIDE_BEFORE_APP.exec(before)?.[1] ??
        WORD_BEFORE_APP.exec(before)?.[1])
      : undefined;
    // "판매자 정산 billing-api": the two words together tell it from "매입 정산 배치"
    const pair = hangul ? TWO_WORDS_BEFORE_APP.exec(before) : null;
    if (pair && word === pair[2] && !NOT_AN_ALIAS.test(pair[1]) && ![...pair[0].matchAll(ENV_PATTERN)].length)
      found[`${pair[1]} ${pair[2]}`] = app;
    if (word && !NOT_AN_ALIAS.test(word.split(' ')[0]) && ![...word.matchAll(ENV_PATTERN)].length) {
      found[word] = app;
      // "정산 서버" is also called "정산 쪽": the first word alone names it too (and names two apps if two share it)
      const first = /^([가-힣]{2,8})\s?(?:서버|센터|시스템|페이지|화면|배치|api)$/.exec(word)?.[1];
      if (first && !NOT_AN_ALIAS.test(first)) found[first] ??= app;
    }
    const english = ENGLISH_NICKNAME_BEFORE_APP.exec(before)?.[1];
    if (english && !NOT_AN_ENGLISH_ALIAS.test(english)) found[english] = app;
  }
  return Object.keys(found).length > 0 ? found : undefined;
}

/**
 * Names told outright (blind round 233c): "정기권 쪽은 order-api입니다", "fares is billing-api, card payments is
 * payment-svc", "the texter is worker", "auth-service is the login thing" — the words stand for the app in later turns,
 * also when the turn that told them ordered nothing.
 */
export function aliasesTold(text: string, knownApps: readonly string[]): Record<string, string> | undefined {
  const lowered = text.toLowerCase();
  const found: Record<string, string> = {};
  for (const app of knownApps) {
    if (wholeNameAt(lowered, app) < 0) continue;
    const name = literally(app);
    for (const re of toldPatterns(name)) {
      const nick = re
        .exec(lowered)?.[1]
        ?.replace(/\s?(?:쪽|거|것)$/, '')
        .trim();
      if (nick && !NOT_TOLD.test(nick) && ![...nick.matchAll(ENV_PATTERN)].length) found[nick] = app;
    }
  }
  return Object.keys(found).length > 0 ? found : undefined;
}
const toldPatterns = (app: string): RegExp[] => [
  new RegExp(
    `(?<![가-힣])([가-힣]{2,8}(?:\\s[가-힣]{1,8})?)\\s?(?:은|는)\\s?${app}(?:입니다|이에요|예요|이야|야|임|이고|이다)`,
  ),
  new RegExp(
    `(?<![a-z-])${app}\\s?(?:은|는|이|가)\\s?([가-힣]{2,8}(?:\\s[가-힣]{1,8})?)(?:입니다|이에요|예요|이야|야|임)`,
  ),
  new RegExp(`(?<![a-z])(?:the\\s+)?([a-z]+(?:\\s+[a-z]+)?)\\s+(?:is|=)\\s+${app}(?![a-z0-9-])`),
  new RegExp(`(?<![a-z-])${app}\\s+is\\s+the\\s+([a-z]+(?:\\s+[a-z]+)?)(?![a-z])`),
];
/** Words that tell no name: pointers, places, answers ("that is worker", "여기는 worker예요"). */
const NOT_TOLD =
  /^(?:it|that|this|which|what|there|here|one|mine|yours|app|service|name|target|그거|이거|저거|그것|이것|여기|거기|앱|서비스|이름|대상|제|저|내|우리)$|(?<![a-z])(?:it|that|this|which|what|my|your|our|names?|app)$/;

/** "결제 서버 payment-svc", "판매자 센터 frontend": a word and the kind of thing it is, before the name. */
const HEAD_NOUN_BEFORE_APP = /(?<![가-힣])([가-힣]{2,8}\s?(?:서버|센터|시스템|페이지|화면|배치|api))\s+$/;
/** "결제 쪽 payment-svc": the side it is on, before the name — "결제 쪽" calls it later. */
const SIDE_BEFORE_APP = /(?<![가-힣])([가-힣]{2,8})\s?쪽\s+$/;
const TWO_WORDS_BEFORE_APP = /(?<![가-힣])([가-힣]{2,8})\s([가-힣]{2,8})\s+$/;
/** "the login thing, auth-service,", "the payments service, payment-svc": an English nickname set off before the name. */
const ENGLISH_NICKNAME_BEFORE_APP =
  /(?<![a-z])(?:the\s+)?([a-z]+(?:\s+[a-z]+)?\s+(?:thing|service|server|app|system|site|page|bot|job|queue|one)),\s+$/;
const NOT_AN_ENGLISH_ALIAS =
  /^(?:the|this|that|other|same|new|old|first|last|next|whole|main|prod|production|staging|dev)\s/;

const PLACE_AFTER = new RegExp(
  `^(?:은|는|이|가)\\s?(?:${ENV_PATTERN.source})(?:입|이에|이야|이다|이고|이요|이|예|야|임|요|\\s?[,.])`,
);
/** "전광판은", "푸드트럭 거", "결제 쪽": an alias as the words that call the app by it. */
const aliasSaid = (alias: string) =>
  HANGUL.test(alias)
    ? new RegExp(`(?<![가-힣])${alias.replace(' ', '\\s?')}(?:\\s?(?:쪽|거|것)(?![가-힣]))?`)
    : new RegExp(`(?<![a-z])(?:the\\s+)?${alias.replace(' ', '\\s+')}(?![a-z])`);

/**
 * The app the text calls by an alias of this conversation, with the words that call it, and the others the same
 * words call (the reader asks which).
 */
function appCalledByAlias(
  history: readonly Turn[],
  text: string,
): { app: string; said: RegExpExecArray; others?: string[] } | undefined {
  const found: [string, RegExpExecArray][] = [];
  for (const t of history)
    for (const [alias, app] of Object.entries(t.aliases ?? {})) {
      const said = aliasSaid(alias).exec(text);
      // "마네킹은 스테이징입니다": the word names a place here, not the app
      if (said && !PLACE_AFTER.test(text.slice(said.index + said[0].length))) found.push([app, said]);
    }
  // "판매자 정산은 …": a longer nickname said whole wins over a shorter one inside it ("정산" of another app)
  const end = (m: RegExpExecArray) => m.index + m[0].length;
  const inside = (m: RegExpExecArray) =>
    found.some(([, o]) => o[0].length > m[0].length && o.index <= m.index && end(o) >= end(m));
  const called = new Map<string, RegExpExecArray>();
  for (const [app, said] of found) if (!inside(said) && !called.has(app)) called.set(app, said);
  if (called.size === 0) return undefined;
  const [[app, said]] = [...called];
  return { app, said, ...(called.size > 1 ? { others: [...called.keys()].slice(1) } : {}) };
}

/**
 * An order or a read that names no app, with the app it calls by an alias read as its name ("로그인 쪽 재시작해" →
 * "auth-service 재시작해"), and that app with the place the conversation last had it in.
 */
export function withAliasNamed(
  history: readonly Turn[],
  text: string,
): { text: string; pointed: Entities } | undefined {
  const called = appCalledByAlias(history, text.toLowerCase());
  if (!called) return undefined;
  const { app, said, others } = called;
  // "정산 쪽 재시작해" when 정산 named billing-api and batch-job: both names said, so which one is asked
  if (others)
    return {
      text: `${text.slice(0, said.index)}${[app, ...others].join(' ')}${text.slice(said.index + said[0].length)}`,
      pointed: {},
    };
  // the place the app was last in — or, when the last operation asked which app, the place it had
  const last = history.find((t) => OPERATION_INTENTS.has(t.intent));
  const asked = last && !last.entities.app ? last.entities.environment : undefined;
  const environment = history.find((t) => t.entities.app === app)?.entities.environment ?? asked;
  return {
    text: `${text.slice(0, said.index)}${app}${text.slice(said.index + said[0].length)}`,
    pointed: { app, ...(environment ? { environment } : {}) },
  };
}
