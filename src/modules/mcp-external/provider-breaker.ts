import { Injectable, Logger } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Gauge } from 'prom-client';
import { Breaker, BREAKER_GAUGE, type BreakerState } from '../../common/resilience/breaker.js';
import { isBreakerFailure } from './error-mapping.js';
import { externalError, McpExternalException } from './mcp-external.errors.js';
import { McpExternalNotifier } from './mcp-external.notifier.js';
import type { BreakerSettings } from './provider.types.js';

export const MCP_EXTERNAL_BREAKER_STATE = 'mcp_external_breaker_state';

/** Nest provider that builds a Breaker (src/common/resilience) per provider, wired to the gauge, logs and alerts. */
@Injectable()
export class BreakerFactory {
  private readonly logger = new Logger('McpExternalBreaker');

  constructor(
    @InjectMetric(MCP_EXTERNAL_BREAKER_STATE) private readonly gauge: Gauge<string>,
    private readonly notifier: McpExternalNotifier,
  ) {}

  create(provider: string, settings: BreakerSettings): Breaker {
    this.gauge.set({ provider }, BREAKER_GAUGE.closed);
    let last: BreakerState = 'closed';
    let down = false;
    const onChange = (state: BreakerState) => {
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
    };
    return new Breaker(provider, settings, {
      onChange,
      // only unavailable / timeout / upstream 5xx count; 4xx, JSON-RPC and tool errors are answers from a live server
      isFailure: (err) => err instanceof McpExternalException && isBreakerFailure(err.error),
      whenOpen: (retryAfterSeconds, state) =>
        externalError('unavailable', `Provider ${provider} is unavailable: circuit breaker open`, {
          retryAfterSeconds,
          details: { provider, source: 'breaker', breaker: state },
        }),
    });
  }

  /** The provider is gone: drop its series. */
  forget(provider: string): void {
    this.gauge.remove({ provider });
  }
}
