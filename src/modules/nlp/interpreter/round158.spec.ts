import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 158–160 and 158c–160c (2026-12-06): places that are none of our environments beside an
 * order (an on-premises copy, someone's own PC, a blue/green pair, QA or a sandbox named with one of ours, "the
 * production meeting") are asked, never the default; the version errors began with and a price are no tag; a count
 * corrected in words ("six. No wait — five") takes the correction. Sentences written here, not taken from the rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, turns } = roundReaders(KNOWN_APPS);

describe('places we do not have (round 160)', () => {
  it.each([
    '고객사 온프레미스에 ledger-api 2.0.1 배포해 주세요.',
    '내 PC에 kiosk-web 1.2.0 띄워줘',
    'restart worker on blue/green',
    '스테이징이랑 QA에 kiosk-web 1.2.0 배포해 주세요.',
    'Please deploy kiosk-web 1.2.0 to staging and the sandbox.',
    'The production meeting ran late; please restart worker.',
  ])('%j asks where, never the default', (command) => {
    const r = said(command);
    expect(r.ambiguous).toBe(true);
    expect(r.entities.environment).toBeUndefined();
  });

  it('"deploy kiosk-web 1.2.0 to staging" still deploys to staging', () => {
    expect(said('deploy kiosk-web 1.2.0 to staging')).toMatchObject({
      ambiguous: false,
      entities: { environment: 'staging' },
    });
  });

  it('"the meteor cam looks good on my laptop" after an order is a remark', () => {
    expect(said('deploy kiosk-web 1.2.0 to staging, the new banner looks good on my laptop')).toMatchObject({
      ambiguous: false,
      entities: { environment: 'staging' },
    });
  });
});

describe('many numbers in one message (round 159)', () => {
  it.each([
    ['어제 2.2.0에서 500 에러 30건 나옴 운영 ledger-api 2.2.1 배포해', '2.2.1'],
    [
      'The fee goes from $2.50 to $2.90 tonight, so please deploy ledger-api 1.7.3 to production now.',
      '1.7.3',
    ],
  ])('%j deploys the version asked for', (command, tag) => {
    expect(said(command).entities.tag).toBe(tag);
  });

  it('"to 1, dollar bid" keeps the count (a currency word alone is no price)', () => {
    expect(said('Bring worker on dev down to 1, dollar bid').entities.replicas).toBe(1);
  });
});

describe('a count corrected in words (round 158c)', () => {
  it('"Seven. No wait — six is plenty." answers the count asked with six', () => {
    const [, answer] = turns(['Scale worker up on prod', 'Seven. No wait — six is plenty.']);
    expect(answer).toMatchObject({ intent: 'scale', entities: { replicas: 6 } });
  });

  it('"… to 7. No wait — 6 is plenty." takes 6', () => {
    expect(said('Scale worker on prod to 7. No wait — 6 is plenty.').entities.replicas).toBe(6);
  });
});
