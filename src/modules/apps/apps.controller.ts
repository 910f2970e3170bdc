import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';
import { EnvironmentsService } from './environments.service.js';
import { AppsService } from './apps.service.js';
import type { App } from './apps.types.js';
import { CreateAppDto, UpdateAppDto } from './dto/app.dto.js';

const APP_EXAMPLE = {
  name: 'web-app',
  image: 'ghcr.io/acme/web-app',
  port: 8080,
  replicas: 2,
  env: { LOG_LEVEL: 'info' },
  resources: { requests: { cpu: '100m', memory: '128Mi' } },
  githubRepo: 'acme/web-app',
  environments: { production: { replicas: 3 } },
  createdAt: '2026-11-29T04:00:00.000Z',
  updatedAt: '2026-11-29T04:00:00.000Z',
};
const NOT_FOUND = { error: 'app_not_found', message: 'App "web-app" does not exist', requestId: 'req-1' };

@ApiTags('apps')
@Controller('api/v1')
export class AppsController {
  constructor(
    private readonly apps: AppsService,
    private readonly environments: EnvironmentsService,
  ) {}

  @Post('apps')
  @RequireScopes('apps:write')
  @ApiOperation({ summary: 'Register an app' })
  @ApiCreatedResponse({ schema: { example: APP_EXAMPLE } })
  @ApiConflictResponse({
    schema: { example: { error: 'app_exists', message: 'App "web-app" already exists', requestId: 'req-1' } },
  })
  create(@Body() dto: CreateAppDto, @CurrentPrincipal() principal: Principal): Promise<App> {
    return this.apps.create(dto, principal.userId);
  }

  @Get('apps')
  @RequireScopes('apps:read')
  @ApiOperation({ summary: 'List apps' })
  @ApiOkResponse({ schema: { example: { items: [APP_EXAMPLE] } } })
  async list(): Promise<{ items: App[] }> {
    return { items: await this.apps.list() };
  }

  @Get('apps/:name')
  @RequireScopes('apps:read')
  @ApiOperation({ summary: 'One app' })
  @ApiOkResponse({ schema: { example: APP_EXAMPLE } })
  @ApiNotFoundResponse({ schema: { example: NOT_FOUND } })
  get(@Param('name') name: string): Promise<App> {
    return this.apps.get(name);
  }

  @Patch('apps/:name')
  @RequireScopes('apps:write')
  @ApiOperation({ summary: 'Change an app (only the fields given; environments are merged per environment)' })
  @ApiOkResponse({ schema: { example: APP_EXAMPLE } })
  @ApiNotFoundResponse({ schema: { example: NOT_FOUND } })
  update(@Param('name') name: string, @Body() dto: UpdateAppDto): Promise<App> {
    return this.apps.update(name, dto);
  }

  @Delete('apps/:name')
  @HttpCode(204)
  @RequireScopes('apps:write')
  @ApiOperation({
    summary: 'Delete an app from the registry (does not touch the cluster; remove it per environment first)',
  })
  @ApiNotFoundResponse({ schema: { example: NOT_FOUND } })
  async remove(@Param('name') name: string): Promise<void> {
    await this.apps.delete(name);
  }

  @Get('environments')
  @RequireScopes('apps:read')
  @ApiOperation({ summary: 'Environments, their namespaces and aliases, and the default environment' })
  @ApiOkResponse({
    schema: {
      example: {
        default: 'staging',
        environments: [{ name: 'production', namespace: 'production', aliases: ['운영', 'prod', 'live'] }],
      },
    },
  })
  environmentsList() {
    return {
      default: this.environments.defaultEnvironment,
      environments: this.environments.list().map((name) => ({
        name,
        namespace: this.environments.namespaceOf(name),
        aliases: this.environments.aliases()[name],
      })),
    };
  }
}
