import { Logger } from '@nestjs/common';
import { CompiledQuery, type Kysely } from 'kysely';

/** One queued write: a row for a multi-row insert, or a statement run inside the flush's transaction. */
export type WriteOp = (
  | {
      kind: 'insert';
      table: string;
      /** Called at flush time, so a row still waiting may change (a denial bucket's count grows). */
      row: () => object;
    }
  | {
      /**
       * Rows committed all or none: one request's writes (a webhook delivery, its jobs and its audit
       * record). In a batch they join the other ops' multi-row inserts; retried alone, they stay together.
       */
      kind: 'inserts';
      rows: { table: string; row: object }[];
    }
  | { kind: 'run'; run: (trx: AnyDb) => Promise<void> }
) & {
  /** A write nobody waits for could not be committed even alone (it is logged too). */
  onLost?: (err: unknown) => void;
  /** Right after its transaction committed (an in-memory view of waiting rows forgets it). */
  onCommitted?: () => void;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- ops name their own tables
type AnyDb = Kysely<any>;

export interface WriteBehindOptions {
  /** How long a write that nobody waits for may sit in memory before its flush starts. */
  intervalMs: number;
  /** Rows per flush (one transaction); a fuller queue flushes again right after. */
  maxBatch: number;
  /** Queued writes at most; past it `add` waits (back-pressure) or `offer` refuses (shedding). */
  capacity: number;
  /**
   * PostgreSQL: a batch of inserts only is sent as ONE statement (the other tables' inserts as
   * data-modifying CTEs), which commits on its own, all or none: one round trip per flush instead of
   * BEGIN, one per table and COMMIT. A webhook delivery (delivery, job, audit record) waited for five.
   */
  oneStatement?: boolean;
  /**
   * SQLite in WAL: the statements that turn a commit's fsync off and on again. A flush nobody waits for
   * (reads' and denials' records, `/interpret` turns) then commits without its fsync — it still survives the
   * process dying, and a power loss can undo it only until the next synced commit, which comes at the latest
   * `maxUnsyncedMs` after the last one. A flush someone waits for (a mutation's record) is always synced.
   */
  unsyncedFlushes?: { off: string; on: string; maxUnsyncedMs: number };
}

interface Pending {
  op: WriteOp;
  done?: { resolve: () => void; reject: (err: unknown) => void };
}

/**
 * A bounded write-behind queue: writes that may be batched sit in memory for at most `intervalMs` and
 * are committed together, one transaction per flush (one fsync instead of one per request on SQLite,
 * one round trip per batch on PostgreSQL). A write whose caller must not answer before it is durable
 * (`add(op, 'commit')`) joins the next flush, which starts at once when none is running — so under load
 * concurrent callers share a commit (group commit) and alone they wait for no timer.
 *
 * `drain()` (the database module's shutdown hook, before the connection closes) commits everything
 * still queued; nothing accepted is lost on SIGTERM.
 */
export class WriteBehindQueue {
  private readonly logger = new Logger('WriteBehind');
  private queue: Pending[] = [];
  private flushing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private urgent = false;
  /** Writes ever queued, and ever settled (committed or given up): flush() waits for its own target. */
  private enqueued = 0;
  private settled = 0;
  private closed = false;
  /** Resolved whenever a flush ends: back-pressured writers wait on it. */
  private spaceWaiters: (() => void)[] = [];
  /** When the last synced flush started: an unsynced flush may follow it for `maxUnsyncedMs`. */
  private lastSyncedAt = 0;
  /** Flushes and rows committed so far (for tests and the metrics endpoint); `unsynced` of the flushes. */
  readonly stats = { flushes: 0, rows: 0, failedOps: 0, unsynced: 0 };

  constructor(
    private readonly db: Kysely<unknown>,
    private readonly options: WriteBehindOptions,
  ) {}

  get depth(): number {
    return this.queue.length;
  }

  get full(): boolean {
    return this.queue.length >= this.options.capacity;
  }

  /**
   * Queues a write. 'queued' resolves once it is in the queue (waiting for room when it is full);
   * 'commit' resolves once it is committed and rejects when it could not be written.
   */
  async add(op: WriteOp, wait: 'queued' | 'commit' = 'queued'): Promise<void> {
    while (this.full && !this.closed) await new Promise<void>((r) => this.spaceWaiters.push(r));
    if (this.closed) return this.runAlone(op).finally(() => op.onCommitted?.());
    this.enqueued++;
    if (wait === 'queued') {
      this.queue.push({ op });
      this.schedule(false);
      return;
    }
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ op, done: { resolve, reject } });
      this.schedule(true);
    });
  }

  /** Queues a write if there is room, without waiting; false when the queue is full (the caller sheds it). */
  offer(op: WriteOp): boolean {
    if (this.closed) {
      void this.runAlone(op)
        .catch((err: unknown) => op.onLost?.(err))
        .finally(() => op.onCommitted?.());
      return true;
    }
    if (this.full) return false;
    this.enqueued++;
    this.queue.push({ op });
    this.schedule(false);
    return true;
  }

  /**
   * Commits everything queued before the call (read-your-writes for a reader of the same tables).
   * Writes queued later do not hold it up, so a steady flood cannot make a reader wait forever.
   */
  async flush(): Promise<void> {
    const target = this.enqueued;
    while (this.settled < target) {
      if (this.flushing) await this.flushing;
      else this.start();
    }
  }

  /** Shutdown: commit what is queued; later writes run one by one while the connection lasts. */
  async drain(): Promise<void> {
    while (this.flushing || this.queue.length) await this.flush();
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const wake of this.spaceWaiters.splice(0)) wake();
  }

  private schedule(urgent: boolean): void {
    if (urgent) this.urgent = true;
    if (this.flushing) return; // the running flush starts the next one when it ends
    if (this.urgent || this.queue.length >= this.options.maxBatch) {
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      // after the current tick, so callers in the same tick share the commit
      queueMicrotask(() => {
        if (!this.flushing && this.queue.length) this.start();
      });
      return;
    }
    if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = null;
        if (!this.flushing && this.queue.length) this.start();
      }, this.options.intervalMs);
      this.timer.unref();
    }
  }

  private start(): void {
    const batch = this.queue.splice(0, this.options.maxBatch);
    this.urgent = this.queue.some((p) => p.done);
    this.flushing = this.commit(batch).finally(() => {
      this.settled += batch.length;
      this.flushing = null;
      for (const wake of this.spaceWaiters.splice(0)) wake();
      if (this.queue.length) this.schedule(this.urgent || this.queue.length >= this.options.maxBatch);
    });
  }

  private async commit(batch: Pending[]): Promise<void> {
    try {
      await this.write(
        batch.map((p) => p.op),
        batch.some((p) => p.done),
      );
      this.stats.flushes++;
      this.stats.rows += batch.length;
      for (const p of batch) {
        p.op.onCommitted?.();
        p.done?.resolve();
      }
    } catch (batchError) {
      // One bad write must not lose the others: retry each alone, and report only the failing ones.
      this.logger.warn(
        { err: batchError, writes: batch.length },
        'Batched write failed; retrying one by one',
      );
      for (const p of batch) {
        try {
          await this.runAlone(p.op);
          this.stats.rows++;
          p.op.onCommitted?.();
          p.done?.resolve();
        } catch (err) {
          this.stats.failedOps++;
          if (p.done) p.done.reject(err);
          else {
            this.logger.error({ err }, 'Write-behind write lost');
            p.op.onLost?.(err);
          }
          p.op.onCommitted?.(); // settled either way: nothing waits for it any more
        }
      }
    }
  }

  private runAlone(op: WriteOp): Promise<void> {
    return this.write([op], true);
  }

  /**
   * One transaction: a single statement when it can be (`oneStatement`), else BEGIN … COMMIT — without
   * its fsync when nobody waits for it and the last synced one is recent (`unsyncedFlushes`).
   */
  private async write(ops: WriteOp[], someoneWaits: boolean): Promise<void> {
    const inserts = groupInserts(ops);
    const single = this.options.oneStatement ? this.oneStatement(ops, inserts) : null;
    if (single) return void (await this.db.executeQuery(single));
    const lazy = this.options.unsyncedFlushes;
    const now = Date.now();
    if (!lazy || someoneWaits || now - this.lastSyncedAt >= lazy.maxUnsyncedMs) {
      this.lastSyncedAt = now;
      return this.db.transaction().execute((trx) => this.apply(trx, ops, inserts));
    }
    // On the connection held for the whole flush: no other transaction commits while the fsync is off.
    await this.db.connection().execute(async (conn) => {
      await conn.executeQuery(CompiledQuery.raw(lazy.off));
      try {
        await conn.transaction().execute((trx) => this.apply(trx, ops, inserts));
        this.stats.unsynced++;
      } finally {
        await conn.executeQuery(CompiledQuery.raw(lazy.on));
      }
    });
  }

  /**
   * The batch's inserts as one statement: `with w0 as (insert …), w1 as (insert …) insert …`, the
   * placeholders of each renumbered after the previous ones'. PostgreSQL checks the foreign keys at the
   * statement's end, so a job may reference a delivery inserted by a sibling. Null when the batch runs
   * other statements or is too big for one (the transaction then chunks it).
   */
  private oneStatement(ops: WriteOp[], inserts: Map<string, object[]>): CompiledQuery | null {
    if (inserts.size === 0 || ops.some((op) => op.kind === 'run')) return null;
    const db = this.db as AnyDb;
    const parts = [...inserts].map(([table, rows]) => db.insertInto(table).values(rows).compile());
    if (parts.reduce((n, part) => n + part.parameters.length, 0) > MAX_PARAMETERS) return null;
    if (parts.length === 1) return parts[0];
    const all: unknown[] = [];
    const sql = parts.map((part) => {
      const offset = all.length;
      all.push(...part.parameters);
      // Kysely binds every value as $n; identifiers are quoted, so no `$` digit sequence is anything else
      return part.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
    });
    const last = sql.pop() as string;
    return CompiledQuery.raw(`with ${sql.map((s, i) => `w${i} as (${s})`).join(', ')} ${last}`, all);
  }

  /**
   * Inserts first, grouped by table into multi-row statements (tables in the order they first appear),
   * then the other statements in order.
   */
  private async apply(trx: AnyDb, ops: WriteOp[], inserts: Map<string, object[]>): Promise<void> {
    for (const [table, rows] of inserts) {
      const chunk = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(rows[0]).length));
      for (let i = 0; i < rows.length; i += chunk)
        await trx
          .insertInto(table)
          .values(rows.slice(i, i + chunk))
          .execute();
    }
    for (const op of ops) if (op.kind === 'run') await op.run(trx);
  }
}

/** Bound parameters per statement: well under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 20_000;

/** The ops' rows by table, tables in the order they first appear (an op lists parents before children). */
function groupInserts(ops: WriteOp[]): Map<string, object[]> {
  const inserts = new Map<string, object[]>();
  const add = (table: string, row: object) => {
    const rows = inserts.get(table);
    if (rows) rows.push(row);
    else inserts.set(table, [row]);
  };
  for (const op of ops) {
    if (op.kind === 'insert') add(op.table, op.row());
    else if (op.kind === 'inserts') for (const r of op.rows) add(r.table, r.row);
  }
  return inserts;
}
