import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';
import { AlertsService, type TestAlertResult } from './alerts.service.js';
import { TestAlertDto } from './dto/test-alert.dto.js';

@ApiTags('alerts')
@Controller('api/v1/alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Post('test')
  @HttpCode(200)
  @RequireScopes('alerts:admin')
  @ApiOperation({
    summary: 'Send a test alert through the route its code picks; returns the rendered text and the outcome',
    description:
      'Bypasses storm suppression. Waits up to KLEPAAS_ALERTS_TEST_WAIT_MS for delivery (retries included); ' +
      "`result` is sent | failed (with Slack's error text) | disabled (no webhook URL) | queued (still retrying).",
  })
  @ApiOkResponse({
    schema: {
      example: {
        route: 'rate_limited',
        channel: '#ops-rate-limits',
        kind: 'test',
        code: 'rate_limited',
        text: '[TEST] Checking the alert route (route=rate_limited code=rate_limited by alice)',
        result: 'sent',
        attempts: 1,
      },
    },
  })
  @ApiBadRequestResponse({
    description: 'Invalid body',
    schema: {
      example: { error: 'validation_failed', message: 'Request validation failed', requestId: 'req-1' },
    },
  })
  test(@Body() body: TestAlertDto, @CurrentPrincipal() principal: Principal): Promise<TestAlertResult> {
    return this.alerts.sendTest({
      kind: body.kind ?? 'test',
      code: body.code,
      subject: body.subject ?? 'alerts-test',
      message: body.message ?? 'Test alert from K-Le-PaaS',
      operation: 'alerts/test',
      fields: { user: principal.userId, ...body.fields },
    });
  }
}
