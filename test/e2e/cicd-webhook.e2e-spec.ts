import request from 'supertest';
import { githubExample, signedDelivery } from '../support/github-webhooks.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';

const SECRET = 'webhook-secret-current-0001';
const PREVIOUS = 'webhook-secret-previous-0001';
const APP_SECRET = 'github-app-webhook-secret-01';
const HOOK = '/api/v1/cicd/webhook';

describe('cicd webhook: verification, input limits, idempotency, routing without a mapped app', () => {
  let t: TestApp;
  let reader: string;
  const post = (d: { headers: Record<string, string>; body: string }) =>
    request(t.url).post(HOOK).set(d.headers).send(d.body);

  beforeAll(async () => {
    t = await startTestApp({
      env: {
        KLEPAAS_WEBHOOK_SECRET: SECRET,
        KLEPAAS_WEBHOOK_SECRET_PREVIOUS: PREVIOUS,
        KLEPAAS_GITHUB_APP_WEBHOOK_SECRET: APP_SECRET,
        KLEPAAS_BODY_LIMIT: '256kb',
      },
    });
    reader = await bearer({ sub: 'ops', scope: 'cicd:read audit:read' });
  });
  afterAll(() => t.destroy());

  it('answers ping with pong', async () => {
    const d = await signedDelivery(
      'ping',
      githubExample('ping', (e) => !!e.repository),
      SECRET,
    );
    const res = await post(d).expect(200);
    expect(res.body).toMatchObject({ outcome: 'pong', pong: true, deliveryId: d.deliveryId });
  });

  it('refuses a missing or wrong signature with 401, records nothing, audits the denial', async () => {
    const d = await signedDelivery(
      'push',
      githubExample('push', (e) => e.ref === 'refs/heads/master'),
      SECRET,
    );
    const { ['X-Hub-Signature-256']: _sig, ...unsigned } = d.headers;
    const missing = await request(t.url).post(HOOK).set(unsigned).send(d.body).expect(401);
    expect(missing.body).toEqual({
      error: 'signature_missing',
      message: 'X-Hub-Signature-256 header is missing',
      requestId: expect.any(String),
    });
    const forged = await signedDelivery('push', JSON.parse(d.body), 'not-the-secret', {
      deliveryId: d.deliveryId,
    });
    expect((await post(forged).expect(401)).body.error).toBe('signature_invalid');
    // Signed body, then tampered with.
    const tampered = { ...d, body: d.body.replace('Codertocat', 'Attackercat') };
    expect((await post(tampered).expect(401)).body.error).toBe('signature_invalid');
    const malformed = { ...d, headers: { ...d.headers, 'X-Hub-Signature-256': 'sha1=abc' } };
    expect((await post(malformed).expect(401)).body.error).toBe('signature_invalid');

    const stored = await request(t.url)
      .get(`/api/v1/cicd/deliveries/${d.deliveryId}`)
      .set('Authorization', reader);
    expect(stored.status).toBe(404);
    const audit = await request(t.url)
      .get('/api/v1/audit?status=401&action=cicd.webhook')
      .set('Authorization', reader)
      .expect(200);
    expect(audit.body.items.length).toBeGreaterThanOrEqual(4);
    expect(audit.body.items[0].details).toMatchObject({
      denied: expect.stringMatching(/^signature_/),
      delivery: d.deliveryId,
    });
  });

  it('audits every delivery exactly once, whatever its answer (the route records its own, compact row)', async () => {
    const rowsOf = async (requestId: string) => {
      const page = await request(t.url)
        .get('/api/v1/audit?limit=200')
        .set('Authorization', reader)
        .expect(200);
      return page.body.items.filter((r: { requestId: string }) => r.requestId === requestId);
    };
    const withId = (d: { headers: Record<string, string>; body: string }, id: string) =>
      request(t.url)
        .post(HOOK)
        .set({ ...d.headers, 'X-Request-Id': id })
        .send(d.body);
    const star = await signedDelivery('star', githubExample('star'), SECRET);
    await withId(star, 'hook-once-202').expect(202);
    await withId(star, 'hook-once-dup').expect(200);
    const { ['X-Hub-Signature-256']: _sig, ...unsigned } = star.headers;
    await withId({ headers: unsigned, body: star.body }, 'hook-once-401').expect(401);
    const { ['X-GitHub-Event']: _event, ...noEvent } = star.headers;
    await withId({ headers: noEvent, body: star.body }, 'hook-once-400').expect(400);
    for (const [id, status, outcome] of [
      ['hook-once-202', 202, { outcome: 'ignored' }],
      ['hook-once-dup', 200, { duplicate: true }],
      ['hook-once-401', 401, { denied: 'signature_missing' }],
      ['hook-once-400', 400, { error: 'missing_header' }],
    ] as const) {
      const rows = await rowsOf(id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ action: 'cicd.webhook', status, count: 1, details: outcome });
    }
    // A body that cannot be read never reaches the route: the generic record of a refused request.
    await withId({ headers: star.headers, body: '{"zen": ' }, 'hook-once-json').expect(400);
    const unread = await rowsOf('hook-once-json');
    expect(unread).toHaveLength(1);
    expect(unread[0]).toMatchObject({
      action: 'POST /api/v1/cicd/webhook',
      status: 400,
      details: { error: 'invalid_json' },
    });
  });

  it('accepts every active secret during a rotation and the GitHub App secret, and records which one', async () => {
    for (const [secret, name] of [
      [SECRET, 'primary'],
      [PREVIOUS, 'previous'],
      [APP_SECRET, 'github_app'],
    ]) {
      const d = await signedDelivery('star', githubExample('star'), secret);
      const res = await post(d).expect(202);
      expect(res.body).toMatchObject({ outcome: 'ignored', reason: 'event "star" is not handled' });
      const got = await request(t.url)
        .get(`/api/v1/cicd/deliveries/${d.deliveryId}`)
        .set('Authorization', reader)
        .expect(200);
      expect(got.body).toMatchObject({ event: 'star', secret: name, outcome: 'ignored', jobs: [] });
    }
  });

  it('answers a redelivery with duplicate: true and records it once', async () => {
    const d = await signedDelivery('issues', githubExample('issues'), SECRET);
    const first = await post(d).expect(202);
    const again = await post(d).expect(200);
    expect(again.body).toMatchObject({
      duplicate: true,
      outcome: 'ignored',
      deliveryId: d.deliveryId,
      id: first.body.id,
    });
    // Concurrent redeliveries: exactly one is recorded.
    const e = await signedDelivery('issues', githubExample('issues'), SECRET);
    const answers = await Promise.all([post(e), post(e), post(e)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 202]);
    const list = await request(t.url)
      .get('/api/v1/cicd/deliveries?limit=200')
      .set('Authorization', reader)
      .expect(200);
    expect(list.body.items.filter((i: { deliveryId: string }) => i.deliveryId === e.deliveryId)).toHaveLength(
      1,
    );
  });

  it('ignores unmapped repositories, tag pushes, branch deletions and non-SemVer releases with the reason', async () => {
    const push = githubExample('push', (e) => e.ref === 'refs/heads/master');
    expect((await post(await signedDelivery('push', push, SECRET)).expect(202)).body).toMatchObject({
      outcome: 'ignored',
      reason: 'repository Codertocat/Hello-World is not mapped to an app',
    });
    const deleted = { ...push, deleted: true, after: '0'.repeat(40) };
    expect((await post(await signedDelivery('push', deleted, SECRET)).expect(202)).body.reason).toBe(
      'ref refs/heads/master was deleted',
    );
    const tagPush = githubExample('push', (e) => e.ref === 'refs/tags/simple-tag' && !e.deleted);
    expect((await post(await signedDelivery('push', tagPush, SECRET)).expect(202)).body.reason).toMatch(
      /not a branch push/,
    );
    const release = githubExample('release', (e) => e.action === 'published');
    release.release.tag_name = 'nightly-2026';
    expect((await post(await signedDelivery('release', release, SECRET)).expect(202)).body.reason).toBe(
      'release tag "nightly-2026" is not SemVer',
    );
    const run = githubExample('workflow_run', (e) => e.workflow_run.conclusion === 'success');
    expect((await post(await signedDelivery('workflow_run', run, SECRET)).expect(202)).body.reason).toMatch(
      /KLEPAAS_CICD_DEPLOY_ON_WORKFLOW_RUN/,
    );
  });

  it('takes form-encoded deliveries with a payload field', async () => {
    const d = await signedDelivery(
      'ping',
      githubExample('ping', (e) => !!e.repository),
      SECRET,
      { form: true },
    );
    expect((await post(d).expect(200)).body.outcome).toBe('pong');
    const signedNoField = await signBody('other=1', 'application/x-www-form-urlencoded');
    expect((await post(signedNoField).expect(400)).body.error).toBe('invalid_payload');
    const badJson = await signBody('payload=%7Bnot-json', 'application/x-www-form-urlencoded');
    expect((await post(badJson).expect(400)).body).toMatchObject({
      error: 'invalid_payload',
      message: 'The "payload" field is not valid JSON',
    });
  });

  it('gives clear 4xx for malformed JSON, non-object payloads, missing headers, wrong type, oversized bodies', async () => {
    const malformed = await request(t.url)
      .post(HOOK)
      .set({ 'Content-Type': 'application/json', 'X-GitHub-Event': 'push', 'X-GitHub-Delivery': 'x-1' })
      .send('{"ref": ')
      .expect(400);
    expect(malformed.body).toMatchObject({ error: 'invalid_json', requestId: expect.any(String) });
    expect(JSON.stringify(malformed.body)).not.toMatch(/at .*\.js/);

    expect((await post(await signBody('[1,2]', 'application/json')).expect(400)).body.error).toBe(
      'invalid_payload',
    );

    const d = await signedDelivery(
      'ping',
      githubExample('ping', (e) => !!e.repository),
      SECRET,
    );
    const { ['X-GitHub-Event']: _e, ...noEvent } = d.headers;
    expect((await request(t.url).post(HOOK).set(noEvent).send(d.body).expect(400)).body).toMatchObject({
      error: 'missing_header',
      message: 'X-GitHub-Event header is missing or malformed',
    });
    const { ['X-GitHub-Delivery']: _d, ...noDelivery } = d.headers;
    expect((await request(t.url).post(HOOK).set(noDelivery).send(d.body).expect(400)).body.message).toMatch(
      /X-GitHub-Delivery/,
    );

    const text = await signBody(d.body, 'text/plain');
    expect((await post(text).expect(415)).body.error).toBe('unsupported_media_type');

    const huge = githubExample('push', (e) => e.ref === 'refs/heads/master');
    huge.padding = 'x'.repeat(300 * 1024);
    const big = await signedDelivery('push', huge, SECRET);
    expect((await post(big).expect(413)).body.error).toBe('payload_too_large');
    const list = await request(t.url)
      .get('/api/v1/cicd/deliveries?limit=200')
      .set('Authorization', reader)
      .expect(200);
    expect(list.body.items.some((i: { deliveryId: string }) => i.deliveryId === big.deliveryId)).toBe(false);
  });

  it('needs cicd:read for the deliveries and cicd:write to confirm', async () => {
    await request(t.url).get('/api/v1/cicd/deliveries').expect(401);
    await request(t.url)
      .get('/api/v1/cicd/deliveries')
      .set('Authorization', await bearer({ scope: 'apps:read' }))
      .expect(403);
    const d = await signedDelivery('star', githubExample('star'), SECRET);
    await post(d).expect(202);
    const res = await request(t.url)
      .post(`/api/v1/cicd/deliveries/${d.deliveryId}/confirm`)
      .set('Authorization', reader)
      .expect(403);
    expect(res.body.error).toBe('insufficient_scope');
    const writer = await bearer({ scope: 'cicd:write' });
    const conflict = await request(t.url)
      .post(`/api/v1/cicd/deliveries/${d.deliveryId}/confirm`)
      .set('Authorization', writer)
      .expect(409);
    expect(conflict.body).toMatchObject({ error: 'job_not_pending', details: { statuses: [] } });
    await request(t.url).post('/api/v1/cicd/deliveries/nope/cancel').set('Authorization', writer).expect(404);
  });

  it('pages the deliveries newest first', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: request.Response = await request(t.url)
        .get(`/api/v1/cicd/deliveries?limit=3${cursor ? `&cursor=${cursor}` : ''}`)
        .set('Authorization', reader)
        .expect(200);
      seen.push(...page.body.items.map((i: { id: string }) => i.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort().reverse()).toEqual(seen);
    await request(t.url).get('/api/v1/cicd/deliveries?cursor=!!').set('Authorization', reader).expect(400);
  });

  async function signBody(body: string, contentType: string) {
    const d = await signedDelivery('ping', {}, SECRET);
    const { sign } = await import('@octokit/webhooks-methods');
    return {
      body,
      headers: { ...d.headers, 'Content-Type': contentType, 'X-Hub-Signature-256': await sign(SECRET, body) },
    };
  }
});

describe('cicd webhook without a secret', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.destroy());

  it('answers 503 webhook_not_configured and never accepts unsigned or signed calls', async () => {
    const d = await signedDelivery(
      'ping',
      githubExample('ping', (e) => !!e.repository),
      SECRET,
    );
    const res = await request(t.url).post(HOOK).set(d.headers).send(d.body).expect(503);
    expect(res.body).toMatchObject({ error: 'webhook_not_configured' });
    const ready = await request(t.url).get('/api/v1/health');
    expect(JSON.stringify(ready.body)).toContain('not_configured');
  });
});
