import { keepingPerContext, keepingRecent } from './memo.js';

describe('keepingRecent', () => {
  it('answers a recent text without asking again, and forgets everything past its limit', () => {
    const asked: string[] = [];
    const upper = keepingRecent((t: string) => {
      asked.push(t);
      return t.toUpperCase();
    }, 2);
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(asked).toEqual(['a', 'b']);
    upper('c'); // the third distinct text clears the two kept
    upper('a');
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });

  it('keeps an undefined answer too', () => {
    let calls = 0;
    const nothing = keepingRecent((): undefined => {
      calls++;
      return undefined;
    });
    nothing('x');
    nothing('x');
    expect(calls).toBe(1);
  });
});

describe('keepingPerContext', () => {
  it('keeps answers per context object: another context asks again', () => {
    let calls = 0;
    const has = keepingPerContext((word: string, apps: ReadonlySet<string>) => {
      calls++;
      return apps.has(word);
    }, 10);
    const one = new Set(['web-app']);
    const other = new Set<string>();
    expect([has('web-app', one), has('web-app', one), has('web-app', other)]).toEqual([true, true, false]);
    expect(calls).toBe(2);
  });
});
