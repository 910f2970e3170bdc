import { jest } from '@jest/globals';
import type { NlpRepository } from '../nlp.repository.js';
import { NlpClassifier, RETRAIN_DEBOUNCE_MS } from './nlp-classifier.js';

/** The repository's one method the classifier reads (learned phrases at start); the rest is not touched. */
function repositoryWith(phrases: { phrase: string; intent: string }[]): NlpRepository {
  return { learnedPhrases: async () => phrases } as unknown as NlpRepository;
}

const PHRASE = 'zorblax web-app quuxify';

describe('NlpClassifier (the injectable provider)', () => {
  afterEach(() => jest.useRealTimers());

  it('has a model at start (trained ahead or here) and classifies synchronously', async () => {
    const provider = new NlpClassifier(repositoryWith([]));
    expect(provider.classify('restart web-app', ['web-app'])).toBeNull();
    await provider.onModuleInit();
    expect(provider.classify('restart web-app', ['web-app'])?.intent).toBe('restart');
    expect(provider.status()).toMatchObject({ learned: 0 });
  });

  it('a correction becomes a training example: retrained once, after the debounce', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'performance'] });
    const provider = new NlpClassifier(repositoryWith([]));
    await provider.onModuleInit();
    const before = provider.classify(PHRASE, ['web-app']);
    expect(before?.intent).not.toBe('status');
    provider.learn({ text: PHRASE, intent: 'status' });
    provider.learn({ text: 'zorblax everything quuxify', intent: 'list' });
    expect(provider.classify(PHRASE, ['web-app'])).toEqual(before); // not yet
    jest.advanceTimersByTime(RETRAIN_DEBOUNCE_MS);
    await provider.whenIdle();
    expect(provider.classify(PHRASE, ['web-app'])?.intent).toBe('status');
    expect(provider.classify('zorblax everything quuxify', ['web-app'])?.intent).toBe('list');
    provider.onModuleDestroy();
    // two full trainings: generous on a machine shared with other builds
  }, 120_000);

  it('phrases learned earlier (stored rules) are trained on right after start, the base model answering meanwhile', async () => {
    const provider = new NlpClassifier(repositoryWith([{ phrase: PHRASE, intent: 'history' }]));
    await provider.onModuleInit();
    expect(provider.classify('restart web-app', ['web-app'])?.intent).toBe('restart');
    expect(provider.status()).toMatchObject({ learned: 1 });
    await provider.whenIdle();
    expect(provider.classify(PHRASE, ['web-app'])?.intent).toBe('history');
    expect(provider.status()).toMatchObject({ model: 'trained', learned: 1 });
  }, 60_000);
});
