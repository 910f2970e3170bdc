import type { ReadState } from './reader-state.js';

/*
 * "cart-api 늘렸던 거 이제 원래대로 해 주세요", "운영 order-api replica 원복", "put worker's pods back the way they were": a
 * scale taken back goes to the count before it — which one is asked unless the message says it ("원래 3개였는데 …",
 * "it was 2 before"); never a rollback to the previous release, never the count it was scaled to (blind round 215).
 */
const TAKEN_BACK =
  /원래대로|원복|원상\s?복구|되돌려|되돌리|돌려\s?놔|(?<![a-z])(?:revert|put\s+\S+(?:\s+\S+)?\s+back|back\s+to\s+(?:how|what)\s+(?:it|they)\s+(?:was|were)|the\s+way\s+(?:it|they)\s+(?:was|were))(?![a-z])/;
/** What was taken back was a count: the scale said as done before, or the count's own words. */
const A_SCALE_BEFORE =
  /늘렸던|줄였던|늘린\s|줄인\s|(?:늘려|줄여)\s?(?:놨던|놓은|뒀던|둔)|레플리카|replicas?|파드\s?(?:수|개수)|pods?|개수|(?<![a-z])(?:scaled|upscaled|scale-?up|scale-?down)(?![a-z])/;
/** The count before, said: "원래 3개", "원래대로 2개로", "3개였는데", "it was 2 before". */
const COUNT_BEFORE =
  /(?:원래(?:대로)?|이전에?는?|전에는?)\s?(\d+)\s?(?:개|대)|(\d+)\s?(?:개|대)\s?였|(?<![a-z])(?:was|were|had)\s+(?:at\s+)?(\d+)(?:\s+(?:replicas?|pods?))?\s+(?:before|earlier|yesterday|this\s+morning)(?![a-z])/;

/** A release named as the target: "Revert worker to the previous version. Doh scale it" is a rollback. */
const A_RELEASE = /버전|릴리[스즈]|리비전|(?<![a-z])(?:version|release|build|tag|revision|image)(?![a-z])/;
/** The count said is the one scaled to before, not where to go: "10개로 늘려 놨던 거", "we scaled it to 10". */
const SCALED_TO_BEFORE =
  /\d+\s?(?:개|대)?\s?(?:으로|로)\s?(?:늘렸|줄였|늘린|줄인|(?:늘려|줄여)\s?(?:놨|놓|뒀|둔))|(?<![a-z])(?:scaled|bumped)\s+(?:\S+\s+){0,3}?to\s+\d+/;

export function askCountBeforeScale(s: ReadState): void {
  if (s.intent !== 'rollback' && s.intent !== 'scale') return;
  if (!TAKEN_BACK.test(s.lowered) || !A_SCALE_BEFORE.test(s.lowered) || A_RELEASE.test(s.lowered)) return;
  s.intent = 'scale';
  delete s.entities.tag;
  delete s.entities.revision;
  const before = COUNT_BEFORE.exec(s.lowered);
  const count = before ? Number(before[1] ?? before[2] ?? before[3]) : undefined;
  if (count !== undefined) {
    s.entities.replicas = count;
    s.unclear = s.unclear.filter((k) => k !== 'replicas');
    return;
  }
  // "원래 개수인 8개로 되돌려": the count said is where it goes
  if (s.entities.replicas !== undefined && !SCALED_TO_BEFORE.test(s.lowered)) return;
  delete s.entities.replicas;
  if (!s.unclear.includes('replicas')) s.unclear.push('replicas');
}
