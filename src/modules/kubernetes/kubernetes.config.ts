import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { toInt } from '../../config/env-validation.js';

export const KUBE_SOURCES = ['auto', 'kubeconfig', 'in-cluster', 'none'] as const;

/**
 * Where the Kubernetes connection comes from. `auto` (default): `KUBECONFIG` if set, else in-cluster
 * service account when `KUBERNETES_SERVICE_HOST` is set, else `~/.kube/config` if it exists, else no
 * cluster (operations answer in dry-run with a "no cluster configured" notice).
 */
export class KubernetesConfig {
  @IsIn(KUBE_SOURCES, { message: `must be one of ${KUBE_SOURCES.join(' | ')}` })
  KLEPAAS_KUBE_SOURCE: (typeof KUBE_SOURCES)[number] = 'auto';
  /** Path of a kubeconfig file (the standard variable). */
  @IsOptional() @IsString() KUBECONFIG?: string;
  /** Context of the kubeconfig to use (default: its current-context). */
  @IsOptional() @IsString() KLEPAAS_KUBE_CONTEXT?: string;
  /** Set by Kubernetes inside a pod; selects the in-cluster service account in `auto` mode. */
  @IsOptional() @IsString() KUBERNETES_SERVICE_HOST?: string;
  @IsOptional() @IsString() HOME?: string;
  /** Deadline of one Kubernetes API call; past it the cluster counts as unreachable (503). */
  @Transform(toInt) @IsInt() @Min(100) @Max(600000) KLEPAAS_KUBE_TIMEOUT_MS: number = 30000;
  /**
   * Size of the kept-alive connection pool to the API server (one pool per process): calls beyond it
   * wait for a free connection instead of opening more.
   */
  @Transform(toInt) @IsInt() @Min(1) @Max(1024) KLEPAAS_KUBE_MAX_CONNECTIONS: number = 16;

  crossCheck(): string[] {
    if (this.KLEPAAS_KUBE_SOURCE === 'kubeconfig' && !this.KUBECONFIG && !this.HOME)
      return ['KUBECONFIG: KLEPAAS_KUBE_SOURCE=kubeconfig needs KUBECONFIG (or HOME for ~/.kube/config)'];
    return [];
  }
}

/** Where the cluster connection comes from, as KubernetesConfig says; null when there is no cluster. */
export type KubeSource = { kind: 'in-cluster' } | { kind: 'file'; path: string; context?: string };

export function kubeSource(config: KubernetesConfig): KubeSource | null {
  const source = config.KLEPAAS_KUBE_SOURCE;
  if (source === 'none') return null;
  const file = (path: string): KubeSource => ({ kind: 'file', path, context: config.KLEPAAS_KUBE_CONTEXT });
  const homeConfig = config.HOME ? join(config.HOME, '.kube', 'config') : undefined;
  if (source === 'in-cluster' || (source === 'auto' && !config.KUBECONFIG && config.KUBERNETES_SERVICE_HOST))
    return { kind: 'in-cluster' };
  if (config.KUBECONFIG) return file(config.KUBECONFIG.split(':')[0]);
  if (homeConfig && (source === 'kubeconfig' || existsSync(homeConfig))) return file(homeConfig);
  return null;
}
