import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export const APP_NAME_PATTERN = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;
export const IMAGE_PATTERN = /^[a-z0-9]+([._\-/:][a-z0-9]+)*$/;
export const GITHUB_REPO_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/;

const RESOURCES_EXAMPLE = {
  requests: { cpu: '100m', memory: '128Mi' },
  limits: { cpu: '500m', memory: '256Mi' },
};

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

  @ApiPropertyOptional({ example: 8080 }) @IsOptional() @IsInt() @Min(1) @Max(65535) port?: number;
  @ApiPropertyOptional({ example: 2, default: 1 }) @IsOptional() @IsInt() @Min(0) @Max(100) replicas?: number;

  @ApiPropertyOptional({ example: { LOG_LEVEL: 'info' }, description: 'Non-secret environment variables' })
  @IsOptional()
  @IsObject()
  env?: Record<string, string>;

  @ApiPropertyOptional({ example: RESOURCES_EXAMPLE })
  @IsOptional()
  @IsObject()
  resources?: Record<string, unknown>;

  @ApiPropertyOptional({ example: 'acme/web-app' })
  @IsOptional()
  @IsString()
  @Matches(GITHUB_REPO_PATTERN, { message: 'githubRepo must be owner/repo' })
  githubRepo?: string;

  @ApiPropertyOptional({
    example: { staging: { replicas: 1 }, production: { replicas: 3, env: { LOG_LEVEL: 'warn' } } },
    description: 'Per-environment overrides (keys: any environment alias)',
  })
  @IsOptional()
  @IsObject()
  environments?: Record<string, unknown>;
}

export class UpdateAppDto {
  @ApiPropertyOptional({ example: 'ghcr.io/acme/web-app' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  @Matches(IMAGE_PATTERN, {
    message: 'image must be an image repository without tag or digest, e.g. ghcr.io/acme/web',
  })
  image?: string;

  @ApiPropertyOptional({ example: 8080, nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(65535) port?:
    number | null;
  @ApiPropertyOptional({ example: 3 }) @IsOptional() @IsInt() @Min(0) @Max(100) replicas?: number;
  @ApiPropertyOptional({ example: { LOG_LEVEL: 'debug' } }) @IsOptional() @IsObject() env?: Record<
    string,
    string
  >;
  @ApiPropertyOptional({ example: RESOURCES_EXAMPLE, nullable: true })
  @IsOptional()
  @IsObject()
  resources?: Record<string, unknown> | null;
  @ApiPropertyOptional({ example: 'acme/web-app', nullable: true })
  @IsOptional()
  @IsString()
  @Matches(GITHUB_REPO_PATTERN, { message: 'githubRepo must be owner/repo' })
  githubRepo?: string | null;
  @ApiPropertyOptional({ example: { production: { replicas: 4 } } })
  @IsOptional()
  @IsObject()
  environments?: Record<string, unknown>;
}
