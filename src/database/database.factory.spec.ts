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
