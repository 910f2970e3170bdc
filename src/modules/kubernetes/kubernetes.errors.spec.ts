import { ApiException } from '@kubernetes/client-node';
import { isClusterUnavailable, mapKubeError } from './kubernetes.errors.js';

const kubeStatus = (code: number, message: string) =>
  new ApiException(code, 'HTTP-Code: ' + code, JSON.stringify({ kind: 'Status', code, message }), {});
const ctx = { verb: 'patch', resource: 'deployments/scale', namespace: 'staging', name: 'web' };

describe('mapKubeError', () => {
  it.each([
    [404, 404, 'kube_not_found'],
    [409, 409, 'kube_conflict'],
    [403, 403, 'kube_forbidden'],
    [422, 422, 'kube_invalid'],
    [400, 422, 'kube_invalid'],
    [401, 503, 'kube_unauthorized'],
    [500, 503, 'kube_unavailable'],
  ])('maps HTTP %i to %i %s', (code, status, errorCode) => {
    const e = mapKubeError(kubeStatus(code, 'boom'), ctx);
    expect(e.status).toBe(status);
    expect(e.code).toBe(errorCode);
  });

  it('names the verb and resource for RBAC denials', () => {
    const e = mapKubeError(kubeStatus(403, 'forbidden'), ctx);
    expect(e.message).toMatch(/patch deployments\/scale in namespace "staging"/);
  });

  it('maps network failures to 503 cluster_unreachable without raw details', () => {
    const err = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    const e = mapKubeError(err, ctx);
    expect(e.status).toBe(503);
    expect(e.code).toBe('cluster_unreachable');
    expect(e.message).toMatch(/ECONNREFUSED/);
    expect(e.message).not.toMatch(/fetch failed/);
  });

  it('asks to retry later (Retry-After) only when the cluster is unavailable', () => {
    const refused = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    const timedOut = Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' });
    for (const e of [
      mapKubeError(refused, ctx),
      mapKubeError(timedOut, ctx),
      mapKubeError(kubeStatus(503, 'x'), ctx),
    ]) {
      expect(isClusterUnavailable(e)).toBe(true);
      expect(e.options.headers).toEqual({ 'Retry-After': '10' });
    }
    for (const code of [401, 403, 404, 409, 422]) {
      const e = mapKubeError(kubeStatus(code, 'x'), ctx);
      expect(isClusterUnavailable(e)).toBe(false);
      expect(e.options.headers).toBeUndefined();
    }
  });
});
