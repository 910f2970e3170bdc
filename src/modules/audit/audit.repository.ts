import { type KeysetPosition } from '../../common/pagination/keyset-cursor.js';
import { olderThan } from '../../common/pagination/keyset-page.js';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { CompiledQuery, type Kysely } from 'kysely';
import { DATABASE_READ_NOW, InjectDatabase, type ReadNow } from '../../database/database.tokens.js';

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
  constructor(
    @InjectDatabase() private readonly db: Kysely<AuditTables>,
    @Optional() @Inject(DATABASE_READ_NOW) private readonly readNow: ReadNow = null,
  ) {}

  async insert(row: AuditRow): Promise<void> {
    await this.db.insertInto('audit_log').values(row).execute();
  }

  /** Sets a denial bucket's count (written by the write-behind queue, inside its transaction). */
  static async setCount(trx: Kysely<AuditTables>, id: string, count: number): Promise<void> {
    await trx.updateTable('audit_log').set({ count }).where('id', '=', id).execute();
  }

  /** The listing's SQL per filter shape (at most 2^7), compiled once: Kysely's compile was a per-read cost. */
  private readonly plans = new Map<number, Plan>();

  async find(q: AuditQuery): Promise<AuditRow[]> {
    const values: Record<Slot, unknown> = {
      userId: q.userId,
      action: q.action,
      resource: q.resource && `${q.resource.replace(/[%_\\]/g, (m) => `\\${m}`)}%`,
      status: q.status,
      from: q.from,
      to: q.to,
      beforeAt: q.before?.at,
      beforeId: q.before?.id,
      limit: q.limit,
    };
    const shape = shapeOf(q);
    let plan = this.plans.get(shape);
    if (!plan) {
      plan = this.compile(shape);
      this.plans.set(shape, plan);
    }
    const parameters = plan.slots.map((slot) => values[slot]);
    // SQLite: the same statement at once when no transaction holds the connection (DatabaseHandle.readNow)
    const rows = this.readNow?.(plan.sql, parameters) as AuditRow[] | undefined;
    if (rows) return rows;
    return (await this.db.executeQuery<AuditRow>(CompiledQuery.raw(plan.sql, parameters))).rows;
  }

  /**
   * Builds the query of one shape with a marker in each value's place and records which value each
   * parameter of the compiled SQL takes, so the SQL is exactly what building it per read gave.
   */
  private compile(shape: number): Plan {
    const m = Object.fromEntries(SLOTS.map((slot) => [slot, `\u0000slot:${slot}`])) as Record<Slot, string>;
    const has = (bit: number) => (shape & bit) !== 0;
    let query = this.db.selectFrom('audit_log').selectAll();
    if (has(BIT.userId)) query = query.where('user_id', '=', m.userId);
    if (has(BIT.action)) query = query.where('action', '=', m.action);
    if (has(BIT.resource)) query = query.where('resource', 'like', m.resource);
    if (has(BIT.status)) query = query.where('status', '=', m.status as unknown as number);
    if (has(BIT.from)) query = query.where('created_at', '>=', m.from);
    if (has(BIT.to)) query = query.where('created_at', '<', m.to);
    if (has(BIT.before))
      query = query.where(olderThan({ at: 'created_at', id: 'id' }, { at: m.beforeAt, id: m.beforeId }));
    const limit = m.limit as unknown as number;
    const compiled = query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).compile();
    const slots = compiled.parameters.map((p) => {
      const slot = SLOTS.find((s) => m[s] === p);
      if (!slot) throw new Error(`audit listing: unexpected parameter in ${compiled.sql}`);
      return slot;
    });
    return { sql: compiled.sql, slots };
  }
}

const SLOTS = [
  'userId',
  'action',
  'resource',
  'status',
  'from',
  'to',
  'beforeAt',
  'beforeId',
  'limit',
] as const;
type Slot = (typeof SLOTS)[number];
interface Plan {
  sql: string;
  slots: Slot[];
}
const BIT = { userId: 1, action: 2, resource: 4, status: 8, from: 16, to: 32, before: 64 } as const;

/** Which filters a query uses, as building it applies them (empty strings filter nothing). */
function shapeOf(q: AuditQuery): number {
  return (
    (q.userId ? BIT.userId : 0) |
    (q.action ? BIT.action : 0) |
    (q.resource ? BIT.resource : 0) |
    (q.status !== undefined ? BIT.status : 0) |
    (q.from ? BIT.from : 0) |
    (q.to ? BIT.to : 0) |
    (q.before ? BIT.before : 0)
  );
}
