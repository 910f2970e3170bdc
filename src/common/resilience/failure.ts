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
