import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import {
  OPERATION_FINISHED,
  OPERATION_RECONCILED,
  type OperationFinishedEvent,
  type OperationReconciledEvent,
} from '../../common/events/operation-events.js';
import { AuditService } from './audit.service.js';

/**
 * Audits deployment operations from the deployments pipeline's events. The recorder awaits these
 * handlers (emitAsync), and errors are not suppressed: an operation's audit record is committed before
 * the operation answers (README, durability), and a failed write fails the answer instead of vanishing.
 */
@Injectable()
export class OperationAuditListener {
  constructor(private readonly audit: AuditService) {}

  @OnEvent(OPERATION_FINISHED, { suppressErrors: false })
  async onFinished({ record }: OperationFinishedEvent): Promise<void> {
    // HTTP calls are audited by the global interceptor; the other ways in are recorded here.
    if (record.source === 'api') return;
    await this.audit.record({
      userId: record.user,
      action: `deployment.${record.operation}`,
      resource: `${record.app}/${record.environment}`,
      status: record.status === 'succeeded' ? 200 : 500,
      details: {
        id: record.id,
        source: record.source,
        tag: record.tag,
        reason: record.reason,
        revision: record.revision,
      },
    });
  }

  /** The service changed the record on its own: recorded with no user, naming whose operation it was. */
  @OnEvent(OPERATION_RECONCILED, { suppressErrors: false })
  async onReconciled(event: OperationReconciledEvent): Promise<void> {
    await this.audit.record({
      userId: null,
      action: 'deployment.reconcile',
      resource: `${event.app}/${event.environment}`,
      status: event.status === 'succeeded' ? 200 : 500,
      details: {
        id: event.id,
        operation: event.operation,
        user: event.user,
        source: event.source,
        reason: event.reason,
        takeover: event.takeover,
      },
    });
  }
}
