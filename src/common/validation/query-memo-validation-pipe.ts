import { ValidationPipe, type ArgumentMetadata, type ValidationPipeOptions } from '@nestjs/common';
import { cacheValidationMetadata, validationRulesVersion } from './validation-metadata-cache.js';

/** Validated query strings remembered per DTO class; the least recently used are dropped beyond this. */
export const QUERY_MEMO_SIZE = 256;
/** Longer query strings are validated every time (and never held in memory). */
export const QUERY_MEMO_MAX_KEY = 512;

/** Keys ValidationPipe deletes from the value it is given: such a query is always validated in full. */
const STRIPPED_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

type Primitive = string | number | boolean | bigint | null | undefined;

/**
 * The global ValidationPipe, which remembers what it made of a `@Query()` DTO: a listing polled with the
 * same query string (a dashboard, a client paging from the top) paid class-transformer's copy and
 * class-validator's walk over every rule of the DTO on each request, for an answer that only depends on
 * that string. For a query whose values are all strings (no repeated key, no bracket syntax), with no key
 * the pipe strips, the DTO it made is kept per class under the query's JSON, provided every field of it
 * is a primitive; the same query again gets a fresh copy of it (same class, same own fields) without the
 * pipe. What is refused is never kept: an invalid query is validated, and refused, every time. Bodies,
 * params and custom decorators always go through the pipe. The rules are only read at start-up
 * (decorators), and registering one forgets everything remembered.
 */
export class QueryMemoValidationPipe extends ValidationPipe {
  private memo = new WeakMap<object, Map<string, object>>();
  private rulesVersion: number;

  constructor(options?: ValidationPipeOptions) {
    super(options);
    cacheValidationMetadata(); // its registration hook moves the rules' version
    this.rulesVersion = validationRulesVersion();
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const { metatype } = metadata;
    const key = metadata.type === 'query' && metatype ? memoKey(value) : undefined;
    if (key === undefined || !metatype || !this.toValidate(metadata)) return super.transform(value, metadata);
    const version = validationRulesVersion();
    if (version !== this.rulesVersion) {
      this.rulesVersion = version;
      this.memo = new WeakMap();
    }
    let byQuery = this.memo.get(metatype);
    const known = byQuery?.get(key);
    if (known && byQuery) {
      byQuery.delete(key); // most recently used goes last
      byQuery.set(key, known);
      return copyOf(known);
    }
    const result = await super.transform(value, metadata); // throws when refused: nothing is kept
    if (isFlatInstance(result, metatype)) {
      if (!byQuery) this.memo.set(metatype, (byQuery = new Map()));
      byQuery.set(key, copyOf(result));
      if (byQuery.size > QUERY_MEMO_SIZE) byQuery.delete(byQuery.keys().next().value as string);
    }
    return result;
  }
}

/** The query's JSON, when it can be remembered: a plain object of strings with no stripped key, short. */
function memoKey(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== null && proto !== Object.prototype) return undefined;
  let length = 0;
  for (const k of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[k];
    if (typeof v !== 'string' || STRIPPED_KEYS.has(k)) return undefined;
    length += k.length + v.length;
    if (length > QUERY_MEMO_MAX_KEY) return undefined;
  }
  // own symbol or non-enumerable keys would not be in the JSON
  if (Reflect.ownKeys(value).length !== Object.keys(value).length) return undefined;
  return JSON.stringify(value);
}

/** An instance of the DTO class whose own fields are all enumerable primitives (safe to copy shallowly). */
function isFlatInstance(result: unknown, metatype: object): result is object {
  if (result === null || typeof result !== 'object') return false;
  if (Object.getPrototypeOf(result) !== (metatype as { prototype?: unknown }).prototype) return false;
  const keys = Reflect.ownKeys(result);
  if (keys.length !== Object.keys(result).length) return false;
  return Object.values(result).every(isPrimitive);
}

function isPrimitive(v: unknown): v is Primitive {
  return v === null || (typeof v !== 'object' && typeof v !== 'function' && typeof v !== 'symbol');
}

function copyOf(instance: object): object {
  return Object.assign(Object.create(Object.getPrototypeOf(instance) as object) as object, instance);
}
