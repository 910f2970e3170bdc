/** The reader's entity steps after the tags (reader-images.ts): counts, environments and the app, each masked once read. */
import { parseNumber } from './korean.js';
import {
  ALL_MARKER,
  DICTIONARY_WORDS,
  ENV_BY_ALIAS,
  ENV_FUZZY,
  ENV_PATTERN,
  NOT_PROD_LOOKALIKE,
  STOP_WORDS,
  WEAK_DEPLOY,
  WEAK_SCALE,
  isProductionInAnotherTongue,
  REFERENCE,
  SHORT_PRODUCTION_LOOKALIKES,
} from './lexicon.js';
import { CHANGE_INTENTS } from './intents.js';
import { isEnglishWord } from './english.js';
import {
  ALL_ENVIRONMENTS,
  EVERYWHERE,
  APP_MARKER_AFTER,
  BARE_NUMBER,
  CANDIDATE,
  CURRENT_COUNT,
  FROM_TO_REPLICAS,
  LINES,
  LIST_WORDS,
  MAY_HAVE_LINES,
  MAY_HAVE_REPLICAS,
  ORDINAL_REVISION,
  PROD_INSIDE,
  REFUSED_AFTER,
  REFUSED_BEFORE,
  REPLACED_AFTER,
  LEFT_OUT_AFTER,
  LEFT_OUT_BEFORE,
  REPLICAS,
  REVISION_HINT,
  SCALE_NUMBER,
  fuzzyMax,
  productionLookalikeAt,
  GLUED_COPY,
  fuzzyEnvironmentWord,
  mask,
  nearKnown,
  ordinal,
  spacedPattern,
  NOT_THIS_ENVIRONMENT_AFTER,
} from './reader-patterns.js';
import {
  DESCRIBED_PRODUCTION,
  NUMBERED_COPY_AFTER,
  guessesEnvironment,
  namesPlaceWeDoNotHave,
  placeCutOff,
  UNREGISTERED_ENVIRONMENT,
} from './places-we-do-not-have.js';
import type { EnvironmentHit, ReadState } from './reader-state.js';
import { describedNotNamed } from './app-position.js';
import { askAppNotTheTarget, joinedToUnregistered, withoutAppOfAnotherClause } from './app-clauses.js';
import { reasonClauseEnd } from './reason-clauses.js';
import { HAN } from './chinese.js';
import { readAimedRevision } from './aimed-values.js';
import { countLeftOpen, readReplicaCounts } from './settled-counts.js';
import { copiesEnvironment, describedServerAt } from './described-servers.js';
import { koreanProductionLookalike } from './korean-production-lookalikes.js';
import { readKoreanEnvironmentSlip } from './korean-environment-slips.js';
import { NLP_ENVIRONMENTS, type NlpEnvironment } from './types.js';

/** "최근 1시간", "since 10 minutes ago", "last 2h": a span of time, never a count of lines or replicas. */
const DURATION =
  /(?<![\w.])(?:\d+|한|두|세|네|다섯|여섯|열|스무|서른)\s?(?:시간|분|초|일|주)(?![가-힣]*\s?(?:개|대|줄|라인|번))|(?<![\w.])\d+\s?(?:hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?)(?![a-z])|(?<![\w.:-])\d+(?:h|m|s|d)(?![a-z0-9])/g;

/** "the order form is still live there", "it went live": live said of a thing's state, not the environment. */
const LIVE_AS_STATE = /(?<![a-z])(?:still|goes|go|going|went|gone|be|being|been)\s+$/;

/** Numbers: revision, lines, replicas (each masked once read). */
export function readCounts(s: ReadState): void {
  const { entities } = s;
  s.rest = s.rest.replace(DURATION, (m) => ' '.repeat(m.length));
  const revision = readAimedRevision(s);
  if (revision !== undefined) entities.revision ??= revision;
  for (const re of MAY_HAVE_LINES.test(s.rest) ? LINES : []) {
    for (const m of s.rest.matchAll(re)) {
      const n = parseNumber(m[1]);
      if (n === undefined) continue;
      entities.lines ??= n;
      s.rest = mask(s.rest, { start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of REVISION_HINT.test(s.rest) ? s.rest.matchAll(ORDINAL_REVISION) : []) {
    const n = ordinal(m[1] ?? m[2] ?? m[3]);
    if (n === undefined) continue;
    entities.revision ??= n;
    s.rest = mask(s.rest, { start: m.index, end: m.index + m[0].length });
  }
  for (const m of s.rest.matchAll(CURRENT_COUNT))
    s.rest = mask(s.rest, { start: m.index, end: m.index + m[0].length });
  // "3개에서 6개로", "from 5 to 2": the target
  for (const m of /에서|from/.test(s.rest) ? s.rest.matchAll(FROM_TO_REPLICAS) : []) {
    // "anywhere from 3 to 5 pods": a range, asked (RANGE_COUNT)
    if (/anywhere\s+$/.test(s.rest.slice(0, m.index))) continue;
    const n = parseNumber(m[2] ?? m[4]);
    if (n === undefined) continue;
    entities.replicas ??= n;
    s.rest = mask(s.rest, { start: m.index, end: m.index + m[0].length });
  }
  if (countLeftOpen(s.rest, s.text)) s.unclear.push('replicas');
  // "to 2 replicas, 37 users today": a count before its word first — "replicas 37" is read after (punctuation is gone)
  for (const re of MAY_HAVE_REPLICAS.test(s.rest) ? COUNT_BEFORE_WORD_FIRST : []) readReplicaCounts(s, re);
}

const COUNT_BEFORE_WORD_FIRST = [REPLICAS[2], REPLICAS[0], REPLICAS[1]];

/** A count read where no verb says scale, or where the verb means fewer/more replicas: a scale. */
export function correctIntentByCounts(s: ReadState): void {
  const { entities } = s;
  // "cart-api prod v2.4.0 replicas 6. go": with a version too it is a deploy with replicas (inferred later);
  // "3개 더 ㄱ 트래픽 폭주": a count more and a go-word is a scale by that many (asked about), the app or not said
  if (
    s.intent === 'unknown' &&
    entities.replicas !== undefined &&
    entities.tag === undefined &&
    (WEAK_SCALE.test(s.text) || (s.unclear.includes('replicas') && WEAK_DEPLOY.test(s.text)))
  )
    s.intent = 'scale';
  // "원래대로 2개로 되돌리십시오", "back to 3 replicas": a count of replicas gone back to is a scale, not a rollback
  if (
    s.intent === 'rollback' &&
    entities.replicas !== undefined &&
    entities.tag === undefined &&
    entities.revision === undefined &&
    /\d+\s?(?:개|대)|(?<![a-z])(?:replicas?|pods?|instances?)(?![a-z])/.test(s.text) &&
    // "롤백하고 cart-api는 10개로 늘려": the count is the other order's
    !/늘려|늘리|줄여|줄이|증설|축소|스케일|(?<![a-z])scale/.test(s.text)
  )
    s.intent = 'scale';
  // "올려", "4개 띄워" with a replica count and no tag means more replicas, not a release
  if (
    s.intent === 'deploy' &&
    entities.replicas !== undefined &&
    entities.tag === undefined &&
    !/배포|deploy|디플로이|릴리/.test(s.rest) &&
    /올려|올리|띄워|띄우/.test(s.rest)
  )
    s.intent = 'scale';
  // "하나만 더 띄워줘": more of the same app, by a count not yet said
  if (
    s.intent === 'deploy' &&
    s.unclear.includes('replicas') &&
    entities.tag === undefined &&
    /띄워|띄우|올려|올리/.test(s.rest)
  )
    s.intent = 'scale';
  // "v2.3.0으로 맞춰줘", "set web-app to v1.4.2": a version set is a deploy of it
  if (
    s.intent === 'scale' &&
    entities.tag !== undefined &&
    entities.replicas === undefined &&
    !s.unclear.includes('replicas')
  )
    s.intent = 'deploy';
  // "2개로 내려", "0으로 내려" lower replicas; they do not delete
  if (
    s.intent === 'delete' &&
    (entities.replicas !== undefined ? /내려|내리|줄/ : LOWERED_TO_NUMBER).test(s.rest)
  )
    s.intent = 'scale';
}

const LOWERED_TO_NUMBER = /(?<![\d.])\d+\s?(?:으로|로)(?:만|까지)?\s?(?:내려|내리|줄)/;

/**
 * A scale's target number ("to 3", "3으로") when no count word was read; "cpu pinned on all 6 pods. scale api-server to
 * 12": a count word read, then another number the scale goes to — which one, asked.
 */
export function readScaleTarget(s: ReadState): void {
  if (s.intent === 'scale' && s.entities.replicas === undefined)
    for (const re of SCALE_NUMBER) readReplicaCounts(s, re);
  const to = s.intent === 'scale' ? SCALED_TO.exec(s.rest) : null;
  if (to && Number(to[1]) !== s.entities.replicas && !s.unclear.includes('replicas'))
    s.unclear.push('replicas');
}
// (one or two spaces: a count already read is blanked out, and the number after its blank is another one's)
const SCALED_TO = /(?<![a-z])(?:scale|scaled|scaling)\s(?:\S+\s){0,4}?to\s{1,2}(\d+)(?![\d.])/;

/** Two scale targets in a row, a logs count read as replicas, and a lone bare number for scale or logs. */
export function settleCounts(s: ReadState): void {
  const { entities } = s;
  // "scale worker to 0 and then back to 3": two targets
  if (
    s.intent === 'scale' &&
    [...s.rest.matchAll(BARE_NUMBER)].length > 0 &&
    /(?:and\s+then|then|다음|후에|했다가|다가)/.test(s.rest)
  )
    s.unclear.push('replicas');
  // "v2 배포하고 3개로 늘려줘" keeps its count (a deploy takes replicas; the question asked back offers both), but
  // "cart-api 배포하고 batch-job 2개로 줄여" gives it to the other app
  const count = entities.replicas;
  const after = s.joinedAt >= 0 ? s.text.slice(s.joinedAt) : '';
  if (
    s.intent === 'deploy' &&
    count !== undefined &&
    after.includes(`${count}`) &&
    [...(s.knownApps ?? [])].some((a) => a !== entities.app && after.includes(a))
  )
    delete entities.replicas;
  if (s.intent === 'logs') {
    if (entities.lines === undefined && entities.replicas !== undefined) entities.lines = entities.replicas;
    delete entities.replicas;
  }
  if (
    (s.intent === 'scale' && entities.replicas === undefined) ||
    (s.intent === 'logs' && entities.lines === undefined)
  ) {
    const bare = [...s.rest.matchAll(BARE_NUMBER)];
    if (bare.length === 1) {
      if (s.intent === 'scale') entities.replicas = Number(bare[0][1]);
      else entities.lines = Number(bare[0][1]);
      s.rest = mask(s.rest, { start: bare[0].index, end: bare[0].index + bare[0][0].length });
    }
  }
}

const NAMED_PLACE =
  /(?<![a-z])(?:on|onto|to|into)\s+(?:the\s+)?([a-z][a-z0-9]{3,}-[a-z0-9-]*[a-z0-9])(?=\s|[.,!?;]|$)/g;

/** Environment words (and production look-alikes), minus those inside a reason clause. */
export function readEnvironments(s: ReadState): void {
  const { envHits } = s;
  for (const m of s.rest.matchAll(ENV_PATTERN)) {
    const alias = m[1] ?? m[2];
    const env = ENV_BY_ALIAS.get(alias);
    // an app registered as "dev-server" is that app, not the development environment
    const end = m.index + m[0].length;
    if (!env || (m[2] && m[0] !== alias && s.knownApps?.has(m[0]))) continue;
    if (NOT_THIS_ENVIRONMENT_AFTER.get(alias)?.test(s.rest.slice(end))) continue;
    if (alias === 'live' && LIVE_AS_STATE.test(s.rest.slice(0, m.index))) continue;
    // "스테이징양식장", and "스테이징2", "개발-2", "스테이징-B" (a numbered or lettered copy): which environment, asked
    if (
      (env !== 'production' && m[1] && GLUED_COPY.test(s.rest.slice(end))) ||
      NUMBERED_COPY_AFTER.test(s.rest.slice(end))
    ) {
      if (!s.unclear.includes('environment')) s.unclear.push('environment');
      continue;
    }
    envHits.push({ env, start: m.index, end });
    if (env === 'production' && m[1] && productionLookalikeAt(s.text, s.rest, m[1], m.index, end))
      s.fuzzy.push('environment');
  }
  // "stg2", "us-east-1", "kube-system 네임스페이스", "그린 환경": a place we do not have — asked, never the environment its
  // name starts with nor the default
  if (namesPlaceWeDoNotHave(s.rest, envHits.length > 0) || (envHits.length === 0 && placeCutOff(s.text))) {
    envHits.length = 0;
    if (!s.unclear.includes('environment')) s.unclear.push('environment');
  }
  for (const h of envHits) s.rest = mask(s.rest, h);
  // environments inside a reason clause ("스테이징 검증 끝났으니 운영에 올려") are not where to act
  const because = reasonClauseEnd(s);
  if (because >= 0 && envHits.some((h) => h.start > because)) {
    for (let k = envHits.length - 1; k >= 0; k--) if (envHits[k].end <= because) envHits.splice(k, 1);
  }
  // Chinese words for production (生产, 线上) come in English sentences too
  if ((s.language === 'ko' || HAN.test(s.rest)) && !envHits.some((h) => h.env === 'production')) {
    const at = koreanProductionLookalike(s.rest);
    if (at) {
      envHits.push({ env: 'production', ...at });
      s.fuzzy.push('environment');
      s.rest = mask(s.rest, at);
    }
  }
  if (envHits.length === 0) {
    const described = DESCRIBED_PRODUCTION.exec(s.rest);
    if (described) {
      const at = { start: described.index, end: described.index + described[0].length };
      envHits.push({ env: 'production', ...at });
      s.fuzzy.push('environment');
      s.rest = mask(s.rest, at);
    }
  }
  if (envHits.length > 0 && guessesEnvironment(s.lowered)) s.fuzzy.push('environment');
  if (s.language === 'ko' && envHits.length === 0) readKoreanEnvironmentSlip(s);
  // "put order-api 6.1.0 on launch-rehearsal": a place named that is no environment of ours — asked, never the default
  if (envHits.length === 0)
    for (const m of s.rest.matchAll(NAMED_PLACE))
      if (!s.knownApps?.has(m[1]) && !ENV_BY_ALIAS.has(m[1]) && !s.unclear.includes('environment'))
        s.unclear.push('environment');
  // "본대회 서버에 있는 web-app … 스테이징에서는 확인 끝났어요": a production described beside a place named is two places — asked
  const described = envHits.some((h) => h.env === 'production') ? undefined : describedServerAt(s.rest);
  if (described) {
    envHits.push({ env: 'production', ...described });
    s.fuzzy.push('environment');
    s.rest = mask(s.rest, described);
  }
}

/** App candidates (Latin names); typos of environment words are recognised here as environments. */
export function readAppCandidates(s: ReadState): void {
  const known = s.knownApps;
  for (const name of s.imageApps) s.candidates.push({ name, score: 10 });
  for (const m of s.rest.matchAll(CANDIDATE)) {
    const name = m[1];
    if (name.length < 2 || STOP_WORDS.has(name)) continue;
    // pre-prod, prod-like, prodd-eu, production-ish: a production word inside a longer word that is no app
    const prodWithin =
      name.includes('-') && PROD_INSIDE.test(name) && !known?.has(name) && !nearKnown(name, known);
    if (DICTIONARY_WORDS.has(name) && !known?.has(name) && !prodWithin) continue;
    if (!prodWithin && !known?.has(name) && !nearKnown(name, known) && copiesEnvironment(name, known)) {
      if (!s.unclear.includes('environment')) s.unclear.push('environment');
      continue;
    }
    if ((SHORT_PRODUCTION_LOOKALIKES.has(name) || isProductionInAnotherTongue(name)) && !known?.has(name)) {
      s.envHits.push({ env: 'production', start: m.index, end: m.index + name.length });
      s.fuzzy.push('environment');
      continue;
    }
    const max = fuzzyMax(name.length);
    if (max > 0 && !known?.has(name)) {
      const envTypo: readonly [string, NlpEnvironment] | undefined =
        PROD_INSIDE.test(name) || lettersOfProd(name)
          ? ['production', 'production']
          : ENV_FUZZY.find(([word, env]) => fuzzyEnvironmentWord(name, word, env, max));
      if (envTypo && (!name.includes('-') || prodWithin) && !NOT_PROD_LOOKALIKE.has(name)) {
        s.envHits.push({ env: envTypo[1], start: m.index, end: m.index + name.length });
        s.fuzzy.push('environment');
        continue;
      }
    }
    // an ordinary English word ("many", "rollbacks", "something") is no app unless it is (a near miss of) one
    if (!/[-_.\d]/.test(name) && isEnglishWord(name) && !nearKnown(name, known)) continue;
    const [before, after] = [s.rest.slice(0, m.index), s.rest.slice(m.index + name.length)];
    if (!known?.has(name) && !nearKnown(name, known) && describedNotNamed(before, after)) continue;
    // "web-app 대신 api-server", "instead of web-app", "all apps except worker": the one left out is not the app
    if (REPLACED_AFTER.test(after) || LEFT_OUT_BEFORE.test(before)) continue;
    let score = 0;
    if (known?.has(name)) score += 5;
    if (APP_MARKER_AFTER.test(s.rest.slice(m.index + name.length))) score += 2;
    if (/[-\d]/.test(name)) score += 1;
    s.candidates.push({ name, score, at: m.index });
  }
}

/** A registered name written in two words ("web app", "cart api") is a near miss of it, asked about. */
export function joinSplitAppNames(s: ReadState): void {
  const { candidates } = s;
  // "web app": one of the words a common word
  for (const k of s.knownApps ?? []) {
    if (!k.includes('-') || candidates.some((c) => c.name === k)) continue;
    const spaced = k.replace(/-/g, ' ');
    if (!s.text.includes(spaced) || !spacedPattern(k, spaced).test(s.text)) continue;
    const parts = new Set(k.split('-'));
    for (let c = candidates.length - 1; c >= 0; c--)
      if (parts.has(candidates[c].name)) candidates.splice(c, 1);
    candidates.push({ name: k.replace(/-/g, ''), score: 20 });
    break;
  }
  // "cart api": both words candidates
  for (let i = 0; i + 1 < candidates.length; i++) {
    const joined = `${candidates[i].name}-${candidates[i + 1].name}`;
    if (s.knownApps?.has(joined) && s.text.includes(`${candidates[i].name} ${candidates[i + 1].name}`)) {
      candidates.splice(i, 2, { name: joined.replace('-', ''), score: 20 });
      break;
    }
  }
}

/** "frontend도 worker와 같은 개수로", "as many as worker", "the same count as worker": the app compared with. */
const COMPARED_AFTER = /^\s?(?:의|랑|이랑|와|과|하고)?\s?(?:같은|똑같|동일|처럼|만큼|수준)/;
const COMPARED_BEFORE = /(?:same\s+(?:\w+\s+)?as|as\s+many\s+as|like|match(?:ing)?)\s+$/i;

/** The app a change is compared with is no target of it, when one other app is named. */
function withoutAppComparedWith(s: ReadState): void {
  const { candidates } = s;
  const compared = (c: (typeof candidates)[number]) =>
    c.at !== undefined &&
    (COMPARED_AFTER.test(s.text.slice(c.at + c.name.length)) || COMPARED_BEFORE.test(s.text.slice(0, c.at)));
  const targets = new Set(candidates.filter((c) => !compared(c)).map((c) => c.name));
  if (targets.size === 1 && targets.size < new Set(candidates.map((c) => c.name)).size)
    candidates.splice(0, candidates.length, ...candidates.filter((c) => !compared(c)));
}

/** The best-scored candidate is the app; several distinct ones (none or several registered) are asked about. */
export function pickApp(s: ReadState): void {
  const { candidates } = s;
  // two operations on two apps: the app of the first operation (named before the join)
  if (s.joinedAt >= 0 && new Set(candidates.map((c) => c.name)).size > 1) {
    const first = candidates.filter((c) => c.at !== undefined && c.at < s.joinedAt);
    if (new Set(first.map((c) => c.name)).size === 1) candidates.splice(0, candidates.length, first[0]);
  }
  // "Howay, restart it, the one that's aal clarted up": the app is the one referred to; plain words nobody registered
  // beside "it" (two or more: a dialect's, not apps) name nothing
  const plain = candidates.filter((c) => !/[-_.\d]/.test(c.name) && !s.knownApps?.has(c.name));
  if (
    REFERENCE.test(s.text) &&
    new Set(plain.map((c) => c.name)).size > 1 &&
    plain.length === candidates.length
  )
    candidates.splice(0);
  withoutAppComparedWith(s);
  withoutAppOfAnotherClause(s);
  const distinctApps = [...new Set(candidates.map((c) => c.name))];
  if (candidates.length > 0) {
    const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
    s.entities.app = best.name;
  }
  if (distinctApps.length > 1) {
    const known = distinctApps.filter((a) => s.knownApps?.has(a));
    if (known.length !== 1 || joinedToUnregistered(s, known[0], distinctApps))
      s.appAlternatives = distinctApps;
    else s.entities.app = known[0];
  }
  askAppNotTheTarget(s);
}

/**
 * "prod 말고", "staging 아니고": the environment is refused by what follows it — unless that is a "not" naming the
 * next environment ("to staging, not production", "stage but NOT live"): then the next one is refused.
 */
function refusedAfter(h: EnvironmentHit, hits: readonly EnvironmentHit[], t: string): boolean {
  const m = REFUSED_AFTER.exec(t.slice(h.end, h.end + 14));
  if (!m) return false;
  if (!/not$/.test(m[0])) return true;
  const notEnd = h.end + m[0].length;
  // "on staging, not the worker on prod": the not names the next place, past the app it repeats
  return !hits.some(
    (o) =>
      o !== h &&
      o.start >= notEnd &&
      (o.start <= notEnd + 5 ||
        /^\s*(?:(?:the|that)\s+[a-z0-9-]+\s+)?(?:on|in|to|at|into)\s+(?:the\s+)?$/.test(
          t.slice(notEnd, o.start),
        )),
  );
}

const JOINED = /^\s?(?:이나|나|이랑|랑|하고|과|와|도|,|\/|or|nor)\s?$/;
/** One environment, the target of several ("staging에서 production으로"), or every environment (asked). */
export function pickEnvironment(s: ReadState): void {
  const { entities, envHits, text: t } = s;
  const envs = [...new Set(envHits.map((h) => h.env))];
  // "QA 환경", "to the sandbox", "로컬에": a place we do not have — which one is asked, never the default
  if (envs.length === 0 && UNREGISTERED_ENVIRONMENT.test(t))
    s.environmentAlternatives = [...NLP_ENVIRONMENTS];
  const refusedItself = (h: EnvironmentHit) =>
    refusedAfter(h, envHits, t) || REFUSED_BEFORE.test(t.slice(Math.max(0, h.start - 24), h.start));
  // "개발이나 스테이징 말고", "개발도 스테이징도 말고": a place joined to the refused one is refused with it
  const refused = (h: EnvironmentHit) => {
    const next = envHits.find((o) => o.start >= h.end && JOINED.test(t.slice(h.end, o.start)));
    return refusedItself(h) || (next !== undefined && refusedItself(next));
  };
  // "운영 빼고 나머지 환경에", "everywhere but prod", "except on prod": the one named is the one left out — ask
  // ("on staging instead", "staging, not needed anymore" choose it: only a Korean refusal after it leaves it out)
  const leftOut = (h: EnvironmentHit) =>
    LEFT_OUT_AFTER.test(t.slice(h.end, h.end + 14)) ||
    REFUSED_BEFORE.test(t.slice(Math.max(0, h.start - 24), h.start));
  if (envs.length === 1 && envHits.every(leftOut))
    s.environmentAlternatives = NLP_ENVIRONMENTS.filter((e) => e !== envs[0]);
  else if (envs.length === 1) entities.environment = envs[0];
  else if (envs.length > 1) {
    // "prod 말고 staging에": the refused one is out; any two left (dev랑 staging, staging에서 prod로) → ask
    const kept = [...new Set(envHits.filter((h) => !refused(h)).map((h) => h.env))];
    if (kept.length === 1) entities.environment = kept[0];
    else s.environmentAlternatives = envs;
  }
  // "roll back X in prod, 500s everywhere": beside a named environment, "everywhere" is the remark's, not the order's
  if (
    ALL_ENVIRONMENTS.test(envHits.length > 0 ? t.replace(EVERYWHERE, '') : t) &&
    s.intent !== 'list' &&
    s.intent !== 'history' &&
    // "모든 환경 앱 현황": a list of everything, not a status asking which environment
    !(
      s.intent === 'status' &&
      !entities.app &&
      (ALL_MARKER.test(t.replace(ALL_ENVIRONMENTS, '')) || LIST_WORDS.test(t))
    )
  ) {
    delete entities.environment;
    s.environmentAlternatives = [...NLP_ENVIRONMENTS];
  }
  // "frontend 전부 delete 해": all of the app, wherever it runs — which environment is asked, as for "모든 환경"
  if (
    CHANGE_INTENTS.has(s.intent) &&
    entities.app !== undefined &&
    envHits.length === 0 &&
    ALL_OF_APP.test(t.slice(t.indexOf(entities.app) + entities.app.length))
  )
    s.environmentAlternatives = [...NLP_ENVIRONMENTS];
}
/** Right after the app: "전부", "모두" (not "전부 pod": the app's pods, in one environment). */
const ALL_OF_APP = /^(?:을|를|은|는)?\s?(?:전부|모두)(?!\s?(?:의|pod|파드|레플리카|replica))/;

/** "porrd", "pordd", "pprod": p first, then only prod's letters, each of them there — prod typed in a hurry. */
function lettersOfProd(name: string): boolean {
  return /^p[prod]{3,5}$/.test(name) && name.includes('r') && name.includes('o') && name.includes('d');
}
