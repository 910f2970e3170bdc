import { Inject, Logger, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { ReadinessModule } from '../../common/readiness/readiness.module.js';
import { ReadinessRegistry } from '../../common/readiness/readiness.registry.js';
import { KUBE_CLIENT, type KubeClient } from './kube-client.js';
import { KubernetesConfig, kubeSource } from './kubernetes.config.js';

/** The cluster client behind the KUBE_CLIENT token (null = no cluster) and the `kubernetes` readiness check. */
@Module({
  imports: [ReadinessModule],
  providers: [
    {
      provide: KUBE_CLIENT,
      inject: [KubernetesConfig],
      useFactory: async (config: KubernetesConfig): Promise<KubeClient | null> => {
        const logger = new Logger('Kubernetes');
        const source = kubeSource(config);
        if (!source) {
          logger.warn('No Kubernetes cluster configured: operations answer as dry runs');
          return null;
        }
        // Loaded only when there is a cluster: @kubernetes/client-node loads every generated API and
        // model (~18 MiB of heap, ~9 MiB of module source, ~35 MiB resident).
        const { NodeKubeClient, loadKubeConfig } = await import('./node-kube-client.js');
        const client = new NodeKubeClient(loadKubeConfig(source), config.KLEPAAS_KUBE_TIMEOUT_MS, {
          maxConnections: config.KLEPAAS_KUBE_MAX_CONNECTIONS,
        });
        const from = source.kind === 'file' ? source.path : 'in-cluster service account';
        logger.log({ server: client.server, from }, 'Kubernetes client configured');
        return client;
      },
    },
  ],
  exports: [KUBE_CLIENT],
})
export class KubernetesModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(KUBE_CLIENT) private readonly client: KubeClient | null,
    private readonly readiness: ReadinessRegistry,
  ) {}

  onModuleInit(): void {
    this.readiness.register('kubernetes', async () => {
      if (!this.client) return { state: 'not_configured' };
      await this.client.ping();
      return { server: this.client.server };
    });
  }

  /** After every module's onModuleDestroy (rollout waits have stopped): close the kept-alive connections. */
  async onApplicationShutdown(): Promise<void> {
    await this.client?.close();
  }
}
