import { isClearReading, roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 221–229 and 221c–229c (2026-12-07): a version dictated in Korean with its particle, "question
 * mark" said before a word of address; counts per zone and pods told beside the count a scale goes to; an app left out
 * ("X만 빼고 전부", "…, bar X") or taken back for a description; "all three environments"; someone else's voice ("Per
 * Priya: …") and request ("… 지워 달라고 합니다"); a Korean condition ("…없는 경우에만", "…않다면"); "네 대기열" is
 * no count; a configuration alone is asked back; memory and CPU are no deploy; romanized production is asked about;
 * "I mean scale …" after a deploy scales; "those two" asks; a rollback to before a holiday or to an hour's deploy
 * asks the revision. Sentences written here, not taken from the rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, isClearChange, turns } = roundReaders(KNOWN_APPS);

describe('dictation (round 221)', () => {
  it('a Korean version said aloud keeps its particle out of the tag', () => {
    expect(said('운영 ledger-api를 이 점 사 점 영으로 롤백해 주십시오.')).toMatchObject({
      intent: 'rollback',
      entities: { tag: '2.4.0' },
    });
  });

  it('"question mark" before a word of address makes it a question: asked', () => {
    expect(isClearChange('can you restart worker on dev question mark please')).toBe(false);
  });
});

describe('counts that are not the target (round 222)', () => {
  it.each([
    '운영 kiosk-web 가용 영역마다 3개씩 띄워 주세요.',
    'scale worker on prod to 2 per AZ',
    'all 4 worker pods on staging are maxed out, scale it to 9',
  ])('%j asks the count', (command) => {
    const r = said(command);
    expect(r).toMatchObject({ intent: 'scale', ambiguous: true });
    expect(r.entities.replicas).toBeUndefined();
  });

  it('counts per zone with their total said scale to the total', () => {
    expect(said('운영 worker 존마다 3개씩, 합쳐서 9개로 맞춰 주세요.')).toMatchObject({
      intent: 'scale',
      ambiguous: false,
      entities: { replicas: 9 },
    });
  });

  it('"cut … in half" is a relative count: asked, unless the result is said', () => {
    expect(said('cut cart-api on staging in half, it runs 6 now')).toMatchObject({ ambiguous: true });
    expect(said('cut cart-api on staging in half, from 6 to 3')).toMatchObject({
      intent: 'scale',
      entities: { replicas: 3 },
    });
  });
});

describe('scope and exceptions (round 223)', () => {
  it.each([
    '스테이징 앱을 worker만 빼고 전부 2개로 맞춰 주세요.',
    'scale everything on dev to 1, bar cart-api',
  ])('%j never takes the app left out', (command) => {
    const r = said(command);
    expect(r.entities.app).toBeUndefined();
    expect(isClearReading(r)).toBe(false);
  });

  it('"all three environments" asks the place', () => {
    const r = said('roll back kiosk-web across all three environments');
    expect(r.ambiguous).toBe(true);
    expect(r.entities.environment).toBeUndefined();
  });
});

describe('voices, requests and conditions (rounds 223c, 225, 226)', () => {
  it.each([
    'Per Mina: restart worker on prod.',
    'From the CTO: roll back ledger-api on prod now.',
    '물류팀에서 스테이징 cart-api를 지워 달라고 합니다. 테스트 데이터가 섞인다는 이유입니다.',
    '정산이 돌고 있지 않다면 운영 batch-job을 재시작해 주십시오.',
    '주문이 없는 경우에만 운영 kiosk-web을 재시작해 주세요.',
    '운영 ledger-api 재시작해 주십시오. 아, ledger-api가 아니라 정산 쪽입니다.',
  ])('%j runs nothing', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it('"네 대기열 …" counts no four', () => {
    expect(said('운영 worker 네 대기열 처리 늘려 주세요').entities.replicas).toBeUndefined();
  });
});

describe('configuration, resources and romanized Korean (rounds 227, 229)', () => {
  it('a configuration alone is asked back with its values', () => {
    const r = said('kiosk-web:\n  image:\n    tag: 3.2.1\n  env: staging');
    expect(r).toMatchObject({ intent: 'deploy', ambiguous: true, entities: { tag: '3.2.1' } });
  });

  it('words that adopt the values make them the order', () => {
    expect(
      said('Apply these for ledger-api on staging:\nimage:\n  tag: 1.4.2\nreplicaCount: 3'),
    ).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
      entities: { tag: '1.4.2', replicas: 3 },
    });
  });

  it.each(['운영 worker 메모리 4Gi로 올려 주세요', 'bump kiosk-web cpu to 2 cores on staging'])(
    '%j is no deploy or scale',
    (command) => {
      expect(said(command).intent).toBe('unknown');
    },
  );

  it('romanized production is asked about, never taken', () => {
    const r = said('woonyoung-e ledger-api jaesijak haejwo');
    expect(r.ambiguous).toBe(true);
    expect(r.entities.environment).toBeUndefined();
  });

  it('a version refused with "not the" is never the tag', () => {
    expect(said('deploy kiosk-web to staging, not the 3.2.0 in the chart but 3.2.1').entities.tag).toBe(
      '3.2.1',
    );
  });
});

describe('conversations (rounds 226c, 228c, 229c)', () => {
  it('"I mean scale …" after a deploy scales, never redeploys', () => {
    const [, fixed] = turns([
      'Deploy cart-api 2.0.1 on dev',
      'Sorry, I mean scale cart-api on dev to 3 pods.',
    ]);
    expect(fixed).toMatchObject({ intent: 'scale', entities: { replicas: 3 } });
    expect(fixed.entities.tag).toBeUndefined();
  });

  it('"그 두 개" after two apps asks which', () => {
    const [, , both] = turns([
      '운영 worker 상태 보여 주세요',
      '운영 batch-job 로그도 보여 주세요',
      '그 두 개를 재시작해 주세요',
    ]);
    expect(isClearReading(both)).toBe(false);
  });

  it.each([
    '스테이징 ledger-api를 추석 직전 버전으로 롤백해 주세요',
    'kiosk-web 4시 배포분으로 롤백해',
    'roll back worker on staging to the one from before yesterday',
  ])('%j asks the revision', (command) => {
    expect(said(command)).toMatchObject({ intent: 'rollback', ambiguous: true });
  });
});
