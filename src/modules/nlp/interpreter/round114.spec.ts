import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The safety fixes of blind rounds 114–115 and 114c–115c (2026-12-06): orders passed on to someone else or waiting
 * on an "unless", full-width letters and romanized refusals, a verb used as a modifier in a remark, and an undo after
 * a scale (a count, never a rollback).
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
