import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The REST-visible shapes of the MCP server module, for the OpenAPI document. */
export class JsonRpcMessageDto {
  @ApiProperty({ enum: ['2.0'] }) jsonrpc!: '2.0';
  @ApiPropertyOptional({
    oneOf: [{ type: 'string' }, { type: 'integer' }],
    description: 'Absent on notifications',
    example: 1,
  })
  id?: string | number;
  @ApiPropertyOptional({ example: 'tools/list', description: 'Requests and notifications' }) method?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) params?: Record<string, unknown>;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Responses' })
  result?: Record<string, unknown>;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Error responses' })
  error?: Record<string, unknown>;
}

export class McpToolInfoDto {
  @ApiProperty({ example: 'get_app_status' }) name!: string;
  @ApiPropertyOptional({ example: 'App status' }) title?: string;
  @ApiPropertyOptional() description?: string;
  @ApiProperty({ enum: ['mcp:read', 'mcp:execute'], example: 'mcp:read' }) scope!: string;
  @ApiProperty({ type: [String], example: ['mcp:read', 'deploy:read'], description: 'Every scope it needs' })
  scopes!: string[];
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, example: { readOnlyHint: true } })
  annotations?: Record<string, unknown>;
}

export class McpResourceInfoDto {
  @ApiPropertyOptional({ example: 'klepaas://apps' }) uri?: string;
  @ApiPropertyOptional({ example: 'klepaas://apps/{name}' }) uriTemplate?: string;
  @ApiProperty({ example: 'apps' }) name!: string;
  @ApiPropertyOptional() title?: string;
  @ApiProperty({ type: [String] }) scopes!: string[];
}

export class McpPromptInfoDto {
  @ApiProperty() name!: string;
  @ApiPropertyOptional() title?: string;
  @ApiPropertyOptional() description?: string;
}

export class McpInfoDto {
  @ApiProperty({ example: 'k-le-paas' }) name!: string;
  @ApiProperty({ example: 'K-Le-PaaS' }) title!: string;
  @ApiProperty({ example: '0.1.0' }) version!: string;
  @ApiProperty({ example: '2025-11-25' }) protocolVersion!: string;
  @ApiProperty({ type: [String], example: ['2025-11-25', '2025-06-18'] }) protocolVersions!: string[];
  @ApiProperty({ enum: ['streamable-http'] }) transport!: string;
  @ApiProperty({ example: '/mcp' }) endpoint!: string;
  @ApiProperty({ enum: ['stateful', 'stateless'], example: 'stateful' }) sessions!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'scheme, resourceMetadata, scopes, operationScopes',
  })
  authorization!: Record<string, unknown>;
  @ApiProperty({ type: () => [McpToolInfoDto] }) tools!: McpToolInfoDto[];
  @ApiProperty({ type: () => [McpResourceInfoDto] }) resources!: McpResourceInfoDto[];
  @ApiProperty({ type: () => [McpResourceInfoDto] }) resourceTemplates!: McpResourceInfoDto[];
  @ApiProperty({ type: () => [McpPromptInfoDto] }) prompts!: McpPromptInfoDto[];
}

/** RFC 9728 §2. */
export class ProtectedResourceMetadataDto {
  @ApiProperty({ example: 'https://paas.example.org/mcp' }) resource!: string;
  @ApiProperty({ type: [String], example: ['https://idp.example.org'] }) authorization_servers!: string[];
  @ApiProperty({ type: [String], example: ['deploy:read', 'mcp:read'] }) scopes_supported!: string[];
  @ApiProperty({ type: [String], example: ['header'] }) bearer_methods_supported!: string[];
  @ApiProperty({ example: 'K-Le-PaaS MCP server' }) resource_name!: string;
  @ApiProperty({ example: 'https://paas.example.org/docs' }) resource_documentation!: string;
}
