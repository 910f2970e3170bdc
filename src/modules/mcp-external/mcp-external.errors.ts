import { AppError } from '../../common/errors/app-error.js';
import {
  isUpstreamFailureCode,
  UPSTREAM_FAILURE_CODES,
  type UpstreamFailure,
  type UpstreamFailureCode,
} from '../../common/resilience/failure.js';

/** The nine codes every external MCP failure is mapped to (README § mcp-external has the table). */
export const MCP_EXTERNAL_ERROR_CODES = UPSTREAM_FAILURE_CODES;
export type McpExternalErrorCode = UpstreamFailureCode;

/** The standard error schema for calls to external MCP servers: the shared upstream-failure shape. */
export type McpExternalError = UpstreamFailure;

/** HTTP status our REST API answers with for each code. */
export const HTTP_STATUS_BY_CODE: Record<McpExternalErrorCode, number> = {
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  rate_limited: 429,
  timeout: 504,
  unavailable: 503,
  bad_request: 400,
  conflict: 409,
  internal: 502,
};

export const isMcpExternalErrorCode = isUpstreamFailureCode;

/**
 * Thrown by McpExternalService. `error` is the schema above; as an AppError it renders as
 * `{"error": code, "message", "details": McpExternalError, "requestId"}` with the matching status and
 * `Retry-After` when known.
 */
export class McpExternalException extends AppError {
  constructor(readonly error: McpExternalError) {
    super(
      HTTP_STATUS_BY_CODE[error.code],
      error.code,
      error.message,
      error,
      error.retryAfterSeconds !== undefined
        ? { headers: { 'Retry-After': String(Math.max(0, Math.ceil(error.retryAfterSeconds))) } }
        : {},
    );
  }
}

export const externalError = (
  code: McpExternalErrorCode,
  message: string,
  extra: Omit<McpExternalError, 'code' | 'message'> = {},
): McpExternalException => new McpExternalException({ code, message, ...extra });

/** Registry errors (our own validation), not failures of an external server. */
export class ProviderNotFoundError extends AppError {
  constructor(name: string) {
    super(404, 'provider_not_found', `External MCP provider "${name}" is not registered`, { provider: name });
  }
}

export class ProviderValidationError extends AppError {
  constructor(message: string, details?: unknown) {
    super(400, 'invalid_provider', message, details);
  }
}

export class SecretsKeyMissingError extends AppError {
  constructor() {
    super(
      422,
      'secrets_key_missing',
      'Refusing to store provider secrets: KLEPAAS_SECRETS_KEY is not set (32 bytes, base64 or hex)',
    );
  }
}

export class ProviderReadOnlyError extends AppError {
  constructor(name: string) {
    super(
      409,
      'provider_read_only',
      `Provider "${name}" is configured from environment variables (KLEPAAS_GITHUB_*); change it there`,
      { provider: name },
    );
  }
}
