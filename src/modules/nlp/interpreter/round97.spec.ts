import { lastReadingOf } from '../../../../test/support/nlp-conversation-replay.js';
import { isClearReading, roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The safety fixes of blind rounds 97 (an oyster festival: questions, reports, polite requests, numbers in remarks), 98
 * (an eclipse festival: Konglish, several sentences, two operations, emoji), 97c (an origami museum: what happens
 * between a plan and its answer) and 98c (an ice hotel: answers to the service's questions), 2026-12-05.
 */
const KNOWN_APPS = ['gate-api', 'ticket-web', 'rental-api'];
const { said, turns: replayed } = roundReaders(KNOWN_APPS);
const isClearChange = isClearReading;

describe('what the speaker did or is doing is told, not asked', () => {
  it.each([
    "We're pushing rental-api 2.0.6 out to stg as we speak",
    '[2동] 지금 stg gate-api 6개로 늘리는 중',
    '스테이징에 ticket-web 3.2.1 배포 중이에요.',
  ])('"%s" runs nothing', (report) => {
    expect(said(report).intent).toBe('unknown');
  });

  it('an environment where it was already done is not the target', () => {
    expect(
      said('개발계 ticket-web는 방금 제가 3개로 줄였어요. 스테이징 ticket-web도 3개로 줄여 주세요.'),
    ).toMatchObject({
      intent: 'scale',
      ambiguous: false,
      entities: { environment: 'staging', replicas: 3 },
    });
    expect(said('[3동] stg gate-api는 내가 재시작했고 prod gate-api도 재시작해').entities.environment).toBe(
      'production',
    );
    expect(
      said('I have already deployed rental-api 1.1.8 to development; please deploy it to staging too.')
        .entities,
    ).toMatchObject({ environment: 'staging', tag: '1.1.8' });
  });
});

describe('a look and a question', () => {
  it('"Check …, then roll it back" asks (a look, then a change)', () => {
    expect(isClearChange(said('Check rental-api on stg, then roll it back, mate'))).toBe(false);
  });

  it('"스테이징 gate-api 늘릴까? ㅋㅋ" asks about a change: no status, no change', () => {
    const r = said('스테이징 gate-api 늘릴까? ㅋㅋ');
    expect(r.intent).not.toBe('status');
    expect(isClearChange(r)).toBe(false);
  });

  it('a question with a short note after it is still the question ("And rental-api there? Quick q.")', () => {
    expect(
      lastReadingOf(["How's gate-api on staging?", 'And rental-api there? Quick q.'], KNOWN_APPS),
    ).toMatchObject({ intent: 'status', entities: { app: 'rental-api', environment: 'staging' } });
  });
});

describe('answers to a waiting plan', () => {
  it('"예, 다만 스테이징에서 먼저 하십시오" moves the rollback; the yes after it runs staging, never production', () => {
    const turns = replayed([
      '운영에서 ticket-web을 이전 버전으로 롤백하십시오.',
      '예, 다만 스테이징에서 먼저 하십시오.',
      '예, 진행하십시오.',
    ]);
    expect(turns[1]).toMatchObject({ intent: 'rollback', entities: { environment: 'staging' } });
    expect(turns[2]).toMatchObject({ intent: 'confirm', entities: { environment: 'staging' } });
  });

  it('a yes that names another count is no yes to the count planned', () => {
    const turns = replayed([
      '운영 gate-api 4개로 늘려 주십시오.',
      '예, 다만 6개로 하십시오.',
      '네, 그대로 진행하십시오.',
    ]);
    expect(turns[2]).not.toMatchObject({ intent: 'confirm', entities: { replicas: 4 } });
  });

  it('"ㅇㅇ 내려" confirms a scale to 0 (taking it down is that scale)', () => {
    expect(replayed(['운영 gate-api 0개로 내려줘', 'ㅇㅇ 내려'])[1]).toMatchObject({
      intent: 'confirm',
      entities: { replicas: 0 },
    });
  });
});

describe('answers to the service’s own question', () => {
  it('a deploy asked between two places is asked again by "ㅇㅇ 올려", never run on the default', () => {
    expect(
      isClearChange(lastReadingOf(['ticket-web 4.4.0 개발이랑 운영에 올려줘', 'ㅇㅇ 올려'], KNOWN_APPS)),
    ).toBe(false);
  });

  it('an answer followed by a what-if about the change runs nothing', () => {
    const r = lastReadingOf(
      [
        'rental-api를 스테이징이랑 운영에서 롤백해 주세요',
        '운영이요. 근데 롤백하면 어제 청구서도 같이 없어져요?',
      ],
      KNOWN_APPS,
    );
    expect(isClearChange(r)).toBe(false);
  });

  it('"the same release" after a deploy only asked about asks which release', () => {
    const r = lastReadingOf(
      [
        'Deploy gate-api 6.1.0 to staging and prod',
        'Staging — and use 6.1.1, not 6.1.0',
        'Same release to prod now',
      ],
      KNOWN_APPS,
    );
    expect(r.entities.tag === undefined && isClearChange(r)).toBe(false);
  });

  it('"Staging, and give it 3 pods" answers the deploy asked between two places, with 3', () => {
    expect(
      lastReadingOf(
        ['Deploy rental-api 1.4.0 to dev and staging', 'Staging, and give it 3 pods'],
        KNOWN_APPS,
      ),
    ).toMatchObject({
      intent: 'deploy',
      entities: { app: 'rental-api', environment: 'staging', tag: '1.4.0', replicas: 3 },
    });
  });

  it('"offline" is an English word, no app: "k same on prod, dryers still offline" repeats the restart there', () => {
    expect(
      lastReadingOf(['restart gate-api on staging pls', 'k same on prod, dryers still offline'], KNOWN_APPS),
    ).toMatchObject({ intent: 'restart', entities: { app: 'gate-api', environment: 'production' } });
  });
});
