// Tunes the rules+classifier thresholds (src/modules/nlp/classifier/combine.ts, CLASSIFIER_THRESHOLDS) by
// 5-fold cross-validation on what the classifier trains on (run: npm run build && node scripts/tune-nlp-classifier.mjs):
// the blind rounds 1, 2, 4a and 4b and round 3's TRAIN split. Each fold trains on the hand-written corpus + 4/5 of
// those and scores the held-out fifth; round 3's dev split is never read. Prints the best settings with no unsafe reading, then the current ones.
import { readFileSync } from 'node:fs';
import { IntentClassifier } from '../dist/modules/nlp/classifier/intent-classifier.js';
import { combine, CLASSIFIER_THRESHOLDS } from '../dist/modules/nlp/classifier/combine.js';
import { scoreAll } from '../dist/modules/nlp/classifier/scoring.js';
import { readCommand } from '../dist/modules/nlp/interpreter/interpreter.js';

const load = (path) => JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'));
const corpus = load('test/fixtures/nlp-corpus.json');
const pool = [
  ...load('test/fixtures/nlp-blind/commands.json').cases,
  ...load('test/fixtures/nlp-blind-2/commands.json').cases,
  ...load('test/fixtures/nlp-blind-4a/commands.json').cases,
  ...load('test/fixtures/nlp-blind-4b/commands.json').cases,
  ...load('test/fixtures/nlp-blind-5a/commands.json').cases,
  ...load('test/fixtures/nlp-blind-5b/commands.json').cases,
  ...load('test/fixtures/nlp-blind-3/commands.json').cases.filter((c) => c.split === 'train'),
];
const blind = load('test/fixtures/nlp-blind-3/commands.json');
const train = pool;
const apps = [...new Set([...corpus.knownApps, ...blind.knownApps])];
const options = { knownApps: blind.knownApps, defaultEnvironment: blind.defaultEnvironment };
const knownSet = new Set(blind.knownApps);
const K = 5;

// per fold: the held-out cases with their rules reading and classification (computed once)
const folds = [];
for (let k = 0; k < K; k++) {
  const held = train.filter((_, i) => i % K === k);
  const classifier = new IntentClassifier();
  classifier.train(
    [
      ...corpus.cases.map((c) => ({ text: c.command, intent: c.intent })),
      ...train.filter((_, i) => i % K !== k).map((c) => ({ text: c.command, intent: c.intent })),
    ],
    apps,
  );
  folds.push(
    held.map((c) => ({ c, reading: readCommand(c.command, knownSet), cls: classifier.classify(c.command) })),
  );
}

function evaluate(t) {
  let exact = 0;
  let total = 0;
  const unsafe = [];
  for (const fold of folds) {
    const byCommand = new Map(fold.map((x) => [x.c.command, x]));
    const s = scoreAll(
      fold.map((x) => x.c),
      (command) => {
        const x = byCommand.get(command);
        return t ? combine(x.reading, x.cls, options, t) : combine(x.reading, null, options);
      },
    );
    exact += s.exact;
    total += s.total;
    unsafe.push(...s.unsafe);
  }
  return { accuracy: exact / total, unsafe };
}

const rulesOnly = evaluate(null);
console.log(`rules only: ${(rulesOnly.accuracy * 100).toFixed(1)}% unsafe ${rulesOnly.unsafe.length}`);
const results = [];
for (const confident of [0.4, 0.5, 0.6, 0.7, 0.8, 0.9])
  for (const saysChange of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9])
    for (const margin of [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
      const r = evaluate({ confident, saysChange, margin });
      results.push({ confident, saysChange, margin, accuracy: r.accuracy, unsafe: r.unsafe.length });
    }
results.sort((a, b) => a.unsafe - b.unsafe || b.accuracy - a.accuracy);
console.table(results.slice(0, 10).map((r) => ({ ...r, accuracy: (r.accuracy * 100).toFixed(1) })));
const current = evaluate(CLASSIFIER_THRESHOLDS);
console.log(
  `current ${JSON.stringify(CLASSIFIER_THRESHOLDS)}: ${(current.accuracy * 100).toFixed(1)}% unsafe ${current.unsafe.length}`,
);
for (const u of current.unsafe) console.log(`  ${u}`);
