import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { AlertKind } from '../alert.types.js';

export const ALERT_KINDS: AlertKind[] = [
  'error',
  'health_down',
  'health_recovered',
  'deployment_succeeded',
  'deployment_failed',
  'rollback_succeeded',
  'rollback_failed',
  'cicd_result',
  'auth_failures',
  'test',
];

export class TestAlertDto {
  @ApiPropertyOptional({
    description:
      'Error code that picks the route: rate_limited, unauthorized/forbidden, anything else → default',
    example: 'rate_limited',
  })
  @IsOptional()
  @Matches(/^[a-z0-9_.-]{1,64}$/i, { message: 'code must be 1-64 letters, digits, _ . -' })
  code?: string;

  @ApiPropertyOptional({ enum: ALERT_KINDS, default: 'test', description: 'Which template renders the text' })
  @IsOptional()
  @IsIn(ALERT_KINDS)
  kind?: AlertKind;

  @ApiPropertyOptional({ example: 'Checking the alert route', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  message?: string;

  @ApiPropertyOptional({ example: 'alerts-test', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  subject?: string;

  @ApiPropertyOptional({
    description: 'Template variables (app, environment, revision, tag, user, durationMs, link, …)',
    example: { app: 'web-app', environment: 'prod', revision: 7, tag: 'v1.4.2', durationMs: 12400 },
  })
  @IsOptional()
  @IsObject()
  fields?: Record<string, unknown>;
}
