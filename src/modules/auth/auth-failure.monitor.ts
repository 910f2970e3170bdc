import { Injectable } from '@nestjs/common';
import { EventEmitter2, OnEvent } from '@nestjs/event-emitter';
import { ACCESS_DENIED, type AccessDenied } from '../../common/errors/access-denied.event.js';
import { AuthConfig } from './auth.config.js';
import { AUTH_FAILURE_BURST, type AuthFailureBurst } from './auth-failure.events.js';

/**
 * One caller's failure times inside the window, oldest first. Times only grow, so the expired ones are
 * dropped from the front: a denial costs O(1) amortised. Filtering the whole list on every denial made a
 * flood from one IP quadratic (at 570 denials/s and a 300 s window, 170,000 entries copied per denial).
 */
class FailureWindow {
  private times: number[] = [];
  private head = 0;

  /** Adds `now`, forgets what is not after `windowStart`; the count in the window, this one included. */
  note(now: number, windowStart: number): number {
    const times = this.times;
    while (this.head < times.length && !(times[this.head] > windowStart)) this.head++;
    if (this.head > 1024 && this.head * 2 > times.length) {
      this.times = times.slice(this.head);
      this.head = 0;
    }
    this.times.push(now);
    return this.times.length - this.head;
  }
}

/**
 * Counts 401/403 per caller (user id, or IP when unauthenticated) in a sliding window and announces one
 * burst when a caller reaches the threshold — a single typo is not an incident, a burst is. Alerts turns
 * the burst into an `auth_failures` alert; its storm suppression collapses further bursts from the caller.
 */
@Injectable()
export class AuthFailureMonitor {
  private readonly failures = new Map<string, FailureWindow>();

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
    let recent = this.failures.get(subject);
    if (!recent) {
      if (this.failures.size > 10_000) this.failures.clear(); // bounded memory under a scan of many IPs
      recent = new FailureWindow();
      this.failures.set(subject, recent);
    }
    const count = recent.note(now, now - windowSeconds * 1000);
    if (count !== threshold) return;
    const burst: AuthFailureBurst = {
      status,
      subject,
      count,
      windowSeconds,
      code: detail.code,
      route: detail.route,
      ip: detail.ip,
      requestId: detail.requestId,
    };
    this.events.emit(AUTH_FAILURE_BURST, burst);
  }
}
