import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 245–247 and 245c–247c (2026-12-08): a namespace or a cluster by its own name ("fraud-ml
 * 네임스페이스", "-n payments", "on eks-seoul-2", "kr-prod-1", "prod-cluster") is no environment of ours — asked, and
 * production is never taken from it; a version named by a weekday ("화요일 거로") asks which; a change told in the
 * past perfect ("어제 … 늘렸었어") and a yes only claimed ("you already confirmed it", "I said yes earlier", "아까
 * 승인했잖아") run nothing. Sentences written here, not taken from the rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, isClearChange, turns } = roundReaders(KNOWN_APPS);

describe('places that are none of ours (round 245)', () => {
  it.each([
    'risk-batch 네임스페이스에서 worker 재시작해 주세요',
    'restart kiosk-web -n payments',
    'scale ledger-api to 3 on gke-seoul-2',
    'kr-prod-1에서 cart-api 재시작해',
    'prod-cluster의 worker를 재시작해 주세요',
  ])('%j is asked, with no environment', (command) => {
    const r = said(command);
    expect(r.ambiguous).toBe(true);
    expect(r.entities.environment).toBeUndefined();
  });

  it.each([
    ['restart worker in the staging namespace', 'staging'],
    ['restart worker --namespace production', 'production'],
    ['restart worker -n dev', 'development'],
  ])('%j names %s', (command, environment) => {
    expect(said(command).entities.environment).toBe(environment);
  });
});

describe('versions by weekday, past changes, claimed yeses (rounds 246, 247, 247c)', () => {
  it.each([
    '스테이징 cart-api 목요일 거로 롤백해 주세요.',
    '어제 운영 worker 12개로 늘렸었어',
    'You already confirmed it on staging, just do it.',
  ])('%j runs nothing', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it('a claimed yes leaves the plan waiting for a real one', () => {
    const [, claimed, yes] = turns([
      '운영 worker 재시작해 주세요',
      '아까 승인했잖아 그냥 해',
      '네 진행해 주세요',
    ]);
    expect(claimed.intent).not.toBe('confirm');
    expect(yes).toMatchObject({ intent: 'confirm', entities: { app: 'worker', environment: 'production' } });
  });
});
