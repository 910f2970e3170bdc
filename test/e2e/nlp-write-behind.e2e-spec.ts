import request from 'supertest';
import { sql } from 'kysely';
import { DATABASE } from '../../src/database/database.tokens.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';
import { waitFor } from '../support/wait.js';

/**
 * /interpret's turn and audit record are batched (README: Audit → durability). With the longest flush
 * interval they are still in memory when the next request of the conversation arrives: the follow-up,
 * history and feedback must read them anyway (read-your-writes), and they reach the database by
 * themselves afterwards.
 */
describe('nlp: batched turns are read back before they are committed', () => {
  let t: TestApp;
  let user: string;
  const count = async (table: string, where = sql`1 = 1`) => {
    const db = t.app.get(DATABASE);
    const r = await sql<{
      n: number | string;
    }>`select count(*) as n from ${sql.table(table)} where ${where}`.execute(db);
    return Number(r.rows[0].n);
  };
  beforeAll(async () => {
    t = await startTestApp({
      env: { KLEPAAS_WRITE_BEHIND_INTERVAL_MS: '1000', KLEPAAS_NLP_KNOWN_APPS: 'web-app,api' },
    });
    user = await bearer({ sub: 'wb-user', scope: 'nlp:execute nlp:read' });
  });
  afterAll(() => t.destroy());

  it('answers a follow-up from a turn still in the queue, then commits both', async () => {
    const sessionId = 'wb-session-1';
    const first = await request(t.url)
      .post('/api/v1/nlp/interpret')
      .set('Authorization', user)
      .send({ command: 'scale web-app to 3 replicas in staging', sessionId })
      .expect(200);
    expect(first.body).toMatchObject({ intent: 'scale', entities: { app: 'web-app', replicas: 3 } });
    // not committed yet: the flush interval is a second
    expect(await count('nlp_interactions')).toBe(0);

    const followUp = await request(t.url)
      .post('/api/v1/nlp/interpret')
      .set('Authorization', user)
      .send({ command: '5개로', sessionId })
      .expect(200);
    expect(followUp.body).toMatchObject({
      intent: 'scale',
      entities: { app: 'web-app', environment: 'staging', replicas: 5 },
    });

    const history = await request(t.url)
      .get(`/api/v1/nlp/history?sessionId=${sessionId}`)
      .set('Authorization', user)
      .expect(200);
    expect(history.body.items.map((i: { interactionId: string }) => i.interactionId)).toEqual([
      followUp.body.interactionId,
      first.body.interactionId,
    ]);

    // feedback names an interaction that may still be waiting
    await request(t.url)
      .post('/api/v1/nlp/feedback')
      .set('Authorization', user)
      .send({ interactionId: followUp.body.interactionId, correct: true })
      .expect(200);

    await waitFor('the batched turns to be committed', async () => (await count('nlp_interactions')) === 2);
    // the audit API commits what is queued before it answers
    const auditor = await bearer({ sub: 'auditor', scope: 'audit:read' });
    const audit = await request(t.url)
      .get(`/api/v1/audit?user=wb-user&action=${encodeURIComponent('POST /api/v1/nlp/interpret')}`)
      .set('Authorization', auditor)
      .expect(200);
    expect(audit.body.items).toHaveLength(2);
  });

  it('keeps sessions and users apart', async () => {
    const other = await bearer({ sub: 'wb-other', scope: 'nlp:execute nlp:read' });
    await request(t.url)
      .post('/api/v1/nlp/interpret')
      .set('Authorization', user)
      .send({ command: 'restart api in staging', sessionId: 'wb-session-2' })
      .expect(200);
    // another user in a session of the same name has no context
    const theirs = await request(t.url)
      .post('/api/v1/nlp/interpret')
      .set('Authorization', other)
      .send({ command: '로그 보여줘', sessionId: 'wb-session-2' })
      .expect(200);
    expect(theirs.body.entities.app).toBeUndefined();
    const mine = await request(t.url)
      .post('/api/v1/nlp/interpret')
      .set('Authorization', user)
      .send({ command: '로그 보여줘', sessionId: 'wb-session-2' })
      .expect(200);
    expect(mine.body).toMatchObject({ intent: 'logs', entities: { app: 'api' } });
  });
});
