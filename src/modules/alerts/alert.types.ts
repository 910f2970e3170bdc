/**
 * What modules hand to AlertsService.raise(). Contract shared by every module that alerts; the alerts
 * module decides routing (by `code`), templates (by `kind`), queueing, retries and suppression.
 */
export type AlertKind =
  | 'error'
  | 'health_down'
  | 'health_recovered'
  | 'deployment_succeeded'
  | 'deployment_failed'
  | 'rollback_succeeded'
  | 'rollback_failed'
  | 'cicd_result'
  | 'auth_failures'
  | 'test';

export interface AlertInput {
  kind: AlertKind;
  /** Error code (e.g. `rate_limited`, `unauthorized`, `forbidden`, `timeout`) — drives channel routing. */
  code?: string;
  /** What the alert is about (provider name, `app/environment`, repository) — part of the storm-suppression key. */
  subject: string;
  message: string;
  /** e.g. `tools/call gh.clone`, `deploy`. */
  operation?: string;
  /** Template variables: app, environment, revision, tag, user, durationMs, link, … */
  fields?: Record<string, unknown>;
}
