import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../../config/app.config.js';

const REQUEST_ID = /^[\w.:-]{1,128}$/;
/**
 * Probes, health and scrapes are answered without a per-request logger: they would drown the log and
 * the per-request child logger is most of their cost. They are still counted in metrics and keep
 * their X-Request-Id.
 */
const QUIET_ROUTES = ['api/v1/healthz', 'api/v1/readyz', 'api/v1/health', 'metrics'].map((path) => ({
  path,
  method: RequestMethod.GET,
}));

type WithId = IncomingMessage & { id?: string };

/** Accepts a sane X-Request-Id or makes one; sets it on the request and the response. First middleware. */
export function assignRequestId(req: WithId, res: ServerResponse, next: () => void): void {
  const given = req.headers['x-request-id'];
  req.id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', req.id);
  next();
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

/** One structured JSON logger (pino), request id on every line, pretty only when asked in development. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        exclude: QUIET_ROUTES,
        pinoHttp: {
          level: config.KLEPAAS_LOG_LEVEL,
          genReqId: (req: WithId) => req.id ?? randomUUID(),
          redact: { paths: LOG_REDACT_PATHS, censor: '[REDACTED]' },
          customAttributeKeys: { reqId: 'requestId' },
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              url: req.url?.split('?')[0],
            }),
          },
          ...(config.KLEPAAS_LOG_PRETTY && config.KLEPAAS_ENV === 'development'
            ? { transport: { target: 'pino-pretty', options: { singleLine: true } } }
            : {}),
        },
      }),
    }),
  ],
})
export class LoggingModule {}
