import { AppError } from '../../common/errors/app-error.js';

/** Errors of the /mcp endpoint; the global filter renders them as JSON-RPC errors there. */
export class McpOriginForbiddenError extends AppError {
  constructor(origin: string) {
    super(403, 'origin_forbidden', `Origin ${origin} is not allowed (KLEPAAS_MCP_ALLOWED_ORIGINS)`);
  }
}

export class McpSessionNotFoundError extends AppError {
  constructor() {
    super(404, 'session_not_found', 'Session not found or expired: initialize a new session');
  }
}

export class McpNoSessionError extends AppError {
  constructor() {
    super(400, 'session_required', 'Bad Request: Mcp-Session-Id header is required (send initialize first)');
  }
}

export class McpInvalidMessageError extends AppError {
  constructor(reason: string) {
    super(400, 'invalid_request', `Invalid JSON-RPC message: ${reason}`);
  }
}

export class McpMethodNotAllowedError extends AppError {
  constructor(method: string) {
    super(
      405,
      'method_not_allowed',
      `${method} /mcp is not available in stateless mode; use POST`,
      undefined,
      {
        headers: { Allow: 'POST' },
      },
    );
  }
}

export class McpTooManySessionsError extends AppError {
  constructor(max: number) {
    super(503, 'too_many_sessions', `Too many open MCP sessions (${max}); retry later`, undefined, {
      headers: { 'Retry-After': '5' },
    });
  }
}
