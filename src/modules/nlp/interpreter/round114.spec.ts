import { isClearReading, roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The safety fixes of blind rounds 114–120 and 114c–120c (2026-12-06): orders passed on to someone else or waiting
 * on an "unless", full-width letters and romanized refusals, a verb used as a modifier in a remark, an undo after a
 * scale (a count, never a rollback), sarcasm, places described by who uses them, a yes on a condition, a read while a
 * delete waits, a revision corrected in the same message, compound reads, versions undone or only dated, and answers
 * to the service's question that fit none of its options; places we do not have (copies, regions, namespaces, slots).
 */
const KNOWN_APPS = ['kiln-api', 'kite-web', 'worker', 'batch-job'];
const { said, isClearChange, turns, answersTo } = roundReaders(KNOWN_APPS);

describe('orders that are not ours to run now', () => {
  it.each([
    '야간 당직자에게 개발 환경에 kiln-api 3.8.1을 배포하도록 지시해 주십시오.',
    '관객이 몰리지 않는 한 스테이징 worker를 두 개로 줄이십시오.',
    'kite-web 올려 둔 채 셔터만 닫는 거랑 비슷하네요.',
    'prod kite-web rollback hajima',
  ])('"%s" changes nothing', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it('"… 올려 둬" is still an order, and "올려 둔 거 재시작해줘" restarts', () => {
    expect(said('kite-web 스테이징에 올려 둬').intent).toBe('deploy');
    expect(isClearChange('kite-web 스테이징에 올려 둬')).toBe(true);
    expect(said('kite-web 스테이징에 올려 둔 거 재시작해줘').intent).toBe('restart');
  });
});

describe('full-width letters and romanized Korean', () => {
  it('a full-width question mark asks; full-width names, places and counts read as typed in ASCII', () => {
    expect(said('Can you roll back batch-job on dev？').ambiguous).toBe(true);
    const status = said('Status of ｋｉｌｎ－ａｐｉ on ｐｒｏｄ?');
    expect(status.intent).toBe('status');
    expect(status.entities).toMatchObject({ app: 'kiln-api', environment: 'production' });
    expect(said('Scale worker on staging to ５').entities.replicas).toBe(5);
  });

  it('"dev-eseo" is 개발에서', () => {
    expect(said('batch-job dev-eseo sakje haejwo').entities.environment).toBe('development');
  });
});

describe('undo after a scale (round 115c)', () => {
  it('"원래대로 돌려" after a scale that was asked about is a scale asked, never a rollback', () => {
    const read = turns(['지금 스테이징 worker가 2개인데 6개로 늘려 주세요', '원래대로 돌려 주세요']);
    expect(read[1].intent).toBe('scale');
    expect(read[1].ambiguous).toBe(true);
  });

  it('"처음 숫자로 돌려놔라" goes back to the first count of the conversation', () => {
    const read = turns([
      '개발 kiln-api 1개로 줄여라.',
      '아니 3개로 올려.',
      '5개로 해.',
      '처음 숫자로 돌려놔라.',
    ]);
    expect(read[3]).toMatchObject({ intent: 'scale', entities: { replicas: 1, app: 'kiln-api' } });
  });

  it('"방금 거 undo" after one scale asks the count', () => {
    const read = turns(['batch-job staging 5개인데 2개로 scale down 해 주세요', '방금 거 undo 해 주세요']);
    expect(read[1].intent).toBe('scale');
    expect(read[1].ambiguous).toBe(true);
  });

  it('"이전 배포로 롤백" after a restart is the rollback it names', () => {
    const read = turns(['restart kite-web on staging', '이전 배포로 롤백해 주세요. 원래대로요.']);
    expect(read[1].intent).toBe('rollback');
  });
});

describe('another app "this time" (round 115c)', () => {
  it('"이번엔 batch-job로." repeats the last change for that app, and "운영에서도" follows it', () => {
    const read = turns(['스테이징 kiln-api 5개로 맞춰라.', '이번엔 batch-job로.', '운영에서도 그렇게 해라.']);
    expect(read[1]).toMatchObject({ intent: 'scale', entities: { app: 'batch-job', replicas: 5 } });
    expect(read[2].entities.app).toBe('batch-job');
  });
});

describe('a remark while a scale to zero waits (round 114c)', () => {
  it('"아 그렇구나, tripod에 올려 둔 채 …" confirms nothing', () => {
    const [[, reply]] = answersTo('dev kiln-api 0으로 scale down 해 줘요', [
      '아 그렇구나, tripod에 올려 둔 채 셔터만 닫는 거랑 비슷하네요.',
    ]);
    expect(reply).not.toBe('confirm');
  });
});

describe('a place left to memory (round 115c)', () => {
  it.each([
    'kite-web 2.0.0을 어제 올린 데에 그대로 deploy 해 주세요',
    'deploy kite-web 2.0.0 to the same place as yesterday',
  ])('"%s" asks which environment', (command) => {
    const r = said(command);
    expect(r.entities.environment).toBeUndefined();
    expect(r.ambiguous).toBe(true);
  });
});

describe('versions someone else said, and "the original version" (rounds 114, 115c)', () => {
  it('"The director said 1.16.1, but deploy … 1.16.2" deploys 1.16.2; "…3.1.0이라고 하셨는데 … 3.2.0" too', () => {
    expect(said('The director said 1.16.1, but deploy kiln-api 1.16.2 to staging').entities.tag).toBe(
      '1.16.2',
    );
    expect(said('팀장님은 3.1.0이라고 하셨는데 kiln-api 3.2.0 스테이징에 올려').entities.tag).toBe('3.2.0');
  });

  it('"기본판" (a basic edition) is no production look-alike', () => {
    expect(said('kiln-api staging에 3.4.2 배포해 주세요, 화면 기본판이에요.').entities.environment).toBe(
      'staging',
    );
  });

  it('"원래 version으로 돌려" after two releases in the conversation asks which', () => {
    const read = turns([
      'kiln-api staging에 3.4.2 deploy 해 주세요',
      '이제 3.5.0으로 올려 주세요',
      '원래 version으로 돌려 주세요',
    ]);
    expect(read[2].intent).toBe('rollback');
    expect(read[2].ambiguous).toBe(true);
  });
});

describe('sarcasm (round 116)', () => {
  it.each([
    '그럼 kiln-api 100개로 scale out 하죠 뭐, 돈이 남아도니까',
    'sure, roll back kite-web on prod, because the last rollback fixed everything right',
    "Sure mate, bounce worker on prod again, fourth time's the charm eh",
    'Go on then mate, scale kiln-api to a thousand pods, money grows on trees',
  ])('"%s" changes nothing', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it('an order with a plain reason still runs', () => {
    expect(isClearChange('bounce worker on prod, it fixed the leak last time')).toBe(true);
  });
});

describe('places described by who uses them (round 117)', () => {
  it.each([
    ['실사이트에 kite-web 4.2.1 올려', true],
    ['Please roll back kiln-api on the real site.', true],
    ['Please restart kiln-api where the restaurants actually place their orders.', true],
    ['scale worker down to 2 on the box real orders go through thx', true],
    ['Please deploy batch-job 1.0.1 to the test server.', false],
    ['QA가 쓰는 데 kiln-api 2.0.6 올려줘', false],
  ])('"%s" asks which place, never the default (a production look-alike: %s)', (command, production) => {
    const r = said(command);
    expect(r.ambiguous).toBe(true);
    expect(r.entities.environment).toBeUndefined();
    expect(r.clarification ?? '').toMatch(production ? /production|운영/ : /environment|환경/);
  });
});

describe('answers while a change waits (round 116c)', () => {
  it.each(['네, 전시실에 관람객이 없으면 해 주세요.', 'ㅇㅇ prod 아니면 해', 'yes, if the hall is empty'])(
    '"%s" (a yes on a condition) does not run the waiting restart',
    (answer) => {
      const [[, reply]] = answersTo('운영 kite-web 재시작해 주세요', [answer]);
      expect(reply).not.toBe('confirm');
    },
  );

  it('"네, 해 주세요. 마감 전에 끝나면 좋겠어요." (a hope after the yes) confirms', () => {
    expect(answersTo('운영 kite-web 재시작해 주세요', ['네, 해 주세요. 마감 전에 끝나면 좋겠어요.'])).toEqual(
      [['네, 해 주세요. 마감 전에 끝나면 좋겠어요.', 'confirm']],
    );
  });

  it('"Show me kiln-api on staging, just to see …" while a delete waits is never the delete', () => {
    const read = turns([
      'Delete kiln-api from staging',
      "Show me kiln-api on staging, just to see it's still breathing",
    ]);
    expect(isClearReading(read[1])).toBe(false);
    expect(read[1].intent).not.toBe('delete');
  });
});

describe('a revision corrected in the same message (round 117c)', () => {
  it.each([
    ['운영 kiln-api 리비전 31로 롤백해 주십시오. 아니, 30으로 하십시오.', 30],
    ['roll back worker on prod to revision 7, no, 6', 6],
  ])('"%s" rolls back to %i', (command, revision) => {
    expect(said(command).entities.revision).toBe(revision);
  });
});

describe('compound messages (round 118)', () => {
  it('"… 3.4.0 무르고 3.3.9로 되돌려" rolls back to 3.3.9, the version undone is no target', () => {
    expect(said('방금 올린 kite-web 3.4.0 무르고 3.3.9로 되돌려 주세요, 스테이징이요').entities.tag).toBe(
      '3.3.9',
    );
  });

  it.each([
    'logs + status for kiln-api prod',
    '먼저 운영 kite-web 상태 보여 주시고 그 다음에 로그도 보여 주세요',
    '앱 목록 보여주고 kite-web 상태도',
  ])('"%s" (two reads) asks which', (command) => {
    expect(said(command).ambiguous).toBe(true);
  });

  it('"등록된 모든 애플리케이션과 각각 어느 환경에 떠 있는지" is one list', () => {
    const r = said('등록된 모든 애플리케이션과 각각 어느 환경에 떠 있는지 정리해 주세요.');
    expect([r.intent, r.ambiguous]).toEqual(['list', false]);
  });

  it('"어제 올린 7.1.3부터 이럼" dates a problem, it deploys nothing', () => {
    expect(isClearChange('batch-job staging 정산 batch임. 어제 올린 7.1.3부터 이럼')).toBe(false);
  });
});

describe("answers that fit none of the service's options (round 119c)", () => {
  it('"The other one, …" is no count of one', () => {
    const read = turns([
      'Scale kiln-api to 5 on dev and staging',
      'The other one, not the one from this morning.',
    ]);
    expect(read[1].entities.replicas).not.toBe(1);
  });

  it('"스테이징. 근데 마지막 비행 끝나고 해." waits: nothing runs now', () => {
    const read = turns([
      'batch-job 개발이랑 스테이징 둘 다 재시작해',
      '스테이징. 근데 마지막 비행 끝나고 해.',
    ]);
    expect(isClearReading(read[1])).toBe(false);
  });

  // since round 135c the service's question stays open past one turn it could not read: the answer completes it with
  // the version asked for
  it('"그러면 스테이징에 올려 주십시오" after a question in between deploys the version asked for, never what runs now', () => {
    const read = turns([
      'kite-web 4.3.1을 개발과 스테이징에 배포해 주십시오.',
      '스테이징이 무엇입니까?',
      '그러면 스테이징에 올려 주십시오.',
    ]);
    expect(read[2]).toMatchObject({
      intent: 'deploy',
      entities: { app: 'kite-web', environment: 'staging', tag: '4.3.1' },
    });
  });
});

describe('places we do not have (round 120)', () => {
  it.each([
    '스테이징2에 kite-web 3.2.1 배포해 주세요.',
    'dev2 batch-job 재시작해줘',
    '스테이징-B 환경에 worker 3개로 줄여 주세요.',
    'deploy kiln-api 2.0.4 to stg2',
    'Please deploy kiln-api 1.8.1 to the eu cluster.',
    'ap-northeast-2에 kiln-api 3개로 맞춰',
    'default 네임스페이스에서 batch-job 삭제해 주세요.',
    'kube-system 네임스페이스에 있는 worker 재시작해 주세요.',
    '그린 환경 kite-web 재시작해 주세요.',
    '카나리 쪽 kiln-api 2개로 줄여',
  ])('"%s" asks which environment, never runs', (command) => {
    const r = said(command);
    expect(r.entities.environment).toBeUndefined();
    expect(isClearChange(command)).toBe(false);
  });

  it.each([
    ['prod 1개로 kiln-api 줄여', 'production'],
    ['remove kiln-api from staging, we moved it to the new cluster', 'staging'],
    ['restart batch-job on devv', 'development'],
  ])('"%s" stays in its environment (%s)', (command, environment) => {
    expect(said(command).entities.environment).toBe(environment);
  });
});

describe('repeated orders (round 120c)', () => {
  it('"제가 cart-api라고 썼네요" (an apology for a typo) names no target', () => {
    const read = turns([
      'kiln-api staging restart 해 주세요',
      '아니 kite-web이라고 했잖아요!! kite-web restart요.',
      '아 죄송해요, 제가 kiln-api라고 썼네요 ㅋㅋ',
    ]);
    expect(isClearReading(read[2])).toBe(false);
  });

  it('"네 내려 주세요." while a scale to 0 waits confirms it, never a delete', () => {
    expect(answersTo('운영 kiln-api 0개로 내려 주세요, 확인 받았어요.', ['네 내려 주세요.'])).toEqual([
      ['네 내려 주세요.', 'confirm'],
    ]);
  });
});
