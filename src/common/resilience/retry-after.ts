/**
 * Retry-After (RFC 9110 §10.2.3) → milliseconds: delta-seconds (fractions accepted, as some servers send them)
 * or an HTTP date relative to `now`; undefined when absent or unreadable. The one parser for every caller.
 */
export function parseRetryAfterMs(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  // every HTTP-date form (IMF-fixdate, RFC 850, asctime) starts with a day name; "-5" is not a date
  if (!/^[A-Za-z]/.test(v)) return undefined;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** `retry-after-ms` (OpenAI and Anthropic send it) before `retry-after`. */
export function retryAfterMsFromHeaders(
  headers: { get(name: string): string | null } | undefined | null,
  now: number = Date.now(),
): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms')?.trim();
  if (ms && /^\d+(\.\d+)?$/.test(ms)) return Number(ms);
  return parseRetryAfterMs(headers.get('retry-after'), now);
}
