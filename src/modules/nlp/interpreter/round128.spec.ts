import { isClearReading, roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 128–129 and 128c–129c (2026-12-06): machine output pasted on lines of its own orders
 * nothing (a bot's "rollback complete" under "fyi"), while "이거 재시작해줘" under it points at the one app it names;
 * recommendations, "at 5 …", a preview asked first, a pull request's preview namespace, an emoji or "pro" for the
 * place, "live 스코어"; and in conversation: the former and the latter, the other one, the one asked about first, an
 * app called by the word the conversation put before its name, "order-api도 같은 수로", "hold production until …";
 * and speech written down (rounds 130 and 130c): fillers, words repaired on the spot, a message trailing off.
 */
const KNOWN_APPS = ['loan-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, isClearChange, turns } = roundReaders(KNOWN_APPS);

describe('machine output pasted into a message (round 128)', () => {
  it.each([
    'rollback complete: cart-api staging now at revision 12\nfyi',
    'klepaas: deploy of batch-job 0.14.1 to production succeeded (revision 44)\nThanks, that is what we wanted.',
    '[FIRING:2] KubePodCrashLooping namespace=production pod=worker-7d8-abcq\nheads up, already on it',
    'auto-rollback triggered: kiosk-web production 2.8.0 → 2.7.4\n방금 이거 뜸',
  ])("a paste with no order of the person's own runs nothing: %j", (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it("the person's own order under a paste is read alone", () => {
    const r = said(
      'NAME   READY   STATUS   RESTARTS   AGE\nbatch-job-6f8c9d-x7wq2   0/1   CrashLoopBackOff   5   12m\n운영 batch-job 재시작해줘',
    );
    expect(r).toMatchObject({ intent: 'restart', ambiguous: false });
    expect(r.entities).toMatchObject({ app: 'batch-job', environment: 'production' });
  });

  it('"이거", "bounce it" under a paste point at the one app (and place) it names', () => {
    expect(
      said(
        '$ kubectl get pods -n staging\nworker-9c4-tt8s   0/1   CrashLoopBackOff   7   20m\n이거 재시작해줘',
      ).entities,
    ).toEqual({ app: 'worker', environment: 'staging' });
    expect(said('loan-api (production): Back-off restarting failed container\nbounce it')).toMatchObject({
      intent: 'restart',
      entities: { app: 'loan-api', environment: 'production' },
    });
  });

  it('a single-line message is never taken for a paste', () => {
    expect(said('rollback loan-api on staging').intent).toBe('rollback');
  });
});

describe('orders that are not orders yet (rounds 122–126, 129; read for the safety fix)', () => {
  it.each([
    'at 5 scale kiosk-web on prod to 9 thx',
    'Run a simulated restart of loan-api in production, please.',
    'Dry run first, then do it for real: scale worker on staging to 8.',
    '운영 kiosk-web 4.2.0은 드라이런을 먼저 돌리고 이어서 실제로 배포하십시오.',
    '스테이징 kiosk-web을 5개로 바꿀 때 보낼 요청을 먼저 보여 주십시오.',
    '운영 cart-api replicas 6개 추천',
    'My recommendation would be two replicas of worker on development.',
    'I recommend restarting loan-api on staging before anything else.',
  ])('%j runs nothing', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it('a dry run already done leaves the order as it is', () => {
    expect(isClearChange('dry run passed, now deploy kiosk-web 2.0.1 to staging for real')).toBe(true);
  });

  it.each(['delete loan-api from pr-preview-88', 'worker 🔥에서 재시작해 줘', 'Roll back batch-job on pro'])(
    '%j asks the place, never the default',
    (command) => {
      const r = said(command);
      expect(r.ambiguous).toBe(true);
      expect(r.entities.environment).toBeUndefined();
    },
  );

  it('"live 스코어" is the live score, not production', () => {
    expect(said('(중계차) live 스코어 loan-api 재시작해').entities.environment).toBe('staging');
  });
});

describe('conversations that point back (rounds 128c–129c)', () => {
  it('the former and the latter are the two apps a read named together, in their place', () => {
    const [, former, , latter] = turns([
      'How are cart-api and loan-api holding up on prod?',
      'Scale the former to 4.',
      'ok',
      '후자 로그 30줄 보여 줘',
    ]);
    expect(former).toMatchObject({
      intent: 'scale',
      entities: { app: 'cart-api', environment: 'production', replicas: 4 },
    });
    expect(latter).toMatchObject({
      intent: 'logs',
      entities: { app: 'loan-api', environment: 'production' },
    });
  });

  it('"아니 후자 말고 전자" picks the former; "the other one" is the one not talked about since', () => {
    const [, , fixed] = turns([
      '운영 kiosk-web이랑 worker 상태 같이',
      '후자 재시작해',
      '아니 후자 말고 전자',
    ]);
    expect(fixed).toMatchObject({ intent: 'restart', entities: { app: 'kiosk-web' } });
    const [, , , other] = turns([
      'check loan-api and cart-api on prod',
      'Restart cart-api.',
      'yes',
      'Now the other one, same thing.',
    ]);
    expect(other).toMatchObject({
      intent: 'restart',
      entities: { app: 'loan-api', environment: 'production' },
    });
  });

  it('"the former" answering which of two places is a place', () => {
    const [, former] = turns(['deploy kiosk-web to dev and staging', 'the former']);
    expect(former).toMatchObject({
      intent: 'deploy',
      entities: { app: 'kiosk-web', environment: 'development' },
    });
  });

  it('"처음에 물어본 거" is the first app asked about, never the last one', () => {
    const [, , , first] = turns([
      '운영 batch-job 상태',
      '스테이징 cart-api 상태',
      '스테이징 worker 로그',
      '처음에 물어본 거 재시작해',
    ]);
    expect(first).toMatchObject({
      intent: 'restart',
      entities: { app: 'batch-job', environment: 'production' },
    });
  });

  it('an app called by the word put before its name; a word in a remark calls nothing', () => {
    const [, , called] = turns([
      '스테이징 로그인 loan-api 상태 봐 줘',
      '스테이징 전광판 kiosk-web 재시작해',
      '로그인 쪽 재시작해, 큐시트 열려야 돼',
    ]);
    expect(called).toMatchObject({
      intent: 'restart',
      entities: { app: 'loan-api', environment: 'staging' },
    });
    const [, remark] = turns(['운영 매점 cart-api 재시작해', '매점 점장님께 확인하겠습니다']);
    expect(isClearReading(remark)).toBe(false);
  });

  it('"order-api도 같은 수로" takes the count of the last scale', () => {
    const [, , same] = turns([
      '개발 cart-api랑 worker 상태 어때요?',
      'cart-api는 3개로 늘려 주세요',
      'worker도 같은 수로 맞춰 주세요',
    ]);
    expect(same).toMatchObject({
      intent: 'scale',
      entities: { app: 'worker', replicas: 3, environment: 'development' },
    });
  });

  it('"Actually no, hold production until …" moves nothing to production', () => {
    const [, , hold] = turns([
      'Deploy kiosk-web 2.4.1 to staging and production',
      'The first one, for now.',
      'Actually no, hold production until the monks sign off.',
    ]);
    expect(hold.intent === 'deploy' && !hold.ambiguous).toBe(false);
  });
});

describe('speech written down (rounds 130 and 130c)', () => {
  it.each([
    ['scale worker on staging to, uh, five', { app: 'worker', environment: 'staging', replicas: 5 }],
    [
      'Deploy kiosk-web 2.4.4 to staging — no wait, to dev.',
      { app: 'kiosk-web', environment: 'development', tag: '2.4.4' },
    ],
    [
      '스테이징 아니 운영 cart-api를 5개로 늘려 주세요.',
      { app: 'cart-api', environment: 'production', replicas: 5 },
    ],
    ['worker 아니 batch-job 스테이징 재시작해 주세요.', { app: 'batch-job', environment: 'staging' }],
    [
      'roll loan-api on stg back to revision 7 uh 6',
      { app: 'loan-api', environment: 'staging', revision: 6 },
    ],
    ['스테이징 worker 3개, 아니 4개로 늘려', { app: 'worker', environment: 'staging', replicas: 4 }],
  ])('%j is what the speaker ended up saying', (command, entities) => {
    const r = said(command);
    expect(r.ambiguous).toBe(false);
    expect(r.entities).toEqual(entities);
  });

  it('an operation taken back on the spot is never run: "Delete … — uh, no, just scale it to 2"', () => {
    expect(said('Delete loan-api on dev — uh, no, just scale it to 2.')).toMatchObject({
      intent: 'scale',
      entities: { app: 'loan-api', environment: 'development', replicas: 2 },
    });
    // a Korean operation repaired stays asked (round 11: "롤백, 아니 재시작")
    expect(isClearChange('운영 kiosk-web 재시작… 아 아니 롤백해 주세요.')).toBe(false);
  });

  it('"no rollback needed" after an order is no repair of it', () => {
    expect(said('Restart worker on staging — no rollback needed, just a spin.')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
    });
  });

  it('"not staging, I mean production" keeps the refusal', () => {
    const [, fixed] = turns(['restart worker on staging', 'Nyet, not staging, I mean production']);
    expect(fixed.entities.environment).toBe('production');
  });

  it.each([
    'delete batch-job from, um, the…',
    'Restart loan-api on, uh…',
    '매점 cart-api 1.9.3 배포해 주세요, 환경은 어…',
  ])('a place trailing off is asked, never the default: %j', (command) => {
    const r = said(command);
    expect(r.ambiguous).toBe(true);
    expect(r.entities.environment).toBeUndefined();
  });

  it('"version, um…" asks the version', () => {
    expect(said('Deploy kiosk-web to staging, version, um…').ambiguous).toBe(true);
  });

  it('a turn of fillers alone answers no waiting plan', () => {
    const [plan, fillers] = turns(['운영 cart-api 6개로 늘려', '음… 어…']);
    expect(plan.intent).toBe('scale');
    expect(fillers.intent).toBe('unknown');
  });
});
