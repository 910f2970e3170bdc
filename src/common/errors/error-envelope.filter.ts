import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { Request, Response } from 'express';
import { requestPrincipal } from '../principal/principal.js';
import { ACCESS_DENIED, type AccessDenied } from './access-denied.event.js';
import { AppError, type ErrorEnvelope } from './app-error.js';

const CODE_BY_STATUS: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable_entity',
  429: 'rate_limited',
  503: 'unavailable',
};

interface Normalised {
  status: number;
  code: string;
  message: string;
  details?: unknown;
  headers?: Record<string, string>;
  extra?: Record<string, unknown>;
}

/** body-parser errors carry `type` and `status`; they never reach Nest as HttpExceptions. */
interface BodyParserError {
  type: string;
  status: number;
  message: string;
}
const isBodyParserError = (e: unknown): e is BodyParserError =>
  typeof e === 'object' && e !== null && typeof (e as BodyParserError).type === 'string' && 'status' in e;
/**
 * Other http-errors a parser passes on as 4xx with `expose` (e.g. a body whose Content-Encoding does not
 * decompress): a client mistake, said as such.
 */
const isExposedClientError = (e: unknown): e is { status: number; message: string } =>
  typeof e === 'object' &&
  e !== null &&
  (e as { expose?: unknown }).expose === true &&
  typeof (e as { status?: unknown }).status === 'number' &&
  (e as { status: number }).status >= 400 &&
  (e as { status: number }).status < 500;

export function normaliseError(thrown: unknown): Normalised {
  // Nest wraps body-parser's errors in an HttpException; the original says what went wrong.
  const cause = thrown instanceof HttpException ? thrown.cause : undefined;
  const exception = isBodyParserError(cause) ? cause : thrown;
  if (exception instanceof AppError) {
    return {
      status: exception.status,
      code: exception.code,
      message: exception.message,
      details: exception.details,
      headers: exception.options.headers,
      extra: exception.options.extra,
    };
  }
  if (isBodyParserError(exception)) {
    if (exception.type === 'entity.parse.failed')
      return { status: 400, code: 'invalid_json', message: 'Request body is not valid JSON' };
    if (exception.type === 'entity.too.deep')
      return { status: 400, code: 'invalid_json', message: exception.message };
    if (exception.type === 'entity.too.large')
      return { status: 413, code: 'payload_too_large', message: 'Request body exceeds the size limit' };
    if (exception.type === 'encoding.unsupported' || exception.type === 'charset.unsupported')
      return { status: 415, code: 'unsupported_media_type', message: exception.message };
    return {
      status: exception.status >= 400 && exception.status < 500 ? exception.status : 400,
      code: 'bad_request',
      message: exception.message,
    };
  }
  if (isExposedClientError(exception)) {
    return {
      status: exception.status,
      code: CODE_BY_STATUS[exception.status] ?? 'bad_request',
      message: exception.message,
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const body = exception.getResponse();
    let message = exception.message;
    let details: unknown;
    if (typeof body === 'object' && body !== null) {
      const b = body as { message?: unknown; error?: unknown; details?: unknown };
      if (Array.isArray(b.message)) {
        message = 'Request validation failed';
        details = b.message;
      } else if (typeof b.message === 'string') message = b.message;
      if (b.details !== undefined) details = b.details;
    }
    const code =
      status === 400 && Array.isArray(details)
        ? 'validation_failed'
        : (CODE_BY_STATUS[status] ?? (status >= 500 ? 'internal_error' : 'error'));
    return {
      status,
      code,
      message: status >= 500 && status !== 503 ? 'Internal server error' : message,
      details,
    };
  }
  return { status: 500, code: 'internal_error', message: 'Internal server error' };
}

/** Endpoints whose clients speak JSON-RPC (MCP Streamable HTTP): errors keep that shape and the status. */
export const JSON_RPC_PATHS = new Set(['/mcp']);

/** JSON-RPC 2.0 error object for a normalised error: -32700 unparsable, -32600 invalid request, -32000 other. */
export function toJsonRpcError(n: Normalised, requestId: string) {
  const code = n.code === 'invalid_json' ? -32700 : [400, 413, 415].includes(n.status) ? -32600 : -32000;
  return {
    jsonrpc: '2.0' as const,
    error: { code, message: n.message, data: { error: n.code, ...n.extra, requestId } },
    id: null,
  };
}

/** The one place errors become HTTP responses: the envelope, never a stack trace. */
@Catch()
export class ErrorEnvelopeFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  constructor(private readonly events: EventEmitter2) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request>();
    const n = normaliseError(exception);
    if (n.status >= 500 && !(exception instanceof AppError)) {
      this.logger.error(
        { err: exception },
        `Unhandled error on ${req.method} ${req.originalUrl?.split('?')[0]}`,
      );
    }
    const requestId = String(req.id ?? res.getHeader('x-request-id') ?? '');
    if (n.status === 401 || n.status === 403) {
      const ip = req.ip; // a getter that parses X-Forwarded-For (trust proxy) on every read
      // Listeners run before the response, so whoever reads the audit log next finds the denial.
      await this.events.emitAsync(ACCESS_DENIED, {
        request: req,
        status: n.status,
        code: n.code,
        message: n.message,
        subject: requestPrincipal(req)?.userId ?? ip ?? 'unknown',
        route: `${req.method} ${req.route?.path ?? req.path}`,
        ip,
        requestId,
      } satisfies AccessDenied);
    }
    if (res.headersSent) return;
    const body: ErrorEnvelope = {
      error: n.code,
      message: n.message,
      ...(n.details !== undefined ? { details: n.details } : {}),
      ...n.extra,
      requestId,
    };
    for (const [k, v] of Object.entries(n.headers ?? {})) res.setHeader(k, v);
    if (JSON_RPC_PATHS.has(req.path.replace(/\/+$/, ''))) {
      res.status(n.status).json(toJsonRpcError(n, requestId));
      return;
    }
    res.status(n.status).json(body);
  }
}
