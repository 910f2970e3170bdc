import { Global, Module, type DynamicModule } from '@nestjs/common';
import { makeCounterProvider, makeGaugeProvider } from '@willsoto/nestjs-prometheus';
import { validateEnv, type RawEnv } from '../../config/env-validation.js';
import { AlertsConfig } from './alerts.config.js';
import { AlertsController } from './alerts.controller.js';
import { ALERTS_QUEUE_DEPTH, ALERTS_SENT_TOTAL, AlertsService } from './alerts.service.js';
import { OperationAlertsListener } from './operation-alerts.listener.js';
import { IncomingWebhookSender, SLACK_SENDER } from './slack.sender.js';

/**
 * Global: every module sends alerts through AlertsService.raise(). The config is validated while the
 * module graph is built (like AppConfigModule), so an invalid template makes createApp() reject with a
 * ConfigValidationError naming the variable instead of Nest aborting the process.
 */
@Global()
@Module({})
export class AlertsModule {
  static forRoot(env: RawEnv): DynamicModule {
    const config = validateEnv(AlertsConfig, env);
    return {
      module: AlertsModule,
      controllers: [AlertsController],
      providers: [
        { provide: AlertsConfig, useValue: config },
        {
          provide: SLACK_SENDER,
          useFactory: (c: AlertsConfig) =>
            c.KLEPAAS_SLACK_WEBHOOK_URL
              ? new IncomingWebhookSender(c.KLEPAAS_SLACK_WEBHOOK_URL, c.KLEPAAS_ALERTS_SEND_TIMEOUT_MS)
              : null,
          inject: [AlertsConfig],
        },
        AlertsService,
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
    };
  }
}
