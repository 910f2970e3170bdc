import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../../config/app.config.js';

const REQUEST_ID = /^[\w.:-]{1,128}$/;
/** Probes and scrapes would drown the log; they are still counted in metrics. */
const QUIET_PATHS = new Set(['/api/v1/healthz', '/api/v1/readyz', '/metrics']);

export function requestIdFor(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
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
];

/** One structured JSON logger (pino), request id on every line, pretty only when asked in development. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.KLEPAAS_LOG_LEVEL,
          genReqId: requestIdFor,
          redact: { paths: LOG_REDACT_PATHS, censor: '[REDACTED]' },
          autoLogging: { ignore: (req: IncomingMessage) => QUIET_PATHS.has((req.url ?? '').split('?')[0]) },
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
