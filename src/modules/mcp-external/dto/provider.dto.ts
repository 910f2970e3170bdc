import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AUTH_TYPES, PROVIDER_TYPES, TRANSPORTS } from '../provider.types.js';

export class ProviderSettingsDto {
  @ApiPropertyOptional({ example: 30000, description: 'Overall deadline of one call (ms), retries included' })
  @IsOptional()
  @IsInt()
  @Min(50)
  @Max(600000)
  timeoutMs?: number;

  @ApiPropertyOptional({
    example: ['gh.list_repos', 'get_file_contents'],
    description: 'Tools safe to retry; `*` = all',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  idempotentTools?: string[];

  @ApiPropertyOptional({
    enum: TRANSPORTS,
    example: 'auto',
    description: 'auto = Streamable HTTP, falling back to HTTP+SSE',
  })
  @IsOptional()
  @IsIn(TRANSPORTS)
  transport?: (typeof TRANSPORTS)[number];
}

export class ProviderAuthDto {
  @ApiProperty({ enum: AUTH_TYPES, example: 'github_app' })
  @IsIn(AUTH_TYPES)
  type!: (typeof AUTH_TYPES)[number];

  @ApiPropertyOptional({ example: 'ghp_…', description: 'bearer: static token (secret, write-only)' })
  @IsOptional()
  @IsString()
  @MaxLength(8192)
  token?: string;

  @ApiPropertyOptional({ example: '123456' })
  @IsOptional()
  @Matches(/^\d+$/, { message: 'appId must be numeric' })
  appId?: string;

  @ApiPropertyOptional({
    example: '-----BEGIN RSA PRIVATE KEY-----…',
    description: 'github_app: PEM (secret, write-only)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(16384)
  privateKey?: string;

  @ApiPropertyOptional({ example: '7654321' })
  @IsOptional()
  @Matches(/^\d+$/, { message: 'installationId must be numeric' })
  installationId?: string;

  @ApiPropertyOptional({
    example: 'https://api.github.com',
    description: 'GitHub API base (GHE: https://HOST/api/v3)',
  })
  @IsOptional()
  @IsString()
  @Matches(/^https?:\/\//, { message: 'apiBaseUrl must be an http(s) URL' })
  apiBaseUrl?: string;
}

export class BreakerDto {
  @ApiProperty({ example: 5, description: 'Consecutive failures that open the breaker' })
  @IsInt()
  @Min(1)
  @Max(1000)
  failureThreshold!: number;

  @ApiProperty({ example: 30, description: 'Seconds open before a half-open trial (decimals allowed)' })
  @IsNumber()
  @Min(0.05)
  @Max(3600)
  resetTimeoutSec!: number;
}

export class RetryDto {
  @ApiPropertyOptional({ example: 3, description: 'Attempts including the first' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  maxAttempts?: number;

  @ApiPropertyOptional({ example: 200 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60000)
  baseDelayMs?: number;

  @ApiPropertyOptional({ example: 5000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(300000)
  maxDelayMs?: number;
}

export class UpsertProviderDto {
  @ApiProperty({ example: 'github', description: 'lowercase letters, digits, - and _' })
  @Matches(/^[a-z][a-z0-9_-]{0,63}$/, { message: 'name must be lowercase letters, digits, - or _ (max 64)' })
  name!: string;

  @ApiProperty({ enum: PROVIDER_TYPES, example: 'github' })
  @IsIn(PROVIDER_TYPES)
  providerType!: (typeof PROVIDER_TYPES)[number];

  @ApiProperty({ example: 'https://api.githubcopilot.com/mcp/' })
  @IsString()
  @MaxLength(2048)
  baseUrl!: string;

  @ApiPropertyOptional({ type: ProviderSettingsDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ProviderSettingsDto)
  config?: ProviderSettingsDto;

  @ApiPropertyOptional({ type: ProviderAuthDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ProviderAuthDto)
  auth?: ProviderAuthDto;

  @ApiPropertyOptional({ type: BreakerDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => BreakerDto)
  breaker?: BreakerDto;

  @ApiPropertyOptional({ type: RetryDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RetryDto)
  retry?: RetryDto;
}

export class CallToolDto {
  @ApiProperty({ example: 'github' })
  @IsString()
  @MaxLength(64)
  provider!: string;

  @ApiProperty({ example: 'gh.clone' })
  @IsString()
  @MaxLength(200)
  tool!: string;

  @ApiPropertyOptional({ example: { repo: 'octo/hello' } })
  @IsOptional()
  @IsObject()
  arguments?: Record<string, unknown>;

  @ApiPropertyOptional({ example: false, description: 'Mark this call safe to retry' })
  @IsOptional()
  @IsIn([true, false])
  idempotent?: boolean;

  @ApiPropertyOptional({ example: 10000, description: 'Deadline for this call (ms), at most the provider’s' })
  @IsOptional()
  @IsInt()
  @Min(50)
  @Max(600000)
  timeoutMs?: number;
}
