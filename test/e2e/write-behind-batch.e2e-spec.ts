import { jest } from '@jest/globals';
import { sql, type Kysely } from 'kysely';
import { openDatabase, type DatabaseHandle } from '../../src/database/database.factory.js';
import { WriteBehindQueue, type WriteOp } from '../../src/database/write-behind.js';
import { TestDatabaseHandle } from '../support/test-app.js';

/**
 * The write-behind queue against the project's real database. On PostgreSQL a batch of inserts is one
 * statement (data-modifying CTEs, as the database module configures it): it must stay all or none per
 * op, foreign keys included, as the BEGIN … COMMIT batch is on SQLite.
 */
describe('write-behind batches on the real database', () => {
  let testDb: TestDatabaseHandle;
  let handle: DatabaseHandle;
  let db: Kysely<unknown>;
  const ids = async (table: string) =>
    (await sql<{ id: number }>`select id from ${sql.table(table)} order by id`.execute(db)).rows.map((r) =>
      Number(r.id),
    );
  const queue = () =>
    new WriteBehindQueue(db, {
      intervalMs: 1000,
      maxBatch: 1000,
      capacity: 1000,
      oneStatement: handle.dialect === 'postgres',
    });
  const insert = (id: number): WriteOp => ({ kind: 'insert', table: 'wb_t', row: () => ({ id, v: 'x' }) });
  // parent first, child second, as a webhook delivery lists its delivery, job and audit record
  const pair = (id: number, parent = id): WriteOp => ({
    kind: 'inserts',
    rows: [
      { table: 'wb_t', row: { id, v: 'x' } },
      { table: 'wb_u', row: { id, t_id: parent } },
    ],
  });

  beforeAll(async () => {
    testDb = TestDatabaseHandle.create();
    const env = testDb.env as { KLEPAAS_DATABASE_URL: string; KLEPAAS_DATABASE_SCHEMA?: string };
    handle = await openDatabase(env.KLEPAAS_DATABASE_URL, env.KLEPAAS_DATABASE_SCHEMA);
    db = handle.db;
    await sql`create table wb_t (id integer primary key, v text not null)`.execute(db);
    await sql`create table wb_u (id integer primary key, t_id integer not null references wb_t (id))`.execute(
      db,
    );
  });
  afterAll(async () => {
    await db.destroy();
    await testDb.drop();
  });

  it('commits concurrent ops together, and a failing op leaves none of its rows', async () => {
    const q = queue();
    const results = await Promise.allSettled([
      q.add(insert(1), 'commit'),
      q.add(pair(2), 'commit'),
      q.add(pair(3, 99), 'commit'), // its child's foreign key fails: its parent must not stay either
      q.add(pair(4), 'commit'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(await ids('wb_t')).toEqual([1, 2, 4]);
    expect(await ids('wb_u')).toEqual([2, 4]);
  });

  it('sends a batch of inserts into several tables as one statement on PostgreSQL', async () => {
    const q = queue();
    const executeQuery = jest.spyOn(db, 'executeQuery');
    const transaction = jest.spyOn(db, 'transaction');
    try {
      await Promise.all([q.add(pair(5), 'commit'), q.add(pair(6), 'commit'), q.add(insert(7), 'commit')]);
      expect(q.stats).toMatchObject({ flushes: 1, rows: 3 });
      if (handle.dialect === 'postgres') {
        expect(transaction).not.toHaveBeenCalled();
        expect(executeQuery).toHaveBeenCalledTimes(1);
        const sent = executeQuery.mock.calls[0][0];
        expect('sql' in sent ? sent.sql : sent.compile().sql).toMatch(/^with w0 as \(insert into "wb_t"/);
      } else expect(transaction).toHaveBeenCalledTimes(1);
    } finally {
      executeQuery.mockRestore();
      transaction.mockRestore();
    }
    expect(await ids('wb_t')).toEqual([1, 2, 4, 5, 6, 7]);
    expect(await ids('wb_u')).toEqual([2, 4, 5, 6]);
  });
});
