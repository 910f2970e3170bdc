import { Injectable, Logger } from '@nestjs/common';
import { AlertsService } from '../alerts/alerts.service.js';
import type { McpExternalError } from './mcp-external.errors.js';

/**
 * The one place this module raises alerts: errors routed by code, one `health_down` when a
 * provider's breaker opens and a recovery note when it closes again (once per transition — the
 * breaker only calls these on transitions).
 */
@Injectable()
export class McpExternalNotifier {
  private readonly logger = new Logger('McpExternal');

  constructor(private readonly alerts: AlertsService) {}

  errorOccurred(provider: string, operation: string, error: McpExternalError): void {
    this.logger.warn(
      { provider, operation, code: error.code, retryAfterSeconds: error.retryAfterSeconds },
      `External MCP ${provider} ${operation} failed: ${error.code}`,
    );
    this.alerts.raise({
      kind: 'error',
      code: error.code,
      subject: provider,
      operation,
      message: error.message,
      fields: { provider },
    });
  }

  breakerOpened(provider: string): void {
    this.logger.error(
      { provider, breaker: 'open' },
      `External MCP provider ${provider} is down: breaker opened`,
    );
    this.alerts.raise({
      kind: 'health_down',
      code: 'unavailable',
      subject: provider,
      operation: 'breaker',
      message: `External MCP provider ${provider} is down: circuit breaker opened`,
      fields: { provider },
    });
  }

  breakerClosed(provider: string): void {
    this.logger.log(
      { provider, breaker: 'closed' },
      `External MCP provider ${provider} recovered: breaker closed`,
    );
    this.alerts.raise({
      kind: 'health_recovered',
      subject: provider,
      operation: 'breaker',
      message: `External MCP provider ${provider} recovered: circuit breaker closed`,
      fields: { provider },
    });
  }
}
