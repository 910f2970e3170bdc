import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MutatingRoute } from '../audit/mutating-route.decorator.js';
import { CurrentPrincipal, RequireScopes } from '../auth/auth.decorators.js';
import type { Principal } from '../../common/principal/principal.js';
import { AlertsService, type TestAlertResult } from './alerts.service.js';
import { TestAlertResultDto } from './alerts.responses.js';
import { TestAlertDto } from './dto/test-alert.dto.js';

@ApiTags('alerts')
@Controller('api/v1/alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Post('test')
  @MutatingRoute()
  @HttpCode(200)
  @RequireScopes('alerts:admin')
  @ApiOperation({
    summary: 'Send a test alert through the route its code picks; returns the rendered text and the outcome',
    description:
      'Bypasses storm suppression. Waits up to KLEPAAS_ALERTS_TEST_WAIT_MS for delivery (retries included); ' +
      "`result` is sent | failed (with Slack's error text) | disabled (no webhook URL) | queued (still retrying).",
  })
  @ApiOkResponse({ type: TestAlertResultDto, description: 'The rendered text and what became of it' })
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
