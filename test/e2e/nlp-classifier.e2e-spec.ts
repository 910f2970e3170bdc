import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';
import { combine } from '../../src/modules/nlp/classifier/combine.js';
import {
  IntentClassifier,
  type TrainingExample,
} from '../../src/modules/nlp/classifier/intent-classifier.js';
import trainingData from '../../src/modules/nlp/classifier/training-data.json' with { type: 'json' };
import { readCommand } from '../../src/modules/nlp/interpreter/interpreter.js';

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
    (await request(t.url).get('/api/v1/readyz').expect(200)).body.info.nlp.classifier as {
      trainedOn: number;
      learned: number;
    };

  it('is trained at start on the corpus (readiness shows it)', async () => {
    const status = await classifierStatus();
    expect(status.trainedOn).toBeGreaterThan(1000);
    expect(status.learned).toBe(0);
  });

  it('reads phrasing the rules do not as the read the classifier learned, source classifier', async () => {
    // training phrases the rules (as they are today) leave unknown and the classifier reads as labelled
    const classifier = new IntentClassifier();
    classifier.train(trainingData.examples as TrainingExample[], trainingData.knownApps);
    const known = new Set(KNOWN_APPS);
    const options = { knownApps: KNOWN_APPS, defaultEnvironment: 'staging' as const };
    const covered = trainingData.examples.filter((e) => {
      const reading = readCommand(e.text, known);
      if (reading.intent !== 'unknown') return false;
      const combined = combine(reading, classifier.classify(e.text), options);
      return combined.source === 'classifier' && combined.intent === e.intent;
    });
    expect(covered.length).toBeGreaterThan(0);
    for (const e of covered.slice(0, 3)) {
      const res = await interpret(e.text);
      expect({ command: e.text, ...res.body }).toMatchObject({
        command: e.text,
        intent: e.intent,
        destructive: false,
        source: 'classifier',
      });
    }
  });

  it('a correction becomes a training example: the model is retrained with it shortly after', async () => {
    const before = await classifierStatus();
    const asked = await interpret('zorblax web-app quuxify');
    await request(t.url)
      .post('/api/v1/nlp/feedback')
      .set('Authorization', exec)
      .send({ interactionId: asked.body.interactionId, correct: false, corrected: { intent: 'status' } })
      .expect(200);
    // readiness results are cached for a moment: poll until the retrained model shows up
    const deadline = Date.now() + 15_000;
    let status = await classifierStatus();
    while (status.trainedOn !== before.trainedOn + 1 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      status = await classifierStatus();
    }
    expect(status).toMatchObject({ trainedOn: before.trainedOn + 1, learned: 1 });
  });
});
