import { CHANGE_INTENTS } from './intents.js';
import { INTENT_PATTERNS, READ_ASKED_FOR } from './lexicon.js';
import type { ReadState } from './reader-state.js';
import { literally } from './literal-pattern.js';

/**
 * Where one clause of a message ends and another begins: a sentence's break, a dash, a Korean ending that gives a
 * reason or a background ("느린데" — 데 after a fused ㄴ —, "느려서", "오류가 나서요,", "때문에"), an English "because", "since", "meanwhile",
 * and a comma only before a clause of its own ("…, frontend can't log anyone in", "…, restart api-server") — a
 * comma between names lists them ("worker, frontend logs").
 */
const CLAUSE_BREAK =
  /[.?!;]+\s+|\s[—–]+\s|(?<=[가-힣])(?:는데|은데|인데|던데|데|어서|아서|해서|여서|라서|나서|니까|으니|므로|길래|거든)(?:요)?(?=[\s,])|\s때문에\s|(?<![a-z'])(?:because|since|cause|cuz|meanwhile|anyway|anyways)(?![a-z'])|,\s*(?=(?:[^\s,]+\s+){0,3}?(?:is|are|was|were|has|have|had|can't|cannot|won't|isn't|doesn't|don't|broke|keeps|seems|looks|needs)(?![a-z]))|,\s*(?=(?:please\s+)?(?:restart|redeploy|deploy|roll|scale|delete|remove|bounce|show|check)(?![a-z]))/g;

/** "Sorry, batch-job, not worker": a clause that corrects the order's app is no reason beside it. */
const SECOND_ORDER_OR_CORRECTION =
  /말고|아니|대신|(?<![a-z])(?:not|no|sorry|meant|instead|actually|rather|also|too)(?![a-z])|도\s/;

/** A registered app's name as a word of its own in a clause. */
const names = (clause: string, app: string) => new RegExp(`(?<![a-z0-9-])${app}(?![a-z0-9-])`).test(clause);

/**
 * "Restart worker because api-server is slow", "운영 api-server 느린데 worker 재시작해", "roll back web-app on prod, it
 * broke checkout in cart-api", "deploy X to dev — is batch-job still failing": two registered apps, but one is in the
 * clause that orders (or asks) and the other only in a reason, a background or a question beside it — the target is
 * the one the operation's own clause names (blind round 132). A place said only in the other clause is no place of the
 * target's: asked.
 */
export function withoutAppOfAnotherClause(s: ReadState): void {
  const names_ = [...new Set(s.candidates.map((c) => c.name))];
  if (names_.length < 2 || !names_.every((n) => s.knownApps?.has(n))) return;
  const verb = INTENT_PATTERNS.find(([intent]) => intent === s.intent)?.[1];
  if (!verb) return;
  const clauses = s.lowered.split(CLAUSE_BREAK);
  const ordering = clauses.filter((c) => verb.test(c));
  // the other clauses give a reason or ask a question; an operation or a read requested there is a second order, asked
  const others = clauses.filter((c) => c !== ordering[0]);
  if (
    ordering.length !== 1 ||
    others.some(
      (c) =>
        SECOND_ORDER_OR_CORRECTION.test(c) ||
        INTENT_PATTERNS.some(([i, re]) => re.test(c) && (CHANGE_INTENTS.has(i) || READ_ASKED_FOR.test(c))),
    )
  )
    return;
  const target = names_.filter((n) => names(ordering[0], n));
  if (target.length !== 1) return;
  s.candidates.splice(0, s.candidates.length, ...s.candidates.filter((c) => c.name === target[0]));
  const placeElsewhere =
    s.envHits.length > 0 && !s.envHits.some((h) => ordering[0].includes(s.text.slice(h.start, h.end)));
  if (placeElsewhere && !s.unclear.includes('environment')) s.unclear.push('environment');
}

/**
 * "web-app은 아까 했으니까 나머지도 재시작해", "restart the rest on staging": the apps not yet done — which ones is asked,
 * never the one named as done taken for them ("frontend만 롤백 나머지는 냅둬" leaves the rest alone: not this).
 */
const THE_REST_ORDERED =
  /나머지\s?(?:도|를|들도|들을|전부|다|앱들?)(?!\s?(?:그대로|냅|놔|두|둬|건드리지|괜찮|멀쩡|정상))|(?<![a-z])(?:restart|redeploy|deploy|roll\s+back|rollback|scale|delete|remove|bounce)\s+(?:all\s+)?(?:the\s+rest|the\s+others|everything\s+else)(?![a-z])|(?<![a-z])(?:the\s+rest|the\s+others)\s+(?:too|as\s+well)(?![a-z])/;

/**
 * "운영 billing-api 재시작해 주십시오. 아, billing-api가 아니라 수납 창구 쪽입니다", "Scale payment-svc … — wait, not
 * payment-svc, the billing side": the app ordered, then taken back for one only described (blind round 226) — asked.
 */
function takenBackLater(s: ReadState, app: string): boolean {
  const name = literally(app);
  const back = new RegExp(
    `(?<![a-z0-9-])${name}(?![a-z0-9-])\\s?(?:이|가|은|는)?\\s?(?:아니라|아니고|아니에요|아닙니다|말고)|(?<![a-z])not\\s+(?:the\\s+)?${name}(?![a-z0-9-])\\s*[,;—–-]`,
  ).exec(s.lowered);
  return !!back && s.lowered.indexOf(app) < back.index;
}

/** The app asked, not taken: the rest of the apps ordered, or the app named taken back later in the message. */
export function askAppNotTheTarget(s: ReadState): void {
  if (!CHANGE_INTENTS.has(s.intent)) return;
  const app = s.entities.app;
  if (!THE_REST_ORDERED.test(s.lowered) && !(app && takenBackLater(s, app))) return;
  delete s.entities.app;
  if (!s.unclear.includes('app')) s.unclear.push('app');
}

const JOINED = String.raw`\s?(?:이랑|랑|하고|과|와|및|and|&|\+|또는|혹은|아니면|(?<=\s)(?:or|ya)(?=\s))\s?`;
/** "web-app 재시작… 아니 web-app2였어요", "worker — no wait, I meant worker-lab": the name said first taken back. */
const CORRECTED_TO = String.raw`(?![a-z0-9-]).{0,60}?(?:아니|아냐|말고|정정|(?<![a-z])(?:no\s+wait|i\s+meant|i\s+mean|scratch\s+that)(?![a-z])).{0,30}?(?<![a-z0-9-])`;
/**
 * "운영 worker랑 briquette-map 재시작해", "auth-service or auth-proxy": a registered app joined to (or offered beside) a
 * name nobody registered — two targets, asked (the unregistered one is never dropped for the registered one beside
 * it); "cart-api 지워 아 아니 cart-api-old 얘기야": the registered one corrected to it — asked, never the name taken back
 * (blind round 214).
 */
export function joinedToUnregistered(s: ReadState, known: string, names: readonly string[]): boolean {
  return names.some(
    (n) =>
      n !== known &&
      (/[-_]/.test(n) || /^(?!v\d)[a-z]+\d+$/.test(n)) &&
      new RegExp(
        `${known}${JOINED}${n}(?![a-z0-9-])|(?<![a-z0-9-])${n}${JOINED}${known}|${known}${CORRECTED_TO}${n}(?![a-z0-9-])`,
      ).test(s.lowered),
  );
}
