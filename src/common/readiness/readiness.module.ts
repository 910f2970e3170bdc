import { Module } from '@nestjs/common';
import { ReadinessRegistry } from './readiness.registry.js';

/**
 * The one ReadinessRegistry of the process: a module that registers a check imports this module (one
 * instance however many import it), and HealthModule reads the checks.
 */
@Module({ providers: [ReadinessRegistry], exports: [ReadinessRegistry] })
export class ReadinessModule {}
