import { Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { InjectDatabase } from '../../database/database.tokens.js';

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
  constructor(@InjectDatabase() private readonly db: Kysely<CicdTables>) {}

  /** Delivery and job in one transaction; a duplicate delivery id throws a unique violation. */
  async insertDelivery(delivery: DeliveryRow, jobs: JobRow[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('cicd_delivery').values(delivery).execute();
      if (jobs.length) await trx.insertInto('cicd_job').values(jobs).execute();
    });
  }

  async findByDeliveryId(deliveryId: string): Promise<DeliveryWithJobs | null> {
    const delivery = await this.db
      .selectFrom('cicd_delivery')
      .selectAll()
      .where('delivery_id', '=', deliveryId)
      .executeTakeFirst();
    return delivery ? { delivery, jobs: await this.jobsOf([delivery.id]) } : null;
  }

  /** The delivery that carried the same payload (push, release, workflow run), whatever its delivery id. */
  async findByPayloadKey(payloadKey: string): Promise<DeliveryWithJobs | null> {
    const delivery = await this.db
      .selectFrom('cicd_delivery')
      .selectAll()
      .where('payload_key', '=', payloadKey)
      .executeTakeFirst();
    return delivery ? { delivery, jobs: await this.jobsOf([delivery.id]) } : null;
  }

  /** By our id or GitHub's delivery id. */
  async findDelivery(id: string): Promise<DeliveryWithJobs | null> {
    const delivery = await this.db
      .selectFrom('cicd_delivery')
      .selectAll()
      .where((eb) => eb.or([eb('id', '=', id), eb('delivery_id', '=', id)]))
      .executeTakeFirst();
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
    before?: { receivedAt: string; id: string };
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
    if (q.before) {
      const { receivedAt, id } = q.before;
      query = query.where((eb) =>
        eb.or([
          eb('d.received_at', '<', receivedAt),
          eb.and([eb('d.received_at', '=', receivedAt), eb('d.id', '<', id)]),
        ]),
      );
    }
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

  /** Oldest queued jobs first. */
  queuedJobIds(limit: number): Promise<string[]> {
    return this.db
      .selectFrom('cicd_job')
      .select('id')
      .where('status', '=', 'queued')
      .where((eb) => eb.or([eb('run_after', 'is', null), eb('run_after', '<=', new Date().toISOString())]))
      .orderBy('created_at')
      .orderBy('id')
      .limit(limit)
      .execute()
      .then((rows) => rows.map((r) => r.id));
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

  /** Running jobs whose worker is gone (started before the cutoff). */
  staleRunningJobs(startedBefore: string): Promise<JobRow[]> {
    return this.db
      .selectFrom('cicd_job')
      .selectAll()
      .where('status', '=', 'running')
      .where('started_at', '<', startedBefore)
      .execute();
  }
}
