import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import type { Redis } from 'ioredis';
import { DeploymentChanges } from '../deployments/deployment-changes.js';
import { REDIS } from '../redis/redis.tokens.js';
import { McpServerConfig } from './mcp-server.config.js';

/** Resources a client may subscribe to: all apps, or one app by name. */
const SUBSCRIBABLE = /^klepaas:\/\/apps(?:\/([a-z0-9](?:[-a-z0-9]*[a-z0-9])?))?$/;

export const isSubscribable = (uri: string): boolean => SUBSCRIBABLE.test(uri) && uri.length <= 80;

/** The resources whose content a change to `app` changes. */
export const urisChangedBy = (app: string): string[] => [`klepaas://apps/${app}`, 'klepaas://apps'];

/**
 * `resources/subscribe` for klepaas://apps and klepaas://apps/{name}: every deployment change of an
 * app (started, finished, settled by the reconciler) sends `notifications/resources/updated` to the
 * sessions subscribed to it — on whichever replica they are. With Redis the change is published on
 * KLEPAAS_MCP_REDIS_CHANNEL and every replica (this one included) delivers it to its own sessions;
 * without Redis it is delivered in this process only (a single replica). Subscriptions live with the
 * session and end with it.
 */
@Injectable()
export class McpSubscriptionsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('McpSubscriptions');
  private readonly byUri = new Map<string, Set<Server>>();
  private readonly byServer = new Map<Server, Set<string>>();
  private subscriber: Redis | null = null;
  private stopListening?: () => void;

  constructor(
    private readonly changes: DeploymentChanges,
    @Inject(REDIS) private readonly redis: Redis | null,
    private readonly config: McpServerConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    this.stopListening = this.changes.on(({ app }) => void this.publish(app));
    if (!this.redis) return;
    // A subscribed connection can do nothing else: a second one, queueing commands while it
    // (re)connects and re-subscribing by itself after a reconnect.
    const subscriber = this.redis.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null });
    this.subscriber = subscriber;
    subscriber.on('error', (err: Error) => this.logger.warn(`Redis subscriber: ${err.message}`));
    subscriber.on('message', (channel: string, message: string) => {
      if (channel === this.config.KLEPAAS_MCP_REDIS_CHANNEL) this.received(message);
    });
    const subscribed = subscriber.subscribe(this.config.KLEPAAS_MCP_REDIS_CHANNEL).catch((err: Error) => {
      this.logger.warn(`Redis subscribe failed: ${err.message}`);
    });
    // Start-up does not wait for a Redis that is down; a healthy one is subscribed before we listen.
    await Promise.race([subscribed, new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
  }

  onModuleDestroy(): void {
    this.stopListening?.();
    // Nothing to flush on a subscriber; quit() would wait forever on a Redis that never answered.
    this.subscriber?.disconnect();
  }

  subscribe(server: Server, uri: string): void {
    let servers = this.byUri.get(uri);
    if (!servers) this.byUri.set(uri, (servers = new Set()));
    servers.add(server);
    let uris = this.byServer.get(server);
    if (!uris) this.byServer.set(server, (uris = new Set()));
    uris.add(uri);
  }

  unsubscribe(server: Server, uri: string): void {
    const servers = this.byUri.get(uri);
    servers?.delete(server);
    if (servers?.size === 0) this.byUri.delete(uri);
    const uris = this.byServer.get(server);
    uris?.delete(uri);
    if (uris?.size === 0) this.byServer.delete(server);
  }

  /** The session ended: all its subscriptions go. */
  drop(server: Server): void {
    for (const uri of this.byServer.get(server) ?? []) this.unsubscribe(server, uri);
  }

  /** Open subscriptions in this process (for tests and diagnostics). */
  get size(): number {
    let n = 0;
    for (const uris of this.byServer.values()) n += uris.size;
    return n;
  }

  private async publish(app: string): Promise<void> {
    if (!this.redis) return this.deliver(app);
    try {
      await this.redis.publish(this.config.KLEPAAS_MCP_REDIS_CHANNEL, JSON.stringify({ app }));
    } catch (err) {
      // Redis is down: this replica's own subscribers still hear of it; other replicas' miss it.
      this.logger.warn(`Redis publish failed, delivering locally only: ${(err as Error).message}`);
      this.deliver(app);
    }
  }

  private received(message: string): void {
    try {
      const { app } = JSON.parse(message) as { app?: unknown };
      if (typeof app === 'string') this.deliver(app);
    } catch {
      this.logger.warn('ignored a malformed message on the MCP resource channel');
    }
  }

  private deliver(app: string): void {
    for (const uri of urisChangedBy(app)) {
      for (const server of this.byUri.get(uri) ?? []) {
        server.sendResourceUpdated({ uri }).catch((err: Error) => {
          this.logger.debug?.(`resources/updated not sent: ${err.message}`);
        });
      }
    }
  }
}
