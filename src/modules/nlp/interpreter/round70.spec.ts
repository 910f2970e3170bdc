import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * Classes of phrasing found on blind rounds 70 and 70c (a river outfitter's first warm weekend: a rafting guide, a
 * village mill owner, a fly-fishing guide, an arborist; a city-gas company's leak night: a bathhouse scrubber, a
 * pharmacist, a yacht skipper, a pub landlord) — the safety fixes of their unsafe readings, on new sentences.
 */
const KNOWN_APPS = ['raft-api', 'mill-web', 'cast-job'];
const { said, isClearChange, environmentsOf } = roundReaders(KNOWN_APPS);

describe('round 70: the safety fixes', () => {
  it('an order "다음 장날에 …" or after "After I rope down," waits', () => {
    for (const later of [
      '다음 장날에 raft-api 운영에 2.0.1 올려 줘',
      '다음 회의 때에 mill-web 재시작해 줘',
      'After we land the boats, give cast-job on production a restart.',
    ])
      expect([later, isClearChange(later)]).toEqual([later, false]);
    expect(isClearChange('다음에 말고 지금 raft-api 스테이징 재시작해 줘')).toBe(true);
  });

  it('운엩 and 운운영 (a syllable typed twice) are production look-alikes', () => {
    const lookalikes = ['raft-api 운엩 롤백해 줘', '운운영 mill-web 네 개로 맞춰 주세요'];
    expect(environmentsOf(lookalikes)).toEqual(lookalikes.map((c) => [c, true, undefined]));
  });

  it('"…, 처방 기록 보듯이요" compares; the logs asked are the read', () => {
    expect(said('운영 raft-api 로그 서른 줄 보여 주세요, 장부 기록 보듯이요.').intent).toBe('logs');
    expect(said('운영 raft-api 배포 기록 보여 주세요').intent).toBe('history');
  });

  it('"패들 내려!" orders the paddles down, not the app the next sentence names: asked', () => {
    expect(isClearChange('패들 내려! 운영 raft-api 롤백 절대 안 돼')).toBe(false);
    expect(isClearChange('운영 raft-api 내려 줘! 롤백은 절대 안 돼')).toBe(true);
  });

  it('a number in another sentence is no revision: "Set X to 10. Rollback is off today." does not roll back', () => {
    // the count set is read as the scale it is (since round 96: "<app> on <env> to N")
    expect(said('Set raft-api on production to 10. Rollback is off the table today.')).toMatchObject({
      intent: 'scale',
      entities: { replicas: 10 },
    });
    expect(said('Roll back raft-api on staging to revision 10.')).toMatchObject({
      intent: 'rollback',
      entities: { revision: 10 },
    });
  });
});
