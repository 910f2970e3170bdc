import { combine, type ProviderAnswer } from './combine.js';
import { validateAnswer } from './llm-schema.js';

const a = (provider: ProviderAnswer['provider'], replicas: number, confidence = 0.8): ProviderAnswer => ({
  provider,
  intent: 'scale',
  entities: { app: 'web-app', replicas },
  confidence,
});
const order: ProviderAnswer['provider'][] = ['anthropic', 'openai', 'gemini'];

describe('combine', () => {
  it('agreement raises confidence and is an ensemble answer', () => {
    const c = combine([a('anthropic', 3), a('openai', 3), a('gemini', 3)], 'vote', order)!;
    expect(c).toMatchObject({
      source: 'ensemble',
      entities: { replicas: 3 },
      agreed: ['anthropic', 'openai', 'gemini'],
    });
    expect(c.confidence).toBeCloseTo(0.9);
    expect(c.alternatives).toBeUndefined();
  });
  it('vote: strict majority wins, a tie keeps the alternatives', () => {
    expect(
      combine([a('anthropic', 3), a('openai', 5), a('gemini', 3)], 'vote', order)!.entities.replicas,
    ).toBe(3);
    const tie = combine([a('anthropic', 3), a('openai', 5)], 'vote', order)!;
    expect(tie.alternatives?.map((x) => x.entities.replicas)).toEqual([3, 5]);
  });
  it('priority and first settle disagreement', () => {
    expect(
      combine([a('anthropic', 3), a('openai', 5)], 'priority', ['openai', 'anthropic', 'gemini']),
    ).toMatchObject({
      source: 'openai',
      entities: { replicas: 5 },
    });
    expect(combine([a('gemini', 7), a('openai', 5)], 'first', order)).toMatchObject({
      source: 'gemini',
      entities: { replicas: 7 },
    });
  });
  it('one answer is that provider; none is null', () => {
    expect(combine([a('gemini', 2)], 'vote', order)!.source).toBe('gemini');
    expect(combine([], 'vote', order)).toBeNull();
  });
});

describe('validateAnswer', () => {
  it('accepts tool arguments as object or JSON text, drops nulls, maps environment aliases', () => {
    expect(
      validateAnswer('{"intent":"deploy","entities":{"app":"web-app","environment":"prod","tag":null}}'),
    ).toEqual({
      intent: 'deploy',
      entities: { app: 'web-app', environment: 'production' },
      confidence: 0.85,
    });
  });
  it('rejects garbage and schema violations', () => {
    for (const bad of [
      undefined,
      'Sure!',
      '{"intent":',
      { intent: 'dance', entities: {} },
      { intent: 'scale', entities: { replicas: 'three' } },
      { intent: 'scale', entities: { extra: 1 } },
      { intent: 'scale' },
    ]) {
      expect(validateAnswer(bad)).toBeNull();
    }
  });
});
