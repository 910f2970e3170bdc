import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * Classes of phrasing found on blind rounds 66, 66c, 67 and 67c (a steelworks relighting its blast furnace, a city
 * museum's night opening, a riverside night market, a citrus co-op's gift-box day: a furnace crew chief, a taekwondo
 * master, a rowing cox, a bell-ringer; a stage magician, a silent-film narrator, a tower captain, a square-dance
 * caller; a stall keeper, a mukbang streamer, a floor manager, a backpacker; a mechanic, an estate agent, a race
 * engineer, a tennis umpire) — the safety fixes of their unsafe readings; new sentences.
 */
const KNOWN_APPS = ['kiln-api', 'stall-web', 'tally-job'];
const { said, isClearChange, replay, environmentsOf } = roundReaders(KNOWN_APPS);

describe('rounds 66–67: the safety fixes', () => {
  it('an order after "After vespers,", "Next band night," or "…다 먹고 나서 / 마치고 나서 재시작" waits', () => {
    for (const later of [
      'After vespers, deploy kiln-api 2.0.0 to production.',
      'Next band night, delete tally-job from dev.',
      '점심 다 먹고 나서 kiln-api 1.2.0 운영에 올려 주세요',
      'stall-web은 회의 마치고 나서 재시작해 주세요.',
    ])
      expect([later, isClearChange(later)]).toEqual([later, false]);
    // "after that" is the next step, now; an operation then another asks which
    expect(isClearChange('After that, restart stall-web on staging')).toBe(true);
    expect(said('kiln-api 스테이징에 배포하고 나서 재시작도 해줘')).toMatchObject({
      intent: 'deploy',
      ambiguous: true,
    });
  });

  it('"the logs …, twenty lines" answers no question about a deploy: it is the logs read', () => {
    const [, , logs] = replay([
      'scale kiln-api to 4 on staging',
      'Now 6. Push, push.',
      'And the logs from that run, twenty lines.',
    ]);
    expect(logs.slice(1)).toEqual(['logs', { app: 'kiln-api', environment: 'staging', lines: 20 }, false]);
  });

  it('영운, "파란 띠 서버의 X" and "운영 가안 쪽에" are production look-alikes', () => {
    const lookalikes = [
      '영운 kiln-api 재시작해 주세요',
      '파란 띠 서버의 stall-web 재시작',
      '운영 가안 쪽에 stall-web 배포해 주세요',
    ];
    expect(environmentsOf(lookalikes)).toEqual(lookalikes.map((c) => [c, true, undefined]));
  });
});

describe('rounds 66–67: what the train splits taught', () => {
  it('"tour buses" ask no help; a record that stopped coming in is no history read; "cut X down to N" scales', () => {
    expect(said('Scale kiln-api on prod up to 5, the tour buses are here').intent).toBe('scale');
    expect(said('give me a tour').intent).toBe('help');
    expect(said('정산 기록이 안 들어와요, kiln-api 운영 재시작해 주세요').intent).toBe('restart');
    expect(said('kiln-api 배포 기록 보여줘').intent).toBe('history');
    expect(said('Cut stall-web on staging down to 3').entities.replicas).toBe(3);
  });

  it('"six, not eight" after a scale corrects the count, as "6, not 8" does', () => {
    const [, corrected] = replay(['scale kiln-api on prod to eight', 'Sorry, miscalled — six, not eight.']);
    expect(corrected.slice(1)).toEqual([
      'scale',
      { app: 'kiln-api', environment: 'production', replicas: 6 },
      false,
    ]);
  });
});
