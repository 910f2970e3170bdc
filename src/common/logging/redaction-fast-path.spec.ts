import { Writable } from 'node:stream';
import { pino, stdSerializers } from 'pino';
import { LOG_REDACT_PATHS } from './logging.module.js';
import { hasRedactionFastPath, installRedactionFastPath } from './redaction-fast-path.js';

const CENSOR = '[REDACTED]';
const SECRET = 'S3CRET';

/** A pino logger configured as the service's (redaction, censor, req/res/err serializers) writing to `lines`. */
function logger(fast: boolean) {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const log = pino(
    {
      timestamp: false,
      base: { pid: 1 },
      redact: { paths: LOG_REDACT_PATHS, censor: CENSOR },
      serializers: { err: stdSerializers.err },
    },
    stream,
  );
  if (fast) expect(installRedactionFastPath(log, LOG_REDACT_PATHS)).toBe(true);
  return { log, lines };
}

class WithSecret {
  password = SECRET;
  other = 1;
}
class WithPrivate {
  readonly #value = 1;
  toJSON() {
    return { value: this.#value };
  }
}
class WithToJson {
  toJSON() {
    return { token: SECRET };
  }
}

const { rawJSON } = JSON as unknown as { rawJSON: (text: string) => object };
const stdResProto = Object.create(
  {},
  {
    statusCode: { enumerable: true, writable: true, value: 0 },
    headers: { enumerable: true, writable: true, value: '' },
    raw: { enumerable: false, get: () => ({ password: SECRET }) },
  },
) as object;

/** Every kind of value a line or binding may hold, with secrets at, beside and beyond the paths. */
function cases(): Record<string, unknown>[] {
  const wildcardKeys = LOG_REDACT_PATHS.filter((p) => p.startsWith('*.')).map((p) => p.slice(2));
  const circular: Record<string, unknown> = { password: SECRET, n: 1 };
  circular.self = circular;
  const plainCircular: Record<string, unknown> = { n: 1 };
  plainCircular.self = plainCircular;
  const nullProto = Object.assign(Object.create(null) as object, { token: SECRET, ok: true });
  const nullProtoClean = Object.assign(Object.create(null) as object, { ok: true });
  const headers = {
    authorization: `Bearer ${SECRET}`,
    cookie: SECRET,
    'x-hub-signature-256': SECRET,
    'x-hub-signature': SECRET,
    'x-api-key': SECRET,
    accept: '*/*',
  };
  return [
    { req: { id: 'r1', method: 'GET', url: '/api/v1/audit' } },
    { res: { statusCode: 200, headers: { 'content-type': 'application/json' } }, responseTime: 3 },
    { req: { method: 'POST', headers } },
    { req: { headers: { accept: 'x' } } },
    { req: { headers: Object.assign(Object.create(null) as object, headers) } },
    { res: { statusCode: 200, headers: { 'set-cookie': [`sid=${SECRET}`] } } },
    { res: { headers: { 'set-cookie': undefined } } },
    ...wildcardKeys.map((key) => ({ anything: { [key]: SECRET, keep: 1 } })),
    ...wildcardKeys.map((key) => ({ req: { [key]: SECRET } })),
    ...wildcardKeys.map((key) => ({ res: { [key]: SECRET } })),
    ...wildcardKeys.map((key) => ({ [key]: SECRET })), // top level: not a path, stays
    { nested: { deeper: { password: SECRET } } }, // two levels down: not a path, stays
    { config: { password: undefined, token: null, secret: 0 } },
    { list: [{ password: SECRET }], arr: [1, 'two'] },
    { inherited: Object.create({ password: SECRET }) as object },
    { instance: new WithSecret() },
    { priv: new WithPrivate(), buf: Buffer.from('ab') }, // pino's clone loses what these serialise from
    { boxed: new String('password'), num: new Number(1), raw: rawJSON('12345678901234567890') },
    {
      bytes: new Uint8Array([1, 2]),
      set: new Set([SECRET]),
      error: Object.assign(new Error('e'), { code: 1 }),
    },
    // pino-std-serializers' shape: own keys over a prototype holding defaults and a hidden getter
    { res: Object.assign(Object.create(stdResProto) as object, { statusCode: 200, headers: { a: 'b' } }) },
    { res: Object.assign(Object.create(stdResProto) as object, { headers: { 'set-cookie': SECRET } }) },
    { json: new WithToJson(), plainJson: { toJSON: () => ({ secret: SECRET }) } },
    { when: new Date(0), re: /x/, map: new Map([['password', SECRET]]) },
    { err: Object.assign(new Error(`boom ${SECRET}`), { token: SECRET }) },
    { circular, plainCircular },
    { nullProto, nullProtoClean },
    { getter: Object.defineProperty({}, 'token', { enumerable: true, get: () => SECRET }) },
    { hidden: Object.defineProperty({ n: 1 }, 'password', { enumerable: false, value: SECRET }) },
    { s: 'text', n: 1.5, inf: Infinity, b: false, nil: null, u: undefined, big: 10n, f: () => 1 },
    { sym: Symbol('s'), req: 'a string req', res: 42 },
  ];
}

describe('installRedactionFastPath', () => {
  it('writes exactly the lines stock pino writes, for lines, bindings and interpolation', () => {
    const stock = logger(false);
    const fast = logger(true);
    for (const { log } of [stock, fast]) {
      for (const obj of cases()) {
        log.info(obj, 'line');
        log.child(obj).warn('bound');
        log.child({ req: { id: 'x' } }).info(obj);
        log.info('interpolated %o %j', obj, obj);
      }
    }
    expect(fast.lines).toEqual(stock.lines);
    expect(fast.lines.length).toBeGreaterThan(200);
  });

  it('still censors every path: header secrets, set-cookie and each wildcard key', () => {
    const { log, lines } = logger(true);
    const wildcardKeys = LOG_REDACT_PATHS.filter((p) => p.startsWith('*.')).map((p) => p.slice(2));
    log.info({ req: { headers: { authorization: SECRET, cookie: SECRET, 'x-api-key': SECRET } } });
    log.info({ req: { headers: { 'x-hub-signature-256': SECRET, 'x-hub-signature': SECRET } } });
    log.info({ res: { headers: { 'set-cookie': SECRET } } });
    for (const key of wildcardKeys) {
      log.info({ any: { [key]: SECRET } });
      log.child({ bound: { [key]: SECRET } }).info('m');
    }
    expect(lines).toHaveLength(3 + 2 * wildcardKeys.length);
    for (const line of lines) {
      expect(line).not.toContain(SECRET);
      expect(line).toContain(CENSOR);
    }
  });

  it('is installed once and leaves a logger without the expected shape alone', () => {
    const { log } = logger(true);
    expect(hasRedactionFastPath(log.child({ a: 1 }))).toBe(true);
    expect(hasRedactionFastPath(logger(false).log)).toBe(false);
    expect(installRedactionFastPath(log, LOG_REDACT_PATHS)).toBe(true);
    expect(installRedactionFastPath(pino({ redact: ['password'] }), ['password'])).toBe(false);
    expect(installRedactionFastPath(pino({ redact: ['a.*.b'] }), ['a.*.b'])).toBe(false);
    const other = pino({ redact: ['other.password'] });
    expect(installRedactionFastPath(other, LOG_REDACT_PATHS)).toBe(false);
  });
});
