import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 248–250 and 248c–250c (2026-12-08): "0으로만 내려" is a scale to zero, not a delete;
 * "리비전 15인데 14로" goes to 14, the revision named second; old ReplicaSets, pods or a numbered release of an app
 * removed are not the app deleted (asked). Sentences written here, not taken from the rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, isClearChange } = roundReaders(KNOWN_APPS);

describe('what is taken away, and where back to (rounds 248, 249)', () => {
  it('"0으로만 내려" scales to zero', () => {
    expect(said('개발 batch-job은 0으로만 내려 주세요.')).toMatchObject({
      intent: 'scale',
      entities: { replicas: 0 },
    });
  });

  it('"리비전 9인데 8로" rolls back to 8', () => {
    expect(said('스테이징 ledger-api 지금 리비전 9인데 8로 되돌려 주세요').entities.revision).toBe(8);
  });

  it.each([
    'Drop the old ReplicaSets of kiosk-web on staging.',
    'Remove the 2.4.0 release of ledger-api from dev.',
  ])('%j deletes no app unasked', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it('"it is an old version of …" after a delete is still the delete', () => {
    expect(isClearChange('Delete kiosk-web from dev, it is an old version of the portal.')).toBe(true);
  });
});
