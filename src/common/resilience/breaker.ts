import CircuitBreaker from 'opossum';

export type BreakerState = 'closed' | 'half_open' | 'open';
/** Gauge values every breaker-state metric uses. */
export const BREAKER_GAUGE: Record<BreakerState, number> = { closed: 0, half_open: 1, open: 2 };

export interface BreakerSettings {
  /** Consecutive counted failures that open the breaker. */
  failureThreshold: number;
  /** Seconds it stays open before one half-open trial. */
  resetTimeoutSec: number;
}

export interface BreakerHooks {
  onChange: (state: BreakerState) => void;
  /** Does this thrown value say the other side is down? Anything else is an answer and counts as success. */
  isFailure: (err: unknown) => boolean;
  /** The error a call gets while the breaker is open, with the seconds until the next trial. */
  whenOpen: (retryAfterSeconds: number, state: BreakerState) => Error;
}

/**
 * One opossum breaker for one outside service, free of Nest: each user wires its own metrics, logs and alerts
 * through `onChange`. Option mapping (README § mcp-external):
 * - `resetTimeoutSec` → opossum `resetTimeout` (ms).
 * - `failureThreshold` → N consecutive counted failures open it. opossum's own rate rule is switched off
 *   (`errorThresholdPercentage: 100`, which `errorRate > 100` never meets) and `volumeThreshold: N`;
 *   this class counts consecutive `failure` events (any `success` resets) and calls `breaker.open()` at N.
 *   In half-open, opossum itself re-opens on the trial's failure and closes on its success.
 * - `timeout: false`: deadlines belong to the caller (per call), not to opossum.
 */
export class Breaker {
  private readonly breaker: CircuitBreaker<[() => Promise<unknown>], unknown>;
  private consecutive = 0;
  private openedAt = 0;

  constructor(
    readonly name: string,
    readonly settings: BreakerSettings,
    private readonly hooks: BreakerHooks,
  ) {
    this.breaker = new CircuitBreaker((fn: () => Promise<unknown>) => fn(), {
      name,
      timeout: false,
      resetTimeout: settings.resetTimeoutSec * 1000,
      errorThresholdPercentage: 100,
      volumeThreshold: settings.failureThreshold,
      enableSnapshots: false,
      // opossum's errorFilter: true means "not a failure"
      errorFilter: (err: unknown) => !hooks.isFailure(err),
    });
    this.breaker.on('failure', () => {
      this.consecutive++;
      if (this.consecutive >= settings.failureThreshold && !this.breaker.opened) this.breaker.open();
    });
    this.breaker.on('success', () => (this.consecutive = 0));
    this.breaker.on('open', () => {
      this.openedAt = Date.now();
      hooks.onChange('open');
    });
    this.breaker.on('halfOpen', () => hooks.onChange('half_open'));
    this.breaker.on('close', () => {
      this.consecutive = 0;
      hooks.onChange('closed');
    });
  }

  get state(): BreakerState {
    if (this.breaker.opened) return 'open';
    if (this.breaker.halfOpen) return 'half_open';
    return 'closed';
  }

  /** Runs `fn` through the breaker; an open breaker fails fast with `hooks.whenOpen`. */
  async fire<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return (await this.breaker.fire(fn)) as T;
    } catch (err) {
      if ((err as { code?: string }).code === 'EOPENBREAKER') {
        const left = Math.max(0, this.openedAt + this.settings.resetTimeoutSec * 1000 - Date.now());
        throw this.hooks.whenOpen(Math.max(1, Math.ceil(left / 1000)), this.state);
      }
      throw err;
    }
  }

  shutdown(): void {
    this.breaker.shutdown();
  }
}
