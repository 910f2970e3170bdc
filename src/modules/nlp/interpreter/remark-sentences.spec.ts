import { interpret, readCommand } from './interpreter.js';

/**
 * An order in the opening sentence and remarks in the sentences after it (blind rounds 45–47): the classifier
 * weighs the order's sentence alone, and a remark's past time puts nothing off.
 */
const KNOWN = new Set(['dock-api', 'ride-web']);
const said = (command: string) => interpret(command, { knownApps: [...KNOWN] });

describe('an order, then sentences that only remark', () => {
  it('gives the classifier the opening sentence when it alone says the change', () => {
    expect(readCommand('dock-api 개발에 2.3.0 올려라. 롤백은 하지 말 것. 오버.', KNOWN).orderClause).toBe(
      'dock-api 개발에 2.3.0 올려라.',
    );
    expect(
      readCommand('Restart ride-web on staging. Nobody deployed anything since noon.', KNOWN).orderClause,
    ).toBe('Restart ride-web on staging.');
  });

  it('never narrows to a later sentence: a change said after the first may be a condition', () => {
    const reading = readCommand('ride-web 운영 현황을 보고하라. 다만 장애 시 즉시 롤백하여야 한다.', KNOWN);
    expect(reading.orderClause).toBeUndefined();
  });

  it('a remark closed by the past tense puts nothing off; a time of its own still does', () => {
    expect(said('dock-api 스테이징 재시작해 주세요. 배포는 어제 EOD에 끝났습니다 FYI')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
    });
    expect(
      said('dock-api 스테이징 재시작해 주세요. 새벽에 장애 났는데 내일 오전에 해 주세요').intent,
    ).not.toBe('restart');
    expect(said('dock-api 스테이징 재시작 내일 오전에 해 주세요. 어제 배포는 끝났어요').intent).not.toBe(
      'restart',
    );
  });
});
