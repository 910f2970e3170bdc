import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors } from '../../common/openapi/api-errors.decorator.js';
import { MutatingRoute } from '../audit/mutating-route.decorator.js';
import { CurrentPrincipal, RequireScopes } from '../auth/auth.decorators.js';
import type { Principal } from '../../common/principal/principal.js';
import { EnvironmentsService } from './environments.service.js';
import { AppsService } from './apps.service.js';
import type { App } from './apps.types.js';
import { CreateAppDto, UpdateAppDto } from './dto/app.dto.js';
import { AppDto, AppListDto, EnvironmentsDto } from './dto/app.responses.js';

@ApiTags('apps')
@Controller('api/v1')
export class AppsController {
  constructor(
    private readonly apps: AppsService,
    private readonly environments: EnvironmentsService,
  ) {}

  @Post('apps')
  @MutatingRoute()
  @RequireScopes('apps:write')
  @ApiOperation({ summary: 'Register an app' })
  @ApiCreatedResponse({ type: AppDto, description: 'The app as stored (aliases resolved)' })
  @ApiErrors({ 400: ['invalid_app'], 409: ['app_exists'] })
  create(@Body() dto: CreateAppDto, @CurrentPrincipal() principal: Principal): Promise<App> {
    return this.apps.create(dto, principal.userId);
  }

  @Get('apps')
  @RequireScopes('apps:read')
  @ApiOperation({ summary: 'List apps' })
  @ApiOkResponse({ type: AppListDto, description: 'Every app, by name' })
  async list(): Promise<{ items: App[] }> {
    return { items: await this.apps.list() };
  }

  @Get('apps/:name')
  @RequireScopes('apps:read')
  @ApiOperation({ summary: 'One app' })
  @ApiOkResponse({ type: AppDto, description: 'The app' })
  @ApiErrors({ 404: ['app_not_found'] })
  get(@Param('name') name: string): Promise<App> {
    return this.apps.get(name);
  }

  @Patch('apps/:name')
  @MutatingRoute()
  @RequireScopes('apps:write')
  @ApiOperation({ summary: 'Change an app (only the fields given; environments are merged per environment)' })
  @ApiOkResponse({ type: AppDto, description: 'The app after the change' })
  @ApiErrors({ 400: ['invalid_app'], 404: ['app_not_found'] })
  update(@Param('name') name: string, @Body() dto: UpdateAppDto): Promise<App> {
    return this.apps.update(name, dto);
  }

  @Delete('apps/:name')
  @MutatingRoute()
  @HttpCode(204)
  @RequireScopes('apps:write')
  @ApiOperation({
    summary: 'Delete an app from the registry (does not touch the cluster; remove it per environment first)',
  })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors({ 404: ['app_not_found'] })
  async remove(@Param('name') name: string): Promise<void> {
    await this.apps.delete(name);
  }

  @Get('environments')
  @RequireScopes('apps:read')
  @ApiOperation({ summary: 'Environments, their namespaces and aliases, and the default environment' })
  @ApiOkResponse({ type: EnvironmentsDto, description: 'The environments and the default one' })
  environmentsList(): EnvironmentsDto {
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
