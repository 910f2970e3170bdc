import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';

const KNOWN_APPS = ['web-app', 'api-server'];

/** The trained intent classifier in the running app: trained at start, used by /interpret, fed by feedback. */
describe('nlp: trained intent classifier beside the rules', () => {
  let t: TestApp;
  let exec: string;
  beforeAll(async () => {
    t = await startTestApp({
      env: { KLEPAAS_NLP_KNOWN_APPS: KNOWN_APPS.join(','), KLEPAAS_NLP_DEFAULT_ENVIRONMENT: 'staging' },
    });
    exec = await bearer({ sub: 'carol', scope: 'nlp:read nlp:execute' });
  });
  afterAll(() => t.destroy());

  const interpret = (command: string) =>
    request(t.url).post('/api/v1/nlp/interpret').set('Authorization', exec).send({ command }).expect(200);
  const classifierStatus = async () =>
    (await request(t.url).get('/api/v1/health').expect(200)).body.info.nlp.classifier as {
      trainedOn: number;
      model: string;
      learned: number;
    };

  it('in a conversation the classifier reads one turn: the conversation keeps what it knows (interpretTurn)', async () => {
    const say = (command: string, sessionId: string) =>
      request(t.url)
        .post('/api/v1/nlp/interpret')
        .set('Authorization', exec)
        .send({ command, sessionId })
        .expect(200);
    await say('restart web-app on staging', 'turns-1');
    // the model reads "Is it behaving now?" as a list of everything; about the app just restarted, it is its status
    const behaving = await say('Is it behaving now?', 'turns-1');
    expect(behaving.body).toMatchObject({
      intent: 'status',
      ambiguous: false,
      entities: { app: 'web-app', environment: 'staging' },
    });
    // the model reads "the same on the live site" as a deploy; after a restart, that deploy is never offered — so
    // the answer about the environment that follows cannot run one
    await say('스테이징 api-server 재시작해 주세요', 'turns-2');
    const same = await say('실사이트에도 똑같이 해 주세요', 'turns-2');
    expect(same.body.intent).not.toBe('deploy');
    const answer = await say('운영 말한 거예요', 'turns-2');
    expect(answer.body.intent).not.toBe('deploy');
  });

  it('starts with a model trained ahead on the corpus, not trained at start (readiness shows it)', async () => {
    const status = await classifierStatus();
    expect(status.trainedOn).toBeGreaterThan(1000);
    expect(status.model).toBe('prebuilt');
    expect(status.learned).toBe(0);
  });

  it('a correction becomes a training example: retrained shortly after, it reads new phrasing with that word', async () => {
    // before: neither the rules nor the classifier know the word
    const unseen = await interpret('zorblax api-server 부탁해');
    expect(unseen.body).toMatchObject({ intent: 'unknown', ambiguous: true });

    const before = await classifierStatus();
    const asked = await interpret('zorblax web-app quuxify');
    await request(t.url)
      .post('/api/v1/nlp/feedback')
      .set('Authorization', exec)
      .send({ interactionId: asked.body.interactionId, correct: false, corrected: { intent: 'status' } })
      .expect(200);
    // readiness results are cached for a moment: poll until the retrained model shows up (a training of the
    // whole corpus, a few epochs at a time: tens of seconds on a machine shared with other builds)
    const deadline = Date.now() + 60_000;
    let status = await classifierStatus();
    while (status.trainedOn !== before.trainedOn + 1 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      status = await classifierStatus();
    }
    expect(status).toMatchObject({ trainedOn: before.trainedOn + 1, learned: 1 });

    // after: another phrasing (too far from the learned rule's phrase for the rules) is read by the classifier
    const res = await interpret('zorblax api-server 부탁해');
    expect(res.body).toMatchObject({
      intent: 'status',
      entities: { app: 'api-server', environment: 'staging' },
      ambiguous: false,
      destructive: false,
      source: 'classifier',
    });
  }, 90_000);
});
