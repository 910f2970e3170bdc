import { hash } from 'node:crypto';
import type { Principal } from '../../common/principal/principal.js';

/** How long a verified token is trusted without verifying it again (never beyond its own `exp`). */
export const VERIFIED_TOKEN_TTL_MS = 30_000;
/** Distinct tokens remembered; the least recently used are dropped beyond this. */
export const VERIFIED_TOKEN_CACHE_SIZE = 1000;

/**
 * Bearer tokens that passed verification, briefly: a client sends the same token on every request, and
 * verifying it (passport, jsonwebtoken's decode, HMAC or signature check, claim checks) is a large part
 * of an authenticated read. Keyed by the token's SHA-256 (the token itself is not kept); an entry lives
 * until the earlier of the token's `exp` and VERIFIED_TOKEN_TTL_MS after verification; a bounded LRU.
 * Failed verifications are kept apart (RefusedTokenCache): a good token is never answered from them.
 */
export class VerifiedTokenCache {
  private readonly entries = new Map<string, { principal: Principal; until: number }>();

  constructor(
    private readonly max = VERIFIED_TOKEN_CACHE_SIZE,
    private readonly ttlMs = VERIFIED_TOKEN_TTL_MS,
  ) {}

  /** A copy of the principal the token was verified as, or undefined (unknown or expired). */
  get(token: string, now = Date.now()): Principal | undefined {
    const key = hash('sha256', token, 'base64');
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (now >= entry.until) return undefined;
    this.entries.set(key, entry); // most recently used goes last
    return { ...entry.principal, scopes: [...entry.principal.scopes] };
  }

  /** Remembers a token that has just been verified; `expSeconds` is its `exp` claim, if any. */
  set(token: string, principal: Principal, expSeconds: number | undefined, now = Date.now()): void {
    const until = Math.min(now + this.ttlMs, expSeconds === undefined ? Infinity : expSeconds * 1000);
    if (until <= now) return;
    const key = hash('sha256', token, 'base64');
    this.entries.delete(key);
    this.entries.set(key, { principal: { ...principal, scopes: [...principal.scopes] }, until });
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
  }
}

/** The `exp` claim of a token that has already been verified (its payload is then trustworthy). */
export function verifiedExpiry(token: string): number | undefined {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
      exp?: unknown;
    };
    return typeof payload.exp === 'number' ? payload.exp : undefined;
  } catch {
    return undefined;
  }
}

/** How long a refused token's reason is remembered; its refusal is only ever a fact about the token. */
export const REFUSED_TOKEN_TTL_MS = 60_000;
/** Distinct refused tokens remembered; the oldest are dropped beyond this. */
export const REFUSED_TOKEN_CACHE_SIZE = 10_000;

/**
 * Bearer tokens that failed verification for a reason that cannot change while this process runs (bad
 * signature, malformed, expired, wrong issuer or audience — the key and those settings are fixed at
 * boot), with that reason. A flood repeating one bad token is then refused without passport and
 * jsonwebtoken; every request is still answered 401 and audited (the guard only skips re-verifying).
 * Keyed by the token's SHA-256, like VerifiedTokenCache; bounded, oldest out first.
 */
export class RefusedTokenCache {
  private readonly entries = new Map<string, { reason: string; until: number }>();

  constructor(
    private readonly max = REFUSED_TOKEN_CACHE_SIZE,
    private readonly ttlMs = REFUSED_TOKEN_TTL_MS,
  ) {}

  /** Why the token was refused, or undefined (not refused recently). */
  get(token: string, now = Date.now()): string | undefined {
    const key = hash('sha256', token, 'base64');
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (now < entry.until) return entry.reason;
    this.entries.delete(key);
    return undefined;
  }

  set(token: string, reason: string, now = Date.now()): void {
    const key = hash('sha256', token, 'base64');
    this.entries.delete(key);
    this.entries.set(key, { reason, until: now + this.ttlMs });
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
  }
}
