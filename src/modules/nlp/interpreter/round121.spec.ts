import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 121–124 and 121c–124c (2026-12-06): addresses and references pasted around an order
 * (links, hosts, e-mail addresses, paths, ticket keys, channels), other software's versions, machine sizes and vote
 * tallies (never a tag or a count), dates of a later day, a commit (no tag), suggestions and another assistant's wake
 * word (no order), a dictation's slips (versions said aloud, split verbs, a place cut off, this service's wake word),
 * and in conversation: "라이브" as the live show, "the same place", the same count for "that one too", a look at an
 * app picked from the service's question, a delete the conversation only named for another app, a release put off and
 * then ordered, and "back to the first one".
 */
const KNOWN_APPS = ['kiln-api', 'kite-web', 'worker', 'batch-job'];
const { said, isClearChange, turns } = roundReaders(KNOWN_APPS);

describe('addresses and references around an order (round 121)', () => {
  it.each([
    ['PROD-2231 건으로 kiln-api 재시작해 주세요', { app: 'kiln-api' }],
    ['restart worker, the page came from alerts@prod.example.kr', { app: 'worker' }],
    [
      'https://staging.example.com/cart returns 502, restart kite-web on dev',
      { app: 'kite-web', environment: 'development' },
    ],
    [
      '~/charts/prod/values.yaml 은 그대로 두고 개발 batch-job 재시작해',
      { app: 'batch-job', environment: 'development' },
    ],
    ['restart kiln-api on staging, details in #release-prod', { app: 'kiln-api', environment: 'staging' }],
  ])('"%s" is the order alone, no production from the address', (command, entities) => {
    const r = said(command);
    expect(r.intent).toBe('restart');
    expect(r.ambiguous).toBe(false);
    expect(r.entities).toEqual(expect.objectContaining(entities));
    expect(r.entities.environment).not.toBe('production');
  });

  it('an image reference stays an image, and an app named in a link is still named', () => {
    expect(said('deploy ghcr.io/acme/kite-web:v2.6.0 to prod').entities).toMatchObject({
      app: 'kite-web',
      tag: 'v2.6.0',
    });
    expect(
      said('pr https://git.example.com/acme/kite-web/pull/233 merged, is it on staging?').entities.app,
    ).toBe('kite-web');
  });

  it('"once JIRA-91 is merged" still waits', () => {
    expect(isClearChange('deploy kiln-api 2.4.1 to stg once JIRA-91 is merged')).toBe(false);
  });
});

describe('numbers that are neither a tag nor a count (rounds 121–123)', () => {
  it('another software version is no tag: "api v2 unaffected", "postgres 16"', () => {
    const r = said('worker dev to 3 replicas pls, api v2 unaffected');
    expect(r.intent).toBe('scale');
    expect(r.entities).toMatchObject({ app: 'worker', replicas: 3 });
    expect(r.entities.tag).toBeUndefined();
    expect(said('postgres 16 올린 뒤로 stg kite-web 로그 보여줘').entities.lines).toBeUndefined();
  });

  it.each(['운영 worker 노드 5대로 늘려', 'bump worker cpu to 8 cores on staging'])(
    '"%s" (machines, not replicas) runs nothing',
    (command) => expect(isClearChange(command)).toBe(false),
  );

  it('"투표 결과 4대 1로 …" is a tally, not a count', () => {
    const r = said('투표 결과 4대 1로 롤백입니다. 운영 kiln-api를 롤백하십시오.');
    expect(r.intent).not.toBe('scale');
    expect(r.entities.replicas).toBeUndefined();
  });

  it('a commit is no tag: asked; "commit sha-…" is the image tag', () => {
    const r = said('개발 kiln-api를 커밋 9f8e7d6 시점으로 되돌려 주세요');
    expect(r.ambiguous).toBe(true);
    expect(r.entities.tag).toBeUndefined();
    expect(said('kite-web commit sha-0c1d2e3 dev에 배포해').entities.tag).toBe('sha-0c1d2e3');
  });
});

describe('later days, suggestions and other assistants (rounds 121, 123, 124)', () => {
  it.each([
    '4/2 밤에 운영 kiln-api 롤백하자',
    '2031-04-02에 운영 kiln-api 롤백해',
    'roll back kiln-api on prod on 2031-04-02',
    '개막식 들어가기 직전에 운영 kite-web 6개로 늘려 주세요',
    "i'd bump worker on dev to 3",
    '벤더가 kiln-api 4개 권장한대',
    'Hey Siri, restart worker on dev.',
    '시리야 worker 재시작해',
    'we roll back kiln-api on staging yesterday',
  ])('"%s" runs nothing', (command) => expect(isClearChange(command)).toBe(false));

  it('an order beside "I\'d" that is not a suggestion still runs', () => {
    expect(
      isClearChange("I'd really appreciate it if you could scale kite-web to 3 replicas on staging"),
    ).toBe(true);
    expect(isClearChange("Roll kiln-api on prod back to revision 58. I'd already restarted it")).toBe(true);
    expect(isClearChange('We should restart worker in production. Please do it now.')).toBe(true);
  });
});

describe("a dictation's slips (round 124)", () => {
  it.each([
    ['kite-web 운영에 v 2.3 올려', 'v2.3'],
    ['kiln-api 버전 이 점 영 점 일 스테이징에 배포해 주세요', '2.0.1'],
    ['deploy kite-web one point two point three to staging', '1.2.3'],
  ])('"%s" deploys %s', (command, tag) => {
    expect(said(command).entities.tag).toBe(tag);
  });

  it('"hey klepaas" addresses this service; "role back" and "re start" are the verbs', () => {
    expect(isClearChange('hey klepaas restart kiln-api on dev')).toBe(true);
    expect(said('hey klepaas role back kiln-api in prod').intent).toBe('rollback');
    expect(said('re start kite-web on dev').intent).toBe('restart');
  });

  it('"프로 덕션" is production asked about; "Deploy kite-web 2.1.1 to." asks the place', () => {
    const r = said('프로 덕션 kiln-api 롤백해 주세요');
    expect(r.ambiguous).toBe(true);
    expect(isClearChange('Deploy kite-web 2.1.1 to.')).toBe(false);
    expect(isClearChange('bump kiln-api to v3.1.0')).toBe(true);
  });
});

describe('conversations (rounds 121c–124c)', () => {
  it('"라이브 방송" and "라이브 결제" are the live show, not production', () => {
    const [, restart] = turns([
      'kite-web staging 상태 봐 줘',
      '한 번 더 restart 해 줘, kite-web. 라이브 결제가 밀려.',
    ]);
    expect(restart).toMatchObject({ intent: 'restart', entities: { environment: 'staging' } });
  });

  it('"that one too, to the same count" scales the app just asked about, where it was asked', () => {
    const [, , , same] = turns([
      '운영 kiln-api 상태 봐',
      '6개로 늘려',
      'worker는 어때?',
      '걔도 같은 수로 맞춰',
    ]);
    expect(same).toMatchObject({
      intent: 'scale',
      entities: { app: 'worker', replicas: 6, environment: 'production' },
    });
  });

  it('"첫 번째 것도 봐 주세요" to "which app should I restart?" is a look, not the restart', () => {
    const [, , look] = turns([
      '스테이징 kiln-api랑 kite-web 상태 보여 주세요',
      '그거 재시작해 주세요',
      '첫 번째 것도 봐 주세요',
    ]);
    expect(look).toMatchObject({ intent: 'status', entities: { app: 'kiln-api' } });
  });

  it('"응 지워" after a delete was put aside for another app\'s restart deletes nothing unasked', () => {
    const [, , yes] = turns(['운영 batch-job 지워', '잠깐, 그 전에 kite-web 재시작해', '응 지워']);
    expect(yes.intent === 'delete' && !yes.ambiguous).toBe(false);
  });

  it('a release put off ("… 5.3.0 배포는 중계 끝나고") is the version the later order deploys', () => {
    const [, now] = turns([
      'kite-web 5.3.0 스테이징 배포는 중계 끝나고 해 주세요',
      '중계 끝났어요, kite-web 배포해 주세요',
    ]);
    expect(now).toMatchObject({ intent: 'deploy', entities: { app: 'kite-web', tag: '5.3.0' } });
  });

  it('"back to the first one" is the first app of the conversation', () => {
    const [, , back] = turns([
      'Scale kiln-api to 4 on staging',
      'how is worker on staging?',
      'Anyway, back to the first one. Make it 6.',
    ]);
    expect(back).toMatchObject({ intent: 'scale', entities: { app: 'kiln-api', replicas: 6 } });
  });

  it('"1번으로 돌아가" (a step, not a revision) asks', () => {
    const [, back] = turns(['worker 재시작해', '1번으로 돌아가']);
    expect(back.intent === 'rollback' && !back.ambiguous).toBe(false);
  });
});

describe('dry runs and previews (round 125)', () => {
  it.each([
    'dry-run deploy kite-web 2.3.0 to prod',
    'rollback kiln-api on stg --dry-run',
    'Please simulate a rollback of kiln-api on staging.',
    'show me the patch for scaling batch-job to 0 on staging',
    '운영 worker를 10개로 늘리는 것을 드라이 런으로만 확인해 주십시오.',
    'kite-web 스테이징 9개로 늘리는 거 테스트로만 돌려 봐',
  ])('"%s" runs nothing (asked)', (command) => expect(isClearChange(command)).toBe(false));

  it('a dry run waved off or already done leaves the order', () => {
    expect(isClearChange('skip the dry run, deploy kite-web v3.2.0 to prod')).toBe(true);
    expect(isClearChange('no --dry-run this time, restart worker on dev')).toBe(true);
    expect(isClearChange('deploy kiln-api v3.8.0 to staging before the settlement dry run')).toBe(true);
    expect(isClearChange('restart kiln-api on staging pls, the invoice preview is blank')).toBe(true);
  });
});

describe('markdown, quotes and emoji (round 126)', () => {
  it('struck-through words are withdrawn; emphasis and zero-width spaces read as the words', () => {
    expect(said('개발에 kite-web ~~5.1.2~~ 5.1.3 배포해 주세요.').entities.tag).toBe('5.1.3');
    expect(said('Delete **worker** from the dev environment.').entities.app).toBe('worker');
    expect(said('개\u200b발 batch-job 재시작해 주세요.').entities.environment).toBe('development');
    expect(isClearChange('Restart `worker` on ~~prod~~.')).toBe(false);
  });

  it("a quoted message of someone else's orders nothing; a place given as an emoji is asked", () => {
    expect(isClearChange('> 민수: kite-web 운영 배포해 줘 ← 이거 민수가 한 말임 ㅋㅋ')).toBe(false);
    expect(isClearChange('Scale `kiln-api` on 🔥 to **4**.')).toBe(false);
  });
});

describe('conversations (rounds 122c, 125c, 106c)', () => {
  it('"네 go 해 주세요, 봉사자들 다 기다려요" confirms (people waiting is no wait)', () => {
    const [, , yes] = turns([
      '운영 worker 로그 보여 주세요',
      '재시작해 주세요',
      '네 go 해 주세요, 봉사자들 다 기다려요.',
    ]);
    expect(yes.intent).toBe('confirm');
  });

  it('"frontend도 worker와 같은 개수로" scales the one compared, not the one compared with', () => {
    const r = said('kite-web도 worker와 같은 개수로 맞춰 주십시오.');
    expect(r.entities.app).toBe('kite-web');
  });

  it('"… 해도 된대" (someone says it may be done) runs nothing', () => {
    expect(isClearChange('kite-web 운영 배포해도 된대')).toBe(false);
  });
});

describe('"still live" (round 127c)', () => {
  it('"… still live there" is a state, not production', () => {
    const r = said('Delete kiln-api from staging; the old order form is still live there.');
    expect(r.entities.environment).toBe('staging');
  });
});
