import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseDialect } from './database.tokens.js';

export interface DatabaseHandle {
  db: Kysely<unknown>;
  dialect: DatabaseDialect;
  /** PostgreSQL schema, when one was configured. */
  schema?: string;
  /** Cheap round trip used by readiness. */
  ping(): Promise<void>;
  /**
   * SQLite only: a number that moves whenever another connection (another process on the same file, a
   * test writing directly) commits — `PRAGMA data_version`, a few µs. Lets a cache of rows this process
   * writes itself stay exact. PostgreSQL has no such cheap signal: undefined.
   */
  dataVersion?: () => number;
  /**
   * SQLite only: runs a read (one SELECT) at once on the connection, with the statement Kysely would
   * prepare for the same SQL — or gives undefined, and the caller goes through Kysely, when a transaction
   * is open on the connection (Kysely's connection mutex would make the read wait for its end, so it
   * never sees a transaction's uncommitted rows) or the connection is closed. Kysely's path for a read is
   * some microtasks and ~5 KB of promises and frozen objects around the same `prepare(sql).all(params)`.
   */
  readNow?: (sql: string, parameters: readonly unknown[]) => unknown[] | undefined;
}

/** Distinct SQL texts whose prepared statements are kept (queries are built from a bounded set of shapes). */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely's SQLite driver prepares every query anew (~30 µs, against a few µs to run a small one). The
 * same SQL text gets the same prepared statement here, least recently used ones dropped past the bound.
 * A statement still busy (an open iterator) is never handed out twice: the caller gets a fresh one.
 */
export function withStatementCache(sqlite: SQLite.Database): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = (sql: string): SQLite.Statement => {
    const cached = cache.get(sql);
    if (cached && !cached.busy) {
      cache.delete(sql); // most recently used goes last
      cache.set(sql, cached);
      return cached;
    }
    const statement = sqlite.prepare(sql);
    if (!cached) {
      cache.set(sql, statement);
      if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    }
    return statement;
  };
  return new Proxy(sqlite, {
    get: (target, key) => {
      if (key === 'prepare') return prepare;
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** PostgreSQL's SQLSTATE for a unique violation. */
const UNIQUE_VIOLATION = '23505';

export function dialectOf(url: string): DatabaseDialect {
  return url.startsWith('sqlite:') ? 'sqlite' : 'postgres';
}

/**
 * SQLite (embedded default, WAL, one writer) or PostgreSQL (several replicas). With `schema`, every
 * PostgreSQL connection works inside that schema, created if missing — test runs use one each.
 */
export async function openDatabase(url: string, schema?: string): Promise<DatabaseHandle> {
  if (dialectOf(url) === 'sqlite') {
    const file = url.slice('sqlite:'.length) || ':memory:';
    if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
    const sqlite = new SQLite(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // Said, not inherited: better-sqlite3 builds with SQLITE_DEFAULT_WAL_SYNCHRONOUS=1, so a file already in WAL
    // opened NORMAL (a commit that a power loss can undo) while the first start of a new file stayed FULL.
    sqlite.pragma('synchronous = FULL');
    const statements = withStatementCache(sqlite);
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: statements }) });
    // Prepared once: preparing per call costs ~30 µs against ~1 µs to run it, and /health runs it every time.
    const pingStatement = sqlite.prepare('select 1').pluck();
    const dataVersionStatement = sqlite.prepare('pragma data_version').pluck();
    return {
      db,
      dialect: 'sqlite',
      dataVersion: () => dataVersionStatement.get() as number,
      readNow: (sql, parameters) =>
        sqlite.open && !sqlite.inTransaction ? statements.prepare(sql).all(parameters) : undefined,
      ping: async () => {
        if (!sqlite.open) throw new Error('database is closed');
        pingStatement.get();
      },
    };
  }
  if (schema) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`create schema if not exists "${schema}"`);
    } catch (err) {
      // two replicas starting at once both pass "if not exists": the loser's unique violation means it exists
      if ((err as { code?: string }).code !== UNIQUE_VIOLATION) throw err;
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    ...(schema ? { options: `-c search_path="${schema}"` } : {}),
  });
  // An idle client losing its connection must not crash the process; readiness reports it.
  pool.on('error', () => undefined);
  // Neither may a checked-out one: pg emits 'error' on the client (listened to by the pool only while it
  // is idle) besides failing its query, and an 'error' event nobody listens to kills the process. The
  // query's own rejection reaches the caller; the pool discards the broken client on release.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    schema,
    ping: async () => {
      const client = await pool.connect();
      try {
        await client.query('select 1');
      } finally {
        client.release();
      }
    },
  };
}
