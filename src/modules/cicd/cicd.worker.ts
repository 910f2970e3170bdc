import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Counter } from 'prom-client';
import { AppError } from '../../common/errors/app-error.js';
import { AlertsService } from '../alerts/alerts.service.js';
import { CicdConfig } from './cicd.config.js';
import { CICD_DEPLOYER, type CicdDeployer, type CicdDeployResult } from './cicd.deployer.js';
import { CicdRepository, type JobRow } from './cicd.repository.js';

export const CICD_JOBS = 'klepaas_cicd_jobs_total';

/**
 * In-process job runner. Jobs live in the database, so nothing is lost when the process stops. A worker
 * claims a job with a lease (owner id + lease_expires_at, renewed every third of
 * KLEPAAS_CICD_JOB_LEASE_MS while it runs); when a worker dies its lease runs out and any replica takes
 * the job over at its next poll. A retaken job resumes idempotently: the deployer first looks for the
 * deployment record the job already started (the job id is its correlation id) and follows it instead of
 * deploying again. Up to KLEPAAS_CICD_CONCURRENCY jobs run at once per replica, never two for one
 * app/environment, oldest first for each.
 */
@Injectable()
export class CicdWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('CicdWorker');
  /** This worker's identity in `owner_id`: unique per process, readable in the database. */
  readonly workerId = `${hostname().slice(0, 60)}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private timer: NodeJS.Timeout | null = null;
  private loop: Promise<void> | null = null;
  private again = false;
  private stopping = false;
  /** Running jobs of this worker by id, with their app/environment key. */
  private readonly inFlight = new Map<string, { target: string; abort: AbortController }>();
  private readonly tasks = new Set<Promise<void>>();

  constructor(
    private readonly config: CicdConfig,
    private readonly repository: CicdRepository,
    @Inject(CICD_DEPLOYER) private readonly deployer: CicdDeployer,
    @InjectMetric(CICD_JOBS) private readonly jobs: Counter<string>,
    private readonly alerts: AlertsService,
  ) {}

  get enabled(): boolean {
    return this.config.KLEPAAS_CICD_WORKER_ENABLED;
  }

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    this.timer = setInterval(() => this.wake(), this.config.KLEPAAS_CICD_WORKER_POLL_MS);
    this.timer.unref();
    this.wake();
  }

  /**
   * Run due jobs now (called after a delivery or confirmation, when a job ends, and by the poll timer).
   * Woken for new jobs (`jobs`) whose app/environments all have a job running here, it does nothing: none
   * of them may start before that job ends, whose end wakes the worker. So under a backlog of deploys an
   * incoming delivery costs no pass over the queue (a read of up to 500 active jobs each).
   */
  wake(jobs?: Pick<JobRow, 'app' | 'environment'>[]): void {
    if (!this.enabled || this.stopping) return;
    if (jobs?.length) {
      const busy = new Set([...this.inFlight.values()].map((f) => f.target));
      if (jobs.every((job) => busy.has(targetOf(job)))) return;
    }
    if (this.loop) {
      this.again = true;
      return;
    }
    this.loop = this.fill()
      .catch((err: unknown) => this.logger.error({ err }, 'CI/CD worker pass failed'))
      .finally(() => {
        this.loop = null;
        if (this.again && !this.stopping) {
          this.again = false;
          this.wake();
        }
      });
  }

  /** Starts runnable jobs until the concurrency bound is reached or none is left. */
  private async fill(): Promise<void> {
    while (!this.stopping) {
      const free = this.config.KLEPAAS_CICD_CONCURRENCY - this.inFlight.size;
      if (free <= 0) return; // a job that ends wakes the worker again
      let started = 0;
      for (const candidate of await this.runnable(free)) {
        if (this.stopping || this.inFlight.size >= this.config.KLEPAAS_CICD_CONCURRENCY) return;
        const job = await this.repository.claim(
          candidate.id,
          this.workerId,
          this.config.KLEPAAS_CICD_JOB_LEASE_MS,
        );
        if (!job) continue; // another worker took it, or it was cancelled
        if (candidate.status === 'running')
          this.logger.warn(
            { job: job.id, previousOwner: candidate.owner_id ?? null, attempts: job.attempts },
            'took over a job whose worker stopped (lease expired)',
          );
        this.start(job);
        started++;
      }
      if (started === 0) return;
    }
  }

  /**
   * The jobs this worker may start now: for each app/environment only its oldest active job, and only if
   * it is queued and due, or running under an expired lease — never while a job of that app/environment
   * runs here or under a live lease elsewhere.
   */
  private async runnable(max: number): Promise<JobRow[]> {
    const now = Date.now();
    const busy = new Set([...this.inFlight.values()].map((f) => f.target));
    const seen = new Set<string>();
    const out: JobRow[] = [];
    for (const job of await this.repository.activeWorkJobs(500)) {
      const target = targetOf(job);
      if (seen.has(target)) continue;
      seen.add(target);
      if (busy.has(target)) continue;
      const due =
        job.status === 'queued'
          ? !job.run_after || Date.parse(job.run_after) <= now
          : leaseExpiry(job, this.config.KLEPAAS_CICD_JOB_LEASE_MS) < now;
      if (due) out.push(job);
      if (out.length >= max) break;
    }
    return out;
  }

  private start(job: JobRow): void {
    const abort = new AbortController();
    this.inFlight.set(job.id, { target: targetOf(job), abort });
    const task = this.runOne(job, abort)
      .catch((err: unknown) => this.logger.error({ err, job: job.id }, 'CI/CD job bookkeeping failed'))
      .finally(() => {
        this.inFlight.delete(job.id);
        this.tasks.delete(task);
        this.wake();
      });
    this.tasks.add(task);
  }

  private async runOne(job: JobRow, abort: AbortController): Promise<void> {
    if (job.attempts > this.config.KLEPAAS_CICD_MAX_ATTEMPTS) {
      // Its worker died on every attempt: stop before it takes a replica down again.
      await this.finish(job, {
        status: 'failed',
        error: `abandoned: its worker stopped during each of ${job.attempts - 1} attempts`,
      });
      return;
    }
    const lease = this.holdLease(job.id, abort);
    const timeout = setTimeout(() => abort.abort(), this.config.KLEPAAS_CICD_JOB_TIMEOUT_MS);
    let finished: Partial<JobRow> | null;
    try {
      finished = await this.attempt(job, abort, lease);
    } finally {
      lease.stop();
      clearTimeout(timeout);
    }
    if (finished) await this.finish(job, finished);
  }

  /**
   * Renews the job's lease every third of KLEPAAS_CICD_JOB_LEASE_MS; when another worker has taken the
   * job over, aborts the deploy here (`lost` tells the attempt to record nothing).
   */
  private holdLease(id: string, abort: AbortController): Lease {
    const leaseMs = this.config.KLEPAAS_CICD_JOB_LEASE_MS;
    let lost = false;
    const renew = setInterval(
      () => {
        this.repository
          .renewLease(id, this.workerId, leaseMs)
          .then((held) => {
            if (held || lost) return;
            lost = true;
            this.logger.warn({ job: id }, 'job lease lost (taken over by another worker); stopping here');
            abort.abort();
          })
          .catch((err: unknown) => this.logger.warn({ err, job: id }, 'job lease renewal failed'));
      },
      Math.max(50, Math.floor(leaseMs / 3)),
    );
    renew.unref();
    return {
      get lost() {
        return lost;
      },
      stop: () => clearInterval(renew),
    };
  }

  /**
   * Runs the deploy once and says how the job ends, or null when there is nothing to record here: the
   * job was queued again (waiting, or interrupted by shutdown) or another worker owns it now.
   */
  private async attempt(job: JobRow, abort: AbortController, lease: Lease): Promise<Partial<JobRow> | null> {
    try {
      const result = await this.deployer.deploy({
        app: job.app,
        environment: job.environment,
        tag: job.tag,
        userId: job.actor,
        correlationId: job.id,
        signal: abort.signal,
      });
      if (lease.lost) return null; // the new owner records the outcome
      if (this.stopping && abort.signal.aborted) throw new Error('interrupted by shutdown');
      if (result.retryable || result.waitForCluster) return await this.waitOrGiveUp(job, result);
      return {
        blocked_since: null,
        status: result.succeeded ? 'succeeded' : 'failed',
        deployment_id: result.deploymentId,
        revision: result.revision,
        error: result.error,
      };
    } catch (err) {
      if (lease.lost) return null;
      if (this.stopping && abort.signal.aborted) {
        // Shutdown interrupted the job: queue it again; the next run resumes it from its deployment record.
        await this.repository.release(job.id, this.workerId, { status: 'queued', uncountAttempt: true });
        this.logger.warn({ job: job.id }, 'job interrupted by shutdown, queued again');
        return null;
      }
      if (!(err instanceof AppError)) this.logger.error({ err, job: job.id }, 'deploy job failed');
      return {
        status: 'failed',
        error: err instanceof AppError ? `${err.code}: ${err.message}` : 'internal error while deploying',
      };
    }
  }

  /**
   * Blocked by an operation on the same app/environment (a live one, or a dead one whose lease has not
   * run out yet), or the cluster cannot be reached: waiting is not a failed attempt, so the job is queued
   * again (null) until that kind of wait, timed from when it began, passes its own limit (the failure).
   */
  private async waitOrGiveUp(job: JobRow, result: CicdDeployResult): Promise<Partial<JobRow> | null> {
    const kind: WaitKind = result.waitForCluster ? 'cluster' : 'blocked';
    const blockedSince =
      (job.blocked_since && waitKindOf(job.error) === kind ? job.blocked_since : null) ??
      new Date().toISOString();
    const waited = Date.now() - Date.parse(blockedSince);
    const limit =
      kind === 'cluster' ? this.config.KLEPAAS_CICD_CLUSTER_WAIT_MS : this.config.KLEPAAS_CICD_JOB_TIMEOUT_MS;
    if (waited >= limit) {
      const seconds = Math.round(waited / 1000);
      return {
        status: 'failed',
        error:
          kind === 'cluster'
            ? `cluster still unreachable after ${seconds}s: ${result.error}`
            : `still blocked after ${seconds}s: ${result.error ?? 'operation in progress'}`,
      };
    }
    const runAfter = new Date(Date.now() + this.config.KLEPAAS_CICD_RETRY_DELAY_MS).toISOString();
    const error = kind === 'cluster' ? `${CLUSTER_WAIT_PREFIX}${result.error}` : result.error;
    await this.repository.release(job.id, this.workerId, {
      status: 'queued',
      run_after: runAfter,
      error,
      blocked_since: blockedSince,
      uncountAttempt: true,
    });
    this.logger.warn(
      { job: job.id, runAfter, error },
      kind === 'cluster' ? 'cluster unreachable, deploy queued again' : 'deploy blocked, queued again',
    );
    return null;
  }

  private async finish(job: JobRow, finished: Partial<JobRow>): Promise<void> {
    const released = await this.repository.release(job.id, this.workerId, {
      ...finished,
      finished_at: new Date().toISOString(),
    });
    if (!released) return; // taken over meanwhile: the new owner reports it
    this.jobs.inc({ status: finished.status as string, environment: job.environment });
    this.alert((await this.repository.getJob(job.id)) as JobRow);
  }

  /** Every finished job is reported to AlertsModule as a `cicd_result` alert (routed and templated there). */
  private alert(job: JobRow): void {
    const ok = job.status === 'succeeded';
    const started = job.started_at ? Date.parse(job.started_at) : NaN;
    const finished = job.finished_at ? Date.parse(job.finished_at) : NaN;
    this.alerts.raise({
      kind: 'cicd_result',
      ...(ok ? {} : { code: 'deploy_failed' }),
      subject: job.repository,
      message: ok ? '' : (job.error ?? 'deploy failed'),
      operation: 'deploy',
      fields: {
        result: ok ? 'succeeded' : 'failed',
        repository: job.repository,
        ref: job.ref,
        trigger: job.trigger,
        app: job.app,
        environment: job.environment,
        revision: job.revision,
        tag: job.tag,
        tags: JSON.parse(job.tags) as string[],
        user: job.actor,
        deploymentId: job.deployment_id,
        durationMs: Number.isFinite(finished - started) ? finished - started : undefined,
      },
    });
  }

  /** Before the database closes: stop claiming, interrupt running jobs (they are queued again). */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    for (const { abort } of this.inFlight.values()) abort.abort();
    await this.loop;
    await Promise.allSettled([...this.tasks]);
  }
}

/** A running job's hold on its lease. */
interface Lease {
  readonly lost: boolean;
  stop(): void;
}

const targetOf = (job: Pick<JobRow, 'app' | 'environment'>) => `${job.app}/${job.environment}`;

type WaitKind = 'blocked' | 'cluster';
/** The error of a job queued again while it waits for the cluster starts with this. */
const CLUSTER_WAIT_PREFIX = 'waiting for the cluster: ';
const waitKindOf = (error: string | null | undefined): WaitKind =>
  error?.startsWith(CLUSTER_WAIT_PREFIX) ? 'cluster' : 'blocked';

/** When a running job's lease ends (a row from before leases counts from its last update). */
function leaseExpiry(job: JobRow, leaseMs: number): number {
  return job.lease_expires_at ? Date.parse(job.lease_expires_at) : Date.parse(job.updated_at) + leaseMs;
}
