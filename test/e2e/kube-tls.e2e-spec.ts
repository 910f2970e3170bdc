import { generate } from 'selfsigned';
import request from 'supertest';
import { FakeKubeApi, writeFakeKubeconfig } from '../fakes/fake-kube-api.js';
import { registerApp } from '../support/kube-app.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';

const SCOPES = 'apps:read apps:write deploy:read deploy:write';
/** Each test starts an app and makes 40+ status reads: generous on a loaded 2-core machine. */
const SLOW = 120_000;
const env = (kubeconfig: string) => ({
  KUBECONFIG: kubeconfig,
  KLEPAAS_ROLLOUT_POLL_MS: '20',
  KLEPAAS_ROLLOUT_TIMEOUT_SECONDS: '15',
});

/**
 * The cluster over TLS as real clusters serve it (CA in the kubeconfig), with a token user and a
 * client-certificate user: every API call reuses kept-alive connections instead of a handshake per call.
 */
describe('Kubernetes API over TLS: credentials and one kept-alive connection pool', () => {
  let kube: FakeKubeApi;
  let auth: string;
  const apps: TestApp[] = [];

  beforeAll(async () => {
    kube = await FakeKubeApi.start({ readyDelayMs: 10, tls: true });
    auth = await bearer({ scope: SCOPES });
  });
  afterAll(async () => {
    for (const t of apps) await t.destroy();
    await kube.close();
  });

  const start = async (kubeconfig: string) => {
    const t = await startTestApp({ env: env(kubeconfig) });
    apps.push(t);
    return t;
  };

  /** Deploys `name`, then makes 40 status reads and answers the connections the server accepted for them. */
  const fortyStatusReads = async (t: TestApp, name: string) => {
    await registerApp(t.url, auth, name);
    const deployed = await request(t.url)
      .post(`/api/v1/apps/${name}/environments/staging/deploy`)
      .set('Authorization', auth)
      .send({ tag: 'v1' })
      .expect(200);
    expect(deployed.body).toMatchObject({ status: 'succeeded' });
    const opened = kube.tlsConnections + kube.connections; // counted since the fake started
    kube.resetConnections();
    kube.resetRequests();
    for (let i = 0; i < 40; i++) {
      const res = await request(t.url)
        .get(`/api/v1/apps/${name}/environments/staging/status`)
        .set('Authorization', auth)
        .expect(200);
      expect(res.body).toMatchObject({ app: name, state: 'running' });
    }
    return {
      opened,
      tls: kube.tlsConnections,
      tcp: kube.connections,
      users: new Set(kube.requests.map((r) => r.user)),
    };
  };

  it(
    'a bearer-token user: 40 status reads (80 API calls) over at most 4 TLS connections',
    async () => {
      const t = await start(kube.writeKubeconfig());
      const seen = await fortyStatusReads(t, 'tls-token');
      expect(kube.requests).toHaveLength(80);
      expect(seen.users).toEqual(new Set(['token:fake-token']));
      expect(seen.opened).toBeGreaterThan(0); // the counters count (the deploy needed a connection)
      expect(seen.tls).toBeLessThanOrEqual(4); // the connections the deploy opened are reused
      expect(seen.tcp).toBe(seen.tls);
    },
    SLOW,
  );

  it(
    'a client-certificate user authenticates by its certificate, over the same kind of pool',
    async () => {
      const t = await start(kube.writeKubeconfig(undefined, { auth: 'client-certificate' }));
      const seen = await fortyStatusReads(t, 'tls-cert');
      expect(seen.users).toEqual(new Set(['cert:klepaas-client']));
      expect(seen.tls).toBeLessThanOrEqual(4);
    },
    SLOW,
  );

  it(
    'plain HTTP (insecure-skip-tls-verify) is pooled too: at most 4 connections for 40 status reads',
    async () => {
      const plain = await FakeKubeApi.start({ readyDelayMs: 10, tls: false });
      try {
        const t = await start(plain.writeKubeconfig());
        await registerApp(t.url, auth, 'plain');
        await request(t.url)
          .post('/api/v1/apps/plain/environments/staging/deploy')
          .set('Authorization', auth)
          .send({ tag: 'v1' })
          .expect(200);
        expect(plain.connections).toBeGreaterThan(0);
        plain.resetConnections();
        for (let i = 0; i < 40; i++)
          await request(t.url)
            .get('/api/v1/apps/plain/environments/staging/status')
            .set('Authorization', auth)
            .expect(200);
        expect(plain.tlsConnections).toBe(0);
        expect(plain.connections).toBeLessThanOrEqual(4);
      } finally {
        await plain.close();
      }
    },
    SLOW,
  );

  it(
    'a server that closes idle connections as they are reused: reads after the idle period still succeed',
    async () => {
      const t = await start(kube.writeKubeconfig());
      await registerApp(t.url, auth, 'tls-idle');
      const path = '/api/v1/apps/tls-idle/environments/staging';
      await request(t.url).post(`${path}/deploy`).set('Authorization', auth).send({ tag: 'v1' }).expect(200);
      kube.closeIdleAfterMs = 150;
      try {
        await new Promise((r) => setTimeout(r, 300)); // every pooled connection is now idle past it
        kube.resetConnections();
        kube.idleCloses = 0;
        for (let i = 0; i < 40; i++) {
          const res = await request(t.url).get(`${path}/status`).set('Authorization', auth);
          expect({ i, status: res.status, body: res.body }).toMatchObject({
            status: 200,
            body: { state: 'running' },
          });
        }
        expect(kube.idleCloses).toBeGreaterThan(0); // the close did cross a reused connection's request
        expect(kube.tlsConnections).toBeLessThanOrEqual(4); // still one kept-alive pool
        // a deploy after an idle period begins with a read, which takes the crossing for it
        await new Promise((r) => setTimeout(r, 300));
        const deployed = await request(t.url)
          .post(`${path}/deploy`)
          .set('Authorization', auth)
          .send({ tag: 'v2' })
          .expect(200);
        expect(deployed.body).toMatchObject({ status: 'succeeded' });
      } finally {
        kube.closeIdleAfterMs = undefined;
      }
    },
    SLOW,
  );

  it(
    'a server certificate the kubeconfig CA did not sign is refused: 503, no stack trace',
    async () => {
      // The kubeconfig names a CA, just not the one that signed the server's certificate.
      const t = await start(writeFakeKubeconfig(kube.url, undefined, { ca: await unrelatedCa() }));
      await registerApp(t.url, auth, 'tls-untrusted');
      const res = await request(t.url)
        .get('/api/v1/apps/tls-untrusted/environments/staging/status')
        .set('Authorization', auth)
        .expect(503);
      expect(res.body.error).toMatch(/^cluster_unreachable|^kube_/);
      expect(JSON.stringify(res.body)).not.toMatch(/\n\s+at /);
    },
    SLOW,
  );
});

/** A CA certificate unrelated to the fake cluster's. */
async function unrelatedCa(): Promise<string> {
  const other = await generate([{ name: 'commonName', value: 'some-other-ca' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [{ name: 'basicConstraints', cA: true, critical: true }],
  });
  return other.cert;
}
