import type { V1Deployment, V1Pod, V1Scale, V1Service } from '@kubernetes/client-node';

export type PatchKind = 'merge' | 'strategic';

/**
 * The Kubernetes operations this service needs, in our own terms, and nothing more: deploy/rbac.yaml
 * grants exactly the verbs these make (test/e2e/rbac.e2e-spec.ts checks both against each other), and
 * every call is namespaced (the Role is bound per managed namespace). Every method throws a KubeError
 * (already mapped to the error envelope); `read*` return null for 404.
 */
export interface KubeClient {
  readonly server: string;
  readDeployment(namespace: string, name: string): Promise<V1Deployment | null>;
  listDeployments(namespace: string, labelSelector: string): Promise<V1Deployment[]>;
  createDeployment(namespace: string, body: V1Deployment): Promise<V1Deployment>;
  replaceDeployment(namespace: string, name: string, body: V1Deployment): Promise<V1Deployment>;
  patchDeployment(namespace: string, name: string, patch: object, kind: PatchKind): Promise<V1Deployment>;
  deleteDeployment(namespace: string, name: string): Promise<boolean>;
  patchScale(namespace: string, name: string, replicas: number): Promise<V1Scale>;
  listPods(namespace: string, labelSelector: string): Promise<V1Pod[]>;
  readPodLog(
    namespace: string,
    pod: string,
    options: { tailLines: number; container?: string; previous?: boolean },
  ): Promise<string>;
  readService(namespace: string, name: string): Promise<V1Service | null>;
  createService(namespace: string, body: V1Service): Promise<V1Service>;
  replaceService(namespace: string, name: string, body: V1Service): Promise<V1Service>;
  deleteService(namespace: string, name: string): Promise<boolean>;
  /** Cheap reachability probe (GET /version). */
  ping(): Promise<unknown>;
  /** Closes the kept-alive connections (at shutdown). */
  close(): Promise<void>;
}

/** Injection token of the cluster client; its value is null when no cluster is configured. */
export const KUBE_CLIENT = Symbol('KUBE_CLIENT');
