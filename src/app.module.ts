import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { ErrorEnvelopeFilter } from './common/errors/error-envelope.filter.js';
import { LoggingModule } from './common/logging/logging.module.js';
import { AppConfigModule, type ConfigClass } from './config/config.module.js';
import type { RawEnv } from './config/env-validation.js';
import { DatabaseModule } from './database/database.module.js';
import { WriteBehindConfig } from './database/write-behind.config.js';
import { AlertsConfig } from './modules/alerts/alerts.config.js';
import { AlertsModule } from './modules/alerts/alerts.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthConfig } from './modules/auth/auth.config.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { CicdConfig } from './modules/cicd/cicd.config.js';
import { CicdModule } from './modules/cicd/cicd.module.js';
import { AppsConfig } from './modules/apps/apps.config.js';
import { AppsModule } from './modules/apps/apps.module.js';
import { DeploymentsConfig } from './modules/deployments/deployments.config.js';
import { DeploymentsModule } from './modules/deployments/deployments.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { KubernetesConfig } from './modules/kubernetes/kubernetes.config.js';
import { McpExternalConfig } from './modules/mcp-external/mcp-external.config.js';
import { McpExternalModule } from './modules/mcp-external/mcp-external.module.js';
import { McpServerConfig } from './modules/mcp-server/mcp-server.config.js';
import { McpServerModule } from './modules/mcp-server/mcp-server.module.js';
import { MetricsModule } from './modules/metrics/metrics.module.js';
import { NlpConfig } from './modules/nlp/nlp.config.js';
import { NlpModule } from './modules/nlp/nlp.module.js';
import { RedisConfig } from './modules/redis/redis.config.js';
import { RedisModule } from './modules/redis/redis.module.js';

/**
 * Every module's config class. AppConfigModule validates them with the foundation's variables in one pass and
 * provides each by its class; a module's new `<name>.config.ts` is added here (the app fails to start without).
 */
export const MODULE_CONFIGS: readonly ConfigClass[] = [
  WriteBehindConfig,
  AuthConfig,
  RedisConfig,
  AlertsConfig,
  KubernetesConfig,
  AppsConfig,
  DeploymentsConfig,
  CicdConfig,
  NlpConfig,
  McpExternalConfig,
  McpServerConfig,
];

@Module({})
export class AppModule {
  static forRoot(env: RawEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(env, MODULE_CONFIGS),
        // domain events (denials, recorded operations) let lower modules announce without importing their listeners
        EventEmitterModule.forRoot(),
        LoggingModule,
        MetricsModule,
        HealthModule,
        DatabaseModule,
        RedisModule,
        AuthModule,
        AuditModule,
        AlertsModule,
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
