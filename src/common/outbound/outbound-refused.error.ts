/**
 * An outbound request (or one of its redirect hops) the SSRF policy would not send. `message` is the
 * same for every refusal so nothing about internal hosts travels back to the caller; `reason` is the
 * precise cause, for our own logs only.
 */
export class OutboundRefusedError extends Error {
  static readonly MESSAGE = 'outbound request refused: destination not allowed';
  readonly code = 'ERR_OUTBOUND_REFUSED';

  constructor(readonly reason: string) {
    super(OutboundRefusedError.MESSAGE);
    this.name = 'OutboundRefusedError';
  }
}

/** The OutboundRefusedError anywhere along `err`'s cause chain (fetch users like octokit wrap it). */
export function findOutboundRefusal(err: unknown): OutboundRefusedError | undefined {
  let e: unknown = err;
  for (let i = 0; i < 6 && e && typeof e === 'object'; i++) {
    if (e instanceof OutboundRefusedError) return e;
    if ((e as { code?: unknown }).code === 'ERR_OUTBOUND_REFUSED') return e as OutboundRefusedError;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
