import { GUESS } from './confidence.js';
import type { Reading } from './types.js';

/**
 * "개발 batch-job이 남긴 임시 파일들을 없애 주십시오", "order-api 테스트 주문 데이터 치워 주세요", "clear out worker's cache on
 * staging": what goes is something of the app's (files, data, a cache, images, a banner), not the app — no delete of
 * the app unasked (blind round 208).
 */
const SOMETHING_ELSE_REMOVED = new RegExp(
  '(?:파일|데이터|캐시|이미지|배너|티켓|기록|계정|백업|덤프|메시지|알림)들?(?:을|를|은|는|도)?\\s?(?:다\\s?|싹\\s?|모두\\s?|전부\\s?)?(?:없애|치워|치우|지워|지우|삭제|비워|날려|정리)' +
    "|(?<![a-z])(?:delete|remove|clear(?:\\s+out)?|clean\\s+up|get\\s+rid\\s+of|purge|wipe|bin)\\s+(?:(?:the|its|all|some|old|stale|[a-z0-9-]+'s)\\s+){0,3}(?:[a-z]+\\s+)?(?:files?|data|caches?|images?|banners?|tickets?|records?|accounts?|backups?|dumps?|messages?|tmp|temp)(?![a-z])",
);

/** A delete of something else than the app is asked, never run as the app's delete. */
export function withSomethingElseRemovedAsked(text: string, reading: Reading): Reading {
  if (reading.intent !== 'delete' || !SOMETHING_ELSE_REMOVED.test(text.toLowerCase())) return reading;
  return { ...reading, confidence: Math.min(reading.confidence, GUESS) };
}
