import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { openDatabase, type DatabaseHandle } from '../../database/database.factory.js';
import { migrateToLatest } from '../../database/database.module.js';
import { WriteBehindQueue } from '../../database/write-behind.js';
import { NlpRepository, type InteractionRow } from './nlp.repository.js';

let seq = 0;
const turn = (over: Partial<InteractionRow> = {}): InteractionRow => {
  seq++;
  return {
    id: `t${String(seq).padStart(4, '0')}`,
    session_id: 's1',
    user_id: 'alice',
    project: null,
    command: `command ${seq}`,
    language: 'en',
    intent: 'status',
    entities: '{}',
    confidence: 90,
    ambiguous: 0,
    source: 'rules',
    interpretation: '{}',
    kind: 'interpret',
    outcome: null,
    created_at: new Date(Date.UTC(2026, 11, 1, 12, 0, seq)).toISOString(),
    ...over,
  };
};
const SINCE = '2026-12-01T00:00:00.000Z';

describe('NlpRepository.contextTurns (the turns every command is read with, SQLite)', () => {
  let dir: string;
  let handle: DatabaseHandle;
  /** Another process on the same file. */
  let other: DatabaseHandle;
  let queue: WriteBehindQueue;
  let repository: NlpRepository;
  const ids = async (limit = 3, since = SINCE, session = 's1', user = 'alice') =>
    (await repository.contextTurns(session, user, limit, since)).map((r) => r.id);
  const direct = (h: DatabaseHandle, row: InteractionRow) =>
    (h.db as Kysely<{ nlp_interactions: InteractionRow }>)
      .insertInto('nlp_interactions')
      .values(row)
      .execute();

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'klepaas-turns-cache-'));
    handle = await openDatabase(`sqlite:${join(dir, 'db.sqlite')}`);
    await migrateToLatest(handle);
    other = await openDatabase(`sqlite:${join(dir, 'db.sqlite')}`);
    queue = new WriteBehindQueue(handle.db, { intervalMs: 5, maxBatch: 100, capacity: 100 });
    repository = new NlpRepository(handle.db as never, queue, handle.dataVersion);
  });
  afterEach(async () => {
    await queue.drain();
    await other.db.destroy();
    await handle.db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads what is committed, then every turn this process records, waiting or committed, newest first', async () => {
    const [a, b] = [turn(), turn()];
    await direct(other, a);
    await direct(other, b);
    expect(await ids()).toEqual([b.id, a.id]);
    const c = turn();
    await repository.insertInteraction(c, 'batched');
    expect(await ids()).toEqual([c.id, b.id, a.id]); // still waiting in the queue
    await queue.flush();
    expect(await ids()).toEqual([c.id, b.id, a.id]); // committed: from the cache now
    const d = turn();
    await repository.insertInteraction(d, 'commit');
    expect(await ids()).toEqual([d.id, c.id, b.id]);
    expect(await ids(10)).toEqual([d.id, c.id, b.id, a.id]); // a longer read goes to the database
  });

  it('sees a turn another connection commits to the file (data_version), and keeps sessions and users apart', async () => {
    const a = turn();
    await repository.insertInteraction(a, 'commit');
    expect(await ids()).toEqual([a.id]);
    expect(await ids(3, SINCE, 's1', 'bob')).toEqual([]);
    const b = turn();
    await direct(other, b);
    expect(await ids()).toEqual([b.id, a.id]);
    const c = turn({ session_id: 's2' });
    await repository.insertInteraction(c, 'batched');
    await queue.flush();
    expect(await ids()).toEqual([b.id, a.id]);
    expect(await ids(3, SINCE, 's2')).toEqual([c.id]);
  });

  it('leaves out turns older than the context window as it moves', async () => {
    const [a, b] = [turn(), turn()];
    await repository.insertInteraction(a, 'commit');
    await repository.insertInteraction(b, 'commit');
    expect(await ids()).toEqual([b.id, a.id]);
    expect(await ids(3, b.created_at)).toEqual([b.id]);
    expect(await ids(3, '2027-01-01T00:00:00.000Z')).toEqual([]);
  });

  it('answers from memory after the first read (this process writes turns only through the repository)', async () => {
    const a = turn();
    await repository.insertInteraction(a, 'commit');
    expect(await ids()).toEqual([a.id]);
    await direct(handle, turn()); // the same connection: data_version does not move
    expect(await ids()).toEqual([a.id]);
  });

  it('reads the database every time without data_version (PostgreSQL: other replicas write)', async () => {
    repository = new NlpRepository(handle.db as never, queue, null);
    const a = turn();
    await repository.insertInteraction(a, 'commit');
    expect(await ids()).toEqual([a.id]);
    // same connection, so data_version would not move: only an uncached read sees it
    const b = turn();
    await direct(handle, b);
    expect(await ids()).toEqual([b.id, a.id]);
  });
});
