import { Injectable } from '@nestjs/common';
import { EventEmitter2, OnEvent } from '@nestjs/event-emitter';
import { ACCESS_DENIED, type AccessDenied } from '../../common/errors/access-denied.event.js';
import { AuthConfig } from './auth.config.js';
import { AUTH_FAILURE_BURST, type AuthFailureBurst } from './auth-failure.events.js';

/**
 * Counts 401/403 per caller (user id, or IP when unauthenticated) in a sliding window and announces one
 * burst when a caller reaches the threshold — a single typo is not an incident, a burst is. Alerts turns
 * the burst into an `auth_failures` alert; its storm suppression collapses further bursts from the caller.
 */
@Injectable()
export class AuthFailureMonitor {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly events: EventEmitter2,
    private readonly config: AuthConfig,
  ) {}

  @OnEvent(ACCESS_DENIED)
  noteDenial(denied: AccessDenied): void {
    this.note(denied.status, denied.subject, denied);
  }

  note(
    status: 401 | 403,
    subject: string,
    detail: { code: string; route: string; ip?: string; requestId?: string },
  ): void {
    const threshold = this.config.KLEPAAS_AUTH_FAILURE_ALERT_THRESHOLD;
    if (threshold === 0) return;
    const now = Date.now();
    const windowSeconds = this.config.KLEPAAS_AUTH_FAILURE_ALERT_WINDOW_SECONDS;
    const windowStart = now - windowSeconds * 1000;
    const recent = (this.failures.get(subject) ?? []).filter((t) => t > windowStart);
    recent.push(now);
    if (this.failures.size > 10_000) this.failures.clear(); // bounded memory under a scan of many IPs
    this.failures.set(subject, recent);
    if (recent.length !== threshold) return;
    const burst: AuthFailureBurst = {
      status,
      subject,
      count: recent.length,
      windowSeconds,
      code: detail.code,
      route: detail.route,
      ip: detail.ip,
      requestId: detail.requestId,
    };
    this.events.emit(AUTH_FAILURE_BURST, burst);
  }
}
