import { Module } from '@nestjs/common';
import { makeCounterProvider, makeGaugeProvider } from '@willsoto/nestjs-prometheus';
import { ReadinessModule } from '../../common/readiness/readiness.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { AlertsConfig } from './alerts.config.js';
import { AlertsController } from './alerts.controller.js';
import { ALERTS_QUEUE_DEPTH, ALERTS_SENT_TOTAL, AlertsService } from './alerts.service.js';
import { AuthFailureAlertListener } from './auth-failure-alert.listener.js';
import { OperationAlertsListener } from './operation-alerts.listener.js';
import { IncomingWebhookSender, SLACK_SENDER } from './slack.sender.js';

/**
 * Slack alerts: modules that alert import this module for AlertsService.raise(); auth-failure bursts and finished
 * operations arrive as events. AlertsConfig (templates compiled, so an invalid one stops startup naming the variable) comes from
 * AppConfigModule like every module's config.
 */
@Module({
  imports: [ReadinessModule, AuditModule],
  controllers: [AlertsController],
  providers: [
    {
      provide: SLACK_SENDER,
      useFactory: (c: AlertsConfig) =>
        c.KLEPAAS_SLACK_WEBHOOK_URL
          ? new IncomingWebhookSender(c.KLEPAAS_SLACK_WEBHOOK_URL, c.KLEPAAS_ALERTS_SEND_TIMEOUT_MS)
          : null,
      inject: [AlertsConfig],
    },
    AlertsService,
    AuthFailureAlertListener,
    OperationAlertsListener,
    makeCounterProvider({
      name: ALERTS_SENT_TOTAL,
      help: 'Alerts by Slack channel, kind and result (sent | failed | suppressed | disabled)',
      labelNames: ['channel', 'kind', 'result'],
    }),
    makeGaugeProvider({
      name: ALERTS_QUEUE_DEPTH,
      help: 'Alerts waiting to be sent to Slack, including the one being sent',
    }),
  ],
  exports: [AlertsService],
})
export class AlertsModule {}
