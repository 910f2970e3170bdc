import { jsonNestsDeeperThan, mayHoldEscapedText } from './body-parsing.interceptor.js';
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

describe('mayHoldEscapedText', () => {
  const holds = (text: string) => mayHoldEscapedText(Buffer.from(text, 'utf8'));

  it('is true only when the JSON text has a \\u escape (the one way to write a NUL or lone surrogate)', () => {
    expect(holds('{"a":"\\u0000"}')).toBe(true);
    expect(holds('{"a":"\\ud800"}')).toBe(true);
    expect(holds('{"a":"\\\\u"}')).toBe(true); // an escaped backslash: walked, as before
    expect(holds('{"a":"plain 한국어 text \\n \\" \\\\ \\/"}')).toBe(false);
  });

  it('without one, the parsed body has no NUL and no lone surrogate', () => {
    for (const text of ['{"a":"x\\ty"}', '{"k\\"ey":["\\b\\f\\r"]}', '{"a":"\uFFFD😀"}']) {
      expect(holds(text)).toBe(false);
      expect(findTextProblem(JSON.parse(text))).toBeNull();
    }
    expect(() => JSON.parse('{"a":"\u0000"}')).toThrow(); // a raw NUL is not JSON at all
  });
});
