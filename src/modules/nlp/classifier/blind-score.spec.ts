import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { finalize, readCommand } from '../interpreter/interpreter.js';
import { combine } from './combine.js';
import { IntentClassifier, type TrainingExample } from './intent-classifier.js';
import { scoreAll, type LabelledCommand, type Score } from './scoring.js';
import trainingData from './training-data.json' with { type: 'json' };

/**
 * The blind corpus's dev split (test/fixtures/nlp-blind/commands.json, split "dev"): scored for the rules
 * alone, the classifier alone and rules + classifier. The classifier trains on training-data.json (the
 * hand-written corpus + the blind TRAIN split); dev is never trained or tuned on.
 */
interface BlindCase extends LabelledCommand {
  split: 'train' | 'dev';
  family: string;
}
const blind = JSON.parse(
  readFileSync(join(process.cwd(), 'test/fixtures/nlp-blind/commands.json'), 'utf8'),
) as { knownApps: string[]; defaultEnvironment: 'staging'; cases: BlindCase[] };
const dev = blind.cases.filter((c) => c.split === 'dev');
const options = { knownApps: blind.knownApps, defaultEnvironment: blind.defaultEnvironment };
const known = new Set(blind.knownApps);

const pct = (s: Score) => `${((s.exact / s.total) * 100).toFixed(1)}% (${s.exact}/${s.total})`;

describe('blind corpus dev split: rules, classifier, rules + classifier', () => {
  const classifier = new IntentClassifier();
  const training = classifier.train(trainingData.examples as TrainingExample[], trainingData.knownApps);
  const classify = (command: string) => classifier.classify(command);

  const rulesOnly = scoreAll(dev, (command) => finalize(readCommand(command, known), options));
  const combined = scoreAll(dev, (command) =>
    combine(readCommand(command, known), classify(command), options),
  );
  // the classifier's intent with the rules' entities (it has no entities of its own), through finalize
  const classifierAlone = scoreAll(dev, (command) => {
    const c = classify(command);
    return finalize({ ...readCommand(command, known), intent: c.intent, confidence: c.score }, options);
  });
  const intentHits = dev.filter((c) =>
    [c, ...(c.alsoAcceptable ?? [])].some((x) => x.intent === classify(c.command).intent),
  ).length;

  afterAll(() => {
    console.log(
      [
        `blind dev split, ${dev.length} commands (classifier trained on ${training.examples} examples in ${training.ms} ms):`,
        `  rules only          exact ${pct(rulesOnly)}   unsafe ${rulesOnly.unsafe.length}`,
        `  classifier alone    exact ${pct(classifierAlone)}   unsafe ${classifierAlone.unsafe.length}   intent ${((intentHits / dev.length) * 100).toFixed(1)}%`,
        `  rules + classifier  exact ${pct(combined)}   unsafe ${combined.unsafe.length}`,
      ].join('\n'),
    );
  });

  it('never trains on the dev split', () => {
    const trained = new Set(trainingData.examples.map((e) => e.text));
    expect(dev.filter((c) => trained.has(c.command)).map((c) => c.command)).toEqual([]);
    expect(dev.length).toBeGreaterThan(400);
  });

  it('the classifier adds no unsafe reading: every unsafe combined reading is one the rules make alone', () => {
    const rulesUnsafe = new Set(
      rulesOnly.unsafe.map((u) => u.split(' → ')[0].split(': ').slice(1).join(': ')),
    );
    const added = combined.unsafe.filter(
      (u) => !rulesUnsafe.has(u.split(' → ')[0].split(': ').slice(1).join(': ')),
    );
    expect(added).toEqual([]);
    expect(combined.unsafe.length).toBeLessThanOrEqual(rulesOnly.unsafe.length);
  });

  it('the classifier alone reads most dev intents (it learned phrasing it never saw)', () => {
    expect(intentHits / dev.length).toBeGreaterThanOrEqual(0.75);
  });
});
