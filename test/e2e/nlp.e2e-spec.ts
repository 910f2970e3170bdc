import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';

describe('nlp: interpret, context, learning, history, stats (offline interpreter)', () => {
  let t: TestApp;
  let read: string;
  let exec: string;
  let bob: string;
  beforeAll(async () => {
    t = await startTestApp({
      env: { KLEPAAS_NLP_KNOWN_APPS: 'web-app,api,payment-svc', KLEPAAS_NLP_DEFAULT_ENVIRONMENT: 'staging' },
    });
    read = await bearer({ sub: 'alice', scope: 'nlp:read' });
    exec = await bearer({ sub: 'alice', scope: 'nlp:read nlp:execute' });
    bob = await bearer({ sub: 'bob', scope: 'nlp:read nlp:execute' });
  });
  afterAll(() => t.destroy());

  const interpret = (body: object, auth = read) =>
    request(t.url).post('/api/v1/nlp/interpret').set('Authorization', auth).send(body).expect(200);

  it('answers the contract for a Korean command', async () => {
    const res = await interpret({
      command: 'web-app을 staging에 3개 복제본으로 배포해줘',
      sessionId: 's-contract',
    });
    expect(res.body).toEqual({
      interactionId: expect.any(String),
      intent: 'deploy',
      entities: { app: 'web-app', environment: 'staging', replicas: 3 },
      confidence: expect.any(Number),
      ambiguous: false,
      missing: [],
      suggestions: [],
      clarification: null,
      defaults: [],
      destructive: false,
      requiresConfirmation: false,
      source: 'rules',
    });
    expect(res.body.confidence).toBeGreaterThan(0.8);
  });

  it('production is destructive; defaults never pick production; chit-chat is unknown with a help suggestion', async () => {
    const prod = await interpret({ command: 'deploy web-app:v2.1.0 to prod' });
    expect(prod.body).toMatchObject({ intent: 'deploy', destructive: true, requiresConfirmation: true });
    expect(prod.body.entities).toEqual({ app: 'web-app', environment: 'production', tag: 'v2.1.0' });
    const def = await interpret({ command: 'restart api', sessionId: 's-defaults' });
    expect(def.body.entities.environment).toBe('staging');
    expect(def.body.defaults).toEqual(['environment']);
    const chat = await interpret({ command: '오늘 날씨 어때?' });
    expect(chat.body).toMatchObject({ intent: 'unknown', entities: {}, destructive: false });
    expect(chat.body.suggestions).toContain('도움말');
  });

  it('asks in the language of the command when something is missing, and suggests near-miss names', async () => {
    const ko = await interpret({ command: 'web-app 늘려줘', sessionId: 's-missing' });
    expect(ko.body).toMatchObject({ intent: 'scale', ambiguous: true, missing: ['replicas'] });
    expect(ko.body.clarification).toMatch(/몇 개/);
    const en = await interpret({ command: 'restart webapp', sessionId: 's-missing' });
    expect(en.body.ambiguous).toBe(true);
    expect(en.body.clarification).toContain("Did you mean 'web-app'");
    expect(en.body.suggestions).toContain('restart web-app in staging');
  });

  it('resolves ellipsis and references against the stored turns of the same session only', async () => {
    await interpret({ command: 'web-app을 운영에 배포해줘', sessionId: 'conv-1' });
    const scale = await interpret({ command: '5개로 늘려줘', sessionId: 'conv-1' });
    expect(scale.body).toMatchObject({ intent: 'scale', ambiguous: false, destructive: true });
    expect(scale.body.entities).toEqual({ app: 'web-app', environment: 'production', replicas: 5 });
    const logs = await interpret({ command: 'its logs', sessionId: 'conv-1' });
    expect(logs.body.entities).toMatchObject({ app: 'web-app', environment: 'production' });
    // another session knows nothing of it
    const other = await interpret({ command: '5개로 늘려줘', sessionId: 'conv-2' });
    expect(other.body).toMatchObject({ ambiguous: true, missing: ['app'] });
    // another user with the same session id neither
    const bobs = await interpret({ command: '그거 재시작해줘', sessionId: 'conv-1' }, bob);
    expect(bobs.body.missing).toEqual(['app']);
    // without a sessionId the conversation is per user + project
    await interpret({ command: 'deploy api to dev', projectName: 'shop' });
    const follow = await interpret({ command: 'now restart it', projectName: 'shop' });
    expect(follow.body.entities).toEqual({ app: 'api', environment: 'development' });
    const elsewhere = await interpret({ command: 'now restart it', projectName: 'other' });
    expect(elsewhere.body.missing).toEqual(['app']);

    const history = await request(t.url)
      .get('/api/v1/nlp/history?sessionId=conv-1')
      .set('Authorization', read)
      .expect(200);
    expect(history.body.items.map((i: { command: string }) => i.command)).toEqual([
      'its logs',
      '5개로 늘려줘',
      'web-app을 운영에 배포해줘',
    ]);
    const shop = await request(t.url)
      .get('/api/v1/nlp/history?projectName=shop')
      .set('Authorization', read)
      .expect(200);
    expect(shop.body.items).toHaveLength(2);
  });

  it('remembers across stored turns what an app was called and which of two came first; a paste orders nothing', async () => {
    const say = async (command: string) => (await interpret({ command, sessionId: 'conv-alias' })).body;
    expect(await say('스테이징 결제 payment-svc랑 홈페이지 web-app 로그 같이 보여줘')).toMatchObject({
      intent: 'logs',
      ambiguous: true,
    });
    // "결제 쪽" is payment-svc, by the word the first turn put before its name — not the app talked about last
    expect(await say('결제 쪽 재시작해줘')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
      entities: { app: 'payment-svc', environment: 'staging' },
    });
    expect(await say('후자 로그 보여줘')).toMatchObject({
      intent: 'logs',
      entities: { app: 'web-app', environment: 'staging' },
    });
    // a bot's notice pasted on its own line, then only "fyi": nothing is rolled back
    const pasted = await say('rollback complete: web-app staging now at revision 12\nfyi');
    expect(pasted).toMatchObject({ intent: 'unknown', destructive: false });
    // …but "bounce it" under an alert restarts the one app the alert names
    const bounced = await say('payment-svc (staging): Back-off restarting failed container\nbounce it');
    expect(bounced).toMatchObject({
      intent: 'restart',
      entities: { app: 'payment-svc', environment: 'staging' },
    });
  });
  it('learns from a correction: the same phrase and a close variant are then read right, for that user', async () => {
    // a phrase neither the rules nor the classifier read ("살려줘" is now learned from the blind corpus)
    const before = await interpret({ command: 'web-app 깨워줘', projectName: 'shop', sessionId: 'learn' });
    expect(before.body.intent).toBe('unknown');
    const fb = await request(t.url)
      .post('/api/v1/nlp/feedback')
      .set('Authorization', exec)
      .send({
        interactionId: before.body.interactionId,
        correct: false,
        corrected: { intent: 'restart', entities: { app: 'web-app' } },
      })
      .expect(200);
    expect(fb.body.learned).toMatchObject({ key: '깨워', scope: 'user' });
    const same = await interpret({ command: 'web-app 깨워줘', projectName: 'shop', sessionId: 'learn-2' });
    expect(same.body).toMatchObject({
      intent: 'restart',
      entities: { app: 'web-app', environment: 'staging' },
      ambiguous: false,
    });
    const variant = await interpret({
      command: 'api 좀 깨워 주세요',
      projectName: 'shop',
      sessionId: 'learn-3',
    });
    expect(variant.body).toMatchObject({ intent: 'restart', entities: { app: 'api' }, ambiguous: false });
    // bob has not taught it; another project neither
    const bobs = await interpret({ command: 'web-app 깨워줘', projectName: 'shop' }, bob);
    expect(bobs.body.intent).toBe('unknown');
    const elsewhere = await interpret({
      command: 'web-app 깨워줘',
      projectName: 'other',
      sessionId: 'learn-4',
    });
    expect(elsewhere.body.intent).toBe('unknown');

    // an admin promotes it to everyone
    const rules = await request(t.url)
      .get('/api/v1/nlp/rules?projectName=shop')
      .set('Authorization', read)
      .expect(200);
    const id = rules.body.items[0].id;
    await request(t.url).post(`/api/v1/nlp/rules/${id}/promote`).set('Authorization', exec).expect(403);
    await request(t.url)
      .post(`/api/v1/nlp/rules/${id}/promote`)
      .set('Authorization', await bearer({ sub: 'root', scope: 'nlp:admin' }))
      .expect(200);
    const promoted = await interpret({ command: 'web-app 깨워줘', projectName: 'shop' }, bob);
    expect(promoted.body.intent).toBe('restart');
  });

  it('feedback: validation, ownership, and accuracy stats', async () => {
    const a = await interpret({ command: 'web-app 상태 알려줘', sessionId: 'fb' });
    await request(t.url)
      .post('/api/v1/nlp/feedback')
      .set('Authorization', exec)
      .send({ interactionId: a.body.interactionId, correct: true })
      .expect(200);
    await request(t.url)
      .post('/api/v1/nlp/feedback')
      .set('Authorization', bob)
      .send({ interactionId: a.body.interactionId, correct: true })
      .expect(404)
      .expect((r) => expect(r.body.error).toBe('nlp_interaction_not_found'));
    const bad = await request(t.url)
      .post('/api/v1/nlp/feedback')
      .set('Authorization', exec)
      .send({ interactionId: a.body.interactionId, correct: false, corrected: { intent: 'dance' } })
      .expect(400);
    expect(bad.body.error).toBe('validation_failed');
    const badEntities = await request(t.url)
      .post('/api/v1/nlp/feedback')
      .set('Authorization', exec)
      .send({
        interactionId: a.body.interactionId,
        correct: false,
        corrected: { intent: 'scale', entities: { replicas: 'many' } },
      })
      .expect(400);
    expect(badEntities.body.error).toBe('nlp_invalid_correction');
    // no command to take the language from: Accept-Language decides (same codes)
    const ko = await request(t.url)
      .post('/api/v1/nlp/feedback')
      .set('Authorization', bob)
      .set('Accept-Language', 'ko-KR,ko;q=0.9,en;q=0.8')
      .send({ interactionId: a.body.interactionId, correct: true })
      .expect(404);
    expect(ko.body).toMatchObject({
      error: 'nlp_interaction_not_found',
      message: `내 대화 기록에 없는 항목입니다: '${a.body.interactionId}'`,
    });
    const en = await request(t.url)
      .post('/api/v1/nlp/feedback')
      .set('Authorization', bob)
      .set('Accept-Language', 'en-US,ko;q=0.5')
      .send({ interactionId: a.body.interactionId, correct: true })
      .expect(404);
    expect(en.body.message).toBe(`No interaction '${a.body.interactionId}' of yours`);
    await request(t.url)
      .post('/api/v1/nlp/feedback')
      .set('Authorization', read)
      .send({ interactionId: 'x', correct: true })
      .expect(403);

    // a second opinion on the same interaction replaces the first
    const first = await request(t.url)
      .post('/api/v1/nlp/feedback')
      .set('Authorization', exec)
      .send({ interactionId: a.body.interactionId, correct: true })
      .expect(200);
    const again = await request(t.url)
      .post('/api/v1/nlp/feedback')
      .set('Authorization', exec)
      .send({ interactionId: a.body.interactionId, correct: true })
      .expect(200);
    expect(again.body.id).toBe(first.body.id);
    const stats = await request(t.url)
      .get('/api/v1/nlp/feedback/stats')
      .set('Authorization', read)
      .expect(200);
    expect(stats.body).toMatchObject({ total: 2, correct: 1, incorrect: 1, accuracy: 0.5 });
    expect(stats.body.bySource.rules).toEqual({ total: 2, correct: 1, accuracy: 0.5 });
    expect(stats.body.daily).toHaveLength(1);
  });

  it('rejects bad input in the envelope and lists commands', async () => {
    for (const body of [
      {},
      { command: '' },
      { command: '   ' },
      { command: 5 },
      { command: 'x', extra: 1 },
    ]) {
      const res = await request(t.url)
        .post('/api/v1/nlp/interpret')
        .set('Authorization', read)
        .send(body)
        .expect(400);
      expect(res.body).toMatchObject({ error: 'validation_failed', requestId: expect.any(String) });
    }
    // a Korean command's validation error is said in Korean (the command decides, not Accept-Language)
    const koInvalid = await request(t.url)
      .post('/api/v1/nlp/interpret')
      .set('Authorization', read)
      .set('Accept-Language', 'en')
      .send({ command: 'web-app 상태 알려줘', extra: 1 })
      .expect(400);
    expect(koInvalid.body).toMatchObject({
      error: 'validation_failed',
      message: '요청 형식이 올바르지 않습니다.',
      details: [expect.stringContaining('extra')],
    });
    const enInvalid = await request(t.url)
      .post('/api/v1/nlp/interpret')
      .set('Authorization', read)
      .set('Accept-Language', 'ko')
      .send({ command: 'status of web-app', extra: 1 })
      .expect(400);
    expect(enInvalid.body).toMatchObject({
      error: 'validation_failed',
      message: 'Request validation failed',
    });
    // one limit (500) whatever the length: the rule and its text agree
    for (const length of [501, 600, 2500]) {
      const long = await request(t.url)
        .post('/api/v1/nlp/interpret')
        .set('Authorization', read)
        .send({ command: 'a'.repeat(length) })
        .expect(400);
      expect(long.body).toMatchObject({
        error: 'nlp_command_too_long',
        message: 'The command is longer than 500 characters',
        details: { max: 500 },
      });
    }
    await request(t.url)
      .post('/api/v1/nlp/interpret')
      .set('Authorization', read)
      .send({ command: 'web-app 상태 알려줘'.padEnd(500, ' ') })
      .expect(200);
    const spec = await request(t.url).get('/docs-json').expect(200);
    expect(spec.body.components.schemas.InterpretDto.properties.command.maxLength).toBe(500);
    await request(t.url).post('/api/v1/nlp/interpret').send({ command: 'help' }).expect(401);
    const cmds = await request(t.url).get('/api/v1/nlp/commands').set('Authorization', read).expect(200);
    const intents = cmds.body.commands.map((c: { intent: string }) => c.intent);
    expect(intents).toEqual([
      'deploy',
      'scale',
      'rollback',
      'restart',
      'status',
      'logs',
      'list',
      'history',
      'delete',
      'help',
    ]);
    for (const c of cmds.body.commands) {
      expect(c.examples.ko.length).toBeGreaterThan(0);
      expect(c.examples.en.length).toBeGreaterThan(0);
    }
    // every environment word the list promises is one the interpreter reads as that environment (or asks about)
    const environments = cmds.body.environments as Record<string, string[]>;
    expect(Object.keys(environments).sort()).toEqual(['development', 'production', 'staging']);
    for (const [env, aliases] of Object.entries(environments))
      for (const alias of aliases) {
        const r = await request(t.url)
          .post('/api/v1/nlp/interpret')
          .set('Authorization', read)
          .send({ command: `show web-app status in ${alias}` })
          .expect(200);
        // read as that environment, or (a short form like 프로덕) asked about with that environment suggested
        const isRead = r.body.entities.environment === env;
        const asked = r.body.ambiguous === true && JSON.stringify(r.body.suggestions).includes(env);
        expect({ alias, readOrAsked: isRead || asked }).toEqual({ alias, readOrAsked: true });
      }
  });

  it('reports readiness and metrics', async () => {
    const ready = await request(t.url).get('/api/v1/health').expect(200);
    expect(ready.body.info.nlp).toMatchObject({ status: 'up', offline: 'ready' });
    const metrics = await request(t.url).get('/metrics').expect(200);
    expect(metrics.text).toMatch(/nlp_interpretations_total\{source="rules",intent="deploy"\} \d+/);
  });
});
