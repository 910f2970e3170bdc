import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { EnvironmentOverrideDto, ResourceSpecDto } from './app.responses.js';

export const APP_NAME_PATTERN = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;
export const IMAGE_PATTERN = /^[a-z0-9]+([._\-/:][a-z0-9]+)*$/;
export const GITHUB_REPO_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/;

const RESOURCES_EXAMPLE = {
  requests: { cpu: '100m', memory: '128Mi' },
  limits: { cpu: '500m', memory: '256Mi' },
};

@ApiExtraModels(EnvironmentOverrideDto)
export class CreateAppDto {
  @ApiProperty({
    example: 'web-app',
    description: 'DNS-1123 label: lowercase letters, digits and -, at most 63',
  })
  @IsString()
  @Matches(APP_NAME_PATTERN, {
    message: 'name must be a DNS-1123 label (lowercase a-z, 0-9, -; starts with a letter; at most 63)',
  })
  name!: string;

  @ApiProperty({ example: 'ghcr.io/acme/web-app', description: 'Image repository without tag' })
  @IsString()
  @MaxLength(512)
  @Matches(IMAGE_PATTERN, {
    message: 'image must be an image repository without tag or digest, e.g. ghcr.io/acme/web',
  })
  image!: string;

  @ApiPropertyOptional({ type: 'integer', example: 8080, minimum: 1, maximum: 65535 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(65535)
  port?: number;
  @ApiPropertyOptional({ type: 'integer', example: 2, default: 1, minimum: 0, maximum: 100 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  replicas?: number;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { LOG_LEVEL: 'info' },
    description: 'Non-secret environment variables',
  })
  @IsOptional()
  @IsObject()
  env?: Record<string, string>;

  @ApiPropertyOptional({ type: () => ResourceSpecDto, example: RESOURCES_EXAMPLE })
  @IsOptional()
  @IsObject()
  resources?: Record<string, unknown>;

  @ApiPropertyOptional({ example: 'acme/web-app', pattern: GITHUB_REPO_PATTERN.source })
  @IsOptional()
  @IsString()
  @Matches(GITHUB_REPO_PATTERN, { message: 'githubRepo must be owner/repo' })
  githubRepo?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(EnvironmentOverrideDto) },
    example: { staging: { replicas: 1 }, production: { replicas: 3, env: { LOG_LEVEL: 'warn' } } },
    description: 'Per-environment overrides (keys: any environment alias)',
  })
  @IsOptional()
  @IsObject()
  environments?: Record<string, unknown>;
}

@ApiExtraModels(EnvironmentOverrideDto)
export class UpdateAppDto {
  @ApiPropertyOptional({ example: 'ghcr.io/acme/web-app' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  @Matches(IMAGE_PATTERN, {
    message: 'image must be an image repository without tag or digest, e.g. ghcr.io/acme/web',
  })
  image?: string;

  @ApiPropertyOptional({ type: 'integer', example: 8080, nullable: true, minimum: 1, maximum: 65535 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(65535)
  port?: number | null;
  @ApiPropertyOptional({ type: 'integer', example: 3, minimum: 0, maximum: 100 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  replicas?: number;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { LOG_LEVEL: 'debug' },
  })
  @IsOptional()
  @IsObject()
  env?: Record<string, string>;
  @ApiPropertyOptional({ type: () => ResourceSpecDto, example: RESOURCES_EXAMPLE, nullable: true })
  @IsOptional()
  @IsObject()
  resources?: Record<string, unknown> | null;
  @ApiPropertyOptional({
    type: String,
    example: 'acme/web-app',
    nullable: true,
    pattern: GITHUB_REPO_PATTERN.source,
  })
  @IsOptional()
  @IsString()
  @Matches(GITHUB_REPO_PATTERN, { message: 'githubRepo must be owner/repo' })
  githubRepo?: string | null;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: {
      type: 'object',
      nullable: true,
      allOf: [{ $ref: getSchemaPath(EnvironmentOverrideDto) }],
    },
    example: { production: { replicas: 4 } },
    description:
      'Per-environment overrides to merge (keys: any alias); null removes an environment’s overrides',
  })
  @IsOptional()
  @IsObject()
  environments?: Record<string, unknown>;
}
