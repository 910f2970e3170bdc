import { Injectable, Logger } from '@nestjs/common';
import type { McpExternalError } from './mcp-external.errors.js';

/**
 * The one place this module raises alerts. For now it only logs; at merge time the lead injects
 * AlertsService here and turns each method into `alerts.raise({...})` (the AlertInput each maps to is
 * noted on the method). Nothing else in the module talks to alerting.
 */
@Injectable()
export class McpExternalNotifier {
  private readonly logger = new Logger('McpExternal');

  /** → { kind: 'error', code: error.code, subject: provider, operation, message: error.message } */
  errorOccurred(provider: string, operation: string, error: McpExternalError): void {
    this.logger.warn(
      { provider, operation, code: error.code, retryAfterSeconds: error.retryAfterSeconds },
      `External MCP ${provider} ${operation} failed: ${error.code}`,
    );
  }

  /** → { kind: 'health_down', code: 'unavailable', subject: provider, message } (once per transition) */
  breakerOpened(provider: string): void {
    this.logger.error(
      { provider, breaker: 'open' },
      `External MCP provider ${provider} is down: breaker opened`,
    );
  }

  /** → { kind: 'health_recovered', subject: provider, message } (recovery note) */
  breakerClosed(provider: string): void {
    this.logger.log(
      { provider, breaker: 'closed' },
      `External MCP provider ${provider} recovered: breaker closed`,
    );
  }
}
