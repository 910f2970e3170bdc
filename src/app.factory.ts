import { NestFactory, Reflector } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import { JSON_RPC_PATHS } from './common/errors/error-envelope.filter.js';
import { buildOpenApiDocument } from './common/openapi/openapi-document.js';
import { requestEntry } from './common/http/request-entry.js';
import { fastLaneOf, ProbeFastLane } from './common/http/probe-fast-lane.js';
import { ValidationPipeWithFastAccept } from './common/validation/fast-accept.js';
import {
  cacheValidationMetadata,
  keepValidatorInstancesInAMap,
} from './common/validation/validation-metadata-cache.js';
import { AuthConfig } from './modules/auth/auth.config.js';
import { isPublicRoute } from './modules/auth/auth.decorators.js';
import { SCOPES } from './modules/auth/scopes.js';
import { HealthController } from './modules/health/health.controller.js';
import { HttpMetricsMiddleware } from './modules/metrics/http-metrics.middleware.js';
import { AppConfig } from './config/app.config.js';
import type { RawEnv } from './config/env-validation.js';

/**
 * Builds the whole application exactly as production runs it; main.ts and the e2e tests both call this.
 */
export interface CreateAppOptions {
  /** Answer the probes before the router (default). Off only to compare with the routed answer (e2e). */
  probeFastLane?: boolean;
}

export async function createApp(
  env: RawEnv,
  options: CreateAppOptions = {},
): Promise<NestExpressApplication> {
  const rootModule = AppModule.forRoot(env); // validates every variable, the modules' too
  const app = await NestFactory.create<NestExpressApplication>(rootModule, {
    bufferLogs: true,
    abortOnError: false,
    bodyParser: false, // bodies are parsed after authentication, per route: @MutatingRoute()
  });
  app.useLogger(app.get(Logger));
  const config = app.get(AppConfig);

  // With CORS on, its middleware (mounted after this one) must see every request: probes go to the router.
  const fastLane = options.probeFastLane !== false && config.KLEPAAS_CORS_ORIGINS.length === 0;
  app.use(requestEntry(app.get(HttpMetricsMiddleware), fastLane ? probeFastLane(app) : undefined));
  app.disable('x-powered-by');
  app.set('etag', false); // API answers are not cached by validators; hashing every body is wasted work
  // X-Forwarded-For is believed only from the proxies named in KLEPAAS_TRUST_PROXY (none by default):
  // req.ip feeds the audit log and the per-IP auth-failure alert.
  app.set('trust proxy', config.trustProxy);
  cacheValidationMetadata();
  keepValidatorInstancesInAMap();
  app.useGlobalPipes(
    new ValidationPipeWithFastAccept({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
  );
  if (config.KLEPAAS_CORS_ORIGINS.length > 0) {
    app.enableCors({
      origin: config.KLEPAAS_CORS_ORIGINS,
      exposedHeaders: ['X-Request-Id', 'Mcp-Session-Id', 'WWW-Authenticate'],
    });
  }
  // exit (code 0) rather than re-raise the signal: 'exit' is when pino writes the log lines still buffered
  app.enableShutdownHooks(undefined, { useProcessExit: true });
  if (config.KLEPAAS_DOCS_ENABLED) setUpDocs(app, config, app.get(AuthConfig));
  return app;
}

/**
 * Liveness and overall health, answered by the entry middleware through the controller's own methods
 * (src/common/http/probe-fast-lane.ts). Public by the global guard's own rule (`@Public()` metadata).
 */
function probeFastLane(app: NestExpressApplication): ProbeFastLane {
  const reflector = app.get(Reflector);
  const health = app.get(HealthController);
  const isPublic = (handler: object, cls: object) => isPublicRoute(reflector, handler, cls);
  return new ProbeFastLane(
    [fastLaneOf(health, 'liveness', isPublic), fastLaneOf(health, 'overall', isPublic)],
    app.getHttpAdapter(),
  );
}

function setUpDocs(app: NestExpressApplication, config: AppConfig, auth: AuthConfig): void {
  const options = {
    authMode: auth.KLEPAAS_AUTH_MODE,
    publicUrl: config.KLEPAAS_PUBLIC_URL || undefined,
    jsonRpcPaths: JSON_RPC_PATHS,
    scopes: SCOPES,
  };
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app, options), {
    jsonDocumentUrl: 'docs-json',
    // Header mode: keep what was typed into "Authorize" across reloads, so "Try it out" just works.
    swaggerOptions: { persistAuthorization: auth.KLEPAAS_AUTH_MODE === 'header' },
  });
}
