import { AppError, type AppErrorOptions, type MessageParams } from '../../common/errors/app-error.js';
import {
  errorMessage,
  type ErrorMessageArgs,
  type ErrorMessageKey,
} from '../../common/errors/error-messages.js';

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
  constructor(status: number, code: string, message: string, details?: unknown, options?: AppErrorOptions) {
    super(status, code, message, details, options);
  }
}

/**
 * When a client may try again after the cluster could not be reached or failed (503): long enough for a
 * restarting API server or a failover, short enough that a caller (or GitHub's CI/CD job) is not kept
 * waiting once it is back.
 */
export const CLUSTER_RETRY_AFTER_SECONDS = 10;

/** A KubeError whose message comes from ERROR_MESSAGES (so it can be said in Korean too). */
function kubeError<K extends ErrorMessageKey>(
  status: number,
  key: K,
  params: ErrorMessageArgs<K>,
  details: unknown,
): KubeError {
  const code = key.split('.')[0];
  return new KubeError(status, code, errorMessage(key, params), details, {
    messageKey: key,
    params: params as MessageParams,
    ...(status === 503 && code !== 'kube_unauthorized'
      ? { headers: { 'Retry-After': String(CLUSTER_RETRY_AFTER_SECONDS) } }
      : {}),
  });
}

/**
 * The cluster could not be reached or failed on its side (network error, timeout, API server 5xx):
 * nothing about the request was wrong, so it is worth trying again later (CI/CD jobs wait for it).
 */
export function isClusterUnavailable(err: { code: string; status: number }): boolean {
  return err.status === 503 && (err.code === 'cluster_unreachable' || err.code === 'kube_unavailable');
}

export class ClusterNotConfiguredError extends AppError {
  constructor() {
    super(503, 'cluster_not_configured', errorMessage('cluster_not_configured', {}));
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
  const code = (err as { code?: unknown })?.code;
  const target = { verb: ctx.verb, resource: ctx.resource, namespace: ctx.namespace, name: ctx.name };
  if (typeof code === 'number' && code >= 400) {
    const status = parseBody((err as { body?: unknown }).body);
    const kubeMessage = status.message || undefined;
    const details = { verb: ctx.verb, resource: ctx.resource, namespace: ctx.namespace, name: ctx.name };
    switch (code) {
      case 404:
        return kubeError(404, 'kube_not_found', target, details);
      case 409:
        return kubeError(409, 'kube_conflict', { ...target, kubeMessage }, details);
      case 403:
        return kubeError(403, 'kube_forbidden', target, { ...details, kubeMessage: kubeMessage ?? '' });
      case 401:
        return kubeError(503, 'kube_unauthorized', {}, details);
      case 400:
      case 422:
        return kubeError(
          422,
          'kube_invalid',
          { ...target, kubeMessage },
          {
            ...details,
            causes: status.details?.causes,
          },
        );
      default:
        if (code >= 500) return kubeError(503, 'kube_unavailable', { ...target, status: code }, details);
        return kubeError(502, 'kube_error', { ...target, status: code }, details);
    }
  }
  const net = networkCode(err);
  const details = { verb: ctx.verb, resource: ctx.resource };
  return net === 'ETIMEDOUT'
    ? kubeError(503, 'cluster_unreachable.timeout', details, details)
    : kubeError(503, 'cluster_unreachable', { ...details, network: net }, details);
}
