import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * Classes of phrasing found on blind rounds 56, 56c, 57 and 57c (a bike-share festival, a K-pop ticket sale, a
 * hospital's booking site after 추석, food delivery on a typhoon evening: a sports commentator, a home-shopping host, a
 * surfer, Spanglish; a rapper, a weather caster, Franglais; a TV chef, a taxi driver, telegraphese, a zoomer; a
 * kindergarten teacher, a doctor, police dispatch, the American South) — the safety fixes of their unsafe readings;
 * new sentences.
 */
const KNOWN_APPS = ['dock-api', 'rent-web', 'meter-job'];
const { said, isClearChange, answersTo, environmentsOf } = roundReaders(KNOWN_APPS);

describe('rounds 56–57: the safety fixes', () => {
  it('an operation named as the subject of a remark orders nothing; a count said before it is the order', () => {
    expect(
      said('Take dock-api on production from 8 pods to 2. The rollback at noon is confirmed good.'),
    ).toMatchObject({
      intent: 'scale',
      ambiguous: false,
      entities: { replicas: 2, environment: 'production' },
    });
    for (const remark of [
      'rent-web on staging to 5, the restart talk is over',
      'meter-job on dev to 3, and the rollback chat was fun',
    ])
      expect([remark, isClearChange(remark) && said(remark).intent !== 'scale']).toEqual([remark, false]);
  });

  it('a read asked first is the read, whatever change a later sentence names; a scale named beside a rollback in a clause of its own is no scale', () => {
    expect(said('Send dock-api prod logs. restart at noon no change.')).toMatchObject({ intent: 'logs' });
    expect(said('Rollback rent-web staging. No scale change needed.')).toMatchObject({
      intent: 'rollback',
      ambiguous: false,
    });
    expect(said('meter-job 개발 롤백 부탁드립니다, 스케일은 건드리지 마세요')).toMatchObject({
      intent: 'rollback',
    });
    // "롤백 스케일 다운" in one clause still scales
    expect(said('dock-api 롤백 스케일 다운 3개로').intent).toBe('scale');
    expect(isClearChange('Rollback meter-job staging Wednesday. No rush.')).toBe(false);
  });

  it('an order followed by when it will be done waits', () => {
    for (const later of [
      'rent-web 운영에 배포해 주세요, 눈이 그친 뒤에요.',
      'meter-job 운영 재시작해 주세요. 단, 회의 끝나고 하겠습니다.',
      'Restart dock-api on prod, but only after the morning huddle.',
      "Scale rent-web on prod to 6, but I'm fixin' to do that after the game.",
    ])
      expect([later, isClearChange(later)]).toEqual([later, false]);
    // one operation after another is no time
    expect(said('dock-api 재시작한 뒤에 3개로 늘려').intent).not.toBe('unknown');
  });

  it('production described, copied or typed two keys off is asked about, never taken', () => {
    const lookalike = [
      'dock-api 운욛 재시작해 주세요',
      'rent-web 운영3군 다섯 개로 늘려 주세요',
      '운영 리믹스에 meter-job 배포해',
      '대리 운영 dock-api 재시작',
      '메인 홀 서버의 rent-web 재시작해 주세요',
      'meter-job 헤드라이너 서버에서 재시작',
      'restart dock-api on the main server',
      'scale rent-web to 4 on the fan side.',
      'redémarre meter-job sur le serveur principal, restart it',
      'Oye, ¿cómo va rent-web en el server principal?',
    ];
    expect(environmentsOf(lookalike)).toEqual(lookalike.map((c) => [c, true, undefined]));
    // 상동 (ditto) and 운영 in plain words stay what they are
    expect(said('dock-api 운영 재시작해 주세요')).toMatchObject({
      ambiguous: false,
      entities: { environment: 'production' },
    });
  });
});

describe('rounds 56–57: the voices', () => {
  it('Spanglish, telegraphese and a zoomer order and read as they mean', () => {
    expect(said('Oye, reinicia dock-api en staging, porfa')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
      entities: { app: 'dock-api', environment: 'staging' },
    });
    expect(said('Borra meter-job de dev, porfa')).toMatchObject({
      intent: 'delete',
      entities: { app: 'meter-job', environment: 'development' },
    });
    expect(said('Dale, sube rent-web en staging a ocho réplicas')).toMatchObject({
      intent: 'scale',
      ambiguous: false,
      entities: { replicas: 8, environment: 'staging' },
    });
    expect(isClearChange('Mira, no le hagas rollback a rent-web en staging')).toBe(false);
    expect(said('RESTART dock-api STAGING IMMED STOP LOGINS FAILING STOP')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
      entities: { app: 'dock-api', environment: 'staging' },
    });
    expect(said('yeet meter-job off dev fr')).toMatchObject({
      intent: 'delete',
      entities: { app: 'meter-job', environment: 'development' },
    });
    // "yeet X onto staging" throws it on: a deploy
    expect(said('yeet rent-web 1.2.0 onto staging').intent).toBe('deploy');
  });

  it('the Korean voices: a host, a commentator, a driver, a doctor', () => {
    expect(said('놓치지 마세요, dock-api 스테이징 로그요!')).toMatchObject({
      intent: 'logs',
      ambiguous: false,
    });
    expect(said('rent-web 스테이징 재시작 가시죠!')).toMatchObject({ intent: 'restart', ambiguous: false });
    expect(said('meter-job 1.4.0 개발에 올리쇼, 손님')).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
      entities: { tag: '1.4.0', environment: 'development' },
    });
    expect(said('스테이징 dock-api 6개로 증량하세요.')).toMatchObject({
      intent: 'scale',
      ambiguous: false,
      entities: { replicas: 6 },
    });
    // 사태 (a situation) is no 상태 mistyped
    expect(said('품절 사태 전에 rent-web 운영 롤백해 주세요!').intent).toBe('rollback');
  });

  it("each voice's yes confirms the waiting plan, its no refuses it", () => {
    const yeses = [
      'Play on!',
      "D'accord, allez-y.",
      '옳지, 진행해요~',
      '처방대로 진행하세요.',
      '10-4, proceed.',
    ];
    expect(answersTo('운영 dock-api 재시작해 주세요', yeses)).toEqual(yeses.map((a) => [a, 'confirm']));
    const noes = ['10-22, disregard.', 'Lord, no. Hush now.', '투약 중단하세요.'];
    expect(answersTo('운영 dock-api 재시작해 주세요', noes)).toEqual(noes.map((a) => [a, 'cancel']));
  });
});
