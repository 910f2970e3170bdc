import { Global, Module } from '@nestjs/common';
import { makeGaugeProvider } from '@willsoto/nestjs-prometheus';
import { HealthController } from './health.controller.js';
import { DEPENDENCY_DEGRADED, HealthService } from './health.service.js';
import { ReadinessRegistry } from './readiness.registry.js';
import { ShutdownService } from './shutdown.service.js';

/** Global so every module can register its readiness checks. */
@Global()
@Module({
  controllers: [HealthController],
  providers: [
    ReadinessRegistry,
    HealthService,
    ShutdownService,
    makeGaugeProvider({
      name: DEPENDENCY_DEGRADED,
      help: 'Whether a dependency (kubernetes, redis, alerts, nlp, mcp_external, …) is down or partly down: 1 degraded, 0 ok or not configured',
      labelNames: ['dependency'],
    }),
  ],
  exports: [ReadinessRegistry],
})
export class HealthModule {}
