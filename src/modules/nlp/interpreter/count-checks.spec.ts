import { combine } from '../classifier/combine.js';
import type { Classification } from '../classifier/intent-classifier.js';
import { interpret, readCommand } from './interpreter.js';

/** A count or version asked about is checked, never set (classes from the blind rounds' train splits; new sentences). */
const knownApps = ['web-app', 'api', 'payment-svc', 'checkout'];
const options = { knownApps, defaultEnvironment: 'staging' as const };
const said = (command: string) => interpret(command, { knownApps });
const agreeing = (intent: 'status'): Classification => ({
  intent,
  score: 1,
  runnerUp: null,
  scores: { [intent]: 1 },
});

describe('a count in a question is checked, not set', () => {
  it.each([
    'is checkout at 3 replicas now?',
    'are the payment-svc pods on 4 replicas in prod?',
    'web-app 지금 파드 4개 맞아?',
    'api 운영 replica 6개 맞지?',
  ])('%s → status, nothing scaled', (command) => {
    const r = said(command);
    expect(r).toMatchObject({ intent: 'status', ambiguous: false });
    expect(r.entities.replicas).toBeUndefined();
  });

  it('an order with a count stays an order', () => {
    expect(said('scale checkout to 3 replicas')).toMatchObject({ intent: 'scale', ambiguous: false });
    expect(said('checkout 3개로 맞춰줘')).toMatchObject({ intent: 'scale', ambiguous: false });
  });

  it('the classifier saying the read the safety gate made of a change-looking question agrees with the rules', () => {
    const command = 'web-app 지금 파드 4개 맞아?';
    const reading = readCommand(command, new Set(knownApps));
    // the words first read as a scale; the gate answered the question they ask
    expect(reading.intent).toBe('scale');
    const r = combine(reading, agreeing('status'), options);
    expect(r).toMatchObject({ intent: 'status', ambiguous: false });
    expect(r).toEqual(combine(reading, null, options));
  });
});
