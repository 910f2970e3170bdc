import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { ErrorEnvelopeFilter } from './common/errors/error-envelope.filter.js';
import { LoggingModule } from './common/logging/logging.module.js';
import { AppConfigModule } from './config/config.module.js';
import type { RawEnv } from './config/env-validation.js';
import { DatabaseModule } from './database/database.module.js';
import { AlertsModule } from './modules/alerts/alerts.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { CicdModule } from './modules/cicd/cicd.module.js';
import { AppsModule } from './modules/apps/apps.module.js';
import { DeploymentsModule } from './modules/deployments/deployments.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { McpExternalModule } from './modules/mcp-external/mcp-external.module.js';
import { McpServerModule } from './modules/mcp-server/mcp-server.module.js';
import { MetricsModule } from './modules/metrics/metrics.module.js';
import { NlpModule } from './modules/nlp/nlp.module.js';
import { RedisModule } from './modules/redis/redis.module.js';

@Module({})
export class AppModule {
  static forRoot(env: RawEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(env),
        // domain events (denials, recorded operations) let lower modules announce without importing their listeners
        EventEmitterModule.forRoot(),
        LoggingModule,
        MetricsModule,
        HealthModule,
        DatabaseModule,
        RedisModule,
        AuthModule,
        AuditModule,
        AlertsModule.forRoot(env),
        McpExternalModule,
        CicdModule,
        AppsModule,
        DeploymentsModule,
        NlpModule,
        McpServerModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: ErrorEnvelopeFilter }],
    };
  }
}
