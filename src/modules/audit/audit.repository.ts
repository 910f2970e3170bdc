import { type KeysetPosition } from '../../common/pagination/keyset-cursor.js';
import { olderThan } from '../../common/pagination/keyset-page.js';
import { Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { InjectDatabase } from '../../database/database.tokens.js';

export interface AuditRow {
  id: string;
  created_at: string;
  user_id: string | null;
  ip: string | null;
  action: string;
  resource: string | null;
  status: number;
  request_id: string | null;
  details: string | null;
  /** How many requests the row stands for: denials are bucketed per (caller, route, status, second). */
  count: number;
}

interface AuditTables {
  audit_log: AuditRow;
}

export interface AuditQuery {
  userId?: string;
  action?: string;
  resource?: string;
  status?: number;
  from?: string;
  to?: string;
  /** Rows strictly older than this (created_at, id) position. */
  before?: KeysetPosition;
  limit: number;
}

@Injectable()
export class AuditRepository {
  constructor(@InjectDatabase() private readonly db: Kysely<AuditTables>) {}

  async insert(row: AuditRow): Promise<void> {
    await this.db.insertInto('audit_log').values(row).execute();
  }

  /** Sets a denial bucket's count (written by the write-behind queue, inside its transaction). */
  static async setCount(trx: Kysely<AuditTables>, id: string, count: number): Promise<void> {
    await trx.updateTable('audit_log').set({ count }).where('id', '=', id).execute();
  }

  async find(q: AuditQuery): Promise<AuditRow[]> {
    let query = this.db.selectFrom('audit_log').selectAll();
    if (q.userId) query = query.where('user_id', '=', q.userId);
    if (q.action) query = query.where('action', '=', q.action);
    if (q.resource)
      query = query.where('resource', 'like', `${q.resource.replace(/[%_\\]/g, (m) => `\\${m}`)}%`);
    if (q.status !== undefined) query = query.where('status', '=', q.status);
    if (q.from) query = query.where('created_at', '>=', q.from);
    if (q.to) query = query.where('created_at', '<', q.to);
    if (q.before) query = query.where(olderThan({ at: 'created_at', id: 'id' }, q.before));
    return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(q.limit).execute();
  }
}
