import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type DatabaseHandle } from '../../database/database.factory.js';
import { WriteBehindQueue } from '../../database/write-behind.js';
import type { AlertInput } from '../alerts/alert.types.js';
import type { AlertsService } from '../alerts/alerts.service.js';
import { CicdConfig } from './cicd.config.js';
import type { CicdDeployer, CicdDeployRequest, CicdDeployResult } from './cicd.deployer.js';
import { CicdRepository, type JobRow } from './cicd.repository.js';
import type { CicdWorker as Worker } from './cicd.worker.js';

// @willsoto/nestjs-prometheus require()s @nestjs/common: load the ESM packages first (see test/support/preload-esm.ts).
const { Logger } = await import('@nestjs/common');
Logger.overrideLogger(false);
const { CicdWorker } = (await import('./cicd.worker.js')) as { CicdWorker: typeof Worker };
const { migrateToLatest } = await import('../../database/database.module.js');

/** The worker against a real (temp SQLite) database and a scripted deployer. */
describe('CicdWorker', () => {
  let dir: string;
  let handle: DatabaseHandle;
  let repo: CicdRepository;
  const alerts: AlertInput[] = [];
  const counter = { inc: () => undefined } as never;
  const alertsService = { raise: (a: AlertInput) => alerts.push(a) } as unknown as AlertsService;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cicd-worker-'));
    handle = await openDatabase(`sqlite:${join(dir, 'db.sqlite')}`);
    await migrateToLatest(handle);
    repo = new CicdRepository(
      handle.db as unknown as ConstructorParameters<typeof CicdRepository>[0],
      new WriteBehindQueue(handle.db, { intervalMs: 5, maxBatch: 1000, capacity: 1000 }),
    );
    alerts.length = 0;
  });
  afterEach(async () => {
    await handle.db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const config = (over: Partial<CicdConfig> = {}) =>
    Object.assign(new CicdConfig(), { KLEPAAS_CICD_WORKER_POLL_MS: 50, ...over });

  /** The worker under test, with the test's repository, metrics and alerts. */
  const workerWith = (deployer: CicdDeployer, over: Partial<CicdConfig> = {}) =>
    new CicdWorker(config(over), repo, deployer, counter, alertsService);

  /** Another operation holds the app/environment. */
  const blocked: CicdDeployResult = {
    deploymentId: null,
    revision: null,
    succeeded: false,
    retryable: true,
    error: 'operation_in_progress: another operation is running',
  };

  async function addJob(id: string, over: Partial<JobRow> = {}): Promise<void> {
    const now = new Date().toISOString();
    await repo.insertDelivery(
      {
        id: `d-${id}`,
        delivery_id: `gh-${id}`,
        event: 'push',
        action: null,
        repository: 'org/web',
        sender: 'octocat',
        secret: 'primary',
        outcome: 'accepted',
        reason: null,
        apps: '["web"]',
        received_at: now,
      },
      [
        {
          id,
          delivery_id: `d-${id}`,
          app: 'web',
          environment: 'staging',
          tag: `sha-${id}`,
          tags: '[]',
          trigger: 'push',
          repository: 'org/web',
          revision: null,
          ref: 'main',
          actor: 'github:octocat',
          status: 'queued',
          attempts: 0,
          deployment_id: null,
          error: null,
          confirmed_by: null,
          created_at: now,
          updated_at: now,
          run_after: null,
          started_at: null,
          finished_at: null,
          ...over,
        },
      ],
    );
  }

  const until = async (check: () => Promise<boolean>) => {
    const end = Date.now() + 10000;
    while (!(await check())) {
      if (Date.now() > end) throw new Error('timeout');
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  class Scripted implements CicdDeployer {
    calls: CicdDeployRequest[] = [];
    constructor(private readonly impl: (r: CicdDeployRequest) => Promise<CicdDeployResult>) {}
    async releaseStanding() {
      return { current: null, deployedBefore: false };
    }
    async appsForRepository() {
      return ['web'];
    }
    deploy(r: CicdDeployRequest) {
      this.calls.push(r);
      return this.impl(r);
    }
  }

  it('runs queued jobs in order, records the deployment and alerts the result', async () => {
    await addJob('a');
    await addJob('b');
    const deployer = new Scripted(async (r) =>
      r.tag === 'sha-b'
        ? { deploymentId: null, revision: null, succeeded: false, error: 'image not found' }
        : { deploymentId: 'dep-1', revision: 4, succeeded: true, error: null },
    );
    const worker = workerWith(deployer);
    worker.onApplicationBootstrap();
    await until(async () => (await repo.getJob('b'))?.status === 'failed');
    await worker.onModuleDestroy();
    expect(deployer.calls.map((c) => [c.tag, c.correlationId, c.userId])).toEqual([
      ['sha-a', 'a', 'github:octocat'],
      ['sha-b', 'b', 'github:octocat'],
    ]);
    expect(await repo.getJob('a')).toMatchObject({
      status: 'succeeded',
      deployment_id: 'dep-1',
      revision: 4,
      attempts: 1,
    });
    expect(await repo.getJob('b')).toMatchObject({ status: 'failed', error: 'image not found' });
    expect(alerts.map((a) => [a.kind, a.fields?.result, a.code])).toEqual([
      ['cicd_result', 'succeeded', undefined],
      ['cicd_result', 'failed', 'deploy_failed'],
    ]);
  });

  it('queues a job interrupted by shutdown again; the next worker completes it', async () => {
    await addJob('slow');
    const first = new Scripted(
      (r) =>
        new Promise((_, reject) => r.signal.addEventListener('abort', () => reject(new Error('aborted')))),
    );
    const w1 = workerWith(first);
    w1.onApplicationBootstrap();
    await until(async () => (await repo.getJob('slow'))?.status === 'running');
    await w1.onModuleDestroy();
    expect((await repo.getJob('slow'))?.status).toBe('queued');

    const second = new Scripted(async () => ({
      deploymentId: 'dep-2',
      revision: 1,
      succeeded: true,
      error: null,
    }));
    const w2 = workerWith(second);
    w2.onApplicationBootstrap();
    await until(async () => (await repo.getJob('slow'))?.status === 'succeeded');
    await w2.onModuleDestroy();
    expect((await repo.getJob('slow'))?.attempts).toBe(1); // a shutdown is not a failed attempt
  });

  const succeed = async (): Promise<CicdDeployResult> => ({
    deploymentId: 'x',
    revision: 1,
    succeeded: true,
    error: null,
  });
  const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

  it('takes over running jobs whose lease expired, leaves live leases alone, fails a job that keeps dying', async () => {
    await addJob('crashed', {
      app: 'a',
      status: 'running',
      owner_id: 'dead',
      lease_expires_at: ago(1),
      attempts: 1,
    });
    await addJob('exhausted', {
      app: 'b',
      status: 'running',
      owner_id: 'dead',
      lease_expires_at: ago(1),
      attempts: 3,
    });
    await addJob('fresh', {
      app: 'c',
      status: 'running',
      owner_id: 'alive',
      lease_expires_at: ago(-60_000),
      attempts: 1,
    });
    const deployer = new Scripted(succeed);
    const worker = workerWith(deployer);
    worker.onApplicationBootstrap();
    await until(async () => (await repo.getJob('crashed'))?.status === 'succeeded');
    await until(async () => (await repo.getJob('exhausted'))?.status === 'failed');
    await worker.onModuleDestroy();
    expect(await repo.getJob('crashed')).toMatchObject({
      attempts: 2,
      owner_id: null,
      lease_expires_at: null,
    });
    expect((await repo.getJob('exhausted'))?.error).toMatch(
      /abandoned: its worker stopped during each of 3 attempts/,
    );
    expect(await repo.getJob('fresh')).toMatchObject({ status: 'running', owner_id: 'alive' }); // another replica runs it
    expect(deployer.calls.map((c) => c.correlationId)).toEqual(['crashed']); // resumed under its own id
  });

  it('takes a job over as soon as its lease lapses, not only at startup', async () => {
    const worker = workerWith(new Scripted(succeed));
    worker.onApplicationBootstrap();
    await addJob('lapsing', {
      status: 'running',
      owner_id: 'dead',
      lease_expires_at: ago(-300),
      attempts: 1,
    });
    const lapses = Date.now() + 300;
    await until(async () => (await repo.getJob('lapsing'))?.status === 'succeeded');
    await worker.onModuleDestroy();
    expect(Date.now() - lapses).toBeLessThan(2000);
  });

  it('renews the lease of a long job, so no other worker takes it over', async () => {
    await addJob('long');
    const deployer = new Scripted(async () => {
      await new Promise((r) => setTimeout(r, 900));
      return succeed();
    });
    const w1 = workerWith(deployer, { KLEPAAS_CICD_JOB_LEASE_MS: 300 });
    const w2 = workerWith(deployer, { KLEPAAS_CICD_JOB_LEASE_MS: 300 });
    w1.onApplicationBootstrap();
    await until(async () => (await repo.getJob('long'))?.status === 'running');
    w2.onApplicationBootstrap();
    await until(async () => (await repo.getJob('long'))?.status === 'succeeded');
    await Promise.all([w1.onModuleDestroy(), w2.onModuleDestroy()]);
    expect(deployer.calls).toHaveLength(1);
    expect((await repo.getJob('long'))?.attempts).toBe(1);
  });

  it('runs jobs of different apps concurrently (bounded), never two of one app/environment', async () => {
    for (const [id, app] of [
      ['a1', 'a'],
      ['a2', 'a'],
      ['b1', 'b'],
      ['c1', 'c'],
      ['d1', 'd'],
    ])
      await addJob(id, { app });
    let running = 0;
    let peak = 0;
    const runningApps = new Set<string>();
    const overlaps: string[] = [];
    const deployer = new Scripted(async (r) => {
      if (runningApps.has(r.app)) overlaps.push(r.app);
      runningApps.add(r.app);
      peak = Math.max(peak, ++running);
      await new Promise((res) => setTimeout(res, 200));
      running--;
      runningApps.delete(r.app);
      return succeed();
    });
    const worker = workerWith(deployer, { KLEPAAS_CICD_CONCURRENCY: 3 });
    const started = Date.now();
    worker.onApplicationBootstrap();
    await until(
      async () =>
        (await repo.getJob('d1'))?.status === 'succeeded' &&
        (await repo.getJob('a2'))?.status === 'succeeded',
    );
    await worker.onModuleDestroy();
    expect(peak).toBe(3);
    expect(overlaps).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5 * 200 + 500); // not one after another
    // One app/environment keeps its order.
    const order = deployer.calls.map((c) => c.correlationId);
    expect(order.indexOf('a1')).toBeLessThan(order.indexOf('a2'));
  });

  it('does not read the queue for new jobs of an app/environment busy here; the running job ends and wakes it', async () => {
    await addJob('first');
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const deployer = new Scripted(async (r) => {
      if (r.correlationId === 'first') await held;
      return succeed();
    });
    const worker = workerWith(deployer, { KLEPAAS_CICD_WORKER_POLL_MS: 60_000 });
    worker.onApplicationBootstrap();
    await until(async () => deployer.calls.length === 1);
    await addJob('second'); // the backlog: same app/environment
    let reads = 0;
    const read = repo.activeWorkJobs.bind(repo);
    repo.activeWorkJobs = (limit) => (reads++, read(limit));
    for (let i = 0; i < 50; i++) worker.wake([{ app: 'web', environment: 'staging' }]);
    await new Promise((r) => setTimeout(r, 50));
    expect(reads).toBe(0);
    worker.wake([{ app: 'api', environment: 'staging' }]); // another target may start: one pass
    await until(async () => reads === 1);
    release();
    await until(async () => (await repo.getJob('second'))?.status === 'succeeded');
    await worker.onModuleDestroy();
    expect(deployer.calls.map((c) => c.correlationId)).toEqual(['first', 'second']);
  });

  it('puts a job blocked by another operation back in the queue and runs it later', async () => {
    await addJob('blocked');
    let calls = 0;
    const deployer = new Scripted(async () =>
      ++calls === 1 ? blocked : { deploymentId: 'dep-3', revision: 2, succeeded: true, error: null },
    );
    const worker = workerWith(deployer, { KLEPAAS_CICD_RETRY_DELAY_MS: 200 });
    worker.onApplicationBootstrap();
    await until(async () => (await repo.getJob('blocked'))?.status === 'succeeded');
    await worker.onModuleDestroy();
    expect(await repo.getJob('blocked')).toMatchObject({ attempts: 1, error: null, deployment_id: 'dep-3' });
    expect(alerts).toHaveLength(1);
  });

  it('does not count waiting behind a held lock as attempts (a dead holder may keep it for its whole lease)', async () => {
    await addJob('patient');
    let calls = 0;
    const deployer = new Scripted(async () =>
      ++calls <= 6 ? blocked : { deploymentId: 'dep-4', revision: 3, succeeded: true, error: null },
    );
    const worker = workerWith(deployer, { KLEPAAS_CICD_RETRY_DELAY_MS: 20, KLEPAAS_CICD_MAX_ATTEMPTS: 2 });
    worker.onApplicationBootstrap();
    await until(async () => ['succeeded', 'failed'].includes((await repo.getJob('patient'))!.status));
    await worker.onModuleDestroy();
    expect(await repo.getJob('patient')).toMatchObject({
      status: 'succeeded',
      attempts: 1,
      blocked_since: null,
    });
    expect(calls).toBe(7);
  });

  it('fails a job blocked for longer than KLEPAAS_CICD_JOB_TIMEOUT_MS, counted from when it was first blocked', async () => {
    // Created long ago (e.g. waiting for confirmation): its age does not count, only the blocked time.
    await addJob('old', { created_at: ago(3_600_000) });
    const deployer = new Scripted(async () => blocked);
    const worker = workerWith(deployer, {
      KLEPAAS_CICD_RETRY_DELAY_MS: 50,
      KLEPAAS_CICD_JOB_TIMEOUT_MS: 1000,
    });
    const started = Date.now();
    worker.onApplicationBootstrap();
    await until(async () => (await repo.getJob('old'))?.status === 'failed');
    await worker.onModuleDestroy();
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect((await repo.getJob('old'))?.error).toMatch(/^still blocked after \d+s: operation_in_progress/);
    expect(deployer.calls.length).toBeGreaterThan(3);
  });

  const unreachable = {
    deploymentId: null,
    revision: null,
    succeeded: false,
    waitForCluster: true,
    error: 'cluster_unreachable: The Kubernetes API could not be reached (ECONNREFUSED)',
  };

  it('waits for an unreachable cluster beyond the job timeout and attempts, then deploys', async () => {
    await addJob('outage');
    let calls = 0;
    const deployer = new Scripted(async () =>
      ++calls <= 8 ? unreachable : { deploymentId: 'dep-5', revision: 4, succeeded: true, error: null },
    );
    const worker = workerWith(deployer, {
      KLEPAAS_CICD_RETRY_DELAY_MS: 150,
      KLEPAAS_CICD_MAX_ATTEMPTS: 1,
      KLEPAAS_CICD_JOB_TIMEOUT_MS: 1000,
    });
    worker.onApplicationBootstrap();
    await until(
      async () => (await repo.getJob('outage'))?.error?.startsWith('waiting for the cluster: ') ?? false,
    );
    expect(await repo.getJob('outage')).toMatchObject({ status: 'queued', attempts: 0 });
    await until(async () => ['succeeded', 'failed'].includes((await repo.getJob('outage'))!.status));
    await worker.onModuleDestroy();
    expect(await repo.getJob('outage')).toMatchObject({
      status: 'succeeded',
      attempts: 1,
      error: null,
      deployment_id: 'dep-5',
    });
    expect(calls).toBe(9);
    expect(alerts).toHaveLength(1); // only the finished job is alerted
  });

  it('fails a job once the cluster stayed unreachable for KLEPAAS_CICD_CLUSTER_WAIT_MS', async () => {
    await addJob('gone');
    const deployer = new Scripted(async () => unreachable);
    const worker = workerWith(deployer, {
      KLEPAAS_CICD_RETRY_DELAY_MS: 50,
      KLEPAAS_CICD_CLUSTER_WAIT_MS: 1000,
    });
    worker.onApplicationBootstrap();
    await until(async () => (await repo.getJob('gone'))?.status === 'failed');
    await worker.onModuleDestroy();
    expect((await repo.getJob('gone'))?.error).toMatch(
      /^cluster still unreachable after \d+s: cluster_unreachable: /,
    );
  });

  it('never runs a job that is waiting for confirmation or taken by another worker', async () => {
    await addJob('pending', { status: 'waiting_confirmation' });
    await addJob('q');
    const deployer = new Scripted(async () => ({
      deploymentId: 'x',
      revision: 1,
      succeeded: true,
      error: null,
    }));
    const w1 = workerWith(deployer);
    const w2 = workerWith(deployer);
    w1.onApplicationBootstrap();
    w2.onApplicationBootstrap();
    await until(async () => (await repo.getJob('q'))?.status === 'succeeded');
    await Promise.all([w1.onModuleDestroy(), w2.onModuleDestroy()]);
    expect(deployer.calls.map((c) => c.correlationId)).toEqual(['q']);
    expect((await repo.getJob('pending'))?.status).toBe('waiting_confirmation');
  });
});
