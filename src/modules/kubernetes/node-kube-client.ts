import {
  AppsV1Api,
  CoreV1Api,
  KubeConfig,
  PatchStrategy,
  ServerConfiguration,
  VersionApi,
  createConfiguration,
  setHeaderMiddleware,
  setHeaderOptions,
  type V1Deployment,
  type V1Service,
} from '@kubernetes/client-node';
import type { KubeClient, PatchKind } from './kube-client.js';
import type { KubeSource } from './kubernetes.config.js';
import { kubeHttpLibrary } from './kube-http-library.js';
import { PooledKubeTransport, type KubeTransportOptions } from './kube-transport.js';
import { mapKubeError, type KubeCallContext } from './kubernetes.errors.js';

/** The kubeconfig of a cluster source (the service account's files in a pod, or a kubeconfig file and context). */
export function loadKubeConfig(source: KubeSource): KubeConfig {
  const kc = new KubeConfig();
  if (source.kind === 'in-cluster') {
    kc.loadFromCluster();
    return kc;
  }
  kc.loadFromFile(source.path);
  if (source.context) kc.setCurrentContext(source.context);
  return kc;
}

/** A hung API server must not hang an operation: the call is abandoned after the deadline. */
function withDeadline<T>(fn: () => Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error('Kubernetes API call timed out'), { code: 'ETIMEDOUT' })),
      ms,
    );
  });
  return Promise.race([fn(), deadline]).finally(() => clearTimeout(timer));
}

async function call<T>(ctx: KubeCallContext, fn: () => Promise<T>, ms: number): Promise<T> {
  try {
    return await withDeadline(fn, ms);
  } catch (err) {
    throw mapKubeError(err, ctx);
  }
}

async function orNull<T>(ctx: KubeCallContext, fn: () => Promise<T>, ms: number): Promise<T | null> {
  try {
    return await withDeadline(fn, ms);
  } catch (err) {
    if ((err as { code?: unknown })?.code === 404) return null;
    throw mapKubeError(err, ctx);
  }
}

async function deleted(ctx: KubeCallContext, fn: () => Promise<unknown>, ms: number): Promise<boolean> {
  return (await orNull(ctx, async () => (await fn(), true), ms)) ?? false;
}

/**
 * KubeClient on @kubernetes/client-node 2.x. The API clients are built as `kc.makeApiClient` builds them,
 * except for the authentication method: PooledKubeTransport sends every call over one kept-alive
 * connection pool per cluster instead of the library's new connection per call; and for the HTTP library:
 * kubeHttpLibrary sends it with undici's `request` instead of `fetch`.
 */
export class NodeKubeClient implements KubeClient {
  private readonly apps: AppsV1Api;
  private readonly core: CoreV1Api;
  private readonly version: VersionApi;
  private readonly transport: PooledKubeTransport;
  readonly server: string;

  constructor(
    kc: KubeConfig,
    private readonly timeoutMs = 30_000,
    transport: Partial<KubeTransportOptions> = {},
  ) {
    const cluster = kc.getCurrentCluster();
    if (!cluster) throw new Error('The kubeconfig has no current cluster');
    this.transport = new PooledKubeTransport(kc, {
      maxConnections: transport.maxConnections ?? 16,
      idleTimeoutMs: transport.idleTimeoutMs ?? 30_000,
      abortAfterMs: transport.abortAfterMs ?? timeoutMs + 1_000,
    });
    const config = createConfiguration({
      baseServer: new ServerConfiguration(cluster.server, {}),
      authMethods: { default: this.transport },
      httpApi: kubeHttpLibrary(),
      middleware: [setHeaderMiddleware('User-Agent', 'klepaas-backend (kubernetes-client-node)')],
    });
    this.apps = new AppsV1Api(config);
    this.core = new CoreV1Api(config);
    this.version = new VersionApi(config);
    this.server = cluster.server;
  }

  /** Closes the connection pool (at shutdown). */
  close(): Promise<void> {
    return this.transport.close();
  }

  private call<T>(ctx: KubeCallContext, fn: () => Promise<T>): Promise<T> {
    return call(ctx, fn, this.timeoutMs);
  }

  private orNull<T>(ctx: KubeCallContext, fn: () => Promise<T>): Promise<T | null> {
    return orNull(ctx, fn, this.timeoutMs);
  }

  private deleted(ctx: KubeCallContext, fn: () => Promise<unknown>): Promise<boolean> {
    return deleted(ctx, fn, this.timeoutMs);
  }

  readDeployment(namespace: string, name: string) {
    return this.orNull({ verb: 'get', resource: 'deployments', namespace, name }, () =>
      this.apps.readNamespacedDeployment({ namespace, name }),
    );
  }

  async listDeployments(namespace: string, labelSelector: string) {
    const list = await this.call({ verb: 'list', resource: 'deployments', namespace }, () =>
      this.apps.listNamespacedDeployment({ namespace, labelSelector }),
    );
    return list.items;
  }

  createDeployment(namespace: string, body: V1Deployment) {
    return this.call({ verb: 'create', resource: 'deployments', namespace, name: body.metadata?.name }, () =>
      this.apps.createNamespacedDeployment({ namespace, body }),
    );
  }

  replaceDeployment(namespace: string, name: string, body: V1Deployment) {
    return this.call({ verb: 'update', resource: 'deployments', namespace, name }, () =>
      this.apps.replaceNamespacedDeployment({ namespace, name, body }),
    );
  }

  patchDeployment(namespace: string, name: string, patch: object, kind: PatchKind) {
    const strategy = kind === 'merge' ? PatchStrategy.MergePatch : PatchStrategy.StrategicMergePatch;
    return this.call({ verb: 'patch', resource: 'deployments', namespace, name }, () =>
      this.apps.patchNamespacedDeployment(
        { namespace, name, body: patch },
        setHeaderOptions('Content-Type', strategy),
      ),
    );
  }

  deleteDeployment(namespace: string, name: string) {
    return this.deleted({ verb: 'delete', resource: 'deployments', namespace, name }, () =>
      this.apps.deleteNamespacedDeployment({ namespace, name, propagationPolicy: 'Background' }),
    );
  }

  patchScale(namespace: string, name: string, replicas: number) {
    return this.call({ verb: 'patch', resource: 'deployments/scale', namespace, name }, () =>
      this.apps.patchNamespacedDeploymentScale(
        { namespace, name, body: { spec: { replicas } } },
        setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
      ),
    );
  }

  async listPods(namespace: string, labelSelector: string) {
    const list = await this.call({ verb: 'list', resource: 'pods', namespace }, () =>
      this.core.listNamespacedPod({ namespace, labelSelector }),
    );
    return list.items;
  }

  readPodLog(
    namespace: string,
    pod: string,
    o: { tailLines: number; container?: string; previous?: boolean },
  ) {
    return this.call({ verb: 'get', resource: 'pods/log', namespace, name: pod }, () =>
      this.core.readNamespacedPodLog({
        namespace,
        name: pod,
        tailLines: o.tailLines,
        ...(o.container ? { container: o.container } : {}),
        ...(o.previous ? { previous: true } : {}),
      }),
    );
  }

  readService(namespace: string, name: string) {
    return this.orNull({ verb: 'get', resource: 'services', namespace, name }, () =>
      this.core.readNamespacedService({ namespace, name }),
    );
  }

  createService(namespace: string, body: V1Service) {
    return this.call({ verb: 'create', resource: 'services', namespace, name: body.metadata?.name }, () =>
      this.core.createNamespacedService({ namespace, body }),
    );
  }

  replaceService(namespace: string, name: string, body: V1Service) {
    return this.call({ verb: 'update', resource: 'services', namespace, name }, () =>
      this.core.replaceNamespacedService({ namespace, name, body }),
    );
  }

  deleteService(namespace: string, name: string) {
    return this.deleted({ verb: 'delete', resource: 'services', namespace, name }, () =>
      this.core.deleteNamespacedService({ namespace, name }),
    );
  }

  ping() {
    return this.call({ verb: 'get', resource: 'version' }, () => this.version.getCode());
  }
}
