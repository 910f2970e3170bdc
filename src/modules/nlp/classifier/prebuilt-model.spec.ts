import { existsSync } from 'node:fs';
import { INTENTS } from '../interpreter/types.js';
import type { TrainingExample } from './intent-classifier.js';
import { loadPrebuiltModel, modelFingerprint, trainPrebuiltModel } from './prebuilt-model.js';
import trainingData from './training-data.json' with { type: 'json' };

const examples = trainingData.examples.filter((e): e is TrainingExample =>
  (INTENTS as readonly string[]).includes(e.intent),
);

describe('the model trained ahead (build, or an earlier start from source)', () => {
  it('is named by what it was trained with: the training data and the classifier code', () => {
    expect(modelFingerprint()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a saved model loads and classifies exactly as the trained one', () => {
    const { path, report, classifier } = trainPrebuiltModel(examples, trainingData.knownApps);
    expect(existsSync(path)).toBe(true);
    expect(path).toContain('node_modules/.cache/'); // from source: never written into src/
    const loaded = loadPrebuiltModel(trainingData.knownApps);
    expect(loaded?.report).toMatchObject({ examples: report.examples, features: report.features });
    for (const e of examples.slice(0, 300))
      expect(loaded!.classifier.classify(e.text)).toEqual(classifier.classify(e.text));
  });
});
