/** What the turns so far offer a follow-up: the last operation or change, an open question, a plan waiting. */
import { OPERATION_INTENTS, type Turn } from './context.js';
import { CHANGE_INTENTS, READ_INTENTS } from './intents.js';
import { PAST_REPORT, REMARK_ON_NAMED, SAME_RELEASE, tellsOwnDeed } from './conversation-patterns.js';
import { REFERENT_ADJECTIVE } from './lexicon.js';
import { PLACE_WORD, QUESTION, W } from './safety-words.js';
import { asksRead } from './asked-reads.js';
import type { Entities, Intent } from './types.js';

/**
 * The last clear turn of an operation (what a correction or ellipsis repeats). A history or list read in between
 * is what "only in dev" narrows: an ellipsis never reaches past it to an older change.
 */
export function lastOperation(history: readonly Turn[]): Turn | undefined {
  const last = history.find(
    (t) => !t.ambiguous && (OPERATION_INTENTS.has(t.intent) || WIDE_READS.has(t.intent)),
  );
  // a history of one app ("batch-job deploy 이력") is about that app, as an operation on it is
  const aboutOneApp = last?.intent === 'history' && last.entities.app !== undefined;
  return last && (OPERATION_INTENTS.has(last.intent) || aboutOneApp) ? last : undefined;
}
const WIDE_READS: ReadonlySet<string> = new Set(['history', 'list']);

/** A correction not understood since the last operation: its count and version are in doubt ("the same" asks). */
export function correctedSinceLastOperation(history: readonly Turn[]): boolean {
  for (const t of history) {
    if (t.unreadCorrection) return true;
    if (!t.ambiguous && OPERATION_INTENTS.has(t.intent)) return false;
  }
  return false;
}

/** The last clear change (what "the same" refers to after questions about it). */
export function lastChange(history: readonly Turn[]): Turn | undefined {
  return history.find((t) => !t.ambiguous && CHANGE_INTENTS.has(t.intent));
}

/** What an answer to an older question must be: it names something, and it is no other operation or read. */
export interface LateAnswer {
  namesSomething: boolean;
  intent: Intent;
}

/** A question the service asked and is waiting on (the last turn, if it was an ambiguous operation). */
export function openQuestion(history: readonly Turn[], late?: LateAnswer): Turn | undefined {
  const [last, before] = history;
  const asked = (t: Turn | undefined) => t?.ambiguous === true && OPERATION_INTENTS.has(t.intent);
  if (asked(last)) return last;
  // "Both, bien sûr." or "Preprod, c'est pas prod?" to "which environment?" answered nothing the service could do:
  // the question it asked about a place, an app or a doubted word stays open for one more answer that names one
  // ("OK, prod only.") — never after a refusal, never for a bare yes, never for another operation or a read
  if (!late?.namesSomething || last?.intent !== 'unknown' || last.refused || !asked(before)) return undefined;
  const specific =
    (before.environments?.length ?? 0) > 1 ||
    (before.apps?.length ?? 0) > 1 ||
    (before.doubted?.length ?? 0) > 0;
  return specific && (late.intent === 'unknown' || late.intent === before.intent) ? before : undefined;
}

/** The plan a bare "네"/"no" answers: the last turn that said anything, if it was a destructive plan. */
export function pendingPlan(history: readonly Turn[]): Turn | undefined {
  // a question about a concept or help in between does not drop the plan; a refusal does ("actually no, cancel
  // that" then "ok" must not run what was refused)
  const said = history.find((t) => t.refused || (t.intent !== 'unknown' && t.intent !== 'help'));
  return said && !said.refused && !said.ambiguous && said.requiresConfirmation ? said : undefined;
}

/**
 * The apps a "그거"/"it" could mean: those of a turn that named several, or the apps of the last two turns
 * when they did the same thing to different apps ("web-app 배포" → "api-server도 배포"). After different
 * operations ("web-app 배포" → "거기서 api-server 재시작"), the last app is the one meant.
 */
export function referents(history: readonly Turn[]): { apps: string[]; turn?: Turn } {
  const named = history
    .slice(0, 3)
    .filter((t) => (t.apps?.length ?? 0) > 1 || (!t.ambiguous && t.entities.app));
  if (named.length === 0) return { apps: [] };
  if ((named[0].apps?.length ?? 0) > 1) return { apps: named[0].apps!, turn: named[0] };
  const [a, b] = named;
  // "order-api도 …" asked back, then answered: the talk moved on to order-api with the question and its answer
  const answered = history
    .slice(history.indexOf(a) + 1, history.indexOf(b))
    .some((t) => t.ambiguous && t.entities.app === a.entities.app);
  // "web-app 상태" → "아니 cart-api": the correction withdrew web-app; cart-api is the one referent left
  if (
    b &&
    b.entities.app &&
    b.intent === a.intent &&
    b.entities.app !== a.entities.app &&
    !a.corrects &&
    !answered
  )
    // in the order they were named, so "the first one" is the one named first
    return { apps: [b.entities.app, a.entities.app!], turn: a };
  return { apps: [] };
}

export const BOTH = new RegExp(
  `${W('both|one\\s+of\\s+(?:them|those|the\\s+two)|either\\s+(?:one|of\\s+them)')}|둘\\s?다|두\\s?개\\s?다|양쪽\\s?(?:다|모두)|둘\\s?중\\s?(?:하나|한\\s?개|아무거나)`,
);
/** "the one that broke", "the broken one", "the one with errors": an app told apart by how it behaves. */
const DESCRIBED_REFERENT = new RegExp(
  W(
    `the\\s+(?:${REFERENT_ADJECTIVE})\\s+one|the\\s+one\\s+(?:that|which)\\s+[a-z]+|the\\s+one\\s+(?:with|without|throwing|showing)\\s+[a-z]+|whichever`,
  ),
);

/** "아까 그 환경에서", "the earlier environment": a place pointed at by when it was said. */
const EARLIER_PLACE =
  /아까\s?(?:그\s?)?(?:환경|곳|데|거기)|(?<![a-z])the\s+earlier\s+(?:env(?:ironment)?|place|namespace)(?![a-z])/;

/**
 * "아까 그 환경에서 재시작해" after dev and staging, "Restart the broken one" after reading staging and then production:
 * the place pointed at is one of two the last turns named — asked, never the last one taken (blind rounds 103c, 122c).
 */
export function placeAmongSeveral(text: string, history: readonly Turn[]): boolean {
  if (!EARLIER_PLACE.test(text) && !DESCRIBED_REFERENT.test(text)) return false;
  const recent = history.slice(0, 4);
  const places = new Set(recent.flatMap((t) => (t.entities.environment ? [t.entities.environment] : [])));
  if (places.size < 2) return false;
  // a description tells apps apart when there are several; between places only when the app is the same
  return (
    EARLIER_PLACE.test(text) ||
    new Set(recent.flatMap((t) => (t.entities.app ? [t.entities.app] : []))).size < 2
  );
}

/**
 * "Roll back the one that broke" after several apps were named in the last three turns: which of them is asked,
 * even when one of them was taken up since — the description tells them apart, the conversation does not.
 */
export function describedAmongSeveral(text: string, history: readonly Turn[]): string[] | undefined {
  // "both of them … on production", "둘 다": one operation does one app — which first is asked
  if (BOTH.test(text)) {
    const { apps } = referents(history);
    if (apps.length > 1) return apps;
    // "order-api랑 worker …" → "worker만 먼저요" → "둘 다 …": every app named in the last three turns
    const named = new Set(
      history.slice(0, 3).flatMap((t) => [...(t.apps ?? []), ...(t.entities.app ? [t.entities.app] : [])]),
    );
    if (named.size > 1) return [...named];
  }
  // "아까 그거 restart 해 주세요" after two apps in the last turns: the earlier one is not told apart — asked
  if (EARLIER_ONE.test(text)) {
    const named = new Set(history.slice(0, 4).flatMap((t) => (t.entities.app ? [t.entities.app] : [])));
    if (named.size > 1) return [...named];
  }
  if (!DESCRIBED_REFERENT.test(text)) return undefined;
  return history.slice(0, 3).find((t) => (t.apps?.length ?? 0) > 1)?.apps;
}
const EARLIER_ONE =
  /아까\s?(?:그거|그것|그\s?앱|거|것)|(?<![a-z])(?:that|the)\s+(?:one|app)\s+from\s+(?:before|earlier)(?![a-z])|(?<![a-z])the\s+earlier\s+one(?![a-z])/;

/**
 * The deploy the service asked back about ("운영에도 같은 놈으로 올려" → "배포를 실행하라는 말씀인가요?"), when only concept
 * questions came since: a go-order that names no other app, environment or version ("상관없다 바로 쏴") means that
 * deploy — its version too, never whatever image runs now.
 */
export function askedDeploy(history: readonly Turn[], said: Entities): Entities | undefined {
  const last = history.find((t) => t.intent !== 'unknown' || Object.keys(t.entities).length > 0);
  if (!last?.ambiguous || last.intent !== 'deploy' || last.refused || !last.entities.tag) return undefined;
  const agrees = (['app', 'environment', 'tag'] as const).every(
    (e) => said[e] === undefined || said[e] === last.entities[e],
  );
  return agrees ? { ...said, ...last.entities } : undefined;
}

/**
 * "그러면 스테이징에 올려 주십시오" a turn or two after "web-app 4.3.1을 개발과 스테이징에 배포해" was asked about: a deploy of
 * one of the places it asked between, with no version said — which version is asked, never whatever runs now.
 */
export function versionLeftOpen(history: readonly Turn[], said: Entities, text: string): boolean {
  const asked = history.slice(0, 3).find((t) => t.intent === 'deploy');
  if (readThenPromoted(history, said, text)) return true;
  // "운영에도 같은 버전" with no version to carry (the last deploy said none): which version is asked, never a redeploy
  if (said.tag === undefined && SAME_RELEASE.test(text)) return true;
  if (EARLIER_VERSION.test(text) && versionsDeployed(history, said.app) > 1) return true;
  return (
    asked?.ambiguous === true &&
    asked.entities.tag !== undefined &&
    said.tag === undefined &&
    (said.app === undefined || said.app === asked.entities.app) &&
    said.environment !== undefined &&
    (asked.environments ?? []).includes(said.environment)
  );
}

/** "운영엔 아까 버전으로 올려", "the earlier version to prod": a version pointed at by when it was said. */
const EARLIER_VERSION =
  /아까\s?(?:그\s?)?(?:버전|태그|빌드)|(?<![a-z])(?:the\s+)?(?:earlier|version\s+from\s+before)\s*(?:version|tag|build)?(?![a-z])/;
/** How many versions of `app` the last turns deployed: after two, "아까 버전" is asked (blind round 199c). */
const versionsDeployed = (history: readonly Turn[], app?: string) =>
  new Set(
    history
      .slice(0, 4)
      .filter((t) => t.intent === 'deploy' && t.entities.tag && (!app || t.entities.app === app))
      .map((t) => t.entities.tag),
  ).size;

/**
 * "괜찮네요. 그거 운영에도 올려 주세요" right after a status read of web-app in staging: which version runs there was the
 * service's to say, never said — asked, not a deploy of whatever production would pull (rounds 155c, 166c). With a
 * version deployed in the conversation, "the same" is that version.
 */
const THAT_ONE =
  /그거|그걸|그것|이거|같은\s?(?:거|걸|버전)|(?<![a-z])(?:that|it|the\s+same(?:\s+version)?)(?![a-z])/;
function readThenPromoted(history: readonly Turn[], said: Entities, text: string): boolean {
  const read = history[0];
  const app = said.app ?? read?.entities.app;
  return (
    read !== undefined &&
    READ_INTENTS.has(read.intent) &&
    app !== undefined &&
    read.entities.app === app &&
    said.tag === undefined &&
    said.environment !== undefined &&
    read.entities.environment !== said.environment &&
    THAT_ONE.test(text) &&
    !history.slice(0, 6).some((t) => t.intent === 'deploy' && t.entities.app === app && t.entities.tag)
  );
}

/** "다른 것도", "나머지 하나도", "the other one too": the other of the two apps the conversation just named. */
export const OTHER_ONE =
  /(?:다른|나머지)\s?(?:것|거|걸|하나|한\s?개|앱|서비스)(?!(?:은|는|이|가)\s)|(?<![a-z])the\s+other\s+(?:one|app|service)(?![a-z])(?!['’]s|\s+(?:is|was|has|had|got|looks|seems|went)(?![a-z]))/;

/** The app named most recently beside `current` (in one turn or the two before), if there is one. */
export function otherApp(history: readonly Turn[], current: string): string | undefined {
  for (const t of history.slice(0, 4)) {
    const named = [...(t.apps ?? []), ...(t.entities.app ? [t.entities.app] : [])];
    const other = named.find((a) => a !== current);
    if (other) return other;
  }
  return undefined;
}

/**
 * "응 지워" after "운영 batch-job 지워" was put aside for "frontend 재시작해": the delete asked was of another app than
 * the one the conversation is now on — which app is asked, the one just restarted is never deleted for it.
 */
export function deleteOfAnotherApp(history: readonly Turn[], app: string | undefined): boolean {
  const latest = history.find((t) => CHANGE_INTENTS.has(t.intent));
  if (!app || !latest || latest.intent === 'delete') return false;
  return history
    .slice(0, 4)
    .some((t) => t.intent === 'delete' && t.entities.app !== undefined && t.entities.app !== app);
}

/** "Anyway, back to the first one", "다시 처음 거", "처음에 물어본 거", "the one I asked about first". */
const FIRST_APP =
  /(?<![a-z])back\s+to\s+the\s+first\s+(?:one|app)(?![a-z])|(?:다시\s?)?처음\s?(?:거|것|꺼)\s?(?:말인데|얘기|(?:으로|로)\s?돌아)|다시\s?처음\s?(?:거|것|꺼)|(?:맨\s?)?처음(?:에)?\s?(?:물어본|여쭤본|여쭌|얘기한|말한|말씀드린|봤던|본)\s?(?:거|것|앱|애|쪽)|(?<![a-z])the\s+(?:one|app)\s+(?:i|we)\s+(?:asked|looked|checked)\s+(?:about\s+|at\s+)?first(?![a-z])|(?<![a-z])the\s+first\s+(?:one|app)(?![a-z])(?!\s*,?\s*for\s+now)/;
/** "전자", "the former" / "후자", "the latter": of the two apps last named, the first or the second. */
const FORMER =
  /(?<![가-힣])(?:전자|앞(?:에|의)?\s?(?:것|거|꺼))(?:[은는를을가이도의만]|\s?쪽)?(?![가-힣])|(?<![a-z])the\s+former(?![a-z])/;
const LATTER =
  /(?<![가-힣])(?:후자|뒤(?:에|의)?\s?(?:것|거|꺼))(?:[은는를을가이도의만]|\s?쪽)?(?![가-힣])|(?<![a-z])the\s+latter(?![a-z])/;
/** "나머지 하나", "다른 하나", "the other one": of the two apps last named, the one not just talked about. */
const THE_OTHER =
  /나머지\s?(?:하나|한\s?개|거|것|앱)|나머지(?:도|는|를)?(?![가-힣])|다른\s?하나|(?<![a-z])the\s+other(?:\s+(?:one|app))?(?!\s+(?!one|app)[a-z])(?![a-z])/;

const GO_AHEAD = /(?<![a-z])(?:go\s+ahead|proceed)(?![a-z])|진행/;

/** "후자 말고 전자", "not the latter, the former": the one refused is not the one meant. */
const LATTER_REFUSED = /후자\s?(?:는\s?)?(?:말고|아니고|아니라)|(?<![a-z])not\s+the\s+latter(?![a-z])/;
const FORMER_REFUSED = /전자\s?(?:는\s?)?(?:말고|아니고|아니라)|(?<![a-z])not\s+the\s+former(?![a-z])/;

/** Which of the two apps last named the words point at: the former (0), the latter (1) or the other one. */
function whichOfTwo(text: string): 0 | 1 | 'other' | undefined {
  const former = FORMER.test(text);
  const latter = LATTER.test(text);
  if (former && latter) return LATTER_REFUSED.test(text) ? 0 : FORMER_REFUSED.test(text) ? 1 : undefined;
  if (former || latter) return former ? 0 : 1;
  // "go ahead with the other one": the other operation waiting, not another app
  return THE_OTHER.test(text) && !GO_AHEAD.test(text) ? 'other' : undefined;
}

/** The app and place of the turn that named it. */
const placeOf = (t: Turn | undefined, app: string): Entities => ({
  app,
  ...(t?.entities.environment ? { environment: t.entities.environment } : {}),
});

/** The two apps last named: by one turn together, or by the last two turns that named one each. */
function lastPair(
  history: readonly Turn[],
): { apps: readonly string[]; turns: readonly (Turn | undefined)[] } | undefined {
  const together = history.find((t) => (t.apps?.length ?? 0) === 2);
  const singles: Turn[] = [];
  for (const t of history) {
    if (together && t === together) break;
    const app = t.entities.app;
    if (app && !t.ambiguous && !singles.some((s) => s.entities.app === app)) singles.push(t);
  }
  // the apps named together stay the pair while later turns only went on with them
  if (together && (singles.length < 2 || singles.every((t) => together.apps!.includes(t.entities.app!))))
    return { apps: together.apps!, turns: [together, together] };
  if (singles.length < 2) return undefined;
  const [later, earlier] = singles;
  return { apps: [earlier.entities.app!, later.entities.app!], turns: [earlier, later] };
}

/**
 * The app the words point at by its place in the conversation — the first one asked about, the former or the latter
 * of the two last named, or the other one of them — with the place of the turn that named it. `asked`: the service's
 * own question waits (the former or the latter answers it; the first one asked about is not an answer).
 */
export function appPointedAt(history: readonly Turn[], text: string, asked: boolean): Entities | undefined {
  text = text.toLowerCase();
  if (FIRST_APP.test(text)) {
    if (asked) return undefined;
    const first = [...history].reverse().find((t) => t.entities.app && !t.ambiguous);
    return first && placeOf(first, first.entities.app!);
  }
  const which = whichOfTwo(text);
  if (which === undefined) return undefined;
  // "the former" answering which of two environments is a place, not an app
  if ((history[0]?.environments?.length ?? 0) > 1) return undefined;
  const pair = lastPair(history);
  if (!pair) return undefined;
  if (which !== 'other') return placeOf(pair.turns[which], pair.apps[which]);
  // the other one: the app of the pair the conversation went on with since is not it
  const since = history.find((t) => t.entities.app && pair.apps.includes(t.entities.app) && !t.apps);
  if (!since) return undefined;
  const k = pair.apps.indexOf(since.entities.app!) === 0 ? 1 : 0;
  return placeOf(pair.turns[k], pair.apps[k]);
}

/**
 * The words pointing at an app by its place in the conversation, and the text with them read as its name ("Scale the
 * former to 4" → "Scale cart-api to 4"; the first one asked about keeps its words: "back to the first one" is no undo).
 */
export function withPointedAppNamed(
  history: readonly Turn[],
  text: string,
  asked: boolean,
): { text: string; pointed?: Entities } {
  const lowered = text.toLowerCase();
  const which = whichOfTwo(lowered);
  // "Restart it on the latter" after frontend was looked at on staging and on prod: the place
  const places = history[0]?.environments;
  if ((which === 0 || which === 1) && places?.length === 2) {
    const m = [FORMER, LATTER][which].exec(lowered);
    return m
      ? { text: `${text.slice(0, m.index)}${places[which]}${text.slice(m.index + m[0].length)}` }
      : { text };
  }
  const pointed = appPointedAt(history, text, asked);
  if (!pointed?.app || which === undefined) return { text, ...(pointed ? { pointed } : {}) };
  const m = { 0: FORMER, 1: LATTER, other: THE_OTHER }[which].exec(lowered);
  const named = m ? `${text.slice(0, m.index)}${pointed.app}${text.slice(m.index + m[0].length)}` : text;
  return { text: named, pointed };
}

/** A clear change that needed no confirmation: it ran when it was said. */
export const ranAlready = (t: Turn | undefined): t is Turn =>
  t !== undefined && CHANGE_INTENTS.has(t.intent) && !t.ambiguous && !t.requiresConfirmation;

const ORDERS_MORE =
  /(?<![a-z])(?:same|now|too|also|again|then|put|deploy|ship|roll|restart|scale)(?![a-z])|똑같이|같은|다시|이제|해\s?주|해줘|진행/;
const LOOKS_FINE =
  /(?<![a-z])(?:good|fine|great|nice|works|working|ok|okay|alright|all\s+right|looks?\s+(?:good|fine|ok))(?![a-z])|괜찮|좋(?:네|아|아요|습니다|다)|잘\s?(?:돼|되네|되고|나와|나오|떠|뜨네|돌아)|정상/;
/** Says only how it went: no place, no "the same", no order beside it ("Good. Now the same build to prod."). */
const looksFineOnly = (text: string) =>
  LOOKS_FINE.test(text) && !PLACE_WORD.test(text) && !ORDERS_MORE.test(text);

/** Names nothing else than what ran ("there" is the place that ran). */
const namesOnlyWhatRan = (entities: Entities, ran: Turn) =>
  (Object.keys(entities) as (keyof Entities)[]).every((k) => entities[k] === ran.entities[k]);

/**
 * "Good there.", "It works there." right after a deploy there: read as that change again, it would run the same change
 * on the same target — with no "again" and no correction said, it is a remark on what ran, nothing to run (round 202c).
 */
export function remarkOnWhatRan(
  reading: { intent: Intent; text: string },
  correction: boolean,
  entities: Entities,
  repeated: Turn,
): boolean {
  if (reading.intent !== 'unknown' || correction || !CHANGE_INTENTS.has(repeated.intent)) return false;
  return looksFineOnly(reading.text) && namesOnlyWhatRan(entities, repeated);
}

/**
 * "it looks good there" right after a change ran: "it" and "there" point at what ran, and the conversation's change
 * would be repeated without its release — a remark on what ran, nothing to run or carry.
 */
function looksFineAfterWhatRan(
  own: { intent: Intent; text: string; entities: Entities },
  history: readonly Turn[],
) {
  const ran = history[0];
  // "Did it come out fine?", "정상적으로 반영되었는지 확인 부탁드립니다" ask how it went: a read of it
  if (QUESTION.test(own.text) || asksRead(own.text)) return false;
  return (
    own.intent === 'unknown' &&
    ranAlready(ran) &&
    looksFineOnly(own.text) &&
    namesOnlyWhatRan(own.entities, ran)
  );
}

/** A report of what was done, a remark on an app named ("billing-api는 아까 재시작해 뒀어") or on what just ran. */
export const onlyRemarks = (
  text: string,
  now: string,
  own: { intent: Intent; text: string; entities: Entities },
  history: readonly Turn[],
) =>
  PAST_REPORT.test(text) ||
  REMARK_ON_NAMED.test(now.toLowerCase()) ||
  tellsOwnDeed(now, own.entities) ||
  looksFineAfterWhatRan(own, history);
