import ipaddr from 'ipaddr.js';

/** The value Express's `trust proxy` setting takes: nothing, a hop count, or addresses/CIDRs/presets. */
export type TrustProxySetting = false | number | string[];

/** proxy-addr's named ranges (Express's trust-proxy syntax). */
const PRESETS = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * Reads KLEPAAS_TRUST_PROXY. Unset, `false` or `none` → trust no proxy: `req.ip` is the socket's peer and
 * `X-Forwarded-*` are ignored. A whole number n → trust n hops in front of the service. Otherwise a
 * comma-separated list of proxy addresses, CIDRs and the presets loopback / linklocal / uniquelocal.
 * `true` (trust everyone) is refused: any client could then choose its own IP.
 */
export function parseTrustProxy(raw: string | undefined): { value: TrustProxySetting } | { problem: string } {
  const v = (raw ?? '').trim();
  if (v === '' || /^(false|none|0)$/i.test(v)) return { value: false };
  if (/^true$/i.test(v))
    return { problem: 'true trusts every client to name its own IP; list the proxies (hops, IPs or CIDRs)' };
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    return hops <= 32 ? { value: hops } : { problem: `a hop count must be 1–32 (got ${v})` };
  }
  const entries = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = entries.filter((e) => !PRESETS.has(e) && !ipaddr.isValid(e) && !ipaddr.isValidCIDR(e));
  if (bad.length > 0)
    return {
      problem: `not an IP, CIDR or loopback | linklocal | uniquelocal: ${bad.map((b) => JSON.stringify(b)).join(', ')}`,
    };
  return { value: entries };
}
