import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller.js';
import { HealthService } from './health.service.js';
import { ReadinessRegistry } from './readiness.registry.js';
import { ShutdownService } from './shutdown.service.js';

/** Global so every module can register its readiness checks. */
@Global()
@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [ReadinessRegistry, HealthService, ShutdownService],
  exports: [ReadinessRegistry],
})
export class HealthModule {}
