import { createPublicKey, createSecretKey, type KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy, type StrategyOptionsWithoutRequest } from 'passport-jwt';
import { AppConfig } from '../../config/app.config.js';
import type { Principal } from './principal.js';
import { parseScopes } from './scopes.js';

interface JwtClaims {
  sub?: string;
  scope?: unknown;
  scopes?: unknown;
}

/**
 * The verification key as a KeyObject built once. Handed a string, jsonwebtoken rebuilds the key on every
 * request (for an HS256 secret it first tries, and fails, to parse it as a PEM public key), which cost
 * about a tenth of the CPU of an authenticated request. A key Node cannot parse stays a string, so
 * behaviour is unchanged for it (every token is refused).
 */
function verificationKey(publicKey: string | undefined, secret: string): string | Buffer {
  try {
    const key: KeyObject = publicKey
      ? createPublicKey(publicKey)
      : createSecretKey(Buffer.from(secret, 'utf8'));
    // passport-jwt passes the key to jsonwebtoken untouched; its types only name string | Buffer.
    return key as unknown as Buffer;
  } catch {
    return publicKey ?? secret;
  }
}

function strategyOptions(config: AppConfig): StrategyOptionsWithoutRequest {
  const publicKey = config.KLEPAAS_JWT_PUBLIC_KEY?.replace(/\\n/g, '\n');
  return {
    jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
    // Only the algorithms of the configured key: never `none`, never HS256 with a public key.
    secretOrKey: verificationKey(publicKey, config.KLEPAAS_JWT_SECRET ?? 'jwt-auth-not-configured'),
    algorithms: publicKey ? ['RS256', 'ES256'] : ['HS256'],
    ...(config.KLEPAAS_JWT_ISSUER ? { issuer: config.KLEPAAS_JWT_ISSUER } : {}),
    ...(config.KLEPAAS_JWT_AUDIENCE ? { audience: config.KLEPAAS_JWT_AUDIENCE } : {}),
    ignoreExpiration: false,
  };
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(config: AppConfig) {
    super(strategyOptions(config));
  }

  validate(claims: JwtClaims): Principal | false {
    if (!claims.sub) return false;
    return {
      userId: claims.sub,
      scopes: [...parseScopes(claims.scope), ...parseScopes(claims.scopes)],
      method: 'jwt',
    };
  }
}
