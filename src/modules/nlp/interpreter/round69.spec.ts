import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * Classes of phrasing found on blind rounds 68c, 69 and 69c (an art fair's preview morning; an island's
 * cherry-blossom weekend: a haenyeo diver, a barber, a jazz musician, a watchmaker; a thesis portal on deadline night:
 * a hair-salon owner, a carpenter, a divemaster, a darts caller) and the train splits' unsafe readings of earlier
 * rounds — on new sentences.
 */
const KNOWN_APPS = ['reel-api', 'chair-web', 'tide-job'];
const { said, isClearChange, environmentsOf } = roundReaders(KNOWN_APPS);

describe('rounds 68c–69c: the safety fixes', () => {
  it('a copy glued to staging or development ("스테이징양식장", "개발분교") is no environment: which one is asked', () => {
    for (const c of ['reel-api 스테이징양식장 재시작해 줘', 'chair-web 1.2.0 개발분교에 올려 주세요']) {
      const r = said(c);
      expect([c, r.ambiguous, r.entities.environment]).toEqual([c, true, undefined]);
    }
    expect(said('reel-api 스테이징 재시작해 줘').entities.environment).toBe('staging');
  });

  it('"운영 가발 쪽 X", 울녕 and "prod-replica to 4" are production look-alikes', () => {
    const lookalikes = [
      '운영 가발 쪽 reel-api 재시작해 주세요',
      '울녕에 chair-web 2.0.0 올려 주세요',
      'Scale chair-web on prod-replica to 4',
    ];
    expect(environmentsOf(lookalikes)).toEqual(lookalikes.map((c) => [c, true, undefined]));
    // production's own side ("운영 서버 쪽") is production
    expect(said('운영 서버 쪽 reel-api 재시작해 주세요').entities.environment).toBe('production');
  });

  it('"X 해 주면 내가 … 쏜다" offers a treat for it: asked, not done; "해 주면 감사" is a request', () => {
    expect(isClearChange('운영 reel-api 롤백해 주면 내가 커피 쏜다')).toBe(false);
    expect(isClearChange('운영 reel-api 롤백해 주면 감사하겠습니다')).toBe(true);
  });

  it('"Set X to N." then a remark about another operation sets the count', () => {
    expect(said('Set reel-api on production to 6. Rollback is not needed today.')).toMatchObject({
      intent: 'scale',
      entities: { app: 'reel-api', environment: 'production', replicas: 6 },
    });
  });
});

describe('rounds 68c–69c: what the train splits taught', () => {
  it('an English order before an event ("… before the umpires come out") is an order now', () => {
    expect(isClearChange('Restart reel-api on dev before the umpires come out.')).toBe(true);
    expect(isClearChange('Ship chair-web 1.4.0 to staging before the new ball.')).toBe(true);
    // a remark naming an operation "before" something orders nothing
    expect(said('Delete tide-job from staging. The restart we do before the match never helps.').intent).toBe(
      'delete',
    );
  });
});

describe('rounds 68c–69c: conversations', () => {
  const { replay } = roundReaders(KNOWN_APPS);

  it('"아니다, 여덟 개로요" to a waiting scale corrects its count (a Korean numeral as a digit would)', () => {
    const [, corrected] = replay([
      '운영 reel-api 여섯 개로 늘려 주세요',
      '아니다, 여덟 개로요. 손님이 더 왔어요.',
    ]);
    expect(corrected.slice(1)).toEqual([
      'scale',
      { app: 'reel-api', environment: 'production', replicas: 8 },
      false,
    ]);
  });

  it('"I\'ll" names no app "ll": "its logs" after it are the app\'s logs', () => {
    const [, logs] = replay([
      'Restart reel-api on staging',
      "Twenty lines of its logs, then; I'll read them later.",
    ]);
    expect(logs.slice(1)).toEqual(['logs', { app: 'reel-api', environment: 'staging', lines: 20 }, false]);
  });

  it('"there\'s a buyer shouting" names no place: it answers no question about which app', () => {
    const [, asked, remark] = replay([
      'Restart chair-web on prod',
      'not chair-web, reel-api or tide-job?',
      "there's a buyer shouting.",
    ]);
    expect(asked[3]).toBe(true);
    expect(remark.slice(1)).toEqual(['unknown', {}, true]);
  });
});
