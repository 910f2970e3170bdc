import { AppError } from '../../common/errors/app-error.js';
import { missingScopes } from './scopes.js';

/** Adds RFC 9728's `resource_metadata` parameter to a Bearer challenge (MCP clients discover auth by it). */
export function withResourceMetadata(challenge: string, resourceMetadata?: string): string {
  if (!resourceMetadata) return challenge;
  const param = `resource_metadata="${resourceMetadata}"`;
  return challenge === 'Bearer' ? `Bearer ${param}` : `${challenge}, ${param}`;
}

export class UnauthorizedError extends AppError {
  constructor(message: string, bearerChallenge = 'Bearer', resourceMetadata?: string) {
    super(401, 'unauthorized', message, undefined, {
      headers: { 'WWW-Authenticate': withResourceMetadata(bearerChallenge, resourceMetadata) },
    });
  }
}

/** RFC 6750 §3.1: 403 with the scope that would have been enough. */
export class InsufficientScopeError extends AppError {
  /** `operation` names what was refused when it is not the route itself (e.g. "deploy through /nlp/process"). */
  constructor(required: string[], granted: string[], resourceMetadata?: string, operation?: string) {
    const missing = missingScopes(granted, required).join(' ');
    super(
      403,
      'insufficient_scope',
      operation ? `${operation} needs scope ${missing}` : `Missing scope: ${missing}`,
      undefined,
      {
        ...(operation ? { messageKey: 'insufficient_scope.operation' } : {}),
        params: { missing, operation },
        headers: {
          'WWW-Authenticate': withResourceMetadata(
            `Bearer error="insufficient_scope", scope="${required.join(' ')}"`,
            resourceMetadata,
          ),
        },
        extra: { required, granted },
      },
    );
  }
}

export class RouteWithoutScopeError extends AppError {
  constructor(route: string) {
    super(403, 'forbidden', `Route ${route} declares no scope and is denied by default`);
  }
}
