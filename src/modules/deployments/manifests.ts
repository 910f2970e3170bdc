import type { V1Deployment, V1Service } from '@kubernetes/client-node';
import type { App, EffectiveAppSettings } from '../apps/apps.types.js';

export const NAME_LABEL = 'app.kubernetes.io/name';
export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
export const MANAGED_BY = 'klepaas';
export const RESTARTED_AT = 'kubectl.kubernetes.io/restartedAt';
export const REVISION_ANNOTATION = 'klepaas.io/revision';
export const CONTAINER_NAME = 'app';

export const managedSelector = `${MANAGED_BY_LABEL}=${MANAGED_BY}`;
export const appSelector = (app: string) => `${NAME_LABEL}=${app},${managedSelector}`;

export const deploymentsPath = (ns: string) => `/apis/apps/v1/namespaces/${ns}/deployments`;
export const deploymentPath = (ns: string, name: string) => `${deploymentsPath(ns)}/${name}`;
export const servicesPath = (ns: string) => `/api/v1/namespaces/${ns}/services`;
export const servicePath = (ns: string, name: string) => `${servicesPath(ns)}/${name}`;

/** The tag part of `repo:tag` (not confused by a registry port). */
export function tagOf(image: string | undefined): string | null {
  if (!image) return null;
  const slash = image.lastIndexOf('/');
  const colon = image.lastIndexOf(':');
  return colon > slash ? image.slice(colon + 1) : null;
}

export function buildDeployment(
  app: App,
  settings: EffectiveAppSettings,
  namespace: string,
  tag: string,
  replicas: number,
  revision: number,
): V1Deployment {
  const labels = { [NAME_LABEL]: app.name, [MANAGED_BY_LABEL]: MANAGED_BY };
  const resources: Record<string, Record<string, string>> = {};
  if (settings.resources?.requests) resources.requests = { ...settings.resources.requests };
  if (settings.resources?.limits) resources.limits = { ...settings.resources.limits };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: app.name,
      namespace,
      labels,
      annotations: { [REVISION_ANNOTATION]: String(revision) },
    },
    spec: {
      replicas,
      selector: { matchLabels: { [NAME_LABEL]: app.name } },
      template: {
        metadata: { labels },
        spec: {
          containers: [
            {
              name: CONTAINER_NAME,
              image: `${app.image}:${tag}`,
              ...(app.port ? { ports: [{ name: 'http', containerPort: app.port }] } : {}),
              env: Object.entries(settings.env).map(([name, value]) => ({ name, value })),
              ...(Object.keys(resources).length ? { resources } : {}),
            },
          ],
        },
      },
    },
  };
}

export function buildService(app: App, namespace: string): V1Service | null {
  if (!app.port) return null;
  const labels = { [NAME_LABEL]: app.name, [MANAGED_BY_LABEL]: MANAGED_BY };
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: app.name, namespace, labels },
    spec: {
      selector: { [NAME_LABEL]: app.name },
      ports: [{ name: 'http', port: app.port, targetPort: app.port, protocol: 'TCP' }],
    },
  };
}
