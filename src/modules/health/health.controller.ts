import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators.js';
import { HealthService, type HealthReport, type VersionInfo } from './health.service.js';

const notReadyExample = {
  schema: {
    example: {
      error: 'not_ready',
      message: 'Not ready: database',
      details: { database: { status: 'down', message: 'connect ECONNREFUSED' } },
      requestId: 'req-1',
    },
  },
};

@ApiTags('health')
@Public()
@Controller('api/v1')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get('health')
  @ApiOperation({
    summary: 'Overall status with every check',
    description:
      'Required checks (database, start-up) and dependencies (kubernetes, redis, alerts, nlp, mcp_external). ' +
      'A dependency that is down is listed under `degraded` and `status` is `degraded` (still 200); ' +
      'a required check that is down answers 503 `not_ready`.',
  })
  @ApiOkResponse({
    schema: {
      example: {
        status: 'degraded',
        info: { database: { status: 'up', dialect: 'sqlite' }, startup: { status: 'up', uptimeSeconds: 42 } },
        degraded: {
          kubernetes: {
            status: 'degraded',
            message: 'The Kubernetes API could not be reached (ECONNREFUSED) while trying to get version',
          },
        },
        error: {},
        details: {},
      },
    },
  })
  @ApiServiceUnavailableResponse(notReadyExample)
  overall(): Promise<HealthReport> {
    return this.health.overall();
  }

  @Get('version')
  @ApiOperation({ summary: 'Service version, git sha and build time' })
  @ApiOkResponse({
    schema: {
      example: {
        name: 'klepaas-backend',
        version: '0.1.0',
        gitSha: 'abc1234',
        buildTime: '2026-11-29T03:00:00Z',
        node: '24.21.0',
      },
    },
  })
  version(): VersionInfo {
    return this.health.version();
  }

  @Get('healthz')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Liveness: the process answers' })
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  liveness(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('readyz')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Readiness: what this process needs to serve (database, start-up, not draining)',
    description:
      'Dependencies (the cluster, Redis, Slack, LLM and external MCP providers) never fail readiness: ' +
      'see /api/v1/health for them.',
  })
  @ApiOkResponse({
    schema: {
      example: {
        status: 'ok',
        info: { database: { status: 'up' }, startup: { status: 'up', uptimeSeconds: 42 } },
        degraded: {},
        error: {},
        details: {},
      },
    },
  })
  @ApiServiceUnavailableResponse(notReadyExample)
  readiness(): Promise<HealthReport> {
    return this.health.readiness();
  }
}
