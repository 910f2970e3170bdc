/**
 * Base for every domain error. A module defines its own subclass with a code enum; the one global
 * filter (`ErrorEnvelopeFilter`) turns `status`, `code`, `message` and `details` into the envelope
 * `{"error": code, "message", "details"?, "requestId"}`. `extra` adds top-level fields where a
 * standard demands them (e.g. RFC 6750's `required`/`granted` scopes); `headers` are set on the reply.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly options: { headers?: Record<string, string>; extra?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadRequestError extends AppError {
  constructor(message: string, details?: unknown) {
    super(400, 'bad_request', message, details);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string, details?: unknown) {
    super(404, 'not_found', message, details);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details?: unknown) {
    super(409, 'conflict', message, details);
  }
}

export class ServiceUnavailableError extends AppError {
  constructor(code: string, message: string, details?: unknown) {
    super(503, code, message, details);
  }
}

/** The envelope every error response carries. */
export interface ErrorEnvelope {
  error: string;
  message: string;
  details?: unknown;
  requestId: string;
  [extra: string]: unknown;
}
