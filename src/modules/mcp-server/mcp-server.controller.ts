import { Controller, Delete, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { NoAutoAudit } from '../audit/audit.decorators.js';
import { CurrentPrincipal, ProtectedResource, Public, RequireScopes } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';
import { McpServerService, RESOURCE_METADATA_PATH } from './mcp-server.service.js';
import { McpSessionsService } from './mcp-sessions.service.js';

/**
 * MCP Streamable HTTP endpoint. The SDK transport writes the responses (JSON or SSE) itself; errors
 * raised before it (auth, Origin, malformed messages) are rendered as JSON-RPC errors by the global filter.
 */
@ApiTags('mcp')
@Controller('mcp')
export class McpServerController {
  constructor(
    private readonly sessions: McpSessionsService,
    private readonly servers: McpServerService,
  ) {}

  @Post()
  @HttpCode(200)
  @NoAutoAudit() // tool calls are audited one by one with caller and arguments; the rest are reads
  @RequireScopes('mcp:read')
  @ProtectedResource(RESOURCE_METADATA_PATH)
  @ApiOperation({
    summary: 'MCP JSON-RPC messages (Streamable HTTP POST)',
    description:
      'Send initialize first (no Mcp-Session-Id), then every message with the Mcp-Session-Id returned. ' +
      'Accept: application/json, text/event-stream. Tools need mcp:read (read-only) or mcp:execute.',
  })
  post(@Req() req: Request, @Res() res: Response, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.sessions.post(req, res, principal);
  }

  @Get()
  @RequireScopes('mcp:read')
  @ProtectedResource(RESOURCE_METADATA_PATH)
  @ApiOperation({ summary: 'Server-to-client SSE stream of a session (Mcp-Session-Id)' })
  stream(@Req() req: Request, @Res() res: Response, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.sessions.get(req, res, principal);
  }

  @Delete()
  @RequireScopes('mcp:read')
  @ProtectedResource(RESOURCE_METADATA_PATH)
  @ApiOperation({ summary: 'End a session (Mcp-Session-Id)' })
  end(@Req() req: Request, @Res() res: Response, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.sessions.delete(req, res, principal);
  }

  @Get('info')
  @Public()
  @ApiOperation({
    summary: 'MCP server facts: name, version, protocol versions, transport, tools with scopes',
  })
  @ApiOkResponse({
    schema: {
      example: {
        name: 'k-le-paas',
        version: '0.1.0',
        protocolVersion: '2025-11-25',
        protocolVersions: ['2025-11-25', '2025-06-18', '2025-03-26', '2024-11-05', '2024-10-07'],
        transport: 'streamable-http',
        sessions: 'stateful',
        tools: [{ name: 'get_app_status', scope: 'mcp:read', annotations: { readOnlyHint: true } }],
      },
    },
  })
  info() {
    return this.servers.info();
  }
}

/** RFC 9728 protected-resource metadata: where MCP clients learn which authorization server issues tokens. */
@ApiTags('mcp')
@Controller('.well-known')
export class OAuthMetadataController {
  constructor(private readonly metadata: McpServerService) {}

  @Get('oauth-protected-resource')
  @Public()
  @ApiOperation({ summary: 'OAuth 2.0 protected resource metadata (RFC 9728) for /mcp' })
  root(@Req() req: Request) {
    return this.metadata.protectedResourceMetadata(`${req.protocol}://${req.get('host')}`);
  }
}
