import { sql } from 'kysely';
import { openDatabase } from '../../src/database/database.factory.js';
import { ensureBuilt, ServiceProcess } from '../support/service-process.js';
import { TEST_JWT_SECRET, TestDatabaseHandle } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';

/**
 * SIGTERM of the real process (`node dist/main.js`) with batched audit records and turns still in
 * memory (a flush interval of a second): the shutdown hook commits every one before the process exits.
 */
describe('write-behind: nothing is lost on SIGTERM', () => {
  const N = 60;
  let database: TestDatabaseHandle;
  beforeAll(async () => {
    await ensureBuilt();
    database = TestDatabaseHandle.create();
  }, 180_000);
  afterAll(() => database.drop());

  it('commits every queued audit record, denial and turn before the process exits', async () => {
    const service = await ServiceProcess.start({
      KLEPAAS_ENV: 'test',
      KLEPAAS_AUTH_MODE: 'jwt',
      KLEPAAS_JWT_SECRET: TEST_JWT_SECRET,
      KLEPAAS_LOG_LEVEL: 'warn',
      KLEPAAS_WRITE_BEHIND_INTERVAL_MS: '1000',
      ...(database.env as Record<string, string>),
    });
    try {
      const user = await bearer({ sub: 'sigterm-user', scope: 'nlp:read' });
      const answers = await Promise.all(
        Array.from({ length: N }, (_, i) =>
          fetch(`${service.url}/api/v1/nlp/interpret`, {
            method: 'POST',
            headers: { authorization: user, 'content-type': 'application/json' },
            body: JSON.stringify({ command: `status of web-app ${i}`, sessionId: `s-${i % 7}` }),
          }).then(async (r) => `${r.status} ${r.status === 200 ? '' : await r.text()}`.trim()),
        ),
      );
      expect(answers.filter((s) => s !== '200')).toEqual([]);
      const denied = await fetch(`${service.url}/api/v1/apps`, {
        headers: { authorization: 'Bearer nope' },
      });
      expect(denied.status).toBe(401);
    } finally {
      await service.stop();
    }
    expect(service.child.exitCode === 0 || service.child.signalCode === 'SIGTERM').toBe(true);

    const env = database.env as Record<string, string>;
    const handle = await openDatabase(env.KLEPAAS_DATABASE_URL, env.KLEPAAS_DATABASE_SCHEMA);
    try {
      const n = async (query: ReturnType<typeof sql<{ n: number | string }>>) =>
        Number((await query.execute(handle.db)).rows[0].n);
      expect(
        await n(sql`select count(*) as n from audit_log where action = 'POST /api/v1/nlp/interpret'`),
      ).toBe(N);
      expect(await n(sql`select count(*) as n from nlp_interactions where user_id = 'sigterm-user'`)).toBe(N);
      expect(
        await n(
          sql`select coalesce(sum(count), 0) as n from audit_log where status = 401 and action = 'GET /api/v1/apps'`,
        ),
      ).toBe(1);
    } finally {
      await handle.db.destroy();
    }
  }, 120_000);
});
