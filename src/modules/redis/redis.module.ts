import { Inject, Logger, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { ReadinessModule } from '../../common/readiness/readiness.module.js';
import { ReadinessRegistry } from '../../common/readiness/readiness.registry.js';
import { RedisConfig } from './redis.config.js';
import { REDIS } from './redis.tokens.js';

/**
 * Optional Redis for state shared by several replicas. Absent: modules fall back to the database or
 * memory and readiness reports `not_configured`. Present: readiness pings it.
 */
@Module({
  imports: [ReadinessModule],
  providers: [
    {
      provide: REDIS,
      inject: [RedisConfig],
      // ioredis is loaded only when Redis is configured.
      useFactory: async (config: RedisConfig): Promise<Redis | null> =>
        config.KLEPAAS_REDIS_URL
          ? new (await import('ioredis')).Redis(config.KLEPAAS_REDIS_URL, {
              lazyConnect: false,
              maxRetriesPerRequest: 2,
              enableOfflineQueue: false,
              connectTimeout: 3000,
            })
          : null,
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Redis');

  constructor(
    @Inject(REDIS) private readonly redis: Redis | null,
    private readonly readiness: ReadinessRegistry,
  ) {}

  async onModuleInit(): Promise<void> {
    // ioredis reconnects by itself; an error event without a listener would crash the process.
    this.redis?.on('error', (err: Error) => this.logger.warn(`Redis: ${err.message}`));
    this.readiness.register('redis', async () => {
      if (!this.redis) return { state: 'not_configured' };
      if (this.redis.status !== 'ready') throw new Error(`redis connection is ${this.redis.status}`);
      const started = Date.now();
      await this.redis.ping();
      return { state: 'up', latencyMs: Date.now() - started };
    });
    await this.waitForFirstConnection(2000);
  }

  /** Give the first connection a moment so a healthy Redis is ready when the app starts listening. */
  private async waitForFirstConnection(timeoutMs: number): Promise<void> {
    const redis = this.redis;
    if (!redis || redis.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      redis.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.redis) await this.redis.quit().catch(() => this.redis?.disconnect());
  }
}
