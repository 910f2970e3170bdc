import { AppError } from '../../common/errors/app-error.js';

export class UnauthorizedError extends AppError {
  constructor(message: string, bearerChallenge = 'Bearer') {
    super(401, 'unauthorized', message, undefined, { headers: { 'WWW-Authenticate': bearerChallenge } });
  }
}

/** RFC 6750 §3.1: 403 with the scope that would have been enough. */
export class InsufficientScopeError extends AppError {
  constructor(required: string[], granted: string[]) {
    super(
      403,
      'insufficient_scope',
      `Missing scope: ${required.filter((s) => !granted.includes(s)).join(' ')}`,
      undefined,
      {
        headers: { 'WWW-Authenticate': `Bearer error="insufficient_scope", scope="${required.join(' ')}"` },
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
