import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { ACCESS_DENIED, type AccessDenied } from '../../common/errors/access-denied.event.js';
import { AuditService } from './audit.service.js';

/** Every 401/403 the error filter answers is audited (bucketed per caller, route, status and second). */
@Injectable()
export class DenialAuditListener {
  constructor(private readonly audit: AuditService) {}

  @OnEvent(ACCESS_DENIED)
  record(denied: AccessDenied): Promise<void> {
    return this.audit.recordDenial(denied.request, denied.status, denied.code, denied.message);
  }
}
