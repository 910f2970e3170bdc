import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../config/app.config.js';
import { ReadinessRegistry } from '../../common/readiness/readiness.registry.js';

/**
 * On SIGTERM readiness turns 503 first and stays so for KLEPAAS_SHUTDOWN_DELAY_MS, long enough for the
 * load balancer to notice; then Nest closes the HTTP server, which lets in-flight requests finish.
 */
@Injectable()
export class ShutdownService implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Shutdown');

  constructor(
    private readonly registry: ReadinessRegistry,
    private readonly config: AppConfig,
  ) {}

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.registry.startDraining();
    const delay = this.config.KLEPAAS_SHUTDOWN_DELAY_MS;
    this.logger.log(`Shutdown${signal ? ` on ${signal}` : ''}: readiness is now 503, closing in ${delay} ms`);
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
  }
}
