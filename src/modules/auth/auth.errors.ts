import { AppError } from '../../common/errors/app-error.js';

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
  constructor(required: string[], granted: string[], resourceMetadata?: string) {
    super(
      403,
      'insufficient_scope',
      `Missing scope: ${required.filter((s) => !granted.includes(s)).join(' ')}`,
      undefined,
      {
        params: { missing: required.filter((s) => !granted.includes(s)).join(' ') },
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
