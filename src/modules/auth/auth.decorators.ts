import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import type { Request } from 'express';
import { ApiErrors } from '../../common/openapi/api-errors.decorator.js';
import type { Principal } from '../../common/principal/principal.js';
import type { Scope } from './scopes.js';

export const PUBLIC_ROUTE = 'klepaas:public';
export const REQUIRED_SCOPES = 'klepaas:scopes';
export const RESOURCE_METADATA_PATH = 'klepaas:resource-metadata';

/** Marks a route (or controller) as reachable without credentials: probes, version, metrics, docs. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The global guard's rule: public when the handler, else its controller, says @Public(). */
export function isPublicRoute(reflector: Reflector, handler: object, controller: object): boolean {
  // Reflector's targets are functions (a handler, a class); typed as such there
  const targets = [handler, controller] as Parameters<Reflector['getAllAndOverride']>[1];
  return reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets) === true;
}

/** The scopes a route needs (all of them). Also documents them, and bearer auth, in Swagger. */
export const RequireScopes = (...scopes: Scope[]) =>
  applyDecorators(
    SetMetadata(REQUIRED_SCOPES, scopes),
    ApiBearerAuth('bearer'),
    ApiExtension('x-required-scopes', scopes),
    // 403 forbidden: a route that declares no scope (never one of ours: route-scopes.e2e checks them all).
    ApiErrors({ 401: ['unauthorized'], 403: ['insufficient_scope'] }),
  );

/**
 * An OAuth protected resource (RFC 9728): its 401/403 challenges carry
 * `resource_metadata="<KLEPAAS_PUBLIC_URL or request origin><path>"` so clients can discover the authorization server.
 */
export const ProtectedResource = (metadataPath: string) => SetMetadata(RESOURCE_METADATA_PATH, metadataPath);

export const CurrentPrincipal = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal =>
    ctx.switchToHttp().getRequest<Request>().user as Principal,
);
