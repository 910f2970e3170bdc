import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { SseError } from '@modelcontextprotocol/sdk/client/sse.js';
import { failureCodeForHttpStatus, isOutage } from '../../common/resilience/failure.js';
import { parseRetryAfterMs } from '../../common/resilience/retry-after.js';
import { findOutboundRefusal, OutboundRefusedError } from '../../common/outbound/outbound-refused.error.js';
import { maskSecretsInText } from '../../common/security/redact.js';
import {
  isMcpExternalErrorCode,
  McpExternalException,
  type McpExternalError,
  type McpExternalErrorCode,
} from './mcp-external.errors.js';

/** A non-2xx answer to one of our POSTs, raised by our fetch wrapper so the status and Retry-After survive. */
export class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterSeconds: number | undefined,
    readonly body: string,
  ) {
    super(`HTTP ${status}${body ? `: ${body.slice(0, 200)}` : ''}`);
    this.name = 'HttpStatusError';
  }
}

/** Our own per-call deadline ran out. */
export class DeadlineExceededError extends Error {
  constructor(readonly deadlineMs: number) {
    super(`Deadline of ${deadlineMs} ms exceeded`);
    this.name = 'DeadlineExceededError';
  }
}

export const codeForHttpStatus = failureCodeForHttpStatus;

/** JSON-RPC error codes (SDK `ErrorCode`) → our codes. */
export function codeForJsonRpc(code: number): McpExternalErrorCode {
  switch (code) {
    case -32700: // ParseError
    case -32600: // InvalidRequest
    case -32602: // InvalidParams
      return 'bad_request';
    case -32601: // MethodNotFound
      return 'not_found';
    case -32001: // RequestTimeout
      return 'timeout';
    case -32000: // ConnectionClosed
      return 'unavailable';
    case -32042: // UrlElicitationRequired
      return 'forbidden';
    default:
      return 'internal'; // -32603 InternalError and server-defined codes
  }
}

const NETWORK_CODES: Record<string, McpExternalErrorCode> = {
  ECONNREFUSED: 'unavailable',
  ECONNRESET: 'unavailable',
  ENOTFOUND: 'unavailable',
  EAI_AGAIN: 'unavailable',
  EHOSTUNREACH: 'unavailable',
  ENETUNREACH: 'unavailable',
  EPIPE: 'unavailable',
  ECONNABORTED: 'unavailable',
  UND_ERR_SOCKET: 'unavailable',
  UND_ERR_CLOSED: 'unavailable',
  ETIMEDOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
};

/** The first errno-style code along an error's `cause` chain (fetch wraps socket errors in TypeError). */
export function networkCodeOf(err: unknown): string | undefined {
  let e: unknown = err;
  for (let i = 0; i < 5 && e && typeof e === 'object'; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code in NETWORK_CODES) return code;
    const nested = (e as { errors?: unknown[] }).errors; // AggregateError from happy-eyeballs connects
    if (Array.isArray(nested) && nested.length > 0) {
      const inner = networkCodeOf(nested[0]);
      if (inner) return inner;
    }
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Retry-After in seconds (the unit of McpExternalError), from the shared parser. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  const ms = parseRetryAfterMs(value, now);
  return ms === undefined ? undefined : ms / 1000;
}

export interface MappingContext {
  provider: string;
  operation: string;
  tool?: string;
}

const make = (
  code: McpExternalErrorCode,
  message: string,
  ctx: MappingContext,
  details: Record<string, unknown>,
  retryAfterSeconds?: number,
): McpExternalError => ({
  code,
  message,
  ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  details: {
    provider: ctx.provider,
    operation: ctx.operation,
    ...(ctx.tool ? { tool: ctx.tool } : {}),
    ...details,
  },
});

/** The one error a failed call reports when the upstream answered an HTTP error status. */
const httpFailure = (status: number, where: string, ctx: MappingContext, retryAfterSeconds?: number) =>
  make(
    codeForHttpStatus(status),
    `${where}: upstream answered HTTP ${status}`,
    ctx,
    { source: 'http', httpStatus: status },
    retryAfterSeconds,
  );

/** Reads one kind of failure; undefined when `err` is not that kind. */
type FailureReader = (err: unknown, where: string, ctx: MappingContext) => McpExternalError | undefined;

// One fixed message: nothing about the refused hop (address, status, body) goes back to the caller.
const policyRefusal: FailureReader = (err, where, ctx) =>
  isOutboundRefusal(err)
    ? make('forbidden', `${where}: ${OutboundRefusedError.MESSAGE}`, ctx, { source: 'policy' })
    : undefined;

const deadlineExceeded: FailureReader = (err, where, ctx) =>
  err instanceof DeadlineExceededError
    ? make('timeout', `${where}: no answer within ${err.deadlineMs} ms`, ctx, {
        source: 'deadline',
        deadlineMs: err.deadlineMs,
      })
    : undefined;

/** Our fetch wrapper's HttpStatusError (with Retry-After), or the SDK transports' HTTP errors. */
const httpStatus: FailureReader = (err, where, ctx) => {
  if (err instanceof HttpStatusError) return httpFailure(err.status, where, ctx, err.retryAfterSeconds);
  if (err instanceof StreamableHTTPError || err instanceof SseError) {
    const status = err.code;
    if (typeof status === 'number' && status >= 400) return httpFailure(status, where, ctx);
  }
  return undefined;
};

const jsonRpcError: FailureReader = (err, where, ctx) =>
  err instanceof McpError
    ? make(codeForJsonRpc(err.code), `${where}: ${err.message}`, ctx, {
        source: 'jsonrpc',
        jsonRpcCode: err.code,
      })
    : undefined;

/** Socket errors by their code, and fetch's own "fetch failed" when it names none. */
const networkFailure: FailureReader = (err, where, ctx) => {
  const net = networkCodeOf(err);
  if (net)
    return make(NETWORK_CODES[net], `${where}: network error ${net}`, ctx, {
      source: 'network',
      networkCode: net,
    });
  if (err instanceof TypeError && /fetch failed|terminated|other side closed/i.test(err.message))
    return make('unavailable', `${where}: connection failed`, ctx, { source: 'network' });
  return undefined;
};

const abortedAtDeadline: FailureReader = (err, where, ctx) =>
  err instanceof Error && err.name === 'AbortError'
    ? make('timeout', `${where}: aborted at the deadline`, ctx, { source: 'deadline' })
    : undefined;

/** An HTTP status the SSE transport only left in its message text. */
const httpStatusInText: FailureReader = (err, where, ctx) => {
  const sseStatus = err instanceof Error ? /\(HTTP (\d{3})\)/.exec(err.message) : null;
  return sseStatus ? httpFailure(Number(sseStatus[1]), where, ctx) : undefined;
};

/** In this order: the first reader that knows the failure names it. */
const FAILURE_READERS: FailureReader[] = [
  policyRefusal,
  deadlineExceeded,
  httpStatus,
  jsonRpcError,
  networkFailure,
  abortedAtDeadline,
  httpStatusInText,
];

/** Any failure of a call to an external MCP server → the standard schema. Never leaks stacks. */
export function toMcpExternalError(err: unknown, ctx: MappingContext): McpExternalError {
  if (err instanceof McpExternalException) return err.error;
  const where = `${ctx.provider} ${ctx.operation}${ctx.tool ? ` ${ctx.tool}` : ''}`;
  for (const read of FAILURE_READERS) {
    const known = read(err, where, ctx);
    if (known) return known;
  }
  return make('internal', `${where}: unexpected failure`, ctx, {
    source: 'client',
    reason: maskSecretsInText(err instanceof Error ? err.message : String(err)).slice(0, 300),
  });
}

interface ToolResultLike {
  isError?: boolean;
  content?: unknown;
  structuredContent?: unknown;
}

/**
 * A tool result with `isError: true`: the server worked, the tool failed. The code comes from
 * `structuredContent.code` (or `structuredContent.error.code`) when it is one of ours, else `internal`.
 */
export function toolResultError(result: ToolResultLike, ctx: MappingContext): McpExternalError {
  const sc = (result.structuredContent ?? {}) as { code?: unknown; error?: { code?: unknown } };
  const declared = isMcpExternalErrorCode(sc.code)
    ? sc.code
    : isMcpExternalErrorCode(sc.error?.code)
      ? sc.error.code
      : undefined;
  const text = Array.isArray(result.content)
    ? result.content
        .filter((c): c is { type: 'text'; text: string } => c?.type === 'text' && typeof c.text === 'string')
        .map((c) => c.text)
        .join('\n')
    : '';
  return make(
    declared ?? 'internal',
    `${ctx.provider} tool ${ctx.tool ?? ''} reported an error${text ? `: ${text.slice(0, 300)}` : ''}`,
    ctx,
    { source: 'tool', toolError: true, ...(text ? { toolMessage: text.slice(0, 2000) } : {}) },
  );
}

/** A refusal of the SSRF policy, also when the SSE transport flattened it into an error event's text. */
export function isOutboundRefusal(err: unknown): boolean {
  if (findOutboundRefusal(err)) return true;
  return err instanceof Error && err.message.includes(OutboundRefusedError.MESSAGE);
}

/** Failures that say the server (not the request) is unhealthy: only these count for the breaker. */
export const isBreakerFailure = isOutage;

/** Errors after which the connection is dropped and re-established on the next call. */
export function needsReconnect(e: McpExternalError): boolean {
  const d = e.details ?? {};
  if (d.source === 'breaker' || d.source === 'tool') return false;
  return e.code === 'unavailable' || e.code === 'timeout' || (d.source === 'http' && d.httpStatus === 404);
}
