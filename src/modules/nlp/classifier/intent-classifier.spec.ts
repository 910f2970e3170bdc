import { spawnSync } from 'node:child_process';
import { appPatternOf, featuresOf, IntentClassifier, maskText } from './intent-classifier.js';
import trainingData from './training-data.json' with { type: 'json' };
import type { TrainingExample } from './intent-classifier.js';

const examples = trainingData.examples as TrainingExample[];

describe('intent classifier (NLP.js neural network, our features)', () => {
  const classifier = new IntentClassifier();
  const report = classifier.train(examples, trainingData.knownApps);

  it('training data is up to date with the fixtures (npm run build:nlp-training)', () => {
    const check = spawnSync(process.execPath, ['scripts/build-nlp-training.mjs', '--check'], {
      encoding: 'utf8',
    });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  // how long training takes is measured by bench:nlp, not here
  it('trains on the whole corpus', () => {
    expect(report.examples).toBe(examples.length);
    expect(report.examples).toBeGreaterThan(1000);
    expect(report.features).toBeGreaterThan(1000);
  });

  it('a model written to a file and loaded again classifies exactly alike (the build-time model)', () => {
    const file = JSON.parse(JSON.stringify(classifier.toFile('fp', report))) as ReturnType<
      IntentClassifier['toFile']
    >;
    const loaded = new IntentClassifier();
    const loadedReport = loaded.load(file, trainingData.knownApps);
    expect(loadedReport).toMatchObject({ examples: report.examples, features: report.features });
    for (const e of examples.slice(0, 300))
      expect(loaded.classify(e.text)).toEqual(classifier.classify(e.text));
    expect(() => loaded.load({ ...file, bias: [], features: file.features.slice(1) })).toThrow(
      /does not match/,
    );
  });

  it('is deterministic: two trainings classify alike', () => {
    const again = new IntentClassifier();
    again.train(examples, trainingData.knownApps);
    for (const e of examples.slice(0, 200))
      expect(again.classify(e.text)).toEqual(classifier.classify(e.text));
  });

  it('its forward pass is NLP.js’s own (same activations, from the exported weights)', () => {
    for (const e of examples.slice(0, 300)) {
      const ours = classifier.outputs(e.text) ?? {};
      const nlpjs = classifier.networkOutputs(e.text);
      for (const [intent, value] of Object.entries(nlpjs))
        expect(value).toBeCloseTo(0.07 * (ours[intent as keyof typeof ours] ?? 0), 5);
    }
  });

  it('trains the same model in the background (a few epochs at a time, the event loop free between)', async () => {
    const background = new IntentClassifier();
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    await background.trainInBackground(examples, trainingData.knownApps);
    clearInterval(ticker);
    expect(turns).toBeGreaterThan(0);
    for (const e of examples.slice(0, 300))
      expect(background.classify(e.text)).toEqual(classifier.classify(e.text));
    // a full training in slices: generous on a machine shared with other builds
  }, 120_000);

  it('masks app names, image references, versions and numbers so it learns phrasing, not names', () => {
    const apps = appPatternOf(['web-app', 'api']);
    expect(maskText('web-app:v1.2.3 배포해줘', apps).trim()).toBe('APP  배포해줘');
    expect(maskText('ghcr.io/acme/billing-api:3.1.0 올려줘', apps)).toContain('APP');
    expect(maskText('scale api to 3', apps)).toMatch(/scale +APP +to +NUM/);
    expect(maskText('api-server 재시작', apps)).toContain('api-server'); // not the app `api`
    expect(maskText('deploy billing-api 3.1.0', apps)).toContain('TAG');
    // an app the classifier never saw reads like one it did
    expect(classifier.classify('checkout-svc 재시작해줘', appPatternOf(['checkout-svc'])).intent).toBe(
      classifier.classify('web-app 재시작해줘').intent,
    );
  });

  it('reads Korean typed on an English keyboard through the same features', () => {
    const f = featuresOf(maskText('web-app qovhgownj', appPatternOf(['web-app'])));
    expect(f['w:배포해줘']).toBe(1);
    expect(classifier.classify('web-app qovhgownj').intent).toBe('deploy');
  });

  it('answers the top intent, its runner-up and every score; nothing it knows → unknown with score 0', () => {
    const c = classifier.classify('web-app 로그 보여줘');
    expect(c.intent).toBe('logs');
    expect(c.score).toBeGreaterThan(0.5);
    expect(c.runnerUp === null || c.runnerUp.score <= c.score).toBe(true);
    expect(c.scores.logs).toBe(c.score);
    expect(classifier.classify('ʘ‿ʘ')).toEqual({ intent: 'unknown', score: 0, runnerUp: null, scores: {} });
    expect(new IntentClassifier().classify('restart web-app').score).toBe(0);
  });
});
