import { pino } from 'pino';

const { stringifiersSym, wildcardFirstSym } = pino.symbols;

/** A redaction path's segments after its first, as a tree: `headers.authorization` → headers → authorization. */
type PathTree = Map<string, PathTree>;
type Stringifier = (value: unknown, stringifySafe?: unknown) => string | undefined;
type Stringifiers = Record<string | symbol, Stringifier | undefined>;

const INSTALLED = Symbol('klepaas.redactionFastPath');
// pino's own path syntax (lib/redaction.js): dotted segments or bracketed, optionally quoted, ones.
const SEGMENT = /[^.[\]]+|\[([^[\]]*?)\]/g;

function segments(path: string): string[] {
  return [...path.matchAll(SEGMENT)].map((m) =>
    m[1] !== undefined ? m[1].replace(/^(["'`])(.*)\1$/, '$2') : m[0],
  );
}

function add(tree: PathTree, parts: string[]): void {
  let node = tree;
  for (const part of parts) {
    let next = node.get(part);
    if (!next) node.set(part, (next = new Map()));
    node = next;
  }
}

const isRawJSON = (JSON as { isRawJSON?: (value: unknown) => boolean }).isRawJSON;

/**
 * True when `JSON.stringify` gives the same for `node` and for the redactor's clone of it (an object of the
 * same prototype holding copies of its own enumerable keys): not when the output comes from elsewhere — a
 * `toJSON` (Date, Buffer, classes), an array, a boxed primitive or raw JSON.
 */
function serialisesLikeItsClone(node: object): boolean {
  if (Array.isArray(node) || typeof (node as { toJSON?: unknown }).toJSON === 'function') return false;
  if (node instanceof Number || node instanceof String || node instanceof Boolean || node instanceof BigInt)
    return false;
  return !isRawJSON?.(node);
}

/**
 * True when pino's redactor (`@pinojs/redact`) would censor nothing in `node` and its output would be
 * `JSON.stringify(node)`: no path of `tree` reaches a value (it tests each step with `in`, inherited keys
 * included), and every object it would clone on the way serialises like its clone. Anything else goes to
 * the redactor.
 */
function untouched(node: object, tree: PathTree): boolean {
  if (!serialisesLikeItsClone(node)) return false;
  for (const [key, rest] of tree) {
    if (!(key in node)) continue;
    if (rest.size === 0) return false;
    const child = (node as Record<string, unknown>)[key];
    if (child !== null && typeof child === 'object' && !untouched(child, rest)) return false;
  }
  return true;
}

function fastPath(redact: Stringifier, tree: PathTree): Stringifier {
  return (value, stringifySafe) => {
    switch (typeof value) {
      case 'string':
      case 'number':
      case 'boolean':
        // what the redactor gives for a primitive, without its walk of every path
        return JSON.stringify(value);
      case 'object':
        if (value !== null && untouched(value, tree)) {
          try {
            return JSON.stringify(value);
          } catch {
            // circular or BigInt: the redactor's own fallback serialiser decides
          }
        }
    }
    return redact(value, stringifySafe);
  };
}

/** True once `installRedactionFastPath` has wrapped this logger's (or its parent's) redactors. */
export function hasRedactionFastPath(logger: object): boolean {
  return Boolean((logger as Record<symbol, Stringifiers | undefined>)[stringifiersSym]?.[INSTALLED]);
}

/**
 * pino redacts every top-level value of every line and binding with `@pinojs/redact`, which re-parses each
 * path and clones the value on every call (~30 µs per request at `info`: the request's child binding and its
 * completion line). Most values hold none of the paths; for those the answer is `JSON.stringify(value)`, which
 * this gives directly, and every other value still goes through pino's redactor, so the output is the same
 * line for line (`redaction-fast-path.spec.ts` compares with stock pino). Wraps the logger's redactors in
 * place (its children share them). Returns false, changing nothing, when the paths or pino are not as expected.
 */
export function installRedactionFastPath(logger: object, paths: readonly string[]): boolean {
  const stringifiers = (logger as Record<symbol, Stringifiers | undefined>)[stringifiersSym];
  if (!stringifiers || hasRedactionFastPath(logger)) return Boolean(stringifiers);
  const wildcard: PathTree = new Map();
  const literal = new Map<string, PathTree>();
  for (const path of paths) {
    const [first, ...rest] = segments(path);
    // a whole top-level key, or a wildcard past the first segment: left to pino alone
    if (!first || rest.length === 0 || rest.includes('*')) return false;
    if (first === '*') add(wildcard, rest);
    else {
      let tree = literal.get(first);
      if (!tree) literal.set(first, (tree = new Map()));
      add(tree, rest);
    }
  }
  // each literal key's redactor also applies every wildcard path (pino's redaction shape)
  for (const path of paths) {
    const [first, ...rest] = segments(path);
    if (first === '*') for (const tree of literal.values()) add(tree, rest);
  }
  const keys = Object.keys(stringifiers);
  const star = stringifiers[wildcardFirstSym];
  if (keys.some((key) => !literal.has(key)) || Boolean(star) !== wildcard.size > 0) return false;
  for (const key of keys) stringifiers[key] = fastPath(stringifiers[key]!, literal.get(key)!);
  if (star) stringifiers[wildcardFirstSym] = fastPath(star, wildcard);
  (stringifiers as Record<symbol, unknown>)[INSTALLED] = true;
  return true;
}
