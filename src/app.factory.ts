import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import { BodyParsingInterceptor } from './common/http/body-parsing.interceptor.js';
import { requestEntry } from './common/http/request-entry.js';
import { HttpMetricsMiddleware } from './modules/metrics/http-metrics.middleware.js';
import { AppConfig } from './config/app.config.js';
import { validateAllModuleConfigs, type RawEnv } from './config/env-validation.js';
import { SCOPES } from './modules/auth/scopes.js';
import { readPackageVersion } from './modules/health/version.js';

/**
 * Builds the whole application exactly as production runs it; main.ts and the e2e tests both call this.
 */
export async function createApp(env: RawEnv): Promise<NestExpressApplication> {
  const rootModule = AppModule.forRoot(env); // validates the foundation's variables
  validateAllModuleConfigs(env);
  const app = await NestFactory.create<NestExpressApplication>(rootModule, {
    bufferLogs: true,
    abortOnError: false,
    bodyParser: false, // bodies are parsed after authentication: BodyParsingInterceptor
  });
  app.useLogger(app.get(Logger));
  const config = app.get(AppConfig);

  app.use(requestEntry(app.get(HttpMetricsMiddleware)));
  app.disable('x-powered-by');
  app.set('etag', false); // API answers are not cached by validators; hashing every body is wasted work
  // X-Forwarded-For is believed only from the proxies named in KLEPAAS_TRUST_PROXY (none by default):
  // req.ip feeds the audit log and the per-IP auth-failure alert.
  app.set('trust proxy', config.trustProxy);
  app.useGlobalInterceptors(new BodyParsingInterceptor(config.KLEPAAS_BODY_LIMIT));
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  if (config.KLEPAAS_CORS_ORIGINS.length > 0) {
    app.enableCors({
      origin: config.KLEPAAS_CORS_ORIGINS,
      exposedHeaders: ['X-Request-Id', 'Mcp-Session-Id', 'WWW-Authenticate'],
    });
  }
  app.enableShutdownHooks();
  if (config.KLEPAAS_DOCS_ENABLED) setUpDocs(app);
  return app;
}

function setUpDocs(app: NestExpressApplication): void {
  const scopeTable = Object.entries(SCOPES)
    .map(([scope, what]) => `| \`${scope}\` | ${what} |`)
    .join('\n');
  const doc = new DocumentBuilder()
    .setTitle('K-Le-PaaS API')
    .setDescription(
      'AI-driven PaaS on Kubernetes. Every endpoint needs the scopes listed in its description (`x-required-scopes`); ' +
        '`*` grants all scopes and `prefix:*` all of one prefix.\n\nErrors use one envelope: ' +
        '`{"error": code, "message", "details"?, "requestId"}`.\n\n| scope | grants |\n|---|---|\n' +
        scopeTable,
    )
    .setVersion(readPackageVersion().version)
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, doc), {
    jsonDocumentUrl: 'docs-json',
  });
}
