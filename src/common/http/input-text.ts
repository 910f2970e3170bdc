/** A UTF-16 surrogate without its partner: not Unicode text, and silently turned into U+FFFD on the way to a database. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What is wrong with a string from a request, or null. PostgreSQL refuses NUL in text (a 500 before this
 * check); a lone surrogate cannot be stored or sent on as UTF-8 intact.
 */
export function textProblem(text: string): 'contains a NUL byte' | 'contains a lone surrogate' | null {
  if (text.includes('\u0000')) return 'contains a NUL byte';
  if (LONE_SURROGATE.test(text)) return 'contains a lone surrogate';
  return null;
}
