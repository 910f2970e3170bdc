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
import { CICD_DEPLOYER, type CicdDeployer } from './cicd.deployer.js';
import { CicdRepository, type JobRow } from './cicd.repository.js';

export const CICD_JOBS = 'klepaas_cicd_jobs_total';

/**
 * In-process job runner. Jobs live in the database, so nothing is lost when the process stops: at
 * startup queued jobs are picked up again and running jobs whose worker is gone (older than
 * KLEPAAS_CICD_JOB_TIMEOUT_MS) are queued again. Claims are compare-and-set on the status column, so
 * several replicas may run workers without running a job twice.
 */
@Injectable()
export class CicdWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('CicdWorker');
  private timer: NodeJS.Timeout | null = null;
  private loop: Promise<void> | null = null;
  private again = false;
  private stopping = false;
  private readonly inFlight = new Map<string, AbortController>();

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

  async onApplicationBootstrap(): Promise<void> {
    if (!this.enabled) return;
    await this.recoverAbandoned();
    this.timer = setInterval(() => this.wake(), this.config.KLEPAAS_CICD_WORKER_POLL_MS);
    this.timer.unref();
    this.wake();
  }

  /** Run queued jobs now (called after a delivery or confirmation, and by the poll timer). */
  wake(): void {
    if (!this.enabled || this.stopping) return;
    if (this.loop) {
      this.again = true;
      return;
    }
    this.loop = this.drain()
      .catch((err: unknown) => this.logger.error({ err }, 'CI/CD worker pass failed'))
      .finally(() => {
        this.loop = null;
        if (this.again && !this.stopping) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async drain(): Promise<void> {
    while (!this.stopping) {
      const ids = await this.repository.queuedJobIds(10);
      if (ids.length === 0) return;
      for (const id of ids) {
        if (this.stopping) return;
        await this.runOne(id);
      }
    }
  }

  private async recoverAbandoned(): Promise<void> {
    const cutoff = new Date(Date.now() - this.config.KLEPAAS_CICD_JOB_TIMEOUT_MS).toISOString();
    for (const job of await this.repository.staleRunningJobs(cutoff)) {
      const exhausted = job.attempts >= this.config.KLEPAAS_CICD_MAX_ATTEMPTS;
      await this.repository.transition(job.id, ['running'], {
        status: exhausted ? 'failed' : 'queued',
        ...(exhausted
          ? { error: `abandoned after ${job.attempts} attempts`, finished_at: new Date().toISOString() }
          : {}),
      });
      this.logger.warn({ job: job.id }, exhausted ? 'abandoned job failed' : 'abandoned job queued again');
    }
  }

  private async runOne(id: string): Promise<void> {
    const claimed = await this.repository.transition(id, ['queued'], {
      status: 'running',
      started_at: new Date().toISOString(),
      incrementAttempts: true,
    });
    if (!claimed) return; // another worker took it, or it was cancelled
    const job = (await this.repository.getJob(id)) as JobRow;
    const abort = new AbortController();
    this.inFlight.set(id, abort);
    const timeout = setTimeout(() => abort.abort(), this.config.KLEPAAS_CICD_JOB_TIMEOUT_MS);
    let finished: Partial<JobRow>;
    try {
      const result = await this.deployer.deploy({
        app: job.app,
        environment: job.environment,
        tag: job.tag,
        userId: job.actor,
        correlationId: job.id,
        signal: abort.signal,
      });
      if (this.stopping && abort.signal.aborted) throw new Error('interrupted by shutdown');
      if (result.retryable && job.attempts < this.config.KLEPAAS_CICD_MAX_ATTEMPTS) {
        const runAfter = new Date(Date.now() + this.config.KLEPAAS_CICD_RETRY_DELAY_MS).toISOString();
        await this.repository.transition(id, ['running'], {
          status: 'queued',
          run_after: runAfter,
          error: result.error,
        });
        this.logger.warn({ job: id, runAfter, error: result.error }, 'deploy blocked, queued again');
        return;
      }
      finished = {
        status: result.succeeded ? 'succeeded' : 'failed',
        deployment_id: result.deploymentId,
        revision: result.revision,
        error: result.error,
      };
    } catch (err) {
      if (this.stopping && abort.signal.aborted) {
        // Shutdown interrupted the job: queue it again, the next start picks it up (deploys are idempotent).
        await this.repository.transition(id, ['running'], { status: 'queued' });
        this.logger.warn({ job: id }, 'job interrupted by shutdown, queued again');
        return;
      }
      const message =
        err instanceof AppError ? `${err.code}: ${err.message}` : 'internal error while deploying';
      if (!(err instanceof AppError)) this.logger.error({ err, job: id }, 'deploy job failed');
      finished = { status: 'failed', error: message };
    } finally {
      clearTimeout(timeout);
      this.inFlight.delete(id);
    }
    await this.repository.transition(id, ['running'], { ...finished, finished_at: new Date().toISOString() });
    this.jobs.inc({ status: finished.status as string, environment: job.environment });
    const done = (await this.repository.getJob(id)) as JobRow;
    this.alert(done);
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

  /** Before the database closes: stop claiming, interrupt the running job (it is queued again). */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    for (const abort of this.inFlight.values()) abort.abort();
    await this.loop;
  }
}
