import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../common/openapi/api-errors.decorator.js';
import { Public } from '../auth/auth.decorators.js';
import { HealthCheckDto, LivenessDto, VersionDto } from './health.responses.js';
import { HealthService, type HealthReport, type VersionInfo } from './health.service.js';

const NOT_READY = { 503: ['not_ready'] };

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
    type: HealthCheckDto,
    description: 'Required checks are up; dependencies may be degraded',
  })
  @ApiErrors(NOT_READY)
  overall(): Promise<HealthReport> | HealthReport {
    return this.health.overall();
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
  @ApiOperation({
    summary: 'Readiness: what this process needs to serve (database, start-up, not draining)',
    description:
      'Dependencies (the cluster, Redis, Slack, LLM and external MCP providers) never fail readiness: ' +
      'see /api/v1/health for them.',
  })
  @ApiOkResponse({ type: HealthCheckDto, description: 'Ready to serve' })
  @ApiErrors(NOT_READY)
  readiness(): Promise<HealthReport> {
    return this.health.readiness();
  }
}
