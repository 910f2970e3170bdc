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

function verificationKey(publicKey: string | undefined, secret: string | undefined): KeyObject {
  if (publicKey) return createPublicKey(publicKey); // validated at startup (AppConfig)
  return createSecretKey(Buffer.from(secret ?? 'jwt-auth-not-configured', 'utf8'));
}

function strategyOptions(config: AppConfig): StrategyOptionsWithoutRequest {
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
