import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { ExtractJwt } from 'passport-jwt';
import { AppConfig } from '../../config/app.config.js';
import { AuthConfig } from './auth.config.js';
import { isPublicRoute, REQUIRED_SCOPES, RESOURCE_METADATA_PATH } from './auth.decorators.js';
import { InsufficientScopeError, RouteWithoutScopeError, UnauthorizedError } from './auth.errors.js';
import { InvalidClaimsError, subjectProblem } from './jwt.strategy.js';
import type { Principal } from '../../common/principal/principal.js';
import { missingScopes, parseScopes } from './scopes.js';
import { RefusedTokenCache, VerifiedTokenCache, verifiedExpiry } from './verified-token-cache.js';

const JwtAuthGuard = AuthGuard('jwt');
/** The token passport-jwt reads (Authorization: Bearer …), read the same way for the cache. */
const bearerToken = ExtractJwt.fromAuthHeaderAsBearerToken();

interface RouteAuth {
  isPublic: boolean;
  required: string[] | undefined;
  resourceMetadataPath: string | undefined;
}

/** Why passport-jwt refused a token, and whether that is for good (the token alone decides it). */
interface JwtFailure {
  reason: string;
  permanent: boolean;
}

/** passport-jwt's `info` tells why a token was refused; the caller deserves the reason, not the internals. */
function describeJwtFailure(err: unknown, info: unknown): JwtFailure {
  // Not "Invalid token: …": the audit's secret masking reads `token: x` as an assignment and hides x.
  // Claims are judged against the clock (lifetime from now), so that refusal may not last.
  if (err instanceof InvalidClaimsError)
    return { reason: `Invalid token (${err.message})`, permanent: false };
  const name = (info as { name?: string } | undefined)?.name;
  const message = (info as { message?: string } | undefined)?.message ?? '';
  const permanent = (reason: string) => ({ reason, permanent: true });
  if (name === 'TokenExpiredError') return permanent('Token has expired');
  if (message === 'No auth token') return { reason: 'Missing bearer token', permanent: false };
  if (/audience/i.test(message)) return permanent('Token audience is not accepted');
  if (/issuer/i.test(message)) return permanent('Token issuer is not accepted');
  if (/signature/i.test(message)) return permanent('Token signature is invalid');
  // "jwt not active" (nbf) becomes valid in time
  if (name === 'NotBeforeError') return { reason: `Invalid token (${message})`, permanent: false };
  if (name === 'JsonWebTokenError') return permanent(`Invalid token (${message})`);
  return { reason: 'Invalid or missing credentials', permanent: false };
}

/**
 * Global guard, deny by default: a route must be @Public() or declare @RequireScopes(...).
 * JWT mode authenticates through passport-jwt; header mode (never in production, enforced by config)
 * takes X-User-Id and X-Scopes.
 */
@Injectable()
export class ScopesGuard extends JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
    private readonly auth: AuthConfig,
  ) {
    super();
  }

  /**
   * A route's auth metadata, read once per handler (decorator metadata never changes after boot), so
   * a request costs one WeakMap lookup instead of three reflections through the prototype chain.
   */
  private readonly routes = new WeakMap<object, RouteAuth>();
  private readonly verifiedTokens = new VerifiedTokenCache();
  private readonly refusedTokens = new RefusedTokenCache();

  private routeAuth(context: ExecutionContext): RouteAuth {
    const handler = context.getHandler();
    let route = this.routes.get(handler);
    if (!route) {
      const targets = [handler, context.getClass()];
      route = {
        isPublic: isPublicRoute(this.reflector, handler, context.getClass()),
        required: this.reflector.getAllAndOverride<string[] | undefined>(REQUIRED_SCOPES, targets),
        resourceMetadataPath: this.reflector.getAllAndOverride<string | undefined>(
          RESOURCE_METADATA_PATH,
          targets,
        ),
      };
      this.routes.set(handler, route);
    }
    return route;
  }

  /** Synchronous for public routes (probes): no promise per request. */
  override canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const route = this.routeAuth(context);
    if (route.isPublic) return true;
    return this.authorize(context, route);
  }

  private async authorize(context: ExecutionContext, { required }: RouteAuth): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    if (!required || required.length === 0)
      throw new RouteWithoutScopeError(`${req.method} ${req.route?.path ?? req.path}`);

    if (this.auth.KLEPAAS_AUTH_MODE === 'header') {
      req.user = this.principalFromHeaders(req, this.resourceMetadata(context));
    } else {
      const token = bearerToken(req);
      // Refused without passport: no token at all, or one refused for good moments ago (a flood).
      if (!token) throw this.unauthorized('Missing bearer token', context);
      const verified = this.verifiedTokens.get(token);
      if (verified) {
        req.user = verified;
      } else {
        const refused = this.refusedTokens.get(token);
        if (refused) throw this.unauthorized(refused, context);
        await super.canActivate(context); // passport-jwt: verifies, or throws 401 through handleRequest
        this.verifiedTokens.set(token, req.user as Principal, verifiedExpiry(token));
      }
    }
    const principal = req.user as Principal;
    if (missingScopes(principal.scopes, required).length > 0)
      throw new InsufficientScopeError(required, principal.scopes, this.resourceMetadata(context));
    return true;
  }

  /** Absolute metadata URL for routes marked @ProtectedResource(path); undefined elsewhere. */
  private resourceMetadata(context: ExecutionContext): string | undefined {
    const path = this.routeAuth(context).resourceMetadataPath;
    if (!path) return undefined;
    const req = context.switchToHttp().getRequest<Request>();
    const base =
      this.config.KLEPAAS_PUBLIC_URL?.replace(/\/+$/, '') ?? `${req.protocol}://${req.get('host')}`;
    return `${base}${path}`;
  }

  override handleRequest<T>(err: unknown, user: T, info: unknown, context?: ExecutionContext): T {
    if (err || !user) {
      const { reason, permanent } = describeJwtFailure(err, info);
      const token = permanent && context ? bearerToken(context.switchToHttp().getRequest<Request>()) : null;
      if (token) this.refusedTokens.set(token, reason);
      throw this.unauthorized(reason, context);
    }
    return user;
  }

  private unauthorized(reason: string, context?: ExecutionContext): UnauthorizedError {
    const challenge =
      reason === 'Missing bearer token'
        ? 'Bearer'
        : `Bearer error="invalid_token", error_description="${reason}"`;
    const resourceMetadata = context && this.resourceMetadata(context);
    // An expected refusal, answered and audited but never logged with a stack: capturing one was ~7 µs
    // of every 401 of a flood.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      return new UnauthorizedError(reason, challenge, resourceMetadata);
    } finally {
      Error.stackTraceLimit = limit;
    }
  }

  private principalFromHeaders(req: Request, resourceMetadata?: string): Principal {
    const userId = req.header('x-user-id')?.trim();
    if (!userId)
      throw new UnauthorizedError('Missing X-User-Id header (header auth mode)', 'Bearer', resourceMetadata);
    const problem = subjectProblem(userId);
    if (problem)
      throw new UnauthorizedError(
        `Invalid X-User-Id: ${problem.replace(/^sub/, 'it')}`,
        'Bearer',
        resourceMetadata,
      );
    return { userId, scopes: parseScopes(req.header('x-scopes') ?? ''), method: 'header' };
  }
}
