import { createPublicKey, createSecretKey, type KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy, type StrategyOptionsWithoutRequest } from 'passport-jwt';
import { textProblem } from '../../common/http/input-text.js';
import { AuthConfig } from './auth.config.js';
import type { Principal } from '../../common/principal/principal.js';
import { parseScopes } from './scopes.js';

interface JwtClaims {
  sub?: unknown;
  exp?: unknown;
  iat?: unknown;
  scope?: unknown;
  scopes?: unknown;
}

/** A signed token whose claims we refuse; the guard answers 401 `invalid_token` with this reason. */
export class InvalidClaimsError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InvalidClaimsError';
  }
}

/** The widest user id the tables hold (user_id columns are varchar(255)). */
const MAX_SUBJECT_LENGTH = 255;

/**
 * `sub` is the caller's identity: it owns confirmations, deployments and audit records, so it must be a
 * plain string — a numeric 42 and "42" would otherwise be the same user, and `{"a":1}` a stringified one.
 */
export function subjectProblem(sub: unknown): string | null {
  if (typeof sub !== 'string' || sub.trim() === '') return 'sub must be a non-empty string';
  if (sub.length > MAX_SUBJECT_LENGTH) return `sub must be at most ${MAX_SUBJECT_LENGTH} characters`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(sub) || textProblem(sub))
    return 'sub must not contain control characters or lone surrogates';
  return null;
}

/**
 * jsonwebtoken checks `exp` when present; this adds what it cannot: in production a token must expire,
 * and no token may be valid for longer than the maximum lifetime — measured from `iat` and from now,
 * so a future `iat` cannot stretch it.
 */
export function lifetimeProblem(
  claims: JwtClaims,
  maxSeconds: number,
  requireExp: boolean,
  nowSeconds = Math.floor(Date.now() / 1000),
): string | null {
  if (claims.exp === undefined) return requireExp ? 'exp is required' : null;
  if (typeof claims.exp !== 'number' || !Number.isFinite(claims.exp)) return 'exp must be a number';
  if (claims.iat !== undefined && (typeof claims.iat !== 'number' || !Number.isFinite(claims.iat)))
    return 'iat must be a number';
  const lifetime = Math.max(
    claims.exp - nowSeconds,
    typeof claims.iat === 'number' ? claims.exp - claims.iat : 0,
  );
  if (lifetime > maxSeconds) return `token lifetime exceeds the maximum of ${maxSeconds}s`;
  return null;
}

function verificationKey(publicKey: string | undefined, secret: string | undefined): KeyObject {
  if (publicKey) return createPublicKey(publicKey); // validated at startup (AuthConfig)
  return createSecretKey(Buffer.from(secret ?? 'jwt-auth-not-configured', 'utf8'));
}

function strategyOptions(config: AuthConfig): StrategyOptionsWithoutRequest {
  const publicKey = config.KLEPAAS_JWT_PUBLIC_KEY?.replace(/\\n/g, '\n');
  return {
    jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
    // Only the algorithms of the configured key: never `none`, never HS256 with a public key.
    // A KeyObject, built once: given a string, jsonwebtoken re-parses it as a PEM on every request.
    secretOrKey: verificationKey(publicKey, config.KLEPAAS_JWT_SECRET) as unknown as string,
    algorithms: publicKey ? ['RS256', 'ES256'] : ['HS256'],
    ...(config.KLEPAAS_JWT_ISSUER ? { issuer: config.KLEPAAS_JWT_ISSUER } : {}),
    ...(config.KLEPAAS_JWT_AUDIENCE ? { audience: config.KLEPAAS_JWT_AUDIENCE } : {}),
    ignoreExpiration: false,
  };
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(private readonly config: AuthConfig) {
    super(strategyOptions(config));
  }

  validate(claims: JwtClaims): Principal {
    const problem =
      subjectProblem(claims.sub) ??
      lifetimeProblem(claims, this.config.jwtMaxLifetimeSeconds, this.config.isProduction);
    if (problem) throw new InvalidClaimsError(problem);
    return {
      userId: claims.sub as string,
      scopes: [...parseScopes(claims.scope), ...parseScopes(claims.scopes)],
      method: 'jwt',
    };
  }
}
