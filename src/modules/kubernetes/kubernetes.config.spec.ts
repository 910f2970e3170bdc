import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KubernetesConfig, kubeSource } from './kubernetes.config.js';

const config = (env: Partial<KubernetesConfig>): KubernetesConfig =>
  Object.assign(new KubernetesConfig(), env);

describe('kubeSource', () => {
  let home: string;
  beforeEach(() => (home = mkdtempSync(join(tmpdir(), 'kube-source-'))));
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  it('none: no cluster, whatever else is set', () => {
    expect(kubeSource(config({ KLEPAAS_KUBE_SOURCE: 'none', KUBECONFIG: '/k', HOME: home }))).toBeNull();
  });

  it('auto: KUBECONFIG (its first path) before the in-cluster service account', () => {
    expect(
      kubeSource(
        config({ KUBECONFIG: '/a:/b', KLEPAAS_KUBE_CONTEXT: 'c', KUBERNETES_SERVICE_HOST: '10.0.0.1' }),
      ),
    ).toEqual({ kind: 'file', path: '/a', context: 'c' });
    expect(kubeSource(config({ KUBERNETES_SERVICE_HOST: '10.0.0.1', HOME: home }))).toEqual({
      kind: 'in-cluster',
    });
  });

  it('auto: ~/.kube/config only if it exists; kubeconfig: ~/.kube/config regardless', () => {
    expect(kubeSource(config({ HOME: home }))).toBeNull();
    expect(kubeSource(config({ KLEPAAS_KUBE_SOURCE: 'kubeconfig', HOME: home }))).toMatchObject({
      kind: 'file',
      path: join(home, '.kube', 'config'),
    });
    mkdirSync(join(home, '.kube'));
    writeFileSync(join(home, '.kube', 'config'), '');
    expect(kubeSource(config({ HOME: home }))).toMatchObject({
      kind: 'file',
      path: join(home, '.kube', 'config'),
    });
  });

  it('in-cluster: the service account even when a kubeconfig is set', () => {
    expect(kubeSource(config({ KLEPAAS_KUBE_SOURCE: 'in-cluster', KUBECONFIG: '/k' }))).toEqual({
      kind: 'in-cluster',
    });
  });
});
