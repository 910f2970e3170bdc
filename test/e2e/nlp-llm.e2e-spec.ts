import request from 'supertest';
import { FakeLlm, type FakeLlmReply } from '../fakes/fake-llm.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';
import { metricsText } from '../support/metrics.js';

const tool = (intent: string, entities: Record<string, unknown>, confidence = 0.8): FakeLlmReply => ({
  kind: 'tool',
  args: { intent, entities, confidence },
});

/** The value of one labelled series in a Prometheus text exposition (0 when absent). */
function metric(text: string, name: string, labels: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}}`));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('nlp: Claude + GPT + Gemini through their SDKs against fake provider servers', () => {
  let anthropic: FakeLlm;
  let openai: FakeLlm;
  let gemini: FakeLlm;
  let vote: TestApp;
  let priority: TestApp;
  let fallback: TestApp;
  let auth: string;

  const providerEnv = () => ({
    KLEPAAS_ANTHROPIC_API_KEY: 'sk-ant-test',
    KLEPAAS_ANTHROPIC_BASE_URL: anthropic.baseUrl,
    KLEPAAS_OPENAI_API_KEY: 'sk-openai-test',
    KLEPAAS_OPENAI_BASE_URL: openai.baseUrl,
    KLEPAAS_GEMINI_API_KEY: 'gemini-test',
    KLEPAAS_GEMINI_BASE_URL: gemini.baseUrl,
    KLEPAAS_NLP_PROVIDER_TIMEOUT_MS: '5000',
    KLEPAAS_NLP_PROVIDER_MAX_RETRIES: '2',
    KLEPAAS_NLP_KNOWN_APPS: 'web-app,api',
  });

  beforeAll(async () => {
    [anthropic, openai, gemini] = await Promise.all([
      FakeLlm.start('anthropic'),
      FakeLlm.start('openai'),
      FakeLlm.start('gemini'),
    ]);
    vote = await startTestApp({ env: { ...providerEnv(), KLEPAAS_NLP_STRATEGY: 'vote' } });
    priority = await startTestApp({
      env: {
        ...providerEnv(),
        KLEPAAS_NLP_STRATEGY: 'priority',
        KLEPAAS_NLP_PROVIDER_PRIORITY: 'openai,anthropic,gemini',
      },
    });
    fallback = await startTestApp({ env: { ...providerEnv(), KLEPAAS_NLP_LLM_MODE: 'fallback' } });
    auth = await bearer({ scope: 'nlp:read nlp:execute' });
  });
  afterAll(async () => {
    await vote?.destroy();
    await priority?.destroy();
    await fallback?.destroy();
    await Promise.all([anthropic, openai, gemini].map((f) => f?.close()));
  });
  beforeEach(() => {
    for (const f of [anthropic, openai, gemini]) {
      f.reset();
      f.respond = () => ({ kind: 'error', status: 500 });
    }
  });

  const all = (reply: FakeLlmReply) => {
    for (const f of [anthropic, openai, gemini]) f.respond = () => reply;
  };
  const interpret = (app: TestApp, command: string, sessionId = `s-${Math.random()}`) =>
    request(app.url)
      .post('/api/v1/nlp/interpret')
      .set('Authorization', auth)
      .send({ command, sessionId })
      .expect(200);
  const metrics = async (app: TestApp) => await metricsText(app.url);

  it('agreement: every provider is asked with one schema; agreeing answers raise confidence', async () => {
    all(tool('deploy', { app: 'web-app', environment: 'staging', replicas: null }, 0.8));
    const res = await interpret(vote, 'put web-app on the staging box please');
    expect(res.body).toMatchObject({
      intent: 'deploy',
      entities: { app: 'web-app', environment: 'staging' },
      ambiguous: false,
      source: 'ensemble',
    });
    expect(res.body.confidence).toBeGreaterThan(0.85);
    for (const f of [anthropic, openai, gemini]) {
      expect(f.requests).toHaveLength(1);
      expect(f.requests[0].command).toBe('put web-app on the staging box please');
      expect(f.requests[0].system).toContain('Known apps: web-app, api');
      expect(JSON.stringify(f.requests[0].body)).toContain('interpret_command');
    }
    expect(anthropic.requests[0].body.tool_choice).toEqual({ type: 'tool', name: 'interpret_command' });
    const text = await metrics(vote);
    expect(
      metric(text, 'nlp_provider_agreement_total', 'provider="gemini",agreed="true"'),
    ).toBeGreaterThanOrEqual(1);
    expect(
      metric(text, 'nlp_provider_requests_total', 'provider="anthropic",outcome="ok"'),
    ).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/nlp_provider_latency_seconds_count\{provider="openai"\} \d+/);
  });

  it('disagreement: a strict majority wins under vote; a tie is ambiguous and names the alternatives', async () => {
    anthropic.respond = () => tool('scale', { app: 'web-app', replicas: 3 });
    openai.respond = () => tool('scale', { app: 'web-app', replicas: 3 });
    gemini.respond = () => tool('scale', { app: 'web-app', replicas: 5 });
    const majority = await interpret(vote, 'make web-app bigger');
    expect(majority.body).toMatchObject({
      intent: 'scale',
      entities: { app: 'web-app', replicas: 3 },
      ambiguous: false,
    });
    expect(
      metric(await metrics(vote), 'nlp_provider_agreement_total', 'provider="gemini",agreed="false"'),
    ).toBeGreaterThanOrEqual(1);

    gemini.respond = () => ({ kind: 'error', status: 500 });
    openai.respond = () => tool('scale', { app: 'web-app', replicas: 5 });
    const tie = await interpret(vote, 'make web-app bigger');
    expect(tie.body).toMatchObject({ intent: 'scale', ambiguous: true, source: 'ensemble' });
    expect(tie.body.clarification).toContain('scale web-app to 3 replicas');
    expect(tie.body.clarification).toContain('scale web-app to 5 replicas');
    expect(tie.body.suggestions).toEqual(
      expect.arrayContaining([
        'scale web-app to 3 replicas in staging',
        'scale web-app to 5 replicas in staging',
      ]),
    );

    // the priority strategy settles the same tie with the first provider in KLEPAAS_NLP_PROVIDER_PRIORITY
    const settled = await interpret(priority, 'make web-app bigger');
    expect(settled.body).toMatchObject({
      intent: 'scale',
      entities: { app: 'web-app', replicas: 5 },
      ambiguous: false,
      source: 'openai',
    });
  });

  it('a provider slower than its timeout is left out; the others decide', async () => {
    anthropic.respond = () => tool('restart', { app: 'api' });
    openai.respond = () => tool('restart', { app: 'api' });
    gemini.respond = () => ({ kind: 'hang' });
    const before = metric(
      await metrics(vote),
      'nlp_provider_requests_total',
      'provider="gemini",outcome="timeout"',
    );
    const started = Date.now();
    const res = await interpret(vote, 'give api a kick in the pants');
    expect(Date.now() - started).toBeLessThan(20000);
    expect(res.body).toMatchObject({
      intent: 'restart',
      entities: { app: 'api', environment: 'staging' },
      source: 'ensemble',
    });
    expect(
      metric(await metrics(vote), 'nlp_provider_requests_total', 'provider="gemini",outcome="timeout"'),
    ).toBe(before + 1);
  });

  it('429 with retry-after is retried within the timeout (OpenAI and Gemini)', async () => {
    anthropic.respond = () => ({ kind: 'error', status: 500 });
    openai.script.push({ kind: 'error', status: 429, retryAfter: '1' });
    openai.respond = () => tool('logs', { app: 'api', lines: 20 });
    gemini.script.push({ kind: 'error', status: 429, retryAfter: '1' });
    gemini.respond = () => tool('logs', { app: 'api', lines: 20 });
    const res = await interpret(vote, 'what did api print lately, 20 lines');
    expect(res.body).toMatchObject({
      intent: 'logs',
      entities: { app: 'api', lines: 20 },
      source: 'ensemble',
    });
    expect(openai.requests).toHaveLength(2);
    expect(gemini.requests).toHaveLength(2);
    expect(anthropic.requests).toHaveLength(1);
  });

  it('a 429 asking to wait longer than the timeout is not retried', async () => {
    all({ kind: 'error', status: 500 });
    anthropic.script.push({ kind: 'error', status: 429, retryAfter: '60' });
    anthropic.respond = () => tool('status', { app: 'api' });
    const res = await interpret(vote, 'status of api');
    expect(res.body).toMatchObject({ intent: 'status', source: 'rules' });
    expect(anthropic.requests).toHaveLength(1);
    expect(
      metric(
        await metrics(vote),
        'nlp_provider_requests_total',
        'provider="anthropic",outcome="rate_limited"',
      ),
    ).toBeGreaterThanOrEqual(1);
  });

  it('500, malformed JSON, text instead of a tool call and schema-violating output are ignored', async () => {
    anthropic.respond = () => ({ kind: 'malformed' });
    openai.respond = () => tool('dance', { app: 'web-app' });
    gemini.respond = () => tool('scale', { app: 'web-app', replicas: 'three' });
    const res = await interpret(vote, 'web-app 3개로 늘려줘');
    expect(res.body).toMatchObject({
      intent: 'scale',
      entities: { app: 'web-app', replicas: 3 },
      source: 'rules',
    });

    anthropic.respond = () => ({ kind: 'text', text: 'Sure! I will deploy it.' });
    openai.respond = () => ({ kind: 'error', status: 500 });
    gemini.respond = () => tool('deploy', { app: 'api' });
    const one = await interpret(vote, 'api 배포해줘');
    expect(one.body).toMatchObject({ intent: 'deploy', entities: { app: 'api' }, source: 'gemini' });
    const text = await metrics(vote);
    expect(
      metric(text, 'nlp_provider_requests_total', 'provider="openai",outcome="invalid"'),
    ).toBeGreaterThanOrEqual(1);
    expect(
      metric(text, 'nlp_provider_requests_total', 'provider="gemini",outcome="invalid"'),
    ).toBeGreaterThanOrEqual(1);
    expect(
      metric(text, 'nlp_provider_requests_total', 'provider="anthropic",outcome="error"'),
    ).toBeGreaterThanOrEqual(1);
  });

  it('all providers down: the offline interpreter answers', async () => {
    all({ kind: 'error', status: 503 });
    const res = await interpret(vote, 'web-app을 staging에 3개 복제본으로 배포해줘');
    expect(res.body).toMatchObject({
      intent: 'deploy',
      entities: { app: 'web-app', environment: 'staging', replicas: 3 },
      ambiguous: false,
      source: 'rules',
    });
  });

  it('never trusts a model over safety: negations stay unknown, an unsaid production is questioned', async () => {
    all(tool('deploy', { app: 'web-app', environment: 'staging' }));
    const neg = await interpret(vote, "don't deploy web-app");
    expect(neg.body.intent).toBe('unknown');
    all(tool('restart', { app: 'web-app', environment: 'production' }));
    const guess = await interpret(vote, 'give web-app a kick');
    expect(guess.body).toMatchObject({ intent: 'restart', ambiguous: true });
    // issue 12: the safety gate applies to every source — models that read a change into a read or a question
    all(tool('deploy', { app: 'web-app', environment: 'staging' }));
    for (const command of ['web-app 배포 이력 보여줘', 'web-app 배포됐어?', 'should I deploy web-app?']) {
      const r = await interpret(vote, command);
      expect({ command, clearChange: r.body.intent === 'deploy' && !r.body.ambiguous }).toEqual({
        command,
        clearChange: false,
      });
    }
  });

  it('a follow-up the models read the same way stays a follow-up; a model reading another change is asked about', async () => {
    all(tool('scale', { app: 'web-app', environment: 'staging', replicas: 3 }));
    await interpret(vote, 'web-app 3개로 늘려줘', 'llm-follow');
    all(tool('scale', { app: 'web-app', environment: 'staging', replicas: 5 }));
    const same = await interpret(vote, '아니다 5개로', 'llm-follow');
    expect(same.body).toMatchObject({
      intent: 'scale',
      entities: { app: 'web-app', environment: 'staging', replicas: 5 },
      ambiguous: false,
      source: 'ensemble',
    });
    // the conversation's evidence ("아니다 5개로" corrects the scale) is no evidence for a delete
    all(tool('delete', { app: 'web-app', environment: 'staging' }, 0.95));
    const other = await interpret(vote, '아니다 6개로', 'llm-follow');
    expect(other.body).toMatchObject({ ambiguous: true });
  });

  it('the prompt carries recent turns of the conversation and learned corrections', async () => {
    all(tool('deploy', { app: 'web-app', environment: 'staging' }));
    const first = await interpret(vote, 'put web-app on staging', 'conv-llm');
    all(tool('scale', { app: 'web-app', environment: 'staging', replicas: 4 }));
    await interpret(vote, 'four of them', 'conv-llm');
    expect(anthropic.requests[1].system).toContain('"put web-app on staging"');
    await request(vote.url)
      .post('/api/v1/nlp/feedback')
      .set('Authorization', auth)
      .send({
        interactionId: first.body.interactionId,
        correct: false,
        corrected: { intent: 'deploy', entities: { app: 'web-app', environment: 'development' } },
      })
      .expect(200)
      .expect((r) => expect(r.body.learned).toMatchObject({ key: 'put' }));
    await interpret(vote, 'something else entirely', 'conv-other');
    expect(openai.requests.at(-1)!.system).toContain('Corrections users made earlier');
    expect(openai.requests.at(-1)!.system).toContain('"environment":"development"');
  });

  it('fallback mode asks the providers only when the offline interpreter is unsure', async () => {
    all(tool('deploy', { app: 'web-app', environment: 'staging', tag: 'v3' }));
    const clear = await interpret(fallback, 'deploy web-app:v3 to staging');
    expect(clear.body).toMatchObject({ intent: 'deploy', source: 'rules' });
    expect(anthropic.requests).toHaveLength(0);
    // ("put … on staging" is read by the rules now; "land" is not)
    const unclear = await interpret(fallback, 'land web-app v3 on the staging box');
    expect(unclear.body).toMatchObject({
      intent: 'deploy',
      entities: { app: 'web-app', tag: 'v3' },
      source: 'ensemble',
    });
    expect(anthropic.requests).toHaveLength(1);
  });
});
