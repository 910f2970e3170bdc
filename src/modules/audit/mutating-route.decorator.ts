import { INTERCEPTORS_METADATA } from '@nestjs/common/constants.js';
import { BodyParsingInterceptor } from '../../common/http/body-parsing.interceptor.js';
import { AuditInterceptor } from './audit.interceptor.js';

/** The interceptors of a route that can carry a body or change state, outermost first. */
export const MUTATING_ROUTE_INTERCEPTORS = [AuditInterceptor, BodyParsingInterceptor] as const;

/**
 * Declared by every route whose method can carry a body or change state (POST, PUT, PATCH, DELETE, ALL):
 * its request is audited (AuditInterceptor, outermost, so a body that cannot be read is still recorded)
 * and its body parsed after authentication (BodyParsingInterceptor). Bound per route rather than
 * globally so that a read builds no interceptor chain at all. Both run before the route's own
 * interceptors whichever line the decorator is on, as global interceptors did: @NoAutoAudit() and
 * LanguageErrors need the parsed body. test/e2e/route-interceptors.e2e-spec.ts fails for a mutating
 * route without it, for a read with it, and for anything bound in front of it.
 */
export const MutatingRoute = (): MethodDecorator => (_target, _key, descriptor) => {
  const handler = descriptor.value as object;
  const routeOwn = (Reflect.getMetadata(INTERCEPTORS_METADATA, handler) ?? []) as unknown[];
  Reflect.defineMetadata(INTERCEPTORS_METADATA, [...MUTATING_ROUTE_INTERCEPTORS, ...routeOwn], handler);
};
