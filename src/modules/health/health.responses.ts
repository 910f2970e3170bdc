import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { VersionInfo } from './health.service.js';

/** The REST shapes of the health module, for the OpenAPI document. */
type HealthIndicator = { status: string; [detail: string]: unknown };

/** One check: `status` plus whatever it reports (dialect, state, server, …). */
const INDICATORS = {
  type: 'object' as const,
  additionalProperties: {
    type: 'object' as const,
    required: ['status'],
    properties: { status: { type: 'string' as const, description: 'up | down | degraded', example: 'up' } },
    additionalProperties: true,
  },
};

/** The health report: required checks and dependencies. */
export class HealthCheckDto {
  @ApiProperty({ enum: ['ok', 'degraded'], example: 'ok' }) status!: string;
  @ApiPropertyOptional({ ...INDICATORS, description: 'Checks that are up, by name' })
  info?: Record<string, HealthIndicator>;
  @ApiPropertyOptional({
    ...INDICATORS,
    description: 'Dependencies that are down (the service still serves), by name',
  })
  degraded?: Record<string, HealthIndicator>;
  @ApiPropertyOptional({ ...INDICATORS, description: 'Checks that are down, by name' })
  error?: Record<string, HealthIndicator>;
  @ApiProperty({ ...INDICATORS, description: 'Every check, by name' })
  details!: Record<string, HealthIndicator>;
}

export class VersionDto implements VersionInfo {
  @ApiProperty({ example: 'klepaas-backend' }) name!: string;
  @ApiProperty({ example: '0.1.0' }) version!: string;
  @ApiProperty({ type: String, nullable: true, example: 'abc1234' }) gitSha!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-11-29T03:00:00Z' }) buildTime!: string | null;
  @ApiProperty({ example: '24.21.0' }) node!: string;
}

export class LivenessDto {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
}
