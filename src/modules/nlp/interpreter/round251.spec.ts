import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 251–253 and 251c–253c (2026-12-08): a Kubernetes object beside an app changed or removed
 * ("update the configmap of …", "…의 PVC를 삭제해", "delete the old secret of …") is no operation of ours on the app;
 * an object changed before ("인증서 교체했으니 … 배포해줘") leaves the order. Sentences written here, not taken from the
 * rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, isClearChange } = roundReaders(KNOWN_APPS);

describe('objects beside the app (round 253)', () => {
  it.each([
    'Please update the configmap of ledger-api with the new endpoint.',
    'kiosk-web의 시크릿을 삭제해 주세요.',
    'delete the PVC of batch-job on dev',
  ])('%j changes nothing of ours', (command) => {
    expect(isClearChange(command)).toBe(false);
    expect(said(command).intent).toBe('unknown');
  });

  it('an object changed before the order leaves the order', () => {
    expect(said('시크릿 교체했으니 스테이징 ledger-api 다시 배포해줘')).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
    });
  });
});
