import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AlertRouteName } from './alert-routing.js';
import type { AlertKind } from './alert.types.js';
import type { TestAlertResult } from './alerts.service.js';
import { ALERT_KINDS } from './dto/test-alert.dto.js';

/** The REST shape of POST /alerts/test, for the OpenAPI document. */
export class TestAlertResultDto implements TestAlertResult {
  @ApiProperty({ enum: ['rate_limited', 'unauthorized', 'default'], example: 'rate_limited' })
  route!: AlertRouteName;
  @ApiProperty({ type: String, nullable: true, example: '#ops-rate-limits' }) channel!: string | null;
  @ApiProperty({ enum: ALERT_KINDS, example: 'test' }) kind!: AlertKind;
  @ApiProperty({ type: String, nullable: true, example: 'rate_limited' }) code!: string | null;
  @ApiProperty({ example: '[TEST] Checking the alert route (route=rate_limited code=rate_limited by alice)' })
  text!: string;
  @ApiPropertyOptional({ description: 'Why the template could not render (the fallback text was sent)' })
  renderError?: string;
  @ApiProperty({ enum: ['sent', 'failed', 'disabled', 'queued'], example: 'sent' })
  result!: 'sent' | 'failed' | 'disabled' | 'queued';
  @ApiPropertyOptional({ type: 'integer', example: 1 }) attempts?: number;
  @ApiPropertyOptional({ type: 'integer', description: "Slack's HTTP status when it failed" })
  status?: number;
  @ApiPropertyOptional({ description: "Slack's error text when it failed" }) error?: string;
}
