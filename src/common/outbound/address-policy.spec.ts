import fc from 'fast-check';
import { blockedAddressReason, canonicalIp, isBlockedAddress } from './address-policy.js';

describe('blockedAddressReason (SSRF address classification)', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['10.1.2.3', 'private'],
    ['172.20.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['192.0.2.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['240.0.0.1', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fd00::1', 'uniqueLocal'],
    ['fc00::abcd', 'uniqueLocal'],
    ['fec0::1', 'deprecatedSiteLocal'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'reserved'],
    ['100::1', 'discard'],
    // IPv4 embedded in IPv6: the inner address decides
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'linkLocal'],
    ['::ffff:0:10.0.0.1', 'private'],
    ['::127.0.0.1', 'loopback'], // IPv4-compatible
    ['::7f00:1', 'loopback'],
    ['::10.0.0.1', 'private'],
    ['64:ff9b::7f00:1', 'loopback'], // NAT64
    ['64:ff9b::169.254.169.254', 'linkLocal'],
    ['64:ff9b:1::a00:1', 'rfc6052'], // local-use NAT64: refused outright
    ['2002:7f00:1::1', 'loopback'], // 6to4
    ['2002:a9fe:a9fe::1', 'linkLocal'],
    ['2002:c0a8:0101::1', 'private'],
    ['2001:0:7f00:1::1', 'loopback'], // Teredo, server 127.0.0.1
    ['2001:0:0808:0808::80ff:fefe', 'loopback'], // Teredo, client ~7f00:0101 = 127.0.1.1
    ['[::1]', 'loopback'],
    ['localhost', 'not an IP address'],
    ['metadata.google.internal', 'not an IP address'],
  ])('refuses %s (%s)', (address, why) => {
    expect(blockedAddressReason(address)).toContain(why);
    expect(isBlockedAddress(address)).toBe(true);
  });

  it.each([
    '8.8.8.8',
    '93.184.216.34',
    '140.82.112.3',
    '2606:4700::1111',
    '2a00:1450:4001:81b::200e',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
    '2002:0808:0808::1',
    '2001:0:0808:0808::f7f7:f7f7', // Teredo, server 8.8.8.8, client 8.8.8.8
  ])('accepts the public address %s', (address) => {
    expect(blockedAddressReason(address)).toBeUndefined();
  });

  it('canonicalises IP literals and rejects the rest', () => {
    expect(canonicalIp('[0:0:0:0:0:0:0:1]')).toBe('::1');
    expect(canonicalIp('127.0.0.1')).toBe('127.0.0.1');
    expect(canonicalIp('0x7f.1')).toBeUndefined();
    expect(canonicalIp('example.com')).toBeUndefined();
  });
});

describe('embedded IPv4 is judged like the IPv4 itself (property)', () => {
  const hex = (a: number, b: number) => ((a << 8) | b).toString(16);
  it('mapped, compatible, SIIT, NAT64 and 6to4 forms agree with the plain IPv4 for every address', () => {
    fc.assert(
      fc.property(fc.ipV4(), (v4) => {
        const [a, b, c, d] = v4.split('.').map(Number);
        const blocked = isBlockedAddress(v4);
        const forms = [
          `::ffff:${v4}`,
          `::ffff:0:${v4}`,
          `64:ff9b::${hex(a, b)}:${hex(c, d)}`,
          `2002:${hex(a, b)}:${hex(c, d)}::1`,
        ];
        // ::a.b.c.d below 0.1.0.0 overlaps :: and ::1, which are refused on their own
        if (a !== 0) forms.push(`::${v4}`);
        for (const form of forms) expect([form, isBlockedAddress(form)]).toEqual([form, blocked]);
      }),
      { seed: 13, numRuns: 5000 },
    );
  });
});
