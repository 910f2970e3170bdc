import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Private, loopback, link-local (incl. 169.254.169.254 metadata), CGNAT, unspecified and multicast ranges. */
const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  BLOCKED.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  BLOCKED.addSubnet(net, prefix, 'ipv6');

export function isBlockedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, 'ipv4');
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return BLOCKED.check(mapped[1], 'ipv4');
    return BLOCKED.check(address, 'ipv6');
  }
  return true;
}

export type Lookup = (host: string) => Promise<{ address: string }[]>;
const defaultLookup: Lookup = (host) => dnsLookup(host, { all: true, verbatim: true });

export type UrlCheck = { ok: true; url: URL } | { ok: false; reason: string };

/**
 * SSRF guard for provider base URLs: http(s) only, no credentials in the URL, and no private,
 * loopback, link-local or otherwise internal address — literally or after DNS resolution — unless the
 * host is listed in KLEPAAS_MCP_ALLOWED_HOSTS (exact host match, case-insensitive).
 */
export async function checkProviderUrl(
  raw: string,
  allowedHosts: readonly string[],
  lookup: Lookup = defaultLookup,
): Promise<UrlCheck> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'not a valid URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return {
      ok: false,
      reason: `scheme ${url.protocol.replace(':', '')} is not allowed (http or https only)`,
    };
  if (url.username || url.password) return { ok: false, reason: 'credentials in the URL are not allowed' };
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (allowedHosts.some((h) => h.toLowerCase() === host)) return { ok: true, url };
  if (isIP(host)) {
    return isBlockedAddress(host)
      ? { ok: false, reason: `address ${host} is private, loopback or link-local` }
      : { ok: true, url };
  }
  if (host === 'localhost' || host.endsWith('.localhost'))
    return { ok: false, reason: `host ${host} is loopback` };
  let addresses: { address: string }[];
  try {
    addresses = await lookup(host);
  } catch {
    return { ok: false, reason: `host ${host} does not resolve` };
  }
  const bad = addresses.find((a) => isBlockedAddress(a.address));
  if (addresses.length === 0) return { ok: false, reason: `host ${host} does not resolve` };
  if (bad)
    return {
      ok: false,
      reason: `host ${host} resolves to ${bad.address}, a private, loopback or link-local address`,
    };
  return { ok: true, url };
}
