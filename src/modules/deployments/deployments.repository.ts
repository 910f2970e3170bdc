import { type KeysetPosition } from '../../common/pagination/keyset-cursor.js';
import { olderThan } from '../../common/pagination/keyset-page.js';
import { Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { InjectDatabase } from '../../database/database.tokens.js';

export interface DeploymentRow {
  id: string;
  app: string;
  environment: string;
  namespace: string;
  operation: string;
  revision: number | null;
  tag: string | null;
  replicas_before: number | null;
  replicas_after: number | null;
  user_id: string;
  source: string;
  status: string;
  reason: string | null;
  error: string | null;
  correlation_id: string | null;
  details: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export interface LockRow {
  lock_key: string;
  operation_id: string;
  acquired_at: string;
  expires_at: string;
}

export interface ConfirmationRow {
  token_hash: string;
  user_id: string;
  plan_hash: string;
  plan: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

interface Tables {
  deployment_records: DeploymentRow;
  operation_locks: LockRow;
  confirmation_tokens: ConfirmationRow;
}

export interface HistoryQuery {
  app?: string;
  environment?: string;
  status?: string;
  source?: string;
  operation?: string;
  limit: number;
  before?: KeysetPosition;
}

const UNFINISHED = ['pending', 'in_progress'];

@Injectable()
export class DeploymentsRepository {
  constructor(@InjectDatabase() private readonly db: Kysely<Tables>) {}

  async insert(row: DeploymentRow): Promise<void> {
    await this.db.insertInto('deployment_records').values(row).execute();
  }

  async update(id: string, values: Partial<Omit<DeploymentRow, 'id'>>): Promise<void> {
    await this.db.updateTable('deployment_records').set(values).where('id', '=', id).execute();
  }

  find(id: string): Promise<DeploymentRow | undefined> {
    return this.db.selectFrom('deployment_records').selectAll().where('id', '=', id).executeTakeFirst();
  }

  list(q: HistoryQuery): Promise<DeploymentRow[]> {
    let query = this.db.selectFrom('deployment_records').selectAll();
    if (q.app) query = query.where('app', '=', q.app);
    if (q.environment) query = query.where('environment', '=', q.environment);
    if (q.status) query = query.where('status', '=', q.status);
    if (q.source) query = query.where('source', '=', q.source);
    if (q.operation) query = query.where('operation', '=', q.operation);
    if (q.before) query = query.where(olderThan({ at: 'created_at', id: 'id' }, q.before));
    return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(q.limit).execute();
  }

  async maxRevision(app: string, environment: string): Promise<number> {
    const row = await this.db
      .selectFrom('deployment_records')
      .select((eb) => eb.fn.max<number | null>('revision').as('max'))
      .where('app', '=', app)
      .where('environment', '=', environment)
      .executeTakeFirst();
    return Number(row?.max ?? 0);
  }

  /** Succeeded deploys/rollbacks (records that set an image tag), newest first. */
  successfulReleases(app: string, environment: string, limit = 50): Promise<DeploymentRow[]> {
    return this.db
      .selectFrom('deployment_records')
      .selectAll()
      .where('app', '=', app)
      .where('environment', '=', environment)
      .where('status', '=', 'succeeded')
      .where('operation', 'in', ['deploy', 'rollback'])
      .where('tag', 'is not', null)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
  }

  /** Whether this tag was ever deployed (or rolled back to) successfully in the app/environment. */
  async releasedBefore(app: string, environment: string, tag: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('deployment_records')
      .select('id')
      .where('app', '=', app)
      .where('environment', '=', environment)
      .where('status', '=', 'succeeded')
      .where('operation', 'in', ['deploy', 'rollback'])
      .where('tag', '=', tag)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  findRevision(app: string, environment: string, revision: number): Promise<DeploymentRow | undefined> {
    return this.db
      .selectFrom('deployment_records')
      .selectAll()
      .where('app', '=', app)
      .where('environment', '=', environment)
      .where('revision', '=', revision)
      .executeTakeFirst();
  }

  /** Records still pending / in_progress, oldest first (of one app + environment when given). */
  unfinished(target?: { app: string; environment: string }): Promise<DeploymentRow[]> {
    let query = this.db.selectFrom('deployment_records').selectAll().where('status', 'in', UNFINISHED);
    if (target) query = query.where('app', '=', target.app).where('environment', '=', target.environment);
    return query.orderBy('created_at').orderBy('id').execute();
  }

  /** Finishes a record only if it is still unfinished: of two replicas settling it, one wins. */
  async settleUnfinished(
    id: string,
    values: Pick<DeploymentRow, 'status' | 'reason' | 'error' | 'finished_at'>,
  ): Promise<boolean> {
    const r = await this.db
      .updateTable('deployment_records')
      .set(values)
      .where('id', '=', id)
      .where('status', 'in', UNFINISHED)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** The newest record a CI/CD job (its id is the correlation id) started. */
  latestByCorrelation(correlationId: string): Promise<DeploymentRow | undefined> {
    return this.db
      .selectFrom('deployment_records')
      .selectAll()
      .where('correlation_id', '=', correlationId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst();
  }

  // ---- locks ----

  /** Takes the lock, replacing an expired lease; returns the holder's operation id when it is taken. */
  async acquireLock(
    key: string,
    operationId: string,
    ttlMs: number,
  ): Promise<{ ok: true } | { ok: false; holder: string }> {
    const now = new Date();
    const row: LockRow = {
      lock_key: key,
      operation_id: operationId,
      acquired_at: now.toISOString(),
      expires_at: new Date(now.getTime() + ttlMs).toISOString(),
    };
    for (let attempt = 0; attempt < 2; attempt++) {
      const inserted = await this.db
        .insertInto('operation_locks')
        .values(row)
        .onConflict((oc) => oc.column('lock_key').doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return { ok: true };
      const holder = await this.db
        .selectFrom('operation_locks')
        .selectAll()
        .where('lock_key', '=', key)
        .executeTakeFirst();
      if (!holder) continue;
      if (holder.expires_at > now.toISOString()) return { ok: false, holder: holder.operation_id };
      // Expired lease (its holder crashed): remove exactly that lease and try once more.
      await this.db
        .deleteFrom('operation_locks')
        .where('lock_key', '=', key)
        .where('operation_id', '=', holder.operation_id)
        .where('expires_at', '=', holder.expires_at)
        .execute();
    }
    const holder = await this.db
      .selectFrom('operation_locks')
      .select('operation_id')
      .where('lock_key', '=', key)
      .executeTakeFirst();
    return { ok: false, holder: holder?.operation_id ?? 'unknown' };
  }

  async renewLock(key: string, operationId: string, ttlMs: number): Promise<void> {
    await this.db
      .updateTable('operation_locks')
      .set({ expires_at: new Date(Date.now() + ttlMs).toISOString() })
      .where('lock_key', '=', key)
      .where('operation_id', '=', operationId)
      .execute();
  }

  async releaseLock(key: string, operationId: string): Promise<void> {
    await this.db
      .deleteFrom('operation_locks')
      .where('lock_key', '=', key)
      .where('operation_id', '=', operationId)
      .execute();
  }

  findLockByOperation(operationId: string): Promise<LockRow | undefined> {
    return this.db
      .selectFrom('operation_locks')
      .selectAll()
      .where('operation_id', '=', operationId)
      .executeTakeFirst();
  }

  // ---- confirmation tokens ----

  async insertConfirmation(row: ConfirmationRow): Promise<void> {
    await this.db.insertInto('confirmation_tokens').values(row).execute();
  }

  findConfirmation(tokenHash: string): Promise<ConfirmationRow | undefined> {
    return this.db
      .selectFrom('confirmation_tokens')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
  }

  /** Marks the token used; false when it already was (a concurrent reuse). */
  async useConfirmation(tokenHash: string, at: string): Promise<boolean> {
    const r = await this.db
      .updateTable('confirmation_tokens')
      .set({ used_at: at })
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async purgeConfirmations(before: string): Promise<void> {
    await this.db.deleteFrom('confirmation_tokens').where('expires_at', '<', before).execute();
  }
}
