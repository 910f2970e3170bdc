import { isClearReading, roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 212–214 and 212c–214c (2026-12-07): one value asked for and two given ("replicas=3
 * replicas=5", two versions side by side) is asked; a count over the service's limit of replicas is asked, never run;
 * a registered app corrected to a name nobody registered ("… 아니 ledger-api2 얘기야") is asked, never the name taken
 * back; "that worked great the last five times" is sarcasm; questions vented before an order do not hold it; a kubectl
 * line typed or adopted as the order reads as that order; "스테이징 아님" refuses staging. Sentences written here, not
 * taken from the rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, isClearChange, turns } = roundReaders(KNOWN_APPS);

describe('values said twice and counts past the limit (round 212, 213)', () => {
  it.each([
    ['Scale ledger-api replicas=4 replicas=7 on staging.', 'replicas'],
    ['/deploy kiosk-web staging 1.4.0 1.4.1 whichever works', 'tag'],
    ['kubectl rollout undo deploy/cart-api --to-revision=8 --to-revision=9 -n staging', 'revision'],
  ] as const)('%j asks which %s', (command, entity) => {
    const r = said(command);
    expect(r.ambiguous).toBe(true);
    expect(r.entities[entity]).toBeUndefined();
  });

  it('a version taken back after a comma is no second value', () => {
    expect(said('deploy kiosk-web 1.4.1 to staging, not 1.4.0, 1.4.0 breaks the menu')).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
      entities: { tag: '1.4.1' },
    });
  });

  it.each(['scale worker on staging to 40000', '스테이징 worker 5000개로 늘려 주세요'])(
    '%j is over the limit of 100 replicas: asked in the same language',
    (command) => {
      const r = said(command);
      expect(r).toMatchObject({ intent: 'scale', ambiguous: true });
      expect(r.clarification).toMatch(/100/);
      expect(r.clarification).toMatch(command.startsWith('scale') ? /limit/ : /한도/);
    },
  );

  it('a count at the limit still runs', () => {
    expect(said('scale worker on staging to 100')).toMatchObject({ intent: 'scale', ambiguous: false });
  });

  it('a revision flag with a typo is still the revision', () => {
    expect(said('kubectl rollout undo deploy/cart-api --to-revison=12 -n staging, please')).toMatchObject({
      intent: 'rollback',
      entities: { revision: 12 },
    });
  });
});

describe('names corrected, sarcasm and venting (rounds 213, 214)', () => {
  it.each([
    'dev cart-api 지워 아 아니 cart-api-legacy 얘기야',
    '운영 ledger-api 재시작… 아니 ledger-api2였어요, 그거 재시작해 주세요.',
    'restart worker on prod, no wait, I meant worker-canary',
    'yeah, bounce kiosk-web on prod again, that worked great the last ten times',
  ])('%j never runs a change', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it('a version corrected after the app keeps the app', () => {
    expect(said('stg worker v3 아니 v3.1 deploy 해줘')).toMatchObject({
      intent: 'deploy',
      entities: { app: 'worker', tag: 'v3.1' },
    });
  });

  it.each([
    ["ok fine, I ain't kidding this time: restart kiosk-web on staging", 'restart'],
    ['정말 이게 최선이야? 또 멈췄어? ㅠㅠ 스테이징 ledger-api 재시작해', 'restart'],
    ['Who approved this on a Friday? Roll back cart-api on staging.', 'rollback'],
  ])('%j: the order after a joke taken back or vented questions runs', (command, intent) => {
    expect(said(command)).toMatchObject({ intent, ambiguous: false });
  });

  it.each(['Wait, is prod ok? Restart ledger-api on prod.', 'Is worker up? Rollback went fine yesterday.'])(
    '%j: a question that holds, or a report after it, runs nothing',
    (command) => {
      expect(isClearChange(command)).toBe(false);
    },
  );
});

describe('kubectl lines, key=value and refusals in answers (round 212, 213c)', () => {
  it('"revision=22" is the revision', () => {
    expect(said('rollback app=cart-api env=staging revision=22 please')).toMatchObject({
      intent: 'rollback',
      entities: { app: 'cart-api', revision: 22 },
    });
  });

  it.each(['Tá, show me cart-api on dev.', 'Show me worker on staging — the queue looks stuck.'])(
    '%j is how that app is doing',
    (command) => {
      expect(said(command)).toMatchObject({ intent: 'status', ambiguous: false });
    },
  );

  it.each([
    ['`kubectl delete deploy/batch-job -n dev` 실행해 주세요, 이제 안 써요.', 'delete'],
    ['kubectl rollout restart deploy/kiosk-web -n staging', 'restart'],
    ['k scale deploy/worker --replicas=5 -n stg', 'scale'],
  ])('%j is that order', (command, intent) => {
    expect(said(command)).toMatchObject({ intent, ambiguous: false });
  });

  it.each([
    '팀장님이 `kubectl delete deploy/cart-api -n production` 보내셨는데 이게 뭐예요?',
    'fyi I already ran `k rollout undo deploy/ledger-api -n stg`, nothing to do',
    '누가 `kubectl rollout restart deploy/worker -n production` 붙여 넣었는데 실행하지 마세요.',
    'This is what I will run myself later: `k scale deploy/worker --replicas=9 -n prod`.',
    'kubectl delete deploy/kiosk-web --all-namespaces',
    'kubectl rollout restart deploy/worker --replicas=4 -n staging',
    '`kubectl delete pod worker-6d8f7-abcde -n staging` 해 주세요.',
  ])('%j: a kubectl line asked about, told as done, refused, kept or not read runs nothing', (command) => {
    expect(isClearReading(said(command))).toBe(false);
  });

  it('"운영꺼 ㅇㅇ 스테이징 아님" answers the place with production, and the app then completes it there', () => {
    const [, place, app] = turns(['재시작 ㄱㄱ 알림 안 와', '운영꺼 ㅇㅇ 스테이징 아님', 'worker 말한 거']);
    expect(place.entities.environment).toBe('production');
    expect(app.entities).toMatchObject({ app: 'worker', environment: 'production' });
  });
});
