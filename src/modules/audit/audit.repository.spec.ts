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
