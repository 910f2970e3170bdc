import { Body, Controller, Delete, Get, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequireScopes } from '../auth/auth.decorators.js';
import { OPERATION_SCOPES } from '../auth/scopes.js';
import type { Principal } from '../auth/principal.js';
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

const RECORD_EXAMPLE = {
  id: '00mifx3k2a000000a1b2c3d4e5f6a7b8c9d0',
  app: 'web-app',
  environment: 'staging',
  namespace: 'staging',
  operation: 'deploy',
  revision: 5,
  tag: 'v1.4.2',
  replicasBefore: 2,
  replicasAfter: 2,
  user: 'alice',
  source: 'api',
  status: 'succeeded',
  reason: 'RolloutComplete',
  error: null,
  correlationId: null,
  createdAt: '2026-11-29T04:00:00.000Z',
  startedAt: '2026-11-29T04:00:00.000Z',
  finishedAt: '2026-11-29T04:00:31.000Z',
};
const CONFIRM_EXAMPLE = {
  status: 'confirmation_required',
  plan: {
    app: 'web-app',
    environment: 'production',
    namespace: 'production',
    operation: 'deploy',
    summary: 'Deploy ghcr.io/acme/web-app:v1.4.2 to production (production) with 3 replica(s)',
    destructiveBecause: ['production environment'],
    changes: { image: { from: 'ghcr.io/acme/web-app:v1.4.1', to: 'ghcr.io/acme/web-app:v1.4.2' } },
  },
  confirmationToken: 'cfm_3q2…',
  expiresAt: '2026-11-29T04:05:00.000Z',
};
const DRY_RUN_EXAMPLE = {
  dryRun: true,
  requests: [
    {
      method: 'PATCH',
      path: '/apis/apps/v1/namespaces/staging/deployments/web-app/scale',
      body: { spec: { replicas: 3 } },
    },
  ],
  notice:
    'No Kubernetes cluster is configured: nothing was changed. These are the requests that would be sent.',
};
const BUSY_EXAMPLE = {
  error: 'operation_in_progress',
  message: 'Another operation on web-app in staging is running (00mifx…); try again when it has finished',
  runningOperationId: '00mifx3k2a000000a1b2c3d4e5f6a7b8c9d0',
  requestId: 'req-1',
};

const envParam = () =>
  ApiParam({
    name: 'env',
    description: 'Environment or alias: development/dev/개발, staging/stg/스테이징, production/prod/운영 …',
    example: 'stg',
  });
const operationDocs =
  (summary: string) => (target: object, key: string | symbol, descriptor: PropertyDescriptor) => {
    ApiOperation({ summary })(target, key, descriptor);
    envParam()(target, key, descriptor);
    ApiOkResponse({
      description:
        'Ran (the history record, status succeeded | failed) or dry run (the requests it would send)',
      content: {
        'application/json': {
          examples: { executed: { value: RECORD_EXAMPLE }, dryRun: { value: DRY_RUN_EXAMPLE } },
        },
      },
    })(target, key, descriptor);
    ApiAcceptedResponse({
      description: 'Destructive: confirm with confirmationToken',
      schema: { example: CONFIRM_EXAMPLE },
    })(target, key, descriptor);
    ApiConflictResponse({
      description: 'Another operation on this app + environment is running',
      schema: { example: BUSY_EXAMPLE },
    })(target, key, descriptor);
    ApiNotFoundResponse({
      schema: {
        example: { error: 'app_not_found', message: 'App "web-app" does not exist', requestId: 'req-1' },
      },
    })(target, key, descriptor);
    ApiUnprocessableEntityResponse({
      schema: {
        example: {
          error: 'kube_invalid',
          message: 'Kubernetes rejected deployments "web-app" as invalid: …',
          requestId: 'req-1',
        },
      },
    })(target, key, descriptor);
    ApiServiceUnavailableResponse({
      schema: {
        example: {
          error: 'cluster_unreachable',
          message: 'The Kubernetes API could not be reached (ECONNREFUSED) while trying to get deployments',
          requestId: 'req-1',
        },
      },
    })(target, key, descriptor);
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
  @RequireScopes(OPERATION_SCOPES.scale)
  @operationDocs('Scale through the scale subresource (current → desired); scaling to 0 needs confirmation')
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
  @RequireScopes(OPERATION_SCOPES.rollback)
  @operationDocs(
    'Roll back to the previous successful revision, a revision number, or a tag from our history (needs confirmation)',
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
  @RequireScopes(OPERATION_SCOPES.restart)
  @operationDocs('Rolling restart (kubectl.kubernetes.io/restartedAt annotation)')
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
  @RequireScopes(OPERATION_SCOPES.delete)
  @operationDocs(
    'Remove the app from an environment (Deployment and Service); needs confirmation. dryRun / confirmationToken may be sent in the body or the query',
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
  @ApiOkResponse({
    schema: {
      example: {
        app: 'web-app',
        environment: 'staging',
        namespace: 'staging',
        deployed: true,
        image: 'ghcr.io/acme/web-app:v1.4.2',
        tag: 'v1.4.2',
        replicas: { desired: 2, updated: 2, ready: 2, available: 2 },
        conditions: [
          { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable', message: null },
        ],
        state: 'running',
        pods: [
          {
            name: 'web-app-5d9c-abcde',
            phase: 'Running',
            ready: true,
            restarts: 0,
            waitingReason: null,
            image: 'ghcr.io/acme/web-app:v1.4.2',
          },
        ],
      },
    },
  })
  @ApiServiceUnavailableResponse({
    schema: {
      example: {
        error: 'cluster_not_configured',
        message: 'No Kubernetes cluster is configured …',
        requestId: 'req-1',
      },
    },
  })
  status(@Param('name') app: string, @Param('env') environment: string): Promise<AppStatus> {
    return this.deployments.status(app, environment);
  }

  @Get('apps/:name/environments/:env/logs')
  @RequireScopes(OPERATION_SCOPES.logs)
  @ApiOperation({
    summary: 'Last N lines of the app’s pods (or one pod / container / the previous container)',
  })
  @envParam()
  @ApiOkResponse({
    schema: {
      example: {
        app: 'web-app',
        environment: 'staging',
        namespace: 'staging',
        lines: 100,
        pods: [
          { pod: 'web-app-5d9c-abcde', container: 'app', previous: false, lines: ['listening on :8080'] },
        ],
      },
    },
  })
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
  @ApiOkResponse({
    schema: {
      example: {
        items: [
          {
            name: 'web-app',
            image: 'ghcr.io/acme/web-app',
            environments: {
              staging: {
                namespace: 'staging',
                state: 'running',
                image: 'ghcr.io/acme/web-app:v1.4.2',
                tag: 'v1.4.2',
                desired: 2,
                ready: 2,
              },
            },
          },
        ],
      },
    },
  })
  async overview(): Promise<{ items: AppOverview[] }> {
    return { items: await this.deployments.overview() };
  }

  @Get('deployments')
  @RequireScopes(OPERATION_SCOPES.history)
  @ApiOperation({
    summary:
      'Operation history, newest first; filter by app, environment (any alias), status, source, operation',
  })
  @ApiOkResponse({ schema: { example: { items: [RECORD_EXAMPLE], nextCursor: null } } })
  history(@Query() q: HistoryQueryDto): Promise<{ items: FullRecord[]; nextCursor: string | null }> {
    return this.deployments.list(q);
  }

  @Get('deployments/:id')
  @RequireScopes(OPERATION_SCOPES.history)
  @ApiOperation({ summary: 'One operation record' })
  @ApiOkResponse({ schema: { example: RECORD_EXAMPLE } })
  @ApiNotFoundResponse({
    schema: {
      example: {
        error: 'deployment_not_found',
        message: 'Deployment record "x" does not exist',
        requestId: 'req-1',
      },
    },
  })
  get(@Param('id') id: string): Promise<FullRecord> {
    return this.deployments.get(id);
  }
}
