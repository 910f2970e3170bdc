import { jest } from '@jest/globals';
import type { Kysely } from 'kysely';
import { openDatabase, type DatabaseHandle } from '../../database/database.factory.js';
import { migrateToLatest } from '../../database/database.module.js';
import { WriteBehindQueue } from '../../database/write-behind.js';
import { NlpRepository, RULES_TTL_MS, type RuleRow } from './nlp.repository.js';

const rule = (id: string, over: Partial<RuleRow> = {}): RuleRow => ({
  id,
  scope: 'user',
  user_id: 'alice',
  project: null,
  rule_key: `key-${id}`,
  phrase: `phrase ${id}`,
  intent: 'status',
  entities: '{}',
  example: '{}',
  created_at: '2026-12-01T00:00:00.000Z',
  updated_at: '2026-12-01T00:00:00.000Z',
  ...over,
});

describe('NlpRepository.rulesForCommand (the rules every command is read with)', () => {
  let handle: DatabaseHandle;
  let repository: NlpRepository;
  const ids = async (userId = 'alice', project: string | null = null) =>
    (await repository.rulesForCommand(userId, project)).map((r) => r.id);

  beforeEach(async () => {
    handle = await openDatabase('sqlite::memory:');
    await migrateToLatest(handle);
    const queue = new WriteBehindQueue(handle.db, { intervalMs: 5, maxBatch: 100, capacity: 100 });
    repository = new NlpRepository(handle.db as never, queue);
  });
  afterEach(async () => {
    jest.useRealTimers();
    await handle.db.destroy();
  });

  it("takes a rule this process learns or promotes at once, for the learner's and everyone's next command", async () => {
    expect(await ids()).toEqual([]);
    expect(await ids('bob')).toEqual([]);
    await repository.upsertUserRule(rule('r1'));
    expect(await ids()).toEqual(['r1']);
    expect(await ids('bob')).toEqual([]);
    await repository.promote('r1', '2026-12-01T00:00:01.000Z');
    expect(await ids('bob')).toEqual(['r1']);
  });

  it("sees another replica's rule (written straight to the database) within the TTL", async () => {
    jest.useFakeTimers({ now: 1_000_000, doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] });
    expect(await ids()).toEqual([]);
    await (handle.db as Kysely<{ nlp_rules: RuleRow }>).insertInto('nlp_rules').values(rule('r2')).execute();
    expect(await ids()).toEqual([]);
    jest.setSystemTime(1_000_000 + RULES_TTL_MS + 1);
    expect(await ids()).toEqual(['r2']);
  });

  it('keeps projects apart', async () => {
    await repository.upsertUserRule(rule('p1', { project: 'shop' }));
    expect(await ids('alice', 'shop')).toEqual(['p1']);
    expect(await ids('alice', null)).toEqual([]);
  });
});
