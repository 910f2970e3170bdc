import { Module } from '@nestjs/common';
import { makeGaugeProvider } from '@willsoto/nestjs-prometheus';
import { HealthController } from './health.controller.js';
import { DEPENDENCY_DEGRADED, HealthService } from './health.service.js';
import { ReadinessModule } from '../../common/readiness/readiness.module.js';
import { ShutdownService } from './shutdown.service.js';

/** Probes, health and version; the checks come from ReadinessModule, where each module registers its own. */
@Module({
  imports: [ReadinessModule],
  controllers: [HealthController],
  providers: [
    HealthService,
    ShutdownService,
    makeGaugeProvider({
      name: DEPENDENCY_DEGRADED,
      help: 'Whether a dependency (kubernetes, redis, alerts, nlp, mcp_external, …) is down or partly down: 1 degraded, 0 ok or not configured',
      labelNames: ['dependency'],
    }),
  ],
})
export class HealthModule {}
