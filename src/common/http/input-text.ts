import { AppError } from '../errors/app-error.js';

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

/** 400 in the shape ValidationPipe gives (`details` lists what is wrong), for input refused before any DTO. */
export class InvalidInputError extends AppError {
  constructor(problem: string) {
    super(400, 'validation_failed', 'Request validation failed', [problem]);
  }
}

/** The first string (key or value) in a parsed body that textProblem() refuses, as `body.a.b[2] …`. */
export function findTextProblem(value: unknown, path = 'body'): string | null {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? `${path} ${problem}` : null;
  }
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findTextProblem(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  for (const [key, v] of Object.entries(value)) {
    const keyProblem = textProblem(key);
    if (keyProblem) return `a property name in ${path} ${keyProblem}`;
    const found = findTextProblem(v, `${path}.${key}`);
    if (found) return found;
  }
  return null;
}

/**
 * Path and query string are percent-encoded, so a NUL can only arrive as `%00` (a raw one is refused by
 * Node's HTTP parser): one look at the raw URL covers every path parameter and query value before
 * routing. (A lone surrogate cannot be percent-encoded as valid UTF-8: Express answers it 400 itself.)
 */
export function nulInUrl(url: string): InvalidInputError | null {
  if (!/%00/i.test(url)) return null;
  const query = url.indexOf('?');
  const where = query >= 0 && /%00/i.test(url.slice(query)) ? 'query string' : 'path';
  return new InvalidInputError(`${where} contains a NUL byte (%00)`);
}
