import { Body, Controller, Delete, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiErrors, type ErrorCodes } from '../../common/openapi/api-errors.decorator.js';
import { MutatingRoute } from '../audit/mutating-route.decorator.js';
import { CurrentPrincipal, RequireScopes } from '../auth/auth.decorators.js';
import { OPERATION_SCOPES } from '../auth/scopes.js';
import type { Principal } from '../../common/principal/principal.js';
import { CallToolDto, UpsertProviderDto } from './dto/provider.dto.js';
import { HTTP_STATUS_BY_CODE } from './mcp-external.errors.js';
import {
  ExternalToolListDto,
  ProviderDto,
  ProviderHealthDto,
  ProviderListDto,
  ToolCallResultDto,
} from './mcp-external.responses.js';
import { McpExternalService } from './mcp-external.service.js';

/** Every failure of a call to an external MCP server, by the status our API answers it with. */
const EXTERNAL_ERRORS: ErrorCodes = {
  ...Object.fromEntries(
    Object.entries(HTTP_STATUS_BY_CODE).map(([code, status]) => [status, [code]] as const),
  ),
  404: ['not_found', 'provider_not_found'],
};

@ApiTags('mcp-external')
@Controller('mcp/external')
export class McpExternalController {
  constructor(private readonly service: McpExternalService) {}

  @Post('providers')
  @MutatingRoute()
  @RequireScopes('mcp:admin')
  @ApiOperation({ summary: 'Add or replace an external MCP provider (201 created, 200 replaced)' })
  @ApiCreatedResponse({ type: ProviderDto, description: 'Added (secrets masked)' })
  @ApiOkResponse({ type: ProviderDto, description: 'Replaced (secrets masked)' })
  @ApiErrors({ 400: ['invalid_provider'], 409: ['provider_read_only'], 422: ['secrets_key_missing'] })
  async upsert(@Body() dto: UpsertProviderDto, @Res({ passthrough: true }) res: Response) {
    const { created, provider } = await this.service.upsertProvider(dto);
    res.status(created ? 201 : 200);
    return provider;
  }

  @Get('providers')
  @RequireScopes('mcp:read')
  @ApiOperation({ summary: 'Providers with status and breaker state (secrets masked)' })
  @ApiOkResponse({ type: ProviderListDto, description: 'Every provider' })
  async list() {
    return { items: await this.service.listProviders() };
  }

  @Get('providers/:name')
  @RequireScopes('mcp:read')
  @ApiOperation({ summary: 'One provider (secrets masked)' })
  @ApiOkResponse({ type: ProviderDto, description: 'The provider' })
  @ApiErrors({ 404: ['provider_not_found'] })
  get(@Param('name') name: string) {
    return this.service.getProvider(name);
  }

  @Delete('providers/:name')
  @MutatingRoute()
  @HttpCode(204)
  @RequireScopes('mcp:admin')
  @ApiOperation({ summary: 'Remove a provider' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiErrors({ 404: ['provider_not_found'], 409: ['provider_read_only'] })
  async remove(@Param('name') name: string): Promise<void> {
    await this.service.deleteProvider(name);
  }

  @Post('tools/call')
  @MutatingRoute()
  @HttpCode(200)
  @RequireScopes(OPERATION_SCOPES.callExternalTool)
  @ApiOperation({
    summary:
      'Call a tool on an external provider (retries only when idempotent; errors use the standard schema)',
  })
  @ApiOkResponse({ type: ToolCallResultDto, description: "The tool's result" })
  @ApiErrors(EXTERNAL_ERRORS)
  callTool(@Body() dto: CallToolDto, @CurrentPrincipal() principal: Principal) {
    return this.service.callTool(dto.provider, dto.tool, dto.arguments ?? {}, principal, {
      idempotent: dto.idempotent,
      timeoutMs: dto.timeoutMs,
      audit: false, // the HTTP audit interceptor records this request
    });
  }

  @Get('tools/:provider')
  @RequireScopes(OPERATION_SCOPES.listExternalTools)
  @ApiOperation({ summary: "The provider's tools (names pass through unchanged)" })
  @ApiOkResponse({ type: ExternalToolListDto, description: "The provider's tools" })
  @ApiErrors(EXTERNAL_ERRORS)
  async tools(@Param('provider') provider: string) {
    return { provider, items: await this.service.listTools(provider) };
  }

  @Get('health/:provider')
  @RequireScopes('mcp:read')
  @ApiOperation({ summary: 'Ping the provider through its breaker' })
  @ApiOkResponse({ type: ProviderHealthDto, description: 'The provider answered' })
  @ApiErrors(EXTERNAL_ERRORS)
  health(@Param('provider') provider: string) {
    return this.service.health(provider);
  }
}
