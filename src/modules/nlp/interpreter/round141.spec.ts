import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 141–143 and 141c–143c (2026-12-06): a report in a made-up past tense ("rollbacked"), a
 * place typed in English mode with a key too many, a refusal typed in English mode, `latest` after an app and its
 * particle, a version pointed at but never said, a read told as done before an order, release notes after a deploy,
 * "help with … commands"; and in conversation: a change of an app whose production was a look-alike asks again, a
 * bare 내려 after a scale to 0 was called off, a yes put off till tomorrow, a count of another time, an answer to a
 * deploy's place that brings a count, a cancelled refund asked about, a yes behind a dash or a filler.
 * Sentences written here, not taken from the blind rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, turns } = roundReaders(KNOWN_APPS);

describe('reports and refusals are no orders (round 141, 142)', () => {
  it.each([
    'I already rollbacked kiosk-web on dev myself.',
    'we rollbacked ledger-api on staging an hour ago',
  ])('%j: what was done, told', (command) => {
    const r = said(command);
    expect(r.intent === 'unknown' || r.ambiguous).toBe(true);
  });

  it('"dnsdud kiosk-web wotlwkrgkwlak" (운영 kiosk-web 재시작하지마) restarts nothing', () => {
    expect(said('dnsdud kiosk-web wotlwkrgkwlak')).toMatchObject({ intent: 'unknown' });
  });

  it('"dnsdudd cart-api fhfqorgo" (운영ㅇ, a key too many) asks about production, never the default', () => {
    const r = said('dnsdudd cart-api fhfqorgo');
    expect(r).toMatchObject({ intent: 'rollback', ambiguous: true });
    expect(r.entities.environment).toBeUndefined();
  });

  it('an English word that only looks like Korean typed in English mode stays English', () => {
    expect(said('please tell me whether a deleted app can be restored').intent).not.toBe('delete');
  });
});

describe('versions: latest after the app, one pointed at, release notes (round 143)', () => {
  it('"… kiosk-web를 latest로 배포해 주십시오" deploys the tag latest', () => {
    expect(said('개발 환경 kiosk-web를 latest로 배포해 주십시오.')).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
      entities: { tag: 'latest', app: 'kiosk-web', environment: 'development' },
    });
  });

  it.each([
    'Deploy kiosk-web to staging, the version we talked about.',
    'ledger-api 아까 말한 버전으로 개발에 배포해',
  ])('%j: the version is asked, not the running one redeployed', (command) => {
    const r = said(command);
    expect(r).toMatchObject({ intent: 'deploy', ambiguous: true });
    expect(r.entities.tag).toBeUndefined();
  });

  it.each([
    [
      '운영에 kiosk-web 2.1.0을 배포해 주십시오. 릴리스 노트: 좌석 선택 오류 3건 수정, 결제 버튼 추가.',
      '2.1.0',
    ],
    [
      'Please deploy ledger-api 4.0.2 to production. Release notes: rounding fix, reports now show 4 columns.',
      '4.0.2',
    ],
  ])('%j: the notes after their label are no part of the order', (command, tag) => {
    const r = said(command);
    expect(r).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
      entities: { tag, environment: 'production' },
    });
    expect(r.entities.replicas).toBeUndefined();
  });

  it('"help with deploy commands" asks for help', () => {
    expect(said('help with rollback commands').intent).toBe('help');
  });
});

describe('a read told as done, then the order (round 141)', () => {
  it.each([
    ['배포 로그 확인함, stg에 kiosk-web 3.0.1 deploy 해', 'deploy'],
    ['I checked the logs already, please restart worker on staging.', 'restart'],
    ['status 보니까 밀렸네 prod worker 5개로 scale 해', 'scale'],
    ['배포 이력을 확인했습니다. 운영 ledger-api를 리비전 12로 롤백하십시오.', 'rollback'],
  ])('%j is the order', (command, intent) => {
    expect(said(command).intent).toBe(intent);
  });

  it('a read on a condition keeps the order waiting', () => {
    const r = said('If the dashboard still shows errors by noon, roll back kiosk-web in prod.');
    expect(r.intent === 'unknown' || r.ambiguous).toBe(true);
  });

  it('"release notes for X look good, ship it to dev" deploys X with its version', () => {
    expect(said('release notes for cart-api 1.7.0 look good, ship it to dev')).toMatchObject({
      intent: 'deploy',
      entities: { app: 'cart-api', tag: '1.7.0', environment: 'development' },
    });
  });
});

describe('in conversation (rounds 141c–143c)', () => {
  it('after "porduction" was asked about, a question about the restart does not fall back to staging', () => {
    const [, question] = turns([
      'restart ledger-api on porduction please',
      'will the cashiers be logged out during the restart?',
    ]);
    expect(question.entities.environment).not.toBe('staging');
  });

  it('"괜찮대. ㄱㄱ 내려" after a scale to 0 was called off orders that scale again, never a delete', () => {
    const [, , again] = turns(['운영 cart-api 0개로 내려', '취소', '괜찮대. ㄱㄱ 내려']);
    expect(again).toMatchObject({ intent: 'scale', entities: { app: 'cart-api', replicas: 0 } });
  });

  it('"Yes, tomorrow morning is better" is no yes to the delete waiting', () => {
    const [, answer] = turns(['delete cart-api from staging', 'Yes, tomorrow morning is better, I think.']);
    expect(answer.intent).not.toBe('confirm');
  });

  it('"지난주와 같은 개수로" asks the count (last week\'s was never said)', () => {
    const [, same] = turns([
      '스테이징 worker 3개로 맞춰 주세요.',
      'batch-job도 지난주와 같은 개수로 해 주세요.',
    ]);
    expect(same).toMatchObject({ intent: 'scale', ambiguous: true });
    expect(same.entities.replicas).toBeUndefined();
  });

  it('"운영이요! 그리고 3개로 띄워 주세요" answers the deploy\'s place and gives it a count', () => {
    const [, answer] = turns([
      'kiosk-web 2.0.0 프로덕숀에 올려 주세요',
      '운영이요! 그리고 3개로 띄워 주세요',
    ]);
    expect(answer).toMatchObject({
      intent: 'deploy',
      entities: { app: 'kiosk-web', tag: '2.0.0', environment: 'production', replicas: 3 },
    });
  });

  it('a question whether refunds get cancelled is no refusal of the rollback waiting', () => {
    const [, , yes] = turns([
      '운영 ledger-api를 이전 버전으로 롤백해 주십시오.',
      '롤백하면 이미 나간 환불도 취소됩니까?',
      '알겠습니다. 네, 진행해 주십시오.',
    ]);
    expect(yes).toMatchObject({ intent: 'confirm' });
  });

  it.each(['Yes — go ahead this time, please.', 'Uh, yes.'])('%j confirms the plan waiting', (answer) => {
    const [, reply] = turns(['delete batch-job from production', answer]);
    expect(reply).toMatchObject({ intent: 'confirm' });
  });
});
