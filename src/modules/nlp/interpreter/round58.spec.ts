import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * Classes of phrasing found on blind rounds 58, 58c, 59 and 59c (a ski resort's opening Saturday, a national park's
 * foliage weekend, a used-car auction's quarter-end, a university's registration morning: a snowboarder, a radio
 * DJ, a hotel concierge, a Montréal engineer; a mountain guide, a baduk player, a game streamer, a yoga teacher; a
 * used-car dealer, a baduk commentator, an auctioneer, a Boston mechanic; a teaching assistant, a stage manager, a
 * noir detective) and on rounds 56c–57c's train splits — the safety fixes of their unsafe readings; new sentences.
 */
const KNOWN_APPS = ['lift-api', 'rent-web', 'snow-job'];
const { said, isClearChange, replay, answersTo, environmentsOf } = roundReaders(KNOWN_APPS);

describe('rounds 58–59: the safety fixes', () => {
  it('an environment described as "<what it is to the writer> 서버" is asked about, never taken for the default', () => {
    const described = [
      '결승전 서버! lift-api! 재시작!',
      '본무대 리허설장 서버의 rent-web을 8개로 늘리세요.',
      'snow-job 생중계 서버 재시작 부탁드려요',
      '대기실 서버에서 lift-api 롤백해 주세요',
      'restart rent-web on the main stage',
    ];
    expect(environmentsOf(described)).toEqual(described.map((c) => [c, true, undefined]));
    // what an app does, or which of several servers, describes no environment; a named one is that one
    expect(said('결제 서버 lift-api 재시작해 주세요').entities.environment).toBe('staging');
    expect(said('개발 서버에 rent-web 배포해 주세요')).toMatchObject({
      ambiguous: false,
      entities: { environment: 'development' },
    });
  });

  it('production typed a key off in each syllable, or with its last letters off, is asked about', () => {
    const typo = ['은엉 lift-api 롤백해 주세요', 'rent-web 운얗 재시작 부탁합니다', 'snow-job 운엿 배포해줘'];
    expect(environmentsOf(typo)).toEqual(typo.map((c) => [c, true, undefined]));
    expect(said('lift-api 운영 재시작해 주세요').entities.environment).toBe('production');
  });

  it('an order put off until after something is done, or until something happens, waits', () => {
    for (const later of [
      '점심 먹고 와서 lift-api 스테이징 재시작해 주세요',
      '3쿼터 시작할 때 개발 snow-job 지워 주세요',
      '운영도 똑같이 해 주세요! 근데 손님들 빠지고 나서!',
      'Scale rent-web on prod to 9 tonight after the close.',
      'Restart lift-api on production at half nine, ta.',
    ])
      expect([later, isClearChange(later)]).toEqual([later, false]);
    // one operation after another, or a remark about another operation's time, is no delay of the order
    expect(isClearChange('개발 snow-job 한 개로 줄여줘, 삭제는 시즌 끝나고')).toBe(true);
    expect(isClearChange('Deploy rent-web 2.0.1 to dev. The restart can wait till tomorrow.')).toBe(true);
    expect(isClearChange("Scale lift-api on staging to 3, the site's quiet tonight")).toBe(true);
  });

  it('what was done and left so is a report, never an order', () => {
    for (const report of [
      '운영 lift-api는 아까 재시작해 뒀습니다.',
      'rent-web 스테이징에 올려 놨어요',
      'snow-job 개발에서 롤백해 두었습니다',
    ])
      expect([report, isClearChange(report)]).toEqual([report, false]);
    expect(isClearChange('lift-api 스테이징 재시작해 둬')).toBe(true);
  });

  it('an order after a condition said as "should the X persist" reads first and waits', () => {
    const r = said('Kindly check on lift-api in production, and should the errors continue, roll it back.');
    expect(r.intent).toBe('status');
    expect(
      isClearChange('Kindly look at lift-api in production, and should it fail again, roll it back.'),
    ).toBe(false);
    expect(isClearChange('Once the last skiers have boarded, restart rent-web on staging, please.')).toBe(
      false,
    );
  });

  it('a copy of production, a place in it or a server described in English is asked about', () => {
    const described = [
      '운영재탕 lift-api 재시작해 주세요',
      'rent-web 운영시승용 4개로 늘려 주세요',
      '운영 놀이터에서도 snow-job 재시작!',
      'Scale lift-api on the back office box to 6',
      'Bring rent-web up to 5 on the show floor.',
    ];
    expect(environmentsOf(described)).toEqual(described.map((c) => [c, true, undefined]));
    expect(said('운영 서버에서 lift-api 재시작해 주세요').entities.environment).toBe('production');
    expect(said('scale rent-web to 3 on the staging server').entities.environment).toBe('staging');
  });

  it('relative counts and remarks stay what they are', () => {
    expect(isClearChange('rent-web 스테이징 두 대만 더 붙여 주세요')).toBe(false);
    expect(said('scale lift-api down to 3 on production. Snow took out half the slopes.')).toMatchObject({
      intent: 'scale',
      ambiguous: false,
      entities: { replicas: 3 },
    });
    expect(isClearChange('scale lift-api to half on staging')).toBe(false);
  });

  it('"stop! retreat!" is no delete; 철수 deletes only what the sentence names', () => {
    const turns = replay(['운영 lift-api 로그 보여줘', '정지! 철수!']);
    expect(turns[1][1]).not.toBe('delete');
    expect(said('rent-web 스테이징 철수시켜')).toMatchObject({ intent: 'delete' });
  });

  it("a wait that asks for an app's status answers it and drops the plan", () => {
    const turns = replay([
      'restart lift-api on prod',
      'Hold on, show me lift-api status first.',
      'ok go ahead',
    ]);
    expect(turns.map((t) => t[1])).toEqual(['restart', 'status', 'unknown']);
  });
});

describe('rounds 58–59: the voices', () => {
  it("each voice's yes confirms the waiting plan, its no refuses it", () => {
    const yeses = [
      '착수하세요.',
      '장고 끝났습니다. 착수하세요.',
      '좋아! 출발!',
      'Beautiful. Flow into it.',
      'chat voted W. run it',
      'Do it, kid.',
      'Ten-four, proceed.',
      '처방대로 진행하세요. 환자 상태 양호합니다.',
    ];
    expect(answersTo('운영 lift-api 재시작해 주세요', yeses)).toEqual(yeses.map((a) => [a, 'confirm']));
    const noes = ['돌 던집니다.', '아니아니, 안 해요~', 'Cut that cue.', '스톱스톱 안 해요'];
    expect(answersTo('운영 lift-api 재시작해 주세요', noes)).toEqual(noes.map((a) => [a, 'cancel']));
  });

  it('Québécois, a concierge, an auctioneer and Boston order and read as they mean', () => {
    expect(said('Enweille, deploy rent-web 3.1.0 to prod asteure')).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
      entities: { environment: 'production', tag: '3.1.0' },
    });
    expect(isClearChange('redeploy pas lift-api in prod, c’est correct')).toBe(false);
    expect(said("Restaht snow-job on staging, it's wicked slow")).toMatchObject({
      intent: 'restart',
      entities: { environment: 'staging' },
    });
    expect(said('Deploy lift-api 4.0.0 to stage, do I hear a yep? Yep!')).toMatchObject({
      intent: 'deploy',
      entities: { tag: '4.0.0', environment: 'staging' },
    });
  });

  it('the Korean voices: a baduk player, a mountain guide, a doctor, a teacher', () => {
    expect(said('운영 lift-api랑 rent-web 형세 판단 부탁합니다.')).toMatchObject({ intent: 'status' });
    expect(said('점호! snow-job 이상 없나!')).toMatchObject({ intent: 'status' });
    expect(said('스테이징 snow-job은 절제하세요.')).toMatchObject({ intent: 'delete' });
    expect(said('우리 반 친구들 이름 다 보여 주세요~').intent).toBe('list');
    // Korean typed in English mode inside a Korean sentence
    expect(said('거기서 rent-web wotlwkr 해 주세요').intent).toBe('restart');
  });
});
