import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AppsController } from './apps.controller.js';
import { AppsRepository } from './apps.repository.js';
import { AppsService } from './apps.service.js';
import { EnvironmentsService } from './environments.service.js';

/**
 * The apps registry and the environments they run in (names, aliases, namespaces, the default). It sits below
 * deployments: deployments, NLP, MCP and CI/CD import it; it imports none of them (only the audit log, for its
 * mutating routes).
 */
@Module({
  imports: [AuditModule],
  controllers: [AppsController],
  providers: [EnvironmentsService, AppsRepository, AppsService],
  exports: [AppsService, EnvironmentsService],
})
export class AppsModule {}
