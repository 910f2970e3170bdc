import { AppError } from '../../common/errors/app-error.js';

export interface KubeCallContext {
  /** Kubernetes verb: get, list, create, update, patch, delete. */
  verb: string;
  /** Resource, e.g. `deployments`, `deployments/scale`, `pods/log`. */
  resource: string;
  namespace?: string;
  name?: string;
}

/** A failed Kubernetes API call, already translated into the error envelope. */
export class KubeError extends AppError {
  constructor(status: number, code: string, message: string, details?: unknown) {
    super(status, code, message, details);
  }
}

export class ClusterNotConfiguredError extends AppError {
  constructor() {
    super(
      503,
      'cluster_not_configured',
      'No Kubernetes cluster is configured (set KUBECONFIG or run in a cluster); nothing can be read from it',
    );
  }
}

interface KubeStatusBody {
  message?: string;
  reason?: string;
  details?: { causes?: { field?: string; message?: string }[] };
}

function parseBody(body: unknown): KubeStatusBody {
  if (typeof body === 'string') {
    try {
      return JSON.parse(body) as KubeStatusBody;
    } catch {
      return {};
    }
  }
  return typeof body === 'object' && body !== null ? (body as KubeStatusBody) : {};
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EPIPE',
]);

function networkCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let i = 0; i < 4 && e && typeof e === 'object'; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Maps whatever the Kubernetes client threw into a KubeError with a useful message: 404, 409, 403
 * naming the verb and resource, 422, and 503 when the cluster cannot be reached. Raw client errors and
 * stack traces never leave this function.
 */
export function mapKubeError(err: unknown, ctx: KubeCallContext): KubeError {
  if (err instanceof KubeError) return err;
  const target = `${ctx.resource}${ctx.name ? ` "${ctx.name}"` : ''}${ctx.namespace ? ` in namespace "${ctx.namespace}"` : ''}`;
  const code = (err as { code?: unknown })?.code;
  if (typeof code === 'number' && code >= 400) {
    const status = parseBody((err as { body?: unknown }).body);
    const kubeMessage = status.message ?? '';
    const details = { verb: ctx.verb, resource: ctx.resource, namespace: ctx.namespace, name: ctx.name };
    switch (code) {
      case 404:
        return new KubeError(404, 'kube_not_found', `Kubernetes ${target} was not found`, details);
      case 409:
        return new KubeError(
          409,
          'kube_conflict',
          `Kubernetes refused to ${ctx.verb} ${target}: it was changed concurrently or already exists${kubeMessage ? ` (${kubeMessage})` : ''}`,
          details,
        );
      case 403:
        return new KubeError(
          403,
          'kube_forbidden',
          `The cluster's RBAC does not allow this service to ${ctx.verb} ${ctx.resource}${ctx.namespace ? ` in namespace "${ctx.namespace}"` : ''}; grant the verb "${ctx.verb}" on "${ctx.resource}" to its service account`,
          { ...details, kubeMessage },
        );
      case 401:
        return new KubeError(
          503,
          'kube_unauthorized',
          "The cluster rejected this service's credentials (check the kubeconfig user or service-account token)",
          details,
        );
      case 400:
      case 422:
        return new KubeError(
          422,
          'kube_invalid',
          `Kubernetes rejected ${target} as invalid${kubeMessage ? `: ${kubeMessage}` : ''}`,
          {
            ...details,
            causes: status.details?.causes,
          },
        );
      default:
        if (code >= 500)
          return new KubeError(
            503,
            'kube_unavailable',
            `The Kubernetes API failed to ${ctx.verb} ${target} (HTTP ${code})`,
            details,
          );
        return new KubeError(
          502,
          'kube_error',
          `Kubernetes answered HTTP ${code} to ${ctx.verb} ${target}`,
          details,
        );
    }
  }
  const net = networkCode(err);
  return new KubeError(
    503,
    'cluster_unreachable',
    net === 'ETIMEDOUT'
      ? `The Kubernetes API did not answer in time while trying to ${ctx.verb} ${ctx.resource}`
      : `The Kubernetes API could not be reached${net ? ` (${net})` : ''} while trying to ${ctx.verb} ${ctx.resource}`,
    { verb: ctx.verb, resource: ctx.resource },
  );
}
