import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MCP_EXTERNAL_ERROR_CODES, type McpExternalErrorCode } from './mcp-external.errors.js';
import type { ProviderStatus, ProviderView } from './provider-registry.js';
import type { BreakerState } from '../../common/resilience/breaker.js';
import { TRANSPORTS, type ProviderSettings, type TransportPreference } from './provider.types.js';

/** The REST shapes of the external MCP module, for the OpenAPI document. */
const BREAKER_STATES: BreakerState[] = ['closed', 'half_open', 'open'];
const DATE = { format: 'date-time', example: '2026-11-29T04:00:00.000Z' } as const;

export class ProviderSettingsDto implements ProviderSettings {
  @ApiProperty({ type: 'integer', example: 30000 }) timeoutMs!: number;
  @ApiProperty({ type: [String], example: ['get_file_contents'] }) idempotentTools!: string[];
  @ApiProperty({ enum: TRANSPORTS, example: 'auto' }) transport!: TransportPreference;
}

export class BreakerSettingsDto {
  @ApiProperty({ type: 'integer', example: 5 }) failureThreshold!: number;
  @ApiProperty({ type: 'integer', example: 30 }) resetTimeoutSec!: number;
}

export class RetrySettingsDto {
  @ApiProperty({ type: 'integer', example: 3 }) maxAttempts!: number;
  @ApiProperty({ type: 'integer', example: 200 }) baseDelayMs!: number;
  @ApiProperty({ type: 'integer', example: 5000 }) maxDelayMs!: number;
}

/** The standard error schema of calls to external MCP servers (also `details` of their envelopes). */
export class ExternalErrorDto {
  @ApiProperty({ enum: MCP_EXTERNAL_ERROR_CODES, example: 'unavailable' }) code!: McpExternalErrorCode;
  @ApiProperty({ example: 'Provider github is unavailable: circuit breaker open' }) message!: string;
  @ApiPropertyOptional({ example: 30 }) retryAfterSeconds?: number;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) details?: Record<string, unknown>;
  @ApiProperty(DATE) at!: string;
}

export class ProviderStatusDto implements ProviderStatus {
  @ApiProperty({ enum: BREAKER_STATES, example: 'closed' }) breaker!: BreakerState;
  @ApiProperty({ example: true }) connected!: boolean;
  @ApiProperty({ type: String, enum: ['streamable-http', 'sse'], nullable: true, example: 'streamable-http' })
  transport!: 'streamable-http' | 'sse' | null;
  @ApiProperty({ type: () => ExternalErrorDto, nullable: true }) lastError!: ExternalErrorDto | null;
  @ApiProperty({ type: String, nullable: true, ...DATE }) lastSuccessAt!: string | null;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Token state (GitHub App)',
  })
  auth?: Record<string, unknown>;
}

export class ProviderDto implements ProviderView {
  @ApiProperty({ example: 'github' }) name!: string;
  @ApiProperty({ example: 'github' }) providerType!: string;
  @ApiProperty({ example: 'https://api.githubcopilot.com/mcp/' }) baseUrl!: string;
  @ApiProperty({ enum: ['database', 'env'], example: 'database' }) source!: 'database' | 'env';
  @ApiProperty({ type: () => ProviderSettingsDto }) config!: ProviderSettingsDto;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Credentials with secrets masked (`********`): {type: none | bearer | github_app, …}',
    example: { type: 'github_app', appId: '123456', installationId: '7654321', privateKey: '********' },
  })
  auth!: Record<string, unknown>;
  @ApiProperty({ type: () => BreakerSettingsDto }) breaker!: BreakerSettingsDto;
  @ApiProperty({ type: () => RetrySettingsDto }) retry!: RetrySettingsDto;
  @ApiProperty(DATE) createdAt!: string;
  @ApiProperty(DATE) updatedAt!: string;
  @ApiProperty({ type: () => ProviderStatusDto }) status!: ProviderStatusDto;
}

export class ProviderListDto {
  @ApiProperty({ type: () => [ProviderDto] }) items!: ProviderDto[];
}

export class ToolCallResultDto {
  @ApiProperty({ example: 'github' }) provider!: string;
  @ApiProperty({ example: 'gh.clone' }) tool!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: "The provider's MCP CallToolResult: content[], isError?, structuredContent?",
    example: { content: [{ type: 'text', text: 'cloned' }] },
  })
  result!: Record<string, unknown>;
  @ApiProperty({ type: 'integer', example: 1 }) attempts!: number;
  @ApiProperty({ type: 'integer', example: 42 }) durationMs!: number;
}

export class ExternalToolDto {
  @ApiProperty({ example: 'gh.clone' }) name!: string;
  @ApiPropertyOptional({ example: 'Clone a repository' }) description?: string;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { type: 'object' } })
  inputSchema!: Record<string, unknown>;
}

export class ExternalToolListDto {
  @ApiProperty({ example: 'github' }) provider!: string;
  @ApiProperty({ type: () => [ExternalToolDto], description: 'MCP Tool objects, names unchanged' })
  items!: ExternalToolDto[];
}

export class ProviderHealthDto {
  @ApiProperty({ example: 'github' }) provider!: string;
  @ApiProperty({ enum: [true] }) ok!: true;
  @ApiProperty({ type: 'integer', example: 12 }) latencyMs!: number;
  @ApiProperty({ enum: ['streamable-http', 'sse'], example: 'streamable-http' }) transport!:
    'streamable-http' | 'sse';
  @ApiProperty({ enum: BREAKER_STATES, example: 'closed' }) breaker!: BreakerState;
}
