import ipaddr from 'ipaddr.js';

type IPv4 = ipaddr.IPv4;
type IPv6 = ipaddr.IPv6;

/**
 * IPv6 ranges that carry an IPv4 address: the embedded IPv4 is what a translator or tunnel finally
 * reaches, so it is judged instead of the IPv6 wrapper (`::ffff:127.0.0.1` is loopback, not "unicast").
 */
function embeddedIpv4(v6: IPv6): IPv4[] | undefined {
  const b = v6.toByteArray();
  const v4 = (at: number) => new ipaddr.IPv4(b.slice(at, at + 4));
  // IPv4-compatible (::a.b.c.d, deprecated), IPv4-mapped (::ffff:a.b.c.d) and SIIT (::ffff:0:a.b.c.d).
  if (b.slice(0, 10).every((x) => x === 0)) {
    const mid = (b[10] << 8) | b[11];
    if (mid === 0xffff || (mid === 0 && v6.range() !== 'loopback' && v6.range() !== 'unspecified'))
      return [v4(12)];
  }
  if (b.slice(0, 8).every((x) => x === 0) && b[8] === 0xff && b[9] === 0xff && b[10] === 0 && b[11] === 0)
    return [v4(12)];
  // NAT64 well-known prefix 64:ff9b::/96 (RFC 6052).
  if (v6.match(ipaddr.IPv6.parse('64:ff9b::'), 96)) return [v4(12)];
  // 6to4 2002:AABB:CCDD::/48 (RFC 3056).
  if (v6.range() === '6to4') return [v4(2)];
  // Teredo 2001:0:SSSS:SSSS:…:CCCC:CCCC: server in clear, client obfuscated (XOR 0xffffffff).
  if (v6.range() === 'teredo') return [v4(4), new ipaddr.IPv4(b.slice(12, 16).map((x) => x ^ 0xff))];
  return undefined;
}

/**
 * Why `address` must not be reached from the service (private, loopback, link-local incl. the
 * 169.254.169.254 metadata service, CGNAT, multicast, reserved, documentation, …), or undefined when it is
 * a public unicast address. Deny by default: only ipaddr.js's `unicast` range passes, after any
 * embedded IPv4 (mapped, compatible, NAT64, 6to4, Teredo) has been extracted and judged itself.
 * Anything that is not an IP literal is refused.
 */
export function blockedAddressReason(address: string): string | undefined {
  const literal = address.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(literal)) return 'not an IP address';
  const ip = ipaddr.parse(literal);
  if (ip.kind() === 'ipv4') {
    const range = ip.range();
    return range === 'unicast' ? undefined : range;
  }
  const v6 = ip as IPv6;
  const inner = embeddedIpv4(v6);
  if (inner) {
    for (const v4 of inner) {
      const range = v4.range();
      if (range !== 'unicast') return `${v6.range()} of ${range} ${v4.toString()}`;
    }
    return undefined;
  }
  const range = v6.range();
  // 64:ff9b:1::/48 (local-use NAT64) lands here as rfc6052 without a fixed embedding: refused.
  return range === 'unicast' ? undefined : range;
}

export const isBlockedAddress = (address: string): boolean => blockedAddressReason(address) !== undefined;

/** The canonical text of an IP literal (brackets stripped, IPv6 compressed), or undefined if not one. */
export function canonicalIp(host: string): string | undefined {
  const literal = host.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(literal)) return undefined;
  // ipaddr accepts legacy IPv4 forms (0x7f.1, 2130706433); the WHATWG URL parser already rewrote those.
  if (!ipaddr.IPv6.isValid(literal) && !ipaddr.IPv4.isValidFourPartDecimal(literal)) return undefined;
  return ipaddr.parse(literal).toString();
}
