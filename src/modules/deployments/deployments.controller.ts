import { Body, Controller, Delete, Get, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiErrors, type ErrorCodes } from '../../common/openapi/api-errors.decorator.js';
import { KUBE_ERRORS, OPERATION_ERRORS, READ_ERRORS } from './deployments.api-errors.js';
import { MutatingRoute } from '../audit/mutating-route.decorator.js';
import { CurrentPrincipal, RequireScopes } from '../auth/auth.decorators.js';
import { OPERATION_SCOPES } from '../auth/scopes.js';
import type { Principal } from '../../common/principal/principal.js';
import type {
  AppOverview,
  AppStatus,
  LogsResult,
  OperationOutcome,
  OperationRequest,
} from './deployments.contract.js';
import { DeploymentsService, type FullRecord } from './deployments.service.js';
import {
  DeployDto,
  HistoryQueryDto,
  LogsQueryDto,
  RemoveDto,
  RemoveQueryDto,
  RestartDto,
  RollbackDto,
  ScaleDto,
} from './dto/operation.dto.js';
import {
  AppStatusDto,
  ConfirmationRequiredDto,
  DeploymentPageDto,
  DeploymentRecordDto,
  DryRunDto,
  LogsResultDto,
  OverviewDto,
} from './dto/deployment.responses.js';

const envParam = () =>
  ApiParam({
    name: 'env',
    description: 'Environment or alias: development/dev/개발, staging/stg/스테이징, production/prod/운영 …',
    example: 'stg',
  });
const operationDocs =
  (summary: string, extra: ErrorCodes = {}) =>
  (target: object, key: string | symbol, descriptor: PropertyDescriptor) => {
    ApiOperation({ summary })(target, key, descriptor);
    envParam()(target, key, descriptor);
    ApiExtraModels(DeploymentRecordDto, DryRunDto)(target, key, descriptor);
    ApiOkResponse({
      description:
        'Ran (the history record, status succeeded | failed) or dry run (the requests it would send)',
      schema: { oneOf: [{ $ref: getSchemaPath(DeploymentRecordDto) }, { $ref: getSchemaPath(DryRunDto) }] },
    })(target, key, descriptor);
    ApiAcceptedResponse({
      description: 'Destructive: send the same request again with confirmationToken to run the plan',
      type: ConfirmationRequiredDto,
    })(target, key, descriptor);
    ApiErrors(OPERATION_ERRORS)(target, key, descriptor);
    if (Object.keys(extra).length > 0) ApiErrors(extra)(target, key, descriptor);
  };

/** REST shape of an outcome: 200 record | 202 confirmation | 200 dry run. */
function reply(outcome: OperationOutcome, res: Response): unknown {
  switch (outcome.kind) {
    case 'executed':
      res.status(HttpStatus.OK);
      return outcome.record;
    case 'confirmation_required':
      res.status(HttpStatus.ACCEPTED);
      return {
        status: 'confirmation_required',
        plan: outcome.plan,
        confirmationToken: outcome.confirmationToken,
        expiresAt: outcome.expiresAt,
      };
    case 'dry_run':
      res.status(HttpStatus.OK);
      return {
        dryRun: true,
        requests: outcome.requests,
        ...(outcome.notice ? { notice: outcome.notice } : {}),
      };
  }
}

@ApiTags('deployments')
@Controller('api/v1')
export class DeploymentsController {
  constructor(private readonly deployments: DeploymentsService) {}

  private async run(request: OperationRequest, principal: Principal, res: Response) {
    return reply(await this.deployments.run(request, { userId: principal.userId, source: 'api' }), res);
  }

  @Post('apps/:name/environments/:env/deploy')
  @MutatingRoute()
  @RequireScopes(OPERATION_SCOPES.deploy)
  @operationDocs('Deploy an image tag (create or update the Deployment and Service, wait for the rollout)')
  deploy(
    @Param('name') app: string,
    @Param('env') environment: string,
    @Body() dto: DeployDto,
    @CurrentPrincipal() p: Principal,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run({ app, environment, operation: 'deploy', ...dto }, p, res);
  }

  @Post('apps/:name/environments/:env/scale')
  @MutatingRoute()
  @RequireScopes(OPERATION_SCOPES.scale)
  @operationDocs('Scale through the scale subresource (current → desired); scaling to 0 needs confirmation', {
    404: ['not_deployed'],
  })
  scale(
    @Param('name') app: string,
    @Param('env') environment: string,
    @Body() dto: ScaleDto,
    @CurrentPrincipal() p: Principal,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run({ app, environment, operation: 'scale', ...dto }, p, res);
  }

  @Post('apps/:name/environments/:env/rollback')
  @MutatingRoute()
  @RequireScopes(OPERATION_SCOPES.rollback)
  @operationDocs(
    'Roll back to the previous successful revision, a revision number, or a tag from our history (needs confirmation)',
    { 404: ['rollback_target_not_found', 'not_deployed'] },
  )
  rollback(
    @Param('name') app: string,
    @Param('env') environment: string,
    @Body() dto: RollbackDto,
    @CurrentPrincipal() p: Principal,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run({ app, environment, operation: 'rollback', ...dto }, p, res);
  }

  @Post('apps/:name/environments/:env/restart')
  @MutatingRoute()
  @RequireScopes(OPERATION_SCOPES.restart)
  @operationDocs('Rolling restart (kubectl.kubernetes.io/restartedAt annotation)', { 404: ['not_deployed'] })
  restart(
    @Param('name') app: string,
    @Param('env') environment: string,
    @Body() dto: RestartDto,
    @CurrentPrincipal() p: Principal,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run({ app, environment, operation: 'restart', ...dto }, p, res);
  }

  @Delete('apps/:name/environments/:env')
  @MutatingRoute()
  @RequireScopes(OPERATION_SCOPES.delete)
  @operationDocs(
    'Remove the app from an environment (Deployment and Service); needs confirmation. dryRun / confirmationToken may be sent in the body or the query',
    { 404: ['not_deployed'] },
  )
  remove(
    @Param('name') app: string,
    @Param('env') environment: string,
    @Body() dto: RemoveDto,
    @Query() query: RemoveQueryDto,
    @CurrentPrincipal() p: Principal,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run({ app, environment, operation: 'delete', ...query, ...(dto ?? {}) }, p, res);
  }

  @Get('apps/:name/environments/:env/status')
  @RequireScopes(OPERATION_SCOPES.status)
  @ApiOperation({
    summary: 'Deployment conditions, replicas, image and every pod (one Deployment read + one Pod list)',
  })
  @envParam()
  @ApiOkResponse({ type: AppStatusDto, description: 'The app in that environment' })
  @ApiErrors(READ_ERRORS)
  status(@Param('name') app: string, @Param('env') environment: string): Promise<AppStatus> {
    return this.deployments.status(app, environment);
  }

  @Get('apps/:name/environments/:env/logs')
  @RequireScopes(OPERATION_SCOPES.logs)
  @ApiOperation({
    summary: 'Last N lines of the app’s pods (or one pod / container / the previous container)',
  })
  @envParam()
  @ApiOkResponse({ type: LogsResultDto, description: 'Lines per pod and container' })
  @ApiErrors({ ...READ_ERRORS, 404: [...READ_ERRORS[404], 'pod_not_found'] })
  logs(
    @Param('name') app: string,
    @Param('env') environment: string,
    @Query() q: LogsQueryDto,
  ): Promise<LogsResult> {
    return this.deployments.logs(app, environment, q);
  }

  @Get('deployments/overview')
  @RequireScopes(OPERATION_SCOPES.list)
  @ApiOperation({ summary: 'Every app with its state in every environment (two list calls per environment)' })
  @ApiOkResponse({ type: OverviewDto, description: 'Apps by name' })
  @ApiErrors({ ...KUBE_ERRORS, 503: READ_ERRORS[503] })
  async overview(): Promise<{ items: AppOverview[] }> {
    return { items: await this.deployments.overview() };
  }

  @Get('deployments')
  @RequireScopes(OPERATION_SCOPES.history)
  @ApiOperation({
    summary:
      'Operation history, newest first; filter by app, environment (any alias), status, source, operation',
  })
  @ApiOkResponse({ type: DeploymentPageDto, description: 'A page of records, newest first' })
  @ApiErrors({ 400: ['bad_request'] })
  history(@Query() q: HistoryQueryDto): Promise<{ items: FullRecord[]; nextCursor: string | null }> {
    return this.deployments.list(q);
  }

  @Get('deployments/:id')
  @RequireScopes(OPERATION_SCOPES.history)
  @ApiOperation({ summary: 'One operation record' })
  @ApiOkResponse({ type: DeploymentRecordDto, description: 'The record' })
  @ApiErrors({ 404: ['deployment_not_found'] })
  get(@Param('id') id: string): Promise<FullRecord> {
    return this.deployments.get(id);
  }
}
