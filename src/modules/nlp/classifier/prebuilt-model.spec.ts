import { existsSync } from 'node:fs';
import {
  BASE_EXAMPLES,
  loadPrebuiltModel,
  modelFingerprint,
  TRAINING_APPS,
  trainPrebuiltModel,
} from './prebuilt-model.js';

describe('the model trained ahead (build, or an earlier start from source)', () => {
  it('is named by what it was trained with: the training data and the classifier code', () => {
    expect(modelFingerprint()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a saved model loads and classifies exactly as the trained one', () => {
    const { path, report, classifier } = trainPrebuiltModel();
    expect(existsSync(path)).toBe(true);
    expect(path).toContain('node_modules/.cache/'); // from source: never written into src/
    const loaded = loadPrebuiltModel(TRAINING_APPS);
    expect(loaded?.report).toMatchObject({ examples: report.examples, features: report.features });
    for (const e of BASE_EXAMPLES.slice(0, 300))
      expect(loaded!.classifier.classify(e.text)).toEqual(classifier.classify(e.text));
  });
});
