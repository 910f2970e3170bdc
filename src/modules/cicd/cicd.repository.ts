import { type KeysetPosition } from '../../common/pagination/keyset-cursor.js';
import { olderThan } from '../../common/pagination/keyset-page.js';
import { Injectable } from '@nestjs/common';
import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import { InjectDatabase } from '../../database/database.tokens.js';
import { WriteBehindQueue } from '../../database/write-behind.js';

export const JOB_STATUSES = [
  'queued',
  'running',
  'waiting_confirmation',
  'succeeded',
  'failed',
  'cancelled',
] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export const ACTIVE_JOB_STATUSES: JobStatus[] = ['queued', 'running', 'waiting_confirmation'];

export interface DeliveryRow {
  id: string;
  delivery_id: string;
  event: string;
  action: string | null;
  repository: string | null;
  sender: string | null;
  secret: string;
  /** pong | accepted | ignored */
  outcome: string;
  reason: string | null;
  /** JSON array of the apps the repository maps to (null when not looked up). */
  apps: string | null;
  received_at: string;
  /** The payload's identity (event-router `identity`) when it would deploy; unique. */
  payload_key?: string | null;
}

export interface JobRow {
  id: string;
  delivery_id: string;
  app: string;
  environment: string;
  tag: string;
  /** JSON array of recorded image tags. */
  tags: string;
  trigger: string;
  repository: string;
  /** Deployment revision the job produced. */
  revision: number | null;
  ref: string | null;
  actor: string;
  status: JobStatus;
  attempts: number;
  deployment_id: string | null;
  error: string | null;
  confirmed_by: string | null;
  created_at: string;
  updated_at: string;
  /** A job put back after a retryable failure waits until then. */
  run_after: string | null;
  started_at: string | null;
  finished_at: string | null;
  /** The worker (replica) running the job; null when it is not running. */
  owner_id?: string | null;
  /** The owner renews this while the job runs; once it passes, any worker may take the job over. */
  lease_expires_at?: string | null;
  /** When the job first found its app/environment locked by another operation (null once it ran). */
  blocked_since?: string | null;
}

interface CicdTables {
  cicd_delivery: DeliveryRow;
  cicd_job: JobRow;
}

export interface DeliveryWithJobs {
  delivery: DeliveryRow;
  jobs: JobRow[];
}

/** A unique-constraint violation on either dialect (better-sqlite3 or pg). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return (
    e?.code === '23505' ||
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    /UNIQUE constraint/i.test(e?.message ?? '')
  );
}

@Injectable()
export class CicdRepository {
  constructor(
    @InjectDatabase() private readonly db: Kysely<CicdTables>,
    private readonly queue: WriteBehindQueue,
  ) {}

  /**
   * Delivery, jobs and (when given) the request's audit record in one transaction, committed before it
   * returns: one commit per delivery, shared with the concurrent ones (the write-behind queue's group
   * commit, multi-row inserts). A duplicate delivery id throws a unique violation and leaves none of the
   * rows (a failing batch is retried write by write, so the violation reaches the request that caused it).
   */
  async insertDelivery(
    delivery: DeliveryRow,
    jobs: JobRow[],
    audit?: { table: string; row: object },
  ): Promise<void> {
    await this.queue.add(
      {
        kind: 'inserts',
        rows: [
          { table: 'cicd_delivery', row: delivery },
          ...jobs.map((row) => ({ table: 'cicd_job', row })),
          ...(audit ? [{ table: audit.table, row: audit.row }] : []),
        ],
      },
      'commit',
    );
  }

  findByDeliveryId(deliveryId: string): Promise<DeliveryWithJobs | null> {
    return this.findOne((eb) => eb('delivery_id', '=', deliveryId));
  }

  /** The delivery that carried the same payload (push, release, workflow run), whatever its delivery id. */
  findByPayloadKey(payloadKey: string): Promise<DeliveryWithJobs | null> {
    return this.findOne((eb) => eb('payload_key', '=', payloadKey));
  }

  /** By our id or GitHub's delivery id. */
  findDelivery(id: string): Promise<DeliveryWithJobs | null> {
    return this.findOne((eb) => eb.or([eb('id', '=', id), eb('delivery_id', '=', id)]));
  }

  private async findOne(
    where: (eb: ExpressionBuilder<CicdTables, 'cicd_delivery'>) => Expression<SqlBool>,
  ): Promise<DeliveryWithJobs | null> {
    const delivery = await this.db.selectFrom('cicd_delivery').selectAll().where(where).executeTakeFirst();
    return delivery ? { delivery, jobs: await this.jobsOf([delivery.id]) } : null;
  }

  private jobsOf(deliveryIds: string[]): Promise<JobRow[]> {
    if (deliveryIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('cicd_job')
      .selectAll()
      .where('delivery_id', 'in', deliveryIds)
      .orderBy('app')
      .execute();
  }

  async listDeliveries(q: {
    outcome?: string;
    status?: string;
    app?: string;
    before?: KeysetPosition;
    limit: number;
  }): Promise<DeliveryWithJobs[]> {
    let query = this.db.selectFrom('cicd_delivery as d').selectAll('d');
    if (q.outcome) query = query.where('d.outcome', '=', q.outcome);
    if (q.status || q.app)
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('cicd_job as j')
            .select('j.id')
            .whereRef('j.delivery_id', '=', 'd.id')
            .$if(!!q.status, (w) => w.where('j.status', '=', q.status as JobStatus))
            .$if(!!q.app, (w) => w.where('j.app', '=', q.app as string)),
        ),
      );
    if (q.before) query = query.where(olderThan({ at: 'd.received_at', id: 'd.id' }, q.before));
    const rows = await query
      .orderBy('d.received_at', 'desc')
      .orderBy('d.id', 'desc')
      .limit(q.limit)
      .execute();
    const jobs = await this.jobsOf(rows.map((r) => r.id));
    return rows.map((delivery) => ({ delivery, jobs: jobs.filter((j) => j.delivery_id === delivery.id) }));
  }

  async findActiveJob(app: string, environment: string, tag: string): Promise<JobRow | null> {
    const row = await this.db
      .selectFrom('cicd_job')
      .selectAll()
      .where('app', '=', app)
      .where('environment', '=', environment)
      .where('tag', '=', tag)
      .where('status', 'in', ACTIVE_JOB_STATUSES)
      .executeTakeFirst();
    return row ?? null;
  }

  getJob(id: string): Promise<JobRow | undefined> {
    return this.db.selectFrom('cicd_job').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Queued and running jobs, oldest first: the worker picks what it may run from these. */
  activeWorkJobs(limit: number): Promise<JobRow[]> {
    return this.db
      .selectFrom('cicd_job')
      .selectAll()
      .where('status', 'in', ['queued', 'running'])
      .orderBy('created_at')
      .orderBy('id')
      .limit(limit)
      .execute();
  }

  /**
   * Takes a job for `owner` until `leaseExpiresAt`: a queued job that is due, or a running job whose
   * lease has expired (its worker died; a row without a lease counts from its last update). One
   * worker of any replica wins; each start counts as an attempt.
   */
  async claim(id: string, owner: string, leaseMs: number): Promise<JobRow | undefined> {
    const now = new Date();
    const nowIso = now.toISOString();
    const staleBefore = new Date(now.getTime() - leaseMs).toISOString();
    const result = await this.db
      .updateTable('cicd_job')
      .set((eb) => ({
        status: 'running',
        owner_id: owner,
        lease_expires_at: new Date(now.getTime() + leaseMs).toISOString(),
        started_at: nowIso,
        updated_at: nowIso,
        attempts: eb('attempts', '+', 1),
      }))
      .where('id', '=', id)
      .where((eb) =>
        eb.or([
          eb.and([
            eb('status', '=', 'queued'),
            eb.or([eb('run_after', 'is', null), eb('run_after', '<=', nowIso)]),
          ]),
          eb.and([
            eb('status', '=', 'running'),
            eb.or([
              eb('lease_expires_at', '<', nowIso),
              eb.and([eb('lease_expires_at', 'is', null), eb('updated_at', '<', staleBefore)]),
            ]),
          ]),
        ]),
      )
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1 ? this.getJob(id) : undefined;
  }

  /** Extends the lease; false when the job is no longer this owner's (taken over, or finished). */
  async renewLease(id: string, owner: string, leaseMs: number): Promise<boolean> {
    const result = await this.db
      .updateTable('cicd_job')
      .set({ lease_expires_at: new Date(Date.now() + leaseMs).toISOString() })
      .where('id', '=', id)
      .where('status', '=', 'running')
      .where('owner_id', '=', owner)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Leaves `running` for `changes` (lease released) only while `owner` still holds the job. */
  async release(
    id: string,
    owner: string,
    changes: Partial<Omit<JobRow, 'id' | 'attempts'>> & { uncountAttempt?: boolean },
  ): Promise<boolean> {
    const { uncountAttempt, ...rest } = changes;
    const result = await this.db
      .updateTable('cicd_job')
      .set((eb) => ({
        ...rest,
        owner_id: null,
        lease_expires_at: null,
        updated_at: new Date().toISOString(),
        ...(uncountAttempt ? { attempts: eb('attempts', '-', 1) } : {}),
      }))
      .where('id', '=', id)
      .where('status', '=', 'running')
      .where('owner_id', '=', owner)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /**
   * Compare-and-set on status: only one worker (of any replica) wins a transition.
   * Returns whether this call changed the row.
   */
  async transition(
    id: string,
    from: JobStatus[],
    changes: Partial<Omit<JobRow, 'id' | 'attempts'>> & { incrementAttempts?: boolean },
  ): Promise<boolean> {
    const { incrementAttempts, ...rest } = changes;
    const result = await this.db
      .updateTable('cicd_job')
      .set((eb) => ({
        ...rest,
        updated_at: new Date().toISOString(),
        ...(incrementAttempts ? { attempts: eb('attempts', '+', 1) } : {}),
      }))
      .where('id', '=', id)
      .where('status', 'in', from)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
