import request from 'supertest';
import { FakeKubeApi } from '../fakes/fake-kube-api.js';
import { FakeSlack } from '../fakes/fake-slack.js';
import { registerApp } from '../support/kube-app.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';
import { waitFor } from '../support/wait.js';

/**
 * A rollout whose pods cannot start fails with the pods' own cause (ImagePullBackOff, CrashLoopBackOff,
 * CreateContainerConfigError…) and the kubelet's message, within seconds — not ProgressDeadlineExceeded
 * at the Deployment's deadline (10 minutes on a real cluster) — in the answer, the history, the status
 * and the alert.
 */
describe('deployments: the pod-level cause of a failed rollout', () => {
  let kube: FakeKubeApi;
  let slack: FakeSlack;
  let t: TestApp;
  let auth: string;

  beforeAll(async () => {
    // A progress deadline far away: a failure reported in seconds can only come from the pods.
    kube = await FakeKubeApi.start({ readyDelayMs: 30, progressDeadlineMs: 120_000 });
    slack = await FakeSlack.start();
    t = await startTestApp({
      env: {
        KUBECONFIG: kube.writeKubeconfig(),
        KLEPAAS_ROLLOUT_POLL_MS: '50',
        KLEPAAS_ROLLOUT_TIMEOUT_SECONDS: '120',
        KLEPAAS_SLACK_WEBHOOK_URL: slack.webhookUrl('/hook'),
        KLEPAAS_ALERTS_SUPPRESS_WINDOW_SECONDS: '0',
      },
    });
    auth = await bearer({ scope: 'apps:read apps:write deploy:read deploy:write' });
    for (const name of ['bad', 'crash', 'config', 'late']) await registerApp(t.url, auth, name);
  });
  afterAll(async () => {
    await t.destroy();
    await kube.close();
    await slack.close();
  });

  const deploy = (app: string, tag: string) =>
    request(t.url)
      .post(`/api/v1/apps/${app}/environments/staging/deploy`)
      .set('Authorization', auth)
      .send({ tag })
      .expect(200);
  const get = (path: string) => request(t.url).get(path).set('Authorization', auth).expect(200);

  it('a bad image fails in seconds with ImagePullBackOff: answer, history, status and alert', async () => {
    kube.badImages.add('ghcr.io/acme/bad:nope');
    const started = Date.now();
    const res = await deploy('bad', 'nope');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(res.body).toMatchObject({ status: 'failed', reason: 'ImagePullBackOff' });
    expect(res.body.error).toMatch(
      /container app: ImagePullBackOff \(Back-off pulling image "ghcr.io\/acme\/bad:nope"\)/,
    );

    const record = await get(`/api/v1/deployments/${res.body.id}`);
    expect(record.body).toMatchObject({
      status: 'failed',
      reason: 'ImagePullBackOff',
      error: res.body.error,
    });
    const history = await get('/api/v1/deployments?app=bad&environment=staging');
    expect(history.body.items[0]).toMatchObject({ id: res.body.id, reason: 'ImagePullBackOff' });

    const status = await get('/api/v1/apps/bad/environments/staging/status');
    // degraded now, although the Deployment's own Progressing condition still says it is progressing
    expect(status.body.state).toBe('degraded');
    expect(status.body.conditions).toContainEqual(
      expect.objectContaining({ type: 'Progressing', status: 'True' }),
    );
    expect(status.body.pods[0]).toMatchObject({ ready: false, waitingReason: 'ImagePullBackOff' });

    const alert = await waitFor('the failed-deploy alert', async () =>
      slack.texts().find((x) => x.startsWith('[DEPLOY][FAILED] bad/staging')),
    );
    expect(alert).toContain('code=ImagePullBackOff');
  });

  it('a crash-looping container fails with CrashLoopBackOff and how it last ended', async () => {
    kube.crashingImages.add('ghcr.io/acme/crash:v1');
    const res = await deploy('crash', 'v1');
    expect(res.body).toMatchObject({ status: 'failed', reason: 'CrashLoopBackOff' });
    expect(res.body.error).toMatch(
      /CrashLoopBackOff \(back-off 10s restarting failed container=app pod=crash-/,
    );
    expect(res.body.error).toMatch(/last exit code 1 \(Error\)/);
    const status = await get('/api/v1/apps/crash/environments/staging/status');
    expect(status.body.pods[0].restarts).toBeGreaterThanOrEqual(1);
  });

  it('any fatal waiting reason is reported with the kubelet message (CreateContainerConfigError)', async () => {
    kube.waitingImages.set('ghcr.io/acme/config:v1', {
      reason: 'CreateContainerConfigError',
      message: 'secret "config-db" not found',
    });
    const res = await deploy('config', 'v1');
    expect(res.body).toMatchObject({ status: 'failed', reason: 'CreateContainerConfigError' });
    expect(res.body.error).toContain('secret "config-db" not found');
  });

  it('past the progress deadline, the pods’ cause still wins over ProgressDeadlineExceeded', async () => {
    kube.waitingImages.set('ghcr.io/acme/late:v1', {
      reason: 'ErrImagePull',
      message: 'rpc error: code = NotFound desc = failed to pull and unpack image "ghcr.io/acme/late:v1"',
    });
    kube.progressDeadlineMs = 0; // the Deployment reports ProgressDeadlineExceeded at once
    try {
      const res = await deploy('late', 'v1');
      expect(res.body).toMatchObject({ status: 'failed', reason: 'ErrImagePull' });
      expect(res.body.error).toContain('failed to pull and unpack image');
    } finally {
      kube.progressDeadlineMs = 120_000;
    }
  });
});
