import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { AUTH_FAILURE_BURST, type AuthFailureBurst } from '../auth/auth-failure.events.js';
import { AlertsService } from './alerts.service.js';

/** A burst of 401/403 from one caller (auth's failure monitor) becomes one `auth_failures` alert. */
@Injectable()
export class AuthFailureAlertListener {
  constructor(private readonly alerts: AlertsService) {}

  @OnEvent(AUTH_FAILURE_BURST)
  raise(burst: AuthFailureBurst): void {
    this.alerts.raise({
      kind: 'auth_failures',
      code: burst.status === 401 ? 'unauthorized' : 'forbidden',
      subject: burst.subject,
      message: `${burst.count} authentication/authorisation failures from ${burst.subject} within ${burst.windowSeconds}s (last: ${burst.status} ${burst.code} on ${burst.route})`,
      operation: burst.route,
      fields: { ip: burst.ip, requestId: burst.requestId, count: burst.count },
    });
  }
}
