import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * Classes of phrasing found on blind rounds 54, 54c, 55 and 55c (a kimchi-kit delivery platform in 김장 season, a
 * campsite booking site at the spring open: 평양 말투, a news anchor, ATC radio, Texan; 급식체, a monk's 법문, a pirate,
 * Geordie) — the safety fixes of their unsafe readings; new sentences.
 */
const KNOWN_APPS = ['slot-api', 'camp-web', 'pitch-job'];
const { said, isClearChange, replay } = roundReaders(KNOWN_APPS);

describe('rounds 54–55: the safety fixes', () => {
  it('"Come Tuesday, …" and "<an event> 뒤에 …" put the order off', () => {
    for (const later of [
      'Come Tuesday, delete pitch-job from dev.',
      '저녁 예불 뒤에 camp-web 운영 재시작하시게.',
      '새벽 배송 이후에 slot-api 스테이징 3개로 줄여',
    ])
      expect([later, isClearChange(later)]).toEqual([later, false]);
    // an operation before 뒤에/후에 is the first of two steps, not a time
    expect(said('slot-api 스테이징 배포 후에 운영도 배포')).toMatchObject({ ambiguous: true });
    expect(said('slot-api 재시작한 다음에 3개로 늘려').intent).not.toBe('unknown');
  });

  it('a copy of production said before 운영, or after it with a space, is asked about, never taken as production', () => {
    for (const copy of [
      '리허설 운영 slot-api 로그 보여주세요',
      '모의 운영 camp-web 재시작해',
      'pitch-job 운영짭 상태 어떰?',
      'camp-web 운영 견본에 배포해 주게',
    ]) {
      const r = said(copy);
      expect([copy, r.ambiguous, r.entities.environment]).toEqual([copy, true, undefined]);
    }
    // "운영 복제본" with a space is production's replicas
    expect(said('camp-web 운영 복제본 4개로 늘려줘')).toMatchObject({
      intent: 'scale',
      ambiguous: false,
      entities: { environment: 'production', replicas: 4 },
    });
  });

  it('메인섭, 갓섭 (the main server, said for production) are asked about', () => {
    for (const lookalike of ['slot-api 메인섭 재시작 ㄱㄱ', '갓섭 camp-web 롤백 ㄱㄱ 터질 각']) {
      const r = said(lookalike);
      expect([lookalike, r.ambiguous, r.entities.environment]).toEqual([lookalike, true, undefined]);
    }
  });

  it('a yes put off until an event ("…나가고 나서 하라우") does not confirm the waiting plan', () => {
    const [, answer] = replay(['운영 slot-api 8개로 늘리라우', '기래. 기런데 저녁 배송 나가고 나서 하라우.']);
    expect(answer[1]).not.toBe('confirm');
  });

  it('"restart it" after two apps were named in production stays in production; dialect words are no apps', () => {
    for (const order of ['restart it, the broken one.', "Och, restart it, the one that's gey drookit."]) {
      const [, asked, picked] = replay([
        'Show the logs of camp-web and pitch-job on prod, 30 lines.',
        order,
        'pitch-job.',
      ]);
      expect(asked.slice(1)).toEqual(['restart', { environment: 'production' }, true]);
      expect(picked.slice(1)).toEqual(['restart', { app: 'pitch-job', environment: 'production' }, false]);
    }
  });
});

describe('rounds 54–55: classes of their train splits', () => {
  it('radio numbers read out digit by digit, and a radio request or clearance is the order', () => {
    expect(said('Request scale of slot-api on staging to one fife.')).toMatchObject({
      intent: 'scale',
      ambiguous: false,
      entities: { app: 'slot-api', environment: 'staging', replicas: 15 },
    });
    expect(said('camp-web on prod, scale to niner, over.').entities.replicas).toBe(9);
    expect(said('Pitch-job on dev, you are cleared for restart.')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
    });
    // "unable to roll back" is a reason beside the order, no rollback
    expect(said('Restart camp-web on staging. Unable to roll back, nothing older there.')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
    });
    // a time said on the radio puts the order off
    const later = 'Roll back slot-api on staging at two-three-hundred tonight.';
    expect(isClearChange(later)).toBe(false);
  });

  it("a monk's 하게체 and 급식체 endings are orders; 그만두시게 refuses the waiting plan", () => {
    for (const order of [
      'camp-web 운영을 재시작하시게.',
      'pitch-job 스테이징을 재기동하게나.',
      'slot-api 개발 롤백하셈 ㅋㅋ',
    ])
      expect([order, isClearChange(order)]).toEqual([order, true]);
    expect(said('slot-api 스테이징을 세 개로 늘리시게.').entities.replicas).toBe(3);
    const [, no, yes] = replay(['운영의 camp-web을 지우시게.', '허허, 그만두시게.', '그리하시게.']);
    expect(no[1]).toBe('cancel');
    expect(yes[1]).not.toBe('confirm');
  });

  it('a pirate, a Texan and a Geordie: belay that cancels, "git rid of" deletes, "why aye" is yes', () => {
    expect(said('Git rid of pitch-job on staging.')).toMatchObject({ intent: 'delete', ambiguous: false });
    expect(replay(['delete pitch-job from dev', 'Belay that, matey.'])[1][1]).toBe('cancel');
    expect(replay(['delete pitch-job from dev', "Why aye, gan on wi' it."])[1][1]).toBe('confirm');
    // the flagship, the toon: production said another way — asked about
    const r = said('Deploy camp-web 2.1.0 to the flagship.');
    expect([r.ambiguous, r.entities.environment]).toEqual([true, undefined]);
  });
});

describe('rounds 54c–55c: answers to a waiting plan', () => {
  it('"no, leave production alone" refuses the plan on production — it does not correct it to production', () => {
    for (const no of [
      '아니, 운영은 그냥 둬.',
      '아니, 일없습네다. 운영은 기냥 두라우.',
      'no, leave prod alone.',
    ]) {
      const [, answer] = replay(['운영에 slot-api 5개로 늘려', no]);
      expect([no, answer[1]]).toEqual([no, 'cancel']);
    }
  });

  it('"roger" acknowledges and runs nothing; 일없습네다 and 불방입니다 refuse; a cue with 진행 confirms', () => {
    expect(replay(['roll back camp-web on prod', 'Roger, copy all.'])[1][1]).toBe('unknown');
    expect(replay(['roll back camp-web on prod', 'Roger that, execute.'])[1][1]).toBe('confirm');
    expect(replay(['운영 camp-web 재시작해', '일없습네다.'])[1][1]).toBe('cancel');
    expect(replay(['스테이징 pitch-job 삭제 바랍니다', '불방입니다.'])[1][1]).toBe('cancel');
    expect(replay(['운영 camp-web 재시작해', '큐. 진행 바랍니다.'])[1][1]).toBe('confirm');
  });

  it('a what-if about the waiting change ("지우면 … 날아갑니까?") is no read, and the plan still waits for its yes', () => {
    const [, whatIf, yes] = replay([
      '개발에 있는 pitch-job 지워줘',
      '지우면 배송 기록도 같이 날아갑니까?',
      '응, 지워',
    ]);
    expect(whatIf[1]).toBe('unknown');
    expect(yes.slice(1, 3)).toEqual(['confirm', { app: 'pitch-job', environment: 'development' }]);
  });

  it('"<place> 상황 전해 주시기 바랍니다" asks its status — never a repeat of the last order there', () => {
    const [, read] = replay(['camp-web v2.0.1 개발에 배포 바랍니다', '개발 쪽 상황 전해 주시기 바랍니다.']);
    expect(read.slice(1, 3)).toEqual(['status', { app: 'camp-web', environment: 'development' }]);
  });
});

describe('round 55: a refusal of another operation after the order, and orders put off', () => {
  it('"Divvent bother restartin\' it after" refuses only the restart; "bump X up to nine" scales', () => {
    expect(said("Put slot-api 7.3.6 on prod, man. Divvent bother restartin' it after, like.")).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
      entities: { app: 'slot-api', environment: 'production', tag: '7.3.6' },
    });
    expect(said('Bump pitch-job on staging up to nine, the texts are slow.')).toMatchObject({
      intent: 'scale',
      entities: { replicas: 9 },
    });
  });

  it('"…지우지 마시게" refuses; "the captain\'s log o\' X releases" is its history', () => {
    expect(said('pitch-job 운영은 지우지 마시게.')).toMatchObject({ intent: 'unknown' });
    expect(said("Read me the captain's log o' camp-web releases.")).toMatchObject({
      intent: 'history',
      entities: { app: 'camp-web' },
    });
  });

  it('"after we gan yem", "…예불 마치고 하시게" put the order off', () => {
    for (const later of [
      'Restart pitch-job on production after we gan yem, man.',
      'camp-web 운영 롤백은 저녁 예불 마치고 하시게.',
    ])
      expect([later, isClearChange(later)]).toEqual([later, false]);
  });
});
