import { Controller, Delete, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ApiErrors } from '../../common/openapi/api-errors.decorator.js';
import { NoAutoAudit } from '../audit/audit.decorators.js';
import { MutatingRoute } from '../audit/mutating-route.decorator.js';
import { CurrentPrincipal, ProtectedResource, Public, RequireScopes } from '../auth/auth.decorators.js';
import type { Principal } from '../../common/principal/principal.js';
import { McpServerService, RESOURCE_METADATA_PATH } from './mcp-server.service.js';
import { McpInfoDto, JsonRpcMessageDto, ProtectedResourceMetadataDto } from './mcp-server.responses.js';
import { McpSessionsService } from './mcp-sessions.service.js';

const SSE_CONTENT = {
  'text/event-stream': {
    schema: { type: 'string', description: 'Server-sent events, one JSON-RPC message each' },
  },
};

/** What a request naming a session (GET stream, DELETE) can be refused with. */
const SESSION_ERRORS = {
  400: ['session_required'],
  403: ['origin_forbidden'],
  404: ['session_not_found'],
  405: ['method_not_allowed'],
};

/**
 * MCP Streamable HTTP endpoint. The SDK transport writes the responses (JSON or SSE) itself; errors
 * raised before it (auth, Origin, malformed messages) are rendered as JSON-RPC errors by the global filter.
 */
@ApiTags('mcp')
@ApiExtraModels(JsonRpcMessageDto)
@Controller('mcp')
export class McpServerController {
  constructor(
    private readonly sessions: McpSessionsService,
    private readonly servers: McpServerService,
  ) {}

  @Post()
  @MutatingRoute()
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
  @ApiBody({ type: JsonRpcMessageDto, description: 'A JSON-RPC request, notification or response' })
  @ApiOkResponse({
    description: 'The JSON-RPC response, as JSON or as an SSE stream (Accept decides)',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(JsonRpcMessageDto) } },
      ...SSE_CONTENT,
    },
  })
  @ApiAcceptedResponse({ description: 'A notification or response was accepted (no body)' })
  @ApiErrors(
    {
      400: ['session_required', 'invalid_request'],
      403: ['origin_forbidden'],
      404: ['session_not_found'],
      503: ['too_many_sessions'],
    },
    { jsonRpc: true },
  )
  post(@Req() req: Request, @Res() res: Response, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.sessions.post(req, res, principal);
  }

  @Get()
  @RequireScopes('mcp:read')
  @ProtectedResource(RESOURCE_METADATA_PATH)
  @ApiOperation({ summary: 'Server-to-client SSE stream of a session (Mcp-Session-Id)' })
  @ApiOkResponse({
    description: 'Server-to-client messages of the session',
    content: SSE_CONTENT,
  })
  @ApiErrors(SESSION_ERRORS, { jsonRpc: true })
  stream(@Req() req: Request, @Res() res: Response, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.sessions.get(req, res, principal);
  }

  @Delete()
  @MutatingRoute()
  @RequireScopes('mcp:read')
  @ProtectedResource(RESOURCE_METADATA_PATH)
  @ApiOperation({ summary: 'End a session (Mcp-Session-Id)' })
  @ApiOkResponse({ description: 'Session ended' })
  @ApiErrors(SESSION_ERRORS, { jsonRpc: true })
  end(@Req() req: Request, @Res() res: Response, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.sessions.delete(req, res, principal);
  }

  @Get('info')
  @Public()
  @ApiOperation({
    summary: 'MCP server facts: name, version, protocol versions, transport, tools with scopes',
  })
  @ApiOkResponse({ type: McpInfoDto, description: 'What this MCP server offers' })
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
  @ApiOkResponse({ type: ProtectedResourceMetadataDto, description: 'RFC 9728 metadata' })
  root(@Req() req: Request) {
    return this.metadata.protectedResourceMetadata(`${req.protocol}://${req.get('host')}`);
  }
}
