/**
 * Origin allowlist for DNS-rebinding protection. Patterns: `*`, an exact origin, or `scheme://host:*`
 * (any port). A request without Origin is not a browser and is allowed; `null` or garbage is refused.
 */
export function isOriginAllowed(origin: string | undefined, patterns: readonly string[]): boolean {
  if (origin === undefined) return true;
  if (patterns.includes('*')) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin === 'null') return false;
  return patterns.some((pattern) => {
    const anyPort = pattern.endsWith(':*');
    try {
      const p = new URL(anyPort ? pattern.slice(0, -2) : pattern);
      if (anyPort) return p.protocol === url.protocol && p.hostname === url.hostname;
      return p.origin === url.origin;
    } catch {
      return false;
    }
  });
}
