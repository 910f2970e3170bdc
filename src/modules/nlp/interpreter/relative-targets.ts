import type { ReadState } from './reader-state.js';

/**
 * A rollback further back than the release before, said by how far ("이전 이전 버전", "전전 version", "세 릴리스 전",
 * "n-2", "두 번 롤백해", "rollback 2", "x2", "to the pre-20:00 state"): the service rolls back to the release before
 * unless a revision or a version is named, so which one is asked — never one step on a guess (blind round 182).
 */
const STEPS_BACK = new RegExp(
  [
    '이전\\s?이전',
    '전전\\s?(?:version|빌드|build|판)',
    '(?:두|세|네|다섯|[2-9])\\s?(?:릴리스|릴리즈|배포|빌드|판|단계)\\s?(?:전|이전|뒤)',
    '(?<![a-z0-9])n\\s?-\\s?[2-9](?![0-9])',
    '(?:두|세|[2-9])\\s?번\\s?(?:롤백|되돌|원복)',
    '(?<![a-z])(?:rollback|roll\\s?back)\\s+[2-9](?![\\d.:])(?!\\s*(?:replicas?|pods?|개|대))',
    '(?<![a-z])(?:rollback|roll\\s?back)\\b[^.!?\\n]*?\\sx\\s?[2-9](?![\\d])',
    '(?<![a-z])(?:pre|before)[-\\s]?\\d{1,2}:\\d{2}',
    '(?<![a-z])two\\s+(?:releases|versions|steps|deploys)\\s+back(?![a-z])',
    // "그보다 하나 더 전 버전으로", "그거보다 하나 전으로" (blind round 238c)
    '(?:그|그것|그거|이|이것|이거)보다\\s?(?:하나\\s?)?(?:더\\s?)?(?:전|이전|앞)',
    // "1.8.0 전에 돌던 거로", "the one before 2.3.1": the release before a version named, not that version
    '(?<![\\d.])v?\\d+\\.\\d+(?:\\.\\d+)*\\s?(?:으로|로)?\\s?(?:전에|이전에?|전)\\s?(?:돌던|쓰던|있던|올라가\\s?있던|버전|거|것|걸|빌드)',
    // ("the one before the one before, 4.3.0" names 4.3.0 itself)
    '(?<![a-z])(?<!before\\s+the\\s+)(?:one|version|release|build)\\s+(?:before|prior\\s+to)\\s+v?\\d+\\.\\d+',
  ].join('|'),
  'i',
);
/**
 * "지난 목요일 빌드로", "영화제 시작 전 버전으로", "back to last thursday's build", "undo everything since Monday": a
 * weekday, a date or an event, not a step — the release before may not be it (blind rounds 107 and 146). "어제 버전으로"
 * stays the release before, as most rounds label it.
 */
const POINT_IN_TIME = new RegExp(
  [
    // "어제 저녁 거로": a time of day pins the release that ran then; "어제 버전으로" alone is the one before
    '어제\\s?(?:아침|오전|점심|오후|저녁|밤|새벽)\\s?(?:의\\s?)?(?:버전|빌드|릴리스|릴리즈|상태|판|거|것|걸)',
    '(?:그저께|그제|엊그제|지난\\s?(?:주|달)|저번\\s?주|[월화수목금토일]요일|\\d{1,2}월\\s?\\d{1,2}일)\\s?(?:의\\s?)?(?:버전|빌드|릴리스|릴리즈|상태|판)',
    '(?<!배포\\s?|롤백\\s?|업데이트\\s?)(?:시작|오픈|개막|행사|이벤트|공연|경기|세일|점검|개편|출시|도입|장애|사고|축제|페스타)\\s?(?:하기\\s?)?(?:전|이전)\\s?(?:의\\s?)?(?:버전|빌드|상태|판)',
    "(?<![a-z])(?:last\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)'?s?\\s+(?:version|build|state|one)",
    "(?<![a-z])yesterday\\s+(?:morning|arvo|afternoon|evening|night|noon)'?s?\\s+(?:version|build|state|one)",
    // "연휴 전에 돌던 걸로", "연휴 직전 버전으로", "3시 배포분으로", "the one from before yesterday" (blind round 229c)
    '(?:연휴|명절|추석|설날|휴가|방학|주말)\\s?(?:전에?|직전|이전)\\s?(?:의\\s?)?(?:돌던|쓰던|있던|올라가\\s?있던)?\\s?(?:버전|빌드|상태|판|거|것|걸)',
    '\\d{1,2}\\s?시\\s?(?:\\d{1,2}\\s?분\\s?)?(?:에\\s?)?(?:배포분|배포된\\s?(?:거|것|걸|버전))',
    '(?<![a-z])(?:one|version|build|release)\\s+from\\s+before\\s+(?:yesterday|the\\s+(?:holidays?|weekend|break)|last\\s+\\w+)(?![a-z])',
    '(?<![a-z])(?:build|version|release|state|how\\s+it\\s+was)\\s+before\\s+the\\s+(?!deploy|release|update|rollout|current|last|latest|previous|new|broken|bad)[a-z]+(?=\\s*(?:[.,!?;]|$|\\s(?:lah|mate|please|pls|thanks|cheers)))',
    '(?<![a-z])(?:one|version|release|build)\\s+before\\s+the\\s+previous(?![a-z])',
    // someone's release: "정 과장이 올렸던 버전", "민아 씨 릴리스", "우리 팀 빌드", "Mina's release"
    '(?:씨|님|과장|대리|팀장|부장|차장|주임|선임|책임|매니저)(?:이|가|의)?\\s?(?:올렸던|올린|배포한|배포했던|만든)?\\s?(?:버전|빌드|릴리스|릴리즈)',
    '(?:우리\\s?팀|외주사?|협력사|벤더)\\s?(?:의\\s?|가\\s?만든\\s?)?(?:버전|빌드|릴리스|릴리즈)',
    "(?<![a-z])(?!(?:yesterday|today|tonight|tomorrow|last|this|that|it|week|night|morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday)'s)[a-z]{2,}'s\\s+(?:release|build|version|deploy)(?![a-z])",
    '(?<![a-z])(?:version|build|release|state)\\s+(?:from|of)\\s+(?:last\\s+\\w+|monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
    '(?<![a-z])everything\\b[^.!?\\n]*\\bsince\\s+(?:yesterday|last\\s+\\w+|monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
  ].join('|'),
  'i',
);
/** "가장 최근의 안정 버전", "newest stable", "the last known good": which version that is, the writer has not said. */
const STABLE_UNNAMED =
  /(?:최근|최신)(?:의)?\s?(?:안정|stable)(?:\s?(?:버전|판|빌드))?|(?<![a-z])(?:newest|latest|last|most\s+recent)\s+(?:stable|known[-\s]good|good)(?![a-z])/i;

/** "운영 frontend 빌드 5533번을 배포해", "deploy billing-api build 1150": a CI build's number, not the version it made. */
const BUILD_NUMBER = /(?:빌드|(?<![a-z])(?:build|run|pipeline))\s?#?\d+(?:번)?(?![\d.])/;

/** Asks the revision of a rollback said only by how far back or by when, and the version of a deploy said only as "the stable one". */
export function askRelativeTargets(s: ReadState): void {
  const { entities } = s;
  if (
    s.intent === 'deploy' &&
    entities.tag === undefined &&
    BUILD_NUMBER.test(s.text) &&
    !s.unclear.includes('tag')
  )
    s.unclear.push('tag');
  if (
    s.intent === 'rollback' &&
    entities.revision === undefined &&
    entities.tag === undefined &&
    POINT_IN_TIME.test(s.text)
  ) {
    if (!s.unclear.includes('revision')) s.unclear.push('revision');
  }
  if (s.intent === 'rollback' && entities.revision === undefined && STEPS_BACK.test(s.text)) {
    delete entities.tag;
    if (!s.unclear.includes('revision')) s.unclear.push('revision');
  }
  if (
    s.intent === 'deploy' &&
    entities.tag === undefined &&
    STABLE_UNNAMED.test(s.text) &&
    !s.unclear.includes('tag')
  )
    s.unclear.push('tag');
}
