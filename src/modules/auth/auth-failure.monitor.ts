import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app.config.js';
import { AlertsService } from '../alerts/alerts.service.js';

/**
 * Counts 401/403 per caller (user id, or IP when unauthenticated) in a sliding window and raises one
 * `auth_failures` alert when a caller reaches the threshold — a single typo is not an incident, a
 * burst is. The alerts module's storm suppression collapses further bursts from the same caller.
 */
@Injectable()
export class AuthFailureMonitor {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly alerts: AlertsService,
    private readonly config: AppConfig,
  ) {}

  note(
    status: 401 | 403,
    subject: string,
    detail: { code: string; route: string; ip?: string; requestId?: string },
  ): void {
    const threshold = this.config.KLEPAAS_AUTH_FAILURE_ALERT_THRESHOLD;
    if (threshold === 0) return;
    const now = Date.now();
    const windowStart = now - this.config.KLEPAAS_AUTH_FAILURE_ALERT_WINDOW_SECONDS * 1000;
    const recent = (this.failures.get(subject) ?? []).filter((t) => t > windowStart);
    recent.push(now);
    if (this.failures.size > 10_000) this.failures.clear(); // bounded memory under a scan of many IPs
    this.failures.set(subject, recent);
    if (recent.length !== threshold) return;
    this.alerts.raise({
      kind: 'auth_failures',
      code: status === 401 ? 'unauthorized' : 'forbidden',
      subject,
      message: `${recent.length} authentication/authorisation failures from ${subject} within ${this.config.KLEPAAS_AUTH_FAILURE_ALERT_WINDOW_SECONDS}s (last: ${status} ${detail.code} on ${detail.route})`,
      operation: detail.route,
      fields: { ip: detail.ip, requestId: detail.requestId, count: recent.length },
    });
  }
}
