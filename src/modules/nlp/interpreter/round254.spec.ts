import { isClearReading, roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 254–256 and 254c–256c (2026-12-08): what followed a change already made ("…늘렸더니 …")
 * orders nothing; "in the morning naman" is later; "perhaps …", "… could do with 6 replicas" suggest, they do not
 * order. Sentences written here, not taken from the rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, isClearChange } = roundReaders(KNOWN_APPS);

describe('reports, later and suggestions (rounds 254–256)', () => {
  it.each([
    '개발 ledger-api 4개로 늘렸더니 응답이 빨라졌어요.',
    'Deploy kiosk-web 3.1.0 to prod at 6 in the morning naman.',
    'Perhaps worker on staging could do with 4 replicas.',
  ])('%j runs nothing', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it('"maybe overkill, but scale …" is still the order', () => {
    expect(isClearReading(said('maybe overkill, but scale worker on staging to 5'))).toBe(true);
  });
});
