import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import { blockedAddressReason, canonicalIp } from './address-policy.js';
import { OutboundRefusedError } from './outbound-refused.error.js';

/** One allowlist entry: a host name or IP literal, optionally pinned to one port. */
export interface AllowEntry {
  host: string;
  port?: number;
}

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9_]([a-z0-9_-]{0,62})(\.[a-z0-9_]([a-z0-9_-]{0,62}))*$/;

/**
 * Parses `host`, `host:port`, `1.2.3.4`, `1.2.3.4:port`, `::1`, `[::1]` or `[::1]:port`; returns an
 * error text for anything else (config validation shows it).
 */
export function parseAllowEntry(raw: string): AllowEntry | string {
  const text = raw.trim().toLowerCase().replace(/\.$/, '');
  if (/[/@?#\s]/.test(text))
    return `"${raw}" is not a host name, IP address or host:port (no scheme or path)`;
  let host = text;
  let port: string | undefined;
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (bracketed) [, host, port] = bracketed;
  else if ((text.match(/:/g) ?? []).length === 1) [host, port] = text.split(':');
  const ip = canonicalIp(host);
  if (bracketed && !ip) return `"${raw}" is not an IPv6 address`;
  if (!ip && !HOST_NAME.test(host)) return `"${raw}" is not a host name, IP address or host:port`;
  if (port !== undefined) {
    const n = Number(port);
    if (!/^\d{1,5}$/.test(port) || n < 1 || n > 65535) return `"${raw}" has an invalid port`;
    return { host: ip ?? host, port: n };
  }
  return { host: ip ?? host };
}

export type Resolve = (host: string) => Promise<{ address: string; family: number }[]>;
const systemResolve: Resolve = (host) => dnsLookup(host, { all: true });

export type UrlCheck = { ok: true; url: URL } | { ok: false; reason: string };

const effectivePort = (url: URL): number => Number(url.port || (url.protocol === 'https:' ? 443 : 80));
const hostOf = (url: URL): string => url.hostname.replace(/^\[|\]$/g, '').toLowerCase();

/**
 * The SSRF rules for every request the service sends on behalf of a user-supplied URL: http(s) only,
 * no credentials in the URL, and the destination must be a public address — judged on the address
 * actually connected to — unless host (and port, when the entry pins one) is in the allowlist.
 */
export class OutboundPolicy {
  private readonly allowed: AllowEntry[];

  constructor(
    allowlist: readonly string[],
    private readonly resolve: Resolve = systemResolve,
  ) {
    this.allowed = allowlist.map((raw) => {
      const entry = parseAllowEntry(raw);
      if (typeof entry === 'string') throw new Error(`allowlist: ${entry}`);
      return entry;
    });
  }

  /** Error texts for bad allowlist entries (for config validation). */
  static problems(allowlist: readonly string[]): string[] {
    return allowlist.map(parseAllowEntry).filter((e): e is string => typeof e === 'string');
  }

  isAllowlisted(url: URL): boolean {
    const host = canonicalIp(hostOf(url)) ?? hostOf(url).replace(/\.$/, '');
    const port = effectivePort(url);
    return this.allowed.some((e) => e.host === host && (e.port === undefined || e.port === port));
  }

  /**
   * Everything that can be decided without DNS. Returns the reason for a refusal, `'resolve'` when the
   * verdict depends on the host's addresses, or undefined when the URL may be requested as it is.
   */
  private precheck(url: URL): string | 'resolve' | undefined {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return `scheme ${url.protocol.replace(':', '')} is not allowed (http or https only)`;
    if (url.username || url.password) return 'credentials in the URL are not allowed';
    if (this.isAllowlisted(url)) return undefined;
    const host = hostOf(url);
    if (canonicalIp(host)) {
      const why = blockedAddressReason(host);
      return why ? `address ${host} is not public (${why})` : undefined;
    }
    if (host === 'localhost' || host.endsWith('.localhost') || host === 'localhost.')
      return `host ${host} is loopback`;
    return 'resolve';
  }

  /** Throws OutboundRefusedError unless `url` may be requested (its host's addresses are checked at connect). */
  assertRequestable(url: URL): void {
    const verdict = this.precheck(url);
    if (verdict !== undefined && verdict !== 'resolve') throw new OutboundRefusedError(verdict);
  }

  /** Resolves `host` once and refuses unless every address is public. */
  async resolvePublic(host: string): Promise<{ address: string; family: number }[]> {
    // A DNS failure keeps its own code (ENOTFOUND, EAI_AGAIN): it is a network error, not a refusal.
    const addresses = await this.resolve(host);
    if (addresses.length === 0)
      throw Object.assign(new Error(`${host} does not resolve`), { code: 'ENOTFOUND' });
    for (const a of addresses) {
      const why = blockedAddressReason(a.address);
      if (why) throw new OutboundRefusedError(`host ${host} resolves to a non-public address (${why})`);
    }
    return addresses;
  }

  /**
   * The `lookup` for the socket that connects to `url`: DNS is asked once, every answer is checked,
   * and the socket connects to exactly those checked addresses — a rebinding answer between a check
   * and the connect cannot happen. Undefined when no check is needed (IP literal, allowlisted host).
   */
  lookupFor(url: URL): LookupFunction | undefined {
    if (this.precheck(url) !== 'resolve') return undefined;
    return (hostname, options, callback) => {
      this.resolvePublic(hostname).then(
        (all) => {
          const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
          const usable = wanted ? all.filter((a) => a.family === wanted) : all;
          if (usable.length === 0) {
            const err = Object.assign(new Error(`${hostname} has no IPv${wanted} address`), {
              code: 'ENOTFOUND',
            });
            callback(err, '', 0);
          } else if (options.all) callback(null, usable);
          else callback(null, usable[0].address, usable[0].family);
        },
        (err: NodeJS.ErrnoException) => callback(err, '', 0),
      );
    };
  }

  /** Full check with DNS, for a clear answer when a URL is saved. */
  async check(raw: string): Promise<UrlCheck> {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return { ok: false, reason: 'not a valid URL' };
    }
    const verdict = this.precheck(url);
    if (verdict === undefined) return { ok: true, url };
    if (verdict !== 'resolve') return { ok: false, reason: verdict };
    try {
      await this.resolvePublic(hostOf(url));
      return { ok: true, url };
    } catch (err) {
      return {
        ok: false,
        reason: err instanceof OutboundRefusedError ? err.reason : `host ${hostOf(url)} does not resolve`,
      };
    }
  }
}
