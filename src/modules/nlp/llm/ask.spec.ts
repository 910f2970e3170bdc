import { askAll, askProvider, providerBreaker } from './ask.js';
import { combine } from './combine.js';
import { ProviderHttpError, type LlmProvider } from './llm.types.js';
import type { NlpStrategy } from '../nlp.config.js';

const answer = (replicas: number) => ({ intent: 'scale', entities: { app: 'web-app', replicas } });
const prompt = { command: 'x', knownApps: [], recentTurns: [], examples: [], defaultEnvironment: 'staging' };

function provider(name: LlmProvider['name'], ask: LlmProvider['ask']): LlmProvider {
  return { name, configured: true, ask };
}
function ensemble(
  config: { strategy?: NlpStrategy; timeoutMs?: number; maxRetries?: number },
  ...providers: LlmProvider[]
) {
  const strategy = config.strategy ?? 'vote';
  return {
    ask: async () => {
      const { answers, reports } = await askAll(providers, prompt, {
        strategy,
        timeoutMs: config.timeoutMs ?? 2000,
        maxRetries: config.maxRetries ?? 2,
      });
      return { combined: combine(answers, strategy, ['anthropic', 'openai', 'gemini']), reports };
    },
  };
}
const delayed = (ms: number, value: unknown) => () => new Promise((r) => setTimeout(() => r(value), ms));

describe('askAll + combine', () => {
  it('first: answers with the first valid answer without waiting for slower providers', async () => {
    const e = ensemble(
      { strategy: 'first' },
      provider('anthropic', delayed(1500, answer(3))),
      provider('openai', delayed(10, 'garbage')),
      provider('gemini', delayed(50, answer(5))),
    );
    const started = Date.now();
    const r = await e.ask();
    expect(Date.now() - started).toBeLessThan(1400);
    expect(r.combined).toMatchObject({ source: 'gemini', entities: { replicas: 5 } });
  });

  it('retries a 429 within the timeout and gives up on one that does not fit', async () => {
    let calls = 0;
    const e = ensemble(
      { maxRetries: 2 },
      provider('anthropic', async () => {
        calls += 1;
        if (calls === 1) throw new ProviderHttpError(429, 20, 'HTTP 429');
        return answer(2);
      }),
      provider('openai', async () => {
        throw new ProviderHttpError(429, 60_000, 'HTTP 429');
      }),
      provider('gemini', async () => {
        throw new ProviderHttpError(500, undefined, 'HTTP 500');
      }),
    );
    const r = await e.ask();
    expect(calls).toBe(2);
    expect(r.combined).toMatchObject({ source: 'anthropic', entities: { replicas: 2 } });
    expect(r.reports.map((x) => [x.provider, x.outcome, x.attempts]).sort()).toEqual([
      ['anthropic', 'ok', 2],
      ['gemini', 'error', 1],
      ['openai', 'rate_limited', 1],
    ]);
  });

  it('times out a provider that never answers, honouring the abort signal', async () => {
    const e = ensemble(
      { timeoutMs: 200 },
      provider(
        'anthropic',
        (_p, signal) =>
          new Promise((_r, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))),
      ),
      provider('openai', delayed(5, answer(4))),
      provider('gemini', delayed(5, answer(4))),
    );
    const r = await e.ask();
    expect(r.combined).toMatchObject({ source: 'ensemble', entities: { replicas: 4 } });
    expect(r.reports.find((x) => x.provider === 'anthropic')?.outcome).toBe('timeout');
  });

  it('opens the provider breaker after consecutive 5xx and then fails fast without calling', async () => {
    const states: string[] = [];
    const breaker = providerBreaker('gemini', { failureThreshold: 2, resetTimeoutSec: 60 }, (s) =>
      states.push(s),
    );
    let calls = 0;
    const failing = provider('gemini', async () => {
      calls += 1;
      throw new ProviderHttpError(500, undefined, 'HTTP 500');
    });
    const opts = { timeoutMs: 1000, maxRetries: 2, breaker };
    expect((await askProvider(failing, prompt, opts)).report.outcome).toBe('error');
    expect((await askProvider(failing, prompt, opts)).report.outcome).toBe('error');
    expect(states).toEqual(['open']);
    const third = await askProvider(failing, prompt, opts);
    expect(third.report.outcome).toBe('breaker_open');
    expect(calls).toBe(2);
    breaker.shutdown();
  });

  it('does not retry garbage and does not count it against the breaker', async () => {
    let calls = 0;
    const garbage = provider('openai', async () => {
      calls += 1;
      throw new SyntaxError('Unexpected end of JSON input');
    });
    const r = await askProvider(garbage, prompt, { timeoutMs: 1000, maxRetries: 2 });
    expect(r.report.outcome).toBe('error');
    expect(calls).toBe(1);
  });
});
