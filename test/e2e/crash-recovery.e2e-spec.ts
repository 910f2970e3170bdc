import { randomBytes } from 'node:crypto';
import { FakeKubeApi, type LoggedRequest } from '../fakes/fake-kube-api.js';
import { githubExample, signedDelivery } from '../support/github-webhooks.js';
import { ensureBuilt, ServiceProcess } from '../support/service-process.js';
import { TEST_JWT_SECRET, TestDatabaseHandle } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';
import { sleep, waitFor } from '../support/wait.js';

/**
 * The built service (`node dist/main.js`) as a child process, SIGKILLed with operations and CI/CD jobs
 * standing at every step (the fake cluster holds their requests until the kill), then restarted — on
 * PostgreSQL as two replicas sharing the schema. Every record must settle without another restart, no
 * job may be lost, and the fake cluster must have applied each write once.
 */
const SECRET = 'crash-recovery-webhook-secret';
const LOCK_TTL_SECONDS = 3;
/** Per test: kills, restarts (two replicas on PostgreSQL), lapsed leases and the recovery. */
const TEST_TIMEOUT = 90_000;

interface Rec {
  id: string;
  tag: string;
  status: string;
  reason: string | null;
  correlationId: string | null;
  startedAt: string | null;
  finishedAt: string | null;
}

interface Job {
  id: string;
  status: string;
  attempts: number;
  deploymentId: string | null;
  error: string | null;
  leaseExpiresAt: string | null;
}

interface Hold {
  match: (r: LoggedRequest) => boolean;
  when: 'before' | 'after';
  arrived: Promise<void>;
  arrive: () => void;
  hit: boolean;
}

const sha = () => randomBytes(20).toString('hex');
const image = (app: string, tag: string) => `ghcr.io/acme/${app}:${tag}`;
const isWriteTo = (app: string) => (r: LoggedRequest) =>
  r.method !== 'GET' && r.objectName === app && r.path.includes('/deployments');
const isReadOf = (app: string) => (r: LoggedRequest) => r.method === 'GET' && r.objectName === app;

describe('crash recovery (SIGKILL of the real service process)', () => {
  let kube: FakeKubeApi;
  let database: TestDatabaseHandle;
  let services: ServiceProcess[] = [];
  const started: ServiceProcess[] = [];
  let env: Record<string, string>;
  let token: string;
  /** Requests the fake cluster keeps waiting until the next kill (then drops or answers into the void). */
  let holds: Hold[] = [];
  let killed: Promise<void>;
  let announceKill: () => void;

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
    token = await bearer({ sub: 'crash', scope: 'apps:write deploy:write deploy:read cicd:read audit:read' });
    armKill();
    const held = (r: LoggedRequest, when: Hold['when']) => {
      const hold = holds.find((h) => h.when === when && !h.hit && h.match(r));
      if (!hold) return false;
      hold.hit = true;
      hold.arrive();
      return true;
    };
    kube.beforeServe = async (r) => {
      if (!held(r, 'before')) return;
      await killed;
      return 'drop';
    };
    kube.afterServe = async (r) => {
      if (held(r, 'after')) await killed;
    };
    // The first replica only accepts deliveries (its worker is off): the queued-job case.
    await start({ KLEPAAS_CICD_WORKER_ENABLED: 'false' });
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await killAll();
    await kube?.close();
    await database?.drop();
  });

  function armKill(): void {
    killed = new Promise((resolve) => (announceKill = resolve));
  }

  /** The fake cluster holds the first matching request: `before` applying it (it is dropped), or `after`. */
  function hold(match: Hold['match'], when: Hold['when']): Promise<void> {
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    holds.push({ match, when, arrived, arrive, hit: false });
    return arrived;
  }

  /** SIGKILL every replica; held requests are then released (dropped, or answered to a dead socket). */
  async function killAll(): Promise<void> {
    await Promise.all(services.map((s) => s.kill()));
    services = [];
    holds = [];
    announceKill();
    armKill();
  }

  /** Fresh replicas on the same database: one on SQLite, two on PostgreSQL. */
  async function start(extra: Record<string, string> = {}): Promise<void> {
    const count = database.kind === 'postgres' ? 2 : 1;
    services = await Promise.all(
      Array.from({ length: count }, () => ServiceProcess.start({ ...env, ...extra })),
    );
    started.push(...services);
  }

  /** waitFor, failing with the logs of the last processes (the killed ones and their successors). */
  const settle = <T>(what: string, check: () => Promise<T | null | undefined>) =>
    waitFor(what, check, 30_000).catch((err: Error) => {
      const logs = started.slice(-4).map((s, i) => `--- process ${i + 1}\n${s.output.join('')}`);
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

  const registerApp = (name: string) =>
    json(
      'POST',
      '/api/v1/apps',
      { name, image: `ghcr.io/acme/${name}`, replicas: 1, githubRepo: `acme/${name}` },
      201,
    );

  const deploy = (app: string, tag: string) =>
    json<Rec>('POST', `/api/v1/apps/${app}/environments/staging/deploy`, { tag });

  /** A deploy whose caller dies with the service: its answer never comes. */
  const deployInBackground = (app: string, tag: string) =>
    void call('POST', `/api/v1/apps/${app}/environments/staging/deploy`, { tag }).catch(() => undefined);

  const records = async (app: string) =>
    (await json<{ items: Rec[] }>('GET', `/api/v1/deployments?app=${app}&limit=100`)).items;
  const record = async (app: string, tag: string) => (await records(app)).find((r) => r.tag === tag);
  const settledRecord = (app: string, tag: string) =>
    settle(`the ${tag} record of ${app} to settle`, async () => {
      const found = await record(app, tag);
      return found && !['pending', 'in_progress'].includes(found.status) ? found : null;
    });

  /** Deployment writes (create, replace, patch, delete) the cluster applied for an app. */
  const writesOf = (app: string) => kube.writes.filter(isWriteTo(app)).map((w) => w.method);

  async function push(app: string, tag: string): Promise<string> {
    const payload = githubExample('push', (e) => e.ref === 'refs/heads/master');
    payload.repository.full_name = `acme/${app}`;
    payload.after = tag;
    const d = await signedDelivery('push', payload, SECRET);
    const res = await fetch(`${services[0].url}/api/v1/cicd/webhook`, {
      method: 'POST',
      headers: d.headers,
      body: d.body,
    });
    const body = (await res.json()) as { id: string; outcome: string };
    if (res.status !== 202 || body.outcome !== 'accepted')
      throw new Error(`push → ${res.status} ${JSON.stringify(body)}`);
    return body.id;
  }

  const job = async (delivery: string) =>
    (await json<{ jobs: Job[] }>('GET', `/api/v1/cicd/deliveries/${delivery}`)).jobs[0];
  const settledJob = (delivery: string) =>
    settle(`the job of delivery ${delivery} to settle`, async () => {
      const j = await job(delivery);
      return ['succeeded', 'failed', 'cancelled'].includes(j.status) ? j : null;
    });

  it(
    'a queued job outlives the replica that accepted it, and runs once',
    async () => {
      await registerApp('c-queued');
      const delivery = await push('c-queued', sha());
      expect((await job(delivery)).status).toBe('queued');
      await killAll();
      await start();

      expect(await settledJob(delivery)).toMatchObject({ status: 'succeeded', attempts: 1 });
      expect(writesOf('c-queued')).toEqual(['POST']);
    },
    TEST_TIMEOUT,
  );

  it(
    'killed with deploys and jobs at every step: everything settles without another restart, each write applied once',
    async () => {
      const apps = ['d-lease', 'd-write', 'd-wait', 'c-claimed', 'c-before', 'c-wait', 'c-behind'];
      for (const app of apps) await registerApp(app);
      for (const app of ['d-lease', 'd-write', 'd-wait', 'c-behind']) await deploy(app, 'v1');
      const jobTag = { claimed: sha(), before: sha(), wait: sha(), behind: sha() };
      kube.stuckImages.add(image('d-wait', 'v2'));
      kube.stuckImages.add(image('c-wait', jobTag.wait));
      kube.stuckImages.add(image('c-behind', 'v2'));

      // Deploys: lease taken but the write never arrives; write applied; following the rollout.
      const inPlace = [hold(isWriteTo('d-lease'), 'before'), hold(isWriteTo('d-write'), 'after')];
      for (const app of ['d-lease', 'd-write', 'd-wait', 'c-behind']) deployInBackground(app, 'v2');
      // Jobs: claimed (before any deployment record); before its write; after it, following the rollout.
      inPlace.push(hold(isReadOf('c-claimed'), 'before'), hold(isWriteTo('c-before'), 'before'));
      const claimed = await push('c-claimed', jobTag.claimed);
      const before = await push('c-before', jobTag.before);
      const wait = await push('c-wait', jobTag.wait);
      await Promise.all(inPlace);
      const following = { 'd-wait': 2, 'c-wait': 1, 'c-behind': 2 };
      await waitFor('d-wait, c-wait and c-behind to follow their rollouts', () =>
        Object.entries(following).every(([app, writes]) => writesOf(app).length === writes),
      );
      // A job queued behind the c-behind deploy (blocked by its lock) when that deploy is killed.
      const behind = await push('c-behind', jobTag.behind);
      await waitFor('the c-behind job to be blocked and waiting', async () => {
        const j = await job(behind);
        return j.status === 'queued' && j.error?.startsWith('operation_in_progress');
      });

      await killAll();
      const lapsed = Date.now() + LOCK_TTL_SECONDS * 1000 + 500;
      await start(); // within the leases: the startup pass must leave those records alone

      // Settled by the periodic pass once their leases lapse.
      expect(await settledRecord('d-lease', 'v2')).toMatchObject({ status: 'failed', reason: 'NotApplied' });
      expect(await settledRecord('d-write', 'v2')).toMatchObject({
        status: 'succeeded',
        reason: 'ReconciledAfterRestart',
      });
      // Jobs are taken over and resumed; the blocked one never spent its attempts on the dead lease.
      const jobs = {
        claimed: await settledJob(claimed),
        before: await settledJob(before),
        behind: await settledJob(behind),
      };
      expect(jobs.claimed).toMatchObject({ status: 'succeeded', attempts: 2 });
      expect(jobs.before).toMatchObject({ status: 'succeeded', attempts: 2 });
      expect(jobs.behind.status).toBe('succeeded');
      // 1, or 2 if the kill caught it in one of its brief tries (a dead worker's start counts).
      expect(jobs.behind.attempts).toBeLessThanOrEqual(2);
      expect(await record('c-behind', 'v2')).toMatchObject({ status: 'failed', reason: 'Interrupted' });
      const ofJob = async (app: string, id: string) =>
        (await records(app)).filter((r) => r.correlationId === id).map((r) => [r.status, r.reason]);
      expect(await ofJob('c-claimed', jobs.claimed.id)).toEqual([['succeeded', 'RolloutComplete']]);
      expect((await ofJob('c-before', jobs.before.id)).sort()).toEqual([
        ['failed', 'NotApplied'],
        ['succeeded', 'RolloutComplete'],
      ]);

      // Rollouts still running in the cluster stay in progress past the leases...
      await sleep(Math.max(0, lapsed - Date.now()));
      expect((await record('d-wait', 'v2'))?.status).toBe('in_progress');
      const resumed = await job(wait);
      expect(resumed).toMatchObject({ status: 'running', leaseExpiresAt: expect.any(String) });
      expect(Date.parse(resumed.leaseExpiresAt!)).toBeGreaterThan(Date.now() - 1000); // renewed by its new owner
      // ...and settle when they complete.
      kube.stuckImages.clear();
      expect(await settledRecord('d-wait', 'v2')).toMatchObject({
        status: 'succeeded',
        reason: 'ReconciledAfterRestart',
      });
      const waited = await settledJob(wait);
      expect(waited).toMatchObject({ status: 'succeeded', attempts: 2 });
      expect(await ofJob('c-wait', waited.id)).toEqual([['succeeded', 'ReconciledAfterRestart']]);

      expect(Object.fromEntries(apps.map((app) => [app, writesOf(app)]))).toEqual({
        'd-lease': ['POST'], // v2 never reached the cluster
        'd-write': ['POST', 'PUT'],
        'd-wait': ['POST', 'PUT'],
        'c-claimed': ['POST'],
        'c-before': ['POST'],
        'c-wait': ['POST'],
        'c-behind': ['POST', 'PUT', 'PUT'], // v1, the killed v2, the job
      });
    },
    TEST_TIMEOUT,
  );

  it(
    'a deploy that takes over an expired lease settles the dead operation first, even with no periodic pass',
    async () => {
      await registerApp('d-take');
      await deploy('d-take', 'v1');
      kube.stuckImages.add(image('d-take', 'v2'));
      const written = hold(isWriteTo('d-take'), 'after');
      deployInBackground('d-take', 'v2');
      await written;
      await killAll();
      const lapsed = Date.now() + LOCK_TTL_SECONDS * 1000 + 300;
      await start({ KLEPAAS_OPERATION_RECONCILE_INTERVAL_MS: '3600000' });
      await sleep(Math.max(0, lapsed - Date.now()));
      expect((await record('d-take', 'v2'))?.status).toBe('in_progress');

      const next = await deploy('d-take', 'v3');
      expect(next.status).toBe('succeeded');
      const dead = (await record('d-take', 'v2'))!;
      expect(dead).toMatchObject({ status: 'failed', reason: 'Interrupted' });
      expect(dead.finishedAt! <= next.startedAt!).toBe(true);
      expect(writesOf('d-take')).toEqual(['POST', 'PUT', 'PUT']);
      const audit = await json<{ items: { userId: string | null; resource: string; details: unknown }[] }>(
        'GET',
        '/api/v1/audit?action=deployment.reconcile&limit=100',
      );
      expect(audit.items.find((a) => a.resource === 'd-take/staging')).toMatchObject({
        userId: null,
        details: { id: dead.id, operation: 'deploy', user: 'crash', reason: 'Interrupted', takeover: true },
      });
      kube.stuckImages.clear();
    },
    TEST_TIMEOUT,
  );

  it('leaves nothing unsettled', async () => {
    const unsettled = await Promise.all([
      json<{ items: unknown[] }>('GET', '/api/v1/deployments?status=in_progress'),
      json<{ items: unknown[] }>('GET', '/api/v1/deployments?status=pending'),
      json<{ items: unknown[] }>('GET', '/api/v1/cicd/deliveries?status=running'),
      json<{ items: unknown[] }>('GET', '/api/v1/cicd/deliveries?status=queued'),
    ]);
    expect(unsettled.map((u) => u.items)).toEqual([[], [], [], []]);
  });
});
