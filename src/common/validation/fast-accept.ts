import type { ArgumentMetadata } from '@nestjs/common';
import { QueryMemoValidationPipe } from './query-memo-validation-pipe.js';

type Body = Record<string, unknown>;
type Dto = new () => object;

/**
 * Bodies a DTO's rules certainly accept, told by a few plain tests: `ValidationPipeWithFastAccept` builds
 * the instance of such a body directly, as class-transformer does (`new Dto()`, the body's own keys
 * assigned), without class-transformer and class-validator (~30 µs of a small POST, most of it
 * promises and metadata walks). A check must answer false for anything it is not sure of — null,
 * unknown keys, other types, long or unusual strings — and such a body goes the whole way, so errors
 * and their messages are the ValidationPipe's own. fast-accept.spec.ts holds each check to the full pipe.
 */
const checks = new Map<Dto, (body: Body) => boolean>();

export function acceptWithoutValidation<T extends object>(dto: new () => T, check: (body: Body) => boolean) {
  checks.set(dto, check);
}

/**
 * Characters whose length class-validator counts differently from `String.length` (surrogate pairs,
 * emoji presentation selectors: validator.js `isLength`): strings holding one go the whole way.
 */
const COUNTED_APART = /[\uD800-\uDFFF]|\uFE0E|\uFE0F/;

/** A string of `min`..`max` characters as class-validator's MinLength/MaxLength count them, for sure. */
export function plainText(value: unknown, min: number, max: number): value is string {
  return (
    typeof value === 'string' && value.length >= min && value.length <= max && !COUNTED_APART.test(value)
  );
}

/** Every own key of `body` is one of `keys`. */
export function onlyKeys(body: Body, keys: ReadonlySet<string>): boolean {
  for (const key in body) if (!keys.has(key)) return false;
  return true;
}

/**
 * The global ValidationPipe: bodies accepted fast as above, queries remembered (`QueryMemoValidationPipe`),
 * everything else validated in full.
 */
export class ValidationPipeWithFastAccept extends QueryMemoValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const dto = metadata.metatype as Dto | undefined;
    if (
      metadata.type === 'body' &&
      dto &&
      value !== null &&
      typeof value === 'object' &&
      Object.getPrototypeOf(value) === Object.prototype
    ) {
      const check = checks.get(dto);
      if (check?.(value as Body)) return Promise.resolve(Object.assign(new dto(), value));
    }
    return super.transform(value, metadata) as Promise<unknown>;
  }
}
