import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import {
  OPERATION_FINISHED,
  type OperationFinishedEvent,
  type OperationRecordPayload,
} from '../../common/events/operation-events.js';
import { AppConfig } from '../../config/app.config.js';
import type { AlertKind } from './alert.types.js';
import { AlertsService } from './alerts.service.js';

/**
 * The one place that raises alerts for finished deployment operations: deployment_succeeded /
 * deployment_failed / rollback_succeeded / rollback_failed, error for the other operations' failures.
 * raise() only queues the alert, so this handler costs the operation nothing.
 */
@Injectable()
export class OperationAlertsListener {
  constructor(
    private readonly alerts: AlertsService,
    private readonly appConfig: AppConfig,
  ) {}

  @OnEvent(OPERATION_FINISHED)
  onFinished({ record }: OperationFinishedEvent): void {
    // CI/CD raises its own result alert for the deploys it drives; one alert per event is enough.
    if (record.source === 'cicd') return;
    const kind = alertKindOf(record);
    if (!kind) return;
    const failed = record.status === 'failed';
    const started = Date.parse(record.startedAt ?? record.createdAt);
    const finished = Date.parse(record.finishedAt ?? new Date().toISOString());
    const publicUrl = this.appConfig.KLEPAAS_PUBLIC_URL;
    this.alerts.raise({
      kind,
      code: failed ? (record.reason ?? 'failed') : undefined,
      subject: `${record.app}/${record.environment}`,
      operation: record.operation,
      message: record.error ?? record.reason ?? `${record.operation} ${record.status}`,
      fields: {
        app: record.app,
        environment: record.environment,
        revision: record.revision,
        tag: record.tag,
        user: record.user,
        source: record.source,
        durationMs: Number.isFinite(finished - started) ? finished - started : undefined,
        link: publicUrl ? `${publicUrl.replace(/\/$/, '')}/api/v1/deployments/${record.id}` : undefined,
      },
    });
  }
}

function alertKindOf(record: OperationRecordPayload): AlertKind | undefined {
  const failed = record.status === 'failed';
  if (record.operation === 'deploy') return failed ? 'deployment_failed' : 'deployment_succeeded';
  if (record.operation === 'rollback') return failed ? 'rollback_failed' : 'rollback_succeeded';
  return failed ? 'error' : undefined;
}
