/**
 * The neutral shape of a failed call to something outside the process (an external MCP server, an LLM provider,
 * Slack): nine codes that say what a caller may do next. The retry policy and the breaker judge only this shape,
 * so every module that calls out shares them without knowing each other's errors.
 */
export const UPSTREAM_FAILURE_CODES = [
  'unauthorized',
  'forbidden',
  'not_found',
  'rate_limited',
  'timeout',
  'unavailable',
  'bad_request',
  'conflict',
  'internal',
] as const;
export type UpstreamFailureCode = (typeof UPSTREAM_FAILURE_CODES)[number];

export interface UpstreamFailure {
  code: UpstreamFailureCode;
  message: string;
  retryAfterSeconds?: number;
  /** `source` says where it came from: `http`, `network`, `response`, `tool`, `breaker`, … */
  details?: Record<string, unknown>;
}

export const isUpstreamFailureCode = (v: unknown): v is UpstreamFailureCode =>
  typeof v === 'string' && (UPSTREAM_FAILURE_CODES as readonly string[]).includes(v);

/** The one HTTP status → failure code table (an upstream's answer to us, not ours to a client). */
export function failureCodeForHttpStatus(status: number): UpstreamFailureCode {
  switch (status) {
    case 400:
    case 422:
      return 'bad_request';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
    case 410:
      return 'not_found';
    case 409:
      return 'conflict';
    case 429:
      return 'rate_limited';
    case 408:
    case 504:
      return 'timeout';
    case 502:
    case 503:
      return 'unavailable';
    default:
      return status >= 500 ? 'internal' : 'bad_request';
  }
}

/** Thrown inside a retried or breaker-guarded call; carries the failure it was mapped to. */
export class UpstreamFailureError extends Error {
  constructor(readonly failure: UpstreamFailure) {
    super(failure.message);
    this.name = 'UpstreamFailureError';
  }
}

/** The failures that say the other side is down (and so count against its breaker), not that it answered. */
export function isOutage(f: UpstreamFailure): boolean {
  const source = f.details?.source;
  if (source === 'breaker' || source === 'tool') return false;
  if (f.code === 'unavailable' || f.code === 'timeout') return true;
  return f.code === 'internal' && source === 'http';
}
