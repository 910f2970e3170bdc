import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 257–259 and 257c–259c (2026-12-08): an operation asked to be shown ("show us the last
 * rollback on …", "show the last restart of …", "지난번 롤백 보여줘") is the deployments history — it had run the
 * operation again, alone and in a conversation. Sentences written here, not taken from the rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, turns } = roundReaders(KNOWN_APPS);

describe('an operation asked to be shown (round 258)', () => {
  it.each([
    ['Show me the last rollback on ledger-api and who did it.', 'ledger-api'],
    ['show the last restart of worker', 'worker'],
    ['지난번 롤백 보여줘 kiosk-web', 'kiosk-web'],
  ])('%j reads the history of %s', (command, app) => {
    expect(said(command)).toMatchObject({ intent: 'history', entities: { app } });
  });

  it('in a conversation too', () => {
    const [, shown] = turns(['worker 상태 보여줘', 'show the last restart of worker']);
    expect(shown.intent).toBe('history');
  });
});
