import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { INTENTS, type Intent } from '../interpreter/types.js';
import type { ModelFile, TrainingExample, TrainingReport } from './intent-classifier.js';
import { IntentClassifier } from './intent-classifier.js';
import trainingData from './training-data.json' with { type: 'json' };

const isIntent = (s: string): s is Intent => (INTENTS as readonly string[]).includes(s);
/** The repository's corpus as the classifier trains on it (the build, a start, a retraining). */
export const BASE_EXAMPLES: readonly TrainingExample[] = trainingData.examples.filter(
  (e): e is TrainingExample => isIntent(e.intent),
);
/** App names of the corpus: masked to APP in training, so the classifier learns phrasing, not names. */
export const TRAINING_APPS: readonly string[] = trainingData.knownApps;

/**
 * The classifier's model trained ahead of the start: `npm run build` trains once and writes `model.json`
 * beside the compiled classifier, so a start loads it in milliseconds instead of training for seconds.
 * Run from source (ts-jest: every test file starts the app afresh) the first start trains and keeps the
 * model in `node_modules/.cache/`, and the next ones load it. A model names what it was trained with (the
 * training data and the classifier's code); one that does not match is never loaded.
 */
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const TRAINING_DATA = new URL('./training-data.json', import.meta.url);
const CLASSIFIER_CODE = new URL(
  FROM_SOURCE ? './intent-classifier.ts' : './intent-classifier.js',
  import.meta.url,
);
const BUILD_MODEL = new URL('./model.json', import.meta.url);
const SOURCE_CACHE = new URL('../../../../node_modules/.cache/k-le-paas/', import.meta.url);

/** sha256 over the training data and the classifier's code; null when they cannot be read. */
export function modelFingerprint(): string | null {
  const hash = createHash('sha256');
  try {
    for (const input of [TRAINING_DATA, CLASSIFIER_CODE]) hash.update(readFileSync(input));
  } catch {
    return null;
  }
  return hash.digest('hex');
}

const modelFileOf = (fingerprint: string) =>
  FROM_SOURCE ? new URL(`nlp-classifier-${fingerprint.slice(0, 16)}.json`, SOURCE_CACHE) : BUILD_MODEL;

/** The model trained ahead, if there is one and it was trained on exactly this data with exactly this code. */
export function loadPrebuiltModel(
  knownApps: Iterable<string>,
): { classifier: IntentClassifier; report: TrainingReport } | null {
  const fingerprint = modelFingerprint();
  if (!fingerprint) return null;
  let file: ModelFile;
  try {
    file = JSON.parse(readFileSync(modelFileOf(fingerprint), 'utf8')) as ModelFile;
  } catch {
    return null;
  }
  if (file.fingerprint !== fingerprint) return null;
  const classifier = new IntentClassifier();
  return { classifier, report: classifier.load(file, knownApps) };
}

/**
 * Writes a trained model where `loadPrebuiltModel` looks for it (through a temporary file and a rename, so
 * processes starting side by side never read half a file). Returns the path and size.
 */
export function savePrebuiltModel(
  classifier: IntentClassifier,
  report: TrainingReport,
): { path: string; bytes: number } {
  const fingerprint = modelFingerprint();
  if (!fingerprint) throw new Error('the training data or the classifier code cannot be read');
  const target = modelFileOf(fingerprint);
  const json = JSON.stringify(classifier.toFile(fingerprint, report));
  if (FROM_SOURCE) mkdirSync(SOURCE_CACHE, { recursive: true });
  const partial = new URL(`${target.href}.${process.pid}.partial`);
  writeFileSync(partial, json);
  renameSync(partial, target);
  return { path: target.pathname, bytes: json.length };
}

/** Trains on the corpus and saves the model (the build's step, `scripts/train-nlp-classifier.mjs`). */
export function trainPrebuiltModel(): {
  path: string;
  bytes: number;
  report: TrainingReport;
  classifier: IntentClassifier;
} {
  const classifier = new IntentClassifier();
  const report = classifier.train(BASE_EXAMPLES, TRAINING_APPS);
  return { ...savePrebuiltModel(classifier, report), report, classifier };
}
