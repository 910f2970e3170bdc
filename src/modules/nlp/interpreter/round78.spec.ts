import { lastReadingOf } from '../../../../test/support/nlp-conversation-replay.js';
import { CHANGE_INTENTS } from './intents.js';
import { interpret } from './interpreter.js';

/**
 * The safety fixes of blind rounds 78 and 78c (a fire-fall festival; a dried-persimmon festival, 2026-12-05); new
 * sentences.
 */
const KNOWN_APPS = ['anvil-api', 'bellows', 'ember-board'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });
const clearChange = (command: string) => {
  const r = said(command);
  return CHANGE_INTENTS.has(r.intent) && !r.ambiguous;
};
const lastOf = (...commands: string[]) => lastReadingOf(commands, KNOWN_APPS);

describe('hearsay, announcements, conditions and waits said after the order run nothing', () => {
  it.each([
    '누가 bellows 운영에 2.0.1 올렸다더라, 시장에서 들었어',
    '형님이 anvil-api 운영 롤백했다던데요',
    'Let me give bellows on staging a quick restart myself.',
    'anvil-api 운영 롤백해 줘, 불꽃이 또 튀면',
    'Roll back ember-board on prod, if the sparks fly again.',
    'Delete bellows from dev, unless the smith still needs it.',
    'Restart anvil-api on dev — hang on, the show is mid-act, not yet.',
    'The moment the last rocket is up, restart bellows on staging.',
    'bellows 운영에 배포해 주… 아니오, 좀 더 보고요',
    'bellows 스테이징 6개로 늘려 주소, 아이고 됐소, 없던 걸로 하소',
  ])('%s', (command) => expect(clearChange(command)).toBe(false));

  it('은엿 is a production look-alike, asked about', () => {
    expect(clearChange('은엿 bellows 재시작해 줘')).toBe(false);
  });
});

describe('still orders', () => {
  it.each([
    ['bellows 2.0.1 개발에 올려 주구려', 'deploy'],
    ['anvil-api 2.0.1 운영에 배포 좀 하자고', 'deploy'],
    ['Check bellows on prod, if it is still throwing errors roll it back', 'status'],
    ['bellows 재시작해 주세요, 로그인 화면', 'restart'],
    ['anvil-api 스테이징 배포해 주세요, 롤백은 없던 걸로 하고요', 'deploy'],
  ])('%s', (command, intent) => {
    const r = said(command);
    expect([r.intent, r.ambiguous]).toEqual([intent, false]);
  });
});

describe('a correction with a remark, a simile after the order', () => {
  it('"Correction: 3.0.2 — …" replaces the version, and "the same" then carries it', () => {
    const steps = [
      'Deploy anvil-api 3.0.1 to dev.',
      'Correction: 3.0.2 — wrong crate of nails.',
      'Now staging, same one.',
    ];
    expect(lastOf(...steps).entities).toMatchObject({ tag: '3.0.2', environment: 'staging' });
  });
  it('"…다섯 개로요, 쇠 두드리듯" scales', () => {
    const r = lastOf('bellows 스테이징 세 개로 맞춰 주세요', '이제 다섯 개로요, 쇠 두드리듯.');
    expect([r.intent, r.entities.replicas, r.ambiguous]).toEqual(['scale', 5, false]);
  });
});

describe('"put … at four" and "both"', () => {
  it('"Put X on staging at four" is no deploy', () => {
    expect(said('Put bellows on staging at four, the crowd is big.').intent).not.toBe('deploy');
  });
  it('"둘 다" / "both" after one of two apps was taken asks which, never runs the last one alone', () => {
    for (const both of ['둘 다 올려 주세요', 'Deploy both.']) {
      const r = lastOf('anvil-api랑 bellows 1.6.0 개발에 올려 주세요', 'bellows만 먼저요', both);
      expect(CHANGE_INTENTS.has(r.intent) && !r.ambiguous).toBe(false);
    }
  });
});
