import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { toInt } from '../../config/env-validation.js';
import { templateSyntaxProblem } from './alert-templates.js';

export const DEFAULT_TEMPLATE_ERROR = '[MCP][ERROR] {{operation}} code={{code}} msg={{message}}';
export const DEFAULT_TEMPLATE_HEALTH_DOWN = '[MCP][HEALTH][DOWN] code={{code}} msg={{message}}';

const CHANNEL = /^[#@]?[A-Za-z0-9._-]{1,80}$/;
const CHANNEL_MESSAGE = 'must be a Slack channel such as #ops-alerts (or a channel id such as C0123ABCD)';

/**
 * Slack alerting (property name = variable name). Without KLEPAAS_SLACK_WEBHOOK_URL alerting is
 * disabled: every raise() is a counted no-op. The two configurable templates are compiled here, so a
 * Jinja2 syntax error stops startup naming the variable.
 */
export class AlertsConfig {
  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'must be an http(s) Slack incoming-webhook URL' })
  KLEPAAS_SLACK_WEBHOOK_URL?: string;

  @IsOptional() @Matches(CHANNEL, { message: CHANNEL_MESSAGE }) KLEPAAS_SLACK_ALERT_CHANNEL_DEFAULT?: string;
  @IsOptional()
  @Matches(CHANNEL, { message: CHANNEL_MESSAGE })
  KLEPAAS_SLACK_ALERT_CHANNEL_RATE_LIMITED?: string;
  @IsOptional()
  @Matches(CHANNEL, { message: CHANNEL_MESSAGE })
  KLEPAAS_SLACK_ALERT_CHANNEL_UNAUTHORIZED?: string;

  @IsString() @MaxLength(4000) KLEPAAS_SLACK_ALERT_TEMPLATE_ERROR: string = DEFAULT_TEMPLATE_ERROR;
  @IsString() @MaxLength(4000) KLEPAAS_SLACK_ALERT_TEMPLATE_HEALTH_DOWN: string =
    DEFAULT_TEMPLATE_HEALTH_DOWN;

  /** Alerts waiting to be sent; beyond this new alerts are dropped (logged, counted as failed). */
  @Transform(toInt) @IsInt() @Min(1) @Max(100000) KLEPAAS_ALERTS_QUEUE_SIZE: number = 1000;
  /** Identical alerts (kind, code, subject) within this window are sent once; 0 turns suppression off. */
  @Transform(toInt) @IsInt() @Min(0) @Max(86400) KLEPAAS_ALERTS_SUPPRESS_WINDOW_SECONDS: number = 60;
  /** Delivery attempts per alert (1 = no retries). */
  @Transform(toInt) @IsInt() @Min(1) @Max(20) KLEPAAS_ALERTS_MAX_ATTEMPTS: number = 5;
  @Transform(toInt) @IsInt() @Min(0) @Max(600000) KLEPAAS_ALERTS_BACKOFF_BASE_MS: number = 1000;
  @Transform(toInt) @IsInt() @Min(0) @Max(600000) KLEPAAS_ALERTS_BACKOFF_MAX_MS: number = 30000;
  /** Longest Retry-After honoured from a Slack 429; longer ones wait this long. */
  @Transform(toInt) @IsInt() @Min(0) @Max(3600000) KLEPAAS_ALERTS_RETRY_AFTER_MAX_MS: number = 120000;
  /** Timeout of one HTTP post to Slack. */
  @Transform(toInt) @IsInt() @Min(100) @Max(120000) KLEPAAS_ALERTS_SEND_TIMEOUT_MS: number = 10000;
  /** On shutdown the queue is drained for at most this long; what is left is logged as lost. */
  @Transform(toInt) @IsInt() @Min(0) @Max(300000) KLEPAAS_ALERTS_DRAIN_TIMEOUT_MS: number = 10000;
  /** How long POST /api/v1/alerts/test waits for the delivery outcome before answering `queued`. */
  @Transform(toInt) @IsInt() @Min(0) @Max(120000) KLEPAAS_ALERTS_TEST_WAIT_MS: number = 15000;

  crossCheck(): string[] {
    const problems: string[] = [];
    for (const name of [
      'KLEPAAS_SLACK_ALERT_TEMPLATE_ERROR',
      'KLEPAAS_SLACK_ALERT_TEMPLATE_HEALTH_DOWN',
    ] as const) {
      const source = this[name];
      if (typeof source !== 'string') continue;
      const problem = templateSyntaxProblem(source);
      if (problem) problems.push(`${name}: invalid Jinja2 template: ${problem}`);
    }
    if (this.KLEPAAS_ALERTS_BACKOFF_MAX_MS < this.KLEPAAS_ALERTS_BACKOFF_BASE_MS) {
      problems.push('KLEPAAS_ALERTS_BACKOFF_MAX_MS: must be at least KLEPAAS_ALERTS_BACKOFF_BASE_MS');
    }
    return problems;
  }

  get enabled(): boolean {
    return Boolean(this.KLEPAAS_SLACK_WEBHOOK_URL);
  }
}
