import { Module } from '@nestjs/common';
import { makeCounterProvider } from '@willsoto/nestjs-prometheus';
import { AuditController } from './audit.controller.js';
import { AuditRepository } from './audit.repository.js';
import { AUDIT_DENIALS_SHED, AUDIT_WRITE_FAILURES, AuditService } from './audit.service.js';
import { DenialAuditListener } from './denial-audit.listener.js';
import { OperationAuditListener } from './operation-audit.listener.js';

/**
 * The audit log: its interceptor records mutations (bound to each mutating route by @MutatingRoute()), the denial
 * listener records 401/403 announced by the error filter, the operation listener each deployment operation's
 * outcome. Modules with mutating routes, and those that record entries themselves, import this module.
 */
@Module({
  controllers: [AuditController],
  providers: [
    AuditRepository,
    AuditService,
    DenialAuditListener,
    OperationAuditListener,
    makeCounterProvider({
      name: AUDIT_WRITE_FAILURES,
      help: 'Audit records that could not be written to the database',
    }),
    makeCounterProvider({
      name: AUDIT_DENIALS_SHED,
      help: 'Denials (401/403) not recorded because the write-behind queue was full',
      labelNames: ['status'],
    }),
  ],
  exports: [AuditService],
})
export class AuditModule {}
