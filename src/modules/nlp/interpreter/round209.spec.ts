import { isClearReading, roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 209–211 and 209c–211c (2026-12-07): what was done or happens by itself, told in a learner's
 * English ("Yesterday I restart …", "… was restarted by Sato-san", "Now I scale … by kubectl", "Every morning at 7 cron
 * job scale …") is no order; "Boss say scale …" is someone's order passed on (asked); "After assembly at 10, please
 * deploy …" waits; a ticket key ("JIRA-4544") is never a count; a rollback to a build named by a clock time or to a
 * pull request ("#27") is asked; "X는 Y랑 같은 개수로" is Y's count (asked when unknown) and "같은 버전, 같은 개수로"
 * carries a deploy's count. Sentences written here, not taken from the rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, isClearChange, turns } = roundReaders(KNOWN_APPS);

describe('told, not ordered (round 209)', () => {
  it.each([
    'Yesterday I restart ledger-api on prod, all good now.',
    'This morning Kim-san deploy kiosk-web 2.0.1 to staging, for your information.',
    'Kindly note, worker on staging was restarted by the night shift at 3:00.',
    'Now I scale cart-api on prod to 8 by kubectl.',
    'Every night at 2 cron job scale batch-job on production to 0.',
    'On prod, worker scale itself to 10 when traffic comes.',
    'Boss say restart kiosk-web on production.',
    'After standup at 10, please deploy ledger-api 1.2.0 to prod.',
  ])('%j never runs a change', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it.each([
    ['Restart worker on prod. It was rolled back this morning and is stuck again.', 'restart'],
    ['Boss says restart kiosk-web on staging, please do it.', 'restart'],
    ['deploy kiosk-web pr-1193 to dev', 'deploy'],
  ])('%j is still the order it gives', (command, intent) => {
    expect(said(command)).toMatchObject({ intent, ambiguous: false });
  });
});

describe('numbers of other things (round 210)', () => {
  it('a ticket key is never the count', () => {
    const r = said('개발 ledger-api 줄여 JIRA-4544 테스트 끝났음');
    expect(r.entities.replicas).toBeUndefined();
    expect(isClearReading(r)).toBe(false);
  });

  it.each([
    'roll ledger-api in production back to the build from 14:30 yesterday',
    'Roll cart-api on prod back to #27.',
  ])('%j asks which release, never rolls back to the previous one', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it('a deploy from some minutes ago in the reason names no target', () => {
    expect(
      said('Roll back cart-api on production, the deploy from 30 minutes ago broke checkout.'),
    ).toMatchObject({
      intent: 'rollback',
      ambiguous: false,
    });
  });
});

describe('counts carried over turns (round 211c)', () => {
  it('"X는 Y랑 같은 개수로" takes Y\'s count, not the last one scaled to', () => {
    const read = turns([
      '스테이징 ledger-api 6개로',
      'cart-api는 3개로',
      'worker는 ledger-api랑 같은 개수로',
    ]);
    expect(read[2]).toMatchObject({
      intent: 'scale',
      entities: { app: 'worker', environment: 'staging', replicas: 6 },
    });
  });

  it('the count of an app never scaled here is asked', () => {
    const [, after] = turns(['스테이징 ledger-api 6개로', 'worker는 cart-api랑 같은 개수로']);
    expect(isClearReading(after)).toBe(false);
  });

  it('"운영에도 같은 버전, 같은 개수로" after a deploy with a count carries both', () => {
    const [, after] = turns([
      '스테이징에 kiosk-web 3.1.0 6개로 배포해 주세요',
      '운영에도 같은 버전, 같은 개수로 배포해 주세요',
    ]);
    expect(after).toMatchObject({
      intent: 'deploy',
      entities: { app: 'kiosk-web', environment: 'production', tag: '3.1.0', replicas: 6 },
    });
  });
});
