import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { INTENTS, type Intent } from '../interpreter/types.js';
import { NlpRepository } from '../nlp.repository.js';
import {
  appPatternOf,
  IntentClassifier,
  type Classification,
  type TrainingExample,
  type TrainingReport,
} from './intent-classifier.js';
import { BASE_EXAMPLES, loadPrebuiltModel, savePrebuiltModel, TRAINING_APPS } from './prebuilt-model.js';

/** A burst of corrections retrains once, this long after the last one. */
export const RETRAIN_DEBOUNCE_MS = 2_000;
/** Learned phrases read back at start (newest first). */
const LEARNED_AT_START = 5_000;

const isIntent = (s: string): s is Intent => (INTENTS as readonly string[]).includes(s);

/**
 * The base model, once per process (every app instance — tests start many — shares it until it learns):
 * the one trained ahead (`npm run build`, or an earlier start from source), else trained here and saved.
 */
let shared: { classifier: IntentClassifier; report: TrainingReport; prebuilt: boolean } | undefined;
function sharedBase() {
  if (!shared) {
    const prebuilt = loadPrebuiltModel(TRAINING_APPS);
    if (prebuilt) shared = { ...prebuilt, prebuilt: true };
    else {
      const classifier = new IntentClassifier();
      shared = {
        classifier,
        report: classifier.train(BASE_EXAMPLES, TRAINING_APPS),
        prebuilt: false,
      };
      try {
        savePrebuiltModel(classifier, shared.report); // the next start loads it
      } catch {
        // a read-only tree: every start trains, as before
      }
    }
  }
  return shared;
}

/**
 * The intent classifier of the offline path: the repository's corpus (training-data.json, built by
 * scripts/build-nlp-training.mjs) trained at build time, then retrained beside live requests on the corpus
 * plus the phrases learned from corrections — at start when there are some, and (debounced) after each new
 * correction. Classification is synchronous.
 */
@Injectable()
export class NlpClassifier implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('NlpClassifier');
  private current: IntentClassifier | null = null;
  private report: TrainingReport | null = null;
  private prebuilt = false;
  private readonly learned = new Map<string, Intent>();
  private timer: NodeJS.Timeout | null = null;
  private training: Promise<void> | null = null;
  private again = false;
  private appsKey = '';
  private apps: RegExp | null = null;

  constructor(private readonly repository: NlpRepository) {}

  async onModuleInit(): Promise<void> {
    const phrases = await this.repository.learnedPhrases(LEARNED_AT_START);
    for (const p of phrases.reverse()) if (isIntent(p.intent)) this.learned.set(p.phrase, p.intent);
    const { classifier, report, prebuilt } = sharedBase();
    this.current = classifier;
    this.report = report;
    this.prebuilt = prebuilt;
    this.logger.log(
      `intent classifier ${prebuilt ? 'loaded (trained ahead)' : 'trained'} in ${report.ms} ms (${report.examples} examples, ${report.features} features)`,
    );
    // the learned phrases' rules answer at once; the classifier learns them without holding up the start
    if (this.learned.size > 0) void this.retrainInBackground();
  }

  onModuleDestroy(): void {
    if (this.timer) clearTimeout(this.timer);
  }

  /**
   * For readiness: what the current model was trained on, where it came from (`prebuilt`: trained ahead —
   * the build's model file, or an earlier start's from source; `trained`: in this process) and the
   * corrections learned so far.
   */
  status():
    { trainedOn: number; trainingMs: number; model: 'prebuilt' | 'trained'; learned: number } | 'training' {
    if (!this.report) return 'training';
    return {
      trainedOn: this.report.examples,
      trainingMs: this.report.ms,
      model: this.prebuilt ? 'prebuilt' : 'trained',
      learned: this.learned.size,
    };
  }

  /** The classifier's reading, with the project's registered apps masked like the training apps. */
  classify(text: string, knownApps: readonly string[]): Classification | null {
    if (!this.current) return null;
    const key = knownApps.join('\n');
    if (key !== this.appsKey) {
      this.appsKey = key;
      this.apps = appPatternOf([...knownApps, ...TRAINING_APPS]);
    }
    return this.current.classify(text, this.apps);
  }

  /** A correction (feedback): a training example from now on; the model is retrained shortly after. */
  learn(example: TrainingExample): void {
    this.learned.delete(example.text);
    this.learned.set(example.text, example.intent);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.retrainInBackground(), RETRAIN_DEBOUNCE_MS);
    this.timer.unref();
  }

  /** Resolves when no retraining is running (tests, shutdown). */
  async whenIdle(): Promise<void> {
    while (this.training) await this.training;
  }

  /** The same beside live requests: a few epochs at a time; classification uses the old model meanwhile. */
  private retrainInBackground(): Promise<void> {
    this.timer = null;
    if (this.training) {
      this.again = true; // corrections arrived meanwhile: one more round when this one ends
      return this.training;
    }
    const { classifier, examples, learned } = this.next();
    this.training = classifier
      .trainInBackground(examples, TRAINING_APPS)
      .then((report) => void this.swap(classifier, report, learned))
      .catch((err: unknown) => this.logger.error(`intent classifier retraining failed: ${String(err)}`))
      .finally(() => {
        this.training = null;
        if (this.again) {
          this.again = false;
          void this.retrainInBackground();
        }
      });
    return this.training;
  }

  private next() {
    const learned = [...this.learned].map(([text, intent]) => ({ text, intent }));
    return {
      classifier: new IntentClassifier(),
      examples: [...BASE_EXAMPLES, ...learned],
      learned: learned.length,
    };
  }

  private swap(classifier: IntentClassifier, report: TrainingReport, learned: number): TrainingReport {
    this.current = classifier;
    this.report = report;
    this.prebuilt = false;
    this.logger.log(
      `intent classifier trained in ${report.ms} ms (${report.examples} examples, ${learned} from corrections)`,
    );
    return report;
  }
}
