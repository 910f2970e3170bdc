import { CHANGE_INTENTS } from './intents.js';
import { interpret } from './interpreter.js';

/**
 * The safety fixes of blind rounds 76 and 76c (a racing park's Grand Prix Sunday; an aquarium on Children's Day,
 * 2026-12-05); new sentences.
 */
const KNOWN_APPS = ['odds-api', 'tote', 'gate-board'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });
const clearChange = (command: string) => {
  const r = said(command);
  return CHANGE_INTENTS.has(r.intent) && !r.ambiguous;
};

describe('what is heard, tried, waited on or taken back runs nothing', () => {
  it.each([
    'Heard the stewards pushed tote 4.1.1 to staging overnight.',
    '하객 여러분 앞에서 tote 운영 재시작해 봤는데 그대로네요',
    '축가 중에 또 멈추면 odds-api 스테이징 롤백 부탁드립니다',
    '피로연 끝나는 대로 gate-board 개발에서 삭제해 주세요',
    'At post time for race seven, scale tote in production to 20.',
    'tote 스테이징 10개로 늘려 줘요, 아니 됐어요 관객 다 갔어요',
    'odds-api 운영 롤백해 줘요~ 아 아니에요, 노래 다시 할게요 냅둬요',
    "Restart tote on staging, or no, leave it, it's finishing strongly.",
  ])('%s', (command) => expect(clearChange(command)).toBe(false));
});

describe('production stretched, mistyped or copied is asked about', () => {
  it.each([
    'odds-api 4.1.1 우운영에 배포해 줘요~',
    'tote 4.1.1 운엵에 배포해 주세요',
    'odds-api 운영 목업 벽에 올려 주세요',
  ])('%s', (command) => {
    expect(said(command).entities.environment).not.toBe('production');
    expect(clearChange(command)).toBe(false);
  });
});

describe('counts', () => {
  it('"한 개씩 더" is relative (asked); "10개씩" for two apps stays each one\'s count', () => {
    expect(clearChange('tote 운영 한 개씩 더 늘려 줘요')).toBe(false);
    expect(said('tote랑 odds-api 운영 10개씩 늘려줘').entities.replicas).toBe(10);
  });
});
