import { createRequire } from 'node:module';
import { convertQwertyToHangul } from 'es-hangul';
import { INTENTS, type Intent } from '../interpreter/types.js';
import { inStandardForm } from '../interpreter/korean.js';
import { literally } from '../interpreter/literal-pattern.js';

/**
 * A trained intent classifier: NLP.js's neural network (the one `@nlpjs/nlp` trains for its NLU: one
 * perceptron per intent over sparse features, zero-initialised, so training is deterministic) fed with our
 * own features. NLP.js's own pipeline is async (its Korean stemmer returns promises) and tokenises Korean
 * into dictionary words; character n-grams of each Korean word serve agglutinative phrasing and typos
 * better, and keep classification synchronous and in the microseconds.
 */

interface NeuralNetworkSettings {
  iterations?: number;
  errorThresh?: number;
  deltaErrorThresh?: number;
  learningRate?: number;
  momentum?: number;
  alpha?: number;
  log?: boolean;
}
interface NeuralNetwork {
  train(corpus: { input: Record<string, number>; output: Record<string, number> }[]): {
    iterations: number;
    error: number;
  };
  run(input: Record<string, number>): Record<string, number> | undefined;
  toJSON(): { features?: string[]; intents?: string[]; perceptrons?: number[][] };
}
type NeuralNetworkClass = new (settings: NeuralNetworkSettings) => NeuralNetwork;

// @nlpjs/neural is the network @nlpjs/nlp trains (through @nlpjs/nlu): resolved along that dependency
// chain so no other package is needed.
const fromNlp = createRequire(import.meta.url);
const fromNlu = createRequire(fromNlp.resolve('@nlpjs/nlu', { paths: [fromNlp.resolve('@nlpjs/nlp')] }));
const { NeuralNetwork } = fromNlu('@nlpjs/neural') as { NeuralNetwork: NeuralNetworkClass };
const { StemmerEn } = fromNlp('@nlpjs/lang-en') as {
  StemmerEn: new () => { stemWord(word: string): string };
};

export interface TrainingExample {
  text: string;
  intent: Intent;
}

export interface Classification {
  intent: Intent;
  /** 0..1: the intent's share of the network's (squared) activations. 0 when nothing in the text is known. */
  score: number;
  runnerUp: { intent: Intent; score: number } | null;
  /** Every intent's score (absent = 0). */
  scores: Partial<Record<Intent, number>>;
}

export interface TrainingReport {
  examples: number;
  features: number;
  iterations: number;
  ms: number;
}

/**
 * Epochs are capped: the corpus is separable long before NLP.js's default 20,000. On the 4,646 examples (6,039 since rounds 5a/5b), 40
 * epochs give the service's path (rules + classifier) the same exact scores on every blind corpus as 80 did,
 * in half the time: about two seconds at start and after each correction.
 */
const NETWORK_SETTINGS: NeuralNetworkSettings = {
  iterations: 40,
  errorThresh: 0.0005,
  deltaErrorThresh: 0.000001,
  log: false,
};

const HANGUL = /[\uac00-\ud7a3]/;
const HANGUL_WORD = /^[\uac00-\ud7a3]+$/;
const IMAGE_REF = /\b[a-z0-9][a-z0-9.-]*(?::\d+)?(?:\/[a-z0-9._-]+)+(?::[a-z0-9._-]+)?/g;
const NAME_TAG = /\b[a-z][a-z0-9_-]*:[a-z0-9][a-z0-9._-]*/g;
const VERSION = /\b(?:v\d+(?:\.\d+)*(?:-[a-z0-9.]+)?|\d+\.\d+(?:\.\d+)*(?:-[a-z0-9.]+)?|sha-[0-9a-f]{4,})\b/g;
const DIGITS = /\d+/g;
const TOKEN = /[a-z'-]+|[\uac00-\ud7a3\u3131-\u318e]+|[A-Z]+|\?/g;

const stemmer = new StemmerEn();

/**
 * The text the classifier sees: app names, image references and `name:tag` → APP, versions → TAG,
 * numbers → NUM (so it learns phrasing, not names). The same for training and classification.
 */
export function maskText(text: string, appPattern: RegExp | null): string {
  // dialect and written forms as the rules read them ("띄우도록 하게" is "띄워줘")
  let t = inStandardForm(text.normalize('NFC')).toLowerCase();
  t = t.replace(IMAGE_REF, ' APP ').replace(NAME_TAG, ' APP ');
  if (appPattern) t = t.replace(appPattern, ' APP ');
  return t.replace(VERSION, ' TAG ').replace(DIGITS, ' NUM ');
}

export function appPatternOf(apps: Iterable<string>): RegExp | null {
  const names = [...new Set([...apps].map((a) => a.toLowerCase()).filter((a) => a.length > 1))];
  if (names.length === 0) return null;
  names.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![a-z0-9_-])(?:${names.map(literally).join('|')})(?![a-z0-9_-])`, 'g');
}

/** A particle at the end of a Korean word ("APP을", "운영에", "이전으로"): the word is also a feature without it. */
const PARTICLE = /(?:을|를|이|가|은|는|에서|에|으로|로|도|좀|의)$/;

/** Words whose features are kept (Korean and Latin each): a command's words mostly repeat. */
const WORD_CACHE_MAX = 20_000;
/** A Korean word's features (the word, without its particle, character bigrams), built once per word like Latin words'. */
const hangulWords = new Map<string, readonly string[]>();

function addHangulWord(word: string, out: FeatureSink): void {
  let features = hangulWords.get(word);
  if (!features) {
    const built = [`w:${word}`];
    const bare = word.replace(PARTICLE, '');
    if (bare && bare !== word) built.push(`w:${bare}`);
    const padded = `^${word}$`;
    for (let i = 0; i < padded.length - 1; i++) built.push(`b:${padded.slice(i, i + 2)}`);
    if (hangulWords.size >= WORD_CACHE_MAX) hangulWords.clear();
    hangulWords.set(word, (features = built));
  }
  for (const f of features) out.add(f);
}

interface LatinWord {
  stem: string;
  trigrams: string[];
  /** The Hangul the same keys type in Korean mode, when they assemble into syllables. */
  korean: string | null;
}
/** Stemming and keyboard conversion cost microseconds per word; a command's words mostly repeat. */
const latinWords = new Map<string, LatinWord>();

function latinWord(raw: string): LatinWord {
  let word = latinWords.get(raw);
  if (word) return word;
  const trigrams: string[] = [];
  if (raw.length >= 4) {
    const padded = `^${raw}$`;
    for (let i = 0; i + 3 <= padded.length; i++) trigrams.push(`t:${padded.slice(i, i + 3)}`);
  }
  let korean: string | null = null;
  if (raw.length >= 3 && !raw.includes('-')) {
    try {
      const ko = convertQwertyToHangul(raw);
      if (HANGUL_WORD.test(ko)) korean = ko;
    } catch {
      // letter runs that do not assemble into syllables
    }
  }
  word = { stem: `w:${stemmer.stemWord(raw.replace(/'/g, ''))}`, trigrams, korean };
  if (latinWords.size >= WORD_CACHE_MAX) latinWords.clear();
  latinWords.set(raw, word);
  return word;
}

interface FeatureSink {
  add(feature: string): unknown;
}

/** Sparse features of a masked text: words (English stemmed, with letter trigrams), Korean character bigrams, `?`. */
function collectFeatures(masked: string, out: FeatureSink): void {
  const keyboardKorean = !HANGUL.test(masked);
  for (const raw of masked.match(TOKEN) ?? []) collectTokenFeatures(raw, keyboardKorean, out);
}

/** One token's features; a Latin word's depend on whether the text has Hangul (`keyboardKorean` when not). */
function collectTokenFeatures(raw: string, keyboardKorean: boolean, out: FeatureSink): void {
  if (HANGUL_WORD.test(raw)) addHangulWord(raw, out);
  else if (/^[a-z]/.test(raw)) {
    const word = latinWord(raw);
    out.add(word.stem);
    for (const t of word.trigrams) out.add(t);
    // Korean typed with the keyboard in English mode ("qovhgownj" = 배포해줘)
    if (keyboardKorean && word.korean) addHangulWord(word.korean, out);
  } else out.add(`w:${raw}`);
}

/** The features as NLP.js takes them (training): each present feature → 1. */
export function featuresOf(masked: string): Record<string, number> {
  const out: Record<string, number> = {};
  collectFeatures(masked, { add: (f) => (out[f] = 1) });
  return out;
}

function corpusOf(examples: readonly TrainingExample[], knownApps: Iterable<string>) {
  const apps = appPatternOf(knownApps);
  const corpus = examples.map((e) => ({
    input: featuresOf(maskText(e.text, apps)),
    output: { [e.intent]: 1 },
  }));
  return { corpus, apps };
}

/**
 * The trained weights in a flat layout for the forward pass: NLP.js's `run` (ReLU of bias + Σ weights, per
 * intent) computed from its exported model (`toJSON`) without its per-call allocations. Same numbers.
 */
interface Model {
  intents: Intent[];
  /** feature → row in `weights` */
  index: Map<string, number>;
  /** row-major: weights[row * intents.length + j] */
  weights: Float64Array;
  bias: Float64Array;
  /** the network itself, kept for checking the forward pass against NLP.js's own (absent when loaded from a file) */
  network: NeuralNetwork | null;
  /** token → its features' rows, built on first sight (a command's words mostly repeat) */
  rowsOfToken: Map<string, readonly number[]>;
  /** scratch: rows already summed for the command being classified (a feature counts once) */
  summed: Uint8Array;
}

/** The model's rows of one token's features (unknown features have none), cached per model. */
function rowsOf(model: Model, raw: string, keyboardKorean: boolean): readonly number[] {
  const key = keyboardKorean && /^[a-z]/.test(raw) ? `\u0001${raw}` : raw;
  let rows = model.rowsOfToken.get(key);
  if (!rows) {
    const features = new Set<string>();
    collectTokenFeatures(raw, keyboardKorean, features);
    rows = [...features].map((f) => model.index.get(f)).filter((r): r is number => r !== undefined);
    if (model.rowsOfToken.size >= WORD_CACHE_MAX) model.rowsOfToken.clear();
    model.rowsOfToken.set(key, rows);
  }
  return rows;
}

/** A trained model as a file (`npm run build` writes one beside the compiled classifier): loading it skips training. */
export interface ModelFile {
  /** What it was trained with (the training data and the code that makes features), to refuse a stale file. */
  fingerprint: string;
  examples: number;
  iterations: number;
  intents: string[];
  features: string[];
  /** Float64 (little-endian, as on x86-64 and arm64), row-major (feature, intent), base64: exact and compact */
  weights: string;
  bias: number[];
}

function modelOf(network: NeuralNetwork): Model {
  const json = network.toJSON();
  const features = json.features ?? [];
  const intents = (json.intents ?? []).filter((i): i is Intent => (INTENTS as readonly string[]).includes(i));
  const perceptrons = json.perceptrons ?? [];
  const weights = new Float64Array(features.length * intents.length);
  const bias = new Float64Array(intents.length);
  const index = new Map<string, number>();
  features.forEach((f, row) => index.set(f, row));
  for (let j = 0; j < intents.length; j++) {
    const p = perceptrons[(json.intents ?? []).indexOf(intents[j])];
    bias[j] = p[features.length];
    for (let row = 0; row < features.length; row++) weights[row * intents.length + j] = p[row];
  }
  return {
    intents,
    index,
    weights,
    bias,
    network,
    rowsOfToken: new Map(),
    summed: new Uint8Array(features.length),
  };
}

/** The classifier. `train` replaces the model; `classify` is synchronous and allocation-light. */
export class IntentClassifier {
  private model: Model | null = null;
  private appPattern: RegExp | null = null;

  get trained(): boolean {
    return this.model !== null;
  }

  /** Trains a fresh network on `examples` (app names in `knownApps` are masked) and swaps it in. */
  train(examples: readonly TrainingExample[], knownApps: Iterable<string> = []): TrainingReport {
    const started = performance.now();
    const { corpus, apps } = corpusOf(examples, knownApps);
    const network = new NeuralNetwork({ ...NETWORK_SETTINGS });
    const status = network.train(corpus);
    return this.swapIn(network, apps, examples.length, status.iterations, started);
  }

  /**
   * The same training, a few epochs at a time with the event loop free in between (retraining after a
   * correction runs beside live requests). NLP.js resumes from its status and weights, so the model is
   * identical to `train`'s.
   */
  async trainInBackground(
    examples: readonly TrainingExample[],
    knownApps: Iterable<string> = [],
    epochsPerSlice = 4,
  ): Promise<TrainingReport> {
    const started = performance.now();
    const { corpus, apps } = corpusOf(examples, knownApps);
    const settings = { ...NETWORK_SETTINGS, iterations: 0 };
    const network = new NeuralNetwork(settings);
    const max = NETWORK_SETTINGS.iterations ?? 0;
    let status = { iterations: 0, error: Infinity };
    while (settings.iterations < max) {
      settings.iterations = Math.min(max, settings.iterations + epochsPerSlice);
      status = network.train(corpus);
      if (status.iterations < settings.iterations) break; // converged
      await new Promise((resolve) => setImmediate(resolve));
    }
    return this.swapIn(network, apps, examples.length, status.iterations, started);
  }

  private swapIn(
    network: NeuralNetwork,
    apps: RegExp | null,
    examples: number,
    iterations: number,
    started: number,
  ): TrainingReport {
    this.model = modelOf(network);
    this.appPattern = apps;
    return {
      examples,
      features: this.model.index.size,
      iterations,
      ms: Math.round(performance.now() - started),
    };
  }

  /** The trained model, to write to a file (`npm run build`). */
  toFile(fingerprint: string, report: TrainingReport): ModelFile {
    const model = this.model;
    if (!model) throw new Error('the classifier is not trained');
    const weights = Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength);
    return {
      fingerprint,
      examples: report.examples,
      iterations: report.iterations,
      intents: model.intents,
      features: [...model.index.keys()],
      weights: weights.toString('base64'),
      bias: [...model.bias],
    };
  }

  /** Swaps in a model read from a file; `knownApps` are masked as in training. */
  load(file: ModelFile, knownApps: Iterable<string> = []): TrainingReport {
    const started = performance.now();
    const intents = file.intents.filter((i): i is Intent => (INTENTS as readonly string[]).includes(i));
    const bytes = Buffer.from(file.weights, 'base64');
    if (intents.length !== file.intents.length || bytes.length !== file.features.length * intents.length * 8)
      throw new Error('the model file does not match this classifier');
    const weights = new Float64Array(bytes.length / 8);
    new Uint8Array(weights.buffer).set(bytes);
    const index = new Map<string, number>();
    file.features.forEach((f, row) => index.set(f, row));
    this.model = {
      intents,
      index,
      weights,
      bias: Float64Array.from(file.bias),
      network: null,
      rowsOfToken: new Map(),
      summed: new Uint8Array(index.size),
    };
    this.appPattern = appPatternOf(knownApps);
    return {
      examples: file.examples,
      features: index.size,
      iterations: file.iterations,
      ms: Math.round(performance.now() - started),
    };
  }

  /** NLP.js's own forward pass on the same text (for checking ours). */
  networkOutputs(text: string): Record<string, number> {
    return this.model?.network?.run(featuresOf(maskText(text, this.appPattern))) ?? {};
  }

  /** The network's activation per intent (ReLU, before NLP.js's constant factor). */
  outputs(text: string, apps?: RegExp | null): Partial<Record<Intent, number>> | null {
    const model = this.model;
    if (!model) return null;
    const n = model.intents.length;
    const sums = Float64Array.from(model.bias);
    let seen = 0;
    // rows per token, cached: classification is on every request, and building and hashing each feature's
    // string was most of its cost
    const masked = maskText(text, apps === undefined ? this.appPattern : apps);
    const keyboardKorean = !HANGUL.test(masked);
    const rows: number[] = [];
    for (const raw of masked.match(TOKEN) ?? []) {
      for (const row of rowsOf(model, raw, keyboardKorean)) {
        if (model.summed[row]) continue;
        model.summed[row] = 1;
        rows.push(row);
      }
    }
    for (const row of rows) {
      model.summed[row] = 0;
      seen++;
      const base = row * n;
      for (let j = 0; j < n; j++) sums[j] += model.weights[base + j];
    }
    if (seen === 0) return null;
    const out: Partial<Record<Intent, number>> = {};
    for (let j = 0; j < n; j++) if (sums[j] > 0) out[model.intents[j]] = sums[j];
    return out;
  }

  /**
   * The intent the text's phrasing suggests, scored like NLP.js does (squared activations, normalised).
   * `apps` (e.g. the registered apps) are masked like the training apps; without it the training's names.
   */
  classify(text: string, apps?: RegExp | null): Classification {
    const outputs = this.outputs(text, apps);
    let total = 0;
    if (outputs) for (const intent in outputs) total += outputs[intent as Intent]! ** 2;
    if (!outputs || total === 0) return { intent: 'unknown', score: 0, runnerUp: null, scores: {} };
    const ranked = (Object.entries(outputs) as [Intent, number][])
      .map(([intent, o]) => ({ intent, score: o ** 2 / total }))
      .sort((a, b) => b.score - a.score);
    const scores: Partial<Record<Intent, number>> = {};
    for (const r of ranked) scores[r.intent] = r.score;
    return { intent: ranked[0].intent, score: ranked[0].score, runnerUp: ranked[1] ?? null, scores };
  }
}
