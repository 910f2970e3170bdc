import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from './database.factory.js';

describe('openDatabase (SQLite)', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'klepaas-db-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const synchronousOf = async (url: string) => {
    const handle = await openDatabase(url);
    try {
      const { rows } = await sql<{ synchronous: number }>`pragma synchronous`.execute(handle.db);
      const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(handle.db);
      return { synchronous: rows[0].synchronous, journal: journal.rows[0].journal_mode };
    } finally {
      await handle.db.destroy();
    }
  };

  it('commits with synchronous=FULL in WAL on a new file and on every later start of it', async () => {
    const url = `sqlite:${join(dir, 'klepaas.db')}`;
    // 2 = FULL; a reopened WAL file would otherwise get better-sqlite3's WAL default, NORMAL (1)
    expect(await synchronousOf(url)).toEqual({ synchronous: 2, journal: 'wal' });
    expect(await synchronousOf(url)).toEqual({ synchronous: 2, journal: 'wal' });
  });
});

describe('openDatabase (PostgreSQL)', () => {
  const url = process.env.KLEPAAS_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

  it('several replicas starting at once on a new schema all open it (no duplicate-key failure)', async () => {
    const schema = `race_${process.pid}_${Date.now()}`;
    const handles = await Promise.all(Array.from({ length: 8 }, () => openDatabase(url, schema)));
    try {
      for (const h of handles) await h.ping();
    } finally {
      await handles[0].db.schema.dropSchema(schema).cascade().execute();
      await Promise.all(handles.map((h) => h.db.destroy()));
    }
  });
});
