import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { WriteBehindQueue, type WriteOp } from './write-behind.js';

interface Tables {
  t: { id: number; v: string };
}

describe('WriteBehindQueue', () => {
  let db: Kysely<Tables>;
  const rows = async () => (await db.selectFrom('t').select('id').orderBy('id').execute()).map((r) => r.id);
  const insert = (id: number, v = 'x'): WriteOp => ({ kind: 'insert', table: 't', row: () => ({ id, v }) });
  const queue = (options: Partial<ConstructorParameters<typeof WriteBehindQueue>[1]> = {}) =>
    new WriteBehindQueue(db as Kysely<unknown>, { intervalMs: 5, maxBatch: 1000, capacity: 100, ...options });

  beforeEach(async () => {
    db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: new SQLite(':memory:') }) });
    await sql`create table t (id integer primary key, v text not null check (v <> 'bad'))`.execute(db);
  });
  afterEach(() => db.destroy());

  it('batches queued writes into one transaction within the interval', async () => {
    const q = queue({ intervalMs: 20 });
    for (let i = 1; i <= 50; i++) await q.add(insert(i));
    expect(await rows()).toEqual([]);
    expect(q.depth).toBe(50);
    await new Promise((r) => setTimeout(r, 60));
    expect(await rows()).toHaveLength(50);
    expect(q.stats).toMatchObject({ flushes: 1, rows: 50 });
  });

  it('commits a flush nobody waits for without its fsync; a waited one, and one per maxUnsyncedMs, with it', async () => {
    await sql`pragma synchronous = FULL`.execute(db);
    const q = queue({
      intervalMs: 1,
      unsyncedFlushes: {
        off: 'pragma synchronous = NORMAL',
        on: 'pragma synchronous = FULL',
        maxUnsyncedMs: 200,
      },
    });
    const level = async (on: Kysely<Tables>) =>
      (await sql<{ synchronous: number }>`pragma synchronous`.execute(on)).rows[0].synchronous;
    const seen: number[] = [];
    const probe: WriteOp = { kind: 'run', run: async (trx) => void seen.push(await level(trx)) };
    const queued = async () => {
      await q.add(probe);
      await q.flush();
    };
    await queued(); // the first flush: no synced one before it
    await queued();
    await q.add(probe, 'commit'); // a caller waits for it
    await queued();
    await new Promise((r) => setTimeout(r, 250));
    await queued(); // the last synced commit is older than maxUnsyncedMs
    await queued();
    expect(seen).toEqual([2, 1, 2, 1, 2, 1]); // 2 = FULL, 1 = NORMAL (inside each flush's transaction)
    expect(q.stats.unsynced).toBe(3);
    expect(await level(db)).toBe(2); // restored after every unsynced flush
  });

  it("resolves 'commit' only once the row is committed, sharing one commit between concurrent callers", async () => {
    const q = queue({ intervalMs: 1000 });
    await Promise.all([1, 2, 3].map((i) => q.add(insert(i), 'commit')));
    expect(await rows()).toEqual([1, 2, 3]);
    expect(q.stats.flushes).toBe(1);
  });

  it('keeps the rest of a batch when one write fails, and rejects only that caller', async () => {
    const q = queue();
    const lost: unknown[] = [];
    await q.add({ ...insert(1, 'bad'), onLost: (e) => lost.push(e) });
    const results = await Promise.allSettled([q.add(insert(2), 'commit'), q.add(insert(3, 'bad'), 'commit')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect(await rows()).toEqual([2]);
    expect(lost).toHaveLength(1);
    expect(q.stats.failedOps).toBe(2);
  });

  it("commits an 'inserts' op's rows all or none, in one multi-row statement per table with the batch", async () => {
    await sql`create table u (id integer primary key, t_id integer not null references t (id))`.execute(db);
    await sql`pragma foreign_keys = on`.execute(db);
    const q = queue({ intervalMs: 1000 });
    // parent first, child second: the child's statement fails unless the parent's ran before it
    const pair = (id: number, parent = id): WriteOp => ({
      kind: 'inserts',
      rows: [
        { table: 't', row: { id, v: 'x' } },
        { table: 'u', row: { id, t_id: parent } },
      ],
    });
    const results = await Promise.allSettled([
      q.add(insert(1), 'commit'),
      q.add(pair(2), 'commit'),
      q.add(pair(3, 99), 'commit'), // its child row fails: its parent row must not stay either
      q.add(pair(4), 'commit'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(await rows()).toEqual([1, 2, 4]);
    const children = await sql<{ id: number }>`select id from u order by id`.execute(db);
    expect(children.rows.map((r) => r.id)).toEqual([2, 4]);

    const flushes = q.stats.flushes;
    await Promise.all([q.add(pair(5), 'commit'), q.add(pair(6), 'commit')]);
    expect(q.stats.flushes).toBe(flushes + 1); // two ops, one commit
    expect(await rows()).toEqual([1, 2, 4, 5, 6]);
  });

  it('refuses offers and makes add wait while full (back-pressure), then takes them after a flush', async () => {
    const q = queue({ capacity: 100, intervalMs: 1000, maxBatch: 1000 });
    for (let i = 1; i <= 100; i++) expect(q.offer(insert(i))).toBe(true);
    expect(q.full).toBe(true);
    expect(q.offer(insert(101))).toBe(false);
    let added = false;
    const waiting = q.add(insert(102)).then(() => (added = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(added).toBe(false);
    await q.flush();
    await waiting;
    expect(added).toBe(true);
    await q.flush();
    expect(await rows()).toHaveLength(101);
  });

  it('flush() commits what was queued before it, and drain() everything, even under a steady stream', async () => {
    const q = queue({ intervalMs: 1000 });
    await q.add(insert(1));
    await q.flush();
    expect(await rows()).toEqual([1]);
    let stop = false;
    let next = 2;
    const stream = (async () => {
      while (!stop) {
        await q.add(insert(next++));
        await new Promise((r) => setImmediate(r));
      }
    })();
    await q.flush(); // returns although writes keep arriving
    stop = true;
    await stream;
    await q.drain();
    expect(await rows()).toHaveLength(next - 1);
    // after drain, writes run at once
    await q.add(insert(next), 'queued');
    expect(await rows()).toHaveLength(next);
  });

  it('reads a queued row at flush time, and runs statements after the inserts', async () => {
    const q = queue({ intervalMs: 1000 });
    let v = 'first';
    await q.add({
      kind: 'run',
      run: async (trx) => {
        await trx.updateTable('t').set({ v: 'updated' }).where('id', '=', 2).execute();
      },
    });
    await q.add({ kind: 'insert', table: 't', row: () => ({ id: 1, v }) });
    await q.add(insert(2));
    v = 'second';
    await q.flush();
    expect(await db.selectFrom('t').select(['id', 'v']).orderBy('id').execute()).toEqual([
      { id: 1, v: 'second' },
      { id: 2, v: 'updated' },
    ]);
  });
});
