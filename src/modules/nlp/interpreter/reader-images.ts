/** The reader's first entity step: image references and versions, masked from `rest` once read. */
import { STOP_WORDS } from './lexicon.js';
import {
  DIGEST,
  HASH_LIKE,
  IMAGE_REF,
  NAMED_BUILD,
  REGISTRY_IMAGE,
  SHA_TAG,
  SHORT_VERSION,
  TAG_WORD_AFTER,
  TAG_WORD_BEFORE,
  VERSION,
  mask,
} from './reader-patterns.js';
import type { ReadState } from './reader-state.js';

/** Image references and versions: ghcr.io/acme/web-app:v2, web-app:v2, 1.2.3, sha-4f2a9c1, tag latest. */
/** "cpu 95%", "error rate 4.5%", "blown out to 40 bips", "p99 800 ms": a measure in a remark, never a version nor a count. */
const RATE =
  /(?<![\w.])\d+(?:\.\d+)?\s?(?:%|퍼센트|(?:percent|bips?|bps|basis\s+points?|ms|milliseconds?|seconds?|secs?|minutes?|mins?)(?![a-z]))/g;
const DIGIT = /\d/;
const TAG_WORD = /tag|태그/;

export function readImagesAndTags(s: ReadState): void {
  const { entities } = s;
  // most commands carry no number, colon or tag word: the passes that need one are skipped (a few µs each)
  const digits = DIGIT.test(s.rest);
  if (digits) s.rest = s.rest.replace(RATE, (m) => ' '.repeat(m.length));
  for (const m of s.text.includes('/') ? s.text.matchAll(REGISTRY_IMAGE) : []) {
    // "dev/stg" is two environments, not an image: a path needs a registry host or a tag
    if (!(m[2] ?? m[3]) && !/^[^/]*[.:]|^localhost\//.test(m[0])) continue;
    s.imageApps.push(m[1]);
    if (m[2] ?? m[3]) entities.tag ??= m[2] ?? m[3];
    s.rest = mask(s.rest, { start: m.index, end: m.index + m[0].length });
  }
  for (const m of s.rest.includes('sha256:') ? s.rest.matchAll(DIGEST) : []) {
    entities.tag ??= m[1];
    s.rest = mask(s.rest, { start: m.index, end: m.index + m[0].length });
  }
  for (const m of s.rest.includes(':') ? s.rest.matchAll(IMAGE_REF) : []) {
    if (STOP_WORDS.has(m[1]) && !s.knownApps?.has(m[1])) continue;
    s.imageApps.push(m[1]);
    entities.tag ??= m[2];
    s.rest = mask(s.rest, { start: m.index, end: m.index + m[0].length });
  }
  for (const re of digits ? [VERSION, SHA_TAG, NAMED_BUILD] : []) {
    for (const m of s.rest.matchAll(re)) {
      if (re === SHA_TAG && !HASH_LIKE.test(m[1])) continue;
      entities.tag ??= m[1];
      s.rest = mask(s.rest, { start: m.index, end: m.index + m[0].length });
    }
  }
  if (entities.tag === undefined) {
    const tagWord = TAG_WORD.test(s.rest);
    for (const re of [
      ...(tagWord ? [TAG_WORD_AFTER, TAG_WORD_BEFORE] : []),
      ...(digits ? [SHORT_VERSION] : []),
    ]) {
      for (const m of s.rest.matchAll(re)) {
        if (STOP_WORDS.has(m[1]) && m[1] !== 'latest') continue;
        entities.tag ??= m[1];
        s.rest = mask(s.rest, { start: m.index, end: m.index + m[0].length });
      }
    }
  }
}
