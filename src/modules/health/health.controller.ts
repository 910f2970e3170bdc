import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HealthCheckResult } from '@nestjs/terminus';
import { ApiErrors } from '../../common/openapi/api-errors.decorator.js';
import { Public } from '../auth/auth.decorators.js';
import { HealthCheckDto, LivenessDto, VersionDto } from './health.responses.js';
import { HealthService, type VersionInfo } from './health.service.js';

const NOT_READY = { 503: ['not_ready'] };

@ApiTags('health')
@Public()
@Controller('api/v1')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get('health')
  @ApiOperation({ summary: 'Overall status with every check' })
  @ApiOkResponse({ type: HealthCheckDto, description: 'Every check is up' })
  @ApiErrors(NOT_READY)
  overall(): Promise<HealthCheckResult> {
    return this.health.readiness();
  }

  @Get('version')
  @ApiOperation({ summary: 'Service version, git sha and build time' })
  @ApiOkResponse({ type: VersionDto, description: 'What is running' })
  version(): VersionInfo {
    return this.health.version();
  }

  @Get('healthz')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Liveness: the process answers' })
  @ApiOkResponse({ type: LivenessDto, description: 'Alive' })
  liveness(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('readyz')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Readiness: database and every dependency modules registered' })
  @ApiOkResponse({ type: HealthCheckDto, description: 'Ready to serve' })
  @ApiErrors(NOT_READY)
  readiness(): Promise<HealthCheckResult> {
    return this.health.readiness();
  }
}
