import { jsonNestsDeeperThan } from './body-parsing.interceptor.js';
import { findTextProblem, textProblem } from './input-text.js';

const deeper = (text: string, max: number) => jsonNestsDeeperThan(Buffer.from(text, 'utf8'), max);

describe('jsonNestsDeeperThan', () => {
  it('counts objects and arrays, the outer one included', () => {
    expect(deeper('{"a":[{"b":[]}]}', 4)).toBe(false);
    expect(deeper('{"a":[{"b":[]}]}', 3)).toBe(true);
    expect(deeper('1', 0)).toBe(false);
    expect(deeper('[[[', 2)).toBe(true); // unterminated: found before the parser sees it
  });

  it('ignores brackets inside strings, escaped quotes and backslashes included', () => {
    expect(deeper('{"a":"[[[[{{{{"}', 1)).toBe(false);
    expect(deeper('{"a":"\\"[[[["}', 1)).toBe(false);
    expect(deeper('{"a":"\\\\","b":[[]]}', 2)).toBe(true); // the string ends after the escaped backslash
    expect(deeper('{"한국어":"[[[[ 🚀"}', 1)).toBe(false);
  });
});

describe('textProblem / findTextProblem', () => {
  it('finds NUL and lone surrogates, accepts pairs', () => {
    expect(textProblem('a\u0000')).toBe('contains a NUL byte');
    expect(textProblem('\ud800x')).toBe('contains a lone surrogate');
    expect(textProblem('x\udc00')).toBe('contains a lone surrogate');
    expect(textProblem('\ud83d\ude80 로켓')).toBeNull();
  });

  it('names where in the body, keys included', () => {
    expect(findTextProblem({ a: [1, { b: 'x\u0000' }] })).toBe('body.a[1].b contains a NUL byte');
    expect(findTextProblem({ a: { ['\ud800']: 1 } })).toBe(
      'a property name in body.a contains a lone surrogate',
    );
    expect(findTextProblem({ a: ['fine', 2, null, true] })).toBeNull();
    expect(findTextProblem(undefined)).toBeNull();
  });
});
