/** The values a message is made of (an app name, a revision…), kept so it can be said in another language. */
export type MessageParams = Readonly<Record<string, unknown>>;

export interface AppErrorOptions {
  headers?: Record<string, string>;
  extra?: Record<string, unknown>;
  /** Key of the message in ERROR_MESSAGES (error-messages.ts) when it is not the code itself (`code.variant`). */
  messageKey?: string;
  /** The message's parameters, for ERROR_MESSAGES to render it in the caller's language (localizeError). */
  params?: MessageParams;
}

/**
 * Base for every domain error. A module defines its own subclass with a code enum; the one global
 * filter (`ErrorEnvelopeFilter`) turns `status`, `code`, `message` and `details` into the envelope
 * `{"error": code, "message", "details"?, "requestId"}`. `extra` adds top-level fields where a
 * standard demands them (e.g. RFC 6750's `required`/`granted` scopes); `headers` are set on the reply.
 * `messageKey` + `params` let the message be rendered in Korean for a Korean command (localizeError).
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly options: AppErrorOptions = {},
  ) {
    super(message);
    this.name = new.target.name;
  }

  get messageKey(): string {
    return this.options.messageKey ?? this.code;
  }

  get params(): MessageParams {
    return this.options.params ?? {};
  }
}

export class BadRequestError extends AppError {
  constructor(message: string, details?: unknown, options?: AppErrorOptions) {
    super(400, 'bad_request', message, details, options);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string, details?: unknown, options?: AppErrorOptions) {
    super(404, 'not_found', message, details, options);
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
