import SQLite from 'better-sqlite3';
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteDialect,
  sql,
  type CompiledQuery,
} from 'kysely';
import { olderThan } from '../../common/pagination/keyset-page.js';
import { openDatabase } from '../../database/database.factory.js';
import { AuditRepository, type AuditQuery, type AuditRow } from './audit.repository.js';

interface Tables {
  audit_log: AuditRow;
}

/** The listing as it was built per read before plans were kept: the plans must give the same SQL and values. */
function reference(db: Kysely<Tables>, q: AuditQuery): CompiledQuery {
  let query = db.selectFrom('audit_log').selectAll();
  if (q.userId) query = query.where('user_id', '=', q.userId);
  if (q.action) query = query.where('action', '=', q.action);
  if (q.resource)
    query = query.where('resource', 'like', `${q.resource.replace(/[%_\\]/g, (m) => `\\${m}`)}%`);
  if (q.status !== undefined) query = query.where('status', '=', q.status);
  if (q.from) query = query.where('created_at', '>=', q.from);
  if (q.to) query = query.where('created_at', '<', q.to);
  if (q.before) query = query.where(olderThan({ at: 'created_at', id: 'id' }, q.before));
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(q.limit).compile();
}

const row = (i: number): AuditRow => ({
  id: `id-${i}`,
  created_at: `2026-12-01T00:00:0${i % 3}.000Z`,
  user_id: i % 2 ? 'alice' : 'bob',
  ip: null,
  action: i % 2 ? 'POST /api/v1/apps' : 'GET /api/v1/apps',
  resource: i % 2 ? '/api/v1/apps/web_%x' : '/api/v1/apps/other',
  status: i % 2 ? 201 : 403,
  request_id: null,
  details: null,
  count: 1,
});

/** One query per combination of filters (2^7), the values chosen so that some rows match. */
function everyShape(): AuditQuery[] {
  const full: AuditQuery = {
    userId: 'alice',
    action: 'POST /api/v1/apps',
    resource: '/api/v1/apps/web_%',
    status: 201,
    from: '2026-12-01T00:00:00.000Z',
    to: '2026-12-01T00:00:03.000Z',
    before: { at: '2026-12-01T00:00:02.000Z', id: 'id-9' },
    limit: 3,
  };
  const keys = ['userId', 'action', 'resource', 'status', 'from', 'to', 'before'] as const;
  return Array.from({ length: 2 ** keys.length }, (_, shape) => {
    const q: AuditQuery = { limit: 3 };
    keys.forEach((key, bit) => {
      if (shape & (1 << bit)) Object.assign(q, { [key]: full[key] });
    });
    return q;
  });
}

describe('AuditRepository.find', () => {
  let db: Kysely<Tables>;
  let executed: { sql: string; parameters: readonly unknown[] }[];

  beforeEach(async () => {
    executed = [];
    db = new Kysely<Tables>({
      dialect: new SqliteDialect({ database: new SQLite(':memory:') }),
      log: ({ query: { sql, parameters } }) => void executed.push({ sql, parameters }),
    });
    await sql`create table audit_log (id text primary key, created_at text, user_id text, ip text,
      action text, resource text, status integer, request_id text, details text, count integer)`.execute(db);
    for (let i = 0; i < 8; i++) await db.insertInto('audit_log').values(row(i)).execute();
  });
  afterEach(() => db.destroy());

  it('runs, for every filter shape, the SQL and values the query builder gives', async () => {
    const repository = new AuditRepository(db);
    for (const q of everyShape())
      for (let round = 0; round < 2; round++) {
        executed = [];
        const rows = await repository.find(q);
        const expected = reference(db, q);
        expect(executed).toEqual([{ sql: expected.sql, parameters: expected.parameters }]);
        expect(rows).toEqual((await db.executeQuery(expected)).rows);
      }
  });

  it('compiles for PostgreSQL too (numbered placeholders in the builder order)', async () => {
    const seen: { sql: string; parameters: readonly unknown[] }[] = [];
    const pg = new Kysely<Tables>({
      dialect: {
        createAdapter: () => new PostgresAdapter(),
        createDriver: () => new DummyDriver(),
        createIntrospector: (k) => new PostgresIntrospector(k),
        createQueryCompiler: () => new PostgresQueryCompiler(),
      },
      log: ({ query: { sql, parameters } }) => void seen.push({ sql, parameters }),
    });
    const repository = new AuditRepository(pg);
    for (const q of everyShape()) {
      seen.length = 0;
      await repository.find(q);
      const expected = reference(pg, q);
      expect(seen).toEqual([{ sql: expected.sql, parameters: expected.parameters }]);
    }
  });

  it('treats empty strings as no filter, as before', async () => {
    const repository = new AuditRepository(db);
    const q: AuditQuery = { userId: '', action: '', resource: '', from: '', to: '', limit: 100 };
    expect(await repository.find(q)).toHaveLength(8);
    expect(executed.at(-1)?.sql).toBe(reference(db, q).sql);
  });
});

describe('AuditRepository.find on SQLite, read at once (DatabaseHandle.readNow)', () => {
  it('gives what the read through Kysely gives, for every shape, without going through Kysely', async () => {
    const handle = await openDatabase('sqlite::memory:');
    const executed: string[] = [];
    const db = handle.db.withPlugin({
      transformQuery: (args) => (executed.push('kysely'), args.node),
      transformResult: async (args) => args.result,
    }) as unknown as Kysely<Tables>;
    await sql`create table audit_log (id text primary key, created_at text, user_id text, ip text,
      action text, resource text, status integer, request_id text, details text, count integer)`.execute(db);
    for (let i = 0; i < 8; i++) await db.insertInto('audit_log').values(row(i)).execute();
    const viaKysely = new AuditRepository(db);
    const atOnce = new AuditRepository(db, handle.readNow);
    for (const q of everyShape()) {
      await atOnce.find(q); // its plan is compiled (the builder runs the plugin) once
      executed.length = 0;
      const rows = await atOnce.find(q);
      expect(executed).toEqual([]);
      expect(rows).toEqual(await viaKysely.find(q));
    }
    await handle.db.destroy();
  });

  it('waits, through Kysely, for a transaction that holds the connection (never reads its rows early)', async () => {
    const handle = await openDatabase('sqlite::memory:');
    const db = handle.db as Kysely<Tables>;
    await sql`create table audit_log (id text primary key, created_at text, user_id text, ip text,
      action text, resource text, status integer, request_id text, details text, count integer)`.execute(db);
    await db.insertInto('audit_log').values(row(0)).execute();
    const repository = new AuditRepository(db, handle.readNow);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const insertedYet = new Promise<void>((resolve) => (inserted = resolve));
    const transaction = db.transaction().execute(async (trx) => {
      await trx.insertInto('audit_log').values(row(1)).execute();
      inserted();
      await held;
    });
    await insertedYet;
    expect(handle.readNow!('select 1 as one', [])).toBeUndefined();
    let answered: AuditRow[] | undefined;
    const reading = repository.find({ limit: 10 }).then((rows) => (answered = rows));
    await new Promise((resolve) => setImmediate(resolve));
    expect(answered).toBeUndefined(); // queued behind the transaction, as any Kysely query is
    release();
    await transaction;
    await reading;
    expect(answered?.map((r) => r.id).sort()).toEqual(['id-0', 'id-1']);
    expect(handle.readNow!('select 1 as one', [])).toEqual([{ one: 1 }]);
    await handle.db.destroy();
    expect(handle.readNow!('select 1 as one', [])).toBeUndefined(); // closed: Kysely says so
  });
});
