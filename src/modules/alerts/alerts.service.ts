import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Counter, Gauge } from 'prom-client';
import { ReadinessRegistry } from '../../common/readiness/readiness.registry.js';
import { AlertRenderer, type Rendered } from './alert-templates.js';
import type { AlertInput, AlertKind } from './alert.types.js';
import { channelLabel, routeFor, type AlertRoute, type AlertRouteName } from './alert-routing.js';
import { AlertsConfig } from './alerts.config.js';
import { backoffDelay, type BackoffPolicy } from './backoff.js';
import { SLACK_SENDER, SlackDeliveryError, type SlackSender } from './slack.sender.js';
import { StormSuppressor, suppressionKey } from './storm-suppressor.js';

export const ALERTS_SENT_TOTAL = 'alerts_sent_total';
export const ALERTS_QUEUE_DEPTH = 'alerts_queue_depth';

export type AlertResult = 'sent' | 'failed' | 'suppressed' | 'disabled';

export interface DeliveryOutcome {
  result: 'sent' | 'failed';
  attempts: number;
  /** HTTP status of the last failed attempt (absent for network errors). */
  status?: number;
  /** Slack's error text or the network error of the last failed attempt. */
  error?: string;
}

export interface TestAlertResult {
  route: AlertRouteName;
  channel: string | null;
  kind: AlertKind;
  code: string | null;
  text: string;
  renderError?: string;
  /** `queued`: not finished within KLEPAAS_ALERTS_TEST_WAIT_MS (still being retried). */
  result: 'sent' | 'failed' | 'disabled' | 'queued';
  attempts?: number;
  status?: number;
  error?: string;
}

interface Job {
  input: AlertInput;
  route: AlertRoute;
  suppressed: number;
  rendered?: Rendered;
  done?: (outcome: DeliveryOutcome) => void;
}

const MAX_TEXT = 3900;

/**
 * The one place modules send alerts to. `raise()` is synchronous and never throws: it routes the alert
 * by code, applies storm suppression and puts it on a bounded queue; a background worker renders it and
 * posts it to Slack with retries. Slack being slow or down never reaches the caller.
 */
@Injectable()
export class AlertsService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Alerts');
  private readonly renderer: AlertRenderer;
  private readonly suppressor: StormSuppressor;
  private readonly policy: BackoffPolicy;
  private readonly queue: Job[] = [];
  private inFlight = 0;
  private worker?: Promise<void>;
  private wake?: () => void;
  private closing = false;
  private closed = false;
  private readonly stop = new AbortController();
  /** The last delivery Slack failed, until one succeeds again: the `alerts` dependency shows `degraded`. */
  private slackFailure: { at: string; status?: number; error?: string } | null = null;
  /** Labelled counter children, so a disabled or suppressed raise() costs a Map lookup. */
  private readonly counters = new Map<string, { inc(): void }>();

  constructor(
    private readonly config: AlertsConfig,
    @Inject(SLACK_SENDER) private readonly sender: SlackSender | null,
    private readonly readiness: ReadinessRegistry,
    @InjectMetric(ALERTS_SENT_TOTAL) private readonly sentTotal: Counter<string>,
    @InjectMetric(ALERTS_QUEUE_DEPTH) private readonly depthGauge: Gauge<string>,
  ) {
    this.renderer = new AlertRenderer({
      error: config.KLEPAAS_SLACK_ALERT_TEMPLATE_ERROR,
      health_down: config.KLEPAAS_SLACK_ALERT_TEMPLATE_HEALTH_DOWN,
    });
    this.suppressor = new StormSuppressor(config.KLEPAAS_ALERTS_SUPPRESS_WINDOW_SECONDS * 1000);
    this.policy = {
      baseMs: config.KLEPAAS_ALERTS_BACKOFF_BASE_MS,
      maxMs: config.KLEPAAS_ALERTS_BACKOFF_MAX_MS,
      retryAfterMaxMs: config.KLEPAAS_ALERTS_RETRY_AFTER_MAX_MS,
    };
  }

  get enabled(): boolean {
    return this.sender !== null;
  }

  onModuleInit(): void {
    if (!this.enabled) {
      this.logger.log('Slack alerts disabled: KLEPAAS_SLACK_WEBHOOK_URL is not set');
    } else {
      this.logger.log(
        {
          channels: {
            default: this.config.KLEPAAS_SLACK_ALERT_CHANNEL_DEFAULT ?? null,
            rate_limited: this.config.KLEPAAS_SLACK_ALERT_CHANNEL_RATE_LIMITED ?? null,
            unauthorized: this.config.KLEPAAS_SLACK_ALERT_CHANNEL_UNAUTHORIZED ?? null,
          },
        },
        'Slack alerts enabled',
      );
      this.worker = this.run();
    }
    this.readiness.register('alerts', async () =>
      this.enabled
        ? {
            state: this.slackFailure ? 'degraded' : 'enabled',
            queued: this.queue.length + this.inFlight,
            ...(this.slackFailure ? { lastFailure: this.slackFailure } : {}),
          }
        : { state: 'not_configured' },
    );
  }

  /** Queue an alert. Synchronous, never throws, never waits for the network. */
  raise(input: AlertInput): void {
    try {
      if (!this.enabled) {
        this.count(undefined, input.kind, 'disabled', 'none');
        return;
      }
      const route = this.route(input.code);
      const verdict = this.suppressor.check(
        suppressionKey(input.kind, input.code, input.subject),
        Date.now(),
      );
      if (!verdict.send) {
        this.count(route.channel, input.kind, 'suppressed');
        return;
      }
      this.enqueue({ input: snapshot(input), route, suppressed: verdict.suppressed });
    } catch (err) {
      this.logger.error({ err, alert: { kind: input?.kind, code: input?.code } }, 'Could not queue alert');
    }
  }

  /** For POST /alerts/test: renders now, bypasses suppression, waits (bounded) for the outcome. */
  async sendTest(input: AlertInput): Promise<TestAlertResult> {
    const route = this.route(input.code);
    const rendered = this.render(input, route, 0);
    const base = {
      route: route.route,
      channel: route.channel ?? null,
      kind: input.kind,
      code: input.code ?? null,
      text: rendered.text,
      ...(rendered.renderError ? { renderError: rendered.renderError } : {}),
    };
    if (!this.enabled) {
      this.count(undefined, input.kind, 'disabled', 'none');
      return { ...base, result: 'disabled' };
    }
    const outcome = await new Promise<DeliveryOutcome | undefined>((resolve) => {
      const timer = setTimeout(() => resolve(undefined), this.config.KLEPAAS_ALERTS_TEST_WAIT_MS);
      this.enqueue({
        input: snapshot(input),
        route,
        suppressed: 0,
        rendered,
        done: (o) => {
          clearTimeout(timer);
          resolve(o);
        },
      });
    });
    return outcome ? { ...base, ...outcome } : { ...base, result: 'queued' };
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.worker || this.closed) return;
    this.closing = true;
    this.wake?.();
    const pending = this.queue.length + this.inFlight;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<false>((r) => {
      timer = setTimeout(() => r(false), this.config.KLEPAAS_ALERTS_DRAIN_TIMEOUT_MS);
    });
    const drained = await Promise.race([this.worker.then(() => true as const), deadline]);
    clearTimeout(timer);
    if (!drained) {
      this.stop.abort();
      const lost = this.queue.splice(0);
      for (const job of lost) this.finish(job, { result: 'failed', attempts: 0, error: 'shutdown deadline' });
      await this.worker;
      this.logger.error(
        { lost: lost.length, deadlineMs: this.config.KLEPAAS_ALERTS_DRAIN_TIMEOUT_MS },
        `Shutdown deadline reached: ${lost.length} queued alert(s) were not sent`,
      );
    } else if (pending > 0) {
      this.logger.log(`Alert queue drained on shutdown (${pending} alert(s))`);
    }
    this.closed = true;
    this.updateDepth();
  }

  private route(code: string | undefined): AlertRoute {
    return routeFor(code, {
      default: this.config.KLEPAAS_SLACK_ALERT_CHANNEL_DEFAULT,
      rateLimited: this.config.KLEPAAS_SLACK_ALERT_CHANNEL_RATE_LIMITED,
      unauthorized: this.config.KLEPAAS_SLACK_ALERT_CHANNEL_UNAUTHORIZED,
    });
  }

  private enqueue(job: Job): void {
    if (this.closed || this.stop.signal.aborted) {
      this.logger.warn({ alert: describe(job) }, 'Alert raised after shutdown; not sent');
      this.finish(job, { result: 'failed', attempts: 0, error: 'shut down' });
      return;
    }
    if (this.queue.length >= this.config.KLEPAAS_ALERTS_QUEUE_SIZE) {
      this.logger.warn(
        { alert: describe(job), queueSize: this.config.KLEPAAS_ALERTS_QUEUE_SIZE },
        'Alert queue full; alert dropped',
      );
      this.finish(job, { result: 'failed', attempts: 0, error: 'queue full' });
      return;
    }
    this.queue.push(job);
    this.updateDepth();
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  private async run(): Promise<void> {
    for (;;) {
      const job = this.queue.shift();
      if (!job) {
        if (this.closing || this.stop.signal.aborted) return;
        await new Promise<void>((r) => (this.wake = r));
        continue;
      }
      this.inFlight = 1;
      try {
        this.finish(job, await this.deliver(job));
      } catch (err) {
        this.logger.error({ err, alert: describe(job) }, 'Alert delivery crashed');
        this.finish(job, { result: 'failed', attempts: 0, error: 'internal error' });
      } finally {
        this.inFlight = 0;
        this.updateDepth();
      }
      if (this.stop.signal.aborted) return;
    }
  }

  private async deliver(job: Job): Promise<DeliveryOutcome> {
    const rendered = job.rendered ?? this.render(job.input, job.route, job.suppressed);
    const message = { text: rendered.text, ...(job.route.channel ? { channel: job.route.channel } : {}) };
    const max = this.config.KLEPAAS_ALERTS_MAX_ATTEMPTS;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.sender!.send(message, this.stop.signal);
        this.slackFailure = null;
        return { result: 'sent', attempts: attempt };
      } catch (err) {
        const e =
          err instanceof SlackDeliveryError
            ? err
            : new SlackDeliveryError(undefined, (err as Error)?.message ?? String(err));
        const context = { alert: describe(job), attempt, status: e.status, slackError: e.detail };
        this.slackFailure = { at: new Date().toISOString(), status: e.status, error: e.detail };
        if (!e.retryable || attempt >= max || this.stop.signal.aborted) {
          this.logger.error(
            context,
            e.retryable
              ? `Slack alert failed after ${attempt} attempt(s): ${e.message}`
              : `Slack rejected the alert (not retried): ${e.message}`,
          );
          return { result: 'failed', attempts: attempt, status: e.status, error: e.detail };
        }
        const delay = backoffDelay(attempt, this.policy, e.retryAfterMs);
        this.logger.warn(
          { ...context, retryInMs: delay },
          `Slack alert attempt ${attempt} failed (${e.message}); retrying`,
        );
        if (!(await sleep(delay, this.stop.signal))) {
          return { result: 'failed', attempts: attempt, status: e.status, error: e.detail };
        }
      }
    }
  }

  private render(input: AlertInput, route: AlertRoute, suppressed: number): Rendered {
    const rendered = this.renderer.render(input, {
      route: route.route,
      channel: route.channel ?? '',
      suppressed,
    });
    if (rendered.renderError) {
      this.logger.error(
        {
          alert: { kind: input.kind, code: input.code, subject: input.subject },
          renderError: rendered.renderError,
        },
        `Alert template for ${input.kind} failed to render; sending plain fallback text`,
      );
    }
    let text = rendered.text;
    if (suppressed > 0) {
      text += `\n(${suppressed} identical alert(s) suppressed in the last ${this.config.KLEPAAS_ALERTS_SUPPRESS_WINDOW_SECONDS}s)`;
    }
    if (text.length > MAX_TEXT) text = `${text.slice(0, MAX_TEXT)}… (truncated)`;
    return { ...rendered, text };
  }

  private finish(job: Job, outcome: DeliveryOutcome): void {
    this.count(job.route.channel, job.input.kind, outcome.result);
    job.done?.(outcome);
  }

  private count(channel: string | undefined, kind: string, result: AlertResult, label?: string): void {
    const labels = { channel: label ?? channelLabel(channel), kind, result };
    const key = `${labels.channel}\u0000${kind}\u0000${result}`;
    let child = this.counters.get(key);
    if (!child) {
      child = this.sentTotal.labels(labels);
      this.counters.set(key, child);
    }
    child.inc();
  }

  private updateDepth(): void {
    this.depthGauge.set(this.queue.length + this.inFlight);
  }
}

function snapshot(input: AlertInput): AlertInput {
  return { ...input, fields: input.fields ? { ...input.fields } : undefined };
}

const describe = (job: Job) => ({
  kind: job.input.kind,
  code: job.input.code,
  subject: job.input.subject,
  route: job.route.route,
  channel: job.route.channel,
});

/** Resolves true after `ms`, or false as soon as `signal` aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
