import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { HealthCheckResult } from '@nestjs/terminus';
import { Public } from '../auth/auth.decorators.js';
import { HealthService, type VersionInfo } from './health.service.js';

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
  @ApiOperation({ summary: 'Overall status with every check' })
  @ApiOkResponse({
    schema: {
      example: {
        status: 'ok',
        info: { database: { status: 'up', dialect: 'sqlite' } },
        error: {},
        details: {},
      },
    },
  })
  @ApiServiceUnavailableResponse(notReadyExample)
  overall(): Promise<HealthCheckResult> {
    return this.health.readiness();
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
  @ApiOperation({ summary: 'Readiness: database and every dependency modules registered' })
  @ApiOkResponse({
    schema: { example: { status: 'ok', info: { database: { status: 'up' } }, error: {}, details: {} } },
  })
  @ApiServiceUnavailableResponse(notReadyExample)
  readiness(): Promise<HealthCheckResult> {
    return this.health.readiness();
  }
}
