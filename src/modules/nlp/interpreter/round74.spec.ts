import fc from 'fast-check';
import { CHANGE_INTENTS } from './intents.js';
import { interpret } from './interpreter.js';

/**
 * The safety fixes of blind rounds 74 and 74c (a moving company on a lucky moving day; a book town's fair,
 * 2026-12-05): orders taken back in more ways than "…가 아니고, 그냥 냅둬", and production typed with a loose letter
 * ("운ㅇ여") or named as a test copy before 에 ("운영 시험천에"); new sentences.
 */
const KNOWN_APPS = ['booking', 'tracker', 'invoices'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });
const clearChange = (command: string) => {
  const r = said(command);
  return CHANGE_INTENTS.has(r.intent) && !r.ambiguous;
};

describe('an order taken back later in the same message is no order', () => {
  const englishOrder = fc.constantFrom(
    'Restart booking on production',
    'Deploy tracker 2.1.0 to prod',
    'Scale invoices on prod to 10',
    'Delete tracker from staging',
  );
  const englishBack = fc.constantFrom(
    ' — no wait, a customer is on it right now. Leave it.',
    '. Actually, scratch that; the crew is still packing.',
    '. Wait, pass, forget I said anything.',
    '. No — I withdraw that, leave it be.',
    '. Hmm, never mind.',
  );
  const koreanOrder = fc.constantFrom(
    'booking 운영 롤백하자',
    'tracker 개발 삭제해 주십시오',
    'invoices 스테이징 재시작 부탁드립니다',
    'booking 운영 재시작해',
  );
  const koreanBack = fc.constantFrom(
    ', 는 무슨… 잔금 다 들어왔다 그냥 둬',
    '… 가 아니라 그냥 두십시오',
    '. 아 잠깐만요, 없던 일로 해 주세요',
    '… 아 아니다, 기사님들 문자 받는 중이다 냅둬',
  );

  it('English (generated)', () => {
    fc.assert(fc.property(englishOrder, englishBack, (o, back) => !clearChange(`${o}${back}`)));
  });

  it('Korean (generated)', () => {
    fc.assert(fc.property(koreanOrder, koreanBack, (o, back) => !clearChange(`${o}${back}`)));
  });

  it('what is left alone or not done is another thing: the order stands', () => {
    expect(said('Deploy invoices 3.1.0 to prod. No lies, nobody is deleting the old invoices')).toMatchObject(
      {
        intent: 'deploy',
      },
    );
    expect(said('restart booking on staging and leave tracker alone')).toMatchObject({ intent: 'restart' });
    expect(said('booking 스테이징 재시작해 주고 tracker는 그냥 둬')).toMatchObject({ intent: 'restart' });
  });
});

describe('production typed with a loose letter, or a test copy named before 에, is asked about', () => {
  it.each(['운ㅇ여 booking 롤백해 주세요', 'tracker 2.4.0 운영 시험천에 올려 주세요'])('%s', (command) => {
    const r = said(command);
    expect(r.entities.environment).not.toBe('production');
    expect(clearChange(command)).toBe(false);
  });
});
