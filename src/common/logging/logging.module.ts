import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Global, Module, type MiddlewareConsumer } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { destination, stdSerializers, type DestinationStream } from 'pino';
import { AppConfig } from '../../config/app.config.js';
import { installRedactionFastPath } from './redaction-fast-path.js';

const REQUEST_ID = /^[\w.:-]{1,128}$/;
/**
 * Probes, health and scrapes are answered without a per-request logger: they would drown the log and
 * the per-request child logger is most of their cost. They are still counted in metrics and keep
 * their X-Request-Id. GET only (HEAD and other methods are logged), matched like routes are: any
 * case, with or without one trailing slash.
 */
const QUIET_PATHS = new Set(['/api/v1/healthz', '/api/v1/readyz', '/api/v1/health', '/metrics']);

/** True for a GET of a quiet path: one Set lookup, no route matching (this runs on every request). */
export function isQuietRequest(method: string | undefined, url: string | undefined): boolean {
  if (method !== 'GET' || !url) return false;
  const path = requestPath(url);
  return QUIET_PATHS.has(path) || QUIET_PATHS.has(path.toLowerCase());
}

/** A request URL's path as routes match it: no query string, at most one trailing slash dropped. */
export function requestPath(url: string): string {
  const q = url.indexOf('?');
  const path = q >= 0 ? url.slice(0, q) : url;
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

type WithId = Omit<IncomingMessage, 'id'> & { id?: unknown };
type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

/** Accepts a sane X-Request-Id or makes one; sets it on the request and the response. */
export function assignRequestId(req: WithId, res: ServerResponse): void {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  req.id = id;
  res.setHeader('X-Request-Id', id);
}

/** What a request is read from (an IncomingMessage, as Express extends it; hapi's shape for `info`). */
interface LoggedRequest {
  id?: unknown;
  info?: { id?: unknown };
  method?: string;
  originalUrl?: string;
  path?: unknown;
  url?: unknown;
}

/**
 * The request as every line of its logger names it: id, method and path without the query string. These
 * are the fields pino-std-serializers' request serializer gives them, read the same way: pino-http wrapped
 * this serializer in that one, which also collected headers, socket address and the query (Express 5
 * parses the query string again on each read of `req.query`) only for all of it but these three to be
 * dropped.
 */
export function requestLogFields(req: LoggedRequest): { id: unknown; method: unknown; url: unknown } {
  const id = typeof req.id === 'function' ? (req.id as () => unknown)() : req.id || req.info?.id;
  let url: unknown;
  if (req.originalUrl) url = req.originalUrl;
  else
    url =
      typeof req.path === 'string'
        ? req.path
        : req.url
          ? (req.url as { path?: unknown }).path || req.url
          : undefined;
  return { id, method: req.method, url: (url as string | undefined)?.split('?')[0] };
}

/** Secrets never reach the log: these paths are censored wherever pino finds them. */
export const LOG_REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-hub-signature-256"]',
  'req.headers["x-hub-signature"]',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.secret',
  '*.apiKey',
  '*.privateKey',
  '*.pass',
  '*.passwd',
  '*.pwd',
  '*.accessToken',
  '*.access_token',
  '*.clientSecret',
  '*.credentials',
  '*.cookie',
];

/**
 * The request logger: nestjs-pino's two middlewares (pino-http's per-request child logger, then binding it
 * to the async context its Logger reads), mounted by `createApp` as one plain Express middleware that
 * skips quiet requests with a Set lookup. Nest's own mounting would wrap each of the two in its route
 * exclusion check, a path-to-regexp match per excluded route per request.
 */
export class RequestLogging {
  private static middlewares: Middleware[] = [];

  /** Called from RequestLoggerModule.configure at app init (before the first request). */
  static capture(middlewares: Middleware[]): void {
    RequestLogging.middlewares = middlewares;
    // pino-http's logger is the application's root logger (nestjs-pino's PinoLogger.root): every logger shares its redactors
    const root = (middlewares[0] as { logger?: object } | undefined)?.logger;
    if (root) installRedactionFastPath(root, LOG_REDACT_PATHS);
  }

  static readonly handle = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => {
    if (isQuietRequest(req.method, req.url)) return next();
    const [pino, bind] = RequestLogging.middlewares;
    if (!pino || !bind) return next();
    pino(req, res, (err?: unknown) => (err ? next(err) : bind(req, res, next)));
  };
}

/**
 * nestjs-pino's module with its middleware captured instead of mounted through Nest's consumer (see
 * RequestLogging). Its providers, exports and constructor are nestjs-pino's own.
 */
@Global()
@Module({})
class RequestLoggerModule extends LoggerModule {
  override configure(_consumer: MiddlewareConsumer): void {
    const capturing = {
      apply: (...middlewares: Middleware[]) => {
        RequestLogging.capture(middlewares);
        const routes = { forRoutes: () => capturing };
        return { ...routes, exclude: () => routes };
      },
    };
    super.configure(capturing as unknown as MiddlewareConsumer);
  }
}

let bufferedStdout: DestinationStream | undefined;

/**
 * Where log lines go: stdout, written in batches (a write per 4 KiB of lines, and at least every `flushMs`)
 * rather than one blocking write per line, which cost the request as much as its own response's write.
 * pino flushes it synchronously when the process exits (SIGTERM, a crash's exit); only a SIGKILL can lose
 * the last `flushMs` of lines. One per process: every app built in it shares the stream and its timer.
 * `flushMs` 0 (KLEPAAS_LOG_FLUSH_MS=0) keeps pino's default, a synchronous write per line.
 */
export function logDestination(flushMs: number): DestinationStream | undefined {
  if (flushMs === 0) return undefined;
  bufferedStdout ??= destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: flushMs });
  return bufferedStdout;
}

/** One structured JSON logger (pino), request id on every line, pretty only when asked in development. */
@Module({
  imports: [
    {
      ...LoggerModule.forRootAsync({
        inject: [AppConfig],
        useFactory: (config: AppConfig) => {
          const pretty = config.KLEPAAS_LOG_PRETTY && config.KLEPAAS_ENV === 'development';
          const options = {
            level: config.KLEPAAS_LOG_LEVEL,
            genReqId: (req: WithId) => (req.id as string | undefined) ?? randomUUID(),
            redact: { paths: LOG_REDACT_PATHS, censor: '[REDACTED]' },
            customAttributeKeys: { reqId: 'requestId' },
            // pino-http's own wrapping, but the request's: responses and errors as pino-std-serializers gives them
            wrapSerializers: false,
            serializers: { req: requestLogFields, res: stdSerializers.res, err: stdSerializers.err },
            ...(pretty ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
          };
          const stream = pretty ? undefined : logDestination(config.KLEPAAS_LOG_FLUSH_MS);
          return { pinoHttp: stream ? [options, stream] : options };
        },
      }),
      module: RequestLoggerModule,
    },
  ],
})
export class LoggingModule {}
