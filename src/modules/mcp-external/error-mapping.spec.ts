import { StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import {
  DeadlineExceededError,
  HttpStatusError,
  isBreakerFailure,
  parseRetryAfter,
  toMcpExternalError,
  toolResultError,
} from './error-mapping.js';

const ctx = { provider: 'p', operation: 'call_tool', tool: 't' };
const netError = (code: string) =>
  new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });

describe('toMcpExternalError', () => {
  it.each([
    [400, 'bad_request'],
    [422, 'bad_request'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [409, 'conflict'],
    [429, 'rate_limited'],
    [408, 'timeout'],
    [504, 'timeout'],
    [502, 'unavailable'],
    [503, 'unavailable'],
    [500, 'internal'],
    [418, 'bad_request'],
  ])('HTTP %i → %s (fetch wrapper and SDK StreamableHTTPError)', (status, code) => {
    expect(toMcpExternalError(new HttpStatusError(status, undefined, ''), ctx).code).toBe(code);
    expect(toMcpExternalError(new StreamableHTTPError(status, 'x'), ctx).code).toBe(code);
  });

  it('keeps Retry-After', () => {
    const e = toMcpExternalError(new HttpStatusError(429, 7, 'slow down'), ctx);
    expect(e).toMatchObject({
      code: 'rate_limited',
      retryAfterSeconds: 7,
      details: { httpStatus: 429, provider: 'p' },
    });
  });

  it.each([
    ['ECONNREFUSED', 'unavailable'],
    ['ECONNRESET', 'unavailable'],
    ['ENOTFOUND', 'unavailable'],
    ['UND_ERR_SOCKET', 'unavailable'],
    ['ETIMEDOUT', 'timeout'],
  ])('network %s → %s', (net, code) => {
    expect(toMcpExternalError(netError(net), ctx)).toMatchObject({ code, details: { networkCode: net } });
  });

  it('our deadline → timeout', () => {
    expect(toMcpExternalError(new DeadlineExceededError(500), ctx).code).toBe('timeout');
  });

  it.each([
    [ErrorCode.InvalidParams, 'bad_request'],
    [ErrorCode.InvalidRequest, 'bad_request'],
    [ErrorCode.ParseError, 'bad_request'],
    [ErrorCode.MethodNotFound, 'not_found'],
    [ErrorCode.RequestTimeout, 'timeout'],
    [ErrorCode.ConnectionClosed, 'unavailable'],
    [ErrorCode.InternalError, 'internal'],
    [-31999, 'internal'],
  ])('JSON-RPC %i → %s', (rpc, code) => {
    expect(toMcpExternalError(new McpError(rpc, 'x'), ctx).code).toBe(code);
  });

  it('unknown errors → internal without a stack', () => {
    const e = toMcpExternalError(new Error('boom'), ctx);
    expect(e.code).toBe('internal');
    expect(JSON.stringify(e)).not.toContain('at ');
  });
});

describe('toolResultError', () => {
  it('isError → internal by default, or the code the tool declares', () => {
    const text = { isError: true, content: [{ type: 'text', text: 'repo missing' }] };
    expect(toolResultError(text, ctx)).toMatchObject({
      code: 'internal',
      details: { toolMessage: 'repo missing' },
    });
    expect(toolResultError({ isError: true, structuredContent: { code: 'not_found' } }, ctx).code).toBe(
      'not_found',
    );
    expect(
      toolResultError({ isError: true, structuredContent: { error: { code: 'conflict' } } }, ctx).code,
    ).toBe('conflict');
  });

  it('tool errors never count for the breaker; transport failures do', () => {
    expect(isBreakerFailure(toolResultError({ isError: true }, ctx))).toBe(false);
    expect(isBreakerFailure(toMcpExternalError(new HttpStatusError(503, undefined, ''), ctx))).toBe(true);
    expect(isBreakerFailure(toMcpExternalError(new HttpStatusError(500, undefined, ''), ctx))).toBe(true);
    expect(isBreakerFailure(toMcpExternalError(new HttpStatusError(404, undefined, ''), ctx))).toBe(false);
    expect(isBreakerFailure(toMcpExternalError(new HttpStatusError(429, 1, ''), ctx))).toBe(false);
  });
});

describe('parseRetryAfter (seconds, from the shared parser)', () => {
  it('reads seconds, fractions and HTTP dates', () => {
    const now = Date.parse('2026-11-29T04:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3);
    expect(parseRetryAfter('1.5', now)).toBe(1.5);
    expect(parseRetryAfter('Sun, 29 Nov 2026 04:00:10 GMT', now)).toBe(10);
    expect(parseRetryAfter('Sun, 29 Nov 2026 03:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
