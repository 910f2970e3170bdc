/** Keys whose values are secrets wherever they appear (any depth, any case, - or _ spelling). */
const SECRET_KEY =
  /(token|secret|password|passwd|private[-_]?key|authorization|api[-_]?key|cookie|credential|signature|client[-_]?secret)/i;
export const REDACTED = '[REDACTED]';

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/** Deep copy with every secret-looking key's value replaced; cycles and depth are bounded. */
export function redact<T>(value: T, depth = 0, seen = new WeakSet<object>()): T {
  if (value === null || typeof value !== 'object') return value;
  if (depth > 12 || seen.has(value as object)) return '[…]' as unknown as T;
  seen.add(value as object);
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1, seen)) as unknown as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    out[k] =
      isSecretKey(k) && v !== null && v !== undefined && v !== '' ? REDACTED : redact(v, depth + 1, seen);
  }
  return out as T;
}
