import request from 'supertest';
import { FakeKubeApi } from '../fakes/fake-kube-api.js';
import type { RawEnv } from '../../src/config/env-validation.js';
import { startTestApp, type TestApp } from './test-app.js';

export interface AppWithFakeKube {
  kube: FakeKubeApi;
  app: TestApp;
}

/** A fake Kubernetes API server plus the real app pointed at it through a kubeconfig, with fast rollout polling. */
export async function startAppWithFakeKube(
  options: { rolloutTimeoutSeconds?: number; env?: RawEnv } = {},
): Promise<AppWithFakeKube> {
  const kube = await FakeKubeApi.start({ readyDelayMs: 30 });
  const app = await startTestApp({
    env: {
      KUBECONFIG: kube.writeKubeconfig(),
      KLEPAAS_ROLLOUT_POLL_MS: '20',
      KLEPAAS_ROLLOUT_TIMEOUT_SECONDS: String(options.rolloutTimeoutSeconds ?? 15),
      ...options.env,
    },
  });
  return { kube, app };
}

/** Registers `ghcr.io/acme/<name>` on port 8080 through the HTTP API (expects 201). */
export async function registerApp(url: string, token: string, name: string, replicas = 1): Promise<void> {
  await request(url)
    .post('/api/v1/apps')
    .set('Authorization', token)
    .send({ name, image: `ghcr.io/acme/${name}`, port: 8080, replicas })
    .expect(201);
}
