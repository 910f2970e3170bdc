import { randomBytes } from 'node:crypto';
import { FakeKubeApi, type LoggedRequest } from '../fakes/fake-kube-api.js';
import { githubExample, signedDelivery } from '../support/github-webhooks.js';
import { ensureBuilt, ServiceProcess } from '../support/service-process.js';
import { TEST_JWT_SECRET, TestDatabaseHandle } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';
import { sleep, waitFor } from '../support/wait.js';

/**
 * The built service (`node dist/main.js`) as a child process, SIGKILLed at each step of a deploy and of
 * a CI/CD job, then restarted (on PostgreSQL as two replicas sharing the schema). Every record must
 * settle without another restart, no job may be lost, and the fake cluster must receive each write once.
 */
const SECRET = 'crash-recovery-webhook-secret';
const LOCK_TTL_SECONDS = 3;
/** Per test: a kill, a restart (two replicas on PostgreSQL), a lapsed lease and the recovery. */
const STEP_TIMEOUT = 60_000;

interface Rec {
  id: string;
  tag: string;
  status: string;
  reason: string | null;
  correlationId: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

interface Job {
  id: string;
  status: string;
  attempts: number;
  deploymentId: string | null;
  error: string | null;
}

const sha = () => randomBytes(20).toString('hex');

describe('crash recovery (SIGKILL of the real service process)', () => {
  let kube: FakeKubeApi;
  let database: TestDatabaseHandle;
  let services: ServiceProcess[] = [];
  const started: ServiceProcess[] = [];
  let env: Record<string, string>;
  let token: string;
  const replicas = () => (database.kind === 'postgres' ? 2 : 1);

  beforeAll(async () => {
    await ensureBuilt();
    kube = await FakeKubeApi.start({ readyDelayMs: 50 });
    database = TestDatabaseHandle.create();
    env = {
      KLEPAAS_ENV: 'test',
      KLEPAAS_AUTH_MODE: 'jwt',
      KLEPAAS_JWT_SECRET: TEST_JWT_SECRET,
      KLEPAAS_LOG_LEVEL: process.env.KLEPAAS_TEST_LOG_LEVEL ?? 'warn',
      ...(database.env as Record<string, string>),
      KUBECONFIG: kube.writeKubeconfig(),
      KLEPAAS_ROLLOUT_POLL_MS: '50',
      KLEPAAS_ROLLOUT_TIMEOUT_SECONDS: '60',
      KLEPAAS_OPERATION_LOCK_TTL_SECONDS: String(LOCK_TTL_SECONDS),
      KLEPAAS_OPERATION_RECONCILE_INTERVAL_MS: '250',
      KLEPAAS_WEBHOOK_SECRET: SECRET,
      KLEPAAS_CICD_WORKER_POLL_MS: '100',
      KLEPAAS_CICD_JOB_LEASE_MS: '1500',
      KLEPAAS_CICD_RETRY_DELAY_MS: '300',
    };
    token = await bearer({ sub: 'crash', scope: 'apps:write deploy:write deploy:read cicd:read' });
    await restart();
  }, 120_000);

  afterAll(async () => {
    await Promise.all(services.map((s) => s.kill()));
    await kube?.close();
    await database?.drop();
  });

  afterEach(() => {
    kube.beforeServe = undefined;
    kube.afterServe = undefined;
    kube.stuckImages.clear();
  });

  /** Kills every replica, then starts fresh ones on the same database. */
  async function restart(extra: Record<string, string> = {}): Promise<void> {
    await Promise.all(services.map((s) => s.kill()));
    services = await Promise.all(
      Array.from({ length: replicas() }, () => ServiceProcess.start({ ...env, ...extra })),
    );
    started.push(...services);
  }

  /** waitFor, failing with the logs of the last processes (the killed one and its successors). */
  const settle = <T>(what: string, check: () => Promise<T | null | undefined>) =>
    waitFor(what, check).catch((err: Error) => {
      const logs = started.slice(-3).map((s, i) => `--- process ${i + 1}\n${s.output.join('')}`);
      throw new Error(`${err.message}\n${logs.join('\n')}`, { cause: err });
    });

  const call = (method: string, path: string, body?: unknown) =>
    fetch(`${services[0].url}${path}`, {
      method,
      headers: { authorization: token, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  async function json<T>(method: string, path: string, body?: unknown, expected = 200): Promise<T> {
    const res = await call(method, path, body);
    const text = await res.text();
    if (res.status !== expected) throw new Error(`${method} ${path} → ${res.status} ${text}`);
    return JSON.parse(text) as T;
  }

  async function registerApp(name: string): Promise<void> {
    await json(
      'POST',
      '/api/v1/apps',
      { name, image: `ghcr.io/acme/${name}`, replicas: 1, githubRepo: `acme/${name}` },
      201,
    );
  }

  const deploy = (app: string, tag: string) =>
    json<Rec>('POST', `/api/v1/apps/${app}/environments/staging/deploy`, { tag });

  /** A deploy whose caller dies with the service: its answer never comes. */
  const deployInBackground = (app: string, tag: string) =>
    void call('POST', `/api/v1/apps/${app}/environments/staging/deploy`, { tag }).catch(() => undefined);

  const records = async (app: string) =>
    (await json<{ items: Rec[] }>('GET', `/api/v1/deployments?app=${app}&limit=100`)).items;

  const settledRecord = (app: string, tag: string) =>
    settle(`the ${tag} record of ${app} to settle`, async () => {
      const found = (await records(app)).find((r) => r.tag === tag);
      return found && !['pending', 'in_progress'].includes(found.status) ? found : null;
    });

  /** Deployment writes (create, replace, patch, delete) the cluster applied for an app. */
  const writesOf = (app: string) =>
    kube.writes.filter((w) => w.objectName === app && w.path.includes('/deployments'));

  /** SIGKILLs every replica when the cluster receives the matching request: before applying it (then it is dropped), or after. */
  function killOn(match: (r: LoggedRequest) => boolean, when: 'before' | 'after'): Promise<void> {
    return new Promise((killed) => {
      const fire = async (r: LoggedRequest) => {
        if (!match(r)) return false;
        kube.beforeServe = kube.afterServe = undefined;
        await Promise.all(services.map((s) => s.kill()));
        killed();
        return true;
      };
      if (when === 'before') kube.beforeServe = async (r) => ((await fire(r)) ? 'drop' : undefined);
      else kube.afterServe = async (r) => void (await fire(r));
    });
  }
  const writeTo = (app: string) => (r: LoggedRequest) =>
    r.method !== 'GET' && r.objectName === app && r.path.includes('/deployments');

  async function push(app: string, tag: string): Promise<{ id: string; jobs: Job[] }> {
    const payload = githubExample('push', (e) => e.ref === 'refs/heads/master');
    payload.repository.full_name = `acme/${app}`;
    payload.after = tag;
    const d = await signedDelivery('push', payload, SECRET);
    const res = await fetch(`${services[0].url}/api/v1/cicd/webhook`, {
      method: 'POST',
      headers: d.headers,
      body: d.body,
    });
    const body = (await res.json()) as { id: string; jobs?: Job[]; outcome: string };
    if (res.status !== 202 || body.outcome !== 'accepted')
      throw new Error(`push → ${res.status} ${JSON.stringify(body)}`);
    return { id: body.id, jobs: body.jobs ?? [] };
  }

  const job = async (deliveryId: string) =>
    (await json<{ jobs: Job[] }>('GET', `/api/v1/cicd/deliveries/${deliveryId}`)).jobs[0];

  const settledJob = (deliveryId: string) =>
    settle('the job to settle', async () => {
      const j = await job(deliveryId);
      return ['succeeded', 'failed', 'cancelled'].includes(j.status) ? j : null;
    });

  describe('a deploy', () => {
    it(
      'killed after taking the lease, before its write: settles NotApplied once the lease runs out, without another restart',
      async () => {
        await registerApp('d-lease');
        await deploy('d-lease', 'v1');
        const killed = killOn(writeTo('d-lease'), 'before');
        deployInBackground('d-lease', 'v2');
        await killed;
        await restart(); // within the lease: the startup pass must leave the record alone

        const record = await settledRecord('d-lease', 'v2');
        expect(record).toMatchObject({ status: 'failed', reason: 'NotApplied' });
        expect(writesOf('d-lease').map((w) => w.method)).toEqual(['POST']); // v1 only
        expect((await deploy('d-lease', 'v2')).status).toBe('succeeded');
        expect(writesOf('d-lease').map((w) => w.method)).toEqual(['POST', 'PUT']);
      },
      STEP_TIMEOUT,
    );

    it(
      'killed right after its write reached the cluster: settles succeeded from the cluster, written once',
      async () => {
        await registerApp('d-write');
        await deploy('d-write', 'v1');
        const killed = killOn(writeTo('d-write'), 'after');
        deployInBackground('d-write', 'v2');
        await killed;
        await restart();

        const record = await settledRecord('d-write', 'v2');
        expect(record).toMatchObject({ status: 'succeeded', reason: 'ReconciledAfterRestart' });
        expect(writesOf('d-write').map((w) => w.method)).toEqual(['POST', 'PUT']);
      },
      STEP_TIMEOUT,
    );

    it(
      'killed during its rollout wait: stays in_progress while the rollout runs, then settles succeeded',
      async () => {
        await registerApp('d-wait');
        await deploy('d-wait', 'v1');
        kube.stuckImages.add('ghcr.io/acme/d-wait:v2');
        deployInBackground('d-wait', 'v2');
        await waitFor('the write of v2', () => writesOf('d-wait').length === 2);
        await sleep(300); // inside the rollout wait
        await Promise.all(services.map((s) => s.kill()));
        await restart();
        await sleep(LOCK_TTL_SECONDS * 1000 + 500); // past the lease: the rollout itself is still running
        expect((await records('d-wait')).find((r) => r.tag === 'v2')?.status).toBe('in_progress');

        kube.stuckImages.delete('ghcr.io/acme/d-wait:v2');
        const record = await settledRecord('d-wait', 'v2');
        expect(record).toMatchObject({ status: 'succeeded', reason: 'ReconciledAfterRestart' });
        expect(writesOf('d-wait').map((w) => w.method)).toEqual(['POST', 'PUT']);
      },
      STEP_TIMEOUT,
    );

    it(
      'whose lease a new deploy takes over is settled first, even with no periodic pass',
      async () => {
        await registerApp('d-take');
        await deploy('d-take', 'v1');
        kube.stuckImages.add('ghcr.io/acme/d-take:v2');
        const killed = killOn(writeTo('d-take'), 'after');
        deployInBackground('d-take', 'v2');
        await killed;
        const lapsed = Date.now() + LOCK_TTL_SECONDS * 1000 + 300;
        await restart({ KLEPAAS_OPERATION_RECONCILE_INTERVAL_MS: '3600000' });
        await sleep(lapsed - Date.now());

        const next = await deploy('d-take', 'v3');
        expect(next.status).toBe('succeeded');
        const dead = (await records('d-take')).find((r) => r.tag === 'v2')!;
        expect(dead).toMatchObject({ status: 'failed', reason: 'Interrupted' });
        expect(dead.finishedAt! <= next.startedAt!).toBe(true);
        expect(writesOf('d-take').map((w) => w.method)).toEqual(['POST', 'PUT', 'PUT']);
        await restart();
      },
      STEP_TIMEOUT,
    );
  });

  describe('a CI/CD job', () => {
    it(
      'queued when the replica that accepted it is killed: run once by the next one',
      async () => {
        await registerApp('c-queued');
        await restart({ KLEPAAS_CICD_WORKER_ENABLED: 'false' });
        const tag = sha();
        const delivery = await push('c-queued', tag);
        expect(delivery.jobs[0].status).toBe('queued');
        await restart();

        expect(await settledJob(delivery.id)).toMatchObject({ status: 'succeeded', attempts: 1 });
        expect(writesOf('c-queued').map((w) => w.method)).toEqual(['POST']);
      },
      STEP_TIMEOUT,
    );

    it(
      'killed mid-deploy before its write: taken over promptly and deployed once',
      async () => {
        await registerApp('c-before');
        const killed = killOn(writeTo('c-before'), 'before');
        const delivery = await push('c-before', sha());
        await killed;
        await restart();

        const done = await settledJob(delivery.id);
        expect(done).toMatchObject({ status: 'succeeded', attempts: 2 });
        expect(writesOf('c-before').map((w) => w.method)).toEqual(['POST']);
        const mine = (await records('c-before')).filter((r) => r.correlationId === done.id);
        expect(mine.map((r) => [r.status, r.reason]).sort()).toEqual([
          ['failed', 'NotApplied'],
          ['succeeded', 'RolloutComplete'],
        ]);
      },
      STEP_TIMEOUT,
    );

    it(
      'killed after its write, during the rollout: resumed from its deployment record, never deployed twice',
      async () => {
        await registerApp('c-wait');
        const tag = sha();
        kube.stuckImages.add(`ghcr.io/acme/c-wait:${tag}`);
        const killed = killOn(writeTo('c-wait'), 'after');
        const delivery = await push('c-wait', tag);
        await killed;
        await restart();
        await sleep(500);
        kube.stuckImages.clear();

        const done = await settledJob(delivery.id);
        expect(done).toMatchObject({ status: 'succeeded', attempts: 2 });
        expect(writesOf('c-wait').map((w) => w.method)).toEqual(['POST']);
        const mine = (await records('c-wait')).filter((r) => r.correlationId === done.id);
        expect(mine).toHaveLength(1);
        expect(mine[0]).toMatchObject({ id: done.deploymentId, status: 'succeeded' });
      },
      STEP_TIMEOUT,
    );

    it(
      'queued behind an operation killed mid-flight: waits out the dead lease without burning attempts',
      async () => {
        await registerApp('c-behind');
        // The killed operation's lease outlives the restart by seconds: the job meets it still held.
        await restart({ KLEPAAS_OPERATION_LOCK_TTL_SECONDS: '8' });
        await deploy('c-behind', 'v1');
        kube.stuckImages.add('ghcr.io/acme/c-behind:v2');
        const killed = killOn(writeTo('c-behind'), 'after');
        deployInBackground('c-behind', 'v2');
        await killed;
        await restart();
        const delivery = await push('c-behind', sha());

        const done = await settledJob(delivery.id);
        expect(done).toMatchObject({ status: 'succeeded', attempts: 1 });
        expect((await records('c-behind')).find((r) => r.tag === 'v2')).toMatchObject({
          status: 'failed',
          reason: 'Interrupted',
        });
        expect(writesOf('c-behind').map((w) => w.method)).toEqual(['POST', 'PUT', 'PUT']);
      },
      STEP_TIMEOUT,
    );
  });

  it(
    'leaves nothing unsettled',
    async () => {
      const active = await json<{ items: Rec[] }>('GET', '/api/v1/deployments?status=in_progress');
      const pending = await json<{ items: Rec[] }>('GET', '/api/v1/deployments?status=pending');
      const running = await json<{ items: unknown[] }>('GET', '/api/v1/cicd/deliveries?status=running');
      const queued = await json<{ items: unknown[] }>('GET', '/api/v1/cicd/deliveries?status=queued');
      expect([active.items, pending.items, running.items, queued.items]).toEqual([[], [], [], []]);
    },
    STEP_TIMEOUT,
  );
});
