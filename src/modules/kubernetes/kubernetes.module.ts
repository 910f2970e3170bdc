import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Logger, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { KubeConfig } from '@kubernetes/client-node';
import { ReadinessModule } from '../../common/readiness/readiness.module.js';
import { ReadinessRegistry } from '../../common/readiness/readiness.registry.js';
import { KUBE_CLIENT, type KubeClient } from './kube-client.js';
import { KubernetesConfig } from './kubernetes.config.js';
import { NodeKubeClient } from './node-kube-client.js';

/** Loads the kubeconfig as KubernetesConfig says; null when there is no cluster. */
export function loadKubeConfig(config: KubernetesConfig): { kc: KubeConfig; from: string } | null {
  const source = config.KLEPAAS_KUBE_SOURCE;
  if (source === 'none') return null;
  const kc = new KubeConfig();
  const fromFile = (path: string) => {
    kc.loadFromFile(path);
    if (config.KLEPAAS_KUBE_CONTEXT) kc.setCurrentContext(config.KLEPAAS_KUBE_CONTEXT);
    return { kc, from: path };
  };
  const homeConfig = config.HOME ? join(config.HOME, '.kube', 'config') : undefined;
  if (
    source === 'in-cluster' ||
    (source === 'auto' && !config.KUBECONFIG && config.KUBERNETES_SERVICE_HOST)
  ) {
    kc.loadFromCluster();
    return { kc, from: 'in-cluster service account' };
  }
  if (config.KUBECONFIG) return fromFile(config.KUBECONFIG.split(':')[0]);
  if (homeConfig && (source === 'kubeconfig' || existsSync(homeConfig))) return fromFile(homeConfig);
  return null;
}

/** The cluster client behind the KUBE_CLIENT token (null = no cluster) and the `kubernetes` readiness check. */
@Module({
  imports: [ReadinessModule],
  providers: [
    {
      provide: KUBE_CLIENT,
      inject: [KubernetesConfig],
      useFactory: (config: KubernetesConfig): KubeClient | null => {
        const logger = new Logger('Kubernetes');
        const loaded = loadKubeConfig(config);
        if (!loaded) {
          logger.warn('No Kubernetes cluster configured: operations answer as dry runs');
          return null;
        }
        const client = new NodeKubeClient(loaded.kc, config.KLEPAAS_KUBE_TIMEOUT_MS, {
          maxConnections: config.KLEPAAS_KUBE_MAX_CONNECTIONS,
        });
        logger.log({ server: client.server, from: loaded.from }, 'Kubernetes client configured');
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
