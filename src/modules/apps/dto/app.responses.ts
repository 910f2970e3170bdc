import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { App, EnvironmentOverride, ResourceSpec } from '../apps.types.js';
import type { Environment } from '../environments.js';

/**
 * The REST shapes of the apps module, for the OpenAPI document. Each class `implements` the type the
 * service returns, so a field added there and not here fails the build.
 */
export class ResourceQuantitiesDto {
  @ApiPropertyOptional({ example: '100m' }) cpu?: string;
  @ApiPropertyOptional({ example: '128Mi' }) memory?: string;
}

export class ResourceSpecDto implements ResourceSpec {
  @ApiPropertyOptional({ type: () => ResourceQuantitiesDto }) requests?: ResourceQuantitiesDto;
  @ApiPropertyOptional({ type: () => ResourceQuantitiesDto }) limits?: ResourceQuantitiesDto;
}

export class EnvironmentOverrideDto implements EnvironmentOverride {
  @ApiPropertyOptional({ type: 'integer', example: 3, minimum: 0, maximum: 100 }) replicas?: number;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { LOG_LEVEL: 'warn' },
  })
  env?: Record<string, string>;
  @ApiPropertyOptional({ type: () => ResourceSpecDto }) resources?: ResourceSpecDto;
}

export class EnvironmentOverridesDto implements Partial<Record<Environment, EnvironmentOverride>> {
  @ApiPropertyOptional({ type: () => EnvironmentOverrideDto }) development?: EnvironmentOverrideDto;
  @ApiPropertyOptional({ type: () => EnvironmentOverrideDto }) staging?: EnvironmentOverrideDto;
  @ApiPropertyOptional({ type: () => EnvironmentOverrideDto }) production?: EnvironmentOverrideDto;
}

export class AppDto implements App {
  @ApiProperty({ example: 'web-app' }) name!: string;
  @ApiProperty({ example: 'ghcr.io/acme/web-app', description: 'Image repository without tag' })
  image!: string;
  @ApiProperty({ type: 'integer', nullable: true, example: 8080 }) port!: number | null;
  @ApiProperty({ type: 'integer', example: 2 }) replicas!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { LOG_LEVEL: 'info' } })
  env!: Record<string, string>;
  @ApiProperty({ type: () => ResourceSpecDto, nullable: true }) resources!: ResourceSpecDto | null;
  @ApiProperty({ type: String, nullable: true, example: 'acme/web-app', description: 'owner/repo on GitHub' })
  githubRepo!: string | null;
  @ApiProperty({ type: () => EnvironmentOverridesDto, description: 'Overrides per canonical environment' })
  environments!: EnvironmentOverridesDto;
  @ApiProperty({ format: 'date-time', example: '2026-11-29T04:00:00.000Z' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', example: '2026-11-29T04:00:00.000Z' }) updatedAt!: string;
}

export class AppListDto {
  @ApiProperty({ type: () => [AppDto] }) items!: AppDto[];
}

export class EnvironmentInfoDto {
  @ApiProperty({ enum: ['development', 'staging', 'production'], example: 'production' }) name!: Environment;
  @ApiProperty({ example: 'production' }) namespace!: string;
  @ApiProperty({ type: [String], example: ['운영', 'prod', 'live'] }) aliases!: readonly string[];
}

export class EnvironmentsDto {
  @ApiProperty({ enum: ['development', 'staging', 'production'], example: 'staging' }) default!: Environment;
  @ApiProperty({ type: () => [EnvironmentInfoDto] }) environments!: EnvironmentInfoDto[];
}
