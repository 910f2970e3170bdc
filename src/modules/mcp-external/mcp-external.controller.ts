import { Body, Controller, Delete, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequireScopes } from '../auth/auth.decorators.js';
import { OPERATION_SCOPES } from '../auth/scopes.js';
import type { Principal } from '../auth/principal.js';
import { CallToolDto, UpsertProviderDto } from './dto/provider.dto.js';
import { McpExternalService } from './mcp-external.service.js';

const externalErrorExample = (code: string, message: string, extra: Record<string, unknown> = {}) => ({
  schema: {
    example: {
      error: code,
      message,
      details: {
        code,
        message,
        ...extra,
        details: { provider: 'github', operation: 'call_tool', tool: 'gh.clone' },
      },
      requestId: 'req-1',
    },
  },
});

const providerExample = {
  name: 'github',
  providerType: 'github',
  baseUrl: 'https://api.githubcopilot.com/mcp/',
  source: 'database',
  config: { timeoutMs: 30000, idempotentTools: ['get_file_contents'], transport: 'auto' },
  auth: { type: 'github_app', appId: '123456', installationId: '7654321', privateKey: '********' },
  breaker: { failureThreshold: 5, resetTimeoutSec: 30 },
  retry: { maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 5000 },
  createdAt: '2026-11-29T04:00:00.000Z',
  updatedAt: '2026-11-29T04:00:00.000Z',
  status: {
    breaker: 'closed',
    connected: true,
    transport: 'streamable-http',
    lastError: null,
    lastSuccessAt: null,
  },
};

@ApiTags('mcp-external')
@Controller('mcp/external')
export class McpExternalController {
  constructor(private readonly service: McpExternalService) {}

  @Post('providers')
  @RequireScopes('mcp:admin')
  @ApiOperation({ summary: 'Add or replace an external MCP provider (201 created, 200 replaced)' })
  @ApiResponse({ status: 201, schema: { example: providerExample } })
  @ApiBadRequestResponse({
    schema: {
      example: {
        error: 'invalid_provider',
        message: 'baseUrl refused: address 169.254.169.254 is not public (linkLocal)',
        requestId: 'req-1',
      },
    },
  })
  @ApiResponse({
    status: 422,
    description: 'Secrets given but KLEPAAS_SECRETS_KEY is unset (secrets_key_missing)',
  })
  async upsert(@Body() dto: UpsertProviderDto, @Res({ passthrough: true }) res: Response) {
    const { created, provider } = await this.service.upsertProvider(dto);
    res.status(created ? 201 : 200);
    return provider;
  }

  @Get('providers')
  @RequireScopes('mcp:read')
  @ApiOperation({ summary: 'Providers with status and breaker state (secrets masked)' })
  @ApiOkResponse({ schema: { example: { items: [providerExample] } } })
  async list() {
    return { items: await this.service.listProviders() };
  }

  @Get('providers/:name')
  @RequireScopes('mcp:read')
  @ApiOperation({ summary: 'One provider (secrets masked)' })
  @ApiOkResponse({ schema: { example: providerExample } })
  @ApiNotFoundResponse({
    schema: {
      example: {
        error: 'provider_not_found',
        message: 'External MCP provider "x" is not registered',
        requestId: 'req-1',
      },
    },
  })
  get(@Param('name') name: string) {
    return this.service.getProvider(name);
  }

  @Delete('providers/:name')
  @HttpCode(204)
  @RequireScopes('mcp:admin')
  @ApiOperation({ summary: 'Remove a provider' })
  @ApiResponse({ status: 204 })
  @ApiNotFoundResponse({ description: 'provider_not_found' })
  async remove(@Param('name') name: string): Promise<void> {
    await this.service.deleteProvider(name);
  }

  @Post('tools/call')
  @HttpCode(200)
  @RequireScopes(OPERATION_SCOPES.callExternalTool)
  @ApiOperation({
    summary:
      'Call a tool on an external provider (retries only when idempotent; errors use the standard schema)',
  })
  @ApiOkResponse({
    schema: {
      example: {
        provider: 'github',
        tool: 'gh.clone',
        result: { content: [{ type: 'text', text: 'cloned' }] },
        attempts: 1,
        durationMs: 42,
      },
    },
  })
  @ApiTooManyRequestsResponse(
    externalErrorExample('rate_limited', 'github call_tool gh.clone: upstream answered HTTP 429', {
      retryAfterSeconds: 30,
    }),
  )
  @ApiServiceUnavailableResponse(
    externalErrorExample('unavailable', 'Provider github is unavailable: circuit breaker open'),
  )
  @ApiResponse({
    status: 504,
    ...externalErrorExample('timeout', 'github call_tool gh.clone: no answer within 30000 ms'),
  })
  @ApiResponse({ status: 502, ...externalErrorExample('internal', 'github tool gh.clone reported an error') })
  @ApiResponse({
    status: 403,
    description:
      'forbidden: upstream 403, or the SSRF guard refused a request or redirect hop (details.details.source "policy"/"auth")',
    ...externalErrorExample(
      'forbidden',
      'github call_tool gh.clone: outbound request refused: destination not allowed',
    ),
  })
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
  @ApiOkResponse({
    schema: {
      example: { provider: 'github', items: [{ name: 'gh.clone', inputSchema: { type: 'object' } }] },
    },
  })
  async tools(@Param('provider') provider: string) {
    return { provider, items: await this.service.listTools(provider) };
  }

  @Get('health/:provider')
  @RequireScopes('mcp:read')
  @ApiOperation({ summary: 'Ping the provider through its breaker' })
  @ApiOkResponse({
    schema: {
      example: {
        provider: 'github',
        ok: true,
        latencyMs: 12,
        transport: 'streamable-http',
        breaker: 'closed',
      },
    },
  })
  @ApiServiceUnavailableResponse(
    externalErrorExample('unavailable', 'github health: network error ECONNREFUSED'),
  )
  health(@Param('provider') provider: string) {
    return this.service.health(provider);
  }
}
