import { Writable } from 'node:stream';
import express from 'express';
import { stdSerializers } from 'pino';
import { pinoHttp } from 'pino-http';
import request from 'supertest';
import { LOG_REDACT_PATHS, requestLogFields } from './logging.module.js';

/** The request serializer as configured before: pino-http wrapped it in pino-std-serializers' one. */
const wrappedBefore = (req: { id: string; method: string; url: string }) => ({
  id: req.id,
  method: req.method,
  url: req.url?.split('?')[0],
});

function capture(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n')) if (line) lines.push(line);
      done();
    },
  });
  return { lines, stream };
}

/** Two apps, one per configuration, answering alike (ids are given, so both log the same id). */
function appWith(options: object, stream: Writable) {
  const app = express();
  app.set('etag', false);
  let n = 0;
  app.use(
    pinoHttp({
      genReqId: () => `id-${++n}`,
      customAttributeKeys: { reqId: 'requestId' },
      redact: { paths: LOG_REDACT_PATHS, censor: '[REDACTED]' },
      timestamp: false,
      base: undefined,
      ...options,
      stream,
    } as never),
  );
  app.get('/a/:x', (req, res) => {
    req.log.info({ req, extra: { token: 'secret' } }, 'inside');
    res.json({ ok: req.params.x });
  });
  app.get('/fail', (req, _res, next) => next(new Error('boom')));
  app.use(
    '/mounted',
    express.Router().get('/b', (_req, res) => res.status(201).send('x')),
  );
  return app;
}

describe('requestLogFields (the request serializer pino-http no longer wraps)', () => {
  it('gives the fields pino-std-serializers + the former serializer gave, for any shape of request', () => {
    const shapes: object[] = [
      { id: 'a', method: 'GET', originalUrl: '/x?y=1', url: '/z', path: '/p', headers: {}, socket: {} },
      { id: () => 'fn-id', method: 'POST', url: '/only-url?q' },
      { info: { id: 'hapi' }, method: 'GET', path: '/hapi-path?x', url: '/u' },
      { id: '', info: null, method: 'GET', url: { path: '/obj-path?x=1' } },
      { id: 0, method: undefined, url: '' },
      { method: 'DELETE', originalUrl: '', path: 7, url: '/fallback?x' },
    ];
    for (const req of shapes)
      expect(requestLogFields(req as never)).toEqual(
        wrappedBefore(stdSerializers.req(req as never) as never),
      );
  });

  it('pino-http writes the same lines as with the former configuration', async () => {
    const before = capture();
    const after = capture();
    const apps = [
      appWith({ serializers: { req: wrappedBefore } }, before.stream),
      appWith(
        {
          wrapSerializers: false,
          serializers: { req: requestLogFields, res: stdSerializers.res, err: stdSerializers.err },
        },
        after.stream,
      ),
    ];
    for (const app of apps) {
      await request(app).get('/a/1?q=2&token=t').set('Authorization', 'Bearer x').set('Cookie', 'c=1');
      await request(app).get('/fail?x');
      await request(app).get('/mounted/b?z=1');
      await request(app).get('/missing');
    }
    const strip = (line: string) => {
      const o = JSON.parse(line) as Record<string, unknown>;
      delete o.responseTime;
      if (o.err) delete (o.err as Record<string, unknown>).stack;
      return o;
    };
    expect(after.lines.length).toBeGreaterThanOrEqual(5);
    expect(after.lines.map(strip)).toEqual(before.lines.map(strip));
  });
});
