import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { FakeKubeApi } from '../fakes/fake-kube-api.js';
import { githubExample, signedDelivery } from '../support/github-webhooks.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';
import { waitFor } from '../support/wait.js';

const SECRET = 'concurrency-webhook-secret';

/** One replica's worker runs jobs of different apps side by side, and one app's jobs one after another. */
describe('cicd worker concurrency', () => {
  let kube: FakeKubeApi;
  let t: TestApp;
  let reader: string;

  beforeAll(async () => {
    kube = await FakeKubeApi.start({ readyDelayMs: 20 });
    t = await startTestApp({
      env: {
        KUBECONFIG: kube.writeKubeconfig(),
        KLEPAAS_ROLLOUT_POLL_MS: '20',
        KLEPAAS_ROLLOUT_TIMEOUT_SECONDS: '30',
        KLEPAAS_WEBHOOK_SECRET: SECRET,
        KLEPAAS_CICD_WORKER_POLL_MS: '100',
        KLEPAAS_CICD_CONCURRENCY: '2',
      },
    });
    const writer = await bearer({ scope: 'apps:write' });
    for (const name of ['slow', 'quick', 'third'])
      await request(t.url)
        .post('/api/v1/apps')
        .set('Authorization', writer)
        .send({ name, image: `ghcr.io/acme/${name}`, githubRepo: `acme/${name}`, replicas: 1 })
        .expect(201);
    reader = await bearer({ scope: 'cicd:read' });
  });
  afterAll(async () => {
    await t.destroy();
    await kube.close();
  });

  async function push(app: string): Promise<{ id: string; tag: string }> {
    const payload = githubExample('push', (e) => e.ref === 'refs/heads/master');
    payload.repository.full_name = `acme/${app}`;
    payload.after = randomBytes(20).toString('hex');
    const d = await signedDelivery('push', payload, SECRET);
    const res = await request(t.url).post('/api/v1/cicd/webhook').set(d.headers).send(d.body).expect(202);
    return { id: res.body.id as string, tag: payload.after as string };
  }
  const status = async (delivery: string) =>
    (await request(t.url).get(`/api/v1/cicd/deliveries/${delivery}`).set('Authorization', reader).expect(200))
      .body.jobs[0].status as string;

  it('deploys other apps while one rollout is slow, bounded by KLEPAAS_CICD_CONCURRENCY', async () => {
    const slow1 = await push('slow');
    kube.stuckImages.add(`ghcr.io/acme/slow:${slow1.tag}`);
    const slow2 = await push('slow');
    await waitFor('the slow rollout', () => kube.deployment('staging', 'slow'));
    const quick = await push('quick');
    const third = await push('third');

    // One slot is taken by the slow rollout: quick and third go through the other, one after another.
    await waitFor('quick and third to deploy', async () =>
      (await status(quick.id)) === 'succeeded' && (await status(third.id)) === 'succeeded' ? true : null,
    );
    expect(await status(slow1.id)).toBe('running');
    // The second job of the slow app waits for the first: never two at once for one app/environment.
    expect(await status(slow2.id)).toBe('queued');
    expect(kube.writeCount(undefined, '/deployments/slow')).toBe(0); // only slow1's create so far

    kube.stuckImages.clear();
    await waitFor('both slow jobs', async () =>
      (await status(slow1.id)) === 'succeeded' && (await status(slow2.id)) === 'succeeded' ? true : null,
    );
    expect(kube.deployment('staging', 'slow')?.spec.template.spec.containers[0].image).toBe(
      `ghcr.io/acme/slow:${slow2.tag}`,
    );
  });
});
