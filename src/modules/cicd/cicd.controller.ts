import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ApiErrors } from '../../common/openapi/api-errors.decorator.js';
import { NoAutoAudit } from '../audit/audit.decorators.js';
import { MutatingRoute } from '../audit/mutating-route.decorator.js';
import { AuditService } from '../audit/audit.service.js';
import { CurrentPrincipal, Public, RequireScopes } from '../auth/auth.decorators.js';
import type { Principal } from '../../common/principal/principal.js';
import { CicdService, type IncomingDelivery } from './cicd.service.js';
import type { DeliveryView } from './delivery-views.js';
import { DeliveryDto, DeliveryPageDto, WebhookAnswerDto } from './cicd.responses.js';
import { DeliveriesQueryDto } from './dto/deliveries-query.dto.js';

@ApiTags('cicd')
@Controller('api/v1/cicd')
export class CicdController {
  constructor(
    private readonly cicd: CicdService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Public for the scope guard on purpose: GitHub sends no bearer token. The HMAC signature over the
   * raw body (X-Hub-Signature-256) is this route's authentication, checked before anything runs.
   */
  @Post('webhook')
  @MutatingRoute()
  @Public()
  @NoAutoAudit() // each delivery is audited by CicdService as `cicd.webhook`, compactly (not the payload)
  @ApiOperation({
    summary: 'GitHub webhook receiver (push, release, workflow_run, ping)',
    description:
      'Authenticated by the HMAC-SHA256 signature of the raw body (X-Hub-Signature-256) with ' +
      'KLEPAAS_WEBHOOK_SECRET, KLEPAAS_WEBHOOK_SECRET_PREVIOUS or KLEPAAS_GITHUB_APP_WEBHOOK_SECRET — no bearer token. ' +
      'Answers fast: the deploy runs as a persisted job (see GET /api/v1/cicd/deliveries/{id}).',
  })
  @ApiHeader({ name: 'X-Hub-Signature-256', required: true, example: 'sha256=4b1c…' })
  @ApiHeader({ name: 'X-GitHub-Event', required: true, example: 'push' })
  @ApiHeader({ name: 'X-GitHub-Delivery', required: true, example: '72d3162e-cc78-11e3-81ab-4c9367dc0958' })
  @ApiBody({
    description: 'The GitHub event payload (JSON, or form-encoded with a `payload` field)',
    schema: { type: 'object' },
  })
  @ApiOkResponse({
    description:
      'ping answered, or a redelivery: the same X-GitHub-Delivery, or the same payload (push: repository + ref + ' +
      'after; release: release id + action; workflow_run: run id + attempt) under another id — nothing runs twice',
    type: WebhookAnswerDto,
  })
  @ApiAcceptedResponse({
    description:
      'Recorded: a deploy job was queued (or waits for confirmation), or the delivery is ignored with a reason',
    type: WebhookAnswerDto,
  })
  @ApiErrors({
    // validation_failed: a push `after` (workflow_run head_sha) that is not a 40-character lowercase hex sha
    400: ['missing_header', 'invalid_payload', 'validation_failed'],
    401: ['signature_missing', 'signature_invalid'],
    503: ['webhook_not_configured'],
  })
  async webhook(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Record<string, unknown>> {
    const answer = await this.cicd.receive(incomingDelivery(req), {
      record: (status, details) => this.audit.recordRequest(req, status, { action: 'cicd.webhook', details }),
      prepare: (status, details) =>
        this.audit.prepareRequest(req, status, { action: 'cicd.webhook', details }),
    });
    res.status(answer.status);
    return answer.body;
  }

  @Get('deliveries')
  @RequireScopes('cicd:read')
  @ApiOperation({ summary: 'Webhook deliveries with their deploy jobs, newest first' })
  @ApiOkResponse({ type: DeliveryPageDto, description: 'A page of deliveries, newest first' })
  @ApiErrors({ 400: ['bad_request'] })
  list(@Query() q: DeliveriesQueryDto) {
    return this.cicd.list(q);
  }

  @Get('deliveries/:id')
  @RequireScopes('cicd:read')
  @ApiOperation({
    summary: 'One delivery (our id or the X-GitHub-Delivery id) with its job and deployment record id',
  })
  @ApiOkResponse({ type: DeliveryDto, description: 'The delivery and its jobs' })
  @ApiErrors({ 404: ['delivery_not_found'] })
  get(@Param('id') id: string): Promise<DeliveryView> {
    return this.cicd.get(id);
  }

  @Post('deliveries/:id/confirm')
  @MutatingRoute()
  @HttpCode(200)
  @RequireScopes('cicd:write')
  @ApiOperation({
    summary:
      'Confirm a production deploy that waits for confirmation (KLEPAAS_CICD_PRODUCTION_POLICY=require_confirmation)',
  })
  @ApiOkResponse({ type: DeliveryDto, description: 'The delivery; its job is queued again' })
  @ApiErrors({ 404: ['delivery_not_found'], 409: ['job_not_pending'] })
  confirm(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<DeliveryView> {
    return this.cicd.confirm(id, principal.userId);
  }

  @Post('deliveries/:id/cancel')
  @MutatingRoute()
  @HttpCode(200)
  @RequireScopes('cicd:write')
  @ApiOperation({ summary: 'Cancel a deploy that waits for confirmation or is still queued' })
  @ApiOkResponse({ type: DeliveryDto, description: 'The delivery; its job is cancelled' })
  @ApiErrors({ 404: ['delivery_not_found'], 409: ['job_not_pending'] })
  cancel(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<DeliveryView> {
    return this.cicd.cancel(id, principal.userId);
  }
}

/** What the service needs of a webhook request: its media type, raw bytes, parsed body and GitHub headers. */
function incomingDelivery(req: Request): IncomingDelivery {
  const header = (name: string) => {
    const v = req.headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const mediaType = req.is(['application/json', 'application/x-www-form-urlencoded']);
  return {
    mediaType: mediaType === 'application/json' ? 'json' : mediaType ? 'form' : null,
    contentType: header('content-type'),
    rawBody: (req as Request & { rawBody?: Buffer }).rawBody,
    body: req.body,
    signature: header('x-hub-signature-256'),
    event: header('x-github-event'),
    deliveryId: header('x-github-delivery'),
  };
}
