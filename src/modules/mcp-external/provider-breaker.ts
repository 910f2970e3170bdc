import { Injectable, Logger } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import CircuitBreaker from 'opossum';
import type { Gauge } from 'prom-client';
import { isBreakerFailure } from './error-mapping.js';
import { externalError, McpExternalException } from './mcp-external.errors.js';
import { McpExternalNotifier } from './mcp-external.notifier.js';
import type { BreakerSettings } from './provider.types.js';

export const MCP_EXTERNAL_BREAKER_STATE = 'mcp_external_breaker_state';

export type BreakerState = 'closed' | 'half_open' | 'open';
/** Gauge values of mcp_external_breaker_state. */
export const BREAKER_GAUGE: Record<BreakerState, number> = { closed: 0, half_open: 1, open: 2 };

/**
 * One provider's opossum breaker. Option mapping (README § mcp-external):
 * - `resetTimeoutSec` → opossum `resetTimeout` (ms): how long it stays open before one half-open trial.
 * - `failureThreshold` → N consecutive counted failures open it. opossum's own rate rule is switched off
 *   (`errorThresholdPercentage: 100`, which `errorRate > 100` never meets) and `volumeThreshold: N`;
 *   this class counts consecutive `failure` events (any `success` resets) and calls `breaker.open()` at N.
 *   In half-open, opossum itself re-opens on the trial's failure and closes on its success.
 * - `timeout: false`: deadlines are ours (per call), not opossum's.
 * - `errorFilter`: only unavailable / timeout / upstream 5xx count; 4xx, JSON-RPC and tool errors are
 *   answers from a live server and count as success.
 */
export class ProviderBreaker {
  private readonly breaker: CircuitBreaker<[() => Promise<unknown>], unknown>;
  private consecutive = 0;
  private openedAt = 0;

  constructor(
    readonly provider: string,
    readonly settings: BreakerSettings,
    private readonly onChange: (state: BreakerState) => void,
  ) {
    this.breaker = new CircuitBreaker((fn: () => Promise<unknown>) => fn(), {
      name: provider,
      timeout: false,
      resetTimeout: settings.resetTimeoutSec * 1000,
      errorThresholdPercentage: 100,
      volumeThreshold: settings.failureThreshold,
      enableSnapshots: false,
      errorFilter: (err: unknown) => !(err instanceof McpExternalException && isBreakerFailure(err.error)),
    });
    this.breaker.on('failure', () => {
      this.consecutive++;
      if (this.consecutive >= settings.failureThreshold && !this.breaker.opened) this.breaker.open();
    });
    this.breaker.on('success', () => (this.consecutive = 0));
    this.breaker.on('open', () => {
      this.openedAt = Date.now();
      this.onChange('open');
    });
    this.breaker.on('halfOpen', () => this.onChange('half_open'));
    this.breaker.on('close', () => {
      this.consecutive = 0;
      this.onChange('closed');
    });
  }

  get state(): BreakerState {
    if (this.breaker.opened) return 'open';
    if (this.breaker.halfOpen) return 'half_open';
    return 'closed';
  }

  /** Runs `fn` through the breaker; an open breaker fails fast with `unavailable`. */
  async fire<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return (await this.breaker.fire(fn)) as T;
    } catch (err) {
      if ((err as { code?: string }).code === 'EOPENBREAKER') {
        const left = Math.max(0, this.openedAt + this.settings.resetTimeoutSec * 1000 - Date.now());
        throw externalError('unavailable', `Provider ${this.provider} is unavailable: circuit breaker open`, {
          retryAfterSeconds: Math.max(1, Math.ceil(left / 1000)),
          details: { provider: this.provider, source: 'breaker', breaker: this.state },
        });
      }
      throw err;
    }
  }

  shutdown(): void {
    this.breaker.shutdown();
  }
}

/** Nest provider that builds a ProviderBreaker per provider, wired to the gauge, logs and alerts. */
@Injectable()
export class BreakerFactory {
  private readonly logger = new Logger('McpExternalBreaker');

  constructor(
    @InjectMetric(MCP_EXTERNAL_BREAKER_STATE) private readonly gauge: Gauge<string>,
    private readonly notifier: McpExternalNotifier,
  ) {}

  create(provider: string, settings: BreakerSettings): ProviderBreaker {
    this.gauge.set({ provider }, BREAKER_GAUGE.closed);
    let last: BreakerState = 'closed';
    let down = false;
    return new ProviderBreaker(provider, settings, (state) => {
      this.gauge.set({ provider }, BREAKER_GAUGE[state]);
      this.logger.log({ provider, from: last, to: state }, `Breaker ${provider}: ${last} → ${state}`);
      // One alert per down/up transition: a failed half-open trial (half_open → open) is not news.
      if (state === 'open' && !down) {
        down = true;
        this.notifier.breakerOpened(provider);
      }
      if (state === 'closed' && down) {
        down = false;
        this.notifier.breakerClosed(provider);
      }
      last = state;
    });
  }

  /** The provider is gone: drop its series. */
  forget(provider: string): void {
    this.gauge.remove({ provider });
  }
}
