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
  ].join('|'),
  'i',
);
/** "가장 최근의 안정 버전", "newest stable", "the last known good": which version that is, the writer has not said. */
const STABLE_UNNAMED =
  /(?:최근|최신)(?:의)?\s?(?:안정|stable)(?:\s?(?:버전|판|빌드))?|(?<![a-z])(?:newest|latest|last|most\s+recent)\s+(?:stable|known[-\s]good|good)(?![a-z])/i;

/** Asks the revision of a rollback said only by how far back, and the version of a deploy said only as "the stable one". */
export function askRelativeTargets(s: ReadState): void {
  const { entities } = s;
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
